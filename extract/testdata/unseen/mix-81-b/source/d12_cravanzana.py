import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Border, Side, Alignment
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
b = Side(style="thin"); B = Border(left=b, right=b, top=b, bottom=b)
ws.append(["COMUNE DI CRAVANZANA - Provincia di Cuneo"]); ws.append(["Allegato A alla deliberazione della Giunta Comunale n. 16 del 26/03/2026"]); ws.append(["Tariffe dei servizi pubblici a domanda individuale - anno 2026"])
ws.merge_cells("A1:E1"); ws.merge_cells("A2:E2"); ws.merge_cells("A3:E3"); ws["A3"].font = Font(bold=True); ws["A1"].font = Font(bold=True, size=13); ws["A2"].font = Font(italic=True)
ws.append([]); ws.append(["Servizio", "Unità", "Tariffa 2025", "Tariffa 2026", "Copertura %"])
rows = [("Mensa scolastica - pasto", "pasto", 4.6, 4.8, 0.72), ("Trasporto scolastico", "mese", 28, 30, 0.41), ("Uso sala polivalente - residenti", "giornata", 80, 85, 0.55),
        ("Uso sala polivalente - non residenti", "giornata", 150, 160, 0.55), ("Illuminazione votiva", "lampada/anno", 18, 19, 1.0), ("Peso pubblico", "pesata", 3, 3, 0.9)]
for r in rows: ws.append(list(r))
for row in ws.iter_rows(min_row=5, max_row=5 + len(rows)):
    for cl in row: cl.border = B
for cl in ws[5]: cl.font = Font(bold=True); cl.alignment = Alignment(horizontal="center")
for r in range(6, 6 + len(rows)):
    ws.cell(r, 3).number_format = ws.cell(r, 4).number_format = '#,##0.00 [$€-410]'; ws.cell(r, 5).number_format = "0%"
for col, w in zip("ABCDE", [38, 14, 14, 14, 12]): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 1; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.oddFooter.center.text = "Allegato A - G.C. 16/2026"
wb.save(sys.argv[1])
