# Comune di Villa Santina (UD): Allegato A to Giunta deliberation 15/2026 - tariff table (openpyxl -> LibreOffice Calc)
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
b = Side(style="thin"); B = Border(left=b, right=b, top=b, bottom=b)
ws["A1"] = "COMUNE DI VILLA SANTINA"; ws["A1"].font = Font(name="Calibri", bold=True, size=14)
ws["A2"] = "Allegato A alla deliberazione della Giunta Comunale n. 15 del 19/02/2026"; ws["A2"].font = Font(name="Calibri", italic=True)
ws["A3"] = "TARIFFE PER L'UTILIZZO DEL PALAZZETTO DELLO SPORT E DELLA PALESTRA COMUNALE – ANNO 2026"; ws["A3"].font = Font(name="Calibri", bold=True)
ws.merge_cells("A3:E3")
hdr = ["N.", "Struttura", "Utenza", "Tariffa oraria (euro)", "Note"]
rows = [(1, "Palazzetto dello sport", "Associazioni con sede nel Comune", 12.5, "IVA compresa"),
        (2, "Palazzetto dello sport", "Associazioni con sede fuori Comune", 25, "IVA compresa"),
        (3, "Palazzetto dello sport", "Privati e società commerciali", 40, "IVA compresa"),
        (4, "Palestra comunale", "Associazioni con sede nel Comune", 8, "IVA compresa"),
        (5, "Palestra comunale", "Associazioni con sede fuori Comune", 16, "IVA compresa"),
        (6, "Palestra comunale", "Privati e società commerciali", 28, "IVA compresa"),
        (7, "Palazzetto / Palestra", "Scuole del territorio", 0, "Esente"),
        (8, "Palazzetto dello sport", "Manifestazioni (giornata intera)", 350, "Più rimborso pulizie")]
for j, h in enumerate(hdr, 1):
    c = ws.cell(5, j, h); c.font = Font(name="Calibri", bold=True); c.border = B; c.alignment = Alignment(horizontal="center", wrap_text=True)
for i, r in enumerate(rows, 6):
    for j, v in enumerate(r, 1):
        c = ws.cell(i, j, v); c.border = B; c.font = Font(name="Calibri")
        if j == 4: c.number_format = "#,##0.00"
for col, w in zip("ABCDE", (5, 24, 34, 14, 20)): ws.column_dimensions[col].width = w
ws.row_dimensions[5].height = 30
ws["A16"] = "Il Responsabile del Servizio Sport – dott. Enrico Candotti"; ws["A16"].font = Font(name="Calibri", italic=True)
ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0
ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.page_setup.fitToWidth = 1
ws.oddHeader.right.text = "&F"; ws.oddFooter.center.text = "Pagina &P di &N"
wb.save(sys.argv[1])
