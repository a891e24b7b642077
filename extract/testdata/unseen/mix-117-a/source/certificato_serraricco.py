#!/usr/bin/env python3
"""Serra Riccò, certificate of publication of Giunta deliberation n. 47 of
11/05/2027 -- the Sicraweb letterhead over a pre-printed form whose blanks
are lines of underscores; the values are typed over them in Courier, a
little above the line, as the package's "modulo" print does. ReportLab
canvas."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfgen import canvas

OUT = sys.argv[1] if len(sys.argv) > 1 else "certificato-serraricco-sicraweb.pdf"
W, H = A4
c = canvas.Canvas(OUT, pagesize=A4)
c.setCreator("Sicraweb - Albo on line")
c.setTitle("Certificato di pubblicazione - Delibera G.C. 47/2027")

# letterhead (same as the acts)
c.setStrokeColor(colors.HexColor("#1d3f72"))
c.setFillColor(colors.HexColor("#dfe7f3"))
x, y = 20 * mm, H - 38 * mm
p = c.beginPath()
p.moveTo(x, y + 22 * mm); p.lineTo(x + 16 * mm, y + 22 * mm); p.lineTo(x + 16 * mm, y + 8 * mm)
p.curveTo(x + 16 * mm, y + 3 * mm, x + 11 * mm, y + 1 * mm, x + 8 * mm, y)
p.curveTo(x + 5 * mm, y + 1 * mm, x, y + 3 * mm, x, y + 8 * mm); p.close()
c.drawPath(p, fill=1, stroke=1)
c.setFillColor(colors.HexColor("#1d3f72"))
c.circle(x + 8 * mm, y + 13 * mm, 3.2 * mm, fill=1, stroke=0)
c.setFillColor(colors.black)
c.setFont("Helvetica-Bold", 15)
c.drawString(40 * mm, H - 24 * mm, "COMUNE DI SERRA RICCÒ")
c.setFont("Helvetica", 9)
c.drawString(40 * mm, H - 29.5 * mm, "Città Metropolitana di Genova")
c.drawString(40 * mm, H - 34 * mm, "Piazza Europa, 1 – 16010 Serra Riccò (GE) – C.F. 00848940103")
c.setStrokeColor(colors.HexColor("#1d3f72"))
c.setLineWidth(1.5)
c.line(20 * mm, H - 42 * mm, W - 20 * mm, H - 42 * mm)
c.setStrokeColor(colors.black)
c.setLineWidth(0.6)

c.saveState()
t = c.beginText()
t.setFont("Helvetica-Bold", 12.5)
t.setCharSpace(1.8)
s = "CERTIFICATO DI PUBBLICAZIONE"
tw = c.stringWidth(s, "Helvetica-Bold", 12.5) + 1.8 * (len(s) - 1)
t.setTextOrigin((W - tw) / 2, H - 54 * mm)
t.textOut(s)
c.drawText(t)
c.restoreState()
c.setFont("Helvetica", 9)
c.drawCentredString(W / 2, H - 59.5 * mm, "(art. 124 del D.Lgs. 18 agosto 2000, n. 267 – art. 32 della Legge 18 giugno 2009, n. 69)")

LM = 20 * mm
FS = 10.5


def form_line(y, parts):
    """parts: list of ("t", text) printed labels and ("f", width_mm, value) blanks."""
    xx = LM
    typed = []
    for part in parts:
        if part[0] == "t":
            c.setFont("Helvetica", FS)
            c.drawString(xx, y, part[1])
            xx += c.stringWidth(part[1], "Helvetica", FS)
        else:
            wmm, val = part[1], part[2]
            c.setFont("Helvetica", FS)
            n = int(wmm * mm / c.stringWidth("_", "Helvetica", FS))
            c.drawString(xx, y, "_" * n)
            typed.append((xx + 2 * mm, val))
            xx += n * c.stringWidth("_", "Helvetica", FS) + 1.5
    # the package fills the blanks in a second pass, in Courier
    for tx, val in typed:
        c.setFont("Courier-Bold", FS)
        c.drawString(tx, y + 2.2, val)


y = H - 75 * mm
form_line(y, [("t", "Si certifica che la deliberazione della "), ("f", 52, "GIUNTA COMUNALE"),
              ("t", " n. "), ("f", 18, "47"), ("t", " del "), ("f", 30, "11/05/2027")])
y -= 9 * mm
c.setFont("Helvetica", FS)
c.drawString(LM, y, "avente ad oggetto:")
subj = ["APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI",
        "LAVORI DI MESSA IN SICUREZZA DEL MURO DI SOSTEGNO DELLA STRADA",
        "COMUNALE DI PRELO IN LOCALITÀ VALLEREGIA – CUP H37H27000190004"]
# the subject field is a ruled box, filled in Courier
c.rect(LM, y - 27 * mm, 170 * mm, 23 * mm)
yy = y - 9.5 * mm
for line in subj:
    c.setFont("Courier-Bold", 9.5)
    c.drawString(LM + 3 * mm, yy, line)
    yy -= 6 * mm
y -= 38 * mm
form_line(y, [("t", "è stata pubblicata all'Albo Pretorio on line di questo Comune dal "), ("f", 28, "12/05/2027"),
              ("t", " al "), ("f", 28, "27/05/2027")])
y -= 9 * mm
form_line(y, [("t", "per quindici giorni consecutivi, con il numero "), ("f", 22, "583"),
              ("t", " del registro delle pubblicazioni,")])
y -= 9 * mm
c.setFont("Helvetica", FS)
c.drawString(LM, y, "senza che siano pervenute opposizioni o reclami.")

y -= 16 * mm
c.setFont("Helvetica-Bold", FS)
c.drawString(LM, y, "ESECUTIVITÀ")
y -= 8 * mm
c.setFont("Helvetica", FS)
boxes = [("X", "dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000;"),
         ("", "divenuta esecutiva il __________ per decorrenza dei termini (art. 134, comma 3, D.Lgs. 267/2000).")]
for mark, txt in boxes:
    c.rect(LM, y - 1, 3.6 * mm, 3.6 * mm)
    if mark:
        c.setFont("Courier-Bold", FS)
        c.drawString(LM + 0.6 * mm, y + 0.4, "X")
    c.setFont("Helvetica", FS)
    c.drawString(LM + 6 * mm, y, txt)
    y -= 8 * mm

y -= 8 * mm
form_line(y, [("t", "Serra Riccò, lì "), ("f", 30, "28/05/2027")])
y -= 16 * mm
c.setFont("Helvetica", FS)
c.drawCentredString(55 * mm, y, "IL MESSO COMUNALE")
c.drawCentredString(150 * mm, y, "IL SEGRETARIO COMUNALE")
y -= 6 * mm
c.drawCentredString(55 * mm, y, "Giorgio Traverso")
c.drawCentredString(150 * mm, y, "dott.ssa Federica Olivari")
c.setFont("Helvetica-Oblique", 7.5)
y -= 5 * mm
c.drawCentredString(55 * mm, y, "(firmato digitalmente)")
c.drawCentredString(150 * mm, y, "(firmato digitalmente)")

c.setFont("Helvetica", 7)
c.drawString(LM, 12 * mm, "Mod. ALB/03 – Sicraweb – Albo Pretorio on line")
c.drawRightString(W - 20 * mm, 12 * mm, "Pag. 1 di 1")
c.showPage()
c.save()
