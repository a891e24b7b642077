#!/usr/bin/env python3
"""Comune di Montecchio (TR) - certificate of publication of Giunta deliberation 47/2026.

fpdf2: a pre-printed form whose blanks are runs of underscores (drawn as text,
as the office's Word model has them), then the values written over the blanks
by the publication module, a little above the underscores' baseline.
"""
import sys
from fpdf import FPDF

OUT = sys.argv[1]

pdf = FPDF(format="A4", unit="mm")
pdf.core_fonts_encoding = "windows-1252"
pdf.set_creator("Halley Informatica - Albo Pretorio on line")
pdf.set_producer("fpdf2")
pdf.set_title("Certificato di pubblicazione - Delibera G.C. n. 47/2026")
pdf.set_auto_page_break(False)
pdf.add_page()

BLUE = (31, 61, 107)

# letterhead, same as the other Montecchio prints
pdf.set_draw_color(*BLUE)
pdf.set_line_width(0.45)
pdf.line(20, 14, 34, 14)
pdf.line(34, 14, 34, 25)
pdf.line(20, 14, 20, 25)
pdf.line(20, 25, 27, 31)
pdf.line(34, 25, 27, 31)
pdf.set_text_color(*BLUE)
pdf.set_font("Helvetica", "B", 17)
pdf.text(39, 21, "COMUNE DI MONTECCHIO")
pdf.set_font("Helvetica", "", 10)
pdf.text(39, 26.5, "Provincia di Terni")
pdf.set_font("Helvetica", "", 7.5)
pdf.text(39, 31, "Piazza Giuseppe Garibaldi, 1 - 05020 Montecchio (TR) - C.F. 00178250557")
pdf.line(20, 35, 190, 35)

pdf.set_text_color(0, 0, 0)
pdf.set_font("Helvetica", "B", 13)
pdf.set_xy(20, 44)
pdf.cell(170, 7, "CERTIFICATO DI PUBBLICAZIONE", align="C")
pdf.set_font("Helvetica", "", 9)
pdf.set_xy(20, 50)
pdf.cell(170, 5, "(art. 124 del D.Lgs. 18 agosto 2000, n. 267 - art. 32 della Legge 18 giugno 2009, n. 69)", align="C")

FORM = "Helvetica"


def label(x, y, s, style=""):
    pdf.set_font(FORM, style, 10.5)
    pdf.text(x, y, s)
    return x + pdf.get_string_width(s)


def blank(x, y, width):
    """underscores from x to x+width; returns the x where the blank starts"""
    pdf.set_font(FORM, "", 10.5)
    n = int(width / pdf.get_string_width("_"))
    pdf.text(x, y, "_" * n)
    return x


fills = []  # values are written after the whole form, as the module does


def fill(x, y, s, size=10.5):
    fills.append((x + 1.5, y - 0.9, s, size))


y = 66
x = label(20, y, "Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,")
y += 9
pdf.set_font(FORM, "B", 11)
pdf.text(20, y, "CERTIFICA")
y += 9
x = label(20, y, "che copia della deliberazione della")
bx = blank(x + 1, y, 190 - x - 1)
fill(bx, y, "GIUNTA COMUNALE")
y += 8
x = label(20, y, "n.")
bx = blank(x + 1, y, 22)
fill(bx, y, "47")
x = label(x + 25, y, "del")
bx = blank(x + 1, y, 35)
fill(bx, y, "09/07/2026")
x = label(x + 38, y, "avente ad oggetto:")
y += 8
subject_lines = [
    "Approvazione del progetto esecutivo dei lavori di efficientamento energetico",
    "della scuola primaria di Tenaglie – CUP C27H26000410004.",
]
for i in range(3):
    blank(20, y, 170)
    if i < len(subject_lines):
        fill(20, y, subject_lines[i])
    y += 8
y += 1
x = label(20, y, "è stata pubblicata all'Albo Pretorio on line di questo Comune al n.")
bx = blank(x + 1, y, 190 - x - 1)
fill(bx, y, "612 / 2026")
y += 8
x = label(20, y, "dal")
bx = blank(x + 1, y, 35)
fill(bx, y, "13/07/2026")
x = label(x + 38, y, "al")
bx = blank(x + 1, y, 35)
fill(bx, y, "28/07/2026")
label(x + 38, y, "per quindici giorni consecutivi.")
y += 14
pdf.set_font(FORM, "", 10.5)
pdf.set_xy(20, y - 4)
pdf.multi_cell(170, 5.2,
               "Il presente certificato è rilasciato all'inizio del periodo di pubblicazione; "
               "la deliberazione, dichiarata immediatamente eseguibile, è consultabile integralmente "
               "nella sezione Albo Pretorio on line del sito istituzionale www.comune.montecchio.tr.it.",
               align="J")
y += 24
x = label(20, y, "Montecchio,")
bx = blank(x + 1, y, 40)
fill(bx, y, "13/07/2026")

y += 16
pdf.set_font(FORM, "", 10.5)
pdf.set_xy(110, y)
pdf.cell(80, 5, "IL RESPONSABILE DELLA PUBBLICAZIONE", align="C")
blank(118, y + 16, 64)
fill(128, y + 16, "Sig.ra Daniela Morbidelli")
pdf.set_font(FORM, "I", 8)
pdf.set_xy(110, y + 18)
pdf.cell(80, 4, "(firmato digitalmente)", align="C")

pdf.set_font(FORM, "", 7.5)
pdf.set_text_color(60, 60, 60)
pdf.text(20, 284, "Mod. ALBO/03 - Certificato di pubblicazione delle deliberazioni")
pdf.text(160, 284, "Pagina 1 di 1")

# the publication module writes its values last, in Courier, a hair above the blank
pdf.set_text_color(0, 0, 0)
for (fx, fy, s, size) in fills:
    pdf.set_font("Courier", "B", 10)
    pdf.text(fx, fy, s)

pdf.output(OUT)
