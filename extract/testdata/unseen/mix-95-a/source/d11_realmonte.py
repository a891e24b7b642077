# Realmonte: Allegato A to Giunta deliberation 36/2026 (tariffs of the services on individual demand), openpyxl .xlsx
# printed by LibreOffice Calc, landscape, merged title cells, header row repeated, file name in the running head.
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = "Tariffe 2026"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.merge_cells("A1:G1"); ws["A1"] = "COMUNE DI REALMONTE"; ws["A1"].font = Font(bold=True, size=14); ws["A1"].alignment = Alignment(horizontal="center")
ws.merge_cells("A2:G2"); ws["A2"] = "Allegato A alla deliberazione della Giunta Comunale n. 36 del 20/03/2026"; ws["A2"].alignment = Alignment(horizontal="center")
ws.merge_cells("A3:G3"); ws["A3"] = "SERVIZI PUBBLICI A DOMANDA INDIVIDUALE – TARIFFE E TASSO DI COPERTURA ANNO 2026"; ws["A3"].font = Font(bold=True); ws["A3"].alignment = Alignment(horizontal="center")
hdr = ["N.", "Servizio", "Unità di misura", "Tariffa 2025 (€)", "Tariffa 2026 (€)", "Costo previsto (€)", "Copertura %"]
ws.append([]); ws.append(hdr)
for c in ws[5]: c.font = Font(bold=True); c.border = B; c.fill = PatternFill("solid", fgColor="DDDDDD"); c.alignment = Alignment(wrap_text=True, horizontal="center")
rows = [("Refezione scolastica", "pasto", 3.0, 3.2, 96500, 0.412), ("Trasporto scolastico", "mese/alunno", 15, 15, 58200, 0.186),
        ("Impianti sportivi – campo di calcetto", "ora", 20, 22, 14300, 0.354), ("Impianti sportivi – palestra", "ora", 12, 12, 9800, 0.27),
        ("Uso sala consiliare per cerimonie", "evento", 150, 180, 2100, 0.514), ("Lampade votive", "utenza/anno", 18, 18, 21400, 0.982),
        ("Asilo nido comunale", "mese", 160, 165, 188000, 0.263), ("Parcheggi Scala dei Turchi (stagione)", "ora", 1.5, 2, 31000, 1.0)]
for i, r in enumerate(rows, 1):
    ws.append([i] + list(r))
    for c in ws[ws.max_row]: c.border = B
    for col in "DEF": ws[f"{col}{ws.max_row}"].number_format = '#,##0.00'
    ws[f"G{ws.max_row}"].number_format = '0.0%'
ws.append(["", "TOTALE", "", "", "", "=SUM(F6:F13)", ""]); ws[f"F{ws.max_row}"].number_format = '#,##0.00'
for c in ws[ws.max_row]: c.font = Font(bold=True); c.border = B
for col, w in zip("ABCDEFG", (5, 42, 16, 14, 14, 16, 12)): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.print_title_rows = "5:5"; ws.oddHeader.center.text = "&F"; ws.oddFooter.right.text = "Pagina &P di &N"
wb.save(sys.argv[1])
