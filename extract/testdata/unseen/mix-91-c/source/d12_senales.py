# openpyxl workbook -> LibreOffice Calc PDF: Anlage A / Allegato A, German and Italian column headings, totals row
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
wb = Workbook(); ws = wb.active; ws.title = "Anlage A - Allegato A"
ws.append(["Gemeinde Schnals – Comune di Senales"])
ws.append(["Anlage A zum Beschluss des Gemeindeausschusses Nr. 71 vom 16.06.2026 / Allegato A alla deliberazione della Giunta comunale n. 71 del 16.06.2026"])
ws.append(["Beiträge an Vereine 2026 – Contributi alle associazioni 2026"])
ws.append([])
ws.append(["Nr.", "Verein / Associazione", "Tätigkeit / Attività", "Beitrag € / Contributo €"])
rows = [("Musikkapelle Schnals / Banda musicale di Senales", "Konzerte / Concerti", 6500), ("Freiwillige Feuerwehr Karthaus / Vigili del fuoco volontari di Certosa", "Ausrüstung / Attrezzatura", 9200),
        ("Amateursportverein Schnalstal / ASD Val Senales", "Jugendsport / Sport giovanile", 7800), ("Heimatpflegeverein Schnals / Associazione tutela del territorio", "Kultur / Cultura", 2400),
        ("Bäuerinnen Unser Frau / Donne rurali Madonna di Senales", "Veranstaltungen / Manifestazioni", 1500), ("Theaterverein Katharinaberg / Filodrammatica Monte Santa Caterina", "Theater / Teatro", 2100),
        ("Skiclub Schnalstal / Sci club Val Senales", "Jugendsport / Sport giovanile", 5300)]
for i, r in enumerate(rows, 1): ws.append([i, *r])
ws.append(["", "Summe / Totale", "", "=SUM(D6:D12)"])
thin = Side(style="thin")
for row in ws.iter_rows(min_row=5, max_row=13):
    for cl in row: cl.border = Border(top=thin, bottom=thin, left=thin, right=thin)
for cl in ws[5]: cl.font = Font(bold=True)
ws["A1"].font = Font(bold=True, size=13); ws["A3"].font = Font(bold=True)
for r in range(6, 14): ws.cell(r, 4).number_format = "#,##0.00"
ws.column_dimensions["A"].width = 5; ws.column_dimensions["B"].width = 62; ws.column_dimensions["C"].width = 32; ws.column_dimensions["D"].width = 22
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9; ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0
ws.oddHeader.center.text = "&F"; ws.oddFooter.center.text = "Seite / Pagina &P"
wb.save(sys.argv[1])
