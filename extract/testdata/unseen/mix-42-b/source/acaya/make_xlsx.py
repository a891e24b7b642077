#!/usr/bin/env python3
"""Annex kept by the Ufficio di Piano as an Excel workbook (openpyxl writes
the .xlsx with Excel-style print setup: title rows repeated, header/footer
codes &A, &P, &N); LibreOffice Calc exports it to PDF."""
import random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins

random.seed(4226)
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
thin = Side(style="thin", color="000000")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.merge_cells("A1:H1"); ws["A1"] = "UNIONE DEI COMUNI TERRE DI ACAYA E DI ROCA"
ws["A1"].font = Font(name="Calibri", size=14, bold=True); ws["A1"].alignment = Alignment(horizontal="center")
ws.merge_cells("A2:H2"); ws["A2"] = "Provincia di Lecce – Ufficio Servizi Sociali associati"
ws["A2"].font = Font(name="Calibri", size=10, italic=True); ws["A2"].alignment = Alignment(horizontal="center")
ws.merge_cells("A4:H4"); ws["A4"] = "ALLEGATO A) alla Determinazione del Responsabile del Settore Servizi Sociali n. 15 del 04/03/2026"
ws["A4"].font = Font(name="Calibri", size=11, bold=True)
ws.merge_cells("A5:H5"); ws["A5"] = "Contributo integrativo per il pagamento dei canoni di locazione – annualità 2025 (L. 431/1998, art. 11) – Elenco delle istanze ammesse"
ws["A5"].font = Font(name="Calibri", size=11); ws["A5"].alignment = Alignment(wrap_text=True)
ws.row_dimensions[5].height = 30
hdr = ["N.", "Prot. istanza", "Data istanza", "Comune di residenza", "Fascia", "Canone annuo (€)", "ISEE (€)", "Contributo (€)"]
for c, h in enumerate(hdr, 1):
    x = ws.cell(row=7, column=c, value=h); x.font = Font(name="Calibri", size=10, bold=True)
    x.fill = PatternFill("solid", fgColor="D9E1F2"); x.border = B; x.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
comuni = ["Calimera", "Castri di Lecce", "Caprarica di Lecce", "Melendugno", "Vernole"]
rows = []
for i in range(1, 47):
    prot = 1180 + i * 7 + random.randint(0, 5)
    day = 2 + (i * 17) // 46
    canone = random.choice([3600, 3900, 4200, 4500, 4800, 5100, 5400, 6000])
    isee = round(random.uniform(3200, 15800), 2)
    fascia = "A" if isee <= 14000 else "B"
    contr = round(min(canone * (0.3 if fascia == "A" else 0.22), 1800), 2)
    rows.append([i, prot, "%02d/02/2026" % day, random.choice(comuni), fascia, canone, isee, contr])
for r, row in enumerate(rows, 8):
    for c, v in enumerate(row, 1):
        x = ws.cell(row=r, column=c, value=v); x.font = Font(name="Calibri", size=10); x.border = B
        if c in (6, 7, 8): x.number_format = '#,##0.00'
        if c in (1, 2, 3, 5): x.alignment = Alignment(horizontal="center")
last = 8 + len(rows)
ws.cell(row=last, column=7, value="TOTALE").font = Font(name="Calibri", size=10, bold=True)
t = ws.cell(row=last, column=8, value="=SUM(H8:H%d)" % (last - 1)); t.font = Font(name="Calibri", size=10, bold=True); t.number_format = '#,##0.00'; t.border = B
ws.cell(row=last + 2, column=1, value="I dati personali dei richiedenti sono omessi ai sensi del Reg. UE 2016/679; l’elenco nominativo è depositato presso l’Ufficio Servizi Sociali.").font = Font(name="Calibri", size=9, italic=True)
for col, w in zip("ABCDEFGH", [5, 12, 12, 22, 8, 15, 13, 14]):
    ws.column_dimensions[col].width = w
ws.print_title_rows = "7:7"
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.8)
ws.oddHeader.right.text = "&A"; ws.oddHeader.right.size = 8
ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddFooter.center.size = 8
ws.oddFooter.left.text = "&F"; ws.oddFooter.left.size = 8
ws.print_options.horizontalCentered = True
wb.save("Allegato_A_det_15_2026.xlsx")
