#!/usr/bin/env python3
"""Comune di Chiaramonte Gulfi - Allegato A to a determinazione: a spreadsheet
(openpyxl .xlsx, print area, repeated title rows, header/footer) printed to PDF by LibreOffice Calc."""
import sys, os, random, subprocess, tempfile, shutil
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins

out = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "allegato-chiaramontegulfi-calc.pdf")
random.seed(29)
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
thin = Side(style="thin", color="000000"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws["A1"] = "COMUNE DI CHIARAMONTE GULFI"; ws["A1"].font = Font(name="Liberation Sans", bold=True, size=13)
ws["A2"] = "Libero Consorzio Comunale di Ragusa - Area 1 Affari Generali e Servizi Sociali"; ws["A2"].font = Font(name="Liberation Sans", size=9)
ws["A3"] = "ALLEGATO A alla determinazione n. 301 del 15/06/2026"
ws["A3"].font = Font(name="Liberation Sans", bold=True, size=10)
ws["A4"] = "Fondo nazionale sostegno accesso abitazioni in locazione (L. 431/1998, art. 11) - Annualità 2025 - ELENCO DELLE ISTANZE AMMESSE E DEI CONTRIBUTI SPETTANTI (dati personali sostituiti dal codice istanza ai sensi del Reg. UE 2016/679)"
ws["A4"].alignment = Alignment(wrap_text=True, vertical="top"); ws.row_dimensions[4].height = 26
ws["A4"].font = Font(name="Liberation Sans", italic=True, size=9)
for r in range(1, 5): ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
hdr = ["N.", "Codice istanza", "Prot. n.", "Data prot.", "Valore ISEE (€)", "Canone annuo (€)", "Incidenza canone/ISEE", "Fascia", "Contributo (€)"]
ws.append([]); ws.append(hdr)
for i, h in enumerate(hdr, 1):
    cell = ws.cell(row=6, column=i); cell.font = Font(name="Liberation Sans", bold=True, size=9)
    cell.fill = PatternFill("solid", fgColor="D9D9D9"); cell.border = B
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
ws.row_dimensions[6].height = 30
n = 52
for k in range(1, n + 1):
    isee = round(random.uniform(2100, 13000), 2); canone = random.choice([2400, 2700, 3000, 3300, 3600, 3900, 4200, 4800])
    fascia = "A" if isee <= 13659.13 else "B"
    r = 6 + k
    day = random.randint(2, 28); month = random.choice([3, 4])
    ws.append([k, f"FSL25-{1000 + k * 7}", 3100 + k * 13 + random.randint(0, 9), f"{day:02d}/{month:02d}/2026", isee, canone,
               f"=F{r}/E{r}", fascia, f"=ROUND(MIN(F{r}-E{r}*IF(H{r}=\"A\",0.14,0.24),IF(H{r}=\"A\",3098.74,2324.06))*0.41,2)"])
    for col in range(1, 10):
        cell = ws.cell(row=r, column=col); cell.border = B; cell.font = Font(name="Liberation Sans", size=9)
    for col in (5, 6, 9): ws.cell(row=r, column=col).number_format = '#,##0.00'
    ws.cell(row=r, column=7).number_format = '0.00%'
    for col in (1, 3, 4, 8): ws.cell(row=r, column=col).alignment = Alignment(horizontal="center")
tot = 6 + n + 1
ws.cell(row=tot, column=1, value="TOTALE CONTRIBUTI").font = Font(name="Liberation Sans", bold=True, size=9)
ws.merge_cells(start_row=tot, start_column=1, end_row=tot, end_column=8)
ws.cell(row=tot, column=9, value=f"=SUM(I7:I{tot-1})").font = Font(name="Liberation Sans", bold=True, size=9)
ws.cell(row=tot, column=9).number_format = '#,##0.00'
for col in range(1, 10): ws.cell(row=tot, column=col).border = B
ws.cell(row=tot + 2, column=1, value="Il Responsabile dell'Area 1 - Dott. Giovanni Occhipinti").font = Font(name="Liberation Sans", size=9)
ws.cell(row=tot + 3, column=1, value="Il contributo è ridotto al 41% del fabbisogno teorico in proporzione alle risorse assegnate dalla Regione Siciliana (D.D.G. n. 1187 del 21/05/2026).").font = Font(name="Liberation Sans", italic=True, size=8)
for col, w in zip("ABCDEFGHI", [5, 15, 9, 11, 14, 14, 13, 8, 14]): ws.column_dimensions[col].width = w
ws.print_title_rows = "6:6"
ws.print_area = f"A1:I{tot+3}"
ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.9, bottom=0.9, header=0.4, footer=0.4)
ws.oddHeader.left.text = "&F"; ws.oddHeader.right.text = "&A"
ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddFooter.right.text = "Stampato il 15/06/2026"
tmp = tempfile.mkdtemp(); src = os.path.join(tmp, "Allegato_A_det_301_2026.xlsx"); wb.save(src)
subprocess.run(["env", "LANG=it_IT.UTF-8", "LC_ALL=it_IT.UTF-8", "soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, src], check=True, capture_output=True)
shutil.move(os.path.join(tmp, "Allegato_A_det_301_2026.pdf"), out); shutil.rmtree(tmp)
