# Comune di Fabrizia (VV) - attestazione di pubblicazione of G.C. 44/2026; openpyxl spreadsheet form
# with merged cells, printed by LibreOffice Calc
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
wb = Workbook(); ws = wb.active; ws.title = "Attestazione"
ws.column_dimensions["A"].width = 30; ws.column_dimensions["B"].width = 22; ws.column_dimensions["C"].width = 22; ws.column_dimensions["D"].width = 22
th = Side(style="thin"); box = Border(left=th, right=th, top=th, bottom=th)
def put(r, c, v, bold=False, size=10, merge=None, al="left", border=False, h=None):
    cell = ws.cell(row=r, column=c, value=v); cell.font = Font(name="Liberation Sans", bold=bold, size=size)
    cell.alignment = Alignment(horizontal=al, vertical="top", wrap_text=True)
    if merge: ws.merge_cells(merge)
    if border:
        rng = ws[merge] if merge else ((cell,),)
        for row in rng:
            for x in row: x.border = box
    if h: ws.row_dimensions[r].height = h
put(1, 1, "COMUNE DI FABRIZIA", True, 14, "A1:D1", "center")
put(2, 1, "Provincia di Vibo Valentia", False, 9, "A2:D2", "center")
put(3, 1, "Ufficio Segreteria – Albo Pretorio on line", False, 9, "A3:D3", "center")
put(5, 1, "ATTESTAZIONE DI AVVENUTA PUBBLICAZIONE", True, 12, "A5:D5", "center", h=24)
rows = [("Atto", "Deliberazione della Giunta Comunale"), ("Numero", 44), ("Data", "15/04/2026"),
        ("Oggetto", "Adesione al progetto \"Serre in rete\" per la valorizzazione del sentiero del Brigante e approvazione dello schema di accordo di partenariato con l'Ente Parco Naturale Regionale delle Serre."),
        ("N. registro pubblicazioni", "204/2026"), ("Pubblicato dal", "17/04/2026"), ("Pubblicato al", "02/05/2026")]
r = 7
for a, b in rows:
    put(r, 1, a, True, 10, None, border=True); put(r, 2, b, False, 10, "B%d:D%d" % (r, r), border=True, h=48 if a == "Oggetto" else 18)
    r += 1
put(r + 1, 1, "Si attesta che la deliberazione sopra indicata è stata pubblicata all'Albo Pretorio on line per 15 giorni consecutivi ai sensi dell'art. 124 del D.Lgs. 267/2000 e che contro di essa non sono pervenuti reclami od opposizioni.", False, 10, "A%d:D%d" % (r + 1, r + 1), h=48)
put(r + 3, 1, "Fabrizia, 04/05/2026", False, 10)
put(r + 3, 3, "IL MESSO COMUNALE", True, 10, "C%d:D%d" % (r + 3, r + 3), "center")
put(r + 4, 3, "Rocco Zaffino", False, 10, "C%d:D%d" % (r + 4, r + 4), "center")
ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.print_area = "A1:D%d" % (r + 4)
ws.page_setup.fitToWidth = 1; ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0
ws.oddFooter.center.text = "&F – pagina &P di &N"
wb.save(sys.argv[1])
