# Comune di Gonzaga: Allegato A to a Giunta deliberation, a spreadsheet (openpyxl) printed by LibreOffice
# Calc: title rows, merged cells, thousands separators, print title row, header/footer.
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = "Contributi 2026"
thin = Side(style="thin", color="888888"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.merge_cells("A1:F1"); ws["A1"] = "COMUNE DI GONZAGA – Provincia di Mantova"; ws["A1"].font = Font(bold=True, size=13)
ws.merge_cells("A2:F2"); ws["A2"] = "Allegato A alla deliberazione della Giunta comunale n. 44 del 16/04/2026"; ws["A2"].font = Font(italic=True, size=10)
ws.merge_cells("A3:F3"); ws["A3"] = "Riparto dei contributi ordinari alle associazioni sportive – anno 2026"; ws["A3"].font = Font(bold=True, size=11)
hd = ["N.", "Associazione", "Disciplina", "Tesserati under 18", "Punteggio", "Contributo (€)"]
for i, h in enumerate(hd, 1):
    c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="D9E2F3"); c.border = B
    c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
rows = [("A.S.D. Gonzaga Calcio", "calcio", 142, 31.5, 4725.00), ("Pallavolo Oltrepò Gonzaghese", "pallavolo", 88, 22.0, 3300.00),
        ("G.S. Ciclistico Bondeno", "ciclismo", 21, 9.0, 1350.00), ("Tennis Club Gonzaga", "tennis", 37, 11.5, 1725.00),
        ("Polisportiva Palidano", "polisportiva", 64, 17.0, 2550.00), ("Karate Shotokan Gonzaga", "arti marziali", 45, 12.5, 1875.00),
        ("A.S.D. Basket Virgiliano Sud", "pallacanestro", 53, 14.0, 2100.00), ("Bocciofila Gonzaghese", "bocce", 0, 4.0, 600.00),
        ("Nuoto Club Pegognaga-Gonzaga", "nuoto", 71, 18.5, 2775.00), ("Gruppo Podistico Moglia-Gonzaga", "atletica", 12, 6.0, 900.00)]
for k, r in enumerate(rows, 1):
    vals = [k] + list(r)
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=5 + k, column=i, value=v); c.border = B
        if i == 6: c.number_format = "#,##0.00"
        if i == 5: c.number_format = "0.0"
n = 5 + len(rows) + 1
ws.merge_cells(f"A{n}:D{n}"); ws[f"A{n}"] = "TOTALE"; ws[f"A{n}"].font = Font(bold=True); ws[f"A{n}"].alignment = Alignment(horizontal="right")
ws[f"E{n}"] = f"=SUM(E6:E{n-1})"; ws[f"F{n}"] = f"=SUM(F6:F{n-1})"; ws[f"F{n}"].number_format = "#,##0.00"; ws[f"E{n}"].number_format = "0.0"
for col in "ABCDEF": ws[f"{col}{n}"].border = B; ws[f"{col}{n}"].font = Font(bold=True)
ws.cell(row=n + 2, column=1, value="Criteri: art. 5 del Regolamento comunale per la concessione di contributi (D.C.C. n. 21/2019); valore del punto € 150,00.").font = Font(size=9, italic=True)
for col, w in zip("ABCDEF", [5, 34, 16, 12, 11, 15]): ws.column_dimensions[col].width = w
ws.row_dimensions[5].height = 30
ws.print_title_rows = "5:5"; ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.oddHeader.right.text = "Allegato A – G.C. 44/2026"; ws.oddFooter.left.text = "&F"; ws.oddFooter.right.text = "Pagina &P di &N"
ws.print_options.horizontalCentered = True
ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
wb.save(sys.argv[1])
