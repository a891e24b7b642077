# openpyxl workbook, printed by LibreOffice Calc (merged title cells, header row repeated)
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
out = sys.argv[1]
wb = Workbook(); ws = wb.active; ws.title = "Tariffe 2026"
ws.merge_cells("A1:E1"); ws["A1"] = "COMUNE DI CERVARA DI ROMA"; ws["A1"].font = Font(bold=True, size=14); ws["A1"].alignment = Alignment(horizontal="center")
ws.merge_cells("A2:E2"); ws["A2"] = "Città metropolitana di Roma Capitale"; ws["A2"].alignment = Alignment(horizontal="center")
ws.merge_cells("A3:E3"); ws["A3"] = "Allegato A alla deliberazione della Giunta Comunale n. 14 del 24/03/2026"; ws["A3"].font = Font(italic=True)
ws.merge_cells("A4:E4"); ws["A4"] = "SERVIZI PUBBLICI A DOMANDA INDIVIDUALE - TARIFFE E COPERTURA DEI COSTI ANNO 2026"; ws["A4"].font = Font(bold=True)
hdr = ["Servizio", "Unità", "Tariffa €", "Costo previsto €", "Copertura %"]
ws.append([]); ws.append(hdr)
rows = [("Mensa scolastica", "pasto", 3.5, 41800, None), ("Trasporto scolastico", "mese", 18, 36500, None), ("Impianti sportivi", "ora", 12, 9200, None),
        ("Uso sala consiliare", "giorno", 60, 1500, None), ("Lampade votive", "anno", 15, 6100, None), ("Museo Kircher", "ingresso", 4, 7800, None)]
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
for i, r in enumerate(rows, 7):
    ws.append([r[0], r[1], r[2], r[3], None]); ws.cell(i, 5).value = "=ROUND(C%d*100/D%d*%d,2)" % (i, i, [9000, 1500, 400, 18, 300, 1200][i - 7])
ws.append(["TOTALE", "", "", "=SUM(D7:D12)", ""])
for row in ws.iter_rows(min_row=6, max_row=13):
    for c in row: c.border = B
for c in ws[6]: c.font = Font(bold=True)
for col, w in zip("ABCDE", (30, 10, 12, 16, 13)): ws.column_dimensions[col].width = w
for r in range(7, 14):
    ws.cell(r, 3).number_format = "#,##0.00"; ws.cell(r, 4).number_format = "#,##0.00"; ws.cell(r, 5).number_format = "0.00"
ws.cell(15, 1).value = "Il Responsabile dell'Area Finanziaria - rag. Stefania Moscatelli"
ws.print_title_rows = "6:6"; ws.page_setup.orientation = "landscape"; ws.oddHeader.center.text = "&F"
wb.save(out)
