# Allegato A of the Unione Montana dei Comuni Olimpici - Via Lattea: openpyxl workbook printed by LibreOffice Calc.
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
th = Side(style="thin"); B = Border(left=th, right=th, top=th, bottom=th)
ws.merge_cells("A1:F1"); ws["A1"] = "UNIONE MONTANA DEI COMUNI OLIMPICI – VIA LATTEA"; ws["A1"].font = Font(bold=True, size=13)
ws.merge_cells("A2:F2"); ws["A2"] = "Union des Communes Olympiques – Voie Lactée · Cesana Torinese, Claviere, Pragelato, Sauze di Cesana, Sauze d'Oulx, Sestriere"
ws.merge_cells("A3:F3"); ws["A3"] = "ALLEGATO A alla deliberazione della Giunta dell'Unione n. 12 del 25/03/2026 – Piano degli interventi sulla sentieristica 2026"; ws["A3"].font = Font(bold=True)
hdr = ["N.", "Comune", "Sentiero / Sentier", "Intervento", "Km", "Importo €"]
for j, h in enumerate(hdr, 1):
    c = ws.cell(5, j, h); c.font = Font(bold=True); c.border = B; c.alignment = Alignment(horizontal="center")
rows = [("Cesana Torinese", "Sentiero dei Franchi", "Sfalcio e pulizia", 6.4, 4200), ("Cesana Torinese", "Colle Bousson", "Ripristino fondo", 3.1, 7850),
        ("Claviere", "Gran Bosco – Rifugio Mautino", "Segnaletica bilingue", 5.2, 3100), ("Claviere", "Anello del Gimont", "Staccionate", 2.8, 9400),
        ("Pragelato", "Strada dei Cannoni", "Regimazione acque", 7.9, 12600), ("Pragelato", "Sentiero dei Walser", "Sfalcio e pulizia", 4.5, 2950),
        ("Sauze di Cesana", "Valle Argentera", "Ponticello in legno", 1.2, 15800), ("Sauze di Cesana", "Grange Thures", "Segnaletica bilingue", 3.7, 2400),
        ("Sauze d'Oulx", "Jouvenceaux – Clotes", "Ripristino fondo", 2.6, 6300), ("Sauze d'Oulx", "Sportinia", "Sfalcio e pulizia", 3.9, 2100),
        ("Sestriere", "Anello del Monte Fraiteve", "Segnaletica bilingue", 8.3, 4750), ("Sestriere", "Borgata – Colle Basset", "Staccionate", 2.2, 8900)]
for i, r in enumerate(rows, 1):
    vals = (i,) + r
    for j, v in enumerate(vals, 1):
        c = ws.cell(5 + i, j, v); c.border = B
        if j == 5: c.number_format = "0.0"
        if j == 6: c.number_format = "#,##0.00"
n = 5 + len(rows) + 1
ws.cell(n, 4, "TOTALE").font = Font(bold=True)
ws.cell(n, 5, "=SUM(E6:E%d)" % (n - 1)).number_format = "0.0"
c = ws.cell(n, 6, "=SUM(F6:F%d)" % (n - 1)); c.number_format = "#,##0.00"; c.font = Font(bold=True)
ws.cell(n + 2, 1, "Il Responsabile dell'Area Tecnica dell'Unione – geom. Enrico Blanc")
for col, w in zip("ABCDEF", (5, 18, 30, 22, 7, 13)): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.oddFooter.center.text = "Pagina &P di &N"
ws.oddHeader.right.text = "&F"
wb.save(sys.argv[1])
