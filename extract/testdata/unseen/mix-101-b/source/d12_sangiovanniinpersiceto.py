# San Giovanni in Persiceto: Allegato A to a Consiglio deliberation — table of amendments with their votes (openpyxl .xlsx; LibreOffice Calc prints it)
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
wb = Workbook(); ws = wb.active; ws.title = "Emendamenti"
ws.append(["COMUNE DI SAN GIOVANNI IN PERSICETO – Città metropolitana di Bologna"]); ws.merge_cells("A1:H1")
ws.append(["ALLEGATO A alla deliberazione del Consiglio Comunale n. 17 del 19/03/2026 – Esito delle votazioni sugli emendamenti al Regolamento del verde pubblico e privato"]); ws.merge_cells("A2:H2")
ws.append([])
ws.append(["N.", "Art.", "Proponente", "Sintesi", "Favorevoli", "Contrari", "Astenuti", "Esito"])
rows = [(1, "3", "Bonfiglioli (Persiceto Futura)", "Definizione di alberatura di pregio", 6, 11, 0, "Respinto"),
        (2, "7", "Forni (Partito Democratico)", "Termine di 30 giorni per il parere dell'Ufficio Ambiente", 17, 0, 0, "Approvato"),
        (3, "9", "Guaraldi (Lega)", "Compensazione con messa a dimora in altra area", 5, 11, 1, "Respinto"),
        (4, "11", "Cotti (Persiceto Bene Comune)", "Divieto di capitozzatura salvo motivi di sicurezza", 12, 0, 5, "Approvato"),
        (5, "14", "Bonfiglioli (Persiceto Futura)", "Riduzione delle sanzioni per i privati", 6, 11, 0, "Respinto"),
        (6, "18", "Giunta comunale", "Coordinamento con il Regolamento edilizio", 12, 0, 5, "Approvato"),
        (7, "21", "Tassinari (Movimento 5 Stelle)", "Censimento del verde ogni 5 anni", 1, 11, 5, "Respinto")]
for r in rows: ws.append(list(r))
ws.append(["", "", "", "Totale emendamenti approvati", "", "", "", 3])
thin = Side(style="thin"); b = Border(left=thin, right=thin, top=thin, bottom=thin)
for row in ws.iter_rows(min_row=4, max_row=ws.max_row):
    for cell in row: cell.border = b; cell.alignment = Alignment(wrap_text=True, vertical="top")
for cell in ws[4]: cell.font = Font(bold=True)
ws["A1"].font = Font(bold=True, size=13); ws["A2"].alignment = Alignment(wrap_text=True); ws.row_dimensions[2].height = 32
for col, w in zip("ABCDEFGH", [5, 6, 30, 46, 11, 10, 10, 11]): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0
ws.oddHeader.center.text = "&F"; ws.oddFooter.right.text = "Pagina &P di &N"
wb.save(sys.argv[1])
