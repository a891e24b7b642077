# Comune di Lungro / Bashkia e Ungrës: Allegato A to determinazione n. 88 of 12/05/2026, a spreadsheet
# (openpyxl) printed by LibreOffice Calc: merged title rows, bilingual letterhead row, totals row,
# header/footer set in the sheet's page setup.
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = "Riparto"
thin = Side(style="thin", color="000000"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.merge_cells("A1:F1"); ws["A1"] = "COMUNE DI LUNGRO – BASHKIA E UNGRËS"
ws["A1"].font = Font(name="Carlito", size=14, bold=True); ws["A1"].alignment = Alignment(horizontal="center")
ws.merge_cells("A2:F2"); ws["A2"] = "Provincia di Cosenza – Comune arbëresh – Area Amministrativa, Servizio Cultura e Minoranza linguistica"
ws["A2"].font = Font(name="Carlito", size=9); ws["A2"].alignment = Alignment(horizontal="center")
ws.merge_cells("A4:F4"); ws["A4"] = "ALLEGATO A alla determinazione n. 88 del 12/05/2026"
ws["A4"].font = Font(name="Carlito", size=11, bold=True); ws["A4"].alignment = Alignment(horizontal="center")
ws.merge_cells("A5:F5"); ws["A5"] = "Riparto dei contributi alle associazioni culturali per la tutela della lingua e della cultura arbëreshe (L. 482/1999) – anno 2026"
ws["A5"].font = Font(name="Carlito", size=10, italic=True); ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True)
ws.row_dimensions[5].height = 30
hdr = ["N.", "Associazione", "Iniziativa", "Spesa ammessa (€)", "Punteggio", "Contributo (€)"]
for i, h in enumerate(hdr, 1):
    c = ws.cell(row=7, column=i, value=h); c.font = Font(name="Carlito", bold=True, size=10)
    c.fill = PatternFill("solid", fgColor="D9E1F2"); c.border = B; c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
rows = [
 ("Associazione culturale \"Skanderbeg\"", "Rassegna di canti tradizionali (vjersha)", 6200, 88, 2480),
 ("Pro Loco di Lungro", "Festa della Vallja e costumi tradizionali", 7800, 92, 3120),
 ("Gruppo folk \"Moti i Parë\"", "Laboratori di danza per le scuole", 3900, 75, 1365),
 ("Circolo di studi \"Vorea Ujko\"", "Seminario di lingua arbëreshe", 4500, 81, 1710),
 ("Associazione \"Kamastra\" Lungro", "Pubblicazione del calendario liturgico bizantino", 2600, 70, 840),
 ("Coro parrocchiale \"Shën Nikollit\"", "Concerto di canti liturgici in greco e arbërisht", 3100, 78, 1085),
 ("Associazione giovanile \"Ungra\"", "Festival estivo della musica popolare", 5400, 84, 1890),
]
r = 8
for i, (a, b, sp, pt, co) in enumerate(rows, 1):
    vals = [i, a, b, sp, pt, co]
    for j, v in enumerate(vals, 1):
        c = ws.cell(row=r, column=j, value=v); c.border = B; c.font = Font(name="Carlito", size=10)
        c.alignment = Alignment(vertical="center", wrap_text=True, horizontal="center" if j in (1, 5) else None)
        if j in (4, 6): c.number_format = "#,##0.00"
    r += 1
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
ws.cell(row=r, column=1, value="TOTALE").font = Font(name="Carlito", bold=True)
ws.cell(row=r, column=1).alignment = Alignment(horizontal="right")
for j in range(1, 7): ws.cell(row=r, column=j).border = B
ws.cell(row=r, column=4, value="=SUM(D8:D%d)" % (r - 1)).number_format = "#,##0.00"
ws.cell(row=r, column=6, value="=SUM(F8:F%d)" % (r - 1)).number_format = "#,##0.00"
for j in (4, 6): ws.cell(row=r, column=j).font = Font(name="Carlito", bold=True)
ws.cell(row=r + 2, column=2, value="Lungro, 12/05/2026").font = Font(name="Carlito", size=10)
ws.cell(row=r + 2, column=5, value="Il Responsabile dell'Area Amministrativa").font = Font(name="Carlito", size=10)
ws.cell(row=r + 3, column=5, value="Dott. Pietro Bavasso").font = Font(name="Carlito", size=10)
for col, w in zip("ABCDEF", (5, 34, 42, 15, 11, 15)): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_options.horizontalCentered = True
ws.oddHeader.right.text = "Allegato A – Det. n. 88/2026"; ws.oddHeader.right.size = 8
ws.oddFooter.left.text = "&F"; ws.oddFooter.left.size = 8
ws.oddFooter.right.text = "Pagina &P di &N"; ws.oddFooter.right.size = 8
wb.save(sys.argv[1])
