# Faeto: Allegato A (openpyxl .xlsx, printed by LibreOffice Calc)
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.merge_cells("A1:E1"); ws["A1"] = "COMUNE DI FAETO"
ws.merge_cells("A2:E2"); ws["A2"] = "ALLEGATO A) ALLA DELIBERAZIONE DELLA GIUNTA COMUNALE N. 38 DEL 04.05.2026"
ws.merge_cells("A3:E3"); ws["A3"] = "Piano comunale di manutenzione dei sentieri escursionistici – anno 2026"
ws["A1"].font = Font(bold=True, size=12); ws["A2"].font = Font(bold=True, size=10); ws["A3"].font = Font(italic=True, size=10)
for a in ("A1", "A2", "A3"): ws[a].alignment = Alignment(horizontal="center")
hdr = ["N.", "Sentiero", "Tratto di intervento", "Km", "Importo (euro)"]
ws.append(hdr)
for c in ws[4]: c.font = Font(bold=True); c.border = B; c.alignment = Alignment(horizontal="center")
rows = [(1, "Sentiero dei Faggi (CAI 801)", "Fontana Corvo – Monte Cornacchia", 6.2, 6200.00),
        (2, "Via dei Pellegrini", "Celle di San Vito – Faeto", 4.8, 4300.00),
        (3, "Anello del Bosco Faeto", "Località Piano della Croce", 5.1, 5100.00),
        (4, "Sentiero del Celone", "Ponte Celone – Mulino vecchio", 3.9, 4650.00),
        (5, "Tratturello Faeto–Orsara", "Masseria Laccio – confine comunale", 7.4, 5250.00),
        (6, "Segnaletica e tabellazione", "Intera rete", None, 3000.00)]
for r in rows:
    ws.append(list(r))
for row in ws.iter_rows(min_row=5, max_row=10):
    for c in row: c.border = B
    row[4].number_format = '#,##0.00'; row[3].number_format = '0.0'
ws.append(["", "", "TOTALE", "", "=SUM(E5:E10)"])
for c in ws[11]: c.font = Font(bold=True); c.border = B
ws["E11"].number_format = '#,##0.00'
for col, w in zip("ABCDE", (5, 30, 36, 7, 15)): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = 9
ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.print_options.horizontalCentered = True
wb.save(sys.argv[1])
