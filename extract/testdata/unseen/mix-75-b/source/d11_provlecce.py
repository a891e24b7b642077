# Provincia di Lecce: Allegato A to a determinazione, an Excel sheet (openpyxl) printed landscape by LibreOffice Calc.
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
out = sys.argv[1]
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.merge_cells("A1:F1"); ws["A1"] = "PROVINCIA DI LECCE – Servizio Edilizia Scolastica e Patrimonio"
ws.merge_cells("A2:F2"); ws["A2"] = "Allegato A alla Determinazione Dirigenziale R.G. n. 233 del 16/03/2026"
ws.merge_cells("A3:F3"); ws["A3"] = "Riparto del fondo per le piccole manutenzioni degli istituti secondari di secondo grado – anno 2026"
for r in (1, 2, 3):
    ws.cell(r, 1).font = Font(bold=(r != 2), size=12 if r == 1 else 10); ws.cell(r, 1).alignment = Alignment(horizontal="center")
hdr = ["N.", "Istituto", "Comune", "Studenti", "Quota fissa (€)", "Totale assegnato (€)"]
for j, h in enumerate(hdr, 1):
    c = ws.cell(5, j, h); c.font = Font(bold=True); c.border = B; c.fill = PatternFill("solid", fgColor="D9D9D9")
    c.alignment = Alignment(horizontal="center", wrap_text=True)
rows = [("I.I.S.S. \"Enrico Fermi\"", "Lecce", 1184), ("Liceo Scientifico \"Leonardo da Vinci\"", "Maglie", 962),
        ("I.T.E. \"Antonietta De Pace\"", "Lecce", 1037), ("I.I.S.S. \"Don Tonino Bello\"", "Tricase", 875),
        ("Liceo Classico \"Francesca Capece\"", "Maglie", 701), ("I.P.S.E.O.A. \"Aldo Moro\"", "Santa Cesarea Terme", 548),
        ("I.I.S.S. \"Galilei - Costa - Scarambone\"", "Lecce", 1326), ("Liceo \"Vanini\"", "Casarano", 1093),
        ("I.T.T. \"Enrico Mattei\"", "Maglie", 612), ("I.I.S.S. \"Salvemini\"", "Alessano", 689)]
for i, (n, cm, s) in enumerate(rows, 1):
    r = 5 + i
    vals = [i, n, cm, s, 2500, "=E%d+D%d*3.5" % (r, r)]
    for j, v in enumerate(vals, 1):
        c = ws.cell(r, j, v); c.border = B
        if j >= 5: c.number_format = '#,##0.00'
r = 6 + len(rows)
ws.cell(r, 3, "TOTALE").font = Font(bold=True)
ws.cell(r, 4, "=SUM(D6:D%d)" % (r - 1)); ws.cell(r, 6, "=SUM(F6:F%d)" % (r - 1)); ws.cell(r, 6).number_format = '#,##0.00'
for j in (3, 4, 6): ws.cell(r, j).border = B; ws.cell(r, j).font = Font(bold=True)
ws.cell(r + 2, 4, "Il Dirigente del Servizio – arch. Antonella Quarta")
for col, w in zip("ABCDEF", (5, 40, 22, 11, 15, 20)): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9
ws.oddHeader.center.text = "&A"; ws.oddFooter.center.text = "Pagina &P di &N"
wb.save(out)
