# San Marco la Catola (FG): openpyxl workbook with merged header cells, printed by LibreOffice Calc.
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
th = Side(style="thin"); B = Border(left=th, right=th, top=th, bottom=th)
ws.merge_cells("A1:G1"); ws["A1"] = "COMUNE DI SAN MARCO LA CATOLA – Provincia di Foggia"
ws.merge_cells("A2:G2"); ws["A2"] = "Allegato A alla deliberazione del Consiglio Comunale n. 6 del 27.03.2026"
ws.merge_cells("A3:G3"); ws["A3"] = "Prospetto delle presenze dei consiglieri alle sedute consiliari – anno 2025 (art. 82 D.Lgs. 267/2000)"
for r in (1, 2, 3): ws.cell(r, 1).font = Font(bold=True, size=11 if r > 1 else 13); ws.cell(r, 1).alignment = Alignment(horizontal="center")
ws.merge_cells("A5:A6"); ws["A5"] = "N."
ws.merge_cells("B5:B6"); ws["B5"] = "Consigliere"
ws.merge_cells("C5:C6"); ws["C5"] = "Gruppo"
ws.merge_cells("D5:F5"); ws["D5"] = "Sedute 2025"
ws["D6"] = "Convocate"; ws["E6"] = "Presenze"; ws["F6"] = "Assenze giustificate"
ws.merge_cells("G5:G6"); ws["G5"] = "Gettone spettante (€)"
rows = [("Venditti Michele", "Sindaco", 9, 9, 0), ("Iammarino Lucia", "San Marco Viva", 9, 8, 1), ("Di Pietro Antonio", "San Marco Viva", 9, 7, 2),
 ("Ciccone Rosa", "San Marco Viva", 9, 9, 0), ("Zullo Franco", "San Marco Viva", 9, 6, 2), ("Mastrangelo Ida", "San Marco Viva", 9, 9, 0),
 ("Petrella Nicola", "San Marco Viva", 9, 8, 0), ("D'Amico Giuseppina", "Uniti per San Marco", 9, 5, 3), ("Colucci Dario", "Uniti per San Marco", 9, 7, 1),
 ("Fratangelo Maria", "Uniti per San Marco", 9, 4, 4), ("Iafelice Pietro", "Uniti per San Marco", 9, 6, 0)]
for i, (n, g, cv, pr, ag) in enumerate(rows, 1):
    r = 6 + i
    ws.cell(r, 1, i); ws.cell(r, 2, n); ws.cell(r, 3, g); ws.cell(r, 4, cv); ws.cell(r, 5, pr); ws.cell(r, 6, ag)
    ws.cell(r, 7, 0 if g == "Sindaco" else pr * 18.08).number_format = "#,##0.00"
t = 7 + len(rows)
ws.merge_cells(start_row=t, start_column=1, end_row=t, end_column=6); ws.cell(t, 1, "TOTALE").font = Font(bold=True)
ws.cell(t, 7, "=SUM(G7:G%d)" % (t - 1)).number_format = "#,##0.00"; ws.cell(t, 7).font = Font(bold=True)
for row in ws.iter_rows(min_row=5, max_row=t, max_col=7):
    for c in row:
        c.border = B
        if c.row <= 6: c.font = Font(bold=True); c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
ws.cell(t + 2, 1, "Il Responsabile del Servizio Finanziario – dott. Leonardo Cocco")
for col, w in zip("ABCDEFG", (5, 26, 22, 11, 11, 13, 14)): ws.column_dimensions[col].width = w
ws.row_dimensions[6].height = 30
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.oddFooter.center.text = "Pagina &P di &N"
wb.save(sys.argv[1])
