# Comune di Monte Cavallo (MC): Allegato A to Consiglio deliberation 5/2026, TARI 2026 tariffs (openpyxl -> LibreOffice Calc)
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = "Tariffe TARI 2026"
th = Side(style="thin"); B = Border(left=th, right=th, top=th, bottom=th)
ws["A1"] = "COMUNE DI MONTE CAVALLO"; ws["A1"].font = Font(name="Liberation Sans", bold=True, size=14)
ws["A2"] = "Provincia di Macerata"
ws["A3"] = "Allegato A alla deliberazione del Consiglio comunale n. 5 del 20/04/2026"; ws["A3"].font = Font(italic=True)
ws["A5"] = "TARIFFE DELLA TASSA SUI RIFIUTI (TARI) – ANNO 2026 – UTENZE DOMESTICHE"; ws["A5"].font = Font(bold=True)
hdr = ["Componenti nucleo", "Ka", "Kb", "Quota fissa (€/mq)", "Quota variabile (€/anno)"]
rows = [(1, 0.82, 0.8, 0.6412, 58.21), (2, 0.94, 1.6, 0.7350, 116.42), (3, 1.02, 2.0, 0.7976, 145.53), (4, 1.09, 2.6, 0.8523, 189.19), (5, 1.10, 3.2, 0.8601, 232.85), ("6 o più", 1.06, 3.7, 0.8289, 269.23)]
for j, h in enumerate(hdr, 1):
    c = ws.cell(7, j, h); c.font = Font(bold=True); c.border = B; c.fill = PatternFill("solid", fgColor="DDDDDD"); c.alignment = Alignment(wrap_text=True, horizontal="center")
for i, r in enumerate(rows, 8):
    for j, v in enumerate(r, 1):
        c = ws.cell(i, j, v); c.border = B
        if j in (2, 3): c.number_format = "0.00"
        if j == 4: c.number_format = "#,##0.0000"
        if j == 5: c.number_format = "#,##0.00"
ws["A15"] = "UTENZE NON DOMESTICHE"; ws["A15"].font = Font(bold=True)
hdr2 = ["Categoria", "Kc", "Kd", "Quota fissa (€/mq)", "Quota variabile (€/mq)"]
rows2 = [("1 – Musei, biblioteche, scuole, associazioni", 0.40, 3.28, 0.5120, 0.6011), ("4 – Campeggi, distributori carburanti", 0.74, 6.04, 0.9473, 1.1069), ("8 – Alberghi senza ristorazione", 0.85, 7.02, 1.0881, 1.2865), ("16 – Ristoranti, trattorie, osterie, pizzerie", 2.85, 23.40, 3.6483, 4.2883), ("17 – Bar, caffè, pasticceria", 2.24, 18.36, 2.8674, 3.3647)]
for j, h in enumerate(hdr2, 1):
    c = ws.cell(17, j, h); c.font = Font(bold=True); c.border = B; c.fill = PatternFill("solid", fgColor="DDDDDD"); c.alignment = Alignment(wrap_text=True, horizontal="center")
for i, r in enumerate(rows2, 18):
    for j, v in enumerate(r, 1):
        c = ws.cell(i, j, v); c.border = B
        if j in (2, 3): c.number_format = "0.00"
        if j >= 4: c.number_format = "#,##0.0000"
ws["A25"] = "Il Responsabile del Servizio Finanziario – rag. Ornella Santoni"
for col, w in zip("ABCDE", (44, 10, 10, 18, 22)): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = 9; ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddHeader.right.text = "&F"
wb.save(sys.argv[1])
