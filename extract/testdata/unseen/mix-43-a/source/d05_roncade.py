# Annex: a spreadsheet (openpyxl .xlsx) printed to PDF by LibreOffice Calc,
# with gridlines, a repeated title row, a Calc page header/footer.
import random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins
random.seed(4312)
wb = Workbook(); ws = wb.active; ws.title = "Graduatoria"
ws["A1"] = "COMUNE DI RONCADE - Provincia di Treviso"
ws["A2"] = "Area Servizi alla Persona - Servizio Sociale"
ws["A3"] = "ALLEGATO A alla determinazione n. 214 del 08/04/2026"
ws["A4"] = "Fondo regionale per il sostegno alle locazioni - Bando 2025 - Graduatoria definitiva delle domande ammesse"
for r, sz in ((1, 13), (2, 10), (3, 10), (4, 10)):
    ws.cell(r, 1).font = Font(name="Liberation Sans", bold=(r != 2), size=sz)
hdr = ["Pos.", "Prot. domanda", "Data prot.", "ISEE (euro)", "Canone annuo (euro)", "Incidenza canone/ISEE %", "Nucleo (n. comp.)", "Punteggio", "Contributo (euro)"]
ws.append([]); ws.append(hdr)
thin = Side(style="thin", color="000000")
for ci in range(1, len(hdr) + 1):
    c = ws.cell(6, ci); c.font = Font(name="Liberation Sans", bold=True, size=9)
    c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    c.fill = PatternFill("solid", fgColor="D9D9D9"); c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
rows = []
for i in range(38):
    isee = round(random.uniform(2800, 19800), 2)
    canone = round(random.choice([380, 420, 450, 480, 520, 550, 600, 650]) * 12, 2)
    comp = random.randint(1, 6)
    inc = canone / isee * 100
    punti = round(min(inc, 100) * 0.4 + comp * 3 + (10 if isee < 6000 else 0), 2)
    rows.append([None, 9800 + random.randint(0, 2400), "%02d/%02d/2025" % (random.randint(3, 28), random.choice([10, 11])), isee, canone, round(inc, 2), comp, punti])
rows.sort(key=lambda r: -r[7])
total = 48600.00
sump = sum(r[7] for r in rows)
for i, r in enumerate(rows, 1):
    r[0] = i
    r.append(round(min(total * r[7] / sump, r[4] * 0.5), 2))
    ws.append(r)
last = 6 + len(rows)
ws.append([]); ws.append(["", "", "", "", "", "", "", "TOTALE", "=SUM(I7:I%d)" % last])
for row in ws.iter_rows(min_row=7, max_row=last):
    for c in row:
        c.font = Font(name="Liberation Sans", size=9); c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
for col, fmt in (("D", "#,##0.00"), ("E", "#,##0.00"), ("F", "0.00"), ("H", "0.00"), ("I", "#,##0.00")):
    for r in range(7, last + 3): ws["%s%d" % (col, r)].number_format = fmt
ws["H%d" % (last + 2)].font = Font(name="Liberation Sans", bold=True, size=9)
ws["I%d" % (last + 2)].font = Font(name="Liberation Sans", bold=True, size=9)
for col, w in zip("ABCDEFGHI", (6, 12, 11, 12, 13, 13, 10, 10, 13)): ws.column_dimensions[col].width = w
ws.row_dimensions[6].height = 36
ws.print_title_rows = "6:6"
ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_options.gridLines = False
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.9, bottom=0.9, header=0.4, footer=0.4)
ws.oddHeader.center.text = "&A"
ws.oddFooter.center.text = "Pagina &P di &N"
ws.oddFooter.right.text = "Stampato il 08/04/2026"
n = last + 4
for t in ["Note: i richiedenti sono indicati con il numero di protocollo della domanda (art. 3 del bando; D.Lgs. 196/2003 e Reg. UE 2016/679).",
          "Il contributo e' ripartito in proporzione al punteggio, nel limite del 50% del canone annuo.",
          "Roncade, 08/04/2026                                   Il Responsabile dell'Area - dott.ssa Francesca Zanatta"]:
    ws.cell(n, 1, t).font = Font(name="Liberation Sans", size=8, italic=True); n += 1
wb.save("d05_graduatoria.xlsx")
