# Comune di Villorba: Allegato B to a Giunta deliberation, table with merged cells (openpyxl -> LibreOffice Calc)
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = "Allegato B"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.merge_cells("A1:F1"); ws["A1"] = "COMUNE DI VILLORBA – Provincia di Treviso"; ws["A1"].font = Font(name="Carlito", bold=True, size=13)
ws.merge_cells("A2:F2"); ws["A2"] = "ALLEGATO B alla deliberazione della Giunta comunale n. 31 del 05/03/2026"; ws["A2"].font = Font(name="Carlito", italic=True, size=10)
ws.merge_cells("A3:F3"); ws["A3"] = "PIANO DELLE ASFALTATURE 2026 – ELENCO DEGLI INTERVENTI E QUADRO DI SPESA"; ws["A3"].font = Font(name="Carlito", bold=True, size=11)
hdr = ["N.", "Frazione", "Via / tratto", "Lunghezza (m)", "Superficie (m²)", "Importo (€)"]
for j, h in enumerate(hdr, 1):
    c = ws.cell(5, j, h); c.font = Font(name="Carlito", bold=True); c.border = B; c.alignment = Alignment(horizontal="center", wrap_text=True); c.fill = PatternFill("solid", fgColor="D9E1F2")
rows = [("Lancenigo", [("Via Centa", 420, 2520, 37800), ("Via Solferino (tratto nord)", 310, 1860, 27900), ("Via Marconi", 180, 1080, 16200)]),
        ("Fontane", [("Via Trieste", 520, 3640, 54600), ("Via Giovanni XXIII", 260, 1560, 23400)]),
        ("Catena", [("Via Castellana (controstrada)", 390, 2340, 35100), ("Via Roma", 150, 900, 13500)]),
        ("Carità", [("Via Fanti", 275, 1650, 24750), ("Via dei Mille", 205, 1230, 18450)]),
        ("Villorba", [("Piazza Umberto I – parcheggio", 0, 1400, 21000)])]
r = 6; n = 1
for fraz, items in rows:
    ws.merge_cells(start_row=r, start_column=2, end_row=r+len(items)-1, end_column=2)
    ws.cell(r, 2, fraz).alignment = Alignment(vertical="center", horizontal="center")
    for via, l, s, imp in items:
        ws.cell(r, 1, n); ws.cell(r, 3, via); ws.cell(r, 4, l if l else "–"); ws.cell(r, 5, s); ws.cell(r, 6, imp)
        ws.cell(r, 6).number_format = '#,##0.00'; ws.cell(r, 5).number_format = '#,##0'; ws.cell(r, 4).number_format = '#,##0'
        for j in range(1, 7): ws.cell(r, j).border = B; ws.cell(r, j).font = Font(name="Carlito", size=10)
        r += 1; n += 1
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5); ws.cell(r, 1, "TOTALE LAVORI (IVA esclusa)").font = Font(name="Carlito", bold=True)
ws.cell(r, 6, f"=SUM(F6:F{r-1})").number_format = '#,##0.00'; ws.cell(r, 6).font = Font(name="Carlito", bold=True)
for j in range(1, 7): ws.cell(r, j).border = B
ws.cell(r+2, 1, "Il Responsabile dell'Area Tecnica: ing. Nicola Scarpa").font = Font(name="Carlito", size=9)
for col, w in zip("ABCDEF", (5, 14, 34, 13, 14, 14)): ws.column_dimensions[col].width = w
ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = 9; ws.print_options.horizontalCentered = True
ws.oddFooter.center.text = "Pagina &P di &N"
wb.save(sys.argv[1])
