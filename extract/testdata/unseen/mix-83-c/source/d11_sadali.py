# Allegato A to decreto sindacale n. 4/2026 of Sadali: pesatura delle posizioni di E.Q., an .xlsx
# (openpyxl) printed by LibreOffice Calc.
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = "Pesatura EQ"
th = Side(style="thin"); B = Border(left=th, right=th, top=th, bottom=th)
ws.merge_cells("A1:F1"); ws["A1"] = "COMUNE DI SADALI – Provincia del Sud Sardegna"; ws["A1"].font = Font(bold=True, size=13)
ws.merge_cells("A2:F2"); ws["A2"] = "Allegato A al decreto sindacale n. 4 del 20/01/2026 – Pesatura delle posizioni di Elevata Qualificazione anno 2026"; ws["A2"].font = Font(italic=True, size=10)
hd = ["Area", "Complessità organizzativa (max 40)", "Responsabilità gestionali (max 35)", "Strategicità (max 25)", "Punteggio totale", "Retribuzione di posizione (€)"]
ws.append([]); ws.append(hd)
for j, h in enumerate(hd, 1):
    c = ws.cell(4, j); c.font = Font(bold=True, size=9); c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center"); c.border = B; c.fill = PatternFill("solid", fgColor="DDE7D0")
data = [("Area Amministrativa e Sociale", 32, 28, 18), ("Area Economico-Finanziaria", 30, 30, 20), ("Area Tecnica e Manutentiva", 36, 32, 21)]
for i, (a, x, y, z) in enumerate(data, 5):
    ws.append([a, x, y, z, f"=B{i}+C{i}+D{i}", f"=ROUND(5000+(16000-5000)*(E{i}-60)/40,2)"])
ws.append(["Totale", None, None, None, None, "=SUM(F5:F7)"])
for r in range(5, 9):
    for j in range(1, 7):
        c = ws.cell(r, j); c.border = B; c.font = Font(size=10, bold=(r == 8))
        if j == 6: c.number_format = "#,##0.00"
ws.row_dimensions[4].height = 48
for col, w in zip("ABCDEF", (30, 15, 15, 13, 11, 15)): ws.column_dimensions[col].width = w
ws["A10"] = "Criteri: metodologia approvata con deliberazione della Giunta comunale n. 2 del 14/01/2026; retribuzione tra € 5.000,00 e € 16.000,00 (art. 17 CCNL 16/11/2022)."
ws["A10"].font = Font(size=8.5)
ws["A12"] = "Il Sindaco – Romina Mura"; ws["A12"].font = Font(size=10)
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddHeader.right.text = "&F"
wb.save(sys.argv[1])
