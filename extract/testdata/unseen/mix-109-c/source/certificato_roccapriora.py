#!/usr/bin/env python3
"""Certificato di pubblicazione, Comune di Rocca Priora: the office's form
(blanks of underscores, ruled lines for the subject) filled in by the Albo
module, which prints each value over its blank in Courier a little above
the baseline, as a form-overlay print does."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
W, H = A4
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Certificato di pubblicazione")
c.setAuthor("Comune di Rocca Priora")
c.setCreator("Civilia Next - Albo Pretorio on line")

F, FS = "Times-Roman", 11.5
V, VS = "Courier-Bold", 10.5
L = 22 * mm


def form(x, y, parts):
    """parts: list of (text, value-or-None). Text is printed in the form font;
    a part with a value is a blank whose value is overlaid."""
    overlays = []
    c.setFont(F, FS)
    cx = x
    for text, value in parts:
        c.drawString(cx, y, text)
        if value is not None:
            overlays.append((cx + 4, value))
        cx += stringWidth(text, F, FS)
    c.setFont(V, VS)
    for ox, v in overlays:
        c.drawString(ox, y + 1.8, v)


# letterhead (the package's)
c.setLineWidth(1.2)
c.rect(L, H - 32 * mm, 11 * mm, 13 * mm)
c.setFillGray(0.35)
p = c.beginPath()
p.moveTo(L + 2 * mm, H - 29 * mm); p.lineTo(L + 5.5 * mm, H - 23 * mm)
p.lineTo(L + 7.5 * mm, H - 26 * mm); p.lineTo(L + 9 * mm, H - 24 * mm); p.lineTo(L + 10 * mm, H - 29 * mm)
p.close(); c.drawPath(p, fill=1, stroke=0)
c.setFillGray(0)
c.setFont("Helvetica-Bold", 15)
c.drawString(L + 15 * mm, H - 25 * mm, "COMUNE DI ROCCA PRIORA")
c.setFont("Helvetica", 9.5)
c.drawString(L + 15 * mm, H - 30 * mm, "Città Metropolitana di Roma Capitale")
c.setFont("Helvetica", 8)
c.drawRightString(W - L, H - 25 * mm, "Servizio Albo Pretorio on line")
c.drawRightString(W - L, H - 29 * mm, "Mod. AP/03")
c.setLineWidth(0.5)
c.line(L, H - 35 * mm, W - L, H - 35 * mm)

# title, letter-spaced
t = c.beginText()
title = "CERTIFICATO DI PUBBLICAZIONE"
t.setFont("Helvetica-Bold", 14)
t.setCharSpace(3)
tw = stringWidth(title, "Helvetica-Bold", 14) + 3 * (len(title) - 1)
t.setTextOrigin((W - tw) / 2, H - 52 * mm)
t.textOut(title)
t.setCharSpace(0)
c.drawText(t)
c.setFont("Helvetica", 9)
c.drawCentredString(W / 2, H - 58 * mm, "(art. 124 del D.Lgs. 18 agosto 2000, n. 267 - art. 32 della Legge 18 giugno 2009, n. 69)")

y = H - 74 * mm
form(L, y, [("Registro delle pubblicazioni n. ", None), ("______________", "1612"),
            ("           Anno ", None), ("__________", "2026")])
y -= 13 * mm
c.setFont(F, FS)
c.drawString(L, y, "Il sottoscritto Messo Comunale, visti gli atti d'ufficio,")
y -= 9 * mm
c.setFont("Times-Bold", 12)
c.drawCentredString(W / 2, y, "CERTIFICA")
y -= 9 * mm
form(L, y, [("che copia della deliberazione della ", None), ("_____________________________", "GIUNTA COMUNALE")])
y -= 8 * mm
form(L, y, [("n. ", None), ("__________", "118"), (" del ", None), ("____________________", "10/09/2026"),
            (" avente ad oggetto:", None)])
# subject on ruled lines (drawn lines, not characters)
subject = ["Approvazione del progetto di fattibilità tecnico-economica dei lavori di",
           "riqualificazione del parco pubblico di via della Pineta – CUP G37H26000410004"]
y -= 9 * mm
c.setLineWidth(0.4)
for i in range(3):
    c.line(L, y - 1.2 - i * 7 * mm, W - L, y - 1.2 - i * 7 * mm)
c.setFont("Courier-Bold", 10)
for i, s in enumerate(subject):
    c.drawString(L + 2, y + 0.6 - i * 7 * mm, s)
y -= 3 * 7 * mm + 3 * mm
form(L, y, [("è stata pubblicata all'Albo Pretorio on line di questo Comune dal ", None),
            ("______________", "14/09/2026")])
y -= 8 * mm
form(L, y, [("al ", None), ("______________", "29/09/2026"),
            (" per quindici giorni consecutivi, ai sensi dell'art. 124, comma 1,", None)])
y -= 8 * mm
c.setFont(F, FS)
c.drawString(L, y, "del D.Lgs. 267/2000, e che contro di essa non sono pervenuti reclami od opposizioni.")
y -= 20 * mm
form(L, y, [("Rocca Priora, lì ", None), ("________________", "30/09/2026")])
c.setFont(F, FS)
c.drawCentredString(W - L - 40 * mm, y, "IL MESSO COMUNALE")
y -= 12 * mm
c.drawString(W - L - 78 * mm, y, "_" * 40)
c.setFont(V, VS)
c.drawCentredString(W - L - 40 * mm, y + 1.8, "Gianni Proietti")
c.setFont("Helvetica-Oblique", 7.5)
c.drawCentredString(W - L - 40 * mm, y - 5 * mm, "firmato digitalmente ai sensi del D.Lgs. 82/2005")

# footer of the form
c.setFont("Helvetica", 7)
c.line(L, 18 * mm, W - L, 18 * mm)
c.drawString(L, 14 * mm, "Comune di Rocca Priora - Città Metropolitana di Roma Capitale - Mod. AP/03 rev. 2024")
c.showPage()
c.save()
