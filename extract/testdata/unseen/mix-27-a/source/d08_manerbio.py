# D08 Comune (Lombardy), Allegato A to a Giunta deliberation: a spreadsheet printed to PDF. openpyxl writes an .xlsx
# (two sheets, merged title cells, borders, shaded heads, number formats, print titles, gridlines printed, Excel
# header/footer codes with sheet name and page numbers), LibreOffice Calc headless converts it; 2 pages landscape
import os, sys, subprocess, shutil, tempfile; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kit import OUT
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
HERE = os.path.dirname(os.path.abspath(__file__))
thin = Side(style='thin', color='000000'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill('solid', fgColor='D9E1F2'); TOT = PatternFill('solid', fgColor='F2F2F2')
wb = Workbook(); ws = wb.active; ws.title = 'Tariffe 2026-2027'
def setup(ws, title_rows):
    ws.page_setup.orientation = 'landscape'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = True; ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5; ws.page_margins.top = 0.8; ws.page_margins.bottom = 0.7
    ws.oddHeader.left.text = 'COMUNE DI MANERBIO'; ws.oddHeader.left.size = 9; ws.oddHeader.left.font = 'Arial,Bold'
    ws.oddHeader.right.text = 'Allegato A alla deliberazione G.C. n. 74 del 03/06/2026'; ws.oddHeader.right.size = 8
    ws.oddFooter.left.text = '&A'; ws.oddFooter.left.size = 8
    ws.oddFooter.right.text = 'Pagina &P di &N'; ws.oddFooter.right.size = 8
    ws.print_title_rows = title_rows
def row(ws, r, vals, bold=False, fill=None, fmt=None, align=None):
    for j, v in enumerate(vals, 1):
        c = ws.cell(row=r, column=j, value=v); c.border = B; c.font = Font(name='Arial', size=9, bold=bold)
        if fill: c.fill = fill
        if fmt and isinstance(v, (int, float)): c.number_format = fmt
        c.alignment = Alignment(horizontal=(align or ('right' if isinstance(v, (int, float)) else 'left')), vertical='center', wrap_text=True)
ws.merge_cells('A1:H1'); ws['A1'] = 'COMUNE DI MANERBIO – Provincia di Brescia'; ws['A1'].font = Font(name='Arial', size=12, bold=True)
ws.merge_cells('A2:H2'); ws['A2'] = 'ALLEGATO A – TARIFFE DEI SERVIZI SCOLASTICI A DOMANDA INDIVIDUALE – ANNO SCOLASTICO 2026/2027'; ws['A2'].font = Font(name='Arial', size=10, bold=True)
ws.merge_cells('A3:H3'); ws['A3'] = 'Area Servizi alla Persona – Ufficio Istruzione (importi in euro, IVA esente ove dovuta)'; ws['A3'].font = Font(name='Arial', size=8, italic=True)
hd = ['Fascia', 'ISEE da (€)', 'ISEE a (€)', 'Mensa – pasto singolo', 'Trasporto – quota annua', 'Pre-scuola – quota annua', 'Post-scuola – quota annua', 'Riduzione 2° figlio']
row(ws, 5, hd, bold=True, fill=HEAD, align='center'); ws.row_dimensions[5].height = 30
bands = [('A', 0, 6000), ('B', 6000.01, 9000), ('C', 9000.01, 12500), ('D', 12500.01, 16000), ('E', 16000.01, 20000), ('F', 20000.01, 26000), ('G', 26000.01, None)]
meal = [1.90, 2.60, 3.30, 3.90, 4.40, 4.80, 5.10]; bus = [90, 140, 190, 230, 270, 300, 320]; pre = [60, 80, 100, 120, 140, 160, 170]; post = [120, 160, 200, 240, 280, 310, 330]
r = 6
for k, (f, a, b) in enumerate(bands):
    row(ws, r, [f, a, b if b is not None else 'oltre', meal[k], bus[k], pre[k], post[k], '20%' if k < 4 else '10%'], fmt='#,##0.00'); ws.cell(row=r, column=1).alignment = Alignment(horizontal='center'); r += 1
row(ws, r, ['Non residenti', '', '', 5.60, 360, 190, 360, '—'], bold=True, fill=TOT, fmt='#,##0.00'); r += 2
notes = ['Note:', '1) Le tariffe si applicano su presentazione dell’attestazione ISEE per prestazioni agevolate rivolte a minorenni in corso di validità; in mancanza si applica la fascia G.',
         '2) La riduzione per il secondo figlio e successivi si applica alla quota del figlio con tariffa minore, per i soli servizi di trasporto, pre-scuola e post-scuola.',
         '3) Il pagamento avviene tramite PagoPA: mensa in modalità prepagata; trasporto in due rate (30/09/2026 e 31/01/2027); pre/post-scuola in unica soluzione entro il 31/10/2026.']
for n in notes:
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8); c = ws.cell(row=r, column=1, value=n)
    c.font = Font(name='Arial', size=8, bold=(n == 'Note:')); c.alignment = Alignment(wrap_text=True, vertical='top'); ws.row_dimensions[r].height = 24 if n != 'Note:' else 13; r += 1
