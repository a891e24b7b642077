# Moio della Civitella: Allegato A quadro economico, openpyxl with merged cells -> LibreOffice Calc
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
wb = Workbook(); ws = wb.active; ws.title = "Quadro economico"
th = Side(style="thin"); B = Border(left=th, right=th, top=th, bottom=th)
ws.merge_cells("A1:D1"); ws["A1"] = "COMUNE DI MOIO DELLA CIVITELLA"; ws["A1"].font = Font(bold=True, size=14)
ws.merge_cells("A2:D2"); ws["A2"] = "Provincia di Salerno - Area Tecnica"
ws.merge_cells("A3:D3"); ws["A3"] = "ALLEGATO A alla determinazione dell'Area Tecnica Reg. Gen. n. 58 del 24/02/2026"; ws["A3"].font = Font(bold=True)
ws.merge_cells("A4:D4"); ws["A4"] = "QUADRO ECONOMICO - Lavori di consolidamento del costone roccioso in località Pellare"
for c in ("A1", "A2", "A3", "A4"): ws[c].alignment = Alignment(horizontal="center")
hdr = ["Sez.", "Voce", "Descrizione", "Importo (€)"]
for i, h in enumerate(hdr): ws.cell(6, i + 1, h).font = Font(bold=True)
rows = [("A", "A.1", "Lavori a misura", 186450.00), ("A", "A.2", "Oneri per la sicurezza non soggetti a ribasso", 7820.00),
        ("B", "B.1", "IVA 22% sui lavori", 42739.40), ("B", "B.2", "Spese tecniche (progettazione, D.L., coordinamento sicurezza)", 24300.00),
        ("B", "B.3", "Incentivi funzioni tecniche art. 45 D.Lgs. 36/2023", 3885.40), ("B", "B.4", "Imprevisti e arrotondamenti", 4805.20)]
r = 7
for s, v, d, imp in rows:
    ws.cell(r, 1, s); ws.cell(r, 2, v); ws.cell(r, 3, d); ws.cell(r, 4, imp).number_format = "#,##0.00"; r += 1
ws.merge_cells("A7:A8"); ws.merge_cells("A9:A12")
ws.cell(r, 3, "TOTALE COMPLESSIVO").font = Font(bold=True); ws.cell(r, 4, "=SUM(D7:D12)").number_format = "#,##0.00"; ws.cell(r, 4).font = Font(bold=True)
for row in ws.iter_rows(min_row=6, max_row=r, max_col=4):
    for c in row: c.border = B; c.alignment = Alignment(vertical="center", wrap_text=True)
ws.cell(r + 2, 3, "Il Responsabile dell'Area Tecnica - ing. Vincenzo Maiese")
ws.column_dimensions["A"].width = 6; ws.column_dimensions["B"].width = 7; ws.column_dimensions["C"].width = 62; ws.column_dimensions["D"].width = 16
ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = 9; ws.page_setup.fitToWidth = 1; ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0
wb.save(sys.argv[1])
