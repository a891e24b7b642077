# Consorzio di Bonifica Centro - annex: a spreadsheet (xlsx) printed to PDF by LibreOffice Calc
from common import *
import openpyxl, subprocess, os, random
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
random.seed(56)
wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Allegato A'
thin = Side(style='thin', color='808080'); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
ws['A1'] = 'CONSORZIO DI BONIFICA CENTRO'; ws['A1'].font = Font(name='Liberation Sans', bold=True, size=13)
ws['A2'] = 'Bacino Saline – Pescara – Alento – Foro · Chieti'; ws['A2'].font = Font(name='Liberation Sans', size=9, italic=True)
ws['A4'] = 'ALLEGATO A alla deliberazione del Commissario straordinario n. 37 del 20/03/2026'; ws['A4'].font = Font(name='Liberation Sans', bold=True, size=10)
ws['A5'] = 'Programma degli interventi di manutenzione ordinaria della rete scolante – anno 2026'; ws['A5'].font = Font(name='Liberation Sans', size=10)
hdr = ['N.', 'Comprensorio / Distretto', 'Comune', 'Canale / Fosso', 'Tipo intervento', 'Lunghezza (m)', 'Importo lavori (€)', 'Oneri sicurezza (€)', 'Totale (€)']
for j, h in enumerate(hdr, 1):
    c = ws.cell(row=7, column=j, value=h); c.font = Font(name='Liberation Sans', bold=True, size=9)
    c.fill = PatternFill('solid', fgColor='D9E1F2'); c.border = bd; c.alignment = Alignment(wrap_text=True, horizontal='center', vertical='center')
rows = [
 ('Distretto Pescara', 'Cepagatti', 'Fosso Nora', 'Espurgo e risagomatura'),
 ('Distretto Pescara', 'Rosciano', 'Canale Fiorano', 'Sfalcio meccanico sponde'),
 ('Distretto Pescara', 'Pianella', 'Fosso Cerrano', 'Ripristino tombino'),
 ('Distretto Alento', 'Francavilla al Mare', 'Fosso Alento Nord', 'Espurgo e risagomatura'),
 ('Distretto Alento', 'Ripa Teatina', 'Fosso San Rocco', 'Consolidamento sponda'),
 ('Distretto Alento', 'Torrevecchia Teatina', 'Canale Alento-Foro', 'Sfalcio meccanico sponde'),
 ('Distretto Foro', 'Ortona', 'Fosso Riccio', 'Pulizia sezione idraulica'),
 ('Distretto Foro', 'Tollo', 'Fosso Venna', 'Ripristino briglia'),
 ('Distretto Foro', 'Miglianico', 'Canale Foro Basso', 'Espurgo e risagomatura'),
 ('Distretto Saline', 'Città Sant\'Angelo', 'Fosso Piomba', 'Sfalcio meccanico sponde'),
 ('Distretto Saline', 'Montesilvano', 'Canale Saline Sud', 'Pulizia sezione idraulica'),
 ('Distretto Saline', 'Elice', 'Fosso Fonte Vecchia', 'Ripristino tombino'),
]
r = 8
for i, (a, b, cc, d) in enumerate(rows, 1):
    L = random.randrange(300, 2600, 10); imp = round(L * random.uniform(9, 24), 2); sic = round(imp * 0.03, 2)
    vals = [i, a, b, cc, d, L, imp, sic, None]
    for j, v in enumerate(vals, 1):
        cell = ws.cell(row=r, column=j, value=v); cell.border = bd; cell.font = Font(name='Liberation Sans', size=9)
    ws.cell(row=r, column=9, value='=G%d+H%d' % (r, r))
    for j in (7, 8, 9): ws.cell(row=r, column=j).number_format = '#,##0.00'
    ws.cell(row=r, column=6).number_format = '#,##0'
    r += 1
ws.cell(row=r, column=5, value='TOTALE').font = Font(name='Liberation Sans', bold=True, size=9)
for j, col in ((6, 'F'), (7, 'G'), (8, 'H'), (9, 'I')):
    c = ws.cell(row=r, column=j, value='=SUM(%s8:%s%d)' % (col, col, r - 1)); c.font = Font(name='Liberation Sans', bold=True, size=9)
    c.number_format = '#,##0.00' if j > 6 else '#,##0'; c.border = bd
ws.cell(row=r + 2, column=1, value='Il Direttore dell\'Area Tecnica – Ing. Fabrizio Di Nisio').font = Font(name='Liberation Sans', size=9, italic=True)
for col, w in zip('ABCDEFGHI', [5, 20, 20, 20, 24, 12, 16, 15, 14]):
    ws.column_dimensions[col].width = w
ws.page_setup.orientation = 'landscape'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.oddHeader.right.text = '&F – &A'; ws.oddFooter.center.text = 'Pagina &P di &N'
work = os.path.join(OUT, 'work'); os.makedirs(work, exist_ok=True)
src = os.path.join(work, 'allegato-bonificacentro-excel.xlsx'); wb.save(src)
subprocess.run(['soffice', '-env:UserInstallation=file://' + work + '/lo', '--headless', '--convert-to', 'pdf', '--outdir', work, src], check=True, capture_output=True, env=dict(os.environ, LANG='it_IT.UTF-8', LC_ALL='it_IT.UTF-8'))
os.replace(os.path.join(work, 'allegato-bonificacentro-excel.pdf'), out('allegato-bonificacentro-excel.pdf'))
