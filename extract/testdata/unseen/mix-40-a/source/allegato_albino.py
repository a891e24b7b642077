# Comune di Albino - Allegato A: a spreadsheet (openpyxl .xlsx -> LibreOffice Calc -> PDF), landscape,
# gridlines, repeated title rows, sheet footer
import sys
import random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

out = sys.argv[1]
random.seed(40)
wb = Workbook()
ws = wb.active
ws.title = "Riparto 2026"
thin = Side(style="thin", color="000000")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws["A1"] = "COMUNE DI ALBINO"
ws["A1"].font = Font(name="Calibri", size=14, bold=True)
ws["A2"] = "Provincia di Bergamo - Settore Servizi alla Persona - Ufficio Sport e Tempo Libero"
ws["A2"].font = Font(name="Calibri", size=10, italic=True)
ws["A4"] = "ALLEGATO A alla deliberazione della Giunta Comunale n. 38 del 12/03/2026"
ws["A4"].font = Font(name="Calibri", size=11, bold=True)
ws["A5"] = "RIPARTO DEI CONTRIBUTI ORDINARI ALLE ASSOCIAZIONI SPORTIVE DILETTANTISTICHE - ANNO 2026"
ws["A5"].font = Font(name="Calibri", size=11, bold=True)
hdr = ["N.", "Associazione / Società sportiva", "Codice fiscale", "Disciplina", "Tesserati totali",
       "di cui under 18", "Punteggio", "Contributo (€)"]
ws.append([])
ws.append(hdr)
for i, h in enumerate(hdr, 1):
    cl = ws.cell(row=7, column=i)
    cl.font = Font(name="Calibri", size=10, bold=True)
    cl.fill = PatternFill("solid", fgColor="D9E1F2")
    cl.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    cl.border = B
assoc = [
    ("A.S.D. Albinese Calcio", "Calcio"), ("G.S. Desenzano al Serio", "Calcio a 5"),
    ("Pallavolo Albino A.S.D.", "Pallavolo"), ("Basket Valle Seriana A.S.D.", "Pallacanestro"),
    ("Sci Club Albino", "Sci alpino"), ("A.S.D. Atletica Val Seriana", "Atletica leggera"),
    ("Ciclistica Comenduno A.S.D.", "Ciclismo"), ("Judo Club Albino", "Judo"),
    ("Tennis Club Albino A.S.D.", "Tennis"), ("A.S.D. Nuoto Serio", "Nuoto"),
    ("Gruppo Alpinistico Vallalta", "Arrampicata"), ("A.S.D. Ginnastica Artistica Albino", "Ginnastica"),
    ("Bocciofila Albinese", "Bocce"), ("A.S.D. Orienteering Seriana", "Orienteering"),
    ("Polisportiva Bondo Petello", "Polisportiva"), ("A.S.D. Karate Shotokan Albino", "Karate"),
    ("Hockey Inline Albino", "Hockey in linea"), ("A.S.D. Danza Sportiva Il Serio", "Danza sportiva"),
]
rows = []
for n, (a, disc) in enumerate(assoc, 1):
    tot = random.randint(25, 260)
    u18 = random.randint(int(tot * 0.3), int(tot * 0.8))
    pt = round(tot * 0.4 + u18 * 0.9 + random.randint(5, 30), 1)
    cf = "9%07d016" % random.randint(1000000, 9999999)
    rows.append([n, a, cf, disc, tot, u18, pt])
budget = 62000.00
totpt = sum(r[6] for r in rows)
alloc = [round(budget * r[6] / totpt, 2) for r in rows]
alloc[-1] = round(budget - sum(alloc[:-1]), 2)
for r, a in zip(rows, alloc):
    ws.append(r + [a])
last = ws.max_row
ws.append(["", "TOTALE", "", "", sum(r[4] for r in rows), sum(r[5] for r in rows), round(totpt, 1), budget])
for row in ws.iter_rows(min_row=8, max_row=last + 1, max_col=8):
    for cl in row:
        cl.border = B
        cl.font = Font(name="Calibri", size=10, bold=(cl.row == last + 1))
        if cl.column in (1, 5, 6):
            cl.alignment = Alignment(horizontal="center")
        if cl.column == 7:
            cl.number_format = "[$-410]0.0"
        if cl.column == 8:
            cl.number_format = "[$-410]#,##0.00"
ws.append([])
ws.append(["", "Criteri: punteggio = 0,4 x tesserati + 0,9 x tesserati under 18 + punteggio attività (max 30), "
                "come da art. 6 del Regolamento comunale per la concessione di contributi."])
ws.append(["", "Il Responsabile del Settore Servizi alla Persona - Dott.ssa Cristina Bonomi"])
for col, w in zip("ABCDEFGH", (5, 38, 15, 18, 11, 11, 11, 15)):
    ws.column_dimensions[col].width = w
ws.row_dimensions[7].height = 30
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_title_rows = "7:7"
ws.print_options.gridLines = True
ws.oddFooter.left.text = "&F - &A"
ws.oddFooter.right.text = "Pagina &P di &N"
wb.save(out)
