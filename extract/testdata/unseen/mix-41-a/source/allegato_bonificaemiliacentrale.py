"""Consorzio di Bonifica dell'Emilia Centrale - Allegato A: programme of
ordinary maintenance works 2026, a spreadsheet (written with openpyxl) printed
to PDF by LibreOffice Calc."""
import sys, random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins

out = sys.argv[1]
random.seed(41)
wb = Workbook()
ws = wb.active
ws.title = "Programma 2026"

thin = Side(style="thin", color="000000")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
hdrfill = PatternFill("solid", fgColor="C6D9F1")
subfill = PatternFill("solid", fgColor="EEEEEE")

ws["A1"] = "CONSORZIO DI BONIFICA DELL'EMILIA CENTRALE"
ws["A1"].font = Font(name="Arial", bold=True, size=13)
ws["A2"] = "Allegato A alla deliberazione del Comitato Amministrativo n. 45 del 10/03/2026"
ws["A2"].font = Font(name="Arial", italic=True, size=9)
ws["A3"] = "PROGRAMMA DEI LAVORI DI MANUTENZIONE ORDINARIA DELLA RETE DI BONIFICA - ANNO 2026"
ws["A3"].font = Font(name="Arial", bold=True, size=11)
for r in (1, 2, 3):
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)

cols = ["N.", "Comprensorio", "Canale / Opera", "Comune", "Tipologia di intervento",
        "Periodo", "Quantità", "Importo (€)"]
widths = [5, 21, 30, 19, 38, 10, 11, 14]
for i, (h, w) in enumerate(zip(cols, widths), 1):
    cell = ws.cell(row=5, column=i, value=h)
    cell.font = Font(name="Arial", bold=True, size=9)
    cell.fill = hdrfill
    cell.border = B
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.column_dimensions[cell.column_letter].width = w

data = {
    "Pianura": [
        ("Cavo Parmigiana Moglia", "Novellara", "Sfalcio meccanico delle sponde", "mag-giu", "18,4 km"),
        ("Canalazzo Tassone", "Guastalla", "Espurgo e risagomatura dell'alveo", "ott-nov", "3,2 km"),
        ("Cavo Naviglio", "Correggio", "Sfalcio meccanico delle sponde", "giu-lug", "11,7 km"),
        ("Collettore Acque Basse", "Campagnola Emilia", "Ripresa frane spondali", "set-ott", "6 siti"),
        ("Cavo Bondeno", "Gualtieri", "Sfalcio e trinciatura", "mag-ago", "9,9 km"),
        ("Impianto idrovoro Agricola", "Boretto", "Manutenzione elettropompe n. 2 e 3", "feb-mar", "2 gruppi"),
        ("Canale Derivatore", "Bagnolo in Piano", "Diserbo meccanico del fondo", "apr-mag", "7,5 km"),
        ("Cavo Fiuma", "Rio Saliceto", "Sostituzione paratoie manufatto n. 14", "nov", "1 manufatto"),
        ("Canale di Bagnolo", "Cadelbosco di Sopra", "Espurgo tratto tombinato", "ott", "0,8 km"),
        ("Cavo Argine", "Poviglio", "Sfalcio meccanico delle sponde", "giu-lug", "12,1 km"),
    ],
    "Collina e Alta Pianura": [
        ("Canale di Reggio", "Reggio Emilia", "Rifacimento rivestimento in calcestruzzo", "gen-feb", "420 m"),
        ("Rio Vallestra", "Scandiano", "Pulizia briglie e taglio selettivo vegetazione", "nov-dic", "5 briglie"),
        ("Canale di Secchia", "Rubiera", "Sfalcio e rimozione materiale flottante", "apr-set", "8,3 km"),
        ("Canale Calvetro", "Campogalliano", "Consolidamento sponda in destra", "set", "150 m"),
        ("Torrente Lodola (tratto consortile)", "Casalgrande", "Taglio vegetazione arborea in alveo", "gen-mar", "2,1 km"),
    ],
    "Impianti e manufatti": [
        ("Chiavica Ponte Bacchello", "Soliera", "Revisione organi di manovra", "mar", "1 manufatto"),
        ("Impianto Mondine", "Carpi", "Manutenzione quadri elettrici e telecontrollo", "feb-apr", "1 impianto"),
        ("Botte sifone Crostolo", "Gualtieri", "Pulizia e videoispezione", "ago", "1 manufatto"),
    ],
}
r = 6
n = 0
total_rows = []
for comp, rows in data.items():
    first = r
    for (canale, comune, tip, per, q) in rows:
        n += 1
        amt = round(random.randint(60, 780) * 100 + random.choice([0, 50, 25]), 2)
        vals = [n, comp, canale, comune, tip, per, q, amt]
        for i, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=i, value=v)
            cell.font = Font(name="Arial", size=9)
            cell.border = B
            cell.alignment = Alignment(vertical="top", wrap_text=True,
                                       horizontal="center" if i in (1, 6, 7) else None)
            if i == 8:
                cell.number_format = '[$-410]#,##0.00'
        r += 1
    ws.cell(row=r, column=5, value=f"Totale comprensorio {comp}")
    ws.cell(row=r, column=8, value=f"=SUM(H{first}:H{r-1})")
    for i in range(1, 9):
        cell = ws.cell(row=r, column=i)
        cell.fill = subfill
        cell.border = B
        cell.font = Font(name="Arial", size=9, bold=True)
    ws.cell(row=r, column=8).number_format = '[$-410]#,##0.00'
    total_rows.append(r)
    r += 1
ws.cell(row=r, column=5, value="TOTALE GENERALE (IVA esclusa)")
ws.cell(row=r, column=8, value="=" + "+".join(f"H{x}" for x in total_rows))
for i in range(1, 9):
    cell = ws.cell(row=r, column=i)
    cell.font = Font(name="Arial", size=10, bold=True)
    cell.border = Border(top=Side(style="double"), bottom=Side(style="double"), left=thin, right=thin)
ws.cell(row=r, column=8).number_format = '[$-410]#,##0.00'
r += 2
ws.cell(row=r, column=1, value="Gli importi sono stimati sulla base dell'elenco prezzi consortile 2026 "
        "e saranno finanziati con i contributi di bonifica (capitolo 120.10 del bilancio di previsione 2026).")
ws.cell(row=r, column=1).font = Font(name="Arial", size=8, italic=True)
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
r += 2
ws.cell(row=r, column=6, value="IL DIRETTORE GENERALE")
ws.cell(row=r + 1, column=6, value="Ing. Paolo Magnani")
for k in (r, r + 1):
    ws.cell(row=k, column=6).font = Font(name="Arial", size=9, bold=(k == r))

ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_title_rows = "5:5"
ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.7, bottom=0.7, header=0.3, footer=0.3)
ws.oddHeader.right.text = "Allegato A - C.A. n. 45/2026"
ws.oddHeader.right.size = 8
ws.oddFooter.left.text = "&F"
ws.oddFooter.left.size = 7
ws.oddFooter.right.text = "Pagina &P di &N"
ws.oddFooter.right.size = 8
wb.save(out)
