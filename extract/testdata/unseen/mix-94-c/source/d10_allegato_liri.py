# openpyxl: Allegato A to determinazione 47/2026 R.G., printed by LibreOffice Calc
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Border, Side
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
b = Side(style="thin"); B = Border(left=b, right=b, top=b, bottom=b)
ws["A1"] = "UNIONE DEI COMUNI DELLA MEDIA VALLE DEL LIRI"; ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "Allegato A alla determinazione n. 47/2026 R.G. – Elenco delle forniture"; ws["A2"].font = Font(italic=True)
ws.append([]); ws.append(["N.", "Descrizione", "Quantità", "Prezzo unitario (€)", "Importo (€)"])
for c in ws[4]: c.font = Font(bold=True); c.border = B
rows = [("Giubbotto alta visibilità EN ISO 20471", 30, 68.0), ("Casco da soccorso con visiera", 20, 95.0), ("Guanti antitaglio", 40, 14.5),
        ("Torcia frontale ricaricabile", 25, 32.0), ("Motopompa carrellata 1000 l/min", 2, 2150.0), ("Generatore 5 kW", 1, 1980.0),
        ("Radio portatile DMR", 8, 210.0), ("Tenda pneumatica 6x6 m", 1, 1850.0), ("Stivali in gomma antinfortunistici", 30, 38.0)]
for i, (d, q, p) in enumerate(rows, 1):
    ws.append([i, d, q, p, f"=C{i+4}*D{i+4}"])
n = len(rows) + 5
ws.append(["", "TOTALE (IVA esclusa)", "", "", f"=SUM(E5:E{n-1})"]); ws[f"B{n}"].font = Font(bold=True)
for r in ws.iter_rows(min_row=5, max_row=n):
    for c in r: c.border = B
for r in ws.iter_rows(min_row=5, max_row=n, min_col=4, max_col=5):
    for c in r: c.number_format = "#,##0.00"
for col, w in zip("ABCDE", (5, 42, 10, 18, 14)): ws.column_dimensions[col].width = w
ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddHeader.right.text = "&F"
ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.print_title_rows = "4:4"
wb.save(sys.argv[1])
