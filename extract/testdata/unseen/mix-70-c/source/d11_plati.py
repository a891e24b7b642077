# Comune di Platì - Allegato A (spreadsheet): openpyxl .xlsx printed landscape by LibreOffice Calc,
# merged title cells, title rows repeated on every page.
import sys, random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins
random.seed(7026)
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.merge_cells("A1:G1"); ws["A1"] = "COMUNE DI PLATÌ – Città Metropolitana di Reggio Calabria"
ws.merge_cells("A2:G2"); ws["A2"] = "Allegato A alla deliberazione della Commissione Straordinaria con i poteri del Consiglio comunale n. 12 del 16/04/2026"
ws.merge_cells("A3:G3"); ws["A3"] = "RIACCERTAMENTO ORDINARIO DEI RESIDUI AL 31/12/2025 – ELENCO DEI RESIDUI ATTIVI ELIMINATI"
for c, s in (("A1", 13), ("A2", 10), ("A3", 11)):
    ws[c].font = Font(name="Calibri", bold=True, size=s); ws[c].alignment = Alignment(horizontal="center", wrap_text=True)
ws.row_dimensions[2].height = 28
hdr = ["N.", "Anno", "Titolo/Tipologia", "Capitolo", "Descrizione", "Importo eliminato (€)", "Motivazione"]
ws.append([]); ws.append(hdr)
for i, h in enumerate(hdr, 1):
    c = ws.cell(row=5, column=i); c.font = Font(name="Calibri", bold=True, size=10); c.border = B
    c.fill = PatternFill("solid", fgColor="D9E1F2"); c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
desc = [("1.0101", 120, "IMU – accertamenti esecutivi"), ("1.0101", 145, "TARI – ruoli coattivi"), ("1.0101", 160, "TOSAP – canoni pregressi"),
        ("3.0100", 310, "Fitti attivi fabbricati comunali"), ("3.0200", 355, "Sanzioni codice della strada"), ("3.0500", 390, "Rimborsi diversi"),
        ("4.0200", 410, "Contributo regionale L.R. 24/2008"), ("2.0101", 205, "Trasferimenti correnti Regione Calabria"), ("3.0100", 330, "Canone servizio idrico integrato")]
mot = ["Inesigibilità accertata", "Prescrizione quinquennale", "Insussistenza del credito", "Duplicazione di accertamento", "Riscossione in conto competenza"]
tot = 0; r = 6
for n in range(1, 39):
    tt, cap, ds = random.choice(desc); anno = random.choice([2015, 2016, 2017, 2018, 2019, 2020, 2021])
    imp = round(random.uniform(180, 9800), 2); tot += imp
    row = [n, anno, tt, cap, ds, imp, random.choice(mot)]
    for i, v in enumerate(row, 1):
        c = ws.cell(row=r, column=i, value=v); c.border = B; c.font = Font(name="Calibri", size=10)
        if i == 6: c.number_format = "#,##0.00"
        if i in (1, 2, 4): c.alignment = Alignment(horizontal="center")
    r += 1
ws.cell(row=r, column=5, value="TOTALE").font = Font(name="Calibri", bold=True, size=10)
c = ws.cell(row=r, column=6, value=round(tot, 2)); c.number_format = "#,##0.00"; c.font = Font(name="Calibri", bold=True, size=10); c.border = B
ws.cell(row=r + 2, column=5, value="Il Responsabile dell'Area Economico-Finanziaria – f.to dott. Rocco Barbaro").font = Font(name="Calibri", italic=True, size=10)
for col, w in zip("ABCDEFG", [5, 7, 14, 9, 40, 18, 30]): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_title_rows = "5:5"; ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.8)
ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddHeader.right.text = "&F"
wb.save(sys.argv[1])
