# Comune di Atella - Allegato A (graduatoria provvisoria contributi canone di locazione): openpyxl -> LibreOffice Calc
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.worksheet.page import PageMargins
wb = Workbook(); ws = wb.active; ws.title = "Graduatoria"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.merge_cells("A1:F1"); ws["A1"] = "COMUNE DI ATELLA (PZ) – Area Amministrativa – Servizi Sociali"
ws.merge_cells("A2:F2"); ws["A2"] = "ALLEGATO A alla determinazione n. 112 del 15/05/2026 – Graduatoria provvisoria contributi per il sostegno al canone di locazione – anno 2026"
for c in ("A1", "A2"): ws[c].font = Font(bold=True, size=11); ws[c].alignment = Alignment(horizontal="center", wrap_text=True)
ws.row_dimensions[2].height = 30
hdr = ["Pos.", "Prot. domanda", "Richiedente (iniziali)", "ISEE (€)", "Fascia", "Contributo (€)"]
ws.append([]); ws.append(hdr)
for i, h in enumerate(hdr, 1):
    c = ws.cell(row=4, column=i); c.font = Font(bold=True); c.border = B; c.alignment = Alignment(horizontal="center", wrap_text=True)
import random
random.seed(71)
isee = sorted(round(random.uniform(1800, 15500), 2) for _ in range(46))
for k, v in enumerate(isee, 1):
    fascia = "A" if v <= 7000 else "B"
    row = [k, f"{random.randint(1100, 1990)}/2026", f"{random.choice('ABCDFGLMNPRSTV')}.{random.choice('ABCDFGLMNPRSTV')}.", v, fascia, round(1800 - v / 12, 2) if fascia == "A" else 950.0]
    ws.append(row)
    for i in range(1, 7):
        c = ws.cell(row=4 + k, column=i); c.border = B
        if i in (4, 6): c.number_format = "#,##0.00"
r = 4 + len(isee) + 2
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
ws.cell(row=r, column=1, value="Avverso la graduatoria provvisoria è ammessa opposizione entro 10 giorni dalla pubblicazione all'Albo Pretorio on line.")
for col, w in zip("ABCDEF", (7, 15, 22, 14, 9, 15)): ws.column_dimensions[col].width = w
ws.print_title_rows = "4:4"; ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.8)
ws.oddHeader.center.text = "&F"; ws.oddFooter.center.text = "Pagina &P di &N"
wb.save(sys.argv[1])
