# stand-alone GRADUATORIA DEFINITIVA, Capranica: office in the page header (openpyxl -> LibreOffice Calc)
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
wb = Workbook(); ws = wb.active; ws.title = "Graduatoria"
th = Side(style="thin"); B = Border(left=th, right=th, top=th, bottom=th)
ws.oddHeader.left.text = "COMUNE DI CAPRANICA (VT)"; ws.oddHeader.left.size = 11; ws.oddHeader.left.font = "Liberation Sans,Bold"
ws.oddHeader.right.text = "AREA AMMINISTRATIVA – Ufficio Servizi Sociali"; ws.oddHeader.right.size = 9
ws.oddFooter.left.text = "Graduatoria buoni spesa 2026"; ws.oddFooter.left.size = 8
ws.oddFooter.right.text = "Pagina &P di &N"; ws.oddFooter.right.size = 8
rows = [
 ("GRADUATORIA DEFINITIVA BUONI SPESA PER NUCLEI FAMILIARI IN DIFFICOLTÀ – ANNO 2026",),
 ("Approvata con determinazione n. 49 del 19/03/2026 – Avviso pubblico prot. 2011 del 12/02/2026",),
 (),
 ("Pos.", "Prot. domanda", "Data", "Richiedente", "Punteggio", None, None, "Importo €"),
 (None, None, None, None, "ISEE", "Nucleo", "Totale", None),
]
data = [(1,"2204","18/02/2026","B.M.",40,20,60,400),(2,"2391","20/02/2026","C.R.",40,15,55,400),(3,"2158","17/02/2026","D.A.",35,15,50,350),
 (4,"2466","23/02/2026","F.L.",35,10,45,350),(5,"2502","24/02/2026","G.S.",30,15,45,300),(6,"2277","19/02/2026","L.P.",30,10,40,300),
 (7,"2610","26/02/2026","M.E.",25,10,35,250),(8,"2355","20/02/2026","N.T.",25,5,30,250),(9,"2701","27/02/2026","P.G.",20,5,25,200),
 (10,"2733","27/02/2026","R.V.",15,5,20,200),(11,"2180","17/02/2026","S.C.",10,5,15,150)]
for r in rows: ws.append(list(r))
for r in data: ws.append(list(r))
ws.append([]); ws.append(["Esclusi: prot. 2299 (ISEE superiore alla soglia), prot. 2644 (domanda incompleta)."])
ws.append([]); ws.append([None,None,None,None,"Il Responsabile dell'Area Amministrativa"]); ws.append([None,None,None,None,"dott. Massimo Ceccarelli"])
ws.merge_cells("A1:H1"); ws.merge_cells("A2:H2")
for c in ("A","B","C","D","H"): ws.merge_cells(f"{c}4:{c}5")
ws.merge_cells("E4:G4")
ws["A1"].font = Font(name="Liberation Sans", bold=True, size=12); ws["A1"].alignment = Alignment(horizontal="center", wrap_text=True)
ws.row_dimensions[1].height = 34; ws["A2"].alignment = Alignment(horizontal="center"); ws["A2"].font = Font(name="Liberation Sans", italic=True, size=9)
for row in ws.iter_rows(min_row=4, max_row=5+len(data), max_col=8):
    for c in row:
        c.border = B; c.alignment = Alignment(horizontal="center", vertical="center"); c.font = Font(name="Liberation Sans", size=10, bold=c.row < 6)
        if c.row < 6: c.fill = PatternFill("solid", fgColor="DDE5F0")
for col, w in zip("ABCDEFGH", (6, 13, 12, 13, 9, 9, 9, 12)): ws.column_dimensions[col].width = w
ws.page_setup.paperSize = 9; ws.page_setup.orientation = "portrait"; ws.print_options.horizontalCentered = True
ws.page_setup.fitToWidth = 1; ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0
wb.save(sys.argv[1])
