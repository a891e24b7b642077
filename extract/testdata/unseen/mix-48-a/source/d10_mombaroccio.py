# Comune di Mombaroccio - annex to a Giunta deliberation: the coverage of the
# services "a domanda individuale", a spreadsheet (xlsx written with openpyxl,
# formulas included) printed to PDF with LibreOffice Calc: gridlines, sheet
# header/footer, landscape.
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins

OUT = sys.argv[1]
wb = Workbook()
ws = wb.active
ws.title = "Servizi a domanda 2026"
thin = Side(style="thin", color="000000")
B = Border(left=thin, right=thin, top=thin, bottom=thin)

ws["A1"] = "COMUNE DI MOMBAROCCIO"
ws["A1"].font = Font(name="Liberation Sans", bold=True, size=14)
ws["A2"] = "Provincia di Pesaro e Urbino"
ws["A2"].font = Font(name="Liberation Sans", size=10)
ws["A4"] = "ALLEGATO A alla deliberazione della Giunta Comunale n. 29 del 12/03/2026"
ws["A4"].font = Font(name="Liberation Sans", bold=True, size=10)
ws["A5"] = "SERVIZI PUBBLICI A DOMANDA INDIVIDUALE – TARIFFE E TASSO DI COPERTURA DEI COSTI – ANNO 2026"
ws["A5"].font = Font(name="Liberation Sans", bold=True, size=11)

hdr = ["N.", "Servizio", "Tariffa unitaria (€)", "Unità", "Utenti previsti", "Entrate previste (€)",
       "Costo personale (€)", "Altri costi (€)", "Costo totale (€)", "% copertura"]
r0 = 7
fill = PatternFill("solid", fgColor="D9E1F2")
for j, h in enumerate(hdr, 1):
    c = ws.cell(row=r0, column=j, value=h)
    c.font = Font(name="Liberation Sans", bold=True, size=9)
    c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    c.border = B
    c.fill = fill
rows = [
    (1, "Mensa scolastica scuola primaria", 4.60, "pasto", 14200, None, 38500, 41200),
    (2, "Trasporto scolastico", 210.00, "anno", 96, None, 31800, 14650),
    (3, "Centro estivo ragazzi", 65.00, "settimana", 240, None, 6200, 13400),
    (4, "Uso palestra comunale (associazioni)", 12.00, "ora", 620, None, 2100, 9800),
    (5, "Sala polivalente Villa Giovanelli", 150.00, "giornata", 22, None, 900, 4100),
    (6, "Illuminazione votiva", 18.00, "lampada", 910, None, 1500, 9300),
]
for i, (n, s, t, u, q, _, cp, ac) in enumerate(rows):
    r = r0 + 1 + i
    vals = [n, s, t, u, q, "=C%d*E%d" % (r, r), cp, ac, "=G%d+H%d" % (r, r), "=F%d/I%d" % (r, r)]
    for j, v in enumerate(vals, 1):
        c = ws.cell(row=r, column=j, value=v)
        c.font = Font(name="Liberation Sans", size=9)
        c.border = B
        if j in (3, 6, 7, 8, 9):
            c.number_format = '#,##0.00'
        if j == 10:
            c.number_format = '0.00%'
rt = r0 + 1 + len(rows)
ws.cell(row=rt, column=2, value="TOTALE")
for j in (6, 7, 8, 9):
    col = "ABCDEFGHIJ"[j - 1]
    ws.cell(row=rt, column=j, value="=SUM(%s%d:%s%d)" % (col, r0 + 1, col, rt - 1)).number_format = '#,##0.00'
ws.cell(row=rt, column=10, value="=F%d/I%d" % (rt, rt)).number_format = '0.00%'
for j in range(1, 11):
    c = ws.cell(row=rt, column=j)
    c.font = Font(name="Liberation Sans", size=9, bold=True)
    c.border = B
ws.cell(row=rt + 2, column=1, value="Tariffe IVA inclusa ove dovuta. Esenzioni e riduzioni ISEE come da regolamento comunale (del. C.C. n. 7/2019).").font = Font(name="Liberation Sans", size=8, italic=True)
ws.cell(row=rt + 3, column=1, value="Il Responsabile dell'Area Finanziaria – Dott.ssa Sara Gostoli").font = Font(name="Liberation Sans", size=9)

widths = [5, 34, 12, 10, 10, 14, 13, 12, 13, 10]
for j, w in enumerate(widths):
    ws.column_dimensions["ABCDEFGHIJ"[j]].width = w
ws.row_dimensions[r0].height = 36
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0
ws.print_options.gridLines = False
ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.8, bottom=0.8)
ws.oddHeader.center.text = "&A"
ws.oddFooter.left.text = "&F"
ws.oddFooter.right.text = "Pagina &P di &N"
wb.save(OUT)
