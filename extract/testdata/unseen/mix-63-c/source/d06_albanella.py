# Albanella: Allegato B to a Giunta deliberation, a spreadsheet whose header is made of merged cells
# (title block, grouped column headings over two rows), printed to PDF by LibreOffice Calc
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins
wb = Workbook(); ws = wb.active; ws.title = "Tariffe 2026"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
C = Alignment(horizontal="center", vertical="center", wrap_text=True)
def m(rng, val, bold=False, size=10, fill=None, align=C, italic=False):
    ws.merge_cells(rng); c = ws[rng.split(":")[0]]; c.value = val
    c.font = Font(name="Arial", bold=bold, size=size, italic=italic); c.alignment = align
    if fill: c.fill = PatternFill("solid", fgColor=fill)
    for row in ws[rng]:
        for cc in row: cc.border = B
widths = [6, 44, 13, 13, 13, 13, 14]
for i, w in enumerate(widths): ws.column_dimensions["ABCDEFG"[i]].width = w
m("A1:G1", "COMUNE DI ALBANELLA", True, 15); ws.row_dimensions[1].height = 24
m("A2:G2", "Provincia di Salerno – Area Economico-Finanziaria – Servizio Tributi", False, 10)
m("A3:G3", "ALLEGATO B alla deliberazione della Giunta Comunale n. 96 del 09/07/2026", True, 10, "DDDDDD")
m("A4:G4", "CANONE UNICO PATRIMONIALE – TARIFFE PER L'OCCUPAZIONE DI SPAZI E AREE PUBBLICHE IN OCCASIONE DELLA \"SAGRA DEL CARCIOFO\" E DELLE FIERE ESTIVE 2026", True, 11)
ws.row_dimensions[4].height = 32
m("A5:A6", "N.", True, 9, "EEEEEE"); m("B5:B6", "Tipologia di occupazione", True, 9, "EEEEEE")
m("C5:D5", "Zona A – Centro / Borgo San Nicola", True, 9, "EEEEEE"); m("E5:F5", "Zona B – Matinella e frazioni", True, 9, "EEEEEE")
m("G5:G6", "Note", True, 9, "EEEEEE")
for col, t in zip("CDEF", ["€/mq giorno", "€/mq intero periodo", "€/mq giorno", "€/mq intero periodo"]):
    m(f"{col}6:{col}6", t, True, 8, "EEEEEE")
ws.row_dimensions[5].height = 28; ws.row_dimensions[6].height = 26
rows = [
 ("Banchi di vendita di prodotti alimentari", 1.20, 9.60, 0.90, 7.20, ""),
 ("Banchi di vendita di prodotti non alimentari", 1.00, 8.00, 0.75, 6.00, ""),
 ("Somministrazione di alimenti e bevande (stand)", 1.50, 12.00, 1.10, 8.80, "min. 10 mq"),
 ("Produttori agricoli locali", 0.50, 4.00, 0.40, 3.20, "rid. 50%"),
 ("Giostre e attrazioni dello spettacolo viaggiante", 0.60, 4.80, 0.45, 3.60, ""),
 ("Associazioni senza scopo di lucro", 0.00, 0.00, 0.00, 0.00, "esente"),
 ("Occupazioni con veicoli per esposizione", 0.80, 6.40, 0.60, 4.80, ""),
]
r = 7
for i, row in enumerate(rows, 1):
    vals = [i] + list(row)
    for j, v in enumerate(vals):
        c = ws.cell(row=r, column=j + 1, value=v); c.border = B; c.font = Font(name="Arial", size=9)
        if 2 <= j <= 5: c.number_format = '[$-410]#,##0.00'; c.alignment = Alignment(horizontal="right")
        elif j == 0: c.alignment = Alignment(horizontal="center")
    r += 1
r += 1
ws.merge_cells(f"A{r}:G{r}")
ws[f"A{r}"] = "Periodo di riferimento: 25 luglio – 1 agosto 2026 (8 giorni). Tariffe al netto delle maggiorazioni per occupazioni eccedenti i 50 mq."
ws[f"A{r}"].font = Font(name="Arial", size=8, italic=True); ws[f"A{r}"].alignment = Alignment(wrap_text=True)
ws.row_dimensions[r].height = 24
r += 2
ws.merge_cells(f"E{r}:G{r}"); ws[f"E{r}"] = "IL RESPONSABILE DELL'AREA"; ws[f"E{r}"].alignment = C; ws[f"E{r}"].font = Font(name="Arial", size=9)
ws.merge_cells(f"E{r+1}:G{r+1}"); ws[f"E{r+1}"] = "Dott. Carmine Pastore"; ws[f"E{r+1}"].alignment = C; ws[f"E{r+1}"].font = Font(name="Arial", size=9)
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.7, bottom=0.7)
ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddFooter.right.text = "&F"
wb.save(sys.argv[1])
