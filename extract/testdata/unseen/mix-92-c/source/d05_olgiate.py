import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
wb = Workbook(); ws = wb.active; ws.title = "Graduatoria"
b = Side(style="thin"); B = Border(b, b, b, b)
ws["A1"] = "COMUNE DI OLGIATE COMASCO"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "GRADUATORIA"; ws["A2"].font = Font(bold=True, size=13)
ws["A3"] = "GRADUATORIA DEFINITIVA PER L'ASSEGNAZIONE DEGLI ORTI URBANI COMUNALI – TRIENNIO 2026-2028"; ws["A3"].font = Font(bold=True)
for r in (1, 2, 3): ws.merge_cells(f"A{r}:F{r}"); ws[f"A{r}"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
ws.row_dimensions[3].height = 34
ws.append([])
ws.append(["Pos.", "Prot. domanda", "Punteggio", None, None, "Esito"])
ws.append([None, None, "Età", "Nucleo", "Totale", None])
ws.merge_cells("A5:A6"); ws.merge_cells("B5:B6"); ws.merge_cells("C5:E5"); ws.merge_cells("F5:F6")
rows = [(3184,10,8),(3090,10,6),(3311,8,7),(3026,9,5),(3402,6,7),(3157,8,4),(3275,5,6),(3339,7,3),(3118,4,5),(3460,3,4)]
for i,(p,a,n) in enumerate(rows,1):
    ws.append([i, f"{p}/2026", a, n, a+n, "Ammesso – assegnatario" if i<=8 else "Ammesso – in attesa"])
for row in ws.iter_rows(min_row=5, max_row=ws.max_row):
    for c in row: c.border = B; c.alignment = Alignment(horizontal="center", vertical="center")
r = ws.max_row + 2
ws[f"A{r}"] = "Approvata con determinazione n. 74 del 13/03/2026. Olgiate Comasco, 13 marzo 2026."
ws[f"A{r+2}"] = "IL RESPONSABILE DEL SETTORE AFFARI GENERALI – Servizio Patrimonio"
ws[f"A{r+3}"] = "Rag. Sonia Bernasconi"
for c, w in zip("ABCDEF", (7, 16, 9, 9, 9, 26)): ws.column_dimensions[c].width = w
ws.page_setup.orientation = "portrait"; ws.page_setup.fitToWidth = 1
ws.oddHeader.center.text = "&F"; ws.oddFooter.center.text = "Pagina &P di &N"
wb.save(sys.argv[1])
