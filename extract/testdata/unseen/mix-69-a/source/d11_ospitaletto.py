# Ospitaletto (BS): Allegato A (budget variation of the PEG) as a spreadsheet; openpyxl .xlsx printed by LibreOffice Calc
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.merge_cells("A1:F1"); ws["A1"] = "COMUNE DI OSPITALETTO"; ws["A1"].font = Font(name="Arial", size=14, bold=True)
ws.merge_cells("A2:F2"); ws["A2"] = "Provincia di Brescia"; ws["A2"].font = Font(name="Arial", size=9)
ws.merge_cells("A4:F4"); ws["A4"] = "ALLEGATO A alla deliberazione della Giunta Comunale n. 52 del 24/03/2026"; ws["A4"].font = Font(name="Arial", size=10, bold=True)
ws.merge_cells("A5:F5"); ws["A5"] = "PIANO ESECUTIVO DI GESTIONE 2026-2028 – VARIAZIONE N. 2 (assegnazione delle risorse ai Responsabili)"; ws["A5"].font = Font(name="Arial", size=10)
for r in (1, 2, 4, 5): ws.cell(r, 1).alignment = Alignment(horizontal="center")
# two-row header with merged cells
ws.merge_cells("A7:A8"); ws.merge_cells("B7:B8"); ws.merge_cells("C7:C8"); ws.merge_cells("D7:F7")
hdr = {"A7": "Capitolo", "B7": "Descrizione", "C7": "Responsabile", "D7": "Competenza 2026 (euro)", "D8": "Stanziamento", "E8": "Variazione", "F8": "Nuovo stanziamento"}
grey = PatternFill("solid", fgColor="D9D9D9")
for k, v in hdr.items(): ws[k] = v
for row in ws["A7:F8"]:
    for cl in row: cl.font = Font(name="Arial", size=9, bold=True); cl.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True); cl.fill = grey; cl.border = B
rows = [("1043/1", "Manutenzione ordinaria edifici scolastici", "Area Tecnica", 42000, 8500),
        ("1180/3", "Spese per consultazioni elettorali", "Area Amministrativa", 15000, -3000),
        ("1420/2", "Contributi ad associazioni sportive", "Area Servizi alla Persona", 18000, 4000),
        ("1605/1", "Servizio di trasporto scolastico", "Area Servizi alla Persona", 96500, 6200),
        ("1811/4", "Illuminazione pubblica – energia elettrica", "Area Tecnica", 210000, -12000),
        ("1930/1", "Formazione del personale", "Area Economico-Finanziaria", 7500, 1500),
        ("2210/2", "Manutenzione verde pubblico", "Area Tecnica", 58000, 5300),
        ("2435/1", "Servizi cimiteriali", "Area Amministrativa", 31000, -2500)]
r = 9
for cap, d, resp, st, va in rows:
    ws.cell(r, 1, cap); ws.cell(r, 2, d); ws.cell(r, 3, resp); ws.cell(r, 4, st); ws.cell(r, 5, va); ws.cell(r, 6, f"=D{r}+E{r}")
    for cc in range(1, 7):
        cl = ws.cell(r, cc); cl.border = B; cl.font = Font(name="Arial", size=9)
        if cc >= 4: cl.number_format = "#,##0.00"
    r += 1
ws.cell(r, 1, "TOTALE"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
for cc, col in ((4, "D"), (5, "E"), (6, "F")): ws.cell(r, cc, f"=SUM({col}9:{col}{r-1})").number_format = "#,##0.00"
for cc in range(1, 7): ws.cell(r, cc).font = Font(name="Arial", size=9, bold=True); ws.cell(r, cc).border = B
ws.cell(r + 2, 1, "Il Responsabile dell'Area Economico-Finanziaria – dott.ssa Nadia Bertoli").font = Font(name="Arial", size=9, italic=True)
for col, w in zip("ABCDEF", (10, 38, 24, 14, 12, 16)): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.print_options.horizontalCentered = True
ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddHeader.right.text = "Allegato A – G.C. 52/2026"
wb.save(sys.argv[1])