for col, w in zip('ABCDEFGH', [14, 12, 12, 14, 15, 15, 15, 12]): ws.column_dimensions[col].width = w
setup(ws, '5:5')
ws2 = wb.create_sheet('Gettito previsto')
ws2.merge_cells('A1:F1'); ws2['A1'] = 'PREVISIONE DI GETTITO E TASSO DI COPERTURA DEI COSTI – A.S. 2026/2027'; ws2['A1'].font = Font(name='Arial', size=11, bold=True)
row(ws2, 3, ['Servizio', 'Utenti previsti', 'Costo complessivo (€)', 'Entrate tariffarie (€)', 'Copertura (%)', 'Capitolo di entrata'], bold=True, fill=HEAD, align='center')
data = [('Refezione scolastica', 612, 498000.00, 371200.00, 'E 3010.01'), ('Trasporto scolastico', 188, 142500.00, 39880.00, 'E 3010.02'),
        ('Pre-scuola', 96, 23800.00, 11060.00, 'E 3010.03'), ('Post-scuola', 131, 51400.00, 30740.00, 'E 3010.04')]
r = 4
for s, u, cst, ent, cap in data:
    row(ws2, r, [s, u, cst, ent, None, cap], fmt='#,##0.00'); ws2.cell(row=r, column=2).number_format = '0'
    ws2.cell(row=r, column=5, value='=D%d/C%d' % (r, r)).number_format = '0.00%'; ws2.cell(row=r, column=5).border = B; ws2.cell(row=r, column=5).font = Font(name='Arial', size=9); r += 1
row(ws2, r, ['TOTALE', '=SUM(B4:B7)', '=SUM(C4:C7)', '=SUM(D4:D7)', '=D8/C8', ''], bold=True, fill=TOT)
for j, fm in [(2, '0'), (3, '#,##0.00'), (4, '#,##0.00'), (5, '0.00%')]: ws2.cell(row=r, column=j).number_format = fm; ws2.cell(row=r, column=j).alignment = Alignment(horizontal='right')
r += 3
ws2.cell(row=r, column=1, value='Manerbio, 03/06/2026').font = Font(name='Arial', size=9)
ws2.cell(row=r, column=4, value='Il Responsabile dell’Area Servizi alla Persona').font = Font(name='Arial', size=9)
ws2.cell(row=r + 1, column=4, value='Dott.ssa Valentina Pedrali (firmato digitalmente)').font = Font(name='Arial', size=9)
for col, w in zip('ABCDEF', [26, 14, 20, 20, 14, 18]): ws2.column_dimensions[col].width = w
setup(ws2, '3:3')
src = os.path.join(HERE, 'd08_manerbio.xlsx'); wb.save(src)
d = tempfile.mkdtemp(); os.makedirs(d + '/prof/user')
# an Italian office's LibreOffice: locale it-IT (decimal comma, thousands point), set in a fresh profile
open(d + '/prof/user/registrymodifications.xcu', 'w').write('''<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>it-IT</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>it-IT</value></prop></item>
</oor:items>''')
subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://' + d + '/prof', '--convert-to', 'pdf:calc_pdf_Export', '--outdir', d, src],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.move(os.path.join(d, 'd08_manerbio.pdf'), os.path.join(OUT, 'allegato-manerbio-excel.pdf')); shutil.rmtree(d, ignore_errors=True)
