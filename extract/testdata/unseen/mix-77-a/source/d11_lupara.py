# Lupara: openpyxl sheet (Allegato A: invoices liquidated) printed by LibreOffice Calc
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Border, Side, Alignment
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
s = Side(style="thin"); B = Border(left=s, right=s, top=s, bottom=s)
ws.merge_cells("A1:F1"); ws["A1"] = "COMUNE DI LUPARA (CB)"; ws["A1"].font = Font(bold=True, size=14); ws["A1"].alignment = Alignment(horizontal="center")
ws.merge_cells("A2:F2"); ws["A2"] = "Allegato A alla determinazione del Responsabile del Settore Tecnico R.G. n. 41 del 18/03/2026 – Elenco fatture liquidate"; ws["A2"].alignment = Alignment(horizontal="center")
hdr = ["N.", "Fornitore", "Fattura n.", "Data", "CIG", "Importo €"]
rows = [(1, "Edil Fortore S.r.l.", "14/E", "12/01/2026", "Z1A3E77C40", 2318.00), (2, "Idrotermica Molisana S.n.c.", "5/PA", "20/01/2026", "Z5B3E81D02", 1464.00),
        (3, "Ferramenta Di Iorio", "FE/22", "03/02/2026", "Z2C3EA0F19", 387.96), (4, "Elettro Sannio S.r.l.", "41", "16/02/2026", "Z0F3EB1A77", 915.00),
        (5, "Vivai Biferno", "2026/9", "27/02/2026", "Z8D3EC2B05", 549.00)]
for j, h in enumerate(hdr, 1): c = ws.cell(4, j, h); c.font = Font(bold=True); c.border = B
for i, r in enumerate(rows, 5):
    for j, v in enumerate(r, 1):
        c = ws.cell(i, j, v); c.border = B
        if j == 6: c.number_format = "#,##0.00"
t = 5 + len(rows); ws.cell(t, 5, "TOTALE").font = Font(bold=True); ws.cell(t, 6, f"=SUM(F5:F{t-1})").number_format = "#,##0.00"
for col, w in zip("ABCDEF", (5, 30, 11, 12, 14, 13)): ws.column_dimensions[col].width = w
ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddHeader.right.text = "&F"
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9
wb.save(sys.argv[1])
