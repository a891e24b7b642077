# Comune di Allein (AO): Allegato A to a C.C. deliberation, table of fees; openpyxl .xlsx -> LibreOffice Calc.
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
out = sys.argv[1]
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.merge_cells("A1:E1"); ws["A1"] = "COMUNE DI ALLEIN – COMMUNE D'ALLEIN"; ws["A1"].font = Font(name="Carlito", bold=True, size=14); ws["A1"].alignment = Alignment(horizontal="center")
ws.merge_cells("A2:E2"); ws["A2"] = "Allegato A alla deliberazione del Consiglio comunale n. 6 del 25/03/2026"; ws["A2"].font = Font(name="Carlito", italic=True, size=10); ws["A2"].alignment = Alignment(horizontal="center")
ws.merge_cells("A3:E3"); ws["A3"] = "TARIFFE DEL SERVIZIO IDRICO INTEGRATO – ANNO 2026"; ws["A3"].font = Font(name="Carlito", bold=True, size=12); ws["A3"].alignment = Alignment(horizontal="center")
hdr = ["Tipologia d'uso", "Fascia di consumo", "Da m³", "A m³", "Tariffa €/m³"]
for i, h in enumerate(hdr, 1):
    c = ws.cell(row=5, column=i, value=h); c.font = Font(name="Carlito", bold=True); c.border = B; c.fill = PatternFill("solid", fgColor="DDDDDD"); c.alignment = Alignment(horizontal="center", wrap_text=True)
rows = [("Domestico residente", "Agevolata", 0, 80, 0.42), (None, "Base", 81, 150, 0.78), (None, "Eccedenza", 151, None, 1.36),
        ("Domestico non residente", "Base", 0, 120, 0.95), (None, "Eccedenza", 121, None, 1.52),
        ("Agricolo e zootecnico", "Unica", 0, None, 0.31), ("Artigianale e commerciale", "Base", 0, 200, 0.88), (None, "Eccedenza", 201, None, 1.29),
        ("Pubblico", "Unica", 0, None, 0.55)]
r = 6; start = None
for t, f, a, b, p in rows:
    if t: ws.cell(row=r, column=1, value=t)
    ws.cell(row=r, column=2, value=f); ws.cell(row=r, column=3, value=a); ws.cell(row=r, column=4, value=b if b is not None else "oltre"); ws.cell(row=r, column=5, value=p)
    ws.cell(row=r, column=5).number_format = '#,##0.00'
    for col in range(1, 6):
        ws.cell(row=r, column=col).border = B; ws.cell(row=r, column=col).font = Font(name="Carlito", size=10)
    r += 1
ws.merge_cells("A6:A8"); ws.merge_cells("A9:A10"); ws.merge_cells("A12:A13")
for cell in ("A6", "A9", "A12"): ws[cell].alignment = Alignment(vertical="center", wrap_text=True)
r += 1
ws.cell(row=r, column=1, value="Quota fissa annua per utenza: € 28,00 (domestico residente), € 46,00 (altri usi). Canone depurazione: € 0,35/m³.").font = Font(name="Carlito", size=9)
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
for col, w in zip("ABCDE", (30, 20, 10, 10, 14)): ws.column_dimensions[col].width = w
ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddHeader.right.text = "&F"
ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
wb.save(out)
