# Comune di Lugnano in Teverina - Allegato A (tariffe servizi cimiteriali) kept in a spreadsheet, printed to PDF by LibreOffice Calc
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins
wb = Workbook(); ws = wb.active; ws.title = "Tariffe 2026"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws["A1"] = "COMUNE DI LUGNANO IN TEVERINA"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Provincia di Terni - Area Tecnica e Patrimonio"
ws["A4"] = "ALLEGATO A alla deliberazione della Giunta Comunale n. 18 del 04/03/2026"; ws["A4"].font = Font(bold=True)
ws["A5"] = "TARIFFE DEI SERVIZI CIMITERIALI E DELLE CONCESSIONI - ANNO 2026"; ws["A5"].font = Font(bold=True, size=11)
hdr = ["Cod.", "Descrizione servizio / concessione", "U.M.", "Tariffa 2025 (€)", "Tariffa 2026 (€)", "Var. %"]
rows = [
 ("C01", "Concessione loculo 1ª e 4ª fila - 40 anni", "cad.", 2350.00, 2420.00),
 ("C02", "Concessione loculo 2ª e 3ª fila - 40 anni", "cad.", 2780.00, 2860.00),
 ("C03", "Concessione ossarino/cinerario - 40 anni", "cad.", 520.00, 540.00),
 ("C04", "Concessione area per cappella gentilizia - 99 anni", "mq", 610.00, 630.00),
 ("S01", "Inumazione in campo comune", "cad.", 180.00, 185.00),
 ("S02", "Tumulazione in loculo", "cad.", 150.00, 155.00),
 ("S03", "Estumulazione ordinaria", "cad.", 210.00, 215.00),
 ("S04", "Esumazione ordinaria con raccolta resti", "cad.", 240.00, 245.00),
 ("S05", "Traslazione salma all'interno del cimitero", "cad.", 160.00, 165.00),
 ("S06", "Dispersione ceneri nel giardino delle rimembranze", "cad.", 90.00, 95.00),
 ("L01", "Illuminazione votiva - canone annuo", "punto luce", 18.00, 18.50),
 ("L02", "Illuminazione votiva - allaccio nuovo punto luce", "cad.", 25.00, 25.00),
]
r0 = 7
for j, h in enumerate(hdr, 1):
    c = ws.cell(r0, j, h); c.font = Font(bold=True); c.border = B
    c.fill = PatternFill("solid", fgColor="D9D9D9"); c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
for i, r in enumerate(rows, r0+1):
    for j, v in enumerate(r, 1):
        c = ws.cell(i, j, v); c.border = B
        if j in (4, 5): c.number_format = '#,##0.00'
    c = ws.cell(i, 6, f"=ROUND((E{i}-D{i})/D{i}*100,1)"); c.border = B; c.number_format = '0.0'
last = r0 + len(rows)
ws.cell(last+2, 1, "Le tariffe si intendono IVA esclusa ove dovuta. Le concessioni decorrono dalla data di stipula del contratto.").font = Font(italic=True, size=9)
ws.cell(last+4, 4, "Il Responsabile dell'Area Tecnica")
ws.cell(last+5, 4, "arch. Federica Bartolucci")
for col, w in zip("ABCDEF", (7, 52, 11, 15, 15, 8)): ws.column_dimensions[col].width = w
ws.row_dimensions[r0].height = 30
ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0
ws.print_options.gridLines = False
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.8)
ws.oddHeader.center.text = "&A"
ws.oddFooter.center.text = "Pagina &P di &N"
ws.oddFooter.right.text = "&F"
wb.save(sys.argv[1])
