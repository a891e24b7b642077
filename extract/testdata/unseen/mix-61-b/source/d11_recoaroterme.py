# Comune di Recoaro Terme (VI): spreadsheet annex (openpyxl .xlsx, printed by LibreOffice Calc):
# merged title cells, header row repeated on each page, totals row, page x of y in the footer.
import sys, random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
random.seed(142)
wb = Workbook(); ws = wb.active; ws.title = "Rinnovi 2026"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.merge_cells("A1:H1"); ws["A1"] = "COMUNE DI RECOARO TERME"
ws["A1"].font = Font(name="Calibri", size=14, bold=True); ws["A1"].alignment = Alignment(horizontal="center")
ws.merge_cells("A2:H2"); ws["A2"] = "Provincia di Vicenza – Area Servizi Demografici e Cimiteriali"
ws["A2"].alignment = Alignment(horizontal="center")
ws.merge_cells("A3:H3"); ws["A3"] = "Allegato A alla determinazione n. 142 del 12/05/2026 – Rinnovo delle concessioni cimiteriali in scadenza nel primo semestre 2026"
ws["A3"].font = Font(bold=True); ws["A3"].alignment = Alignment(horizontal="center", wrap_text=True)
ws.row_dimensions[3].height = 30
hdr = ["N.", "Cimitero", "Settore / Fila", "Loculo", "Concessionario (iniziali)", "Scadenza originaria", "Rinnovo (anni)", "Canone €"]
ws.append([]); ws.append(hdr)
for c in ws[5]:
    c.font = Font(bold=True); c.border = B; c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    c.fill = PatternFill("solid", fgColor="D9E1F2")
ws.row_dimensions[5].height = 30
cims = ["Capoluogo", "Capoluogo", "Capoluogo", "Fongara", "Rovegliana", "Merendaore"]
init = "ABCDEFGLMNPRSTVZ"
tot = 0
for i in range(1, 69):
    cim = random.choice(cims)
    sett = "%s / %d" % (random.choice("ABCDE"), random.randint(1, 6))
    loc = random.randint(1, 220)
    name = "%s.%s." % (random.choice(init), random.choice(init))
    d = "%02d/%02d/2026" % (random.randint(1, 28), random.randint(1, 6))
    anni = random.choice([10, 10, 20, 30])
    imp = {10: 380.0, 20: 690.0, 30: 950.0}[anni]
    tot += imp
    ws.append([i, cim, sett, loc, name, d, anni, imp])
    for c in ws[ws.max_row]:
        c.border = B
    ws.cell(ws.max_row, 8).number_format = '#,##0.00'
ws.append(["", "", "", "", "", "", "TOTALE", "=SUM(H6:H%d)" % ws.max_row])
r = ws.max_row
for c in ws[r]: c.font = Font(bold=True)
ws.cell(r, 8).number_format = '#,##0.00'; ws.cell(r, 8).border = B; ws.cell(r, 7).border = B
for col, w in zip("ABCDEFGH", [5, 14, 12, 8, 22, 16, 12, 12]):
    ws.column_dimensions[col].width = w
ws.print_title_rows = "5:5"
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = ws.PAPERSIZE_A4


ws.oddFooter.left.text = "Il Responsabile dell'Area – dott. Giorgio Dal Lago"
ws.oddFooter.right.text = "Pagina &P di &N"
ws.oddHeader.right.text = "Reg. gen. n. 356/2026"
wb.save(sys.argv[1])
