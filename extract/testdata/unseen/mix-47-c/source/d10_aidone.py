# Comune di Aidone - annex (Allegato A) kept as an Excel workbook (openpyxl) and printed to PDF by LibreOffice Calc
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
import random
random.seed(47)
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.merge_cells("A1:G1"); ws["A1"] = "COMUNE DI AIDONE"; ws["A1"].font = Font(name="Liberation Sans", bold=True, size=14)
ws.merge_cells("A2:G2"); ws["A2"] = "Libero Consorzio Comunale di Enna – Area Amministrativa – Servizio Pubblica Istruzione"; ws["A2"].font = Font(name="Liberation Sans", italic=True, size=9)
ws.merge_cells("A4:G4"); ws["A4"] = "ALLEGATO A) alla Determinazione del Responsabile dell'Area Amministrativa n. 74 del 12/03/2026"; ws["A4"].font = Font(name="Liberation Sans", bold=True, size=10)
ws.merge_cells("A5:G5"); ws["A5"] = "Fornitura gratuita o semigratuita dei libri di testo – a.s. 2025/2026 (L. 448/1998, art. 27) – Elenco degli aventi diritto"; ws["A5"].font = Font(name="Liberation Sans", size=10)
for c in ("A1", "A2", "A4", "A5"): ws[c].alignment = Alignment(horizontal="center", wrap_text=True)
hdr = ["N.", "Prot. istanza", "Codice richiedente", "Scuola", "Classe", "ISEE (€)", "Contributo (€)"]
ws.append([]); ws.append(hdr)
for i, h in enumerate(hdr, 1):
    c = ws.cell(row=7, column=i); c.font = Font(name="Liberation Sans", bold=True, size=9); c.fill = PatternFill("solid", fgColor="D9D9D9"); c.border = B; c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
schools = [("Sc. Sec. I grado \"G. Verga\"", ["1^", "2^", "3^"], [170, 116, 125]), ("I.I.S. \"Ettore Majorana\" Piazza Armerina", ["1^", "2^", "3^", "4^", "5^"], [285, 148, 200, 165, 140])]
tot = 0; r = 8
for n in range(1, 29):
    sname, cls, amts = schools[0] if n <= 17 else schools[1]
    k = random.randrange(len(cls)); isee = round(random.uniform(2100, 10600), 2)
    quota = amts[k] if isee <= 5000 else round(amts[k] * 0.7, 2)
    tot += quota
    row = [n, "%d/2025" % (11840 + n * 37), "AID-2025-%03d" % (100 + n), sname, cls[k], isee, quota]
    for j, v in enumerate(row, 1):
        c = ws.cell(row=r, column=j, value=v); c.border = B; c.font = Font(name="Liberation Sans", size=9)
        if j in (6, 7): c.number_format = '#,##0.00'
        if j in (1, 2, 3, 5): c.alignment = Alignment(horizontal="center")
    r += 1
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
ws.cell(row=r, column=1, value="TOTALE").font = Font(name="Liberation Sans", bold=True, size=9)
ws.cell(row=r, column=1).alignment = Alignment(horizontal="right")
c = ws.cell(row=r, column=7, value="=SUM(G8:G%d)" % (r - 1)); c.number_format = '#,##0.00'; c.font = Font(name="Liberation Sans", bold=True, size=9)
for j in range(1, 8): ws.cell(row=r, column=j).border = B
r += 2
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
ws.cell(row=r, column=1, value="I dati personali dei richiedenti sono omessi ai sensi del Regolamento (UE) 2016/679; l'elenco nominativo è depositato presso l'Ufficio Pubblica Istruzione.").font = Font(name="Liberation Sans", italic=True, size=8)
ws.cell(row=r, column=1).alignment = Alignment(wrap_text=True)
ws.row_dimensions[r].height = 24
r += 2
ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=7)
ws.cell(row=r, column=5, value="Il Responsabile dell'Area Amministrativa").alignment = Alignment(horizontal="center")
ws.merge_cells(start_row=r + 1, start_column=5, end_row=r + 1, end_column=7)
ws.cell(row=r + 1, column=5, value="Dott.ssa Concetta Lo Giudice").alignment = Alignment(horizontal="center")
for col, w in zip("ABCDEFG", [5, 13, 17, 34, 7, 11, 13]): ws.column_dimensions[col].width = w
ws.row_dimensions[1].height = 20; ws.row_dimensions[4].height = 28; ws.row_dimensions[5].height = 28
ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.page_setup.orientation = "portrait"; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_title_rows = "7:7"
ws.oddHeader.right.text = "Allegato A – Det. n. 74/2026"; ws.oddHeader.right.size = 8
ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddFooter.center.size = 8
ws.oddFooter.left.text = "&F"; ws.oddFooter.left.size = 7
wb.save("aidone.xlsx")
