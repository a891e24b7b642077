# Comune di Pratovecchio Stia - Allegato A to a determinazione: openpyxl workbook with merged title cells,
# printed landscape by LibreOffice Calc, title rows repeated, file name and page in the foot.
import sys, random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
random.seed(64)
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.merge_cells("A1:G1"); ws["A1"] = "COMUNE DI PRATOVECCHIO STIA"; ws["A1"].font = Font(bold=True, size=14)
ws.merge_cells("A2:G2"); ws["A2"] = "Provincia di Arezzo – Area Servizi alla Persona"; ws["A2"].font = Font(italic=True, size=10)
ws.merge_cells("A3:G3"); ws["A3"] = "ALLEGATO A alla determinazione n. 118 del 24/04/2026 – Contributi per il sostegno alla locazione anno 2026: elenco dei beneficiari"; ws["A3"].font = Font(bold=True, size=10)
for r in (1, 2, 3): ws["A%d" % r].alignment = Alignment(horizontal="center", wrap_text=True)
ws.row_dimensions[3].height = 30
hdr = ["N.", "Domanda prot.", "Beneficiario (codice)", "Fascia ISEE", "Canone annuo (€)", "Incidenza %", "Contributo (€)"]
for i, h in enumerate(hdr, 1):
    c = ws.cell(row=4, column=i, value=h); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="D9D9D9"); c.border = B
    c.alignment = Alignment(horizontal="center", wrap_text=True)
tot = 0
for n in range(1, 29):
    canone = random.choice([3600, 4200, 4800, 5400, 6000, 3900, 4500]); isee = random.choice(["A", "A", "B"])
    inc = round(random.uniform(24, 52), 1); contr = round(min(3100, canone * (0.30 if isee == "A" else 0.22)), 2); tot += contr
    row = [n, "%d/2026" % (2100 + n * 37), "PS-2026-%03d" % (n * 7 + 3), isee, canone, inc, contr]
    for i, v in enumerate(row, 1):
        c = ws.cell(row=4 + n, column=i, value=v); c.border = B
        if i in (5, 7): c.number_format = "#,##0.00"
        if i == 6: c.number_format = "0.0"
r = 33; ws.cell(row=r, column=6, value="TOTALE").font = Font(bold=True); c = ws.cell(row=r, column=7, value=round(tot, 2)); c.number_format = "#,##0.00"; c.font = Font(bold=True)
for col, w in zip("ABCDEFG", (6, 15, 22, 12, 16, 12, 16)): ws.column_dimensions[col].width = w
ws.print_title_rows = "4:4"
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.oddFooter.left.text = "&F"; ws.oddFooter.right.text = "Pagina &P di &N"
ws.oddHeader.center.text = ""
wb.save(sys.argv[1])
