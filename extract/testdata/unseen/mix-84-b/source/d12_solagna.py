# Solagna (VI): openpyxl workbook printed by LibreOffice Calc; attachment with merged header cells
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.merge_cells("A1:E1"); ws["A1"] = "COMUNE DI SOLAGNA – Provincia di Vicenza"; ws["A1"].font = Font(name="Carlito", bold=True, size=13)
ws.merge_cells("A2:E2"); ws["A2"] = "Allegato A alla determinazione del Settore Tecnico n. 39 (Reg. Gen. 102) del 31/03/2026"; ws["A2"].font = Font(name="Carlito", italic=True, size=10)
ws.merge_cells("A3:E3"); ws["A3"] = "Quadro economico dei lavori di sistemazione del sentiero del Col Moschin – CUP G47B26000040004"; ws["A3"].font = Font(name="Carlito", bold=True, size=11)
ws.append([]); ws.append(["Voce", "Descrizione", "Importo (€)", "IVA (€)", "Totale (€)"])
rows = [("A.1", "Lavori a misura", 52300.00, 11506.00), ("A.2", "Oneri per la sicurezza", 1700.00, 374.00),
        ("B.1", "Spese tecniche di progettazione e direzione lavori", 6200.00, 1364.00), ("B.2", "Contributo ANAC", 35.00, 0.00),
        ("B.3", "Imprevisti e arrotondamenti", 1321.00, 0.00)]
for i, (v, d, a, iva) in enumerate(rows, start=6):
    ws.append([v, d, a, iva, f"=C{i}+D{i}"])
ws.append(["", "TOTALE COMPLESSIVO", "=SUM(C6:C10)", "=SUM(D6:D10)", "=SUM(E6:E10)"])
for r in ws.iter_rows(min_row=5, max_row=11):
    for cell in r:
        cell.border = B; cell.font = Font(name="Carlito", size=10, bold=(cell.row in (5, 11)))
        if cell.column >= 3: cell.number_format = "#,##0.00"
for col, w in zip("ABCDE", (7, 48, 14, 12, 14)): ws.column_dimensions[col].width = w
ws.append([]); ws.append(["", "Il Responsabile del Settore Tecnico – ing. Davide Bonato"])
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.oddFooter.center.text = "Pagina &P di &N"
wb.save(sys.argv[1])
