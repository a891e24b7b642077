# Allegato A (tariff schedule), Comune di Bussi sul Tirino: an Excel workbook (written with openpyxl)
# printed to PDF by LibreOffice Calc (see build.sh); page setup, print titles, header/footer as Excel's
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins

wb = Workbook(); ws = wb.active; ws.title = 'Tariffe 2026'
thin = Side(style='thin', color='000000'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
hdrfill = PatternFill('solid', fgColor='BDD7EE'); secfill = PatternFill('solid', fgColor='F2F2F2')
ws.column_dimensions['A'].width = 7; ws.column_dimensions['B'].width = 58
ws.column_dimensions['C'].width = 12; ws.column_dimensions['D'].width = 14; ws.column_dimensions['E'].width = 14

ws['A1'] = 'COMUNE DI BUSSI SUL TIRINO'; ws['A1'].font = Font(name='Calibri', size=14, bold=True)
ws['A2'] = 'Provincia di Pescara'; ws['A2'].font = Font(name='Calibri', size=10, italic=True)
ws['A4'] = 'ALLEGATO A alla deliberazione della Giunta Comunale n. 28 del 14/04/2026'; ws['A4'].font = Font(name='Calibri', size=11, bold=True)
ws['A5'] = 'TARIFFE DEI SERVIZI CIMITERIALI E DELLE CONCESSIONI - ANNO 2026'; ws['A5'].font = Font(name='Calibri', size=12, bold=True)
for c in ('A1', 'A2', 'A4', 'A5'):
    ws.merge_cells(c + ':' + 'E' + c[1:]); ws[c].alignment = Alignment(horizontal='center')

hdr = ['Cod.', 'Descrizione del servizio / concessione', 'Unità', 'Tariffa 2025 €', 'Tariffa 2026 €']
r = 7
for j, h in enumerate(hdr, 1):
    c = ws.cell(r, j, h); c.font = Font(name='Calibri', bold=True, size=10); c.fill = hdrfill; c.border = B
    c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
ws.row_dimensions[r].height = 28
data = [
 ('SEZIONE 1 - OPERAZIONI CIMITERIALI', None),
 ('1.01', 'Inumazione in campo comune (adulti)', 'cad.', 180.00, 185.00),
 ('1.02', 'Inumazione in campo comune (minori di 10 anni)', 'cad.', 90.00, 92.50),
 ('1.03', 'Tumulazione in loculo', 'cad.', 220.00, 226.00),
 ('1.04', 'Tumulazione in tomba di famiglia o cappella privata', 'cad.', 260.00, 268.00),
 ('1.05', 'Tumulazione di cassetta ossario o urna cineraria', 'cad.', 75.00, 77.00),
 ('1.06', 'Esumazione ordinaria', 'cad.', 200.00, 206.00),
 ('1.07', 'Estumulazione ordinaria con riduzione resti', 'cad.', 240.00, 247.00),
 ('1.08', 'Traslazione salma all\'interno del cimitero', 'cad.', 150.00, 154.50),
 ('SEZIONE 2 - CONCESSIONI', None),
 ('2.01', 'Loculo - fila 1ª e 4ª (concessione 50 anni)', 'cad.', 1800.00, 1850.00),
 ('2.02', 'Loculo - fila 2ª e 3ª (concessione 50 anni)', 'cad.', 2300.00, 2360.00),
 ('2.03', 'Ossario / cinerario (concessione 30 anni)', 'cad.', 450.00, 460.00),
 ('2.04', 'Area per tomba di famiglia (concessione 99 anni)', 'mq', 380.00, 390.00),
 ('SEZIONE 3 - ALTRI SERVIZI', None),
 ('3.01', 'Illuminazione votiva - allacciamento', 'cad.', 25.00, 25.00),
 ('3.02', 'Illuminazione votiva - canone annuo', 'anno', 18.00, 18.50),
 ('3.03', 'Deposito temporaneo salma in camera mortuaria (per giorno)', 'gg', 30.00, 30.00),
 ('3.04', 'Dispersione delle ceneri nel cinerario comune', 'cad.', 60.00, 62.00),
]
r = 8
for row in data:
    if row[1] is None:
        ws.cell(r, 1, row[0]); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        for j in range(1, 6):
            ws.cell(r, j).fill = secfill; ws.cell(r, j).border = B
        ws.cell(r, 1).font = Font(name='Calibri', bold=True, size=10)
    else:
        for j, v in enumerate(row, 1):
            c = ws.cell(r, j, v); c.border = B; c.font = Font(name='Calibri', size=10)
            if j >= 4: c.number_format = '#,##0.00'
            if j in (1, 3): c.alignment = Alignment(horizontal='center')
    r += 1
r += 1
ws.cell(r, 1, 'Note: le tariffe sono comprensive di IVA ove dovuta. Per i residenti ultrasessantacinquenni titolari di ISEE inferiore '
              'a € 9.000,00 la tariffa 3.02 è ridotta del 50%.').font = Font(name='Calibri', size=9, italic=True)
ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=5)
ws.cell(r, 1).alignment = Alignment(wrap_text=True, vertical='top')
ws.row_dimensions[r].height = 15; ws.row_dimensions[r + 1].height = 15
r += 3
ws.cell(r, 4, 'Il Responsabile del Servizio Tecnico').font = Font(name='Calibri', size=10)
ws.cell(r + 1, 4, 'Geom. Antonio Di Febo').font = Font(name='Calibri', size=10, bold=True)

ws.print_title_rows = '7:7'
ws.page_setup.orientation = 'portrait'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.5, top=0.8, bottom=0.8, header=0.3, footer=0.3)
ws.print_options.horizontalCentered = True
ws.oddHeader.right.text = 'Allegato A - G.C. n. 28/2026'; ws.oddHeader.right.size = 8
ws.oddFooter.left.text = '&F'; ws.oddFooter.left.size = 7
ws.oddFooter.right.text = 'Pagina &P di &N'; ws.oddFooter.right.size = 8
wb.save(sys.argv[1])
