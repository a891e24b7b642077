"""Montelanico, Halley-like certificate of publication: a pre-printed form
(fpdf2) whose blanks are rows of underscores, filled in afterwards by the
records office in another font at the same positions."""
import sys
from fpdf import FPDF

out = sys.argv[1]
pdf = FPDF(format="A4", unit="mm")
pdf.set_creator("Halley Albo Pretorio - modulistica")
pdf.set_title("Certificato di pubblicazione")
pdf.add_font("dvs", "", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
pdf.add_font("dvs", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf")
pdf.add_font("mono", "", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf")
pdf.set_auto_page_break(False)
pdf.add_page()
L = 22

pdf.set_font("dvs", "B", 17)
pdf.set_xy(0, 20)
pdf.cell(210, 8, "COMUNE DI MONTELANICO", align="C")
pdf.set_font("dvs", "", 10)
pdf.set_xy(0, 28)
pdf.cell(210, 5, "Città Metropolitana di Roma Capitale", align="C")
pdf.set_xy(0, 33)
pdf.cell(210, 5, "Servizio Albo Pretorio on line", align="C")
pdf.set_line_width(0.4)
pdf.line(L, 40, 210 - L, 40)

pdf.set_font("dvs", "B", 13)
pdf.set_xy(0, 50)
pdf.cell(210, 7, "CERTIFICATO DI PUBBLICAZIONE", align="C")
pdf.set_font("dvs", "", 9)
pdf.set_xy(0, 57)
pdf.cell(210, 5, "(art. 124 del D.Lgs. 18 agosto 2000, n. 267 – art. 32 della L. 18 giugno 2009, n. 69)", align="C")


def form_line(y, label_parts):
    """label_parts: list of (printed text, blank length in underscores, fill)."""
    x = L
    fills = []
    for text, blanks, fill in label_parts:
        pdf.set_font("dvs", "", 10.5)
        if text:
            w = pdf.get_string_width(text)
            pdf.set_xy(x, y)
            pdf.cell(w, 6, text)
            x += w
        if blanks:
            u = "_" * blanks
            w = pdf.get_string_width(u)
            pdf.set_xy(x, y)
            pdf.cell(w, 6, u)
            fills.append((x, y, w, fill))
            x += w
    return fills


fills = []
y = 72
fills += form_line(y, [("Registro delle pubblicazioni n. ", 10, "18"), ("", 0, None)])
y += 12
fills += form_line(y, [("Atto: Deliberazione della ", 24, "Giunta Comunale"), (" n. ", 8, "3"), (" del ", 14, "09/01/2029")])
y += 12
pdf.set_font("dvs", "", 10.5)
pdf.set_xy(L, y)
pdf.cell(20, 6, "Oggetto:")
y += 8
subject_lines = [
    "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE",
    "PRO LOCO MONTELANICO PER LA GESTIONE DEL CENTRO VISITE DEL",
    "MONTE SEMPREVISA - ANNO 2029",
]
for i in range(3):
    fills += form_line(y, [("", 62, subject_lines[i])])
    y += 9
y += 6
pdf.set_font("dvs", "", 10.5)
pdf.set_xy(L, y)
pdf.multi_cell(210 - 2 * L, 6,
               "Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,", align="L")
y += 10
pdf.set_font("dvs", "B", 11)
pdf.set_xy(0, y)
pdf.cell(210, 6, "ATTESTA", align="C")
y += 11
fills += form_line(y, [("che copia del suddetto atto viene pubblicata all'Albo Pretorio on line dal ", 12, "12/01/2029")])
y += 9
fills += form_line(y, [("al ", 12, "27/01/2029"), (" per quindici giorni consecutivi.", 0, None)])
y += 16
fills += form_line(y, [("Montelanico, lì ", 14, "12/01/2029")])
y += 14
pdf.set_font("dvs", "", 10.5)
pdf.set_xy(110, y)
pdf.cell(80, 6, "IL RESPONSABILE DELLA PUBBLICAZIONE", align="C")
y += 7
fills += [(x, yy, w, f) for (x, yy, w, f) in []]
pdf.set_xy(118, y)
pdf.cell(64, 6, "_" * 30, align="C")
fills.append((118, y, 64, "Giulia Mastracci"))

# the clerk fills the blanks in afterwards, in a typewriter-like face,
# 1 mm above the rule of underscores
pdf.set_font("mono", "", 10)
for x, yy, w, fill in fills:
    if not fill:
        continue
    pdf.set_xy(x + 1, yy - 1.1)
    pdf.cell(w - 1, 6, fill)

pdf.set_font("dvs", "", 7.5)
pdf.set_xy(L, 280)
pdf.cell(210 - 2 * L, 4, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 – Mod. ALB-03 Halley", align="C")
pdf.output(out)
