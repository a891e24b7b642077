# Allegato A of Casperia: openpyxl workbook, printed by LibreOffice Calc
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
ws.merge_cells("A1:F1"); ws["A1"] = "COMUNE DI CASPERIA (RI)"; ws["A1"].font = Font(bold=True, size=14)
ws.merge_cells("A2:F2"); ws["A2"] = "Allegato A alla deliberazione della Giunta Comunale n. 44 del 14/05/2026"
ws.merge_cells("A3:F3"); ws["A3"] = "Tariffe per l'utilizzo delle sale e degli impianti comunali – anno 2026"; ws["A3"].font = Font(bold=True)
for r in (1, 2, 3): ws.cell(r, 1).alignment = Alignment(horizontal="center")
hdr = ["N.", "Struttura", "Utilizzo", "Unità", "Tariffa residenti (€)", "Tariffa non residenti (€)"]
rows = [("Sala consiliare", "Convegni e riunioni", "mezza giornata", 40, 70), ("Sala consiliare", "Cerimonie civili", "evento", 80, 150),
        ("Ex Convento di San Francesco – chiostro", "Manifestazioni culturali", "giornata", 120, 220), ("Ex Convento di San Francesco – sala grande", "Mostre", "settimana", 150, 280),
        ("Palestra comunale", "Attività sportive", "ora", 12, 20), ("Campo sportivo Santa Maria in Legarano", "Allenamenti", "ora", 25, 40),
        ("Campo sportivo Santa Maria in Legarano", "Partite e tornei", "giornata", 90, 150), ("Area feste Piazza Municipio", "Sagre e feste", "giornata", 60, 110)]
thin = Side(style="thin"); b = Border(left=thin, right=thin, top=thin, bottom=thin)
for j, h in enumerate(hdr, 1):
    c = ws.cell(5, j, h); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="DDDDDD"); c.border = b; c.alignment = Alignment(wrap_text=True, horizontal="center")
for i, r in enumerate(rows, 1):
    for j, v in enumerate((i,) + r, 1):
        c = ws.cell(5 + i, j, v); c.border = b
        if j >= 5: c.number_format = "#,##0.00"
ws.cell(15, 1, "Le tariffe si intendono IVA esclusa, ove dovuta. Esenzione per associazioni iscritte all'albo comunale.")
ws.cell(17, 5, "Il Responsabile dell'Area Amministrativa"); ws.cell(18, 5, "dott. Claudio Pasquetti")
for col, w in zip("ABCDEF", (5, 40, 24, 14, 14, 16)): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9; ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0
ws.oddHeader.center.text = "&A"; ws.oddFooter.left.text = "&F"; ws.oddFooter.right.text = "Pagina &P di &N"
wb.save(sys.argv[1])
