# openpyxl: spreadsheet attachment printed landscape by LibreOffice Calc, title row repeated
import sys, random
from openpyxl import Workbook
from openpyxl.styles import Font
wb = Workbook(); ws = wb.active; ws.title = "Allegato"
ws.append(["COMUNE DI LAVARONE - Allegato A alla deliberazione della Giunta comunale n. 27 del 17/03/2026 - Piano degli interventi di manutenzione del verde 2026"])
ws["A1"].font = Font(bold=True)
ws.append(["N.", "Località", "Area verde", "Intervento", "Periodo", "Importo (euro)"])
for c in ws[2]: c.font = Font(bold=True)
locs = ["Gionghi", "Chiesa", "Cappella", "Bertoldi", "Masetti", "Slaghenaufi", "Stengheli", "Rocchetti", "Magrè", "Oseli"]
random.seed(96)
for i in range(1, 41):
    ws.append([i, locs[i % 10], f"Area {i:02d}", random.choice(["Sfalcio", "Potatura", "Piantumazione", "Pulizia"]), random.choice(["aprile", "maggio", "giugno", "settembre"]), round(random.uniform(300, 4000), 2)])
for r in ws.iter_rows(min_row=3, min_col=6, max_col=6):
    for c in r: c.number_format = "#,##0.00"
for col, w in zip("ABCDEF", (6, 16, 14, 18, 12, 16)): ws.column_dimensions[col].width = w
ws.print_title_rows = "2:2"; ws.page_setup.orientation = "landscape"; ws.oddHeader.center.text = "&F"
wb.save(sys.argv[1])
