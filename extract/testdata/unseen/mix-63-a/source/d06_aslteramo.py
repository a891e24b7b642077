# ASL Teramo - Allegato 1 to a deliberation of the Direttore Generale: spreadsheet (openpyxl),
# printed to PDF by LibreOffice Calc (landscape, title rows repeated, merged title cells).
import sys, random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

out = sys.argv[1]
random.seed(63)
wb = Workbook(); ws = wb.active; ws.title = "Allegato 1"
thin = Side(style="thin", color="777777"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.merge_cells("A1:H1"); ws["A1"] = "AZIENDA SANITARIA LOCALE DI TERAMO"
ws["A1"].font = Font(name="Carlito", size=14, bold=True, color="1F4E79")
ws.merge_cells("A2:H2"); ws["A2"] = "U.O.C. Ingegneria Clinica e Tecnologie Sanitarie"
ws["A2"].font = Font(name="Carlito", size=11, italic=True)
ws.merge_cells("A3:H3"); ws["A3"] = "ALLEGATO 1 alla deliberazione del Direttore Generale n. 1034 del 16/06/2026 – Elenco delle apparecchiature elettromedicali fuori uso da dismettere"
ws["A3"].font = Font(name="Carlito", size=11, bold=True); ws["A3"].alignment = Alignment(wrap_text=True)
ws.row_dimensions[3].height = 30
hdr = ["N.", "Inventario", "Apparecchiatura", "Marca / Modello", "Presidio", "Reparto", "Anno acquisto", "Valore residuo (€)"]
for i, h in enumerate(hdr, 1):
    c = ws.cell(row=5, column=i, value=h); c.font = Font(name="Carlito", bold=True, size=10)
    c.fill = PatternFill("solid", fgColor="DDEBF7"); c.border = B; c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
eq = [("Elettrocardiografo 12 derivazioni", "Cardioline ECG 200S"), ("Monitor multiparametrico", "Mindray iPM 10"),
      ("Pompa infusionale volumetrica", "B. Braun Infusomat Space"), ("Defibrillatore semiautomatico", "Philips HeartStart FRx"),
      ("Aspiratore chirurgico", "Medela Dominant 35c"), ("Lampada scialitica", "Dräger Polaris 100"),
      ("Ecografo portatile", "Esaote MyLab Five"), ("Letto elettrico da degenza", "Malvestio Degemed"),
      ("Ventilatore polmonare", "Dräger Savina 300"), ("Bilancia pesapersone", "Seca 769"),
      ("Autoclave da banco", "Euronda E9 Inspection"), ("Sfigmomanometro digitale", "Omron HBP-1320")]
pres = [("P.O. Teramo", ["Cardiologia", "Medicina Interna", "Chirurgia Generale", "Pronto Soccorso"]),
        ("P.O. Atri", ["Ortopedia", "Medicina Interna", "Sala Operatoria"]),
        ("P.O. Giulianova", ["Pediatria", "Ostetricia e Ginecologia"]),
        ("P.O. Sant'Omero", ["Geriatria", "Chirurgia Generale", "Terapia Intensiva"])]
tot = 0
for n in range(1, 43):
    e = random.choice(eq); p = random.choice(pres)
    val = round(random.choice([0, 0, 0, random.uniform(40, 900)]), 2); tot += val
    row = [n, f"TE{random.randint(104000, 189999)}", e[0], e[1], p[0], random.choice(p[1]), random.randint(2006, 2016), val]
    for i, v in enumerate(row, 1):
        c = ws.cell(row=5 + n, column=i, value=v); c.border = B; c.font = Font(name="Carlito", size=10)
        if i == 8: c.number_format = "#,##0.00"
        if i in (1, 7): c.alignment = Alignment(horizontal="center")
r = 5 + 43
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
ws.cell(row=r, column=1, value="TOTALE VALORE RESIDUO").font = Font(name="Carlito", bold=True)
ws.cell(row=r, column=1).alignment = Alignment(horizontal="right")
c = ws.cell(row=r, column=8, value=f"=SUM(H6:H{r-1})"); c.number_format = "#,##0.00"; c.font = Font(name="Carlito", bold=True); c.border = B
for col, w in zip("ABCDEFGH", [5, 11, 32, 26, 15, 21, 9, 13]): ws.column_dimensions[col].width = w
ws.print_title_rows = "5:5"
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.oddFooter.center.text = "Pagina &P di &N"
ws.oddFooter.right.text = "&F"
wb.save(out)
