# Comune di Ortezzano: Allegato A to a determinazione, an openpyxl sheet printed by LibreOffice Calc
# (landscape, merged title cells, totals row, running head and foot set in the sheet's page setup).
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
th = Side(style="thin"); B = Border(left=th, right=th, top=th, bottom=th)
ws.merge_cells("A1:G1"); ws["A1"] = "COMUNE DI ORTEZZANO – Provincia di Fermo"; ws["A1"].font = Font(name="Calibri", bold=True, size=14)
ws.merge_cells("A2:G2"); ws["A2"] = "Dipartimento Servizi al Cittadino – Settore Servizi Sociali – U.O. Assistenza e Contributi"; ws["A2"].font = Font(name="Calibri", size=10)
ws.merge_cells("A3:G3"); ws["A3"] = "ALLEGATO A alla Determinazione n. 39 del 14/05/2026 – Elenco delle liquidazioni dei contributi per le utenze domestiche (bonus idrico comunale 2025)"; ws["A3"].font = Font(name="Calibri", bold=True, size=11)
ws["A3"].alignment = Alignment(wrap_text=True); ws.row_dimensions[3].height = 32
hdr = ["N.", "Codice pratica", "Beneficiario (iniziali)", "Frazione", "ISEE fascia", "Importo liquidato (€)", "Modalità di pagamento"]
for j, h in enumerate(hdr, 1):
    c = ws.cell(5, j, h); c.font = Font(name="Calibri", bold=True); c.border = B; c.fill = PatternFill("solid", fgColor="DDE4EE"); c.alignment = Alignment(wrap_text=True, horizontal="center")
rows = [("BI-2025/001", "M.R.", "Capoluogo", "A", 180.00, "Bonifico"), ("BI-2025/002", "F.T.", "Capoluogo", "B", 120.00, "Bonifico"),
 ("BI-2025/004", "G.S.", "Capoluogo", "A", 180.00, "Quietanza Tesoreria"), ("BI-2025/005", "A.P.", "Capoluogo", "C", 80.00, "Bonifico"),
 ("BI-2025/007", "L.C.", "Capoluogo", "B", 120.00, "Bonifico"), ("BI-2025/008", "R.V.", "Capoluogo", "A", 180.00, "Bonifico"),
 ("BI-2025/010", "S.D.", "Capoluogo", "C", 80.00, "Quietanza Tesoreria"), ("BI-2025/011", "E.M.", "Capoluogo", "B", 120.00, "Bonifico"),
 ("BI-2025/013", "P.G.", "Capoluogo", "A", 180.00, "Bonifico"), ("BI-2025/014", "C.F.", "Capoluogo", "B", 120.00, "Bonifico"),
 ("BI-2025/016", "N.B.", "Capoluogo", "C", 80.00, "Bonifico"), ("BI-2025/017", "T.L.", "Capoluogo", "A", 180.00, "Bonifico")]
r = 6
for i, x in enumerate(rows, 1):
    vals = (i,) + x
    for j, v in enumerate(vals, 1):
        c = ws.cell(r, j, v); c.border = B; c.font = Font(name="Calibri", size=10)
        if j == 6: c.number_format = "#,##0.00"
    r += 1
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5); ws.cell(r, 1, "TOTALE").font = Font(name="Calibri", bold=True)
c = ws.cell(r, 6, "=SUM(F6:F%d)" % (r - 1)); c.number_format = "#,##0.00"; c.font = Font(name="Calibri", bold=True)
for j in range(1, 8): ws.cell(r, j).border = B
ws.cell(r + 2, 1, "Spesa imputata al capitolo 1910 del bilancio 2026, impegno n. 142/2026. Il Responsabile del Settore: dott.ssa Paola Vitali").font = Font(name="Calibri", italic=True, size=9)
for col, w in zip("ABCDEFG", (5, 15, 18, 14, 10, 18, 22)): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9; ws.print_options.horizontalCentered = True
ws.oddHeader.right.text = "&F"; ws.oddFooter.center.text = "Pagina &P di &N"
wb.save(sys.argv[1])
