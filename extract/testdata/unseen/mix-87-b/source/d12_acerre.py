# openpyxl: spreadsheet annex printed by LibreOffice Calc (landscape, header row repeated)
import sys, random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
random.seed(87)
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
ws["A1"] = "ACER REGGIO EMILIA – Azienda Casa Emilia-Romagna della Provincia di Reggio Emilia"; ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "Allegato A alla determinazione del Direttore n. 88 del 16/04/2026 – Interventi di manutenzione straordinaria su alloggi ERP sfitti – anno 2026"
ws.merge_cells("A1:G1"); ws.merge_cells("A2:G2")
hdr = ["N.", "Comune", "Indirizzo", "Codice alloggio", "Vani", "Tipo intervento", "Importo stimato (€)"]
ws.append([]); ws.append(hdr)
for c in ws[4]: c.font = Font(bold=True); c.alignment = Alignment(horizontal="center", wrap_text=True)
comuni = ["Reggio nell'Emilia", "Scandiano", "Correggio", "Guastalla", "Castelnovo ne' Monti", "Casalgrande", "Novellara", "Montecchio Emilia"]
vie = ["via Emilia Ospizio", "via Gorizia", "viale Timavo", "via Rosselli", "via Dante", "via Matteotti", "via Gramsci", "via Roma"]
tipi = ["Rifacimento impianto elettrico", "Sostituzione serramenti", "Ripristino servizi igienici", "Adeguamento impianto termico", "Tinteggiatura e pavimenti"]
thin = Side(style="thin")
for i in range(1, 41):
    ws.append([i, random.choice(comuni), f"{random.choice(vie)}, {random.randint(1,120)}", f"RE-{random.randint(1000,9999)}-{random.randint(1,30):02d}", random.randint(2,5), random.choice(tipi), round(random.uniform(4000, 28000), 2)])
for row in ws.iter_rows(min_row=4, max_row=ws.max_row):
    for c in row: c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
for r in range(5, ws.max_row + 1): ws.cell(r, 7).number_format = "#,##0.00"
ws.append(["", "", "", "", "", "TOTALE", f"=SUM(G5:G{ws.max_row})"]); ws.cell(ws.max_row, 7).number_format = "#,##0.00"; ws.cell(ws.max_row, 6).font = Font(bold=True)
for col, w in zip("ABCDEFG", [5, 22, 26, 16, 6, 32, 18]): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9; ws.print_title_rows = "4:4"
ws.oddFooter.center.text = "Pagina &P di &N"
wb.save(sys.argv[1])
