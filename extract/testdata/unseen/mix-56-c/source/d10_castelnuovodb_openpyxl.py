# Annex (tariff schedule), Comune di Castelnuovo Don Bosco - .xlsx written with openpyxl, PDF by LibreOffice Calc
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = 'Allegato A'
thin = Side(style='thin', color='000000'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.column_dimensions['A'].width = 6; ws.column_dimensions['B'].width = 52; ws.column_dimensions['C'].width = 16; ws.column_dimensions['D'].width = 14; ws.column_dimensions['E'].width = 14
def row(r, vals, bold=False, fill=None, wrap=True):
    for i, v in enumerate(vals):
        c = ws.cell(row=r, column=i + 1, value=v); c.border = B
        c.font = Font(name='Liberation Sans', size=9, bold=bold)
        c.alignment = Alignment(wrap_text=wrap, vertical='center', horizontal='right' if isinstance(v, float) else ('center' if i in (0, 2) else 'left'))
        if isinstance(v, float): c.number_format = '#,##0.00'
        if fill: c.fill = PatternFill('solid', fgColor=fill)
ws.merge_cells('A1:E1'); ws['A1'] = 'COMUNE DI CASTELNUOVO DON BOSCO'; ws['A1'].font = Font(name='Liberation Sans', size=14, bold=True); ws['A1'].alignment = Alignment(horizontal='center')
ws.merge_cells('A2:E2'); ws['A2'] = 'Provincia di Asti'; ws['A2'].font = Font(name='Liberation Sans', size=9, italic=True); ws['A2'].alignment = Alignment(horizontal='center')
ws.merge_cells('A4:E4'); ws['A4'] = 'ALLEGATO A alla deliberazione della Giunta Comunale n. 19 del 10/03/2026'; ws['A4'].font = Font(name='Liberation Sans', size=10, bold=True)
ws.merge_cells('A5:E5'); ws['A5'] = 'SERVIZI PUBBLICI A DOMANDA INDIVIDUALE – TARIFFE E PERCENTUALE DI COPERTURA DEI COSTI – ANNO 2026'; ws['A5'].font = Font(name='Liberation Sans', size=10, bold=True); ws['A5'].alignment = Alignment(wrap_text=True)
ws.row_dimensions[5].height = 28
row(7, ['N.', 'Servizio / voce tariffaria', 'Unità', 'Tariffa 2025 (€)', 'Tariffa 2026 (€)'], bold=True, fill='D9D9D9')
data = [
 ('1', 'Refezione scolastica – scuola dell’infanzia e primaria (residenti)', 'pasto', 4.60, 4.75),
 ('2', 'Refezione scolastica – non residenti', 'pasto', 5.40, 5.60),
 ('3', 'Trasporto scolastico – primo figlio', 'mese', 28.00, 29.00),
 ('4', 'Trasporto scolastico – dal secondo figlio', 'mese', 18.00, 18.50),
 ('5', 'Pre-scuola e post-scuola', 'mese', 22.00, 22.00),
 ('6', 'Centro estivo comunale (residenti)', 'settimana', 65.00, 68.00),
 ('7', 'Uso sala polivalente “Casa Salesiana” – associazioni locali', 'giornata', 40.00, 40.00),
 ('8', 'Uso sala polivalente “Casa Salesiana” – privati ed enti esterni', 'giornata', 120.00, 125.00),
 ('9', 'Lampade votive cimiteriali – canone annuo', 'lampada', 16.50, 17.00),
 ('10', 'Celebrazione matrimonio civile in Sala Consiliare (non residenti)', 'evento', 150.00, 160.00)]
r = 8
for d in data: row(r, list(d)); r += 1
r += 1
row(r, ['', 'Costo complessivo previsto dei servizi', '', '', 198450.00], bold=True); r += 1
row(r, ['', 'Entrate tariffarie previste', '', '', 131720.00], bold=True); r += 1
row(r, ['', 'Percentuale di copertura (art. 172, c. 1, lett. c, TUEL)', '', '', '66,37%'], bold=True); r += 2
ws.cell(row=r, column=2, value='Il Responsabile del Servizio Finanziario – Rag. Ornella Gai (firmato digitalmente)').font = Font(name='Liberation Sans', size=9, italic=True)
ws.page_setup.orientation = 'portrait'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.oddHeader.right.text = 'Allegato A – G.C. 19/2026'; ws.oddHeader.right.size = 8
ws.oddFooter.center.text = 'Pagina &P di &N'; ws.oddFooter.center.size = 8
ws.print_options.horizontalCentered = True
wb.save(sys.argv[1])
