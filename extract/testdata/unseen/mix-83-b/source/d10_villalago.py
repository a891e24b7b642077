# openpyxl: annex spreadsheet, printed by LibreOffice Calc (landscape, title rows repeated)
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
ws["A1"] = "COMUNE DI VILLALAGO (AQ)"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Allegato A alla determinazione del Servizio Tecnico n. 21 del 11/02/2026 – Elenco delle concessioni cimiteriali rinnovate"
ws.merge_cells("A1:F1"); ws.merge_cells("A2:F2")
hdr = ["N.", "Loculo / Tomba", "Settore", "Concessionario", "Scadenza", "Canone (€)"]
ws.append([]); ws.append(hdr)
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
for c in ws[4]: c.font = Font(bold=True); c.border = B; c.alignment = Alignment(horizontal="center")
names = ["R. Gatta", "M. Di Cesare", "A. Fusco", "L. Ciccone", "P. Silvestri", "G. Ranalli", "E. Tarantini", "F. Di Loreto", "C. Gentile", "D. Rossetti", "S. Pace", "T. Mancini", "V. Del Monaco", "N. Cipriani", "B. Morelli", "I. Colella"]
for i, n in enumerate(names, 1):
    ws.append([i, f"Loculo {100+i*3}", "Vecchio" if i % 3 else "Nuovo", n, f"31/12/{2055 + i % 4}", 850.0 + (i % 5) * 125])
    for c in ws[4 + i]: c.border = B
    ws.cell(4 + i, 6).number_format = "#,##0.00"
ws.append(["", "", "", "", "Totale", f"=SUM(F5:F{4+len(names)})"]); ws.cell(5 + len(names), 6).number_format = "#,##0.00"
for col, w in zip("ABCDEF", [6, 18, 12, 26, 14, 14]): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "landscape"; ws.print_title_rows = "4:4"
ws.oddHeader.center.text = "&F"; ws.oddFooter.center.text = "Pagina &P di &N"
wb.save(sys.argv[1])
