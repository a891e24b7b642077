#!/usr/bin/env python3
"""Comune di Chiari - certificate of publication of Giunta n. 198/2026.

The Segreteria's printed form (blanks of underscores, as text) with the
values typed over the blanks afterwards, as a clerk fills a form with the
package's "compila modulo": ReportLab canvas, two layers of text on the
same baselines.
"""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors

OUT = sys.argv[1]
W, H = A4
c = canvas.Canvas(OUT, pagesize=A4, pageCompression=1)
c.setTitle("Certificato di pubblicazione")
c.setAuthor("Comune di Chiari - Segreteria")
c.setCreator("Sicr@web - Modulistica")

# letterhead of the house style
x0 = 20 * mm
c.setLineWidth(1.2)
p = c.beginPath()
y = H - 38 * mm
p.moveTo(x0, y + 20 * mm); p.lineTo(x0 + 16 * mm, y + 20 * mm); p.lineTo(x0 + 16 * mm, y + 8 * mm)
p.curveTo(x0 + 16 * mm, y + 3 * mm, x0 + 11 * mm, y, x0 + 8 * mm, y - 2 * mm)
p.curveTo(x0 + 5 * mm, y, x0, y + 3 * mm, x0, y + 8 * mm); p.close()
c.setFillColor(colors.Color(0.75, 0.1, 0.12)); c.drawPath(p, fill=1, stroke=1)
c.setFillColor(colors.white); c.rect(x0 + 3 * mm, y + 9 * mm, 10 * mm, 3 * mm, fill=1, stroke=0)
c.setFillColor(colors.black)
c.setFont("Times-Bold", 20); c.drawCentredString(W / 2 + 8 * mm, H - 24 * mm, "COMUNE DI CHIARI")
c.setFont("Times-Roman", 11); c.drawCentredString(W / 2 + 8 * mm, H - 30 * mm, "PROVINCIA DI BRESCIA")
c.setFont("Times-Roman", 8.5)
c.drawCentredString(W / 2 + 8 * mm, H - 35 * mm,
                    "Piazza Martiri della Libertà, 26 - 25032 Chiari (BS) - C.F. 00606660179")
c.setLineWidth(0.6); c.line(18 * mm, H - 42 * mm, W - 18 * mm, H - 42 * mm)

c.setFont("Times-Bold", 13)
c.drawCentredString(W / 2, H - 55 * mm, "CERTIFICATO DI PUBBLICAZIONE")
c.setFont("Times-Roman", 9)
c.drawCentredString(W / 2, H - 60 * mm, "(art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267 - art. 32 della legge 18 giugno 2009, n. 69)")

FORM, FILL = "Times-Roman", "Courier-Bold"
fs = 11.5


def form(x, y, s):
    c.setFont(FORM, fs); c.drawString(x, y, s)
    return x + c.stringWidth(s, FORM, fs)


def blank(x, y, n):
    c.setFont(FORM, fs); s = "_" * n; c.drawString(x, y, s)
    return x + c.stringWidth(s, FORM, fs)


def fill(x, y, s, dx=4):
    c.setFont(FILL, 10.5); c.drawString(x + dx, y + 1.2, s)


L = 22 * mm
y = H - 76 * mm
x = form(L, y, "Deliberazione della ")
bx = x; x = blank(x, y, 30); fill(bx, y, "GIUNTA COMUNALE")
x = form(x, y, "  n. ")
bx = x; x = blank(x, y, 10); fill(bx, y, "198")
x = form(x, y, "  del ")
bx = x; x = blank(x, y, 20); fill(bx, y, "15/12/2026")

y -= 11 * mm
x = form(L, y, "OGGETTO: ")
subj = ["APPROVAZIONE DELLE TARIFFE DEI SERVIZI CIMITERIALI",
        "E DEL SERVIZIO DI ILLUMINAZIONE VOTIVA PER L'ANNO 2027",
        ""]
for i, line in enumerate(subj):
    bx = L + 22 * mm
    blank(bx, y, 67)
    if line:
        fill(bx, y, line, dx=2)
    y -= 8 * mm

y -= 4 * mm
c.setFont("Times-Bold", 11.5)
c.drawCentredString(W / 2, y, "IL MESSO COMUNALE")
y -= 9 * mm
c.setFont(FORM, fs)
text = ["su conforme attestazione del Responsabile del procedimento di pubblicazione,"]
c.drawString(L, y, text[0])
y -= 8 * mm
c.setFont("Times-Bold", 11.5); c.drawCentredString(W / 2, y, "CERTIFICA")
y -= 9 * mm
x = form(L, y, "che copia della deliberazione sopra indicata è stata pubblicata all'Albo Pretorio on line il giorno ")
y -= 8 * mm
bx = L; x = blank(L, y, 18); fill(bx, y, "17/12/2026")
x = form(x, y, " e vi rimarrà per quindici giorni consecutivi, fino al ")
bx = x; x = blank(x, y, 18); fill(bx, y, "01/01/2027")
y -= 8 * mm
x = form(L, y, "Registro delle pubblicazioni n. ")
bx = x; x = blank(x, y, 14); fill(bx, y, "2026/1543")

y -= 12 * mm
x = form(L, y, "Chiari, lì ")
bx = x; x = blank(x, y, 18); fill(bx, y, "17/12/2026")
c.setFont("Times-Bold", 11); c.drawCentredString(150 * mm, y, "IL MESSO COMUNALE")
y -= 8 * mm
bx = 118 * mm; blank(bx, y, 30); fill(bx, y, "Rosanna Vezzoli", dx=16)

# executivity box, ticked
y -= 18 * mm
c.setLineWidth(0.8); c.rect(L - 2 * mm, y - 44 * mm, W - 2 * L + 4 * mm, 52 * mm)
c.setFont("Times-Bold", 12); c.drawCentredString(W / 2, y, "CERTIFICATO DI ESECUTIVITÀ")
y -= 10 * mm
c.setFont(FORM, fs)
c.rect(L, y - 1, 3.6 * mm, 3.6 * mm)
c.setFont(FILL, 11); c.drawString(L + 0.6 * mm, y, "X")
form(L + 7 * mm, y, "dichiarata immediatamente eseguibile (art. 134, comma 4, D.Lgs. 267/2000)")
y -= 8 * mm
c.rect(L, y - 1, 3.6 * mm, 3.6 * mm)
form(L + 7 * mm, y, "divenuta esecutiva il giorno ")
blank(L + 7 * mm + c.stringWidth("divenuta esecutiva il giorno ", FORM, fs), y, 18)
form(L + 7 * mm + c.stringWidth("divenuta esecutiva il giorno ", FORM, fs) + c.stringWidth("_" * 18, FORM, fs), y,
     " decorsi 10 giorni dalla pubblicazione")
y -= 14 * mm
x = form(L, y, "Chiari, lì ")
bx = x; blank(x, y, 18); fill(bx, y, "17/12/2026")
c.setFont("Times-Bold", 11); c.drawCentredString(150 * mm, y, "IL SEGRETARIO GENERALE")
y -= 8 * mm
bx = 118 * mm; blank(bx, y, 30); fill(bx, y, "dott.ssa Francesca Lanzini", dx=2)

c.setFont("Times-Italic", 8)
c.drawString(18 * mm, 12 * mm, "Mod. SEG/07 - Certificato di pubblicazione ed esecutività delle deliberazioni")
c.showPage()
c.save()
