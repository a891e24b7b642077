# Allegato A to Giunta deliberation 36/2026 of Castel Madama: tariff grid as an .xlsx (openpyxl), printed by LibreOffice Calc.
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = "Tariffe"
b = Side(style="thin"); B = Border(left=b, right=b, top=b, bottom=b)
ws["A1"] = "CITTÀ DI CASTEL MADAMA – Area Servizi alla Persona"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "ALLEGATO A alla deliberazione G.C. n. 36 del 19.3.2026"
ws["A3"] = "Tariffe di compartecipazione \"Estate Ragazzi 2026\""
ws.merge_cells("A1:E1"); ws.merge_cells("A2:E2"); ws.merge_cells("A3:E3")
hd = ["Fascia", "ISEE da (€)", "ISEE a (€)", "Tariffa settimanale (€)", "Riduzione 2° figlio (%)"]
for i, h in enumerate(hd, 1):
    c = ws.cell(5, i, h); c.font = Font(bold=True); c.border = B; c.fill = PatternFill("solid", fgColor="DDDDDD"); c.alignment = Alignment(wrap_text=True, horizontal="center")
rows = [("A", 0, 6000, 25, 30), ("B", 6000.01, 12000, 40, 30), ("C", 12000.01, 20000, 55, 25), ("D", 20000.01, 30000, 70, 20), ("E", 30000.01, None, 85, 15)]
for r, row in enumerate(rows, 6):
    for i, v in enumerate(row, 1):
        c = ws.cell(r, i, v if v is not None else "oltre"); c.border = B
        if i in (2, 3) and isinstance(v, (int, float)): c.number_format = "#,##0.00"
        if i == 4: c.number_format = "#,##0.00"
ws["A12"] = "Non residenti: tariffa della fascia E maggiorata del 20%. Pasto giornaliero: € 4,50."
for col, w in zip("ABCDE", (10, 16, 16, 22, 22)): ws.column_dimensions[col].width = w
ws.oddFooter.center.text = "Allegato A – pag. &P"
wb.save(sys.argv[1])
