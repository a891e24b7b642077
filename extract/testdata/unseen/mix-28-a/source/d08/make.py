# Annex: a spreadsheet (openpyxl .xlsx) printed to PDF by LibreOffice Calc
import sys, random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins

random.seed(2803)
wb = Workbook(); ws = wb.active; ws.title = 'Graduatoria'
thin = Side(style='thin', color='000000'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws['A1'] = 'COMUNE DI QUARTUCCIU'; ws['A1'].font = Font(name='Arial', size=13, bold=True)
ws['A2'] = 'Città Metropolitana di Cagliari – Settore Servizi Sociali'; ws['A2'].font = Font(name='Arial', size=9, italic=True)
ws['A3'] = 'ALLEGATO A alla determinazione n. 118 del 10/03/2026'; ws['A3'].font = Font(name='Arial', size=10, bold=True)
ws['A4'] = 'GRADUATORIA PROVVISORIA – CONTRIBUTI PER IL SOSTEGNO ALL’ACCESSO ALLE ABITAZIONI IN LOCAZIONE (L. 431/1998, ART. 11) – ANNUALITÀ 2025'
ws['A4'].font = Font(name='Arial', size=10, bold=True)
for r in range(1, 5):
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(r, 1).alignment = Alignment(horizontal='center', wrap_text=True)
ws.row_dimensions[4].height = 28
hdr = ['N.', 'Prot. n.', 'Data istanza', 'Fascia', 'ISEE (€)', 'Canone annuo (€)', 'Incidenza %', 'Contributo teorico (€)', 'Esito']
for j, h in enumerate(hdr, 1):
    c = ws.cell(6, j, h); c.font = Font(name='Arial', size=9, bold=True); c.border = B
    c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    c.fill = PatternFill('solid', fgColor='D9D9D9')
ws.row_dimensions[6].height = 26
rows = []
for k in range(58):
    prot = 2150 + random.randint(0, 1900)
    day = random.randint(2, 27); mon = random.choice([1, 2])
    isee = round(random.uniform(5200, 24500), 2)
    fascia = 'A' if isee <= 15061.22 else 'B'
    canone = random.choice([3600, 4200, 4800, 5400, 6000, 6600, 7200])
    inc = canone / max(isee, 1) * 100
    contr = min(3098.74 if fascia == 'A' else 2320.00, canone - (0.14 if fascia == 'A' else 0.24) * isee)
    esito = 'AMMESSO' if contr > 0 and (fascia == 'A' or inc > 24) else 'ESCLUSO (*)'
    rows.append((prot, f'{day:02d}/{mon:02d}/2026', fascia, isee, canone, inc, max(contr, 0), esito))
rows.sort(key=lambda r: (r[7] != 'AMMESSO', -r[5]))
for i, r in enumerate(rows, 1):
    vals = (i,) + r
    for j, v in enumerate(vals, 1):
        c = ws.cell(6 + i, j, v); c.border = B; c.font = Font(name='Arial', size=9)
        if j in (5, 6, 8): c.number_format = '[$-410]#,##0.00'
        if j == 7: c.number_format = '[$-410]0.00'
        c.alignment = Alignment(horizontal='center' if j in (1, 2, 3, 4, 9) else 'right')
last = 6 + len(rows)
ws.cell(last + 1, 7, 'TOTALE').font = Font(name='Arial', size=9, bold=True)
t = ws.cell(last + 1, 8, round(sum(r[6] for r in rows if r[7] == 'AMMESSO'), 2)); t.number_format = '[$-410]#,##0.00'; t.font = Font(name='Arial', size=9, bold=True); t.border = B
ws.cell(last + 3, 1, '(*) Esclusi per incidenza del canone sul valore ISEE inferiore alla soglia prevista per la fascia B.').font = Font(name='Arial', size=8, italic=True)
ws.cell(last + 4, 1, 'Ai sensi del Regolamento (UE) 2016/679 i richiedenti sono identificati con il numero di protocollo dell’istanza.').font = Font(name='Arial', size=8, italic=True)
ws.cell(last + 6, 6, 'Il Responsabile del Settore Servizi Sociali').font = Font(name='Arial', size=9)
ws.cell(last + 7, 6, 'Dott.ssa Giovanna Melis').font = Font(name='Arial', size=9, bold=True)
for col, wdt in zip('ABCDEFGHI', [5, 9, 11, 7, 12, 12, 10, 13, 13]):
    ws.column_dimensions[col].width = wdt
ws.print_title_rows = '6:6'
ws.page_setup.orientation = 'portrait'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.8)
ws.oddHeader.left.text = '&A'; ws.oddHeader.right.text = 'Allegato A – Det. n. 118/2026'
ws.oddFooter.center.text = 'Pagina &P di &N'
wb.save(sys.argv[1])
