# Annex of Trepuzzi (LE): a spreadsheet (openpyxl .xlsx) printed to PDF by LibreOffice Calc.
import os, random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
random.seed(54)
wb = Workbook(); ws = wb.active; ws.title = 'Graduatoria'
thin = Side(style='thin', color='000000'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws['A1'] = 'COMUNE DI TREPUZZI'; ws['A1'].font = Font(name='Liberation Sans', bold=True, size=13)
ws['A2'] = 'Provincia di Lecce – Settore Servizi Sociali'; ws['A2'].font = Font(name='Liberation Sans', size=9)
ws['A3'] = 'ALLEGATO A alla determinazione n. 198 del 17/03/2026 – Fondo nazionale per il sostegno all\'accesso alle abitazioni in locazione (L. 431/1998, art. 11) – annualità 2025 – GRADUATORIA DEGLI AVENTI DIRITTO'
ws['A3'].font = Font(name='Liberation Sans', bold=True, size=9.5); ws['A3'].alignment = Alignment(wrap_text=True, vertical='top')
ws.merge_cells('A3:H3'); ws.row_dimensions[3].height = 40
hdr = ['N.', 'Prot. domanda', 'Data domanda', 'Fascia', 'ISEE (€)', 'Canone annuo (€)', 'Incidenza %', 'Contributo (€)']
for j, h in enumerate(hdr, 1):
    c = ws.cell(row=5, column=j, value=h); c.font = Font(name='Liberation Sans', bold=True, size=9)
    c.fill = PatternFill('solid', fgColor='D9D9D9'); c.border = B; c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
rows = []
for i in range(46):
    isee = round(random.uniform(3200, 15800), 2); can = random.choice([3600, 4200, 4800, 5400, 6000, 3000, 3900])
    rows.append((isee, can))
rows.sort(key=lambda r: r[0])
tot = 0
for i, (isee, can) in enumerate(rows, 1):
    fascia = 'A' if isee <= 7800 else 'B'
    inc = round(can / isee * 100, 2)
    contr = round(min(can * (0.5 if fascia == 'A' else 0.3), 3100 if fascia == 'A' else 2325) * 0.42, 2)
    tot += contr
    vals = [i, 'n. %d' % random.randint(2100, 6900), '%02d/%02d/2025' % (random.randint(1, 30), random.choice([10, 11])), fascia, isee, can, inc, contr]
    for j, v in enumerate(vals, 1):
        c = ws.cell(row=5 + i, column=j, value=v); c.border = B; c.font = Font(name='Liberation Sans', size=9)
        if j in (5, 6, 8): c.number_format = '#,##0.00'
        if j == 7: c.number_format = '0.00'
        if j in (1, 3, 4): c.alignment = Alignment(horizontal='center')
r = 6 + len(rows)
ws.cell(row=r, column=7, value='TOTALE').font = Font(name='Liberation Sans', bold=True, size=9)
c = ws.cell(row=r, column=8, value='=SUM(H6:H%d)' % (r - 1)); c.number_format = '#,##0.00'; c.font = Font(name='Liberation Sans', bold=True, size=9); c.border = B
ws.cell(row=r + 2, column=1, value='Contributo riparametrato al 42% del fabbisogno in ragione delle risorse assegnate dalla Regione Puglia (D.D. n. 41/2026).').font = Font(name='Liberation Sans', italic=True, size=8)
ws.cell(row=r + 3, column=1, value='I nominativi dei beneficiari sono omessi ai sensi del Reg. (UE) 2016/679 e sono conservati agli atti del Settore.').font = Font(name='Liberation Sans', italic=True, size=8)
for col, w in zip('ABCDEFGH', [5, 13, 12, 7, 12, 14, 11, 13]):
    ws.column_dimensions[col].width = w
ws.row_dimensions[5].height = 28
ws.print_title_rows = '5:5'
ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.page_setup.orientation = 'portrait'
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.oddHeader.right.text = 'Allegato A – Det. n. 198/2026'; ws.oddHeader.right.size = 8
ws.oddFooter.center.text = 'Pagina &P di &N'; ws.oddFooter.center.size = 8
ws.oddFooter.left.text = '&A'; ws.oddFooter.left.size = 8
os.makedirs(os.path.join(OUT, 'work'), exist_ok=True)
wb.save(os.path.join(OUT, 'work', 'allegato-trepuzzi-calc.xlsx'))
