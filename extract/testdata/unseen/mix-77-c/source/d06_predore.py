import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
wb = Workbook(); ws = wb.active; ws.title = "Pubblicazione"
t = Side(style="thin"); B = Border(left=t, right=t, top=t, bottom=t)
ws.column_dimensions["A"].width = 30; ws.column_dimensions["B"].width = 34; ws.column_dimensions["C"].width = 34
rows = [("COMUNE DI PREDORE",), ("Provincia di Bergamo – Ufficio dello Stato Civile",), (),
 ("PUBBLICAZIONE DI MATRIMONIO",), ("Atto n. 1 – Parte I – Serie A – Anno 2026",), (),
 ("", "SPOSO", "SPOSA"), ("Cognome", "Bonomelli", "Cadei"), ("Nome", "Stefano", "Giulia"),
 ("Luogo di nascita", "Lovere (BG)", "Sarnico (BG)"), ("Data di nascita", "14/06/1994", "02/09/1996"),
 ("Residenza", "Predore", "Predore"), (),
 ("Si fa noto che i suddetti intendono celebrare matrimonio.",),
 ("La presente pubblicazione resterà affissa per otto giorni consecutivi.",), (),
 ("Predore, 12/02/2026",), ("L'Ufficiale dello Stato Civile", "", "Chiara Zanni")]
for r in rows: ws.append(list(r))
for c in ("A1", "A4"): ws[c].font = Font(name="Calibri", size=14, bold=True)
for rr in range(7, 13):
    for cc in "ABC": ws[f"{cc}{rr}"].border = B
    ws[f"A{rr}"].font = Font(name="Calibri", bold=True)
for c in ("B7", "C7"): ws[c].font = Font(name="Calibri", bold=True); ws[c].alignment = Alignment(horizontal="center")
for m in ("A1:C1", "A2:C2", "A4:C4", "A5:C5", "A14:C14", "A15:C15"): ws.merge_cells(m)
for c in ("A1", "A2", "A4", "A5"): ws[c].alignment = Alignment(horizontal="center")
ws.oddFooter.center.text = "&F – Pagina &P di &N"
ws.page_setup.paperSize = 9; ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 1
wb.save(sys.argv[1])
