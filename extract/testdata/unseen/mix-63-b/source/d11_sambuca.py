# Allegato A of Sambuca Pistoiese (PT): openpyxl workbook with a two-level merged header, printed by
# LibreOffice Calc (build.sh converts it).
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins

wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
grey = PatternFill("solid", fgColor="D9E1F2")
ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)
ws.merge_cells("A1:H1"); ws["A1"] = "COMUNE DI SAMBUCA PISTOIESE"
ws["A1"].font = Font(name="Calibri", size=14, bold=True); ws["A1"].alignment = ctr
ws.merge_cells("A2:H2"); ws["A2"] = "Provincia di Pistoia – Area Tecnica – Servizio Manutenzioni"
ws["A2"].font = Font(name="Calibri", size=10, italic=True); ws["A2"].alignment = ctr
ws.merge_cells("A3:H3")
ws["A3"] = "ALLEGATO A alla determinazione dell'Area Tecnica n. 64 del 16/04/2026 – PROGRAMMA DEGLI INTERVENTI DI MANUTENZIONE DELLA VIABILITÀ VICINALE – ANNO 2026"
ws["A3"].font = Font(name="Calibri", size=11, bold=True); ws["A3"].alignment = ctr
ws.row_dimensions[3].height = 32
# two-level header with merged cells
for rng, txt in [("A5:A6", "N."), ("B5:B6", "Frazione"), ("C5:C6", "Strada vicinale"), ("D5:E5", "Tratto"),
                 ("F5:G5", "Importo (€)"), ("H5:H6", "Priorità")]:
    ws.merge_cells(rng); ws[rng.split(":")[0]] = txt
for cell, txt in [("D6", "da"), ("E6", "a"), ("F6", "Lavori"), ("G6", "IVA 22%")]:
    ws[cell] = txt
for r in (5, 6):
    for col in "ABCDEFGH":
        x = ws[f"{col}{r}"]; x.font = Font(name="Calibri", size=10, bold=True); x.fill = grey; x.alignment = ctr; x.border = B
data = [
 ("Pavana", "Via vicinale del Molino", "SP 632", "loc. Molino", 18400),
 ("Pavana", "Strada vicinale di Castagneto", "cimitero", "Castagneto", 9650),
 ("Taviano", "Via vicinale dei Mandrioli", "piazza", "fonte", 7300),
 ("Treppio", "Strada vicinale della Sambuca", "chiesa", "Rocca", 12880),
 ("Torri", "Via vicinale di Monachino", "ponte", "Monachino", 6120),
 ("Frassignoni", "Strada vicinale dei Faggi", "abitato", "crinale", 10450),
 ("Lagacciolo", "Via vicinale del Lago", "SP 40", "lago", 5200),
 ("Posola", "Strada vicinale della Serra", "borgo", "Serra", 8740),
 ("San Pellegrino al Cassero", "Via vicinale del Cassero", "chiesa", "Cassero", 11300),
 ("Campeda", "Strada vicinale di Campeda", "SP 632", "Campeda", 4980),
]
r = 7
for i, (fr, st, da, a, imp) in enumerate(data, 1):
    vals = [i, fr, st, da, a, imp, None, "ALTA" if imp > 10000 else "MEDIA"]
    for j, v in enumerate(vals):
        x = ws.cell(row=r, column=j + 1, value=v); x.border = B; x.font = Font(name="Calibri", size=10)
    ws.cell(row=r, column=7, value=f"=F{r}*0.22")
    for col in (6, 7): ws.cell(row=r, column=col).number_format = "#,##0.00"
    ws.cell(row=r, column=1).alignment = Alignment(horizontal="center")
    r += 1
ws.merge_cells(f"A{r}:E{r}"); ws[f"A{r}"] = "TOTALE"
ws[f"A{r}"].alignment = Alignment(horizontal="right"); ws[f"A{r}"].font = Font(name="Calibri", size=10, bold=True)
ws[f"F{r}"] = f"=SUM(F7:F{r-1})"; ws[f"G{r}"] = f"=SUM(G7:G{r-1})"
for col in "ABCDEFGH":
    x = ws[f"{col}{r}"]; x.border = B; x.fill = grey
for col in "FG":
    ws[f"{col}{r}"].number_format = "#,##0.00"; ws[f"{col}{r}"].font = Font(name="Calibri", size=10, bold=True)
r += 2
ws[f"A{r}"] = "Il Responsabile dell'Area Tecnica – geom. Lorenzo Biagini"; ws[f"A{r}"].font = Font(name="Calibri", size=10, italic=True)
for col, w in zip("ABCDEFGH", (5, 22, 30, 11, 12, 13, 11, 10)): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.8)
ws.oddFooter.center.text = "Pagina &P di &N"
wb.save(sys.argv[1])
