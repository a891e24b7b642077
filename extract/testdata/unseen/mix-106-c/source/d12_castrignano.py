# Castrignano del Capo: Allegato A to a determinazione, spreadsheet (openpyxl) printed by LibreOffice Calc.
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws["A1"] = "COMUNE DI CASTRIGNANO DEL CAPO – Provincia di Lecce"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Allegato A alla determinazione del Settore Affari Generali n. 44 – Reg. Gen. n. 219 del 27/03/2026"
ws["A3"] = "Contributi alle associazioni culturali e sportive – anno 2026"; ws["A3"].font = Font(bold=True)
for r in (1, 2, 3): ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
hdr = ["N.", "Associazione", "Iniziativa", "Punteggio", "Contributo (€)"]
rows = [("A.S.D. Leuca Calcio", "Torneo giovanile di Pasqua", 78, 1800), ("Pro Loco Castrignano", "Festa di San Michele Arcangelo", 85, 2500),
        ("Associazione Finis Terrae", "Rassegna teatrale estiva", 72, 1500), ("Banda musicale di Giuliano", "Concerti in piazza", 69, 1200),
        ("A.S.D. Vela Santa Maria di Leuca", "Regata del Capo", 81, 2000), ("Circolo Culturale Salve Regina", "Presentazioni di libri", 55, 700),
        ("Gruppo Folk Pizzica Salentina", "Serate di musica popolare", 74, 1300)]
ws.append([]); ws.append(hdr)
for i, r in enumerate(rows, 1): ws.append([i, *r])
n = ws.max_row; ws.append(["", "TOTALE", "", "", "=SUM(E6:E%d)" % n])
for row in ws.iter_rows(min_row=5, max_row=ws.max_row, max_col=5):
    for c in row: c.border = B
for c in ws[5]: c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="DDDDDD"); c.alignment = Alignment(horizontal="center")
for c in ws[ws.max_row]: c.font = Font(bold=True)
for r in range(6, ws.max_row + 1): ws.cell(r, 5).number_format = "#,##0.00"
for col, w in zip("ABCDE", (5, 34, 32, 11, 15)): ws.column_dimensions[col].width = w
ws.oddHeader.right.text = "Allegato A"; ws.oddFooter.center.text = "Pagina &P di &N"
ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.append([]); ws.append(["", "Il Responsabile del Settore Affari Generali – dott.ssa Anna Maria Ponzetta"])
wb.save(sys.argv[1])
