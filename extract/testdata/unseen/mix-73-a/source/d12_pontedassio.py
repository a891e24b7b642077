# openpyxl sheet with merged cells, printed by LibreOffice Calc
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
th = Side(style="thin"); B = Border(left=th, right=th, top=th, bottom=th)
ws.merge_cells("A1:E1"); ws["A1"] = "COMUNE DI PONTEDASSIO – Provincia di Imperia"; ws["A1"].font = Font(name="Carlito", bold=True, size=14)
ws.merge_cells("A2:E2"); ws["A2"] = "Allegato A all'ordinanza n. 5/2026 – Calendario delle chiusure stradali per i lavori sulla rete fognaria"; ws["A2"].font = Font(name="Carlito", italic=True, size=11)
hdr = ["Lotto", "Strada", "Tratto", "Dal", "Al"]
for j, v in enumerate(hdr, 1):
    c = ws.cell(4, j, v); c.font = Font(name="Carlito", bold=True); c.border = B; c.alignment = Alignment(horizontal="center")
rows = [("1", "Via Nazionale", "dal civico 2 al civico 40", "02/03/2026", "06/03/2026"),
        ("1", "Via Nazionale", "dal civico 42 al ponte sull'Impero", "09/03/2026", "13/03/2026"),
        ("2", "Via Bestagno", "intero tratto urbano", "16/03/2026", "20/03/2026"),
        ("2", "Via Chiesa", "da piazza Guasco a via Costa", "23/03/2026", "27/03/2026"),
        ("3", "Strada comunale per Bestagno", "km 0+000 – km 0+850", "30/03/2026", "10/04/2026"),
        ("3", "Via Costa", "intero tratto", "13/04/2026", "17/04/2026")]
for i, r in enumerate(rows, 5):
    for j, v in enumerate(r, 1):
        c = ws.cell(i, j, v); c.border = B; c.font = Font(name="Carlito", size=11); c.alignment = Alignment(vertical="center", wrap_text=True)
for a, b in (("A5", "A6"), ("B5", "B6"), ("A7", "A8"), ("A9", "A10")): ws.merge_cells(f"{a}:{b}")
ws.merge_cells("A12:E12"); ws["A12"] = "Il transito è consentito ai residenti e ai mezzi di soccorso compatibilmente con lo stato del cantiere."; ws["A12"].font = Font(name="Carlito", size=10)
ws.merge_cells("C14:E14"); ws["C14"] = "Il Responsabile dell'Area Tecnica – geom. Franco Ardissone"; ws["C14"].font = Font(name="Carlito", size=10)
for col, w in zip("ABCDE", (8, 30, 36, 13, 13)): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9; ws.oddHeader.center.text = "&F"
wb.save(sys.argv[1])
