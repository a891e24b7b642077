# openpyxl: annex tariffs spreadsheet, printed by LibreOffice Calc with a header
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
wb = Workbook(); ws = wb.active; ws.title = "Tariffe"
b = Side(style="thin"); B = Border(left=b, right=b, top=b, bottom=b)
ws["A1"] = "COMUNE DI FONTAINEMORE"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Allegato A alla deliberazione della Giunta comunale n. 21 del 19/03/2026"
ws["A3"] = "Tariffe per l'utilizzo della sala polivalente e delle strutture sportive comunali – anno 2026"; ws["A3"].font = Font(bold=True)
hdr = ["N.", "Struttura", "Utilizzo", "Residenti (€)", "Non residenti (€)"]
for j, h in enumerate(hdr, 1):
    c = ws.cell(5, j, h); c.font = Font(bold=True); c.border = B; c.alignment = Alignment(horizontal="center")
rows = [("Sala polivalente capoluogo", "mezza giornata", 40, 70), ("Sala polivalente capoluogo", "giornata intera", 70, 120),
        ("Sala polivalente capoluogo", "riscaldamento (per giornata)", 25, 25), ("Campo da calcetto Pian Coumarial", "ora", 15, 25),
        ("Campo da calcetto Pian Coumarial", "ora con illuminazione", 22, 35), ("Campo da tennis", "ora", 10, 16),
        ("Area pic-nic Pra de Pioule", "giornata", 20, 40), ("Cauzione sala polivalente", "per evento", 150, 150)]
for i, r in enumerate(rows, 1):
    vals = (i,) + r
    for j, v in enumerate(vals, 1):
        c = ws.cell(5 + i, j, v); c.border = B
        if j >= 4: c.number_format = "#,##0.00"
ws.cell(15, 1, "Le tariffe si intendono IVA compresa. Le associazioni con sede nel Comune sono esentate per le attività senza scopo di lucro.")
for col, w in zip("ABCDE", (5, 36, 30, 15, 18)): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "landscape"; ws.oddHeader.center.text = "Comune di Fontainemore – Allegato A"; ws.oddFooter.right.text = "Pagina &P di &N"
wb.save(sys.argv[1])
