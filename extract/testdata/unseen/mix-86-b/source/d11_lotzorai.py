# Comune di Lotzorai: Allegato A (spreadsheet) to determinazione, openpyxl -> LibreOffice Calc, landscape, title rows repeated
import sys, random
from openpyxl import Workbook
from openpyxl.styles import Font, Border, Side
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
ws["A1"] = "COMUNE DI LOTZORAI – Provincia di Nuoro – Area Amministrativa"; ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "Allegato A alla Determinazione n. 88 del 27/03/2026 – Contributi per il servizio di trasporto degli studenti pendolari a.s. 2025/2026"
hdr = ["N.", "Codice istanza", "Protocollo", "Data istanza", "Istituto frequentato", "Km A/R", "Spesa sostenuta €", "Contributo €"]
ws.append([]); ws.append(hdr)
for c in ws[4]: c.font = Font(bold=True)
random.seed(86); ist = ["IIS Tortolì", "Liceo Scientifico Lanusei", "IPSAR Tortolì", "ITC Lanusei", "Liceo Classico Lanusei"]
tot = 0
for i in range(1, 39):
    sp = round(random.uniform(180, 720), 2); co = round(sp * 0.8, 2); tot += co
    ws.append([i, f"TRS-2026-{100+i:03d}", 1700 + 7 * i, f"{(i % 27) + 1:02d}/02/2026", random.choice(ist), random.choice([14, 22, 36, 48]), sp, co])
ws.append(["", "", "", "", "", "", "Totale", round(tot, 2)])
thin = Side(style="thin")
for row in ws.iter_rows(min_row=4, max_row=ws.max_row):
    for c in row: c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
for col in "GH":
    for c in ws[col][4:]: c.number_format = "#,##0.00"
for col, w in zip("ABCDEFGH", [5, 16, 11, 12, 26, 8, 16, 13]): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9; ws.print_title_rows = "4:4"
ws.oddHeader.center.text = "&F"; ws.oddFooter.right.text = "Pagina &P di &N"
wb.save(sys.argv[1])
