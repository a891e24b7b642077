# Allegato A to determinazione n. 73/2026 of the Comune di Solarolo: openpyxl spreadsheet with merged title cells, printed by LibreOffice Calc
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
b = Side(style="thin"); B = Border(left=b, right=b, top=b, bottom=b)
ws.merge_cells("A1:F1"); ws["A1"] = "COMUNE DI SOLAROLO – Provincia di Ravenna"; ws["A1"].font = Font(bold=True, size=13)
ws.merge_cells("A2:F2"); ws["A2"] = "Area Servizi alla Persona – Servizio Sociale – Ufficio Contributi"
ws.merge_cells("A3:F3"); ws["A3"] = "ALLEGATO A alla determinazione n. 73 del 16.04.2026 – Contributi per il sostegno all'affitto 2026"; ws["A3"].font = Font(bold=True)
hdr = ["N.", "Codice pratica", "ISEE (€)", "Canone annuo (€)", "Contributo (€)", "Esito"]
for i, h in enumerate(hdr, 1):
    c = ws.cell(5, i, h); c.font = Font(bold=True); c.border = B; c.fill = PatternFill("solid", fgColor="DDDDDD"); c.alignment = Alignment(horizontal="center", wrap_text=True)
import random; random.seed(73)
for n in range(1, 31):
    isee = round(random.uniform(3000, 16000), 2); can = round(random.uniform(4200, 8400), 2)
    ok = isee < 14000; contr = round(min(can*0.3, 2500), 2) if ok else 0
    row = [n, f"AFF-2026-{100+n:03d}", isee, can, contr, "Ammesso" if ok else "Escluso (ISEE)"]
    for i, v in enumerate(row, 1):
        c = ws.cell(5+n, i, v); c.border = B
        if i in (3, 4, 5): c.number_format = "#,##0.00"
ws.column_dimensions["A"].width = 5
for col, w in zip("BCDEF", (16, 12, 15, 14, 16)): ws.column_dimensions[col].width = w
ws.print_title_rows = "5:5"; ws.oddFooter.center.text = "Allegato A – Det. 73/2026 – pag. &P di &N"
ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = 9
wb.save(sys.argv[1])
