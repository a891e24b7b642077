# Allegato A to a determinazione: openpyxl sheet with merged title and header cells, printed by LibreOffice Calc
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.merge_cells("A1:G1"); ws["A1"] = "COMUNE DI ISOLA DOVARESE – Provincia di Cremona"; ws["A1"].font = Font(bold=True, size=13)
ws.merge_cells("A2:G2"); ws["A2"] = "ALLEGATO A alla determinazione del Responsabile dell'Area Amministrativa n. 29 del 16/04/2026"; ws["A2"].font = Font(italic=True, size=10)
ws.merge_cells("A3:G3"); ws["A3"] = "CONTRIBUTI ALLE ASSOCIAZIONI PER ATTIVITÀ CULTURALI, SPORTIVE E RICREATIVE – ANNO 2026"; ws["A3"].font = Font(bold=True, size=11)
for r in (1, 2, 3): ws.cell(r, 1).alignment = Alignment(horizontal="center")
ws.merge_cells("A5:A6"); ws.merge_cells("B5:B6"); ws.merge_cells("C5:C6"); ws.merge_cells("D5:F5"); ws.merge_cells("G5:G6")
hdr = {"A5": "N.", "B5": "Associazione", "C5": "Attività / iniziativa", "D5": "Punteggio", "D6": "Qualità", "E6": "Soci", "F6": "Totale", "G5": "Contributo €"}
grey = PatternFill("solid", fgColor="D9D9D9")
for k, v in hdr.items():
    ws[k] = v; ws[k].font = Font(bold=True); ws[k].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
for row in ws["A5:G6"]:
    for cl in row: cl.border = B; cl.fill = grey
data = [("Pro Loco Isola Dovarese", "Palio di San Giacomo e rievocazione gonzaghesca", 38, 12, 1850),
        ("A.S.D. Isola Dovarese Calcio", "Attività giovanile stagione 2026", 30, 14, 1400),
        ("Corpo Bandistico \"G. Verdi\"", "Concerti e scuola di musica", 32, 8, 1200),
        ("Gruppo Alpini Isola Dovarese", "Festa della Montagna in pianura", 24, 9, 800),
        ("Circolo Culturale \"Piazza Matteotti\"", "Rassegna letteraria d'estate", 26, 6, 750),
        ("Associazione Pescatori Oglio", "Gara sociale e pulizia delle sponde", 18, 7, 500),
        ("A.V.I.S. sezione comunale", "Giornata del donatore", 20, 5, 500)]
r = 7
for i, (a, b, q, s, e) in enumerate(data, 1):
    vals = [i, a, b, q, s, None, e]
    for j, v in enumerate(vals, 1):
        cl = ws.cell(r, j, v); cl.border = B; cl.alignment = Alignment(wrap_text=True, vertical="center")
    ws.cell(r, 6, "=D%d+E%d" % (r, r)).border = B
    ws.cell(r, 7).number_format = "#,##0.00"
    r += 1
ws.merge_cells("A%d:F%d" % (r, r)); ws.cell(r, 1, "TOTALE CONTRIBUTI ASSEGNATI").font = Font(bold=True)
ws.cell(r, 1).alignment = Alignment(horizontal="right")
ws.cell(r, 7, "=SUM(G7:G%d)" % (r - 1)).font = Font(bold=True); ws.cell(r, 7).number_format = "#,##0.00"
for j in range(1, 8): ws.cell(r, j).border = B
ws.cell(r + 2, 1, "Isola Dovarese, 16/04/2026")
ws.cell(r + 3, 5, "IL RESPONSABILE DELL'AREA AMMINISTRATIVA"); ws.cell(r + 4, 5, "dott. Stefano Bodini")
for col, w in zip("ABCDEFG", (5, 34, 40, 9, 8, 9, 13)): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.oddHeader.right.text = "&F"; ws.oddFooter.center.text = "Pagina &P di &N"
wb.save(sys.argv[1])
