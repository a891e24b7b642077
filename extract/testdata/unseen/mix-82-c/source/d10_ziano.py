# Ziano di Fiemme (TN): spreadsheet attachment, openpyxl .xlsx printed by LibreOffice Calc
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Border, Side, Alignment
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws["A1"] = "COMUNE DI ZIANO DI FIEMME – Provincia autonoma di Trento"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Allegato A alla determinazione del Segretario comunale n. 14 del 11/03/2026 (Reg. Gen. 73)"
ws["A3"] = "Prospetto di riparto dei contributi ordinari alle associazioni – anno 2026"; ws["A3"].font = Font(italic=True)
hdr = ["N.", "Associazione", "Settore", "Contributo 2025", "Contributo 2026"]
rows = [("Corpo Vigili del Fuoco Volontari", "Protezione civile", 4500, 4800), ("Banda Sociale di Ziano", "Cultura", 3200, 3300),
 ("U.S. Ziano Calcio", "Sport", 2800, 2900), ("Coro Genzianella", "Cultura", 1500, 1600), ("Circolo Anziani Ziano", "Sociale", 1200, 1250),
 ("Sci Club Fiemme Ziano", "Sport", 2100, 2200), ("Gruppo Alpini Ziano", "Volontariato", 900, 950), ("Schützenkompanie Fleims", "Tradizioni", 700, 700)]
for j, h in enumerate(hdr, 1):
    c = ws.cell(5, j, h); c.font = Font(bold=True); c.border = B; c.alignment = Alignment(horizontal="center")
for i, r in enumerate(rows, 1):
    for j, v in enumerate((i,) + r, 1):
        c = ws.cell(5 + i, j, v); c.border = B
        if j >= 4: c.number_format = '#,##0.00 "€"'
n = 5 + len(rows) + 1
ws.cell(n, 2, "TOTALE").font = Font(bold=True)
for j in (4, 5):
    col = "D" if j == 4 else "E"; c = ws.cell(n, j, f"=SUM({col}6:{col}{n-1})"); c.number_format = '#,##0.00 "€"'; c.font = Font(bold=True); c.border = B
for col, w in zip("ABCDE", (5, 38, 18, 17, 17)): ws.column_dimensions[col].width = w
ws.cell(n + 2, 2, "Il Segretario comunale – dott. Lorenzo Delladio")
ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddHeader.right.text = "&F"
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9
wb.save(sys.argv[1])
