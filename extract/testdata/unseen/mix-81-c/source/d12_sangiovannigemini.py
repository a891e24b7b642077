# San Giovanni Gemini: Allegato A to a determinazione, spreadsheet (openpyxl) printed by LibreOffice Calc
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
ws.merge_cells("A1:E1"); ws["A1"] = "COMUNE DI SAN GIOVANNI GEMINI – Libero Consorzio Comunale di Agrigento"
ws.merge_cells("A2:E2"); ws["A2"] = "ALLEGATO A alla determinazione n. 44/AS del 25/03/2026 (R.G. n. 233) – Elenco dei beneficiari del buono libri A.S. 2025/2026"
for cell in ("A1", "A2"): ws[cell].font = Font(bold=True); ws[cell].alignment = Alignment(horizontal="center", wrap_text=True)
ws.row_dimensions[2].height = 30
hdr = ["N.", "Codice domanda", "Scuola", "Classe", "Importo €"]; ws.append(hdr)
sch = ["I.C. Roncalli", "Liceo Scientifico", "I.T.E.T.", "I.C. Roncalli"]
for i in range(1, 19): ws.append([i, f"BL-2026-{100 + i * 3}", sch[i % 4], f"{i % 5 + 1}ª", 120 + (i % 3) * 40])
n = ws.max_row; ws.append(["", "", "", "Totale", f"=SUM(E4:E{n})"])
thin = Side(style="thin")
for row in ws.iter_rows(min_row=3, max_row=ws.max_row):
    for c in row: c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
for c in ws[3]: c.font = Font(bold=True)
for col, w in zip("ABCDE", (6, 20, 24, 10, 14)): ws.column_dimensions[col].width = w
for r in range(4, ws.max_row + 1): ws[f"E{r}"].number_format = "#,##0.00"
ws.oddFooter.center.text = "Area Servizi Sociali e Pubblica Istruzione – Pagina &P di &N"
wb.save(sys.argv[1])
