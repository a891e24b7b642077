# Nardodipace (VV): Allegato "A" to determinazione RG 0094/2026 - list of work-grant beneficiaries
# (pseudonymised), openpyxl .xlsx printed by LibreOffice Calc, merged title cells, landscape.
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
out = sys.argv[1]
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
th = Side(style="thin"); B = Border(left=th, right=th, top=th, bottom=th)
ws.merge_cells("A1:G1"); ws["A1"] = "COMUNE DI NARDODIPACE – Provincia di Vibo Valentia"
ws.merge_cells("A2:G2"); ws["A2"] = "ALLEGATO \"A\" alla Determinazione Area Amministrativa Reg. Gen. n. 0094/2026 del 13/03/2026"
ws.merge_cells("A3:G3"); ws["A3"] = "Tirocini di inclusione sociale 2026 – graduatoria dei soggetti ammessi (dati pseudonimizzati)"
for r in (1, 2, 3):
    ws.cell(r, 1).font = Font(name="Liberation Sans", bold=True, size=12 if r == 1 else 10); ws.cell(r, 1).alignment = Alignment(horizontal="center")
hdr = ["N.", "Codice domanda", "Prot. n.", "Data domanda", "ISEE (€)", "Punteggio", "Esito"]
for i, h in enumerate(hdr, 1):
    c = ws.cell(5, i, h); c.font = Font(name="Liberation Sans", bold=True, size=10); c.border = B
    c.fill = PatternFill("solid", fgColor="D9D9D9"); c.alignment = Alignment(horizontal="center", wrap_text=True)
import random; random.seed(76)
rows = []
for n in range(1, 25):
    rows.append((f"TIS-2026-{n*7+3:03d}", 300 + n * 11, f"{(n % 20) + 1:02d}/02/2026", round(random.uniform(1200, 9800), 2), random.randint(38, 92)))
rows.sort(key=lambda r: -r[4])
for i, (cod, prot, d, isee, pt) in enumerate(rows, 1):
    vals = [i, cod, prot, d, isee, pt, "AMMESSO" if i <= 18 else "IDONEO NON FINANZIATO"]
    for j, v in enumerate(vals, 1):
        c = ws.cell(5 + i, j, v); c.border = B; c.font = Font(name="Liberation Sans", size=10)
        if j == 5: c.number_format = "#,##0.00"
ws.cell(32, 1, "Nardodipace, 13/03/2026 – Il Responsabile dell'Area Amministrativa dott. Domenico Tassone").font = Font(name="Liberation Sans", italic=True, size=9)
for col, w in zip("ABCDEFG", (6, 18, 10, 14, 14, 12, 26)): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9
ws.print_title_rows = "5:5"; ws.oddFooter.center.text = "Pagina &P di &N"
wb.save(out)
