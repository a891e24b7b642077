# Comune di Pignola - Allegato A: spreadsheet (openpyxl .xlsx) printed to PDF by LibreOffice Calc
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins

wb = Workbook()
ws = wb.active
ws.title = 'Servizi domanda individuale'
thin = Side(style='thin', color='000000')
box = Border(left=thin, right=thin, top=thin, bottom=thin)
ws['A1'] = 'COMUNE DI PIGNOLA'; ws['A1'].font = Font(name='Arial', size=14, bold=True)
ws['A2'] = 'Provincia di Potenza'; ws['A2'].font = Font(name='Arial', size=10)
ws['A4'] = 'ALLEGATO A alla deliberazione della Giunta Comunale n. 22 del 04/03/2026'; ws['A4'].font = Font(name='Arial', size=10, italic=True)
ws['A5'] = 'SERVIZI PUBBLICI A DOMANDA INDIVIDUALE – ESERCIZIO 2026 – TARIFFE E TASSO DI COPERTURA DEI COSTI'
ws['A5'].font = Font(name='Arial', size=11, bold=True)
hdr = ['N.', 'Servizio', 'Tariffa 2026', 'Unità di misura', 'Costi previsti (€)', 'Proventi previsti (€)', '% copertura']
ws.append([]); ws.append(hdr)
r0 = 7
for i, h in enumerate(hdr, 1):
    cl = ws.cell(row=r0, column=i); cl.font = Font(name='Arial', size=9, bold=True); cl.border = box
    cl.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    cl.fill = PatternFill('solid', fgColor='D9D9D9')
rows = [
 (1, 'Refezione scolastica – scuola dell’infanzia', 3.20, 'pasto', 118400.00, 52480.00),
 (2, 'Refezione scolastica – scuola primaria (tempo pieno)', 3.50, 'pasto', 86250.00, 39900.00),
 (3, 'Trasporto scolastico', 18.00, 'mese/alunno', 142300.00, 21600.00),
 (4, 'Asilo nido comunale “Il Girasole”', 210.00, 'mese/bambino', 196800.00, 50400.00),
 (5, 'Impianti sportivi – palestra comunale', 15.00, 'ora', 24600.00, 7350.00),
 (6, 'Uso sala convegni “Santa Maria degli Angeli”', 80.00, 'giornata', 6100.00, 1760.00),
 (7, 'Lampade votive – cimitero comunale', 14.00, 'anno/lampada', 21900.00, 19880.00),
 (8, 'Centro estivo per minori', 45.00, 'settimana', 18700.00, 9450.00),
]
for r in rows:
    ws.append(list(r) + [None])
    rr = ws.max_row
    ws.cell(row=rr, column=7).value = '=F%d/E%d' % (rr, rr)
for rr in range(r0 + 1, ws.max_row + 1):
    for col in range(1, 8):
        cl = ws.cell(row=rr, column=col); cl.border = box; cl.font = Font(name='Arial', size=9)
        if col in (3, 5, 6): cl.number_format = '#,##0.00'
        if col == 7: cl.number_format = '0.00%'
        if col == 2: cl.alignment = Alignment(wrap_text=True, vertical='center')
tr = ws.max_row + 1
ws.cell(row=tr, column=2).value = 'TOTALE'
ws.cell(row=tr, column=5).value = '=SUM(E%d:E%d)' % (r0 + 1, tr - 1)
ws.cell(row=tr, column=6).value = '=SUM(F%d:F%d)' % (r0 + 1, tr - 1)
ws.cell(row=tr, column=7).value = '=F%d/E%d' % (tr, tr)
for col in range(1, 8):
    cl = ws.cell(row=tr, column=col); cl.border = box; cl.font = Font(name='Arial', size=9, bold=True)
    if col in (5, 6): cl.number_format = '#,##0.00'
    if col == 7: cl.number_format = '0.00%'
ws.cell(row=tr + 2, column=2).value = 'Le tariffe si intendono IVA inclusa ove dovuta. Le agevolazioni ISEE sono disciplinate dal vigente regolamento comunale.'
ws.cell(row=tr + 2, column=2).font = Font(name='Arial', size=8, italic=True)
ws.cell(row=tr + 4, column=5).value = 'Il Responsabile dell’Area Finanziaria'
ws.cell(row=tr + 5, column=5).value = 'Rag. Donato Laurino'
for w, col in zip([5, 46, 12, 15, 17, 18, 12], 'ABCDEFG'):
    ws.column_dimensions[col].width = w
ws.page_setup.orientation = 'landscape'
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.8)
ws.oddHeader.center.text = '&A'
ws.oddFooter.left.text = 'Tariffe 2026.xlsx'
ws.oddFooter.right.text = 'Pagina &P di &N'
ws.print_area = 'A1:G%d' % (tr + 5)
wb.save(sys.argv[1])
