# Comune di Stradella - Allegato A (cemetery tariffs) as an Excel workbook; LibreOffice Calc prints it.
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins

OUT = sys.argv[1]
wb = Workbook(); ws = wb.active; ws.title = 'Tariffe 2026'
thin = Side(style='thin', color='000000'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
fill = PatternFill('solid', fgColor='D9E1F2'); sect = PatternFill('solid', fgColor='F2F2F2')
ws.column_dimensions['A'].width = 7; ws.column_dimensions['B'].width = 58
ws.column_dimensions['C'].width = 13; ws.column_dimensions['D'].width = 15; ws.column_dimensions['E'].width = 15
def put(r, c, v, bold=False, size=10, align='left', border=True, fillc=None, fmt=None, wrap=False, italic=False):
    cell = ws.cell(row=r, column=c, value=v)
    cell.font = Font(name='Calibri', size=size, bold=bold, italic=italic)
    cell.alignment = Alignment(horizontal=align, vertical='center', wrap_text=wrap)
    if border: cell.border = B
    if fillc: cell.fill = fillc
    if fmt: cell.number_format = fmt
    return cell
ws.merge_cells('A1:E1'); put(1, 1, 'COMUNE DI STRADELLA', True, 14, 'center', False)
ws.merge_cells('A2:E2'); put(2, 1, 'Provincia di Pavia – Servizi Cimiteriali', False, 10, 'center', False)
ws.merge_cells('A4:E4'); put(4, 1, 'ALLEGATO A alla deliberazione della Giunta Comunale n. 31 del 03/03/2026', True, 11, 'center', False)
ws.merge_cells('A5:E5'); put(5, 1, 'TARIFFE DEI SERVIZI CIMITERIALI E DELLE CONCESSIONI – ANNO 2026', True, 11, 'center', False)
hdr = ['Cod.', 'Descrizione del servizio', 'Unità', 'Tariffa 2025 (€)', 'Tariffa 2026 (€)']
for i, h in enumerate(hdr, 1): put(7, i, h, True, 10, 'center', fillc=fill, wrap=True)
ws.row_dimensions[7].height = 30
rows = [
 ('S', 'A – OPERAZIONI CIMITERIALI'),
 ('A01', 'Inumazione in campo comune (adulti)', 'cad.', 210.00, 216.00),
 ('A02', 'Inumazione in campo comune (minori di 10 anni)', 'cad.', 105.00, 108.00),
 ('A03', 'Tumulazione in loculo o tomba di famiglia', 'cad.', 180.00, 185.00),
 ('A04', 'Tumulazione di urna cineraria o cassetta ossario', 'cad.', 75.00, 77.00),
 ('A05', 'Esumazione ordinaria con raccolta dei resti', 'cad.', 240.00, 247.00),
 ('A06', 'Estumulazione ordinaria con raccolta dei resti', 'cad.', 260.00, 268.00),
 ('A07', 'Dispersione delle ceneri nel giardino delle rimembranze', 'cad.', 90.00, 93.00),
 ('S', 'B – CONCESSIONI CIMITERIALI'),
 ('B01', 'Loculo colombario – fila 1ª e 5ª (durata 40 anni)', 'cad.', 2150.00, 2215.00),
 ('B02', 'Loculo colombario – fila 2ª, 3ª e 4ª (durata 40 anni)', 'cad.', 2780.00, 2865.00),
 ('B03', 'Celletta ossario o cineraria (durata 40 anni)', 'cad.', 620.00, 640.00),
 ('B04', 'Area per tomba di famiglia (durata 99 anni)', 'mq', 1350.00, 1390.00),
 ('S', 'C – ALTRI SERVIZI'),
 ('C01', 'Illuminazione votiva – canone annuo', 'punto luce', 18.50, 19.00),
 ('C02', 'Allacciamento illuminazione votiva', 'cad.', 30.00, 31.00),
 ('C03', 'Diritti di istruttoria per autorizzazione lavori edili in cimitero', 'pratica', 50.00, 50.00),
]
r = 8
for row in rows:
    if row[0] == 'S':
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        put(r, 1, row[1], True, 10, 'left', fillc=sect)
        for c in range(2, 6): ws.cell(row=r, column=c).border = B
    else:
        put(r, 1, row[0], align='center'); put(r, 2, row[1], wrap=True); put(r, 3, row[2], align='center')
        put(r, 4, row[3], align='right', fmt='[$-410]#,##0.00'); put(r, 5, row[4], align='right', fmt='[$-410]#,##0.00', bold=True)
    r += 1
r += 1
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
put(r, 1, 'Note: le tariffe si intendono IVA esclusa ove dovuta. Per i residenti ultrasettantenni privi di familiari è prevista la riduzione del 30% sulle operazioni di cui alla sezione A (art. 14 del Regolamento di polizia mortuaria).', size=9, border=False, wrap=True, italic=True)
ws.row_dimensions[r].height = 40
r += 2
ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5); put(r, 3, 'Il Responsabile del Settore Servizi al Cittadino', size=9.5, align='center', border=False)
ws.merge_cells(start_row=r+1, start_column=3, end_row=r+1, end_column=5); put(r+1, 3, 'Dott. Gianluca Sacchi', bold=True, size=9.5, align='center', border=False)
ws.print_area = 'A1:E%d' % (r+1)
ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.page_setup.orientation = 'portrait'
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.8)
ws.oddFooter.left.text = 'Allegato A – Delib. G.C. n. 31/2026'; ws.oddFooter.right.text = 'Pagina &P di &N'
ws.oddHeader.right.text = '&F'
wb.save(OUT)
