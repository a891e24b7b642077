# Campofranco: Allegato A as an .xlsx (openpyxl: merged title rows, borders, totals), printed by LibreOffice Calc
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.merge_cells("A1:F1"); ws["A1"] = "COMUNE DI CAMPOFRANCO"; ws["A1"].font = Font(name="Arial", size=15, bold=True)
ws.merge_cells("A2:F2"); ws["A2"] = "Libero Consorzio Comunale di Caltanissetta – Area Amministrativa – Servizio Sport e Tempo Libero"; ws["A2"].font = Font(name="Arial", size=9)
ws.merge_cells("A4:F4"); ws["A4"] = "ALLEGATO “A” alla deliberazione della Giunta Municipale n. 84 del 16/06/2026"; ws["A4"].font = Font(name="Arial", size=10, bold=True, italic=True)
ws.merge_cells("A5:F5"); ws["A5"] = "PIANO DI RIPARTO DEI CONTRIBUTI ALLE ASSOCIAZIONI SPORTIVE DILETTANTISTICHE – STAGIONE 2025/2026"; ws["A5"].font = Font(name="Arial", size=11, bold=True)
for r in (1, 2, 4, 5): ws.cell(r, 1).alignment = Alignment(horizontal="center", wrap_text=True)
ws.row_dimensions[5].height = 30
hdr = ["N.", "Associazione", "Disciplina", "Tesserati", "Punteggio", "Contributo (€)"]
for j, h in enumerate(hdr, 1):
    c = ws.cell(7, j, h); c.font = Font(name="Arial", bold=True, size=10); c.border = B
    c.fill = PatternFill("solid", fgColor="D9E2F3"); c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
rows = [("A.S.D. Polisportiva Campofranco", "Calcio", 86, 42),
        ("A.S.D. Volley Platani", "Pallavolo", 54, 31),
        ("Associazione Ciclistica Monte Conca", "Ciclismo", 23, 17),
        ("A.S.D. Karate Shotokan Campofranco", "Arti marziali", 41, 24),
        ("Bocciofila San Calogero", "Bocce", 19, 11),
        ("A.S.D. Atletica Vallone", "Atletica leggera", 37, 22),
        ("Circolo Tennis Campofranco", "Tennis", 28, 15)]
tot_pts = sum(r[3] for r in rows); budget = 8100
for i, (a, d, t, p) in enumerate(rows, 1):
    r = 7 + i
    vals = [i, a, d, t, p, round(budget * p / tot_pts, 2)]
    for j, v in enumerate(vals, 1):
        c = ws.cell(r, j, v); c.border = B; c.font = Font(name="Arial", size=10)
        if j in (1, 4, 5): c.alignment = Alignment(horizontal="center")
    ws.cell(r, 6).number_format = '#,##0.00'
r = 8 + len(rows)
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3); ws.cell(r, 1, "TOTALE").font = Font(name="Arial", bold=True)
ws.cell(r, 1).alignment = Alignment(horizontal="right")
ws.cell(r, 4, "=SUM(D8:D%d)" % (r - 1)); ws.cell(r, 5, "=SUM(E8:E%d)" % (r - 1)); ws.cell(r, 6, "=SUM(F8:F%d)" % (r - 1))
for j in range(1, 7):
    ws.cell(r, j).border = B; ws.cell(r, j).font = Font(name="Arial", bold=True, size=10)
ws.cell(r, 6).number_format = '#,##0.00'; ws.cell(r, 4).alignment = ws.cell(r, 5).alignment = Alignment(horizontal="center")
ws.merge_cells(start_row=r + 2, start_column=1, end_row=r + 2, end_column=6)
ws.cell(r + 2, 1, "Criteri: art. 6 del Regolamento comunale per la concessione di contributi (C.C. n. 21/2019); imputazione sul cap. 6230 del bilancio 2026.").font = Font(name="Arial", size=8.5, italic=True)
ws.cell(r + 2, 1).alignment = Alignment(wrap_text=True); ws.row_dimensions[r + 2].height = 24
ws.cell(r + 4, 5, "Il Responsabile dell’Area Amministrativa").font = Font(name="Arial", size=9)
ws.cell(r + 5, 5, "F.to Dott. Calogero Sferrazza").font = Font(name="Arial", size=9, bold=True)
for col, w in zip("ABCDEF", (5, 36, 16, 10, 10, 15)): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0
ws.print_options.horizontalCentered = True
ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddHeader.right.text = "Allegato A – G.M. n. 84/2026"
wb.save(sys.argv[1])
