# Comune di Quistello (MN): Allegato A to a determinazione, an .xlsx (openpyxl) printed by LibreOffice Calc.
import sys, random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins

out = sys.argv[1]
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.merge_cells("A1:H1"); ws["A1"] = "COMUNE DI QUISTELLO – Provincia di Mantova"
ws["A1"].font = Font(name="Liberation Sans", bold=True, size=13); ws["A1"].alignment = Alignment(horizontal="center")
ws.merge_cells("A2:H2"); ws["A2"] = "Settore Servizi alla Persona – Ufficio Sport e Tempo Libero"
ws["A2"].font = Font(name="Liberation Sans", size=10); ws["A2"].alignment = Alignment(horizontal="center")
ws.merge_cells("A3:H3"); ws["A3"] = "ALLEGATO A alla determinazione n. 212 del 10/06/2026 – Riparto dei contributi ordinari alle associazioni sportive – stagione 2025/2026"
ws["A3"].font = Font(name="Liberation Sans", bold=True, size=10); ws["A3"].alignment = Alignment(horizontal="center", wrap_text=True)
ws.row_dimensions[3].height = 30
ws.row_dimensions[5].height = 28
hdr = ["N.", "Associazione", "Disciplina", "Sede", "Tesserati under 18", "Punteggio", "Contributo (€)", "Note"]
for i, h in enumerate(hdr, 1):
    cl = ws.cell(row=5, column=i, value=h); cl.font = Font(name="Liberation Sans", bold=True, size=9)
    cl.fill = PatternFill("solid", fgColor="DDDDDD"); cl.border = B; cl.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
random.seed(62)
names = ["A.S.D. Quistellese Calcio", "Polisportiva San Rocco", "A.S.D. Pallavolo Quistello", "Tennis Club Secchia", "Gruppo Podistico Quistellese",
 "A.S.D. Ginnastica Artistica Virgilio", "Bocciofila Nuvolato", "Ciclistica Basso Mantovano", "A.S.D. Karate Shotokan Quistello", "Pescatori Sportivi del Secchia",
 "Basket Quistello 2004", "A.S.D. Danza Sportiva Arcobaleno", "Judo Club Oltrepò Mantovano", "Moto Club Quistello", "A.S.D. Nuoto Sinistra Secchia",
 "Scacchi Club Quistello", "Rugby Basso Mantovano", "A.S.D. Atletica Quistello", "Tiro con l'Arco San Giacomo", "Circolo Ippico Le Valli",
 "A.S.D. Calcio a 5 Nuvolato", "Pattinaggio Artistico Quistello", "Gruppo Escursionisti Secchia", "A.S.D. Volley Femminile Quistello", "Twirling Quistello",
 "A.S.D. Yoga e Benessere", "Bocciofila Quistellese", "Ciclo Amatori San Rocco", "A.S.D. Softair Valli Mantovane", "Ginnastica Terza Età Quistello",
 "Tennis Tavolo Quistello", "A.S.D. Pesca Sportiva Nuvolato", "Sci Club Basso Mantovano", "Pallamano Quistello", "A.S.D. Arti Marziali Secchia",
 "Gruppo Sportivo Oratorio San Bartolomeo"]
disc = ["Calcio", "Polisportiva", "Pallavolo", "Tennis", "Podismo", "Ginnastica", "Bocce", "Ciclismo", "Karate", "Pesca sportiva", "Pallacanestro", "Danza sportiva",
 "Judo", "Motociclismo", "Nuoto", "Scacchi", "Rugby", "Atletica leggera", "Tiro con l'arco", "Equitazione", "Calcio a 5", "Pattinaggio", "Escursionismo", "Pallavolo",
 "Twirling", "Yoga", "Bocce", "Ciclismo", "Softair", "Ginnastica", "Tennis tavolo", "Pesca sportiva", "Sci", "Pallamano", "Arti marziali", "Polisportiva"]
sedi = ["Quistello", "San Rocco", "Nuvolato", "Quistello", "Quistello", "Quistello"]
r = 6; tot = 0
for i, (n, d) in enumerate(zip(names, disc), 1):
    u18 = random.randint(0, 120); pts = round(u18 * 0.6 + random.randint(5, 30), 1); eur = round(pts * 21.5, 2); tot += eur
    vals = [i, n, d, random.choice(sedi), u18, pts, eur, "" if random.random() > 0.15 else "rendiconto da integrare"]
    for j, v in enumerate(vals, 1):
        cl = ws.cell(row=r, column=j, value=v); cl.border = B; cl.font = Font(name="Liberation Sans", size=9)
        if j in (5, 6): cl.alignment = Alignment(horizontal="center")
        if j == 7: cl.number_format = "#,##0.00"
        if j == 6: cl.number_format = "0.0"
    r += 1
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
ws.cell(row=r, column=1, value="TOTALE CONTRIBUTI ASSEGNATI").font = Font(name="Liberation Sans", bold=True, size=9)
ws.cell(row=r, column=1).alignment = Alignment(horizontal="right")
cl = ws.cell(row=r, column=7, value=f"=SUM(G6:G{r-1})"); cl.number_format = "#,##0.00"; cl.font = Font(name="Liberation Sans", bold=True, size=9)
for j in range(1, 9): ws.cell(row=r, column=j).border = B
ws.cell(row=r + 2, column=2, value="Il Responsabile del Settore Servizi alla Persona – dott. Marco Aldrovandi").font = Font(name="Liberation Sans", italic=True, size=9)
for col, w in zip("ABCDEFGH", [5, 38, 18, 12, 11, 10, 14, 24]): ws.column_dimensions[col].width = w
ws.print_title_rows = "5:5"
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.8)
ws.oddHeader.right.text = "Det. n. 212/2026 – Allegato A"; ws.oddHeader.right.size = 8
ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddFooter.center.size = 8
wb.save(out)
