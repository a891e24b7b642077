# Comune di Cotronei (KR) - ALLEGATO A to determinazione n. 112/2026 of the Area Tecnica: list of the green
# areas in the 2026 maintenance service, with its own heading. openpyxl .xlsx (merged title and group rows,
# header row repeated, page header/footer); build.sh prints it with LibreOffice Calc.
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins

wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
thin = Side(style="thin", color="000000"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
grey = PatternFill("solid", fgColor="D9D9D9"); light = PatternFill("solid", fgColor="F2F2F2")
widths = {"A": 6, "B": 44, "C": 13, "D": 12, "E": 13, "F": 15}
for k, v in widths.items(): ws.column_dimensions[k].width = v

def merged(row, text, font, fill=None, height=None, align="center"):
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
    c = ws.cell(row=row, column=1, value=text); c.font = font
    c.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
    if fill: c.fill = fill
    if height: ws.row_dimensions[row].height = height

merged(1, "COMUNE DI COTRONEI", Font(name="Liberation Serif", size=15, bold=True), height=22)
merged(2, "Provincia di Crotone – Area Tecnica – Servizio Manutenzioni e Ambiente", Font(name="Liberation Serif", size=10, italic=True))
merged(4, "ALLEGATO A", Font(name="Liberation Sans", size=13, bold=True), height=20)
merged(5, "alla determinazione del Responsabile dell'Area Tecnica n. 112 del 15/04/2026", Font(name="Liberation Sans", size=9.5))
merged(6, "ELENCO DELLE AREE VERDI COMUNALI OGGETTO DEL SERVIZIO DI MANUTENZIONE – ANNO 2026", Font(name="Liberation Sans", size=11, bold=True), height=30)

hdr = ["N.", "Area verde / ubicazione", "Superficie (mq)", "Sfalci annui", "Potature", "Importo annuo (€)"]
for i, h in enumerate(hdr, 1):
    c = ws.cell(row=8, column=i, value=h); c.font = Font(name="Liberation Sans", size=9, bold=True)
    c.fill = grey; c.border = box; c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
ws.row_dimensions[8].height = 28

groups = [
    ("CENTRO URBANO", [
        ("Villa comunale \"Parco della Rimembranza\" – via Roma", 4850, 8, "sì", 6420.00),
        ("Aiuole e spartitraffico di viale Magna Grecia", 1320, 8, "no", 1890.00),
        ("Giardino della scuola primaria – via Dante Alighieri", 2100, 6, "sì", 2615.50),
        ("Area a verde del campo sportivo comunale", 6300, 10, "no", 5940.00),
        ("Piazza Municipio e scalinata di via Garibaldi", 640, 6, "sì", 1110.00),
        ("Parco giochi di via Nazionale", 1750, 8, "sì", 2480.00),
    ]),
    ("LOCALITÀ TREPIDÒ", [
        ("Area pic-nic lungolago Ampollino", 5200, 6, "sì", 4870.00),
        ("Aiuole di piazza Trepidò e viale dei Pini", 900, 6, "sì", 1325.00),
        ("Belvedere di località Trepidò Soprano", 1480, 4, "no", 1190.00),
    ]),
    ("VILLAGGIO PALUMBO", [
        ("Area verde attrezzata del Villaggio Palumbo", 3600, 6, "sì", 3745.00),
        ("Scarpate della strada di accesso al Villaggio", 2750, 4, "no", 2062.50),
    ]),
]
r = 9; n = 0; first = r
for g, rows in groups:
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    c = ws.cell(row=r, column=1, value=g); c.font = Font(name="Liberation Sans", size=9, bold=True); c.fill = light
    c.alignment = Alignment(horizontal="left", vertical="center")
    for col in range(1, 7): ws.cell(row=r, column=col).border = box
    r += 1
    for area, mq, sf, pot, eur in rows:
        n += 1
        vals = [n, area, mq, sf, pot, eur]
        for col, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=col, value=v); c.border = box; c.font = Font(name="Liberation Sans", size=9)
            c.alignment = Alignment(horizontal="left" if col == 2 else "center", vertical="center", wrap_text=(col == 2))
        ws.cell(row=r, column=3).number_format = "#,##0"
        ws.cell(row=r, column=6).number_format = "#,##0.00"
        ws.cell(row=r, column=6).alignment = Alignment(horizontal="right")
        r += 1
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
c = ws.cell(row=r, column=1, value="TOTALE"); c.font = Font(name="Liberation Sans", size=9, bold=True); c.alignment = Alignment(horizontal="right")
tot_mq = sum(x[1] for _, rows in groups for x in rows); tot_eur = sum(x[4] for _, rows in groups for x in rows)
ws.cell(row=r, column=3, value=tot_mq).number_format = "#,##0"
ws.cell(row=r, column=6, value=tot_eur).number_format = "#,##0.00"
for col in range(1, 7):
    cc = ws.cell(row=r, column=col); cc.border = box; cc.fill = grey
    cc.font = Font(name="Liberation Sans", size=9, bold=True)
ws.cell(row=r, column=3).alignment = Alignment(horizontal="center"); ws.cell(row=r, column=6).alignment = Alignment(horizontal="right")
r += 2
notes = [
    "Gli importi sono al netto del ribasso d'asta e dell'IVA al 22%; gli sfalci comprendono la raccolta e il conferimento del materiale di risulta.",
    "Le potature sono eseguite nel periodo di riposo vegetativo, previa comunicazione al Servizio Manutenzioni e Ambiente.",
]
for t in notes:
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    c = ws.cell(row=r, column=1, value=t); c.font = Font(name="Liberation Sans", size=8, italic=True)
    c.alignment = Alignment(wrap_text=True, vertical="top"); ws.row_dimensions[r].height = 24; r += 1
r += 1
ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
c = ws.cell(row=r, column=4, value="IL RESPONSABILE DELL'AREA TECNICA"); c.font = Font(name="Liberation Sans", size=9, bold=True); c.alignment = Alignment(horizontal="center")
ws.merge_cells(start_row=r + 1, start_column=4, end_row=r + 1, end_column=6)
c = ws.cell(row=r + 1, column=4, value="ing. Francesco Scigliano"); c.font = Font(name="Liberation Sans", size=9); c.alignment = Alignment(horizontal="center")

ws.print_title_rows = "8:8"
ws.print_area = "A1:F%d" % (r + 1)
ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.8, header=0.35, footer=0.35)
ws.oddHeader.right.text = "Allegato A – Det. n. 112/2026"; ws.oddHeader.right.size = 8
ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddFooter.center.size = 8
wb.properties.creator = "ufficio.tecnico"; wb.properties.title = "Allegato A aree verdi 2026"
wb.save(sys.argv[1])
