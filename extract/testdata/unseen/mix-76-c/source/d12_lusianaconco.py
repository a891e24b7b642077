# Comune di Lusiana Conco (VI): Allegato A – elenco dei lotti boschivi posti in vendita (openpyxl .xlsx, printed by LibreOffice Calc)
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
b = Side(style="thin"); B = Border(left=b, right=b, top=b, bottom=b)
ws["A1"] = "COMUNE DI LUSIANA CONCO – Provincia di Vicenza"; ws["A1"].font = Font(bold=True, size=13); ws.merge_cells("A1:F1")
ws["A2"] = "Allegato A alla determinazione dell'Area Tecnica n. 71 del 16/03/2026 – Elenco dei lotti boschivi posti in vendita"; ws.merge_cells("A2:F2")
ws["A2"].font = Font(italic=True)
hd = ["Lotto", "Località", "Particella forestale", "Specie prevalente", "Massa stimata (m³)", "Prezzo a base d'asta (€)"]
ws.append([]); ws.append(hd)
rows = [(1, "Bosco di Lusiana", "12/a", "Faggio", 420, 9240), (2, "Monte Corno", "7", "Abete rosso", 610, 21350), (3, "Val Lastaro", "18/b", "Faggio", 295, 6195),
        (4, "Coston", "22", "Abete bianco", 380, 12920), (5, "Tortima", "9/c", "Larice", 150, 6750), (6, "Covoli", "31", "Carpino nero", 210, 3780)]
for r in rows: ws.append(list(r))
ws.append(["", "", "", "Totale", "=SUM(E5:E10)", "=SUM(F5:F10)"])
for row in ws.iter_rows(min_row=4, max_row=11):
    for cell in row:
        cell.border = B
        if cell.row == 4 or cell.row == 11: cell.font = Font(bold=True)
        if cell.column >= 5 and cell.row > 4: cell.number_format = "#,##0" if cell.column == 5 else "#,##0.00"
for col, w in zip("ABCDEF", [7, 20, 12, 16, 14, 18]): ws.column_dimensions[col].width = w
for c in ws[4]: c.alignment = Alignment(wrap_text=True, horizontal="center")
ws.oddHeader.center.text = "&F"; ws.oddFooter.center.text = "Pagina &P di &N"
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
wb.save(sys.argv[1])
