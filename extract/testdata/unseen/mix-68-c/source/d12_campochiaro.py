# Comune di Campochiaro (CB) - ALLEGATO A to determinazione n. 74 of 10/06/2026: final ranking of the
# applications for the school-book grant. openpyxl writes the .xlsx (merged title cells over the
# columns, header row repeated on every printed page, footer with page numbers), LibreOffice Calc
# prints it to PDF in landscape (build.sh).
import sys, random
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins

random.seed(6826)
wb = Workbook(); ws = wb.active; ws.title = "Graduatoria"
thin = Side(style="thin", color="000000")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
grey = PatternFill("solid", fgColor="D9D9D9")

ws.merge_cells("A1:I1"); ws["A1"] = "COMUNE DI CAMPOCHIARO"
ws["A1"].font = Font(name="Liberation Serif", size=15, bold=True); ws["A1"].alignment = Alignment(horizontal="center")
ws.merge_cells("A2:I2"); ws["A2"] = "Provincia di Campobasso – Area Amministrativa – Servizio Pubblica Istruzione"
ws["A2"].font = Font(name="Liberation Sans", size=9, italic=True); ws["A2"].alignment = Alignment(horizontal="center")
ws.merge_cells("A4:I4"); ws["A4"] = "ALLEGATO A alla determinazione del Responsabile dell'Area Amministrativa n. 74 del 10/06/2026"
ws["A4"].font = Font(name="Liberation Sans", size=10, bold=True); ws["A4"].alignment = Alignment(horizontal="center")
ws.merge_cells("A5:I5")
ws["A5"] = "GRADUATORIA DEFINITIVA – CONTRIBUTO PER LA FORNITURA DEI LIBRI DI TESTO A.S. 2025/2026 (L. 448/1998, art. 27)"
ws["A5"].font = Font(name="Liberation Sans", size=10, bold=True); ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True)
ws.row_dimensions[5].height = 28

hdr = ["Pos.", "Prot. domanda", "Data", "Richiedente (iniziali)", "Scuola frequentata", "Classe", "ISEE (€)", "Spesa documentata (€)", "Contributo (€)"]
widths = [6, 13, 11, 18, 34, 8, 13, 16, 13]
for i, (h, w) in enumerate(zip(hdr, widths), 1):
    c = ws.cell(row=7, column=i, value=h); c.font = Font(name="Liberation Sans", size=9, bold=True)
    c.fill = grey; c.border = box; c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.column_dimensions[c.column_letter].width = w
ws.row_dimensions[7].height = 30

schools = ["Scuola secondaria di I grado – Bojano", "Scuola secondaria di I grado – Vinchiaturo", "Liceo scientifico – Campobasso",
           "Istituto tecnico economico – Campobasso", "Istituto tecnico agrario – Campobasso", "Istituto prof. alberghiero – Vinchiaturo"]
letters = "ABCDEFGILMNOPRSTVZ"
rows = []
for k in range(31):
    isee = round(random.uniform(1500, 15700), 2)
    spesa = round(random.uniform(120, 480), 2)
    sc = random.choice(schools)
    rows.append([None, 1830 + random.randint(0, 900), "%02d/%02d/2026" % (random.randint(2, 28), random.choice([3, 4])),
                 "%s.%s." % (random.choice(letters), random.choice(letters)), sc,
                 "%d%s" % (random.randint(1, 3 if "I grado" in sc else 5), random.choice("ABC")), isee, spesa, 0])
rows.sort(key=lambda r: r[6])
budget = 6200.0
for n, r in enumerate(rows, 1):
    r[0] = n
    contrib = round(min(r[7], 260.0) * (1.0 if r[6] < 10632.94 else 0.8), 2)
    if budget <= 0: contrib = 0.0
    elif contrib > budget: contrib = round(budget, 2)
    budget -= contrib; r[8] = contrib
for i, r in enumerate(rows):
    for j, v in enumerate(r, 1):
        c = ws.cell(row=8 + i, column=j, value=v); c.border = box
        c.font = Font(name="Liberation Sans", size=9)
        if j in (7, 8, 9): c.number_format = '[$-410]#,##0.00'; c.alignment = Alignment(horizontal="right")
        elif j in (1, 2, 3, 6): c.alignment = Alignment(horizontal="center")
last = 8 + len(rows)
ws.cell(row=last, column=8, value="TOTALE").font = Font(name="Liberation Sans", size=9, bold=True)
t = ws.cell(row=last, column=9, value="=SUM(I8:I%d)" % (last - 1)); t.number_format = '[$-410]#,##0.00'
t.font = Font(name="Liberation Sans", size=9, bold=True); t.border = box
ws.merge_cells(start_row=last + 2, start_column=1, end_row=last + 2, end_column=9)
ws.cell(row=last + 2, column=1, value="I dati dei richiedenti sono pubblicati in forma pseudonimizzata ai sensi del Regolamento (UE) 2016/679. Le domande con ISEE superiore a € 15.748,78 sono state escluse.").font = Font(name="Liberation Sans", size=8, italic=True)
ws.merge_cells(start_row=last + 4, start_column=6, end_row=last + 4, end_column=9)
ws.cell(row=last + 4, column=6, value="IL RESPONSABILE DELL'AREA AMMINISTRATIVA – dott. Nicola Iacovino").font = Font(name="Liberation Sans", size=9, bold=True)
ws.cell(row=last + 4, column=6).alignment = Alignment(horizontal="center")

ws.print_title_rows = "7:7"
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.7, bottom=0.7)
ws.oddFooter.left.text = "Comune di Campochiaro – Allegato A alla determinazione n. 74/2026"; ws.oddFooter.left.size = 8
ws.oddFooter.right.text = "Pagina &P di &N"; ws.oddFooter.right.size = 8
ws.print_options.horizontalCentered = True
wb.save(sys.argv[1])
