#!/usr/bin/env python3
"""Montescudaio, certificate of publication of Giunta deliberation n. 3 of
11/01/2028: the Civilia Next pre-printed form (rows of underscores) filled in by
the program, which writes each value over its blank. fpdf2 with DejaVu fonts."""
import sys
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "certificato-montescudaio-civilianext.pdf"
FD = "/usr/share/fonts/truetype/dejavu/"

pdf = FPDF(format="A4", unit="mm")
pdf.set_creator("Civilia Next - Albo Pretorio")
pdf.set_producer("PyFPDF/fpdf2.8.9")
pdf.set_title("Certificato di pubblicazione - Deliberazione G.C. n. 3/2028")
pdf.add_font("S", "", FD + "DejaVuSans.ttf")
pdf.add_font("S", "B", FD + "DejaVuSans-Bold.ttf")
pdf.add_font("S", "I", FD + "DejaVuSans-Oblique.ttf")
pdf.add_font("SC", "", FD + "DejaVuSansCondensed.ttf")
pdf.set_auto_page_break(False)
pdf.add_page()
L, R = 22, 188

# letterhead, as on the acts
pdf.set_draw_color(31, 59, 115)
pdf.set_line_width(0.45)
pdf.polygon([(L, 14), (L + 13, 14), (L + 13, 24), (L + 6.5, 31), (L, 24)], style="D")
pdf.set_text_color(31, 59, 115)
pdf.set_font("S", "B", 14)
pdf.text(40, 20, "COMUNE DI MONTESCUDAIO")
pdf.set_font("S", "", 9)
pdf.text(40, 25, "Provincia di Pisa")
pdf.set_font("S", "", 7)
pdf.text(40, 29, "Piazza della Libertà, 1 – 56040 Montescudaio (PI) – C.F. 00338590508")
pdf.line(L, 34, R, 34)
pdf.set_text_color(0, 0, 0)

pdf.set_font("S", "B", 13)
pdf.set_xy(L, 44)
pdf.cell(R - L, 7, "CERTIFICATO DI PUBBLICAZIONE", align="C")
pdf.set_font("S", "", 8)
pdf.set_xy(L, 51)
pdf.cell(R - L, 5, "(art. 124 del D.Lgs. 18 agosto 2000, n. 267 – art. 32 della Legge 18 giugno 2009, n. 69)", align="C")

FORM = 10.5
FILL = 10.5


def blank(x, y, n):
    """A row of n underscores starting at x on baseline y; returns its right end."""
    pdf.set_font("SC", "", FORM)
    s = "_" * n
    pdf.text(x, y, s)
    return x + pdf.get_string_width(s)


def label(x, y, s, style=""):
    pdf.set_font("S", style, FORM)
    pdf.text(x, y, s)
    return x + pdf.get_string_width(s)


def fill(x, y, s, style=""):
    pdf.set_font("S", style, FILL)
    pdf.set_text_color(10, 10, 90)
    pdf.text(x + 1.5, y - 0.9, s)
    pdf.set_text_color(0, 0, 0)


y = 66
x = label(L, y, "Deliberazione della ")
x = label(x, y, "GIUNTA COMUNALE", "B")
x = label(x + 2, y, "n. ")
e = blank(x, y, 8); fill(x, y, "3", "B")
x = label(e + 1, y, " del ")
blank(x, y, 16); fill(x, y, "11/01/2028", "B")

y += 10
label(L, y, "Oggetto:")
SUB1 = "Approvazione del progetto di fattibilità tecnico-economica dei lavori di"
SUB2 = "manutenzione straordinaria della copertura della scuola primaria “G. Carducci”"
SUB3 = "– CUP J47H27000310004"
# the subject field of the form is a framed area, filled line by line
pdf.set_draw_color(120, 120, 120)
pdf.set_line_width(0.25)
pdf.rect(L + 18, y - 5, R - L - 18, 19)
for i, s in enumerate((SUB1, SUB2, SUB3)):
    yy = y + i * 5.6
    pdf.set_font("S", "", 9.5)
    pdf.set_text_color(10, 10, 90)
    pdf.text(L + 20, yy, s)
    pdf.set_text_color(0, 0, 0)

y += 30
pdf.set_font("S", "", FORM)
pdf.set_xy(L, y - 4)
pdf.multi_cell(R - L, 5.6, "Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,", align="L")
pdf.set_font("S", "B", 12)
pdf.set_xy(L, y + 5)
pdf.cell(R - L, 7, "C E R T I F I C A", align="C")

y += 22
x = label(L, y, "che copia della deliberazione sopra indicata viene pubblicata all'Albo Pretorio on line")
y += 8
x = label(L, y, "di questo Comune a partire dal giorno ")
e = blank(x, y, 16); fill(x, y, "14/01/2028", "B")
x = label(e + 1, y, " e vi rimarrà per 15 giorni")
y += 8
x = label(L, y, "consecutivi, fino al giorno ")
e = blank(x, y, 16); fill(x, y, "29/01/2028", "B")
x = label(e + 1, y, ", con il n. ")
e = blank(x, y, 8); fill(x, y, "27", "B")
label(e + 1, y, " del Registro delle pubblicazioni.")

y += 16
label(L, y, "Esecutività:")
pdf.set_font("S", "", FORM)
pdf.rect(L + 4, y + 4, 3.6, 3.6)
pdf.set_font("S", "B", 9)
pdf.text(L + 4.6, y + 7.1, "X")
label(L + 10, y + 7.2, "dichiarata immediatamente eseguibile (art. 134, comma 4, D.Lgs. 267/2000)")
pdf.rect(L + 4, y + 11, 3.6, 3.6)
label(L + 10, y + 14.2, "esecutiva decorsi 10 giorni dalla pubblicazione (art. 134, comma 3, D.Lgs. 267/2000)")

y += 34
x = label(L, y, "Montescudaio, lì ")
blank(x, y, 16); fill(x, y, "14/01/2028")

y += 12
pdf.set_font("S", "B", FORM)
pdf.set_xy(105, y - 4)
pdf.cell(83, 5, "IL RESPONSABILE DELLA PUBBLICAZIONE", align="C")
y += 12
blank(110, y, 36)
fill(116, y, "Marta Giovannetti")
pdf.set_font("S", "I", 7.5)
pdf.set_xy(105, y + 2)
pdf.cell(83, 4, "(firmato digitalmente ai sensi del D.Lgs. n. 82/2005)", align="C")

pdf.set_draw_color(150, 150, 150)
pdf.line(L, 280, R, 280)
pdf.set_font("S", "", 7)
pdf.set_text_color(90, 90, 90)
pdf.text(L, 284, "Mod. ALB-03 – Civilia Next – Albo Pretorio on line")
pdf.text(R - 20, 284, "Pagina 1 di 1")
pdf.output(OUT)
