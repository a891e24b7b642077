# openpyxl worksheet printed by LibreOffice Calc: Allegato A to a determinazione (R.G. in the sheet title)
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
b = Side(style="thin"); B = Border(left=b, right=b, top=b, bottom=b)
ws.merge_cells("A1:F1"); ws["A1"] = "COMUNE DI PALLAGORIO – Provincia di Crotone"; ws["A1"].font = Font(bold=True, size=14)
ws.merge_cells("A2:F2"); ws["A2"] = "Allegato A alla Determinazione dell'Area Amministrativa n. 17 del 21/04/2026 (R.G. n. 133 del 22/04/2026)"
ws.merge_cells("A3:F3"); ws["A3"] = "Elenco dei beneficiari del contributo per il trasporto degli studenti pendolari – anno scolastico 2025/2026"; ws["A3"].font = Font(bold=True)
hdr = ["N.", "Codice beneficiario", "Istituto frequentato", "Comune sede", "Mesi", "Contributo (€)"]
ws.append([]); ws.append(hdr)
for c in ws[5]: c.font = Font(bold=True); c.border = B; c.alignment = Alignment(horizontal="center", wrap_text=True)
ist = [("IIS \"Gangale\"", "Cirò Marina"), ("Liceo Scientifico \"Filolao\"", "Crotone"), ("ITI \"Donegani\"", "Crotone"), ("IPSIA", "Strongoli")]
for i in range(1, 19):
    n, cc = ist[i % 4]; m = 9 - (i % 3)
    ws.append([i, "PLG-2026-%03d" % (i * 7), n, cc, m, 35.0 * m])
    for c in ws[5 + i]: c.border = B
ws.append(["", "", "", "TOTALE", "", "=SUM(F6:F23)"]); ws["F24"].font = Font(bold=True)
for r in range(6, 25): ws.cell(r, 6).number_format = "#,##0.00"
for col, w in zip("ABCDEF", [5, 18, 30, 14, 7, 14]): ws.column_dimensions[col].width = w
ws.append([]); ws.append(["", "", "", "Il Responsabile dell'Area Amministrativa", "", ""]); ws.append(["", "", "", "Dott. Vincenzo Marasco", "", ""])
ws.oddFooter.center.text = "Allegato A – pag. &P di &N"; ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = 9
ws.print_title_rows = "5:5"; ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
wb.save(sys.argv[1])
