# Gonnosfanadiga: annex kept as an Excel workbook (openpyxl), printed to PDF by LibreOffice Calc
import sys, random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins

random.seed(37)
wb = Workbook(); ws = wb.active; ws.title = 'Allegato A'
thin = Side(style='thin', color='000000')
box = Border(left=thin, right=thin, top=thin, bottom=thin)
ws['A1'] = 'COMUNE DI GONNOSFANADIGA'; ws['A1'].font = Font(name='Arial', size=14, bold=True)
ws['A2'] = 'Provincia del Sud Sardegna – Area Socio-Culturale – Servizi Sociali'; ws['A2'].font = Font(name='Arial', size=9)
ws['A4'] = 'ALLEGATO A alla determinazione del Responsabile dell’Area Socio-Culturale n. 211 del 12/03/2026'
ws['A4'].font = Font(name='Arial', size=10, bold=True)
ws['A5'] = 'FONDO NAZIONALE PER IL SOSTEGNO ALL’ACCESSO ALLE ABITAZIONI IN LOCAZIONE (L. 431/1998, art. 11) – ANNUALITÀ 2025 – GRADUATORIA DEFINITIVA DEI BENEFICIARI'
ws['A5'].font = Font(name='Arial', size=10, bold=True); ws['A5'].alignment = Alignment(wrap_text=True, vertical='top')
ws.merge_cells('A5:H5'); ws.row_dimensions[5].height = 28
ws['A6'] = 'Ai sensi del Regolamento (UE) 2016/679 i richiedenti sono identificati con il numero di protocollo della domanda.'
ws['A6'].font = Font(name='Arial', size=8, italic=True)
hdr = ['N.', 'Prot. domanda', 'Data domanda', 'Fascia', 'ISEE (€)', 'Canone annuo (€)', 'Incidenza canone/ISEE', 'Contributo spettante (€)']
for j, h in enumerate(hdr, 1):
    c = ws.cell(row=8, column=j, value=h)
    c.font = Font(name='Arial', size=9, bold=True); c.border = box
    c.fill = PatternFill('solid', fgColor='D9E1F2'); c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
ws.row_dimensions[8].height = 30
rows = []
prots = random.sample(range(1100, 2500), 26)
for i in range(26):
    fascia = 'A' if i < 17 else 'B'
    isee = round(random.uniform(2500, 13400) if fascia == 'A' else random.uniform(13500, 19900), 2)
    canone = random.choice([c for c in (2400, 2760, 3000, 3240, 3600, 3900, 4200, 4800, 5400, 6000) if fascia == 'A' or c > 0.27 * isee])
    inc = canone / isee
    contrib = min(canone - (0.14 if fascia == 'A' else 0.24) * isee, 3098.74 if fascia == 'A' else 2320.00)
    contrib = round(max(contrib, 0) * 0.62, 2)
    prot = prots[i]
    day = random.randint(10, 28)
    rows.append((prot, '%02d/%02d/2025' % (day, random.choice([10, 11])), fascia, isee, canone, inc, contrib))
rows.sort(key=lambda r: (r[2], -r[5]))
r0 = 9
for k, (prot, dt, fascia, isee, canone, inc, contrib) in enumerate(rows):
    vals = [k + 1, prot, dt, fascia, isee, canone, inc, contrib]
    for j, v in enumerate(vals, 1):
        c = ws.cell(row=r0 + k, column=j, value=v)
        c.font = Font(name='Arial', size=9); c.border = box
        c.alignment = Alignment(horizontal='center' if j <= 4 else 'right')
        if j in (5, 6, 8): c.number_format = '[$-410]#,##0.00'
        if j == 7: c.number_format = '[$-410]0.00%'
last = r0 + len(rows) - 1
t = last + 1
ws.cell(row=t, column=1, value='TOTALE').font = Font(name='Arial', size=9, bold=True)
ws.merge_cells(start_row=t, start_column=1, end_row=t, end_column=7)
c = ws.cell(row=t, column=8, value='=SUM(H%d:H%d)' % (r0, last)); c.number_format = '[$-410]#,##0.00'; c.font = Font(name='Arial', size=9, bold=True)
for j in range(1, 9): ws.cell(row=t, column=j).border = box
ws.cell(row=t + 2, column=1, value='Contributo ridotto al 62% del fabbisogno per insufficienza delle risorse regionali assegnate (D.G.R. n. 48/17 del 2025).').font = Font(name='Arial', size=8)
ws.cell(row=t + 4, column=6, value='Il Responsabile dell’Area Socio-Culturale').font = Font(name='Arial', size=9)
ws.cell(row=t + 5, column=6, value='Dott.ssa Roberta Pilloni').font = Font(name='Arial', size=9)
for col, w in zip('ABCDEFGH', [5, 12, 12, 7, 12, 14, 13, 16]):
    ws.column_dimensions[col].width = w
ws.print_title_rows = '8:8'
ws.page_setup.orientation = 'portrait'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.8)
ws.oddHeader.right.text = 'Allegato A - Det. 211/2026'; ws.oddHeader.right.size = 8
ws.oddFooter.center.text = 'Pagina &P di &N'; ws.oddFooter.center.size = 8
ws.oddFooter.left.text = '&F'; ws.oddFooter.left.size = 7
wb.save(sys.argv[1])
