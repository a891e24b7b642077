# openpyxl sheet, printed by LibreOffice Calc: Allegato A, TARI 2026 tariffs
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = "Tariffe TARI 2026"
b = Border(*(Side(style="thin"),) * 4)
ws["A1"] = "COMUNE DI ROCCAVIVARA (CB) – UFFICIO TRIBUTI"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Allegato A alla deliberazione del Consiglio Comunale n. 7 del 28/04/2026 – Tariffe TARI anno 2026"; ws["A2"].font = Font(bold=True)
ws.merge_cells("A1:E1"); ws.merge_cells("A2:E2"); ws["A2"].alignment = Alignment(wrap_text=True, vertical="top"); ws.row_dimensions[2].height = 30
ws.append([]); ws.append(["UTENZE DOMESTICHE"]); ws.merge_cells("A4:E4"); ws["A4"].fill = PatternFill("solid", fgColor="DDDDDD"); ws["A4"].font = Font(bold=True)
ws.append(["Componenti", "Ka", "Kb", "Quota fissa €/mq", "Quota variabile €"])
for r in [(1, .81, .6, .412, 48.21), (2, .94, 1.4, .478, 112.49), (3, 1.02, 1.8, .519, 144.63), (4, 1.09, 2.2, .554, 176.77), (5, 1.10, 2.9, .560, 233.02), ("6 o più", 1.06, 3.4, .539, 273.19)]: ws.append(list(r))
ws.append([None]); ws.append(["UTENZE NON DOMESTICHE"]); n = ws.max_row; ws.merge_cells(f"A{n}:E{n}"); ws[f"A{n}"].fill = PatternFill("solid", fgColor="DDDDDD"); ws[f"A{n}"].font = Font(bold=True)
ws.append(["Categoria", "Kc", "Kd", "Quota fissa €/mq", "Quota variabile €/mq"])
for r in [("1 Musei, biblioteche, scuole, luoghi di culto", .32, 2.6, .281, .512), ("3 Autorimesse e magazzini", .51, 4.2, .448, .827), ("8 Uffici, agenzie", .90, 7.89, .791, 1.553),
          ("16 Ristoranti, pizzerie", 3.25, 29.93, 2.857, 5.891), ("17 Bar, caffè, pasticceria", 2.45, 22.4, 2.154, 4.409), ("18 Generi alimentari", 1.49, 13.72, 1.310, 2.700)]: ws.append(list(r))
for row in ws.iter_rows(min_row=4):
    for c in row:
        if c.value is not None: c.border = b
        if isinstance(c.value, float): c.number_format = "#,##0.000" if c.column >= 4 else "0.00"
ws.append([]); ws.append(["Il Responsabile del Servizio Tributi – Rag. Nicola Di Lena"])
ws.column_dimensions["A"].width = 44
for col in "BCDE": ws.column_dimensions[col].width = 18
ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddHeader.right.text = "&F"
ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = 9; ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
wb.save(sys.argv[1])
