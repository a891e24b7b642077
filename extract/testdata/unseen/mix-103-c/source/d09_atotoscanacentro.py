# ATO Toscana Centro - Allegato A (tariff coefficients table): openpyxl .xlsx with merged header cells,
# printed landscape by LibreOffice Calc with the title rows repeated on every page.
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
b = Side(style="thin"); B = Border(left=b, right=b, top=b, bottom=b)
ws.merge_cells("A1:H1"); ws["A1"] = "Autorità ATO Toscana Centro"; ws["A1"].font = Font(bold=True, size=14)
ws.merge_cells("A2:H2"); ws["A2"] = "ALLEGATO A alla deliberazione dell'Assemblea n. 6 del 20/03/2026 – Piano Economico Finanziario 2026: ripartizione dei costi per Comune"; ws["A2"].font = Font(italic=True, size=10)
ws.merge_cells("A3:A4"); ws["A3"] = "Comune"
ws.merge_cells("B3:B4"); ws["B3"] = "Prov."
ws.merge_cells("C3:E3"); ws["C3"] = "Costi fissi (euro)"
ws.merge_cells("F3:G3"); ws["F3"] = "Costi variabili (euro)"
ws.merge_cells("H3:H4"); ws["H3"] = "Totale PEF 2026 (euro)"
for col, t in zip("CDEFG", ["CSL", "CARC", "CGG", "CRT", "CTS"]): ws[col + "4"] = t
for row in ws["A3:H4"]:
    for cl in row:
        cl.font = Font(bold=True); cl.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True); cl.border = B
        cl.fill = PatternFill("solid", fgColor="D9E2F3")
com = [("Agliana", "PT"), ("Bagno a Ripoli", "FI"), ("Barberino di Mugello", "FI"), ("Borgo San Lorenzo", "FI"), ("Calenzano", "FI"),
       ("Campi Bisenzio", "FI"), ("Cantagallo", "PO"), ("Carmignano", "PO"), ("Dicomano", "FI"), ("Fiesole", "FI"), ("Firenzuola", "FI"),
       ("Lastra a Signa", "FI"), ("Marliana", "PT"), ("Montale", "PT"), ("Montemurlo", "PO"), ("Pelago", "FI"), ("Pistoia", "PT"),
       ("Poggio a Caiano", "PO"), ("Pontassieve", "FI"), ("Quarrata", "PT"), ("Rufina", "FI"), ("Scandicci", "FI"), ("Sesto Fiorentino", "FI"),
       ("Signa", "FI"), ("Vaglia", "FI"), ("Vaiano", "PO"), ("Vernio", "PO"), ("Vicchio", "FI")]
import random; random.seed(103)
r = 5
for n, pv in com:
    v = [round(random.uniform(20000, 900000), 2) for _ in range(5)]
    ws.append([n, pv] + v + [None]); ws.cell(r, 8).value = "=SUM(C%d:G%d)" % (r, r)
    for k in range(1, 9):
        ws.cell(r, k).border = B
        if k > 2: ws.cell(r, k).number_format = "#,##0.00"
    r += 1
ws.cell(r, 1).value = "TOTALE"; ws.cell(r, 1).font = Font(bold=True)
for k, col in enumerate("CDEFGH", 3):
    ws.cell(r, k).value = "=SUM(%s5:%s%d)" % (col, col, r - 1); ws.cell(r, k).number_format = "#,##0.00"; ws.cell(r, k).font = Font(bold=True); ws.cell(r, k).border = B
ws.column_dimensions["A"].width = 24; ws.column_dimensions["B"].width = 6
for col in "CDEFGH": ws.column_dimensions[col].width = 16
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.print_title_rows = "1:4"
ws.oddFooter.center.text = "Pagina &P di &N"
wb.save(sys.argv[1])
