# Delebio: openpyxl spreadsheet printed by LibreOffice Calc (merged header cells)
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
ws.merge_cells("A1:E1"); ws["A1"] = "COMUNE DI DELEBIO - Allegato A alla determinazione n. 71 del 16/03/2026"; ws["A1"].font = Font(bold=True)
ws.merge_cells("A2:E2"); ws["A2"] = "Elenco dei lavori di manutenzione del verde pubblico - anno 2026"
ws.append(["N.", "Area verde", "Intervento", "Periodo", "Importo (euro)"])
data = [("Parco di via Stelvio", "Sfalcio erba", "apr-ott", 3200), ("Giardini scuola primaria", "Potatura siepi", "mar", 900),
 ("Piazza San Carpoforo", "Aiuole fiorite", "apr", 1450), ("Area feste", "Sfalcio erba", "mag-set", 2100), ("Cimitero", "Manutenzione siepi", "ott", 750)]
for i, r in enumerate(data, 1): ws.append([i, *r])
ws.append(["", "", "", "TOTALE", sum(r[3] for r in data)])
for col, w in zip("ABCDE", (5, 28, 22, 10, 14)): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "landscape"; ws.oddHeader.center.text = "&F"
wb.save(sys.argv[1])
