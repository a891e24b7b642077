# Comune di Morgongiori (OR) - Allegato A to a Giunta deliberation: grant plan for local associations,
# openpyxl workbook with merged header cells and section rows, printed by LibreOffice Calc.
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.merge_cells("A1:F1"); ws["A1"] = "COMUNE DI MORGONGIORI – Provincia di Oristano"; ws["A1"].font = Font(name="Carlito", bold=True, size=14)
ws.merge_cells("A2:F2"); ws["A2"] = "Allegato A alla deliberazione della Giunta Comunale n. 15 del 12/03/2026"; ws["A2"].font = Font(name="Carlito", italic=True, size=11)
ws.merge_cells("A3:F3"); ws["A3"] = "PIANO DI RIPARTO DEI CONTRIBUTI ORDINARI ALLE ASSOCIAZIONI – ANNO 2026"; ws["A3"].font = Font(name="Carlito", bold=True, size=12)
for r in (1, 2, 3): ws["A%d" % r].alignment = Alignment(horizontal="center")
ws.merge_cells("A5:A6"); ws.merge_cells("B5:B6"); ws.merge_cells("C5:D5"); ws.merge_cells("E5:E6"); ws.merge_cells("F5:F6")
hdr = {"A5": "N.", "B5": "Associazione", "C5": "Punteggio", "C6": "attività", "D6": "soci", "E5": "Spesa ammessa (€)", "F5": "Contributo (€)"}
for k, v in hdr.items(): ws[k] = v
for row in ws["A5:F6"]:
    for c in row: c.font = Font(name="Carlito", bold=True, size=10); c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True); c.border = B; c.fill = PatternFill("solid", fgColor="D9E1F2")
data = [("Sezione I – Cultura e tradizioni", None),
        (1, "Associazione Culturale \"Su Nuraxi\"", 32, 8, 4800, 2100), (2, "Gruppo Folk Morgongiori", 30, 9, 5200, 2250), (3, "Coro Polifonico \"Santa Maria\"", 24, 6, 2600, 1150),
        ("Sezione II – Sport", None),
        (4, "A.S.D. Polisportiva Morgongiori", 28, 10, 6100, 2400), (5, "A.S.D. Monte Arci Trekking", 18, 5, 1900, 850),
        ("Sezione III – Sociale e volontariato", None),
        (6, "Associazione Anziani \"Sa Domu 'e Totus\"", 20, 7, 2200, 1000), (7, "Pro Loco Morgongiori", 34, 10, 7400, 2750)]
r = 7
for d in data:
    if d[1] is None:
        ws.merge_cells("A%d:F%d" % (r, r)); ws["A%d" % r] = d[0]; ws["A%d" % r].font = Font(name="Carlito", bold=True, italic=True, size=10)
        for c in ws[r]: c.border = B
    else:
        for i, v in enumerate(d): c = ws.cell(r, i + 1, v); c.font = Font(name="Carlito", size=10); c.border = B
        for col in (5, 6): ws.cell(r, col).number_format = "#,##0.00"
    r += 1
ws.merge_cells("A%d:D%d" % (r, r)); ws["A%d" % r] = "TOTALE"; ws["A%d" % r].alignment = Alignment(horizontal="right")
ws["E%d" % r] = "=SUM(E7:E%d)" % (r - 1); ws["F%d" % r] = "=SUM(F7:F%d)" % (r - 1)
for c in ws[r]: c.font = Font(name="Carlito", bold=True, size=10); c.border = B
for col in "EF": ws["%s%d" % (col, r)].number_format = "#,##0.00"
ws["A%d" % (r + 2)] = "Il Responsabile dell'Area Amministrativa – dott. Gianluca Piras"; ws["A%d" % (r + 2)].font = Font(name="Carlito", italic=True, size=10)
for col, w in zip("ABCDEF", (5, 40, 10, 8, 15, 14)): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = 9; ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.print_options.horizontalCentered = True
ws.oddFooter.center.text = "Allegato A – G.C. n. 15/2026 – Pagina &P di &N"
wb.save(sys.argv[1])
