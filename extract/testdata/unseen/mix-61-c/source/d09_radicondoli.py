# Allegato A alla determinazione n. 88/2026 - Comune di Radicondoli (SI). openpyxl .xlsx,
# printed by LibreOffice Calc (merged title rows, repeated header row, running head and foot).
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
thin = Side(style="thin", color="555555"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.merge_cells("A1:F1"); ws["A1"] = "COMUNE DI RADICONDOLI"; ws["A1"].font = Font(name="Liberation Sans", size=15, bold=True)
ws.merge_cells("A2:F2"); ws["A2"] = "Provincia di Siena – Area Amministrativa – Servizio Cultura, Turismo e Associazionismo"; ws["A2"].font = Font(name="Liberation Sans", size=9)
ws.merge_cells("A4:F4"); ws["A4"] = "ALLEGATO A alla determinazione n. 88 del 04/05/2026"; ws["A4"].font = Font(name="Liberation Sans", size=11, bold=True)
ws.merge_cells("A5:F5"); ws["A5"] = "Contributi alle associazioni per le attività culturali e sportive – anno 2026: graduatoria e importi assegnati"
ws["A5"].font = Font(name="Liberation Sans", size=10, italic=True)
for r in (1, 2, 4, 5): ws.cell(r, 1).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
ws.row_dimensions[1].height = 24; ws.row_dimensions[5].height = 28
hdr = ["N.", "Associazione", "Iniziativa", "Punteggio", "Spesa ammessa (€)", "Contributo (€)"]
data = [
 ("Pro Loco Radicondoli", "Radicondoli Festival – XXXIX edizione", 88, 14500, 6000),
 ("Filarmonica \"G. Puccini\" di Belforte", "Stagione concertistica e scuola di musica", 82, 9200, 4200),
 ("A.S.D. Polisportiva Radicondoli", "Attività giovanile calcio e pallavolo", 79, 11800, 3900),
 ("Circolo ARCI Belforte", "Rassegna \"Cinema sotto le stelle\"", 71, 4800, 2100),
 ("Associazione \"Amici della Biblioteca\"", "Letture e laboratori per ragazzi", 68, 2600, 1500),
 ("Gruppo Podistico Colline Metallifere", "Corsa \"Le Vie del Sale\"", 64, 3500, 1400),
 ("Contrada di Belforte", "Palio dei Somari e Festa di Santa Maria", 61, 5200, 1300),
 ("Associazione Culturale \"La Fornace\"", "Mostra di ceramica contemporanea", 55, 3100, 900),
 ("Centro Anziani \"Il Poggio\"", "Gite culturali e corsi di memoria", 52, 1900, 700),
]
r0 = 7
for j, h in enumerate(hdr, 1):
    c = ws.cell(r0, j, h); c.font = Font(name="Liberation Sans", bold=True, size=9.5); c.border = B
    c.fill = PatternFill("solid", fgColor="D9E2D0"); c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
ws.row_dimensions[r0].height = 30
for i, (a, ini, p, s, contr) in enumerate(data, 1):
    r = r0 + i
    for j, v in enumerate([i, a, ini, p, s, contr], 1):
        c = ws.cell(r, j, v); c.border = B; c.font = Font(name="Liberation Sans", size=9.5)
        c.alignment = Alignment(vertical="center", wrap_text=True, horizontal="center" if j in (1, 4) else None)
        if j in (5, 6): c.number_format = '[$-410]#,##0.00'
    ws.row_dimensions[r].height = 27
rt = r0 + len(data) + 1
ws.merge_cells(start_row=rt, start_column=1, end_row=rt, end_column=4)
ws.cell(rt, 1, "TOTALE").font = Font(name="Liberation Sans", bold=True, size=9.5)
ws.cell(rt, 1).alignment = Alignment(horizontal="right")
for j, col in ((5, "E"), (6, "F")):
    c = ws.cell(rt, j, "=SUM(%s%d:%s%d)" % (col, r0 + 1, col, rt - 1)); c.font = Font(name="Liberation Sans", bold=True, size=9.5)
    c.number_format = '[$-410]#,##0.00'
for j in range(1, 7): ws.cell(rt, j).border = B
ws.cell(rt + 2, 1, "Il Responsabile dell’Area Amministrativa – Dott.ssa Cinzia Burroni (firmato digitalmente)").font = Font(name="Liberation Sans", size=9, italic=True)
for col, w in zip("ABCDEF", (5, 33, 36, 10, 14, 13)): ws.column_dimensions[col].width = w
ws.print_title_rows = "7:7"
ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.oddHeader.right.text = "Allegato A – Det. n. 88/2026"; ws.oddHeader.right.size = 8
ws.oddFooter.center.text = "Pagina &P di &N"; ws.oddFooter.center.size = 8
ws.oddFooter.left.text = "&F"; ws.oddFooter.left.size = 8
wb.save(sys.argv[1])
