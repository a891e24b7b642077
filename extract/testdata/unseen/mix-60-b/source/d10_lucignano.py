# Allegato A alla determinazione n. 88/2026, Comune di Lucignano (AR): an Excel-style sheet written with openpyxl
# and printed by LibreOffice Calc (it_IT locale): merged title cells, gridded table, totals row, header/footer.
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins

wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
thin = Side(style="thin", color="000000"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.merge_cells("A1:G1"); ws["A1"] = "COMUNE DI LUCIGNANO"
ws["A1"].font = Font(name="Calibri", size=14, bold=True); ws["A1"].alignment = Alignment(horizontal="center")
ws.merge_cells("A2:G2"); ws["A2"] = "Provincia di Arezzo – Area Amministrativa – Servizi Sociali"
ws["A2"].alignment = Alignment(horizontal="center"); ws["A2"].font = Font(name="Calibri", size=10, italic=True)
ws.merge_cells("A4:G4"); ws["A4"] = "ALLEGATO A alla determinazione n. 88 del 12/05/2026"
ws["A4"].font = Font(name="Calibri", size=11, bold=True); ws["A4"].alignment = Alignment(horizontal="center")
ws.merge_cells("A5:G5"); ws["A5"] = "Contributi ad integrazione dei canoni di locazione (L. 431/1998, art. 11) – Graduatoria definitiva anno 2026"
ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True); ws.row_dimensions[5].height = 30
hdr = ["N.", "Protocollo domanda", "Codice beneficiario", "Fascia", "ISEE (€)", "Incidenza canone/ISE", "Contributo (€)"]
for i, h in enumerate(hdr, 1):
    c = ws.cell(row=7, column=i, value=h); c.font = Font(name="Calibri", bold=True, size=10); c.border = B
    c.fill = PatternFill("solid", fgColor="D9E1F2"); c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
ws.row_dimensions[7].height = 30
rows = [("2026/3114", "LUC-26-001", "A", 5210.40, 0.612, 3100.00), ("2026/3121", "LUC-26-002", "A", 6890.00, 0.544, 3100.00),
        ("2026/3140", "LUC-26-003", "A", 8102.55, 0.498, 2870.00), ("2026/3152", "LUC-26-004", "A", 9875.12, 0.455, 2640.00),
        ("2026/3166", "LUC-26-005", "A", 11240.00, 0.402, 2310.00), ("2026/3188", "LUC-26-006", "A", 12980.33, 0.361, 2090.00),
        ("2026/3201", "LUC-26-007", "B", 14150.00, 0.398, 1820.00), ("2026/3219", "LUC-26-008", "B", 15620.80, 0.352, 1650.00),
        ("2026/3230", "LUC-26-009", "B", 17004.10, 0.331, 1480.00), ("2026/3247", "LUC-26-010", "B", 18890.00, 0.305, 1300.00),
        ("2026/3263", "LUC-26-011", "B", 21115.45, 0.287, 1120.00), ("2026/3270", "LUC-26-012", "B", 23480.00, 0.262, 950.00),
        ("2026/3288", "LUC-26-013", "B", 25990.70, 0.249, 800.00), ("2026/3302", "LUC-26-014", "B", 27305.00, 0.241, 700.00)]
r = 8
for n, row in enumerate(rows, 1):
    vals = [n] + list(row)
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=r, column=i, value=v); c.border = B; c.font = Font(name="Calibri", size=10)
        if i in (1, 2, 3, 4): c.alignment = Alignment(horizontal="center")
    ws.cell(row=r, column=5).number_format = "#,##0.00"
    ws.cell(row=r, column=6).number_format = "0.0%"
    ws.cell(row=r, column=7).number_format = "#,##0.00"
    r += 1
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
c = ws.cell(row=r, column=1, value="TOTALE CONTRIBUTI ASSEGNATI"); c.font = Font(name="Calibri", bold=True, size=10); c.alignment = Alignment(horizontal="right")
for i in range(1, 8): ws.cell(row=r, column=i).border = B
t = ws.cell(row=r, column=7, value="=SUM(G8:G%d)" % (r - 1)); t.font = Font(name="Calibri", bold=True, size=10); t.number_format = "#,##0.00"
r += 2
ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=7)
c = ws.cell(row=r, column=1, value="I dati identificativi dei beneficiari sono sostituiti da un codice ai sensi del Regolamento (UE) 2016/679; l'elenco nominativo è conservato agli atti dell'Ufficio Servizi Sociali.")
c.alignment = Alignment(wrap_text=True, vertical="top"); c.font = Font(name="Calibri", size=9, italic=True)
ws.row_dimensions[r].height = 16; ws.row_dimensions[r + 1].height = 16
for col, w in zip("ABCDEFG", (5, 17, 17, 8, 13, 13, 14)): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.8)
ws.oddHeader.right.text = "Det. n. 88/2026 – Allegato A"; ws.oddHeader.right.size = 8
ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddFooter.center.size = 8
wb.save(sys.argv[1])
