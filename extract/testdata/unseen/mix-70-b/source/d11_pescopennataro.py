# Pescopennataro (IS): Allegato A to a determinazione, list of forest lots for domestic firewood (uso civico di legnatico);
# openpyxl .xlsx with merged title rows, printed by LibreOffice Calc.
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
rows = [("COMUNE DI PESCOPENNATARO", 14), ("Provincia di Isernia – Area Tecnica", 10),
        ("ALLEGATO A alla determinazione n. 22 del 15.05.2026", 11), ("ELENCO DEI LOTTI DI LEGNA DA ARDERE ASSEGNATI AI NUCLEI FAMILIARI RESIDENTI – STAGIONE 2026/2027", 10)]
for i, (t, s) in enumerate(rows, 1):
    ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=6)
    ws.cell(i, 1, t).font = Font(name="Liberation Sans", bold=(i != 2), size=s); ws.cell(i, 1).alignment = Alignment(horizontal="center", wrap_text=True)
ws.row_dimensions[4].height = 28
hdr = ["Lotto", "Località", "Particella forestale", "Assegnatario (iniziali)", "Quintali", "Importo €"]
for j, h in enumerate(hdr, 1):
    c = ws.cell(6, j, h); c.font = Font(name="Liberation Sans", bold=True, size=9.5); c.border = B
    c.fill = PatternFill("solid", fgColor="DDDDDD"); c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
locs = ["Bosco Sant'Antonio", "Colle Cavaliere", "Monte Castelbarone", "Fonte del Prete", "Valle Verrino"]
ini = ["A.M.", "C.G.", "D.V.", "F.L.", "G.R.", "I.P.", "L.S.", "M.A.", "N.T.", "P.D.", "R.E.", "S.F.", "T.B.", "V.C."]
for k, a in enumerate(ini):
    r = 7 + k; q = 40 + (k * 7) % 25
    vals = [k + 1, locs[k % 5], 10 + (k * 3) % 17, a, q, None]
    for j, v in enumerate(vals, 1):
        c = ws.cell(r, j, v); c.border = B; c.font = Font(name="Liberation Sans", size=9.5)
    ws.cell(r, 6, f"=E{r}*1.8").number_format = "#,##0.00"
tr = 7 + len(ini)
ws.cell(tr, 1, "Totale"); ws.merge_cells(start_row=tr, start_column=1, end_row=tr, end_column=4)
ws.cell(tr, 5, f"=SUM(E7:E{tr-1})"); ws.cell(tr, 6, f"=SUM(F7:F{tr-1})").number_format = "#,##0.00"
for j in range(1, 7):
    ws.cell(tr, j).border = B; ws.cell(tr, j).font = Font(name="Liberation Sans", bold=True, size=9.5)
ws.cell(tr + 2, 1, "Prezzo di macchiatico: € 1,80 al quintale. Il taglio va eseguito entro il 31.10.2026.").font = Font(name="Liberation Sans", size=9)
ws.cell(tr + 4, 4, "IL RESPONSABILE DELL'AREA TECNICA").font = Font(name="Liberation Sans", bold=True, size=9.5)
ws.cell(tr + 5, 4, "arch. Nicola Di Nucci").font = Font(name="Liberation Sans", size=9.5)
for col, w in zip("ABCDEF", (7, 24, 13, 18, 10, 12)): ws.column_dimensions[col].width = w
ws.page_setup.paperSize = 9; ws.page_setup.orientation = "portrait"; ws.page_setup.fitToWidth = 1
ws.oddFooter.center.text = "Pagina &P di &N"
wb.save(sys.argv[1])
