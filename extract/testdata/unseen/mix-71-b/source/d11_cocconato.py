# Comune di Cocconato (AT): Allegato A to a Giunta deliberation, a tariff sheet; openpyxl .xlsx printed by LibreOffice Calc
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = "Tariffe 2026"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.merge_cells("A1:D1"); ws["A1"] = "COMUNE DI COCCONATO"; ws["A1"].font = Font(name="Carlito", bold=True, size=14)
ws.merge_cells("A2:D2"); ws["A2"] = "Provincia di Asti - Ufficio Servizi Cimiteriali"
ws.merge_cells("A3:D3"); ws["A3"] = "ALLEGATO A alla deliberazione della Giunta comunale n. 24 del 16/03/2026"; ws["A3"].font = Font(bold=True)
ws.merge_cells("A4:D4"); ws["A4"] = "TARIFFE DEI SERVIZI CIMITERIALI - ANNO 2026"; ws["A4"].font = Font(bold=True)
for c in "ABCD": ws[c + "1"].alignment = ws[c + "2"].alignment = ws[c + "3"].alignment = ws[c + "4"].alignment = Alignment(horizontal="center")
hdr = ["Cod.", "Servizio", "Tariffa 2025 (€)", "Tariffa 2026 (€)"]
rows = [("C01", "Inumazione in campo comune", 180, 190), ("C02", "Tumulazione in loculo", 220, 230), ("C03", "Tumulazione in cappella privata", 260, 270),
        ("C04", "Estumulazione ordinaria", 200, 210), ("C05", "Esumazione ordinaria", 190, 200), ("C06", "Traslazione salma all'interno del cimitero", 150, 160),
        ("C07", "Concessione loculo 50 anni - fila 1 e 4", 1800, 1850), ("C08", "Concessione loculo 50 anni - fila 2 e 3", 2300, 2380),
        ("C09", "Concessione celletta ossario 50 anni", 450, 470), ("C10", "Illuminazione votiva - canone annuo", 18, 19)]
ws.append([]); ws.append(hdr)
for c in ws[6]: c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="DDDDDD"); c.border = B
for r in rows:
    ws.append(list(r))
    for c in ws[ws.max_row]: c.border = B
    for c in ws[ws.max_row][2:]: c.number_format = "#,##0.00"
ws.append([]); ws.append(["", "Il Responsabile del Servizio - Marco Gai", "", ""])
ws.column_dimensions["A"].width = 7; ws.column_dimensions["B"].width = 44; ws.column_dimensions["C"].width = 17; ws.column_dimensions["D"].width = 17
ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.print_options.horizontalCentered = True
ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddHeader.right.text = "&F"
wb.save(sys.argv[1])
