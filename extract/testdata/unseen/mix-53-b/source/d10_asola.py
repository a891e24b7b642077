# Allegato A (tariffe cimiteriali), Comune di Asola - an Excel worksheet printed to PDF; openpyxl -> LibreOffice Calc
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
out = sys.argv[1]
wb = Workbook(); ws = wb.active; ws.title = 'Tariffe 2026'
thin = Side(style='thin', color='000000'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.column_dimensions['A'].width = 7; ws.column_dimensions['B'].width = 58; ws.column_dimensions['C'].width = 12
ws.column_dimensions['D'].width = 14; ws.column_dimensions['E'].width = 14
ws['A1'] = 'COMUNE DI ASOLA'; ws['A1'].font = Font(name='Carlito', size=14, bold=True)
ws['A2'] = 'Provincia di Mantova – Area Servizi Demografici e Cimiteriali'; ws['A2'].font = Font(name='Carlito', size=10)
ws['A4'] = 'ALLEGATO A) alla deliberazione della Giunta Comunale n. 29 del 11/03/2026'; ws['A4'].font = Font(name='Carlito', size=10, italic=True)
ws['A5'] = 'TARIFFE DEI SERVIZI CIMITERIALI E DELLE CONCESSIONI – ANNO 2026'; ws['A5'].font = Font(name='Carlito', size=12, bold=True)
ws.merge_cells('A5:E5'); ws['A5'].alignment = Alignment(horizontal='center')
hdr = ['Cod.', 'Descrizione del servizio', 'Unità', 'Tariffa 2025 (€)', 'Tariffa 2026 (€)']
r = 7
fill = PatternFill('solid', fgColor='D9E1F2')
for j, h in enumerate(hdr, 1):
    c = ws.cell(r, j, h); c.font = Font(name='Carlito', size=10, bold=True); c.fill = fill; c.border = B
    c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
sections = [
 ('A', 'OPERAZIONI CIMITERIALI', [
  ('A.1', 'Inumazione in campo comune (salma adulto)', 'cad.', 310.00, 320.00),
  ('A.2', 'Inumazione in campo comune (salma di età inferiore a 10 anni)', 'cad.', 155.00, 160.00),
  ('A.3', 'Tumulazione in loculo (compresa chiusura con lastra)', 'cad.', 240.00, 248.00),
  ('A.4', 'Tumulazione in tomba di famiglia o cappella privata', 'cad.', 295.00, 305.00),
  ('A.5', 'Tumulazione di cassetta ossario o urna cineraria', 'cad.', 90.00, 93.00),
  ('A.6', 'Esumazione ordinaria con raccolta resti in cassetta', 'cad.', 260.00, 268.00),
  ('A.7', 'Estumulazione ordinaria con raccolta resti', 'cad.', 280.00, 289.00),
  ('A.8', 'Traslazione di salma all\'interno del cimitero', 'cad.', 350.00, 361.00),
  ('A.9', 'Dispersione delle ceneri nel giardino delle rimembranze', 'cad.', 120.00, 124.00)]),
 ('B', 'CONCESSIONI CIMITERIALI', [
  ('B.1', 'Loculo file 1ª e 4ª – concessione 40 anni (Cimitero del Capoluogo)', 'cad.', 2150.00, 2210.00),
  ('B.2', 'Loculo file 2ª e 3ª – concessione 40 anni (Cimitero del Capoluogo)', 'cad.', 2600.00, 2680.00),
  ('B.3', 'Loculo – concessione 40 anni (Cimiteri di Castelnuovo e Barchi)', 'cad.', 1900.00, 1955.00),
  ('B.4', 'Cella ossario/cineraria – concessione 30 anni', 'cad.', 480.00, 495.00),
  ('B.5', 'Area per tomba di famiglia – concessione 99 anni', 'mq', 620.00, 640.00)]),
 ('C', 'ALTRI SERVIZI', [
  ('C.1', 'Illuminazione votiva – canone annuo per punto luce', 'anno', 18.00, 18.50),
  ('C.2', 'Allacciamento nuovo punto luce votiva', 'cad.', 25.00, 26.00),
  ('C.3', 'Deposito temporaneo salma in camera mortuaria (oltre 48 ore)', 'giorno', 30.00, 31.00)])]
r += 1
for code, title, rows in sections:
    ws.cell(r, 1, code).font = Font(name='Carlito', size=10, bold=True)
    ws.cell(r, 2, title).font = Font(name='Carlito', size=10, bold=True)
    for j in range(1, 6):
        ws.cell(r, j).border = B; ws.cell(r, j).fill = PatternFill('solid', fgColor='F2F2F2')
    r += 1
    for row in rows:
        for j, v in enumerate(row, 1):
            c = ws.cell(r, j, v); c.border = B; c.font = Font(name='Carlito', size=10)
            if j >= 4: c.number_format = '[$-410]#,##0.00'
            if j in (1, 3): c.alignment = Alignment(horizontal='center')
            if j == 2: c.alignment = Alignment(wrap_text=True)
        r += 1
r += 1
notes = ["Note:", "1) Le tariffe si intendono IVA esclusa ove dovuta; le operazioni eseguite il sabato pomeriggio e nei giorni festivi sono maggiorate del 30%.",
 "2) Per i residenti nel Comune di Asola al momento del decesso le tariffe delle concessioni (sezione B) sono ridotte del 20%.",
 "3) Le tariffe decorrono dal 1° aprile 2026."]
for n in notes:
    ws.cell(r, 1, n).font = Font(name='Carlito', size=9, italic=(n != 'Note:'), bold=(n == 'Note:')); r += 1
ws.print_options.gridLines = False
ws.page_setup.orientation = 'portrait'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_title_rows = '7:7'
ws.oddHeader.left.text = 'Comune di Asola'; ws.oddHeader.right.text = 'All. A – G.C. 29/2026'
ws.oddHeader.left.size = 8; ws.oddHeader.right.size = 8
ws.oddFooter.left.text = '&F – &A'; ws.oddFooter.right.text = 'Pagina &P di &N'
ws.oddFooter.left.size = 8; ws.oddFooter.right.size = 8
ws.page_margins.left = 0.6; ws.page_margins.right = 0.6; ws.page_margins.top = 0.8; ws.page_margins.bottom = 0.8
wb.properties.creator = 'Ufficio Servizi Cimiteriali'; wb.properties.title = 'Tariffe cimiteriali 2026'
wb.save(out)
