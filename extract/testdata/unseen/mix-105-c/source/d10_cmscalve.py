# Allegato A of the Comunità Montana di Scalve: openpyxl workbook with merged title and
# group-header cells, printed landscape by LibreOffice Calc (build.sh).
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
C = Alignment(horizontal="center", vertical="center", wrap_text=True)
ws.merge_cells("A1:H1"); ws["A1"] = "COMUNITÀ MONTANA DI SCALVE"; ws["A1"].font = Font(name="Carlito", bold=True, size=15); ws["A1"].alignment = C
ws.merge_cells("A2:H2"); ws["A2"] = "Servizio associato Agricoltura e Foreste – Allegato A alla determinazione Reg. Gen. n. 64 del 26/03/2026"; ws["A2"].font = Font(name="Carlito", italic=True, size=10); ws["A2"].alignment = C
ws.merge_cells("A3:H3"); ws["A3"] = "GRADUATORIA DELLE DOMANDE DI CONTRIBUTO PER LA MANUTENZIONE DEI PRATI E PASCOLI DI MONTE – ANNO 2026"; ws["A3"].font = Font(name="Carlito", bold=True, size=11); ws["A3"].alignment = C
hdr = ["N.", "Richiedente (codice)", "Comune", "Superficie", None, "Punteggio", "Contributo", None]
sub = [None, None, None, "ha prato", "ha pascolo", None, "ammesso €", "liquidabile €"]
for i, v in enumerate(hdr): ws.cell(5, i + 1, v)
for i, v in enumerate(sub): ws.cell(6, i + 1, v)
for rng in ("A5:A6", "B5:B6", "C5:C6", "D5:E5", "F5:F6", "G5:H5"): ws.merge_cells(rng)
ws["G5"] = "Contributo"
rows = [("AZ-0142", "Vilminore di Scalve", 4.20, 12.50, 88), ("AZ-0097", "Schilpario", 3.10, 18.00, 85),
        ("AZ-0215", "Azzone", 2.75, 9.40, 79), ("AZ-0031", "Colere", 5.60, 0.00, 76),
        ("AZ-0188", "Vilminore di Scalve", 1.90, 7.20, 71), ("AZ-0204", "Schilpario", 2.30, 4.10, 66),
        ("AZ-0076", "Azzone", 0.95, 11.30, 63), ("AZ-0119", "Colere", 3.40, 2.60, 58),
        ("AZ-0163", "Schilpario", 1.20, 3.80, 52), ("AZ-0250", "Vilminore di Scalve", 0.80, 0.00, 41)]
r = 7
for n, (cod, com, pr, pa, pt) in enumerate(rows, 1):
    amm = round(pr * 220 + pa * 95, 2); liq = amm if n <= 8 else 0
    for j, v in enumerate([n, cod, com, pr, pa, pt, amm, liq]): ws.cell(r, j + 1, v)
    r += 1
ws.merge_cells(f"A{r}:F{r}"); ws.cell(r, 1, "TOTALE"); ws.cell(r, 7, f"=SUM(G7:G{r-1})"); ws.cell(r, 8, f"=SUM(H7:H{r-1})")
for row in ws.iter_rows(min_row=5, max_row=r, max_col=8):
    for c in row:
        c.border = B; c.font = Font(name="Carlito", size=10, bold=c.row in (5, 6, r))
        if c.row in (5, 6): c.alignment = C; c.fill = PatternFill("solid", fgColor="D9E1F2")
for col in "DE": 
    for k in range(7, r + 1): ws[f"{col}{k}"].number_format = "#,##0.00"
for col in "GH":
    for k in range(7, r + 1): ws[f"{col}{k}"].number_format = "#,##0.00"
ws.merge_cells(f"A{r+2}:H{r+2}")
ws.cell(r + 2, 1, "Le domande n. 9 e 10 sono ammesse ma non finanziabili per esaurimento delle risorse disponibili (€ 11.600,00).").font = Font(name="Carlito", italic=True, size=9)
ws.cell(r + 4, 6, "Il Responsabile del Servizio associato").font = Font(name="Carlito", size=10)
ws.cell(r + 5, 6, "dott. for. Giovanni Bonicelli").font = Font(name="Carlito", size=10)
for col, w in zip("ABCDEFGH", (5, 20, 22, 11, 11, 11, 14, 14)): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.oddHeader.right.text = "&F"; ws.oddFooter.center.text = "Pagina &P di &N"
wb.save(sys.argv[1])
