# Brandizzo: Allegato A to a Consiglio deliberation: attendance and vote sheet per agenda item,
# written with openpyxl, printed landscape by LibreOffice Calc (title rows repeated, merged header cells).
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins
wb = Workbook(); ws = wb.active; ws.title = "Presenze e votazioni"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws["A1"] = "COMUNE DI BRANDIZZO – Città Metropolitana di Torino"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Allegato A alla deliberazione del Consiglio Comunale n. 10 del 30/03/2026 – Prospetto delle presenze e delle votazioni per punto all'ordine del giorno"
ws["A2"].font = Font(italic=True, size=9)
ws.merge_cells("A1:L1"); ws.merge_cells("A2:L2")
items = ["Punto 1 – Verbali seduta precedente", "Punto 2 – Rendiconto 2025", "Punto 3 – Variazione di bilancio", "Punto 4 – Regolamento TARI", "Punto 5 – Mozione viabilità"]
ws["A4"] = "N."; ws["B4"] = "Consigliere"; ws["C4"] = "Appello"
col = 4
for it in items:
    ws.cell(4, col, it); ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 1)
    ws.cell(5, col, "Pres."); ws.cell(5, col + 1, "Voto"); col += 2
ws.merge_cells("A4:A5"); ws.merge_cells("B4:B5"); ws.merge_cells("C4:C5")
mem = [("BODONI Paolo (Sindaco)", "P"), ("GIACHINO Elena (Presidente)", "P"), ("FERRERO Marco", "P"), ("BONINO Sara", "R"),
 ("CRAVERO Luca", "P"), ("OPERTI Anna", "P"), ("RINAUDO Davide", "AG"), ("VOTTERO Chiara", "P"), ("BALLARIO Simone", "P"),
 ("FASSINO Giulia", "P"), ("MUSSO Enrico", "P"), ("TOSCO Irene", "A"), ("RAVERA Stefano", "P"), ("GHIO Marta", "P"),
 ("BARBERO Alessio", "P"), ("PEROTTI Laura", "R"), ("AIMAR Franco", "P")]
minority = {"BARBERO Alessio", "PEROTTI Laura", "AIMAR Franco", "GHIO Marta"}
r = 6
for i, (n, s) in enumerate(mem, 1):
    ws.cell(r, 1, i); ws.cell(r, 2, n); ws.cell(r, 3, {"P": "P", "R": "P (remoto)", "AG": "AG", "A": "A"}[s])
    nm = n.split(" (")[0]
    for k in range(5):
        pres = s in ("P", "R") and not (nm == "RAVERA Stefano" and k >= 3)
        if nm == "RINAUDO Davide" and k >= 2: pres = True
        v = "" if not pres else ("F" if (nm not in minority or k == 0) else ("C" if k in (1, 2) else ("AS" if k == 3 else "F")))
        ws.cell(r, 4 + 2 * k, "P" if pres else "A"); ws.cell(r, 5 + 2 * k, v)
    r += 1
ws.cell(r + 1, 1, "Legenda: P presente, A assente, AG assente giustificato; F favorevole, C contrario, AS astenuto. RINAUDO entra alle ore 21:10 (dal punto 3); RAVERA esce alle ore 22:05 (dal punto 4).")
ws.cell(r + 1, 1).font = Font(size=8, italic=True)
ws.cell(r + 3, 1, "Il Segretario Generale – dott.ssa Paola Chiarle"); ws.cell(r + 3, 1).font = Font(size=9)
for row in ws.iter_rows(min_row=4, max_row=r - 1, min_col=1, max_col=13):
    for cc in row:
        cc.border = B; cc.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True); cc.font = Font(size=9, bold=cc.row in (4, 5))
        if cc.row in (4, 5): cc.fill = PatternFill("solid", fgColor="DDDDDD")
for rr in range(6, r): ws.cell(rr, 2).alignment = Alignment(horizontal="left")
ws.column_dimensions["A"].width = 4; ws.column_dimensions["B"].width = 28; ws.column_dimensions["C"].width = 11
for k in range(10): ws.column_dimensions[chr(ord("D") + k)].width = 8.5
ws.row_dimensions[4].height = 30
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_title_rows = "4:5"; ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.6, bottom=0.6)
ws.oddHeader.center.text = "&F"; ws.oddFooter.center.text = "Pagina &P di &N"
wb.save(sys.argv[1])
