# Comune di Roccaforzata: Allegato A to Consiglio deliberation 8/2026 - prospect of amendments (openpyxl -> LibreOffice Calc)
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = "Emendamenti"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.merge_cells("A1:F1"); ws["A1"] = "COMUNE DI ROCCAFORZATA – Provincia di Taranto"; ws["A1"].font = Font(name="Liberation Sans", bold=True, size=14)
ws.merge_cells("A2:F2"); ws["A2"] = "ALLEGATO A alla deliberazione del Consiglio Comunale n. 8 del 30/03/2026 – Prospetto degli emendamenti al Bilancio di previsione 2026/2028"
ws["A2"].font = Font(name="Liberation Sans", bold=True, size=10); ws["A2"].alignment = Alignment(wrap_text=True); ws.row_dimensions[2].height = 30
hdr = ["N.", "Presentato da", "Missione / Programma", "Variazione (€)", "Parere Resp. Finanziario", "Esito votazione"]
rows = [(1, "Gruppo consiliare \"Roccaforzata Futura\"", "10/05 Viabilità", 12000, "Contrario", "Respinto (3 favorevoli, 7 contrari)"),
        (2, "Gruppo consiliare \"Roccaforzata Futura\"", "12/01 Infanzia e minori", 5500, "Favorevole", "Approvato all'unanimità"),
        (3, "Consigliere Pichierri Aldo", "06/01 Sport e tempo libero", 3000, "Favorevole", "Approvato (8 favorevoli, 2 astenuti)"),
        (4, "Consigliere Pichierri Aldo", "09/02 Verde pubblico", -2500, "Contrario", "Ritirato dal proponente")]
for j, h in enumerate(hdr, 1):
    c = ws.cell(4, j, h); c.font = Font(name="Liberation Sans", bold=True, size=10); c.border = B
    c.fill = PatternFill("solid", fgColor="D9D9D9"); c.alignment = Alignment(wrap_text=True, vertical="center")
for i, r in enumerate(rows, 5):
    for j, v in enumerate(r, 1):
        c = ws.cell(i, j, v); c.border = B; c.font = Font(name="Liberation Sans", size=10); c.alignment = Alignment(wrap_text=True, vertical="top")
        if j == 4: c.number_format = "#,##0.00"
ws.merge_cells("B10:C10"); ws.cell(10, 2, "Saldo emendamenti approvati").font = Font(name="Liberation Sans", bold=True, size=10)
ws.cell(10, 4, "=D6+D7").number_format = "#,##0.00"
ws.cell(12, 1, "Il Segretario Generale – dott. Antonio Lenti").font = Font(name="Liberation Sans", italic=True, size=9)
for r_ in range(4, 9): ws.row_dimensions[r_].height = 30
for col, w in zip("ABCDEF", (5, 38, 24, 14, 16, 34)): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.page_setup.fitToWidth = 1
ws.oddHeader.right.text = "&F"; ws.oddFooter.center.text = "Pagina &P di &N"
wb.save(sys.argv[1])
