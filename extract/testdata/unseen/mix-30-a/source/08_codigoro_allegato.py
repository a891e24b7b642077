# Comune di Codigoro: Allegato A to a determinazione, a spreadsheet (openpyxl .xlsx) printed to PDF
# by LibreOffice Calc: gridlines, repeated title rows, sheet-name header, "Pagina x di y" footer,
# SUM formulas computed by Calc at print time.
import sys, random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins

out = sys.argv[1]
random.seed(3026)
wb = Workbook()
ws = wb.active
ws.title = 'Beneficiari 2025'
ws['A1'] = 'COMUNE DI CODIGORO'
ws['A1'].font = Font(name='Arial', size=13, bold=True)
ws['A2'] = 'Provincia di Ferrara – Settore Servizi alla Persona'
ws['A2'].font = Font(name='Arial', size=9, italic=True)
ws['A3'] = "ALLEGATO A) alla determinazione n. 96 del 13/02/2026 – Fondo per il sostegno all'accesso alle abitazioni in locazione – anno 2025 – Elenco delle domande ammesse (dati pseudonimizzati)"
ws['A3'].font = Font(name='Arial', size=9.5, bold=True)
ws.merge_cells('A3:I3')
ws['A3'].alignment = Alignment(wrap_text=True, vertical='top')
ws.row_dimensions[3].height = 28
hdr = ['N.', 'ID domanda', 'Prot. n.', 'Data prot.', 'Fascia', 'ISEE (€)', 'Canone annuo (€)',
       'Incidenza canone/ISEE', 'Contributo concesso (€)']
thin = Side(style='thin', color='000000')
for i, h in enumerate(hdr, 1):
    c = ws.cell(row=5, column=i, value=h)
    c.font = Font(name='Arial', size=8.5, bold=True)
    c.fill = PatternFill('solid', fgColor='D9E1F2')
    c.alignment = Alignment(wrap_text=True, horizontal='center', vertical='center')
    c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
ws.row_dimensions[5].height = 30
r = 6
for n in range(1, 67):
    isee = round(random.uniform(2500, 17000), 2)
    fascia = 'A' if isee <= 7500 else 'B'
    canone = random.choice([3600, 4200, 4560, 4800, 5100, 5400, 6000, 6240])
    contrib = min(3000, round(canone * (0.5 if fascia == 'A' else 0.35), 2))
    day = random.randint(1, 30)
    vals = [n, 'CDG-25-%04d' % random.randint(100, 999), 14000 + n * 37 + random.randint(0, 30),
            '%02d/%02d/2025' % (day, 10 if n < 34 else 11), fascia, isee, canone, None, contrib]
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=r, column=i, value=v)
        c.font = Font(name='Arial', size=8.5)
        c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        if i in (6, 7, 9):
            c.number_format = '[$-410]#,##0.00'
        if i in (1, 3, 4, 5):
            c.alignment = Alignment(horizontal='center')
    c = ws.cell(row=r, column=8, value=f'=G{r}/F{r}')
    c.number_format = '[$-410]0.0%'
    c.font = Font(name='Arial', size=8.5)
    c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    r += 1
last = r - 1
ws.cell(row=r, column=1, value='TOTALE').font = Font(name='Arial', size=9, bold=True)
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
for col, L in ((7, 'G'), (9, 'I')):
    c = ws.cell(row=r, column=col, value=f'=SUM({L}6:{L}{last})')
    c.number_format = '[$-410]#,##0.00'
    c.font = Font(name='Arial', size=9, bold=True)
for i in range(1, 10):
    ws.cell(row=r, column=i).border = Border(top=Side(style='medium'), bottom=Side(style='medium'),
                                             left=thin, right=thin)
r += 2
ws.cell(row=r, column=1, value='Fascia A: ISEE fino a € 7.500,00 – contributo pari al 50% del canone; '
        'Fascia B: ISEE da € 7.500,01 a € 17.154,00 – contributo pari al 35% del canone; massimo € 3.000,00.').font = Font(name='Arial', size=8, italic=True)
r += 1
ws.cell(row=r, column=1, value='Codigoro, 13/02/2026 – Il Responsabile del Settore Servizi alla Persona: dott.ssa Monica Bellini').font = Font(name='Arial', size=8, italic=True)

widths = [5, 13, 9, 11, 7, 12, 13, 12, 14]
for i, w in enumerate(widths):
    ws.column_dimensions['ABCDEFGHI'[i]].width = w
ws.print_title_rows = '5:5'
ws.print_options.gridLines = False
ws.page_setup.orientation = 'portrait'
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.9, bottom=0.8, header=0.4, footer=0.4)
ws.oddHeader.left.text = '&A'
ws.oddHeader.right.text = 'Allegato A) – Det. n. 96/2026'
ws.oddFooter.center.text = 'Pagina &P di &N'
ws.oddFooter.right.text = '&F'
wb.save(out)
