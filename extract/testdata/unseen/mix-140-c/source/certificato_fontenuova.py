#!/usr/bin/env python3
"""Fonte Nuova (Sicraweb-like): certificato di pubblicazione of Giunta
deliberation 4/2029, drawn with the ReportLab canvas."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit

out = sys.argv[1]
L = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", L + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", L + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSI", L + "LiberationSans-Italic.ttf"))

W, H = A4
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Certificato di pubblicazione - DGC 4/2029")
c.setAuthor("Comune di Fonte Nuova")
c.setCreator("Sicraweb - Albo Pretorio on line")

# letterhead
c.setFillColorRGB(0.11, 0.25, 0.47)
p = c.beginPath()
x, y = 52, H - 50
p.moveTo(x, y); p.lineTo(x + 40, y); p.lineTo(x + 40, y - 28); p.lineTo(x + 20, y - 50); p.lineTo(x, y - 28); p.close()
c.drawPath(p, fill=1, stroke=1)
c.setFillColorRGB(0.91, 0.77, 0.28)
c.circle(x + 20, y - 14, 7, fill=1, stroke=0)
c.setFillColorRGB(0.11, 0.25, 0.47)
c.setFont("LSB", 17)
c.drawString(106, H - 66, "COMUNE DI FONTE NUOVA")
c.setFillColorRGB(0, 0, 0)
c.setFont("LS", 10)
c.drawString(106, H - 80, "Città Metropolitana di Roma Capitale")
c.setStrokeColorRGB(0.11, 0.25, 0.47)
c.setLineWidth(1.6)
c.line(50, H - 110, W - 50, H - 110)

c.setFont("LSB", 14)
c.drawCentredString(W / 2, H - 150, "CERTIFICATO DI PUBBLICAZIONE")
c.setFont("LS", 9.5)
c.drawCentredString(W / 2, H - 165, "(art. 124 del D.Lgs. 18 agosto 2000, n. 267 – art. 32 della Legge 18 giugno 2009, n. 69)")

# box with the act's data
top = H - 190
c.setLineWidth(0.7)
c.setStrokeColorRGB(0.3, 0.3, 0.3)
rows = [("Tipo atto", "DELIBERAZIONE DELLA GIUNTA COMUNALE"),
        ("Numero", "4"),
        ("Data adozione", "05/01/2029"),
        ("N. registro pubblicazioni", "57/2029")]
rh = 19
for i, (a, b) in enumerate(rows):
    yy = top - i * rh
    c.setFillColorRGB(0.906, 0.925, 0.957)
    c.rect(50, yy - rh, 150, rh, fill=1, stroke=1)
    c.setFillColorRGB(1, 1, 1)
    c.rect(200, yy - rh, W - 250, rh, fill=0, stroke=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("LSB", 9.5)
    c.drawString(56, yy - 13, a)
    c.setFont("LS", 10)
    c.drawString(206, yy - 13, b)
yy = top - len(rows) * rh
subj = ("INDIRIZZI PER LA PROSECUZIONE DEL SERVIZIO DI TRASPORTO SCOLASTICO NELLE MORE "
        "DELL'AGGIUDICAZIONE DELLA NUOVA PROCEDURA DI GARA - PERIODO GENNAIO/GIUGNO 2029")
lines = simpleSplit(subj, "LSB", 10, W - 262)
bh = 8 + 13 * len(lines)
c.setFillColorRGB(0.906, 0.925, 0.957)
c.rect(50, yy - bh, 150, bh, fill=1, stroke=1)
c.rect(200, yy - bh, W - 250, bh, fill=0, stroke=1)
c.setFillColorRGB(0, 0, 0)
c.setFont("LSB", 9.5)
c.drawString(56, yy - 13, "Oggetto")
c.setFont("LSB", 10)
for j, ln in enumerate(lines):
    c.drawString(206, yy - 14 - 13 * j, ln)
yy -= bh + 30


def para(text, yy, font="LS", size=10.5, lead=15):
    c.setFont(font, size)
    for ln in simpleSplit(text, font, size, W - 100):
        c.drawString(50, yy, ln)
        yy -= lead
    return yy

c.setFont("LSB", 11)
c.drawCentredString(W / 2, yy, "SI CERTIFICA")
yy -= 22
yy = para("che copia della deliberazione sopra indicata viene pubblicata all'Albo Pretorio on line del Comune di "
          "Fonte Nuova, accessibile dal sito istituzionale dell'Ente, per quindici giorni consecutivi dal 09/01/2029 "
          "al 24/01/2029, ai sensi dell'art. 124, comma 1, del D.Lgs. 267/2000.", yy)
yy -= 6
yy = para("che la stessa è stata contestualmente comunicata ai Capigruppo consiliari con nota prot. n. 905 del "
          "09/01/2029, ai sensi dell'art. 125 del D.Lgs. 267/2000.", yy)
yy -= 20
c.setFont("LS", 10.5)
c.drawString(50, yy, "Fonte Nuova, 09/01/2029")
yy -= 34
c.setFont("LSB", 10.5)
c.drawCentredString(W - 160, yy, "IL RESPONSABILE DELLA PUBBLICAZIONE")
c.setFont("LS", 10.5)
c.drawCentredString(W - 160, yy - 15, "Sig.ra Tiziana Mastrangeli")
c.setFont("LSI", 8)
c.drawCentredString(W - 160, yy - 28, "(firmato digitalmente)")

c.setFont("LS", 7)
c.setFillColorRGB(0.35, 0.35, 0.35)
c.drawCentredString(W / 2, 30, "Comune di Fonte Nuova – Via Niccolò Machiavelli, 1 – 00013 Fonte Nuova (RM) – Albo Pretorio on line – Reg. pubbl. n. 57/2029")
c.showPage()
c.save()
