# Allegato A - Comune di Ariccia: spreadsheet (xlsx written with openpyxl)
# printed to PDF by LibreOffice Calc headless, with the sheet's own header/footer
# and gridlines, as offices export their Excel lists.
import sys, random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins

out = sys.argv[1]
random.seed(3526)
wb = Workbook()
ws = wb.active
ws.title = 'Graduatoria'
thin = Side(style='thin', color='000000')
B = Border(left=thin, right=thin, top=thin, bottom=thin)

ws.merge_cells('A1:H1'); ws['A1'] = 'COMUNE DI ARICCIA'
ws['A1'].font = Font(name='Arial', size=14, bold=True); ws['A1'].alignment = Alignment(horizontal='center')
ws.merge_cells('A2:H2'); ws['A2'] = 'Città Metropolitana di Roma Capitale – Area I Servizi Sociali'
ws['A2'].font = Font(name='Arial', size=9, italic=True); ws['A2'].alignment = Alignment(horizontal='center')
ws.merge_cells('A4:H4')
ws['A4'] = 'ALLEGATO A alla determinazione n. 215 del 09/04/2026'
ws['A4'].font = Font(name='Arial', size=11, bold=True); ws['A4'].alignment = Alignment(horizontal='center')
ws.merge_cells('A5:H5')
ws['A5'] = 'Fondo per il sostegno all’accesso alle abitazioni in locazione (art. 11 L. 431/1998) – annualità 2025 – elenco dei beneficiari ammessi'
ws['A5'].font = Font(name='Arial', size=9.5); ws['A5'].alignment = Alignment(horizontal='center', wrap_text=True)
ws.row_dimensions[5].height = 26

hdr = ['N.', 'Prot. domanda', 'Data domanda', 'Codice beneficiario', 'ISEE (€)', 'Fascia', 'Canone annuo (€)', 'Contributo (€)']
for i, h in enumerate(hdr, 1):
    cell = ws.cell(row=7, column=i, value=h)
    cell.font = Font(name='Arial', size=9, bold=True); cell.border = B
    cell.fill = PatternFill('solid', fgColor='D9D9D9')
    cell.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
ws.row_dimensions[7].height = 28

rows = []
for n in range(1, 39):
    prot = 4100 + random.randint(0, 2600)
    day = random.randint(3, 28); mon = random.choice([2, 3])
    isee = round(random.uniform(2100, 16900), 2)
    fascia = 'A' if isee <= 14000 else 'B'
    canone = random.choice([4200, 4800, 5400, 6000, 6600, 7200, 7800, 8400])
    contrib = round(min(canone * (0.42 if fascia == 'A' else 0.26), 3100 if fascia == 'A' else 2325), 2)
    rows.append((prot, f'{day:02d}/{mon:02d}/2026', f'ARC-25-{random.randint(100, 999)}', isee, fascia, canone, contrib))
rows.sort(key=lambda r: (r[4], r[3]))
r0 = 8
for n, (prot, dt, code, isee, fascia, canone, contrib) in enumerate(rows, 1):
    vals = [n, prot, dt, code, isee, fascia, canone, contrib]
    for i, v in enumerate(vals, 1):
        cell = ws.cell(row=r0 + n - 1, column=i, value=v)
        cell.font = Font(name='Arial', size=9); cell.border = B
        if i in (5, 7, 8):
            cell.number_format = '#,##0.00'
        if i in (1, 2, 3, 6):
            cell.alignment = Alignment(horizontal='center')
last = r0 + len(rows) - 1
tr = last + 1
ws.merge_cells(start_row=tr, start_column=1, end_row=tr, end_column=6)
ws.cell(row=tr, column=1, value='TOTALE').font = Font(name='Arial', size=9, bold=True)
ws.cell(row=tr, column=1).alignment = Alignment(horizontal='right')
for col in (7, 8):
    L = 'G' if col == 7 else 'H'
    cell = ws.cell(row=tr, column=col, value=f'=SUM({L}{r0}:{L}{last})')
    cell.font = Font(name='Arial', size=9, bold=True); cell.number_format = '#,##0.00'; cell.border = B
ws.cell(row=tr + 2, column=1, value='Fascia A: ISEE fino a € 14.000,00 (contributo max 42% del canone, tetto € 3.100,00); '
                                    'Fascia B: ISEE da € 14.000,01 a € 17.000,00 (max 26%, tetto € 2.325,00).').font = Font(name='Arial', size=8, italic=True)
ws.cell(row=tr + 3, column=1, value='I dati personali dei beneficiari sono sostituiti dal codice assegnato in fase istruttoria '
                                    '(Reg. UE 2016/679).').font = Font(name='Arial', size=8, italic=True)
ws.cell(row=tr + 5, column=6, value='Il Responsabile dell’Area I').font = Font(name='Arial', size=9)
ws.cell(row=tr + 6, column=6, value='dott.ssa Federica Cerroni').font = Font(name='Arial', size=9)

for col, w in zip('ABCDEFGH', [5, 11, 12, 17, 11, 7, 14, 13]):
    ws.column_dimensions[col].width = w
ws.print_title_rows = '7:7'
ws.page_setup.orientation = 'portrait'
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_options.gridLines = False
ws.page_margins = PageMargins(left=0.6, right=0.5, top=0.8, bottom=0.8, header=0.3, footer=0.3)
ws.oddHeader.left.text = '&A'
ws.oddHeader.right.text = 'All_A_det_215_2026.xlsx'
ws.oddFooter.center.text = 'Pagina &P di &N'
wb.save(out)
