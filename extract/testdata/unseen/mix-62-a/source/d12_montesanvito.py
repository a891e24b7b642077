# Comune di Monte San Vito (AN): Allegato A to determinazione n. 128/2026 - list of grants to
# sports associations, written with openpyxl (merged title cells, header row repeated on each
# page, totals formula); printed landscape by LibreOffice Calc in build.sh.
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.merge_cells("A1:G1"); ws["A1"] = "COMUNE DI MONTE SAN VITO – Provincia di Ancona"
ws["A1"].font = Font(name="Carlito", bold=True, size=14); ws["A1"].alignment = Alignment(horizontal="center")
ws.merge_cells("A2:G2"); ws["A2"] = "Area Servizi alla Persona – Ufficio Sport e Tempo Libero"
ws["A2"].font = Font(name="Carlito", size=10); ws["A2"].alignment = Alignment(horizontal="center")
ws.merge_cells("A3:G3"); ws["A3"] = "ALLEGATO A alla determinazione n. 128 del 11/05/2026 – Contributi ordinari alle associazioni sportive – anno 2026"
ws["A3"].font = Font(name="Carlito", bold=True, size=11); ws["A3"].alignment = Alignment(horizontal="center", wrap_text=True)
hdr = ["N.", "Associazione", "Disciplina", "Tesserati under 18", "Punteggio", "Contributo (€)", "Note"]
ws.append([]); ws.append(hdr)
for c in ws[5]:
    c.font = Font(name="Carlito", bold=True, size=10); c.fill = PatternFill("solid", fgColor="D9E1F2"); c.border = B
    c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
data = [("A.S.D. Polisportiva Monte San Vito", "calcio", 142, 38), ("A.S.D. Borghetto Volley", "pallavolo", 96, 31), ("G.S. Ciclistico Esino", "ciclismo", 27, 18),
        ("A.S.D. Tennis Club Le Cozze", "tennis", 44, 20), ("Judo Kodokan Vallesina", "judo", 58, 24), ("A.S.D. Basket Monte San Vito", "pallacanestro", 71, 27),
        ("Pattinaggio Artistico Valle dell'Esino", "pattinaggio", 39, 19), ("A.S.D. Atletica Vallesina", "atletica leggera", 63, 25), ("Bocciofila Montesanvitese", "bocce", 0, 9),
        ("A.S.D. Ginnastica Ritmica Aurora", "ginnastica", 52, 22), ("Scacchi Club Esino", "scacchi", 14, 8), ("A.S.D. Karate Shotokan Borghetto", "karate", 36, 16),
        ("Amici della Montagna", "escursionismo", 5, 7), ("A.S.D. Calcio a 5 Le Cozze", "calcio a 5", 48, 20), ("Moto Club Monte San Vito", "motociclismo", 3, 6),
        ("A.S.D. Nuoto Vallesina", "nuoto", 67, 26), ("Tiro con l'Arco Esino", "tiro con l'arco", 12, 9), ("A.S.D. Danza Sportiva Armonia", "danza sportiva", 41, 18)]
tot_pts = sum(d[3] for d in data)
for i, (n, disc, t, pt) in enumerate(data, 1):
    r = 5 + i
    ws.append([i, n, disc, t, pt, round(24000 * pt / tot_pts, 2), "" if t else "solo attività adulti"])
    for c in ws[r]:
        c.font = Font(name="Carlito", size=10); c.border = B
    ws.cell(r, 6).number_format = "#,##0.00"; ws.cell(r, 1).alignment = Alignment(horizontal="center")
r = 6 + len(data)
ws.cell(r, 2, "TOTALE").font = Font(name="Carlito", bold=True, size=10)
ws.cell(r, 5, "=SUM(E6:E%d)" % (r - 1)); ws.cell(r, 6, "=SUM(F6:F%d)" % (r - 1)); ws.cell(r, 6).number_format = "#,##0.00"
for c in ws[r]: c.border = B; c.font = Font(name="Carlito", bold=True, size=10)
ws.cell(r + 2, 2, "Il Responsabile dell'Area Servizi alla Persona – dott.ssa Chiara Mancinelli").font = Font(name="Carlito", italic=True, size=9)
for col, w in zip("ABCDEFG", (5, 40, 18, 11, 10, 14, 22)): ws.column_dimensions[col].width = w
ws.print_title_rows = "5:5"; ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.8)
ws.oddHeader.center.text = "&F"; ws.oddFooter.right.text = "Pagina &P di &N"
wb.save(sys.argv[1])
