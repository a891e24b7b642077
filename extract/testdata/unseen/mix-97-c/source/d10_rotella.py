# Allegato A to determinazione n. 33/2026, Rotella: openpyxl .xlsx -> LibreOffice Calc (landscape, title row repeated)
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.merge_cells("A1:F1"); ws["A1"] = "COMUNE DI ROTELLA – Provincia di Ascoli Piceno"; ws["A1"].font = Font(name="Carlito", bold=True, size=13)
ws.merge_cells("A2:F2"); ws["A2"] = "Settore Amministrativo – Servizio Sociale – Ufficio Assistenza"; ws["A2"].font = Font(name="Carlito", size=10)
ws.merge_cells("A3:F3"); ws["A3"] = "ALLEGATO A alla determinazione n. 33 del 09/03/2026 – Contributo straordinario per l'acquisto di legna da ardere, stagione invernale 2025/2026"
ws["A3"].font = Font(name="Carlito", bold=True, size=11); ws["A3"].alignment = Alignment(wrap_text=True); ws.row_dimensions[3].height = 32
hdr = ["N.", "Codice pratica", "Frazione / località", "Componenti nucleo", "ISEE (€)", "Contributo (€)"]
for j, h in enumerate(hdr, 1):
    c = ws.cell(row=5, column=j, value=h); c.font = Font(name="Carlito", bold=True); c.border = B; c.fill = PatternFill("solid", fgColor="D9D9D9"); c.alignment = Alignment(horizontal="center")
locs = ["Capradosso", "Rotella capoluogo", "Castel San Pietro", "Poggio Canoso", "Santa Maria in Lapide", "Capradosso", "Rotella capoluogo"]
tot = 0
for i in range(1, 32):
    isee = 3200 + (i * 417) % 9800; comp = 1 + (i * 3) % 5; contr = 250 if isee < 6000 else (180 if isee < 10000 else 120)
    tot += contr
    row = [i, "LG-2026/%03d" % (i * 7 % 200 + 1), locs[i % len(locs)], comp, isee, contr]
    for j, v in enumerate(row, 1):
        c = ws.cell(row=5 + i, column=j, value=v); c.border = B; c.font = Font(name="Carlito", size=10)
        if j in (5, 6): c.number_format = "#,##0.00"
r = 5 + 32
ws.cell(row=r, column=5, value="TOTALE").font = Font(name="Carlito", bold=True)
c = ws.cell(row=r, column=6, value="=SUM(F6:F36)"); c.number_format = "#,##0.00"; c.font = Font(name="Carlito", bold=True); c.border = B
ws.cell(row=r + 2, column=1, value="I nominativi dei beneficiari sono sostituiti dal codice pratica ai sensi del Regolamento UE 2016/679. La Responsabile del Settore – dott.ssa Roberta Cataldi").font = Font(name="Carlito", italic=True, size=9)
for col, w in zip("ABCDEF", [6, 18, 28, 18, 14, 16]): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9; ws.print_title_rows = "5:5"
ws.oddHeader.center.text = "&F"; ws.oddFooter.right.text = "Pagina &P di &N"
wb.save(sys.argv[1])
