# openpyxl: graduatoria provvisoria, merged header cells (Punteggio over three columns), landscape; LibreOffice Calc prints it
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = "Graduatoria"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
C = Alignment(horizontal="center", vertical="center", wrap_text=True)
for col, w in zip("ABCDEFGH", (6, 13, 13, 13, 12, 12, 12, 22)): ws.column_dimensions[col].width = w
def title(r, text, size=11, bold=True):
    ws.merge_cells(f"A{r}:H{r}"); c = ws[f"A{r}"]; c.value = text; c.font = Font(name="Liberation Sans", size=size, bold=bold); c.alignment = Alignment(horizontal="center")
title(1, "COMUNE DI PALAZZO ADRIANO", 15)
title(2, "Città Metropolitana di Palermo", 10, False)
title(3, "AREA I – AFFARI GENERALI E SERVIZI SOCIALI", 10)
title(5, "GRADUATORIA PROVVISORIA", 13)
title(6, "Servizio civico comunale – anno 2026", 11)
title(7, "(approvata con determinazione n. 21 del 15/04/2026 – avviso pubblico prot. n. 2204 del 10/03/2026)", 9, False)
ws.merge_cells("A9:A10"); ws.merge_cells("B9:B10"); ws.merge_cells("C9:C10"); ws.merge_cells("D9:D10")
ws.merge_cells("E9:G9"); ws.merge_cells("H9:H10")
hdr = {"A9": "N.", "B9": "Prot. istanza", "C9": "Data istanza", "D9": "Valore ISEE (€)", "E9": "Punteggio", "E10": "ISEE", "F10": "Nucleo", "G10": "Totale", "H9": "Esito"}
fill = PatternFill("solid", fgColor="DDDDDD")
for r in (9, 10):
    for col in "ABCDEFGH":
        c = ws[f"{col}{r}"]; c.border = B; c.fill = fill; c.alignment = C; c.font = Font(name="Liberation Sans", bold=True, size=10)
for k, v in hdr.items(): ws[k] = v
rows = [(2291, "12/03/2026", 1850.40, 30, 8), (2355, "16/03/2026", 2410.00, 30, 6), (2240, "11/03/2026", 3120.75, 25, 8),
        (2412, "18/03/2026", 0.00, 30, 2), (2388, "17/03/2026", 4980.10, 20, 10), (2301, "13/03/2026", 5230.00, 20, 6),
        (2467, "20/03/2026", 6102.33, 15, 8), (2274, "12/03/2026", 7450.00, 15, 4), (2519, "23/03/2026", 8890.90, 10, 6),
        (2533, "24/03/2026", 9875.00, 10, 2), (2498, "21/03/2026", 11240.00, 0, 4)]
rows = sorted(rows, key=lambda r: -(r[3] + r[4]))
for i, (prot, dt, isee, pi, pn) in enumerate(rows, 1):
    r = 10 + i
    vals = [i, prot, dt, isee, pi, pn, None, "Ammesso" if i <= 8 else "Ammesso – in riserva"]
    for col, v in zip("ABCDEFGH", vals):
        c = ws[f"{col}{r}"]; c.value = v; c.border = B; c.alignment = Alignment(horizontal="center"); c.font = Font(name="Liberation Sans", size=10)
    ws[f"G{r}"] = f"=E{r}+F{r}"; ws[f"D{r}"].number_format = "#,##0.00"
end = 10 + len(rows) + 2
ws.merge_cells(f"A{end}:H{end}")
ws[f"A{end}"] = "Avverso la presente graduatoria è ammessa opposizione entro 10 giorni dalla pubblicazione all'Albo Pretorio on line."
ws[f"A{end}"].font = Font(name="Liberation Sans", size=9, italic=True)
ws[f"A{end+2}"] = "Palazzo Adriano, 15/04/2026"; ws[f"A{end+2}"].font = Font(name="Liberation Sans", size=10)
ws.merge_cells(f"E{end+2}:H{end+2}"); ws[f"E{end+2}"] = "Il Responsabile dell'Area I"; ws[f"E{end+2}"].alignment = Alignment(horizontal="center")
ws.merge_cells(f"E{end+3}:H{end+3}"); ws[f"E{end+3}"] = "dott. Calogero Schirò"; ws[f"E{end+3}"].alignment = Alignment(horizontal="center")
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddHeader.right.text = "&F"
wb.save(sys.argv[1])
