# Allegato A (tariffs of the cemetery services) of Montefiore dell'Aso: openpyxl .xlsx printed by LibreOffice Calc.
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = "Tariffe 2026"
b = Side(style="thin"); B = Border(left=b, right=b, top=b, bottom=b)
ws["A1"] = "COMUNE DI MONTEFIORE DELL'ASO – Provincia di Ascoli Piceno"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Allegato A alla deliberazione della Giunta comunale n. 24 del 24.03.2026"; ws["A2"].font = Font(italic=True)
ws["A3"] = "TARIFFE DEI SERVIZI CIMITERIALI – ANNO 2026"; ws["A3"].font = Font(bold=True)
for m in ("A1:E1", "A2:E2", "A3:E3"): ws.merge_cells(m)
hdr = ["N.", "Servizio", "Unità", "Tariffa 2025 (€)", "Tariffa 2026 (€)"]
ws.append([]); ws.append(hdr)
for i, h in enumerate(hdr, 1):
    x = ws.cell(5, i); x.font = Font(bold=True); x.fill = PatternFill("solid", fgColor="D9D9D9"); x.border = B; x.alignment = Alignment(horizontal="center", wrap_text=True)
data = [("Inumazione in campo comune", "cad.", 180, 190), ("Tumulazione in loculo", "cad.", 220, 230), ("Tumulazione in tomba di famiglia", "cad.", 260, 270),
        ("Estumulazione ordinaria", "cad.", 240, 250), ("Esumazione ordinaria", "cad.", 200, 210), ("Traslazione salma all'interno del cimitero", "cad.", 150, 160),
        ("Concessione loculo 40 anni – I e IV fila", "cad.", 1800, 1850), ("Concessione loculo 40 anni – II e III fila", "cad.", 2300, 2350),
        ("Concessione ossarino 40 anni", "cad.", 450, 470), ("Illuminazione votiva – canone annuo", "punto luce", 18, 20)]
for n, (s, u, a, b2) in enumerate(data, 1):
    ws.append([n, s, u, a, b2]); r = ws.max_row
    for i in range(1, 6):
        ws.cell(r, i).border = B
    ws.cell(r, 4).number_format = ws.cell(r, 5).number_format = "#,##0.00"
ws.append([]); ws.append(["", "Il Responsabile dell'Area Tecnica – arch. Michela Vitali"])
for col, w in zip("ABCDE", (5, 48, 11, 15, 15)): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = 9; ws.print_title_rows = "5:5"
ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.oddFooter.center.text = "Pagina &P di &N"
wb.save(sys.argv[1])
