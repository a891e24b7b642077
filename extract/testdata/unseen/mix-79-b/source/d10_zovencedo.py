import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.merge_cells("A1:F1"); ws["A1"] = "COMUNE DI ZOVENCEDO – Provincia di Vicenza"; ws["A1"].font = Font(bold=True, size=13)
ws.merge_cells("A2:F2"); ws["A2"] = "Allegato A alla determinazione del Responsabile dell'Area Tecnica n. 18 del 23/03/2026"
ws.merge_cells("A3:F3"); ws["A3"] = "Quadro economico dei lavori di manutenzione straordinaria della strada comunale di Grancona Alta"; ws["A3"].font = Font(bold=True)
ws.merge_cells("A5:A6"); ws["A5"] = "Voce"; ws.merge_cells("B5:C5"); ws["B5"] = "Descrizione"; ws.merge_cells("D5:F5"); ws["D5"] = "Importi (euro)"
ws["B6"] = "Categoria"; ws["C6"] = "Dettaglio"; ws["D6"] = "Progetto"; ws["E6"] = "Variazione"; ws["F6"] = "Totale"
rows = [("A.1", "Lavori", "Scarifica e nuova pavimentazione", 58400, 3200), ("A.2", "Lavori", "Regimazione acque e cunette", 12600, 0),
        ("A.3", "Lavori", "Oneri per la sicurezza", 2100, 150), ("B.1", "Somme a disposizione", "IVA 22% sui lavori", 16038, 737),
        ("B.2", "Somme a disposizione", "Spese tecniche", 6500, 0), ("B.3", "Somme a disposizione", "Incentivi art. 45 D.Lgs. 36/2023", 1462, 64),
        ("B.4", "Somme a disposizione", "Imprevisti e arrotondamenti", 5900, -4151)]
r = 7
for v, cat, d, a, b in rows:
    ws.cell(r, 1, v); ws.cell(r, 2, cat); ws.cell(r, 3, d); ws.cell(r, 4, a); ws.cell(r, 5, b); ws.cell(r, 6, "=D%d+E%d" % (r, r)); r += 1
ws.merge_cells(start_row=7, start_column=2, end_row=9, end_column=2); ws.merge_cells(start_row=10, start_column=2, end_row=13, end_column=2)
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3); ws.cell(r, 1, "TOTALE GENERALE").font = Font(bold=True)
for col in "DEF": ws["%s%d" % (col, r)] = "=SUM(%s7:%s%d)" % (col, col, r - 1)
for row in ws.iter_rows(min_row=5, max_row=r, max_col=6):
    for c in row:
        c.border = B; c.alignment = Alignment(vertical="center", wrap_text=True)
        if c.column >= 4 and c.row >= 7: c.number_format = '#,##0.00'
for c in ws[5] + ws[6]: c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="DDDDDD")
for k, w in zip("ABCDEF", (7, 20, 38, 13, 13, 13)): ws.column_dimensions[k].width = w
ws.cell(r + 2, 3, "Il Responsabile dell'Area Tecnica – arch. Giovanni Dalla Pozza")
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9; ws.page_setup.fitToWidth = 1
ws.oddFooter.center.text = "Pagina &P di &N"
wb.save(sys.argv[1])
