# Guamaggiore (SU): Allegato A to ordinanza 9/2026 as a spreadsheet (openpyxl -> LibreOffice Calc), merged title cells
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
th = Side(style="thin"); B = Border(left=th, right=th, top=th, bottom=th)
ws.merge_cells("A1:E1"); ws["A1"] = "COMUNE DI GUAMAGGIORE – Provincia del Sud Sardegna"; ws["A1"].font = Font(bold=True, size=13)
ws.merge_cells("A2:E2"); ws["A2"] = "Allegato A all'Ordinanza del Responsabile dell'Area Tecnica n. 9 del 21/04/2026"; ws["A2"].font = Font(italic=True)
ws.merge_cells("A3:E3"); ws["A3"] = "Festa di Santa Severa 2026 – elenco delle strade interessate da divieti di transito e di sosta"; ws["A3"].font = Font(bold=True)
for c in ("A1", "A2", "A3"): ws[c].alignment = Alignment(horizontal="center")
hdr = ["N.", "Strada", "Tratto", "Provvedimento", "Giorni e orari"]
rows = [("Via Roma", "da piazza Chiesa a via Cagliari", "divieto di transito", "16-17/05 ore 17-24"),
        ("Piazza Chiesa", "intera piazza", "divieto di sosta con rimozione", "16-17/05 ore 14-24"),
        ("Via Cagliari", "da via Roma a via Sardegna", "divieto di sosta con rimozione", "17/05 ore 9-13"),
        ("Via Sardegna", "intera via", "senso unico verso via Dante", "16-17/05 ore 17-24"),
        ("Via Dante", "da via Sardegna a SP 8", "percorso alternativo", "16-17/05 ore 17-24"),
        ("Via Eleonora d'Arborea", "da via Roma a via Mazzini", "divieto di transito", "17/05 ore 18-21 (processione)"),
        ("Via Mazzini", "intera via", "divieto di transito", "17/05 ore 18-21 (processione)"),
        ("Piazza Municipio", "parcheggio", "area riservata ai mezzi di soccorso", "16-17/05 intera giornata")]
ws.append([]); ws.append(hdr)
for i, r in enumerate(rows, 1): ws.append([i, *r])
for row in ws.iter_rows(min_row=5, max_row=5 + len(rows)):
    for cell in row:
        cell.border = B; cell.alignment = Alignment(wrap_text=True, vertical="top")
        if cell.row == 5: cell.font = Font(bold=True); cell.fill = PatternFill("solid", fgColor="DDDDDD")
for col, w in zip("ABCDE", (5, 22, 28, 30, 26)): ws.column_dimensions[col].width = w
r = 7 + len(rows); ws.merge_cells(f"A{r}:E{r}"); ws[f"A{r}"] = "Il Responsabile dell'Area Tecnica – ing. Efisio Porcu"; ws[f"A{r}"].alignment = Alignment(horizontal="right")
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.page_setup.fitToWidth = 1; ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0
ws.oddFooter.center.text = "Pagina &P di &N"
wb.save(sys.argv[1])
