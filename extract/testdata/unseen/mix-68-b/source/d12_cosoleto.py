# Comune di Cosoleto (RC) - Allegato A all'ordinanza sindacale n. 11 del 10/06/2026: list of uncultivated plots
# whose owners must clear them (fire prevention). openpyxl .xlsx printed by LibreOffice Calc (build.sh):
# landscape, header row repeated on every page, sheet name and "Pagina X di Y" in header/footer.
import sys, random
from openpyxl import Workbook
from openpyxl.styles import Font, Border, Side, Alignment, PatternFill
random.seed(6812)
wb = Workbook(); ws = wb.active; ws.title = "Allegato A Ord 11-2026"
thin = Side(style="thin", color="000000"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws["A1"] = "COMUNE DI COSOLETO"; ws["A1"].font = Font(name="Arial", bold=True, size=13)
ws["A2"] = "Città Metropolitana di Reggio Calabria – Area Tecnica – Servizio Ambiente e Protezione Civile"; ws["A2"].font = Font(name="Arial", size=9)
ws["A4"] = "ALLEGATO A all'Ordinanza sindacale n. 11 del 10/06/2026"; ws["A4"].font = Font(name="Arial", bold=True, size=11)
ws["A5"] = "Elenco dei fondi incolti in area di interfaccia soggetti all'obbligo di pulizia entro il 30/06/2026 (art. 2 dell'ordinanza) – ditte catastali indicate con le sole iniziali"
ws["A5"].font = Font(name="Arial", size=9, italic=True)
hdr = ["N.", "Località", "Foglio", "Particella", "Superficie (mq)", "Ditta catastale", "Fascia di rispetto", "Esito sopralluogo del"]
ws.append([]); ws.append(hdr)
r0 = ws.max_row
for j, h in enumerate(hdr, 1):
    cl = ws.cell(r0, j); cl.font = Font(name="Arial", bold=True, size=9); cl.border = B
    cl.alignment = Alignment(horizontal="center", wrap_text=True, vertical="center"); cl.fill = PatternFill("solid", fgColor="D9E1F2")
loc = [("Cosoleto centro", 7), ("Sitizano", 3), ("Acquaro", 12), ("Piano di Sisto", 9), ("Contrada Petrulli", 14), ("Via Nazionale", 8)]
iniz = "ABCDEFGILMNPRSTV"
tot = 0
for i in range(1, 47):
    l, fg = random.choice(loc)
    sup = random.randint(4, 90) * 25
    tot += sup
    ditta = "%s.%s. e altri" % (random.choice(iniz), random.choice(iniz)) if random.random() < 0.2 else "%s.%s." % (random.choice(iniz), random.choice(iniz))
    fascia = random.choice(["abitazioni", "strada comunale", "strada provinciale", "area boscata"])
    ws.append([i, l, fg + random.choice([0, 0, 1]), random.randint(12, 640), sup, ditta, fascia, "%02d/05/2026" % random.randint(18, 29)])
    for j in range(1, 9):
        cl = ws.cell(ws.max_row, j); cl.border = B; cl.font = Font(name="Arial", size=9)
        if j == 5: cl.number_format = '#,##0'
        if j in (1, 3, 4): cl.alignment = Alignment(horizontal="center")
ws.append(["", "", "", "TOTALE", tot, "", "", ""])
for j in range(1, 9):
    cl = ws.cell(ws.max_row, j); cl.border = B; cl.font = Font(name="Arial", size=9, bold=True)
    if j == 5: cl.number_format = '#,##0'
ws.append([])
ws.append(["", "", "", "", "", "Il Responsabile dell'Area Tecnica"]); ws.append(["", "", "", "", "", "arch. Rosario Tripodi"])
for col, w in zip("ABCDEFGH", [5, 22, 8, 10, 15, 16, 20, 20]): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0
ws.oddHeader.left.text = "&A"; ws.oddFooter.center.text = "Pagina &P di &N"
ws.print_title_rows = "7:7"
wb.save(sys.argv[1])
