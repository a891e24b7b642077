# Comune di Bisenti - Allegato A (tariff schedule) kept as a spreadsheet by the Ufficio Ragioneria.
# Written here as .xlsx with openpyxl, then printed to PDF by Gnumeric (ssconvert).
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins

wb = Workbook(); ws = wb.active; ws.title = 'Allegato A'
thin = Side(style='thin'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
grey = PatternFill('solid', fgColor='D9D9D9')
ws.column_dimensions['A'].width = 7
ws.column_dimensions['B'].width = 46
ws.column_dimensions['C'].width = 16
ws.column_dimensions['D'].width = 13
ws.column_dimensions['E'].width = 13
rows = [
 ('COMUNE DI BISENTI', Font(bold=True, size=14)),
 ('Provincia di Teramo', Font(size=10)),
 ('', None),
 ('ALLEGATO A alla deliberazione della Giunta Comunale n. 18 del 06/03/2026', Font(bold=True, size=11)),
 ('SERVIZI PUBBLICI A DOMANDA INDIVIDUALE - TARIFFE E TASSO DI COPERTURA DEI COSTI - ANNO 2026', Font(bold=True, size=11)),
 ('', None)]
for i, (t, f) in enumerate(rows, 1):
    ws.cell(i, 1, t)
    if f: ws.cell(i, 1).font = f
    ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=5)
    ws.cell(i, 1).alignment = Alignment(horizontal='center', wrap_text=True)
ws.row_dimensions[5].height = 30
hdr = ['N.', 'Servizio / voce tariffaria', 'Unità', 'Tariffa 2025 (€)', 'Tariffa 2026 (€)']
r = 7
for c, h in enumerate(hdr, 1):
    x = ws.cell(r, c, h); x.font = Font(bold=True, size=9.5); x.fill = grey; x.border = B
    x.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
ws.row_dimensions[r].height = 28
data = [
 ('1', 'MENSA SCOLASTICA (scuola dell\'infanzia e primaria)', None, None, None),
 ('1.1', 'Buono pasto - ISEE fino a € 8.000,00', 'pasto', 2.60, 2.70),
 ('1.2', 'Buono pasto - ISEE da € 8.000,01 a € 15.000,00', 'pasto', 3.40, 3.50),
 ('1.3', 'Buono pasto - ISEE oltre € 15.000,00 o non presentato', 'pasto', 4.20, 4.30),
 ('2', 'TRASPORTO SCOLASTICO', None, None, None),
 ('2.1', 'Abbonamento annuale - primo figlio', 'anno', 160.00, 165.00),
 ('2.2', 'Abbonamento annuale - dal secondo figlio', 'anno', 110.00, 115.00),
 ('3', 'USO SALA POLIVALENTE "EX MATTATOIO"', None, None, None),
 ('3.1', 'Associazioni con sede nel Comune', 'giornata', 30.00, 30.00),
 ('3.2', 'Privati e altri soggetti', 'giornata', 90.00, 95.00),
 ('4', 'ILLUMINAZIONE VOTIVA', None, None, None),
 ('4.1', 'Canone annuo per punto luce', 'anno', 18.00, 18.50),
 ('4.2', 'Nuovo allacciamento', 'una tantum', 25.00, 25.00),
]
for row in data:
    r += 1
    for c, v in enumerate(row, 1):
        x = ws.cell(r, c, v); x.border = B; x.font = Font(size=9.5, bold=row[2] is None)
        if c >= 4 and v is not None: x.number_format = '#,##0.00'
        if c in (1, 3): x.alignment = Alignment(horizontal='center')
    if row[2] is None:
        for c in range(1, 6): ws.cell(r, c).fill = PatternFill('solid', fgColor='F2F2F2')
r += 2
ws.cell(r, 1, 'RIEPILOGO TASSO DI COPERTURA'); ws.cell(r, 1).font = Font(bold=True, size=10)
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
r += 1
for c, h in enumerate(['', 'Servizio', 'Costi previsti (€)', 'Entrate previste (€)', 'Copertura %'], 1):
    x = ws.cell(r, c, h); x.font = Font(bold=True, size=9.5); x.fill = grey; x.border = B
    x.alignment = Alignment(horizontal='center', wrap_text=True)
ws.row_dimensions[r].height = 28
cov = [('Mensa scolastica', 68400, 41200), ('Trasporto scolastico', 52300, 9850), ('Sala polivalente', 4100, 1950), ('Illuminazione votiva', 9800, 11200)]
first = r + 1
for name, cost, rev in cov:
    r += 1
    ws.cell(r, 2, name); ws.cell(r, 3, cost); ws.cell(r, 4, rev); ws.cell(r, 5, '=D%d/C%d' % (r, r))
    for c in range(1, 6): ws.cell(r, c).border = B; ws.cell(r, c).font = Font(size=9.5)
    ws.cell(r, 3).number_format = ws.cell(r, 4).number_format = '#,##0.00'; ws.cell(r, 5).number_format = '0.00%'
r += 1
ws.cell(r, 2, 'TOTALE'); ws.cell(r, 3, '=SUM(C%d:C%d)' % (first, r - 1)); ws.cell(r, 4, '=SUM(D%d:D%d)' % (first, r - 1)); ws.cell(r, 5, '=D%d/C%d' % (r, r))
for c in range(1, 6): ws.cell(r, c).border = B; ws.cell(r, c).font = Font(size=9.5, bold=True)
ws.cell(r, 3).number_format = ws.cell(r, 4).number_format = '#,##0.00'; ws.cell(r, 5).number_format = '0.00%'
r += 2
ws.cell(r, 1, 'Le tariffe decorrono dal 01/04/2026. Importi IVA inclusa ove dovuta.'); ws.cell(r, 1).font = Font(italic=True, size=9)
r += 2
ws.cell(r, 4, 'Il Responsabile del Servizio Finanziario'); ws.cell(r, 4).font = Font(size=9.5)
ws.cell(r + 1, 4, 'rag. Daniela Di Giacomo'); ws.cell(r + 1, 4).font = Font(size=9.5)
ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.page_setup.orientation = 'portrait'
ws.page_setup.fitToWidth = 1; ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0
ws.page_margins = PageMargins(left=0.6, right=0.5, top=0.8, bottom=0.8)
ws.oddFooter.center.text = 'Pagina &P di &N'
ws.oddHeader.right.text = 'Allegato A - Delib. G.C. n. 18/2026'
wb.save(sys.argv[1])
