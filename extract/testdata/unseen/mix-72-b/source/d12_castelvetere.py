# Allegato A, Castelvetere sul Calore: openpyxl workbook printed by LibreOffice Calc
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Border, Side
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
ws.append(["COMUNE DI CASTELVETERE SUL CALORE – Provincia di Avellino"]); ws.append(["Allegato A alla determinazione dell'Area Tecnica n. 22 del 16/03/2026 – Quadro economico dell'intervento"]); ws.append([])
ws.append(["Voce", "Descrizione", "Importo (euro)"])
rows = [("A.1", "Fornitura e posa in opera della caldaia a condensazione", 4700.0), ("A.2", "Smontaggio e smaltimento della caldaia esistente", 650.0), ("A.3", "Adeguamento della canna fumaria", 550.0), ("B.1", "IVA 22% sui lavori", 1298.0)]
for r in rows: ws.append(list(r))
ws.append(["", "TOTALE", "=SUM(C5:C8)"])
for row in ws.iter_rows(min_row=4, max_row=9):
    for cell in row: cell.border = Border(*(Side("thin"),) * 4)
    row[2].number_format = "#,##0.00"
for cell in ws[4]: cell.font = Font(bold=True)
ws["A1"].font = Font(bold=True, size=13); ws.column_dimensions["A"].width = 8; ws.column_dimensions["B"].width = 60; ws.column_dimensions["C"].width = 16
ws.page_setup.orientation = "landscape"; ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 1
ws.oddHeader.center.text = "Allegato A – Det. Area Tecnica n. 22/2026"
wb.save(sys.argv[1])
