# Comune di Carpineto Sinello (CH): Allegato A (spreadsheet) to a liquidazione, openpyxl -> LibreOffice Calc
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin); G = PatternFill("solid", fgColor="D9D9D9")
ws["A1"] = "COMUNE DI CARPINETO SINELLO – Provincia di Chieti"; ws["A1"].font = Font(name="Carlito", bold=True, size=13)
ws["A2"] = "Allegato A alla determinazione del Responsabile dell'Area Finanziaria – Registro generale n. 64 del 17/03/2026"; ws["A2"].font = Font(name="Carlito", italic=True, size=10)
ws["A3"] = "ELENCO DELLE FATTURE LIQUIDATE – UTENZE ENERGIA ELETTRICA E GAS – FEBBRAIO 2026"; ws["A3"].font = Font(name="Carlito", bold=True, size=11)
for r in (1, 2, 3): ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
hdr = ["N.", "Fornitore", "Fattura n.", "Data", "Utenza / POD", "CIG", "Importo €"]
for j, h in enumerate(hdr, 1):
    c = ws.cell(5, j, h); c.font = Font(name="Carlito", bold=True); c.fill = G; c.border = B; c.alignment = Alignment(horizontal="center", wrap_text=True)
rows = [("Enel Energia S.p.A.", "004512889", "05/03/2026", "Municipio – IT001E04418823", "B8C6610F2A", 612.44),
        ("Enel Energia S.p.A.", "004512890", "05/03/2026", "Scuola primaria – IT001E04418901", "B8C6610F2A", 433.10),
        ("Enel Energia S.p.A.", "004512891", "05/03/2026", "Illuminazione pubblica – IT001E04419055", "B8C6610F2A", 1988.72),
        ("Hera Comm S.p.A.", "2026/118834", "04/03/2026", "Municipio – PDR 00881204456712", "B8C7702E15", 721.36),
        ("Hera Comm S.p.A.", "2026/118835", "04/03/2026", "Scuola primaria – PDR 00881204456799", "B8C7702E15", 894.05),
        ("Enel Energia S.p.A.", "004512892", "05/03/2026", "Campo sportivo – IT001E04419122", "B8C6610F2A", 156.90),
        ("Enel Energia S.p.A.", "004512893", "05/03/2026", "Depuratore c.da Colle – IT001E04419200", "B8C6610F2A", 1204.58)]
for i, r in enumerate(rows, 1):
    vals = [i] + list(r)
    for j, v in enumerate(vals, 1):
        c = ws.cell(5 + i, j, v); c.border = B; c.font = Font(name="Carlito", size=10)
        if j == 7: c.number_format = "#,##0.00"
n = 5 + len(rows) + 1
ws.cell(n, 1, "TOTALE").font = Font(name="Carlito", bold=True); ws.merge_cells(start_row=n, start_column=1, end_row=n, end_column=6)
c = ws.cell(n, 7, "=SUM(G6:G%d)" % (n - 1)); c.number_format = "#,##0.00"; c.font = Font(name="Carlito", bold=True)
for j in range(1, 8): ws.cell(n, j).border = B
ws.cell(n + 2, 5, "IL RESPONSABILE DELL'AREA FINANZIARIA").font = Font(name="Carlito", bold=True)
ws.cell(n + 3, 5, "rag. Nicoletta Mastrangelo").font = Font(name="Carlito")
for col, w in zip("ABCDEFG", (5, 20, 13, 11, 38, 13, 12)): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0
ws.oddHeader.center.text = "&F"; ws.oddFooter.center.text = "Pagina &P di &N"
wb.save(sys.argv[1])
