# Comune di Laureana di Borrello - Allegato A (tariff schedule) as an Excel workbook (openpyxl);
# printed to PDF by LibreOffice Calc, as an office prints its Excel sheet.
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins
wb = Workbook(); ws = wb.active; ws.title = "Tariffe 2026"
thin = Side(style="thin", color="000000"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
grey = PatternFill("solid", fgColor="D9E1F2"); sub = PatternFill("solid", fgColor="F2F2F2")
ws.column_dimensions["A"].width = 6; ws.column_dimensions["B"].width = 46
for c in "CDE": ws.column_dimensions[c].width = 16
ws.column_dimensions["F"].width = 26
def put(r, c, v, bold=False, size=10, fill=None, border=True, align=None, fmt=None):
    cell = ws.cell(row=r, column=c, value=v); cell.font = Font(name="Calibri", size=size, bold=bold)
    if fill: cell.fill = fill
    if border: cell.border = B
    cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal=align)
    if fmt: cell.number_format = fmt
    return cell
ws.merge_cells("A1:F1"); put(1, 1, "COMUNE DI LAUREANA DI BORRELLO", True, 14, border=False, align="center")
ws.merge_cells("A2:F2"); put(2, 1, "Città Metropolitana di Reggio Calabria – Area Economico-Finanziaria", False, 10, border=False, align="center")
ws.merge_cells("A4:F4"); put(4, 1, "ALLEGATO A alla deliberazione della Giunta Comunale n. 44 del 07/04/2026", True, 11, border=False, align="center")
ws.merge_cells("A5:F5"); put(5, 1, "SERVIZI PUBBLICI A DOMANDA INDIVIDUALE – TARIFFE E PERCENTUALE DI COPERTURA DEI COSTI – ANNO 2026", True, 10, border=False, align="center")
hdr = ["N.", "Servizio / voce tariffaria", "Tariffa 2025 (€)", "Tariffa 2026 (€)", "Variazione %", "Note"]
r = 7
for i, h in enumerate(hdr, 1): put(r, i, h, True, 10, grey, align="center")
ws.row_dimensions[r].height = 30
data = [
 ("1", "MENSA SCOLASTICA (scuola dell’infanzia e primaria)", None, None, None, None),
 ("1.1", "Buono pasto – ISEE fino a € 6.000,00", 1.80, 1.90, None, "per pasto"),
 ("1.2", "Buono pasto – ISEE da € 6.000,01 a € 12.000,00", 2.60, 2.70, None, "per pasto"),
 ("1.3", "Buono pasto – ISEE oltre € 12.000,00 o non presentato", 3.40, 3.50, None, "per pasto"),
 ("1.4", "Riduzione dal secondo figlio iscritto", 0.50, 0.50, None, "per pasto"),
 ("2", "TRASPORTO SCOLASTICO", None, None, None, None),
 ("2.1", "Abbonamento mensile – residenti in centro urbano", 14.00, 15.00, None, "settembre–giugno"),
 ("2.2", "Abbonamento mensile – residenti nelle frazioni", 10.00, 10.00, None, "settembre–giugno"),
 ("3", "IMPIANTI SPORTIVI – PALAZZETTO COMUNALE", None, None, None, None),
 ("3.1", "Uso orario – associazioni sportive locali", 12.00, 12.00, None, "IVA inclusa"),
 ("3.2", "Uso orario – altri soggetti", 25.00, 27.00, None, "IVA inclusa"),
 ("3.3", "Maggiorazione per uso dell’impianto di illuminazione", 5.00, 6.00, None, "per ora"),
 ("4", "SALA CONVEGNI “PALAZZO MUNICIPALE”", None, None, None, None),
 ("4.1", "Concessione giornaliera per manifestazioni private", 80.00, 90.00, None, "oltre cauzione € 100,00"),
 ("4.2", "Concessione per mezza giornata", 45.00, 50.00, None, ""),
]
for row in data:
    r += 1
    if row[2] is None:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        put(r, 1, row[0], True, 10, sub, align="center"); put(r, 2, row[1], True, 10, sub)
        for c in range(3, 7): ws.cell(row=r, column=c).border = B; ws.cell(row=r, column=c).fill = sub
        continue
    put(r, 1, row[0], align="center"); put(r, 2, row[1])
    put(r, 3, row[2], align="right", fmt='[$-410]#,##0.00'); put(r, 4, row[3], align="right", fmt='[$-410]#,##0.00')
    put(r, 5, "=IF(C%d=0,0,(D%d-C%d)/C%d)" % (r, r, r, r), align="right", fmt='[$-410]0.0%')
    put(r, 6, row[5])
r += 2
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
put(r, 1, "PERCENTUALE COMPLESSIVA DI COPERTURA DEI COSTI DEI SERVIZI A DOMANDA INDIVIDUALE", True, 10, grey)
r += 1
cov = [("Costi complessivi previsti (€)", 187450.00, '[$-410]#,##0.00'), ("Proventi tariffari previsti (€)", 71230.00, '[$-410]#,##0.00')]
for lab, v, f in cov:
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4); put(r, 1, lab)
    for c in range(2, 5): ws.cell(row=r, column=c).border = B
    ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6); put(r, 5, v, align="right", fmt=f); ws.cell(row=r, column=6).border = B
    r += 1
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4); put(r, 1, "Percentuale di copertura", True)
for c in range(2, 5): ws.cell(row=r, column=c).border = B
ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6); put(r, 5, "=E%d/E%d" % (r - 1, r - 2), True, align="right", fmt='[$-410]0.00%'); ws.cell(row=r, column=6).border = B
r += 2
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
put(r, 1, "Le tariffe si applicano dal 1° settembre 2026 per i servizi scolastici e dal 1° maggio 2026 per gli altri servizi.", False, 9, border=False)
r += 2
ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6); put(r, 4, "Il Responsabile dell’Area Economico-Finanziaria", False, 10, border=False, align="center")
ws.merge_cells(start_row=r+1, start_column=4, end_row=r+1, end_column=6); put(r+1, 4, "Dott. Saverio Lacquaniti", True, 10, border=False, align="center")
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 1; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.8)
ws.oddFooter.left.text = "Allegato A – Delib. G.C. n. 44/2026"; ws.oddFooter.left.size = 8
ws.oddFooter.right.text = "Pagina &P di &N"; ws.oddFooter.right.size = 8
ws.print_title_rows = "7:7"
wb.save(sys.argv[1])
