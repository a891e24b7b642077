# Comune di Monte Castello di Vibio - Allegato A: spreadsheet (xlsx by openpyxl, printed to PDF by LibreOffice Calc in build.sh)
import sys, random
from openpyxl import Workbook
from openpyxl.styles import Font, Border, Side, Alignment, PatternFill
random.seed(59)
wb = Workbook(); ws = wb.active; ws.title = "Allegato A"
thin = Side(style="thin", color="000000"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
ws["A1"] = "COMUNE DI MONTE CASTELLO DI VIBIO"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Provincia di Perugia – Area Amministrativa – Servizio Scuola e Servizi Sociali"; ws["A2"].font = Font(size=9)
ws["A4"] = "ALLEGATO A alla determinazione n. 47 del 12/03/2026"; ws["A4"].font = Font(bold=True, size=11)
ws["A5"] = "Contributo per la fornitura gratuita o semigratuita dei libri di testo – a.s. 2025/2026 – Elenco dei beneficiari ammessi (dati pseudonimizzati ai sensi del Reg. UE 2016/679)"
ws["A5"].font = Font(size=9, italic=True)
hdr = ["N.", "Prot. domanda", "Data domanda", "Codice beneficiario", "Ordine di scuola", "Fascia ISEE", "Spesa documentata €", "Contributo € "]
ws.append([]); ws.append(hdr)
r0 = ws.max_row
for j, h in enumerate(hdr, 1):
    cl = ws.cell(r0, j); cl.font = Font(bold=True, size=9); cl.border = B; cl.alignment = Alignment(horizontal="center", wrap_text=True, vertical="center")
    cl.fill = PatternFill("solid", fgColor="D9D9D9")
ordini = ["Secondaria I grado", "Secondaria II grado"]
tot_s = tot_c = 0
for i in range(1, 24):
    prot = 410 + i * 7 + random.randint(0, 5)
    gg = 3 + (i * 11) // 10
    fascia = random.choice(["A (0 – 10.632,94)", "B (10.632,95 – 15.748,78)"])
    spesa = round(random.uniform(140, 460), 2)
    contr = round(spesa * (1.0 if fascia.startswith("A") else 0.7), 2)
    tot_s += spesa; tot_c += contr
    ws.append([i, prot, "%02d/02/2026" % min(gg, 28), "MCV-LT26-%03d" % (100 + i * 3), random.choice(ordini), fascia, spesa, contr])
    for j in range(1, 9):
        cl = ws.cell(ws.max_row, j); cl.border = B; cl.font = Font(size=9)
        if j >= 7: cl.number_format = '#,##0.00'
ws.append(["", "", "", "", "", "TOTALE", round(tot_s, 2), round(tot_c, 2)])
for j in range(1, 9):
    cl = ws.cell(ws.max_row, j); cl.border = B; cl.font = Font(size=9, bold=True)
    if j >= 7: cl.number_format = '#,##0.00'
ws.append([]); ws.append(["", "", "", "", "", "Il Responsabile dell'Area Amministrativa"]); ws.append(["", "", "", "", "", "Dott.ssa Chiara Menichetti"])
for col, w in zip("ABCDEFGH", [5, 11, 11, 17, 19, 24, 14, 12]): ws.column_dimensions[col].width = w
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0
ws.oddHeader.right.text = "&F"; ws.oddFooter.center.text = "Pagina &P di &N"
ws.print_title_rows = "7:7"
wb.save(sys.argv[1])
