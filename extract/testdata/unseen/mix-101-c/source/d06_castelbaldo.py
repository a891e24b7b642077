# openpyxl: attachment table with merged title cells, printed landscape by LibreOffice Calc
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
th = Side(style="thin"); B = Border(left=th, right=th, top=th, bottom=th)
ws.merge_cells("A1:G1"); ws["A1"] = "COMUNE DI CASTELBALDO – Provincia di Padova"
ws.merge_cells("A2:G2"); ws["A2"] = "ALLEGATO A alla determinazione dell'Area Economico-Finanziaria Reg. Gen. n. 64 del 15/04/2026"
ws.merge_cells("A3:G3"); ws["A3"] = "Elenco delle fatture liquidate – utenze di energia elettrica degli edifici comunali, 1° trimestre 2026"
for r, sz in ((1, 13), (2, 10), (3, 11)):
    ws.cell(r, 1).font = Font(name="Carlito", size=sz, bold=True); ws.cell(r, 1).alignment = Alignment(horizontal="center")
hdr = ["N.", "Utenza (POD)", "Edificio", "Fattura n.", "Data fattura", "Periodo", "Importo €"]
ws.append([]); ws.append(hdr)
rows = [("IT001E52718830", "Municipio – piazza Municipio"), ("IT001E52718914", "Scuola primaria G. Pascoli"), ("IT001E52719022", "Palestra comunale"),
        ("IT001E52719105", "Biblioteca e sala civica"), ("IT001E52719233", "Magazzino comunale"), ("IT001E52719318", "Cimitero del capoluogo"),
        ("IT001E52719401", "Cimitero di Bosco"), ("IT001E52719587", "Impianti sportivi via Sabbioni")]
imp = [1843.22, 2690.15, 1211.80, 486.37, 322.10, 158.44, 97.60, 904.55]
for i, ((pod, ed), v) in enumerate(zip(rows, imp), 1):
    for m, per in ((0, "gennaio 2026"), (1, "febbraio 2026"), (2, "marzo 2026")):
        ws.append([i, pod, ed, "2026%06d" % (4100 + i * 10 + m), "%02d/%02d/2026" % (10 + i, m + 2), per, round(v * (1.1 - m * 0.12), 2)])
n = ws.max_row
ws.append(["", "", "", "", "", "TOTALE", "=SUM(G6:G%d)" % n])
for row in ws.iter_rows(min_row=5, max_row=ws.max_row):
    for c in row: c.border = B; c.font = Font(name="Carlito", size=9.5)
for c in ws[5]: c.font = Font(name="Carlito", size=10, bold=True); c.fill = PatternFill("solid", fgColor="DDDDDD")
for r in range(6, ws.max_row + 1): ws.cell(r, 7).number_format = "#,##0.00"
for col, w in zip("ABCDEFG", (5, 18, 30, 14, 12, 15, 12)): ws.column_dimensions[col].width = w
ws.print_title_rows = "5:5"; ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9
ws.oddHeader.right.text = "&F"; ws.oddFooter.center.text = "Pagina &P di &N"; ws.print_options.horizontalCentered = True
wb.save(sys.argv[1])
