# Unione Montana Appennino Parma Est: Allegato A as a spreadsheet (openpyxl -> LibreOffice Calc)
import sys, random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
random.seed(80)
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
ws["A1"] = "UNIONE MONTANA APPENNINO PARMA EST"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Servizio associato Trasporto Scolastico – Comuni di Calestano, Corniglio, Langhirano, Lesignano de' Bagni, Monchio delle Corti, Neviano degli Arduini, Palanzano, Tizzano Val Parma"
ws["A3"] = "ALLEGATO A alla determinazione DET-2026-0063 – Percorsi e chilometraggi del servizio di trasporto scolastico a.s. 2025/2026 (periodo gennaio–giugno 2026)"
ws["A3"].font = Font(bold=True)
hdr = ["N.", "Comune", "Percorso", "Plesso servito", "Km/giorno", "Giorni", "Km totali", "Importo (€)"]
ws.append([]); ws.append(hdr)
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
for cell in ws[5]: cell.font = Font(bold=True); cell.border = B
comuni = ["Calestano", "Corniglio", "Langhirano", "Lesignano de' Bagni", "Monchio delle Corti", "Neviano degli Arduini", "Palanzano", "Tizzano Val Parma"]
n = 0
for com in comuni:
    for k in range(random.randint(3, 5)):
        n += 1; km = round(random.uniform(18, 74), 1); g = random.choice([98, 101, 104])
        ws.append([n, com, "Linea %s%d" % (com[:3].upper(), k + 1), random.choice(["Scuola primaria", "Scuola secondaria I grado", "Scuola dell'infanzia"]), km, g, None, None])
        r = ws.max_row
        ws.cell(r, 7).value = "=E%d*F%d" % (r, r); ws.cell(r, 8).value = "=G%d*1.92" % r
        ws.cell(r, 5).number_format = "#,##0.0"; ws.cell(r, 7).number_format = "#,##0.0"; ws.cell(r, 8).number_format = "#,##0.00"
        for cell in ws[r]: cell.border = B
r = ws.max_row + 1
ws.cell(r, 2).value = "TOTALE"; ws.cell(r, 2).font = Font(bold=True)
ws.cell(r, 7).value = "=SUM(G6:G%d)" % (r - 1); ws.cell(r, 8).value = "=SUM(H6:H%d)" % (r - 1)
ws.cell(r, 7).number_format = "#,##0.0"; ws.cell(r, 8).number_format = "#,##0.00"
for col, w in zip("ABCDEFGH", [5, 22, 14, 26, 10, 8, 11, 13]): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9
ws.print_title_rows = "5:5"
for a in ("A2", "A3"):
    ws.merge_cells("%s:H%s" % (a, a[1])); ws[a].alignment = Alignment(wrap_text=True, vertical="top")
ws.row_dimensions[2].height = 28; ws.row_dimensions[3].height = 28
ws.print_area = "A1:H%d" % r
ws.oddFooter.center.text = "Langhirano, 17/03/2026 – Il Responsabile del Servizio associato – Pagina &P di &N"
wb.save(sys.argv[1])
