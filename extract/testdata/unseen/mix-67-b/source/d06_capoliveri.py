# Comune di Capoliveri (LI) - Allegato A: quadro economico (table of amounts) of a Giunta deliberation.
# xlsx written by openpyxl, printed to PDF by LibreOffice Calc (build.sh, it_IT locale: 1.234,56).
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Border, Side, Alignment, PatternFill
wb = Workbook(); ws = wb.active; ws.title = "QE esecutivo"
thin = Side(style="thin", color="000000"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
grey = PatternFill("solid", fgColor="DDE6EE"); dark = PatternFill("solid", fgColor="B7C9D9")
def put(r, c, v, bold=False, size=10, italic=False, fill=None, fmt=None, align=None, border=True, wrap=False):
    cl = ws.cell(r, c, v); cl.font = Font(name="Arial", bold=bold, size=size, italic=italic)
    if border: cl.border = B
    if fill: cl.fill = fill
    if fmt: cl.number_format = fmt
    cl.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
    return cl
ws.merge_cells("A1:D1"); put(1, 1, "COMUNE DI CAPOLIVERI", bold=True, size=14, align="center", border=False)
ws.merge_cells("A2:D2"); put(2, 1, "Provincia di Livorno – Isola d'Elba – Settore 3 Lavori Pubblici, Manutenzioni e Demanio", size=9, align="center", border=False)
ws.merge_cells("A4:D4"); put(4, 1, "ALLEGATO A alla deliberazione della Giunta comunale n. 38 del 10/03/2026", bold=True, size=11, align="center", border=False)
ws.merge_cells("A5:D5"); put(5, 1, "Lavori di riqualificazione del lungomare di Naregno e dei percorsi pedonali di accesso alla spiaggia – CUP J67H25000910004", size=10, align="center", border=False, wrap=True)
ws.row_dimensions[5].height = 28
ws.merge_cells("A6:D6"); put(6, 1, "QUADRO ECONOMICO DEL PROGETTO ESECUTIVO", bold=True, size=11, align="center", border=False)
r = 8
for j, h in enumerate(["Voce", "Descrizione", "Importo parziale (€)", "Importo totale (€)"], 1):
    put(r, j, h, bold=True, size=9, fill=dark, align="center", wrap=True)
ws.row_dimensions[r].height = 26
def section(title):
    global r; r += 1; ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    put(r, 1, title, bold=True, fill=grey)
    for j in range(2, 5): ws.cell(r, j).border = B
def item(code, desc, amt):
    global r; r += 1
    put(r, 1, code, align="center"); put(r, 2, desc, wrap=True); put(r, 3, amt, fmt="#,##0.00"); put(r, 4, None)
    if len(desc) > 62: ws.row_dimensions[r].height = 27
def total(label, amt, fill=None):
    global r; r += 1; ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    put(r, 1, label, bold=True, align="right", fill=fill)
    for j in (2, 3): ws.cell(r, j).border = B
    put(r, 4, amt, bold=True, fmt="#,##0.00", fill=fill)
A = [("A.1", "Lavori a misura (opere stradali, pavimentazioni in pietra e arredo urbano)", 312480.55),
     ("A.2", "Lavori a corpo (impianto di illuminazione pubblica a LED)", 58940.00),
     ("A.3", "Oneri per l'attuazione dei piani di sicurezza non soggetti a ribasso", 11275.30)]
section("A) LAVORI")
for it in A: item(*it)
tA = round(sum(x[2] for x in A), 2); total("Totale lavori (A)", tA)
tech = 41860.00
Bs = [("B.1", "IVA sui lavori (10%)", round(tA * 0.10, 2)),
      ("B.2", "Spese tecniche: progettazione esecutiva, direzione lavori e coordinamento della sicurezza", tech),
      ("B.3", "Contributo integrativo cassa previdenziale (4%) su B.2", round(tech * 0.04, 2)),
      ("B.4", "IVA (22%) su B.2 e B.3", round(tech * 1.04 * 0.22, 2)),
      ("B.5", "Incentivi per funzioni tecniche (art. 45 del D.Lgs. 36/2023 – 2%)", round(tA * 0.02, 2)),
      ("B.6", "Rilievi, accertamenti e indagini geologiche", 4500.00),
      ("B.7", "Allacciamenti ai pubblici servizi", 3200.00),
      ("B.8", "Contributo ANAC", 250.00),
      ("B.9", "Imprevisti e arrotondamenti", 0.0)]
partial = sum(x[2] for x in Bs)
target = 520000.00
Bs[-1] = ("B.9", "Imprevisti e arrotondamenti", round(target - tA - partial, 2))
section("B) SOMME A DISPOSIZIONE DELL'AMMINISTRAZIONE")
for it in Bs: item(*it)
tB = round(sum(x[2] for x in Bs), 2); total("Totale somme a disposizione (B)", tB)
total("IMPORTO COMPLESSIVO DELL'INTERVENTO (A + B)", round(tA + tB, 2), fill=dark)
r += 2
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
put(r, 1, "Copertura finanziaria: € 400.000,00 contributo Regione Toscana (bando infrastrutture turistiche 2025); € 120.000,00 fondi propri di bilancio, cap. 28130/2.", size=9, italic=True, border=False, wrap=True)
ws.row_dimensions[r].height = 26
r += 2; put(r, 3, "IL RESPONSABILE DEL SETTORE 3", size=9, border=False, align="center"); ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
r += 1; put(r, 3, "geom. Luca Berti", size=9, italic=True, border=False, align="center"); ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
for col, w in zip("ABCD", [7, 62, 17, 17]): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.oddHeader.right.text = "&A"; ws.oddFooter.left.text = "Delib. G.C. n. 38/2026 – Allegato A"; ws.oddFooter.right.text = "Pag. &P di &N"
ws.print_options.horizontalCentered = True
wb.save(sys.argv[1])
