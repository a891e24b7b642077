# openpyxl workbook printed by LibreOffice Calc: Allegato A, merged title cells, header/footer on every page
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
ws.oddHeader.center.text = "Comune di Caldiero - Allegato A alla deliberazione di Consiglio Comunale n. 11 del 27/03/2026"
ws.oddFooter.center.text = "Pagina &P di &N"
ws.merge_cells("A1:E1"); ws["A1"] = "ALLEGATO A - VARIAZIONE AL BILANCIO DI PREVISIONE 2026-2028 - ESERCIZIO 2026"; ws["A1"].font = Font(bold=True, size=12)
ws.merge_cells("A2:E2"); ws["A2"] = "COMUNE DI CALDIERO (Provincia di Verona)"; ws["A2"].alignment = Alignment(horizontal="center")
hdr = ["Missione/Programma", "Capitolo", "Descrizione", "Variazione in aumento", "Variazione in diminuzione"]
ws.append([]); ws.append(hdr)
for c in ws[4]: c.font = Font(bold=True)
rows = [("01.05", 1120, "Manutenzione ordinaria immobili comunali", 12000, 0), ("04.02", 1450, "Trasporto scolastico", 8500, 0),
        ("06.01", 1630, "Contributi associazioni sportive", 5000, 0), ("08.01", 2810, "Manutenzione straordinaria strade", 60000, 0),
        ("09.02", 1910, "Cura del verde pubblico", 7000, 0), ("10.05", 1980, "Illuminazione pubblica - energia", 0, 15000),
        ("12.07", 2120, "Servizi sociali - interventi per famiglie", 9500, 0), ("20.01", 3500, "Fondo di riserva", 0, 4000)]
thin = Side(style="thin"); B = Border(top=thin, bottom=thin, left=thin, right=thin)
for r in rows: ws.append(list(r))
ws.append(["", "", "TOTALE", "=SUM(D5:D12)", "=SUM(E5:E12)"])
for row in ws.iter_rows(min_row=4, max_row=13):
    for c in row: c.border = B
    row[3].number_format = row[4].number_format = "#,##0.00"
for col, w in zip("ABCDE", (22, 11, 42, 22, 25)): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
wb.save(sys.argv[1])
