# Comune di Sarnico - Allegato A (tariffe servizi cimiteriali 2026), an Excel workbook
# (openpyxl) exported to PDF by LibreOffice Calc.
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

wb = Workbook(); ws = wb.active; ws.title = 'Tariffe 2026'
thin = Side(style='thin', color='000000'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws['A1'] = 'COMUNE DI SARNICO'; ws['A1'].font = Font(name='Liberation Sans', bold=True, size=14)
ws['A2'] = 'Provincia di Bergamo – Area Tecnica – Servizi Cimiteriali'; ws['A2'].font = Font(name='Liberation Sans', size=9)
ws['A4'] = 'ALLEGATO A alla deliberazione della Giunta Comunale n. 29 del 10/03/2026'; ws['A4'].font = Font(name='Liberation Sans', bold=True, size=10)
ws['A5'] = 'TARIFFE DEI SERVIZI CIMITERIALI E DELLE CONCESSIONI – ANNO 2026'; ws['A5'].font = Font(name='Liberation Sans', bold=True, size=11)
for c in ('A1', 'A2', 'A4', 'A5'):
    ws.merge_cells(f'{c}:E{c[1:]}'); ws[c].alignment = Alignment(horizontal='center')
hdr = ['Cod.', 'Descrizione del servizio', 'Unità', 'Tariffa 2025 (€)', 'Tariffa 2026 (€)']
ws.append([]); ws.append(hdr)
r0 = ws.max_row
fill = PatternFill('solid', fgColor='D9D9D9')
for i, h in enumerate(hdr, 1):
    c = ws.cell(r0, i); c.font = Font(name='Liberation Sans', bold=True, size=9.5); c.fill = fill; c.border = B
    c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
sections = [
    ('A', 'OPERAZIONI CIMITERIALI', [
        ('A.1', 'Inumazione in campo comune (adulti)', 'cad.', 390.00, 405.00),
        ('A.2', 'Inumazione in campo comune (minori di 10 anni)', 'cad.', 195.00, 200.00),
        ('A.3', 'Tumulazione in loculo', 'cad.', 310.00, 320.00),
        ('A.4', 'Tumulazione di cassetta ossario o urna cineraria', 'cad.', 95.00, 100.00),
        ('A.5', 'Esumazione ordinaria con raccolta resti', 'cad.', 280.00, 290.00),
        ('A.6', 'Estumulazione ordinaria con raccolta resti', 'cad.', 300.00, 310.00),
        ('A.7', 'Traslazione salma all\'interno del cimitero', 'cad.', 350.00, 360.00)]),
    ('B', 'CONCESSIONI', [
        ('B.1', 'Loculo (fila 1ª e 4ª) – concessione trentennale', 'cad.', 2300.00, 2350.00),
        ('B.2', 'Loculo (fila 2ª e 3ª) – concessione trentennale', 'cad.', 2750.00, 2800.00),
        ('B.3', 'Celletta ossario/cineraria – concessione trentennale', 'cad.', 520.00, 540.00),
        ('B.4', 'Area per tomba di famiglia – concessione novantanovennale', 'mq', 1150.00, 1180.00)]),
    ('C', 'ALTRI SERVIZI', [
        ('C.1', 'Dispersione ceneri nel giardino delle rimembranze', 'cad.', 120.00, 125.00),
        ('C.2', 'Illuminazione votiva – canone annuo', 'punto luce', 18.00, 19.00),
        ('C.3', 'Allacciamento nuovo punto luce votiva', 'cad.', 25.00, 25.00)]),
]
for code, title, items in sections:
    ws.append([code, title]); r = ws.max_row
    for i in range(1, 6):
        c = ws.cell(r, i); c.font = Font(name='Liberation Sans', bold=True, size=9.5); c.border = B
        c.fill = PatternFill('solid', fgColor='F2F2F2')
    for it in items:
        ws.append(list(it)); r = ws.max_row
        for i in range(1, 6):
            c = ws.cell(r, i); c.font = Font(name='Liberation Sans', size=9.5); c.border = B
            if i >= 4: c.number_format = '[$-410]#,##0.00'
            if i == 3: c.alignment = Alignment(horizontal='center')
ws.append([])
ws.append(['', 'Le tariffe si intendono IVA esclusa ove dovuta. Sono esenti le operazioni disposte dall\'Autorità giudiziaria o per indigenza accertata dai Servizi Sociali.'])
ws.cell(ws.max_row, 2).font = Font(name='Liberation Sans', italic=True, size=8.5)
ws.cell(ws.max_row, 2).alignment = Alignment(wrap_text=True)
ws.row_dimensions[ws.max_row].height = 26
ws.column_dimensions['A'].width = 7; ws.column_dimensions['B'].width = 55; ws.column_dimensions['C'].width = 11
ws.column_dimensions['D'].width = 15; ws.column_dimensions['E'].width = 15
ws.row_dimensions[r0].height = 28
ws.print_area = f'A1:E{ws.max_row}'
ws.page_setup.orientation = 'portrait'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.oddFooter.left.text = '&F – &A'; ws.oddFooter.left.size = 8
ws.oddFooter.right.text = 'Pagina &P di &N'; ws.oddFooter.right.size = 8
ws.oddHeader.right.text = 'Allegato A – G.C. 29/2026'; ws.oddHeader.right.size = 8
ws.print_options.horizontalCentered = True
wb.properties.creator = 'Ufficio Tecnico'; wb.properties.title = 'Allegato A tariffe cimiteriali 2026'
wb.save(sys.argv[1])
