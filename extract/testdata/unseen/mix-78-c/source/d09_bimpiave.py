# openpyxl workbook with merged title/header cells -> LibreOffice Calc
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = "Riparto 2026"
th = Side(style="thin"); B = Border(left=th, right=th, top=th, bottom=th)
ws.merge_cells("A1:F1"); ws["A1"] = "CONSORZIO DEI COMUNI DEL BACINO IMBRIFERO MONTANO DEL PIAVE – BELLUNO"
ws.merge_cells("A2:F2"); ws["A2"] = "Allegato A alla deliberazione dell’Assemblea consortile n. 5 del 27/02/2026"
ws.merge_cells("A3:F3"); ws["A3"] = "Riparto dei sovracanoni idroelettrici 2026 tra i Comuni consorziati"
for c in ("A1", "A2", "A3"): ws[c].alignment = Alignment(horizontal="center"); ws[c].font = Font(bold=(c != "A2"), size=12 if c == "A1" else 10)
ws.merge_cells("A5:A6"); ws.merge_cells("B5:B6"); ws.merge_cells("C5:D5"); ws.merge_cells("E5:F5")
ws["A5"] = "N."; ws["B5"] = "Comune"; ws["C5"] = "Parametri"; ws["E5"] = "Importi (€)"
ws["C6"] = "Superficie km²"; ws["D6"] = "Abitanti"; ws["E6"] = "Quota fissa"; ws["F6"] = "Quota variabile"
rows = [("Agordo", 23.7, 4011), ("Alleghe", 29.8, 1197), ("Auronzo di Cadore", 220.4, 3147), ("Borca di Cadore", 26.9, 803), ("Calalzo di Cadore", 43.5, 1939),
        ("Canale d'Agordo", 45.9, 1099), ("Cencenighe Agordino", 18.1, 1298), ("Cortina d'Ampezzo", 254.5, 5720), ("Falcade", 52.9, 1897), ("Feltre", 99.8, 20511),
        ("Livinallongo del Col di Lana", 99.6, 1290), ("Ponte nelle Alpi", 58.3, 8299), ("San Pietro di Cadore", 52.1, 1534), ("San Vito di Cadore", 61.5, 1882),
        ("Santo Stefano di Cadore", 100.5, 2452), ("Val di Zoldo", 137.7, 2946), ("Vigo di Cadore", 69.8, 1329), ("Zoppè di Cadore", 4.4, 215)]
for i, (n, s, a) in enumerate(rows, 1):
    r = 6 + i; ws.cell(r, 1, i); ws.cell(r, 2, n); ws.cell(r, 3, s); ws.cell(r, 4, a); ws.cell(r, 5, 12500); ws.cell(r, 6, round(s * 310 + a * 4.1, 2))
last = 6 + len(rows); T = last + 1
ws.merge_cells(start_row=T, start_column=1, end_row=T, end_column=2); ws.cell(T, 1, "TOTALE")
for col, L in ((3, "C"), (4, "D"), (5, "E"), (6, "F")): ws.cell(T, col, "=SUM(%s7:%s%d)" % (L, L, last))
for row in ws.iter_rows(min_row=5, max_row=T, max_col=6):
    for c in row:
        c.border = B
        if c.row in (5, 6, T): c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="DDDDDD"); c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if c.column in (3,): c.number_format = "#,##0.0"
        if c.column in (5, 6): c.number_format = "#,##0.00"
        if c.column == 4: c.number_format = "#,##0"
for L, w in zip("ABCDEF", (5, 30, 13, 11, 14, 15)): ws.column_dimensions[L].width = w
ws.print_title_rows = "5:6"; ws.oddFooter.center.text = "Pagina &P di &N"; ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = 9
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.save(sys.argv[1])
