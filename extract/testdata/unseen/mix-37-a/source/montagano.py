"""Allegato A, Comune di Montagano: a spreadsheet (xlsx) printed to PDF by LibreOffice Calc."""
import sys, random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins

random.seed(37)
wb = Workbook(); ws = wb.active; ws.title = "Elenco ammessi"
thin = Side(style="thin", color="000000")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws["A1"] = "COMUNE DI MONTAGANO"; ws["A1"].font = Font(name="Arial", size=13, bold=True)
ws["A2"] = "Provincia di Campobasso – Area Amministrativa – Servizio Pubblica Istruzione"; ws["A2"].font = Font(name="Arial", size=9)
ws["A4"] = "ALLEGATO A alla determinazione dell’Area Amministrativa n. 64 del 10/03/2026"; ws["A4"].font = Font(name="Arial", size=10, bold=True)
ws["A5"] = "Fornitura gratuita o semigratuita dei libri di testo – a.s. 2025/2026 (L. 448/1998, art. 27) – Elenco delle domande ammesse e importi riconosciuti"
ws["A5"].font = Font(name="Arial", size=9, italic=True)
for r in (1, 2, 4, 5): ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
hdr = ["N.", "Prot. domanda", "Data", "Richiedente (iniziali)", "Scuola", "Classe", "Fascia ISEE", "Importo ammesso €"]
for j, h in enumerate(hdr, 1):
    c = ws.cell(row=7, column=j, value=h); c.font = Font(name="Arial", size=9, bold=True)
    c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True); c.border = B
    c.fill = PatternFill("solid", fgColor="D9D9D9")
schools = [("Sec. I grado – Montagano", ["I", "II", "III"]), ("Sec. II grado – Campobasso", ["I", "II", "III", "IV", "V"]), ("IIS «Pertini» – Campobasso", ["I", "II", "III", "IV"])]
letters = "ABCDEFGILMNPRSTVZ"
prot = 1210
n = 27
for i in range(n):
    r = 8 + i
    prot += random.randint(3, 40)
    sc, cl = random.choice(schools)
    fascia = random.choice(["1 (0 – 5.000,00)", "1 (0 – 5.000,00)", "2 (5.000,01 – 10.632,94)"])
    imp = (random.choice([118.40, 142.75, 166.30, 205.10, 251.90, 288.00]) if fascia.startswith("1") else random.choice([92.60, 110.00, 133.45, 161.20]))
    day = 3 + i // 3
    vals = [i + 1, prot, f"{min(day, 28):02d}/{'10' if i < 18 else '11'}/2025", f"{random.choice(letters)}. {random.choice(letters)}.", sc, random.choice(cl), fascia, imp]
    for j, v in enumerate(vals, 1):
        c = ws.cell(row=r, column=j, value=v); c.font = Font(name="Arial", size=9); c.border = B
        if j in (1, 2, 3, 6): c.alignment = Alignment(horizontal="center")
        if j == 8: c.number_format = '[$-410]#,##0.00'
last = 8 + n - 1
ws.cell(row=last + 1, column=7, value="TOTALE").font = Font(name="Arial", size=9, bold=True)
t = ws.cell(row=last + 1, column=8, value=f"=SUM(H8:H{last})"); t.font = Font(name="Arial", size=9, bold=True); t.number_format = '[$-410]#,##0.00'; t.border = B
ws.cell(row=last + 3, column=1, value="Montagano, 10/03/2026").font = Font(name="Arial", size=9)
ws.cell(row=last + 3, column=6, value="Il Responsabile dell’Area Amministrativa").font = Font(name="Arial", size=9)
ws.cell(row=last + 4, column=6, value="dott.ssa Nicoletta Di Iorio").font = Font(name="Arial", size=9, bold=True)
for col, w in zip("ABCDEFGH", (5, 10, 11, 16, 26, 7, 20, 14)):
    ws.column_dimensions[col].width = w
ws.row_dimensions[7].height = 26
ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_title_rows = "7:7"
ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.8, bottom=0.8)
ws.oddHeader.center.text = "&A"
ws.oddFooter.center.text = "Pagina &P di &N"
ws.oddFooter.right.text = "&F"
wb.save(sys.argv[1])
