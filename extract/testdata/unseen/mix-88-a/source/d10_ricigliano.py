# Allegato A to a determinazione of Ricigliano: openpyxl workbook with merged cells, printed by LibreOffice Calc
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
s = Side(style="thin"); B = Border(left=s, right=s, top=s, bottom=s)
ws.merge_cells("A1:E1"); ws["A1"] = "COMUNE DI RICIGLIANO – Provincia di Salerno"; ws["A1"].font = Font(bold=True, size=13)
ws.merge_cells("A2:E2"); ws["A2"] = "Allegato A alla determinazione del Settore Tecnico n. 19 del 18/03/2026 (Reg. Gen. n. 88)"
ws.merge_cells("A3:E3"); ws["A3"] = "Computo delle somme per la manutenzione ordinaria delle strade comunali – anno 2026"; ws["A3"].font = Font(italic=True)
hdr = ["N.", "Strada", "Intervento", "Quantità (m²)", "Importo (€)"]
for j, v in enumerate(hdr): c = ws.cell(5, j + 1, v); c.font = Font(bold=True); c.border = B; c.alignment = Alignment(horizontal="center")
rows = [(1, "Via San Nicola", "Rifacimento tappetino", 420, 8820.0), (2, "Via Tempa", "Rifacimento tappetino", 310, 6510.0),
        (3, "Strada comunale Vallone", "Chiusura buche", 95, 1615.0), (4, "Via Roma", "Segnaletica orizzontale", 0, 1250.0),
        (5, "Località Sant'Antonio", "Pulizia cunette", 0, 980.0)]
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        c = ws.cell(6 + i, j + 1, v); c.border = B
        if j == 4: c.number_format = "#,##0.00"
ws.merge_cells(start_row=11, start_column=1, end_row=11, end_column=4); ws.cell(11, 1, "TOTALE LAVORI").font = Font(bold=True)
ws.cell(11, 5, "=SUM(E6:E10)").number_format = "#,##0.00"
for col in range(1, 6): ws.cell(11, col).border = B
for k, w in zip("ABCDE", (5, 28, 26, 14, 14)): ws.column_dimensions[k].width = w
ws.oddHeader.right.text = "&F"; ws.oddFooter.center.text = "Pagina &P di &N"
wb.save(sys.argv[1])
