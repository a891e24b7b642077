# Comune di Poggio Mirteto - Allegato A to a determinazione: a spreadsheet (xlsx written
# with openpyxl) printed to PDF by LibreOffice Calc, landscape, gridlines, sheet footer.
import sys
import random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

out = sys.argv[1]
wb = Workbook()
ws = wb.active
ws.title = 'Graduatoria 2025'
thin = Side(style='thin', color='808080')
bd = Border(left=thin, right=thin, top=thin, bottom=thin)

ws['A1'] = 'COMUNE DI POGGIO MIRTETO'
ws['A1'].font = Font(name='Arial', bold=True, size=14)
ws['A2'] = 'Provincia di Rieti – Area Amministrativa – Servizi Sociali'
ws['A2'].font = Font(name='Arial', italic=True, size=10)
ws['A3'] = 'Allegato A alla determinazione del Responsabile dell’Area Amministrativa n. 76 del 12/03/2026'
ws['A3'].font = Font(name='Arial', size=10)
ws['A5'] = 'GRADUATORIA DEFINITIVA DEI BENEFICIARI DEL CONTRIBUTO INTEGRATIVO PER IL PAGAMENTO DEI CANONI DI LOCAZIONE – ANNO 2025 (art. 11 L. 431/1998)'
ws['A5'].font = Font(name='Arial', bold=True, size=11)
ws.merge_cells('A5:I5')
ws['A5'].alignment = Alignment(wrap_text=True, vertical='center')
ws.row_dimensions[5].height = 30

hdr = ['N.', 'Prot. domanda', 'Data domanda', 'Valore ISEE (€)', 'Canone annuo (€)', 'Incidenza canone/ISEE (%)',
       'Fascia', 'Contributo spettante (€)', 'Esito']
for i, h in enumerate(hdr, 1):
    cell = ws.cell(row=7, column=i, value=h)
    cell.font = Font(name='Arial', bold=True, size=9)
    cell.fill = PatternFill('solid', fgColor='D9E1F2')
    cell.alignment = Alignment(wrap_text=True, horizontal='center', vertical='center')
    cell.border = bd
ws.row_dimensions[7].height = 32

rnd = random.Random(76)
rows = []
for k in range(34):
    isee = round(rnd.uniform(3200, 14800), 2)
    canone = round(rnd.choice([3600, 4200, 4800, 5400, 6000, 6600]) + rnd.choice([0, 150, 300]), 2)
    inc = canone / isee * 100
    fascia = 'A' if isee <= 13719.88 else 'B'
    prot = 1850 + k * 37 + rnd.randint(0, 30)
    day = 3 + k // 4
    rows.append([prot, '%02d/11/2025' % min(day, 28), isee, canone, inc, fascia])
rows.sort(key=lambda r: -r[4])
tot = 0
esc = {31, 33}
for n, r in enumerate(rows, 1):
    prot, data, isee, canone, inc, fascia = r
    if n in esc:
        contr, esito = 0, 'Non ammessa – documentazione incompleta'
    else:
        contr = round(min((canone - isee * (0.14 if fascia == 'A' else 0.24)) * 0.22, 1400.0), 2)
        contr = max(contr, 150.0)
        esito = 'Ammessa'
    tot += contr
    vals = [n, prot, data, isee, canone, inc, fascia, contr, esito]
    for i, v in enumerate(vals, 1):
        cell = ws.cell(row=7 + n, column=i, value=v)
        cell.font = Font(name='Arial', size=9)
        cell.border = bd
        if i in (4, 5, 8):
            cell.number_format = '[$-410]#,##0.00'
        if i == 6:
            cell.number_format = '[$-410]0.00'
        if i in (1, 2, 3, 7):
            cell.alignment = Alignment(horizontal='center')
last = 7 + len(rows)
ws.cell(row=last + 1, column=7, value='TOTALE').font = Font(name='Arial', bold=True, size=9)
tc = ws.cell(row=last + 1, column=8, value=round(tot, 2))
tc.font = Font(name='Arial', bold=True, size=9)
tc.number_format = '[$-410]#,##0.00'
tc.border = bd
ws.cell(row=last + 3, column=1, value='Le domande sono identificate con il numero di protocollo di presentazione, '
        'ai sensi del Regolamento (UE) 2016/679. Risorse assegnate dalla Regione Lazio: € 31.406,52.').font = Font(name='Arial', italic=True, size=8)
ws.cell(row=last + 5, column=6, value='Il Responsabile dell’Area Amministrativa').font = Font(name='Arial', size=9)
ws.cell(row=last + 6, column=6, value='Dott.ssa Federica Santoprete').font = Font(name='Arial', size=9)

for col, w in zip('ABCDEFGHI', [5, 12, 12, 14, 14, 14, 8, 16, 30]):
    ws.column_dimensions[col].width = w
ws.page_setup.orientation = 'landscape'
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_title_rows = '7:7'
ws.print_options.gridLines = False
ws.oddHeader.right.text = 'Allegato A – Det. n. 76/2026'
ws.oddFooter.left.text = '&F'
ws.oddFooter.center.text = 'Pagina &P di &N'
ws.print_area = 'A1:I%d' % (last + 6)
wb.save(out)
