# spreadsheet annex: openpyxl workbook, printed to PDF by LibreOffice Calc (see build.sh)
import sys, openpyxl
from openpyxl.styles import Font, Border, Side, Alignment
wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Allegato A'
rows = [["COMUNE DI SAMMICHELE DI BARI"],
        ["ALLEGATO A - Piano di riparto contributi alle associazioni sportive - anno 2026"],
        ["(Allegato alla deliberazione della Giunta Comunale n. 29 del 05/03/2026)"], [],
        ["N.", "Associazione", "Codice fiscale", "Disciplina", "Iscritti under 18", "Contributo (€)"],
        [1, "A.S.D. Sammichele Calcio", "91102340723", "Calcio", 86, 3200],
        [2, "Polisportiva Cardinale", "93011520729", "Pallavolo", 54, 2150],
        [3, "A.S.D. Ginnastica Aurora", "91087650721", "Ginnastica ritmica", 41, 1800],
        [4, "Tennis Club Sammichele", "93045210724", "Tennis", 23, 950],
        [5, "A.S.D. Murgia Bike", "91123980727", "Ciclismo", 18, 700],
        [6, "Scacchi Club Peucetia", "93067740726", "Scacchi", 12, 400],
        [None, None, None, None, "TOTALE", "=SUM(F6:F11)"]]
for r in rows: ws.append(r)
thin = Side(style='thin'); b = Border(left=thin, right=thin, top=thin, bottom=thin)
ws['A1'].font = Font(bold=True, size=14); ws['A2'].font = Font(bold=True)
for row in ws.iter_rows(min_row=5, max_row=12):
    for c in row:
        c.border = b
        if c.column == 6: c.number_format = '#,##0.00'
for c in ws[5]: c.font = Font(bold=True); c.alignment = Alignment(wrap_text=True, horizontal='center')
ws['E12'].font = Font(bold=True); ws['F12'].font = Font(bold=True)
for col, w in zip('ABCDEF', [5, 30, 16, 20, 12, 16]): ws.column_dimensions[col].width = w
ws.page_setup.orientation = 'landscape'; ws.page_setup.fitToWidth = 1; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.oddHeader.center.text = 'Allegato A'; ws.oddFooter.center.text = 'Pagina &P di &N'
wb.save(sys.argv[1])
