# -*- coding: utf-8 -*-
"""Annex of the Comune di Spinazzola: a worksheet as offices keep it in Microsoft Excel (title rows,
bordered table, totals, print titles, page header/footer). Written with openpyxl; build.sh
prints it to PDF with LibreOffice Calc."""
import sys, random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins

out = sys.argv[1]
random.seed(4711)
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
thin = Side(style="thin", color="000000")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws["A1"] = "COMUNE DI SPINAZZOLA"; ws["A1"].font = Font(name="Calibri", size=14, bold=True)
ws["A2"] = "Provincia di Barletta-Andria-Trani – Settore Servizi Sociali"; ws["A2"].font = Font(name="Calibri", size=10, italic=True)
ws["A4"] = "ALLEGATO A alla determinazione del Responsabile del Settore Servizi Sociali Reg. Gen. n. 198 del 09/03/2026"
ws["A4"].font = Font(name="Calibri", size=11, bold=True)
ws["A5"] = "Contributo comunale “Bonus nuovi nati 2025” – Elenco delle domande ammesse e relativo importo"
ws["A5"].font = Font(name="Calibri", size=11)
for r in (1, 2, 4, 5):
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="top")
ws.row_dimensions[4].height = 30
hdr = ["N.", "Prot. domanda", "Data domanda", "Richiedente (iniziali)", "Data di nascita del minore", "ISEE (€)", "Contributo (€)"]
ws.append([]); ws.append(hdr)
hr = ws.max_row
for j, h in enumerate(hdr, 1):
    c = ws.cell(hr, j); c.font = Font(name="Calibri", size=10, bold=True)
    c.fill = PatternFill("solid", fgColor="D9E1F2"); c.border = B
    c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
ws.row_dimensions[hr].height = 30
def it(v):
    """Italian-locale display of an amount, as the office's Excel shows it."""
    return f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
letters = "ABCDEFGILMNOPRSTVZ"
tot = 0
for i in range(1, 32):
    prot = 780 + i * 37 + random.randint(0, 20)
    day = 2 + i * 1.6 + random.random()
    dd = f"{int(day):02d}/01/2026" if day < 32 else f"{int(day - 31):02d}/02/2026"
    ini = f"{random.choice(letters)}.{random.choice(letters)}."
    nasc = f"{random.randint(1, 28):02d}/{random.randint(1, 12):02d}/2025"
    isee = round(random.uniform(3500, 29500), 2)
    contr = 800.0 if isee <= 15000 else 500.0
    tot += contr
    ws.append([i, prot, dd, ini, nasc, it(isee), it(contr)])
    r = ws.max_row
    for j in range(1, 8):
        c = ws.cell(r, j); c.border = B; c.font = Font(name="Calibri", size=10)
        c.alignment = Alignment(horizontal="center" if j < 6 else "right")
ws.append(["", "", "", "", "", "TOTALE", it(tot)])
r = ws.max_row
for j in (6, 7):
    c = ws.cell(r, j); c.font = Font(name="Calibri", size=10, bold=True); c.border = B
    c.alignment = Alignment(horizontal="right")
ws.append([])
ws.append(["Criteri (art. 4 del disciplinare approvato con D.G.C. n. 12 del 30/01/2026): € 800,00 per ISEE fino a € 15.000,00; € 500,00 per ISEE da € 15.000,01 a € 30.000,00."])
ws.cell(ws.max_row, 1).font = Font(name="Calibri", size=9, italic=True)
ws.append(["I dati identificativi dei richiedenti sono omessi ai sensi del Reg. (UE) 2016/679 e conservati agli atti dell'Ufficio."])
ws.cell(ws.max_row, 1).font = Font(name="Calibri", size=9, italic=True)
for col, w in zip("ABCDEFG", [5, 12, 12, 15, 15, 12, 13]):
    ws.column_dimensions[col].width = w
ws.print_title_rows = f"{hr}:{hr}"
ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.8)
ws.oddHeader.right.text = "Allegato A – Det. R.G. n. 198/2026"; ws.oddHeader.right.size = 8
ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddFooter.center.size = 8
ws.oddFooter.left.text = "&F"; ws.oddFooter.left.size = 7
wb.properties.creator = "Ufficio Servizi Sociali"
wb.save(out)
