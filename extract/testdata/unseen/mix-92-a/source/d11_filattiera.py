# Comune di Filattiera (MS) - allegato A alla determinazione 44/2026: presenze sedute consiliari (openpyxl -> Calc)
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
ws.merge_cells("A1:F1"); ws["A1"] = "COMUNE DI FILATTIERA – Allegato A alla determinazione n. 44 del 23/03/2026"; ws["A1"].font = Font(bold=True, size=12)
ws.merge_cells("A2:F2"); ws["A2"] = "Gettoni di presenza consiglieri – sedute del I trimestre 2026 (presenza e videoconferenza)"
hdr = ["N.", "Consigliere", "Seduta 29/01/2026", "Seduta 26/02/2026", "Seduta 19/03/2026", "Importo €"]
ws.append([]); ws.append(hdr)
for c in ws[4]: c.font = Font(bold=True)
names = ["BERTOCCHI Giulio", "MUSETTI Carla", "RAFFAELLI Ennio", "BONINI Sara", "CAPPELLI Omar", "GALLI Rosanna", "LUCCHETTI Dino", "MORELLI Ilaria", "PAOLINI Tito", "ROSSI Beatrice"]
mods = ["in presenza", "da remoto", "assente"]
for i, n in enumerate(names):
    row = [i + 1, n] + [mods[(i + k) % 3] for k in range(3)]
    row.append(sum(18.08 for m in row[2:] if m != "assente")); ws.append(row)
ws.append(["", "TOTALE", "", "", "", f"=SUM(F5:F{4+len(names)})"])
thin = Side(style="thin")
for r in ws.iter_rows(min_row=4, max_row=5 + len(names)):
    for c in r: c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
for r in range(5, 6 + len(names)): ws.cell(r, 6).number_format = "#,##0.00"
for col, w in zip("ABCDEF", (5, 24, 17, 17, 17, 12)): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "landscape"; ws.print_title_rows = "4:4"
ws.oddHeader.center.text = "&F"; ws.oddFooter.center.text = "Pagina &P di &N"
wb.save(sys.argv[1])
