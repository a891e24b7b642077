# San Godenzo: openpyxl workbook printed by LibreOffice Calc (merged title cells, repeated header row)
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
ws.merge_cells("A1:E1"); ws["A1"] = "COMUNE DI SAN GODENZO – Città Metropolitana di Firenze"; ws["A1"].font = Font(bold=True, size=13)
ws.merge_cells("A2:E2"); ws["A2"] = "Allegato A all'ordinanza n. 16/2026 – Calendario delle chiusure per la gara ciclistica \"Coppa del Muraglione\""
ws["A2"].alignment = Alignment(wrap_text=True); ws.row_dimensions[2].height = 32
hdr = ["Strada", "Tratto", "Data", "Dalle ore", "Alle ore"]
ws.append([]); ws.append(hdr)
for c in ws[4]: c.font = Font(bold=True)
rows = [("S.S. 67 Tosco Romagnola", "Passo del Muraglione – Castagno d'Andrea", "31/05/2026", "9:30", "12:30"),
        ("Via Roma", "intero tratto urbano", "31/05/2026", "9:00", "13:00"),
        ("Piazza Dante", "area arrivo", "31/05/2026", "7:00", "15:00"),
        ("S.P. 556 Londa – Stia", "bivio Castagno – confine comunale", "31/05/2026", "10:00", "12:00"),
        ("Via dei Cerchi", "Castagno d'Andrea, centro", "31/05/2026", "10:00", "12:30")]
for r in rows * 6: ws.append(list(r))
thin = Side(style="thin")
for row in ws.iter_rows(min_row=4, max_row=ws.max_row):
    for c in row: c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
for col, w in zip("ABCDE", (28, 40, 12, 10, 10)): ws.column_dimensions[col].width = w
ws.print_title_rows = "4:4"; ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9
wb.save(sys.argv[1])
