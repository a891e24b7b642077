# Allegato A (Piano delle alienazioni e valorizzazioni immobiliari 2026-2028) of the
# Comune di Carlantino (FG): openpyxl writes an .xlsx that LibreOffice Calc prints
# (landscape, fit to width, title rows repeated, merged title cells, totals row).
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins

out = sys.argv[1]
wb = Workbook()
ws = wb.active
ws.title = "Piano alienazioni"
thin = Side(style="thin", color="555555")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.merge_cells("A1:H1"); ws["A1"] = "COMUNE DI CARLANTINO (Provincia di Foggia)"
ws.merge_cells("A2:H2"); ws["A2"] = "Allegato A alla deliberazione della Giunta Comunale n. 33 del 22/04/2026"
ws.merge_cells("A3:H3"); ws["A3"] = "PIANO DELLE ALIENAZIONI E VALORIZZAZIONI IMMOBILIARI 2026-2028 (art. 58 D.L. 112/2008)"
ws["A1"].font = Font(name="Liberation Sans", bold=True, size=14)
ws["A2"].font = Font(name="Liberation Sans", italic=True, size=10)
ws["A3"].font = Font(name="Liberation Sans", bold=True, size=11)
for r in (1, 2, 3): ws.cell(r, 1).alignment = Alignment(horizontal="center")
hdr = ["N.", "Descrizione del bene", "Località / indirizzo", "Foglio", "Particella", "Sup. (mq)", "Destinazione", "Valore stimato (€)"]
for i, h in enumerate(hdr, 1):
    c = ws.cell(5, i, h)
    c.font = Font(name="Liberation Sans", bold=True, size=9.5)
    c.fill = PatternFill("solid", fgColor="D9E1F2")
    c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    c.border = B
rows = [
 ("Terreno agricolo seminativo", "Contrada Piano della Croce", 12, "118", 8420, "Alienazione", 16840),
 ("Terreno agricolo seminativo", "Contrada Piano della Croce", 12, "121", 5130, "Alienazione", 10260),
 ("Ex casello idraulico (fabbricato rurale)", "Località Fiume Fortore", 7, "64 sub 1", 96, "Alienazione", 22500),
 ("Reliquato stradale", "Via San Rocco", 20, "402", 74, "Alienazione", 2960),
 ("Reliquato stradale", "Via Vittorio Emanuele III", 20, "517", 38, "Alienazione", 1520),
 ("Locale deposito piano terra", "Via Roma, 12", 20, "233 sub 4", 42, "Alienazione", 18900),
 ("Ex mattatoio comunale", "Via Fontana Vecchia", 19, "88", 310, "Valorizzazione (concessione)", 64000),
 ("Area a verde attrezzato", "Località Lago di Occhito", 9, "211", 2650, "Valorizzazione (concessione)", 38000),
 ("Terreno boschivo", "Contrada Mezzana", 3, "45", 21300, "Valorizzazione (uso civico)", 14900),
 ("Alloggio ex ERP", "Via Giovanni XXIII, 6", 20, "371 sub 2", 78, "Alienazione", 41000),
 ("Alloggio ex ERP", "Via Giovanni XXIII, 6", 20, "371 sub 3", 81, "Alienazione", 42500),
 ("Area edificabile PIP lotto 4", "Zona artigianale Sferracavalli", 15, "302", 1200, "Alienazione", 30000),
 ("Area edificabile PIP lotto 7", "Zona artigianale Sferracavalli", 15, "309", 1180, "Alienazione", 29500),
 ("Ex scuola rurale", "Contrada Santa Maria", 5, "17", 160, "Valorizzazione (concessione)", 55000),
]
r = 6
for i, row in enumerate(rows, 1):
    vals = (i,) + row
    for j, v in enumerate(vals, 1):
        c = ws.cell(r, j, v)
        c.font = Font(name="Liberation Sans", size=9.5)
        c.border = B
        if j == 6: c.number_format = "#,##0"
        if j == 8: c.number_format = "#,##0.00"
        c.alignment = Alignment(horizontal="center" if j in (1, 4, 5) else None, vertical="center")
    r += 1
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
ws.cell(r, 1, "TOTALE VALORE STIMATO").font = Font(name="Liberation Sans", bold=True, size=9.5)
ws.cell(r, 1).alignment = Alignment(horizontal="right")
ws.cell(r, 8, "=SUM(H6:H%d)" % (r - 1)).number_format = "#,##0.00"
ws.cell(r, 8).font = Font(name="Liberation Sans", bold=True, size=9.5)
for j in range(1, 9): ws.cell(r, j).border = B
ws.cell(r + 2, 1, "Il Responsabile dell'Area Tecnica – ing. Michele D'Ambrosio").font = Font(name="Liberation Sans", italic=True, size=9)
for col, w in zip("ABCDEFGH", [5, 36, 30, 8, 11, 10, 28, 17]):
    ws.column_dimensions[col].width = w
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_title_rows = "5:5"
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.8)
ws.oddFooter.center.text = "Pagina &P di &N"
ws.oddHeader.right.text = "&F"
wb.save(out)
