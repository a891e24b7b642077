# Comune di Cogorno (GE): Allegato A to a determinazione of the Area Tecnica, a spreadsheet
# (openpyxl .xlsx: merged title cells, header row repeated on every page, landscape A4, page
# header and footer set in the sheet) printed to PDF by LibreOffice Calc.
import sys, datetime
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins

OUT = sys.argv[1]
wb = Workbook()
ws = wb.active
ws.title = "Allegato A"

thin = Side(style="thin", color="000000")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
grey = PatternFill("solid", fgColor="D9D9D9")

ws.merge_cells("A1:H1"); ws["A1"] = "COMUNE DI COGORNO"
ws["A1"].font = Font(name="Liberation Sans", size=14, bold=True)
ws.merge_cells("A2:H2"); ws["A2"] = "Città metropolitana di Genova – Area Tecnica – Servizio Edilizia Privata"
ws["A2"].font = Font(name="Liberation Sans", size=10)
ws.merge_cells("A3:H3")
ws["A3"] = "ALLEGATO A alla determinazione del Responsabile dell'Area Tecnica n. 73 del 12/05/2026"
ws["A3"].font = Font(name="Liberation Sans", size=10, bold=True)
ws.merge_cells("A4:H4")
ws["A4"] = ("Contributi per il superamento e l'eliminazione delle barriere architettoniche negli edifici privati "
            "(L. 13/1989) – Elenco delle domande ammesse e fabbisogno anno 2026")
ws["A4"].font = Font(name="Liberation Sans", size=10, italic=True)
ws["A4"].alignment = Alignment(wrap_text=True, vertical="top")
ws.row_dimensions[4].height = 30
for r in range(1, 4):
    ws.cell(r, 1).alignment = Alignment(horizontal="center")

heads = ["N.", "Prot. domanda", "Data", "Richiedente (iniziali)", "Località / via", "Tipologia intervento",
         "Spesa ammessa (€)", "Contributo (€)"]
widths = [5, 13, 11, 14, 33, 40, 16, 15]
for i, (h, w) in enumerate(zip(heads, widths), 1):
    c = ws.cell(6, i, h)
    c.font = Font(name="Liberation Sans", size=9, bold=True)
    c.fill = grey; c.border = B
    c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.column_dimensions[c.column_letter].width = w
ws.row_dimensions[6].height = 28

loc = ["Via Aurelia", "Panesi – via della Libertà", "San Salvatore – piazza Innocenzo IV", "Breccanecca",
       "Via Ravino", "Cogorno capoluogo – via San Lorenzo", "Monticelli", "Via Carlo Alberto dalla Chiesa",
       "Panesi – via Ponte Vecchio", "San Salvatore – via Prelà"]
tip = ["Installazione servoscala", "Piattaforma elevatrice esterna", "Adeguamento servizio igienico",
       "Ampliamento porte e rampa di accesso", "Installazione ascensore condominiale",
       "Montascale a poltroncina", "Rampa e corrimano", "Sostituzione vasca con doccia a filo pavimento"]
sp = [7800.0, 24500.0, 6200.0, 4950.0, 38600.0, 6900.0, 3100.0, 5400.0]

def contrib(s):
    # L. 13/1989 art. 9: 100% up to 2.582,28; +25% from 2.582,28 to 12.911,42; +5% up to 51.645,69
    a = min(s, 2582.28)
    b = max(0, min(s, 12911.42) - 2582.28) * 0.25
    c = max(0, min(s, 51645.69) - 12911.42) * 0.05
    return round(a + b + c, 2)

rows = []
for n in range(1, 37):
    s = sp[(n * 5) % len(sp)] + (n % 4) * 350
    rows.append([n, "%d" % (1840 + n * 37), (datetime.date(2026, 1, 7) + datetime.timedelta(days=n * 2 + n % 3)).strftime("%d/%m/%Y"),
                 "%s.%s." % ("BCDFGLMNPRST"[n % 12], "ABCDFGMPRS"[(n * 3) % 10]),
                 loc[n % len(loc)], tip[(n * 3) % len(tip)], s, contrib(s)])
for r, row in enumerate(rows, 7):
    for i, v in enumerate(row, 1):
        c = ws.cell(r, i, v)
        c.font = Font(name="Liberation Sans", size=9)
        c.border = B
        if i >= 7:
            c.number_format = "#,##0.00"
        if i in (1, 2, 3):
            c.alignment = Alignment(horizontal="center")
last = 6 + len(rows)
t = last + 1
ws.merge_cells(start_row=t, start_column=1, end_row=t, end_column=6)
ws.cell(t, 1, "TOTALE FABBISOGNO ANNO 2026").font = Font(name="Liberation Sans", size=9, bold=True)
ws.cell(t, 1).alignment = Alignment(horizontal="right")
for col in (7, 8):
    L = "G" if col == 7 else "H"
    c = ws.cell(t, col, "=SUM(%s7:%s%d)" % (L, L, last))
    c.font = Font(name="Liberation Sans", size=9, bold=True); c.number_format = "#,##0.00"; c.border = B; c.fill = grey
for col in range(1, 7):
    ws.cell(t, col).border = B; ws.cell(t, col).fill = grey

ws.cell(t + 2, 1, "Il Responsabile dell'Area Tecnica – arch. Daniele Cuneo (firmato digitalmente)").font = Font(name="Liberation Sans", size=9, italic=True)

ws.print_title_rows = "6:6"
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.8, header=0.3, footer=0.3)
ws.oddHeader.right.text = "Allegato A – Det. n. 73/2026"
ws.oddHeader.right.size = 8
ws.oddFooter.center.text = "Pagina &P di &N"
ws.oddFooter.center.size = 8
wb.save(OUT)
