# Consorzio Socio Assistenziale del Cuneese - Allegato A to a determinazione: a
# spreadsheet (openpyxl .xlsx) printed to PDF by LibreOffice Calc, landscape, with
# repeated title rows, gridlines and the sheet's header/footer.
import random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins
random.seed(45)
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
thin = Side(style="thin", color="999999"); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
ws["A1"] = "CONSORZIO SOCIO ASSISTENZIALE DEL CUNEESE"; ws["A1"].font = Font(name="Carlito", bold=True, size=13)
ws["A2"] = "Allegato A alla Determinazione del Direttore n. 96 del 10/03/2026"; ws["A2"].font = Font(name="Carlito", italic=True, size=10)
ws["A3"] = ("Misura di sostegno al pagamento dei canoni di locazione – Fondo regionale morosità "
            "incolpevole 2025 – Elenco delle domande ammesse e dei contributi assegnati")
ws["A3"].font = Font(name="Carlito", bold=True, size=10.5)
ws.merge_cells("A3:H3"); ws["A3"].alignment = Alignment(wrap_text=True, vertical="top")
ws.row_dimensions[3].height = 30
hdr = ["N.", "Prot. domanda", "Data domanda", "Comune di residenza", "Componenti nucleo",
       "ISEE (€)", "Contributo assegnato (€)", "Esito"]
for i, h in enumerate(hdr, 1):
    c = ws.cell(row=5, column=i, value=h)
    c.font = Font(name="Carlito", bold=True, size=10); c.border = bd
    c.fill = PatternFill("solid", fgColor="D9E1F2"); c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
ws.row_dimensions[5].height = 28
comuni = ["Cuneo", "Borgo San Dalmazzo", "Boves", "Busca", "Caraglio", "Dronero", "Centallo",
          "Peveragno", "Cervasca", "Vignolo", "Beinette", "Chiusa di Pesio", "Roccavione",
          "Valdieri", "Tarantasca", "Villafalletto", "Bernezzo", "Demonte"]
r = 6; tot = 0
for n in range(1, 47):
    prot = 2025 * 0 + 14000 + random.randint(10, 990) + n * 37
    d = "%02d/%02d/2025" % (random.randint(1, 28), random.choice([10, 11, 12]))
    isee = round(random.uniform(1800, 11800), 2)
    contr = random.choice([600, 900, 1200, 1500, 1800, 2400, 3000])
    esito = "AMMESSA"
    it = lambda v: ("{:,.2f}".format(v)).replace(",", "X").replace(".", ",").replace("X", ".")
    row = [n, "%d/2025" % prot, d, random.choice(comuni), random.randint(1, 6), it(isee), it(contr), esito]
    for i, v in enumerate(row, 1):
        c = ws.cell(row=r, column=i, value=v); c.border = bd; c.font = Font(name="Carlito", size=10)
        if i in (6, 7): c.alignment = Alignment(horizontal="right")
        if i in (1, 5, 8): c.alignment = Alignment(horizontal="center")
    tot += contr; r += 1
ws.cell(row=r, column=6, value="TOTALE").font = Font(name="Carlito", bold=True, size=10)
c = ws.cell(row=r, column=7, value=("{:,.2f}".format(tot)).replace(",", "X").replace(".", ",").replace("X", "."))
c.alignment = Alignment(horizontal="right")
c.font = Font(name="Carlito", bold=True, size=10); c.border = bd
ws.cell(row=r + 2, column=1, value=("Ai sensi del Regolamento UE 2016/679 i nominativi dei "
        "beneficiari sono sostituiti dal numero di protocollo della domanda.")).font = Font(name="Carlito", italic=True, size=9)
for col, w in zip("ABCDEFGH", (6, 15, 13, 24, 12, 13, 17, 12)):
    ws.column_dimensions[col].width = w
ws.print_title_rows = "5:5"
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.8)
ws.oddHeader.right.text = "C.S.A.C. – Allegato A – Det. 96/2026"
ws.oddFooter.center.text = "Pagina &P di &N"
ws.oddFooter.left.text = "&F"
wb.save("allegato_A_det96_2026.xlsx")
