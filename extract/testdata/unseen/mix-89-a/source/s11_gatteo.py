# Comune di Gatteo (FC): Allegato A to a Giunta deliberation, spreadsheet (openpyxl -> LibreOffice Calc), merged title cells
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
wb = Workbook(); ws = wb.active; ws.title = "Tariffe"
b = Side(style="thin"); B = Border(left=b, right=b, top=b, bottom=b)
ws.merge_cells("A1:D1"); ws["A1"] = "COMUNE DI GATTEO - Provincia di Forlì-Cesena"; ws["A1"].font = Font(bold=True, size=13)
ws.merge_cells("A2:D2"); ws["A2"] = "Allegato A alla deliberazione della Giunta Comunale n. 22 del 26/02/2026"
ws.merge_cells("A3:D3"); ws["A3"] = "TARIFFE PER L'UTILIZZO DEGLI IMPIANTI SPORTIVI COMUNALI - ANNO 2026"; ws["A3"].font = Font(bold=True)
hdr = ["Impianto", "Utenza", "Unità", "Tariffa (€)"]
for i, h in enumerate(hdr): c = ws.cell(5, i+1, h); c.font = Font(bold=True); c.border = B
rows = [("Palestra via Allende", "Società sportive locali", "ora", 12.5), ("Palestra via Allende", "Altri utenti", "ora", 22), ("Campo calcio Sant'Angelo", "Società sportive locali", "ora", 30),
        ("Campo calcio Sant'Angelo", "Altri utenti", "ora", 55), ("Campo calcio Sant'Angelo", "Illuminazione notturna", "ora", 18), ("Bocciodromo", "Associazioni", "giornata", 40),
        ("Bocciodromo", "Privati", "giornata", 75), ("Campi da tennis Gatteo Mare", "Residenti", "ora", 8), ("Campi da tennis Gatteo Mare", "Non residenti", "ora", 14),
        ("Sala polivalente", "Associazioni", "mezza giornata", 35), ("Sala polivalente", "Privati", "mezza giornata", 80)]
for r, row in enumerate(rows, start=6):
    for i, v in enumerate(row):
        c = ws.cell(r, i+1, v); c.border = B
        if i == 3: c.number_format = "#,##0.00"
for col, w in zip("ABCD", (30, 26, 16, 12)): ws.column_dimensions[col].width = w
ws.oddFooter.center.text = "Pagina &P di &N"
wb.save(sys.argv[1])
