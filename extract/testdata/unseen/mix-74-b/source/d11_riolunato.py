# Comune di Riolunato: openpyxl workbook (Studio K style list) -> LibreOffice Calc PDF
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
ws.append(["COMUNE DI RIOLUNATO – Provincia di Modena"]); ws.merge_cells("A1:F1")
ws.append(["Allegato A alla determinazione n. 33 del 12/03/2026 – Area Servizi Finanziari – Elenco accertamenti di entrata"]); ws.merge_cells("A2:F2")
ws.append([]); ws.append(["N.", "Capitolo", "Descrizione entrata", "Debitore", "Importo €", "Acc. n."])
rows = [("1010/1", "IMU – recupero evasione anno 2021", "Contribuenti diversi", 12480.00, 21),
 ("1020/3", "TARI – avvisi di accertamento 2022", "Contribuenti diversi", 6310.50, 22),
 ("2010/2", "Fondo regionale montagna L.R. 2/2004", "Regione Emilia-Romagna", 9750.00, 23),
 ("3050/1", "Canone concessione pascoli Monte Cimone", "Az. agr. Pedrazzi G.", 2400.00, 24),
 ("3100/4", "Proventi impianti sciistici – quota comunale", "Cimone Sci S.r.l.", 15800.00, 25),
 ("3200/1", "Rimborso spese elettorali", "Prefettura di Modena", 1127.35, 26)]
for i, r in enumerate(rows, 1): ws.append([i, *r])
n = ws.max_row; ws.append(["", "", "TOTALE", "", f"=SUM(E5:E{n})", ""])
b = Side(style="thin"); 
for row in ws.iter_rows(min_row=4, max_row=n + 1):
    for c in row: c.border = Border(top=b, bottom=b, left=b, right=b)
for c in ws[4]: c.font = Font(bold=True)
ws["A1"].font = Font(bold=True, size=13); ws["C%d" % (n + 1)].font = Font(bold=True)
for r in range(5, n + 2): ws["E%d" % r].number_format = "#,##0.00"
for col, w in zip("ABCDEF", (5, 10, 44, 26, 13, 8)): ws.column_dimensions[col].width = w
ws.oddHeader.right.text = "Pag. &P"; ws.oddFooter.left.text = "Studio K – Contabilità finanziaria – stampa del 12/03/2026"
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.append([]); ws.append(["", "", "Il Responsabile dell'Area Servizi Finanziari – rag. Monica Ugolini"])
wb.save(sys.argv[1])
