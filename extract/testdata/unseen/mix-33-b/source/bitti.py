# Comune di Bitti - annex (budget variation schedule) as an Excel workbook print.
# Built as .xlsx with openpyxl, printed to PDF by LibreOffice Calc.
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins

wb = Workbook(); ws = wb.active; ws.title = "Variazione"
thin = Side(style="thin", color="000000"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
grey = PatternFill("solid", fgColor="D9D9D9"); light = PatternFill("solid", fgColor="F2F2F2")
ws.merge_cells("A1:H1"); ws["A1"] = "COMUNE DI BITTI"; ws["A1"].font = Font(name="Liberation Sans", bold=True, size=14); ws["A1"].alignment = Alignment(horizontal="center")
ws.merge_cells("A2:H2"); ws["A2"] = "Provincia di Nuoro"; ws["A2"].alignment = Alignment(horizontal="center"); ws["A2"].font = Font(name="Liberation Sans", size=10)
ws.merge_cells("A4:H4"); ws["A4"] = "ALLEGATO A alla deliberazione della Giunta Comunale n. 41 del 14/04/2026"; ws["A4"].font = Font(name="Liberation Sans", bold=True, size=11)
ws.merge_cells("A5:H5"); ws["A5"] = "VARIAZIONE AL BILANCIO DI PREVISIONE FINANZIARIO 2026/2028 – ESERCIZIO 2026 (art. 175, comma 4, D.Lgs. 267/2000) – COMPETENZA E CASSA"; ws["A5"].font = Font(name="Liberation Sans", size=10)
hdr = ["Tit./Tip./Cat.\nMiss./Progr./Tit.", "Capitolo", "Descrizione", "Stanziamento\nattuale", "Variazione\nin aumento", "Variazione\nin diminuzione", "Stanziamento\nassestato", "Note"]
r0 = 7
ws.merge_cells(start_row=r0 - 1, start_column=1, end_row=r0 - 1, end_column=8)
ws.cell(r0 - 1, 1, "PARTE I – ENTRATA").font = Font(name="Liberation Sans", bold=True, size=10)
def header(r):
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r, i, h); c.font = Font(name="Liberation Sans", bold=True, size=9); c.fill = grey; c.border = B
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[r].height = 30
header(r0)
ent = [("2.01.01", "2010/1", "Contributo RAS – fondo unico L.R. 2/2007", 1482310.00, 36500.00, 0),
       ("2.01.01", "2115/0", "Contributo RAS cantieri di nuova attivazione (LavoRAS)", 95000.00, 48250.00, 0),
       ("3.01.02", "3060/2", "Proventi impianti sportivi", 12000.00, 0, 4000.00),
       ("4.02.01", "4220/5", "Contributo RAS – manutenzione strade rurali agro di Bitti", 0.00, 120000.00, 0)]
def rows(start, data, note_col=None):
    r = start
    for t, cap, desc, att, plus, minus in data:
        vals = [t, cap, desc, att, plus, minus, f"=D{r}+E{r}-F{r}", ""]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v); c.border = B; c.font = Font(name="Liberation Sans", size=9)
            if i in (4, 5, 6, 7): c.number_format = '[$-410]#,##0.00'; c.alignment = Alignment(horizontal="right")
            if i == 3: c.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    return r
r = rows(r0 + 1, ent)
ws.cell(r, 3, "TOTALE VARIAZIONI ENTRATA").font = Font(name="Liberation Sans", bold=True, size=9)
for col in "EF":
    c = ws[f"{col}{r}"]; c.value = f"=SUM({col}{r0+1}:{col}{r-1})"; c.number_format = '[$-410]#,##0.00'; c.font = Font(name="Liberation Sans", bold=True, size=9)
for i in range(1, 9): ws.cell(r, i).border = B; ws.cell(r, i).fill = light
tot_e = r
r += 2
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
ws.cell(r, 1, "PARTE II – SPESA").font = Font(name="Liberation Sans", bold=True, size=10)
r += 1; header(r); s0 = r
sp = [("01.05.1", "1180/3", "Manutenzione ordinaria immobili comunali – prestazioni", 28000.00, 6500.00, 0),
      ("04.06.1", "1475/1", "Servizio mensa scolastica – scuola dell'infanzia e primaria", 86400.00, 12000.00, 0),
      ("06.01.1", "1610/2", "Gestione campo sportivo comunale – utenze", 14500.00, 0, 4000.00),
      ("12.07.1", "1902/4", "Progetti di inclusione sociale – fondo RAS", 41000.00, 18000.00, 0),
      ("15.03.1", "1955/0", "Cantieri LavoRAS – spese di personale", 95000.00, 48250.00, 0),
      ("10.05.2", "2840/7", "Manutenzione straordinaria strade rurali – località Sa Pruna e Gurtei", 0.00, 120000.00, 0)]
r = rows(s0 + 1, sp)
ws.cell(r, 3, "TOTALE VARIAZIONI SPESA").font = Font(name="Liberation Sans", bold=True, size=9)
for col in "EF":
    c = ws[f"{col}{r}"]; c.value = f"=SUM({col}{s0+1}:{col}{r-1})"; c.number_format = '[$-410]#,##0.00'; c.font = Font(name="Liberation Sans", bold=True, size=9)
for i in range(1, 9): ws.cell(r, i).border = B; ws.cell(r, i).fill = light
r += 2
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
ws.cell(r, 1, "QUADRO RIASSUNTIVO: maggiori entrate € 204.750,00 – minori entrate € 4.000,00 – maggiori spese € 204.750,00 – minori spese € 4.000,00. Pareggio di bilancio garantito (art. 162, comma 6, D.Lgs. 267/2000).").font = Font(name="Liberation Sans", size=9, italic=True)
ws.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="top"); ws.row_dimensions[r].height = 26
r += 2
ws.cell(r, 6, "Il Responsabile del Servizio Finanziario").font = Font(name="Liberation Sans", size=9)
ws.cell(r + 1, 6, "Dott.ssa Maria Antonietta Carta").font = Font(name="Liberation Sans", size=9)
for col, w in zip("ABCDEFGH", [13, 9, 44, 14, 13, 13, 14, 8]): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.8, bottom=0.8)
ws.print_options.gridLines = False
ws.oddHeader.right.text = "Allegato A – G.C. n. 41/2026"; ws.oddHeader.right.size = 8
ws.oddFooter.left.text = "&A"; ws.oddFooter.left.size = 8
ws.oddFooter.right.text = "Pagina &P di &N"; ws.oddFooter.right.size = 8
wb.save(sys.argv[1])
