# Allegato A (Comune di Tartano, SO): openpyxl .xlsx printed by LibreOffice Calc, landscape, header row repeated
import sys, random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
random.seed(85)
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
ws.merge_cells("A1:F1"); ws["A1"] = "COMUNE DI TARTANO – Provincia di Sondrio"; ws["A1"].font = Font(bold=True, size=13)
ws.merge_cells("A2:F2"); ws["A2"] = "Allegato A alla deliberazione della Giunta comunale n. 17 del 19/03/2026 – Contributi per la manutenzione dei muretti a secco 2026"
ws.append(["N.", "Richiedente (pseudonimo)", "Località", "Metri lineari", "Spesa ammessa (€)", "Contributo (€)"])
for c in ws[3]: c.font = Font(bold=True)
locs = ["Campo Tartano", "Arale", "Barbera", "Somvalle", "Sponda", "Fabbrica"]
thin = Side(style="thin")
for i in range(1, 41):
    m = random.randint(8, 60); s = m * 95.0
    ws.append([i, f"Richiedente R-{1000+i}", random.choice(locs), m, s, round(s * 0.6, 2)])
for row in ws.iter_rows(min_row=3):
    for c in row: c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    row[4].number_format = row[5].number_format = "#,##0.00"
for col, w in zip("ABCDEF", (6, 30, 20, 14, 20, 18)): ws.column_dimensions[col].width = w
ws.print_title_rows = "3:3"; ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9
ws.oddHeader.center.text = "&F"; ws.oddFooter.center.text = "Pagina &P di &N"
wb.save(sys.argv[1])
