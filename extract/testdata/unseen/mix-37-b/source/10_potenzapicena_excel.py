# Annex (Allegato A) of the Comune di Potenza Picena (MC): a spreadsheet as
# offices keep them in Excel, printed with gridlines, a page header with the
# body's name and a "Pagina &P di &N" footer. Written as .xlsx with openpyxl,
# printed to PDF by LibreOffice Calc (build.sh).
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins

OUT = sys.argv[1]
wb = Workbook()
ws = wb.active
ws.title = 'Tariffe 2026'
thin = Side(style='thin', color='000000')
B = Border(left=thin, right=thin, top=thin, bottom=thin)
H = PatternFill('solid', fgColor='D9D9D9')
Y = PatternFill('solid', fgColor='FFF2CC')

ws['A1'] = 'COMUNE DI POTENZA PICENA'
ws['A1'].font = Font(name='Arial', size=14, bold=True)
ws['A2'] = 'Provincia di Macerata'
ws['A2'].font = Font(name='Arial', size=10, italic=True)
ws['A4'] = 'ALLEGATO "A" alla deliberazione della Giunta Comunale n. 24 del 03/03/2026'
ws['A4'].font = Font(name='Arial', size=10, bold=True)
ws['A5'] = 'SERVIZI PUBBLICI A DOMANDA INDIVIDUALE - TARIFFE E TASSO DI COPERTURA DEI COSTI - ANNO 2026'
ws['A5'].font = Font(name='Arial', size=10, bold=True)
ws.merge_cells('A5:F5')

hdr = ['Servizio', 'Costi previsti (€)', 'Entrate previste (€)', '% copertura', 'Tariffa 2026', 'Note']
rows = [
    ('Asilo nido comunale "Il Girasole"', 312400.00, 98500.00, None, '€ 380,00/mese (ISEE > 30.000)', 'fasce ISEE'),
    ('Mensa scolastica', 268900.00, 171300.00, None, '€ 4,90/pasto', 'riduz. 2° figlio'),
    ('Trasporto scolastico', 214700.00, 61200.00, None, '€ 210,00/anno', 'A/R'),
    ('Impianti sportivi (palestre)', 88300.00, 21400.00, None, '€ 14,00/ora', ''),
    ('Sala convegni Palazzo comunale', 9800.00, 3100.00, None, '€ 90,00/giornata', 'patrocinio: esente'),
    ('Lampade votive cimiteriali', 41200.00, 52800.00, None, '€ 18,00/anno', 'IVA inclusa'),
    ('Servizio soggiorni estivi anziani', 23600.00, 14900.00, None, '€ 320,00/turno', ''),
]
r0 = 7
for c, h in enumerate(hdr, 1):
    cell = ws.cell(row=r0, column=c, value=h)
    cell.font = Font(name='Arial', size=9, bold=True)
    cell.fill = H
    cell.border = B
    cell.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
for i, (s, co, en, _, t, n) in enumerate(rows, 1):
    r = r0 + i
    vals = [s, co, en, '=C%d/B%d' % (r, r), t, n]
    for c, v in enumerate(vals, 1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.font = Font(name='Arial', size=9)
        cell.border = B
        cell.alignment = Alignment(vertical='center', wrap_text=(c in (1, 5, 6)))
    ws.cell(row=r, column=2).number_format = '#,##0.00'
    ws.cell(row=r, column=3).number_format = '#,##0.00'
    ws.cell(row=r, column=4).number_format = '0.00%'
rt = r0 + len(rows) + 1
ws.cell(row=rt, column=1, value='TOTALE')
ws.cell(row=rt, column=2, value='=SUM(B%d:B%d)' % (r0 + 1, rt - 1))
ws.cell(row=rt, column=3, value='=SUM(C%d:C%d)' % (r0 + 1, rt - 1))
ws.cell(row=rt, column=4, value='=C%d/B%d' % (rt, rt))
for c in range(1, 7):
    cell = ws.cell(row=rt, column=c)
    cell.font = Font(name='Arial', size=9, bold=True)
    cell.fill = Y
    cell.border = B
ws.cell(row=rt, column=2).number_format = '#,##0.00'
ws.cell(row=rt, column=3).number_format = '#,##0.00'
ws.cell(row=rt, column=4).number_format = '0.00%'
notes = [
    'Note:',
    '1) Il tasso di copertura complessivo è calcolato ai sensi dell\'art. 243, comma 2, lett. a), del D.Lgs. 267/2000.',
    '2) Le tariffe dell\'asilo nido sono articolate per fasce ISEE secondo il prospetto B; la tariffa indicata è la massima.',
    '3) Importi della sala convegni al netto dell\'IVA di legge.',
    'Il Responsabile del Settore Servizi Finanziari - Dott. Lorenzo Paoloni',
]
for j, n in enumerate(notes):
    cell = ws.cell(row=rt + 2 + j, column=1, value=n)
    cell.font = Font(name='Arial', size=8.5, bold=(j == 0), italic=(j == len(notes) - 1))
for col, w in zip('ABCDEF', (34, 15, 15, 11, 24, 16)):
    ws.column_dimensions[col].width = w
ws.row_dimensions[r0].height = 30
for r in range(r0 + 1, rt):
    ws.row_dimensions[r].height = 26
ws.page_setup.orientation = 'landscape'
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_options.horizontalCentered = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.9, bottom=0.8, header=0.4, footer=0.4)
ws.oddHeader.left.text = 'Comune di Potenza Picena'
ws.oddHeader.left.size = 8
ws.oddHeader.right.text = 'Allegato A - G.C. n. 24/2026'
ws.oddHeader.right.size = 8
ws.oddFooter.left.text = '&F - &A'
ws.oddFooter.left.size = 8
ws.oddFooter.right.text = 'Pagina &P di &N'
ws.oddFooter.right.size = 8
ws.print_area = 'A1:F%d' % (rt + 2 + len(notes))
wb.save(OUT)
