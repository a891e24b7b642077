# Allegato A to Giunta deliberation 21/2026 of Bucine (AR): openpyxl sheet, printed by LibreOffice Calc in build.sh
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = "Tariffe 2026"
b = Side(style="thin"); B = Border(left=b, right=b, top=b, bottom=b)
ws.merge_cells("A1:E1"); ws["A1"] = "COMUNE DI BUCINE – Provincia di Arezzo"; ws["A1"].font = Font(bold=True, size=13)
ws.merge_cells("A2:E2"); ws["A2"] = "Allegato A alla deliberazione di Giunta Comunale n. 21 del 24/03/2026"; ws["A2"].font = Font(italic=True, size=10)
ws.merge_cells("A3:E3"); ws["A3"] = "TARIFFE DEI SERVIZI SCOLASTICI – ANNO SCOLASTICO 2026/2027"; ws["A3"].font = Font(bold=True, size=11)
for c in ("A1", "A2", "A3"): ws[c].alignment = Alignment(horizontal="center")
hd = ["Fascia", "ISEE da (€)", "ISEE a (€)", "Pasto mensa (€)", "Trasporto mensile (€)"]
rows = [("A", 0, 6000, 1.80, 12.00), ("B", 6000.01, 12000, 2.90, 18.00), ("C", 12000.01, 18000, 3.80, 24.00),
        ("D", 18000.01, 26000, 4.60, 30.00), ("E", 26000.01, None, 5.30, 36.00), ("Non residenti", None, None, 5.90, 42.00)]
ws.append([]); ws.append(hd)
for c in ws[5]: c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="DDDDDD"); c.border = B; c.alignment = Alignment(horizontal="center", wrap_text=True)
for r in rows:
    ws.append([r[0], r[1] if r[1] is not None else "—", r[2] if r[2] is not None else "oltre", r[3], r[4]])
for row in ws.iter_rows(min_row=6, max_row=11):
    for c in row:
        c.border = B
        if isinstance(c.value, float) or isinstance(c.value, int): c.number_format = "#,##0.00"
ws.append([]); ws.append(["Riduzione del 30% sulla tariffa del trasporto dal secondo figlio iscritto."])
for col, w in zip("ABCDE", (16, 14, 14, 16, 20)): ws.column_dimensions[col].width = w
ws.oddFooter.center.text = "&F – Pagina &P di &N"; ws.oddHeader.right.text = "&A"
ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = 9
wb.save(sys.argv[1])
