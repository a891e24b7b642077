# openpyxl: Allegato A to a determinazione dirigenziale, printed landscape by LibreOffice Calc with the title rows repeated
import sys, random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins
random.seed(78)
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
ws["A1"] = "COMUNE DI CINISELLO BALSAMO – Settore Politiche Sociali e Abitative – Servizio Casa"; ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "ALLEGATO A alla determinazione dirigenziale n. 402 del 18/03/2026 – Graduatoria contributi per il sostegno alla locazione (Fondo affitti 2026)"; ws["A2"].font = Font(italic=True, size=10)
ws.merge_cells("A1:G1"); ws.merge_cells("A2:G2")
hdr = ["N.", "ID domanda", "P.G. domanda", "ISEE (€)", "Canone annuo (€)", "Punteggio", "Contributo (€)"]
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
for j, h in enumerate(hdr, 1):
    cl = ws.cell(row=4, column=j, value=h); cl.font = Font(bold=True); cl.border = B; cl.fill = PatternFill("solid", fgColor="D9E1F2"); cl.alignment = Alignment(horizontal="center", wrap_text=True)
rows = []
for i in range(40):
    isee = round(random.uniform(3500, 26000), 2); can = round(random.uniform(4800, 9600), 2)
    rows.append((isee, can, round(100 - isee / 400 + can / 400, 1)))
rows.sort(key=lambda r: -r[2])
for i, (isee, can, pt) in enumerate(rows, 1):
    vals = [i, f"FA26-{1000 + i * 7}", f"{30110 + i * 13}/2026", isee, can, pt, min(3000.0, round(can * 0.3, 2))]
    for j, v in enumerate(vals, 1):
        cl = ws.cell(row=4 + i, column=j, value=v); cl.border = B
        if j in (4, 5, 7): cl.number_format = "#,##0.00"
ws.cell(row=46, column=6, value="Totale").font = Font(bold=True)
ws.cell(row=46, column=7, value="=SUM(G5:G44)").number_format = "#,##0.00"
for col, w in zip("ABCDEFG", (6, 14, 16, 14, 18, 12, 16)): ws.column_dimensions[col].width = w
ws.print_title_rows = "1:4"
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.8)
ws.oddHeader.right.text = "&F"; ws.oddFooter.center.text = "Pagina &P di &N"
wb.save(sys.argv[1])
