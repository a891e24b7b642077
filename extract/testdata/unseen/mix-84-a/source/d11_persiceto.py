# openpyxl .xlsx -> LibreOffice Calc: Allegato A to a Giunta deliberation
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Border, Side, Alignment
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
s = Side(style="thin"); B = Border(s, s, s, s)
ws.append(["COMUNE DI SAN GIOVANNI IN PERSICETO"]); ws.append(["Allegato A alla deliberazione della Giunta Comunale n. 44 del 24/03/2026"])
ws.append(["Contributi alle associazioni di volontariato – anno 2026"]); ws.append([])
ws.append(["N.", "Associazione", "Sede", "Progetto", "Importo (€)"])
data = [("Auser Persiceto", "Via Guardia 12", "Trasporto sociale anziani", 4500), ("Pubblica Assistenza Persicetana", "Via Castagnolo 3", "Formazione volontari", 3800),
        ("Banco Alimentare Amici di San Giovanni", "Piazza Garibaldi 1", "Raccolta alimentare", 2600), ("Gruppo Scout Persiceto 1", "Via Modena 40", "Campi estivi", 1200),
        ("Carnevale Storico Persicetano", "Via Matteotti 8", "Laboratori per ragazzi", 5200), ("ANPI Sezione Persiceto", "Corso Italia 71", "Memoria e territorio", 900)]
for i, r in enumerate(data, 1): ws.append([i, *r])
ws.append(["", "TOTALE", "", "", f"=SUM(E6:E{5+len(data)})"])
for row in ws.iter_rows(min_row=5, max_row=6+len(data)):
    for c in row: c.border = B
for c in ws[5]: c.font = Font(bold=True)
ws["A1"].font = Font(bold=True, size=13)
for col, w in zip("ABCDE", (5, 38, 20, 28, 13)): ws.column_dimensions[col].width = w
for r in range(6, 7+len(data)): ws[f"E{r}"].number_format = "#,##0.00"
ws.page_setup.orientation = "landscape"; ws.oddFooter.center.text = "Pagina &P di &N"
wb.save(sys.argv[1])
