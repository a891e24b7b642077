# Allegato A, Comune di Santa Ninfa -- .xlsx written with openpyxl (Excel-style sheet, gridlines, header/footer), printed by LibreOffice Calc
import sys, random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
random.seed(49)
wb = Workbook(); ws = wb.active; ws.title = 'Allegato A'
thin = Side(style='thin', color='000000'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws['A1'] = 'COMUNE DI SANTA NINFA'; ws['A1'].font = Font(name='Calibri', size=14, bold=True)
ws['A2'] = 'Libero Consorzio Comunale di Trapani – Area Amministrativa – Servizio Pubblica Istruzione'; ws['A2'].font = Font(name='Calibri', size=9, italic=True)
ws['A4'] = 'ALLEGATO A alla determinazione del Responsabile dell’Area Amministrativa n. 61 del 09/03/2026'; ws['A4'].font = Font(name='Calibri', size=10, bold=True)
ws['A5'] = 'Elenco delle istanze ammesse al contributo per la fornitura gratuita o semigratuita dei libri di testo – a.s. 2025/2026 (L. 448/1998, art. 27)'
ws['A5'].font = Font(name='Calibri', size=10); ws['A5'].alignment = Alignment(wrap_text=True, vertical='top')
ws.merge_cells('A5:G5'); ws.row_dimensions[5].height = 28
hdr = ['N.', 'Prot. istanza', 'Data istanza', 'Codice istanza', 'Scuola', 'Fascia ISEE', 'Contributo (€)']
for i, h in enumerate(hdr, 1):
    c = ws.cell(row=7, column=i, value=h); c.font = Font(name='Calibri', size=10, bold=True); c.border = B
    c.fill = PatternFill('solid', fgColor='D9E1F2'); c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
schools = ['Sec. I grado', 'Sec. II grado']
r = 8; tot = 0
prot = 1180
for n in range(1, 34):
    prot += random.randint(3, 40)
    day = min(28, 1 + n // 2)
    fascia = random.choice(['A', 'A', 'B'])
    sc = random.choice(schools)
    imp = (145.00 if sc == schools[0] else 198.00) * (1 if fascia == 'A' else 0.7)
    imp = round(imp, 2); tot += imp
    vals = [n, prot, f'{day:02d}/02/2026', f'LT26-{4000+n*7:05d}', sc, fascia, f'{imp:.2f}'.replace('.', ',')]
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=r, column=i, value=v); c.border = B; c.font = Font(name='Calibri', size=10)
        if i == 7: c.alignment = Alignment(horizontal='right')
        if i in (1, 2, 3, 6): c.alignment = Alignment(horizontal='center')
    r += 1
ws.cell(row=r, column=6, value='TOTALE').font = Font(name='Calibri', size=10, bold=True)
c = ws.cell(row=r, column=7, value=f'{tot:,.2f}'.replace(',', 'X').replace('.', ',').replace('X', '.')); c.alignment = Alignment(horizontal='right'); c.font = Font(name='Calibri', size=10, bold=True)
for i in (6, 7): ws.cell(row=r, column=i).border = B
ws.cell(row=r+2, column=1, value='I dati identificativi dei beneficiari sono omessi ai sensi del Regolamento (UE) 2016/679; l’elenco nominativo è conservato agli atti dell’ufficio.').font = Font(name='Calibri', size=8, italic=True)
ws.cell(row=r+4, column=5, value='Il Responsabile dell’Area Amministrativa').font = Font(name='Calibri', size=10)
ws.cell(row=r+5, column=5, value='Dott.ssa Vita Maria Accardo').font = Font(name='Calibri', size=10)
for col, w in zip('ABCDEFG', [5, 12, 12, 15, 14, 10, 14]): ws.column_dimensions[col].width = w
ws.page_setup.orientation = 'portrait'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_title_rows = '7:7'
ws.oddHeader.center.text = '&A'; ws.oddHeader.right.text = 'Santa Ninfa, 09/03/2026'
ws.oddFooter.left.text = '&F'; ws.oddFooter.right.text = 'Pagina &P di &N'
ws.print_options.gridLines = False
wb.save(sys.argv[1])
