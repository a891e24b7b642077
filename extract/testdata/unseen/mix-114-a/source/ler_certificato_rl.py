#!/usr/bin/env python3
"""Comune di Lercara Friddi - certificato di pubblicazione della deliberazione
G.M. n. 21 del 16/02/2027.  The Comune's pre-printed form (blanks of
underscores, check boxes) filled in by the Albo module: the form is drawn
first, then every value is typed over its blank in Courier, in the order the
program fills them (number, date, publication, subject last).  ReportLab
canvas."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

OUT = sys.argv[1] if len(sys.argv) > 1 else "certificato-lercarafriddi-gruppoads.pdf"
W, H = A4
c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Certificato di pubblicazione - Delib. G.M. n. 21/2027")
c.setAuthor("Comune di Lercara Friddi")
c.setCreator("Gruppo ADS - Albo Pretorio")

L = 22 * mm
R = W - 20 * mm


def ctr(y, text, font, size, cs=0):
    w = c.stringWidth(text, font, size) + cs * (len(text) - 1)
    t = c.beginText((W - w) / 2, y)
    t.setFont(font, size)
    t.setCharSpace(cs)
    t.textOut(text)
    c.drawText(t)


# ---------------- the pre-printed form
ctr(H - 22 * mm, "REGIONE SICILIANA", "Times-Roman", 9)
ctr(H - 29 * mm, "COMUNE DI LERCARA FRIDDI", "Times-Bold", 15)
ctr(H - 35 * mm, "Città Metropolitana di Palermo", "Times-Italic", 10)
ctr(H - 40 * mm, "Piazza Abbate Romano n. 1 - 90025 Lercara Friddi (PA)", "Times-Roman", 8)
c.setLineWidth(1.2)
c.line(L, H - 44 * mm, R, H - 44 * mm)
c.setLineWidth(0.5)

ctr(H - 60 * mm, "CERTIFICATO DI PUBBLICAZIONE", "Helvetica-Bold", 13, cs=2)
ctr(H - 66 * mm, "(art. 11 della L.R. 3 dicembre 1991, n. 44 - art. 32 della L. 18 giugno 2009, n. 69)",
    "Helvetica", 8.5)

F = ("Times-Roman", 11.5)
c.setFont(*F)
y1 = H - 82 * mm
c.drawString(L, y1, "Deliberazione della Giunta Municipale n. ________ del ________________")
y2 = y1 - 10 * mm
c.drawString(L, y2, "Oggetto:")
y3 = y2 - 5.5 * mm
y4 = y3 - 5.5 * mm
c.rect(L + c.stringWidth("Oggetto: ", *F) - 1, y4 - 2.5 * mm, R - L - c.stringWidth("Oggetto: ", *F) + 1,
       y2 - y4 + 7 * mm, stroke=1, fill=0)

y5 = y4 - 16 * mm
c.drawString(L, y5, "Il sottoscritto Segretario Comunale, vista l'attestazione del Responsabile della")
c.drawString(L, y5 - 6 * mm, "pubblicazione,")
c.setFont("Times-Bold", 12)
ctr(y5 - 16 * mm, "C E R T I F I C A", "Times-Bold", 12)
c.setFont(*F)
y6 = y5 - 27 * mm
c.drawString(L, y6, "che copia della deliberazione sopra indicata è pubblicata all'Albo Pretorio on line")
c.drawString(L, y6 - 6.5 * mm, "di questo Comune dal ________________ al ________________ per quindici giorni")
c.drawString(L, y6 - 13 * mm, "consecutivi, con il n. ________ del Registro delle pubblicazioni.")

y7 = y6 - 28 * mm
c.setFont("Times-Bold", 11)
c.drawString(L, y7, "ESECUTIVITÀ")
c.setFont(*F)
c.drawString(L, y7 - 7 * mm, "La presente deliberazione è divenuta esecutiva il ________________")
bx = L + 4 * mm
for i, tx in enumerate(("perché dichiarata immediatamente esecutiva (art. 12, comma 2, L.R. 44/1991)",
                        "decorsi dieci giorni dalla pubblicazione (art. 12, comma 1, L.R. 44/1991)")):
    yy = y7 - (15 + 7 * i) * mm
    c.rect(bx, yy - 0.6 * mm, 3.6 * mm, 3.6 * mm)
    c.drawString(bx + 7 * mm, yy, tx)

y8 = y7 - 44 * mm
c.drawString(L, y8, "Lercara Friddi, ________________")
c.setFont("Times-Roman", 10.5)
c.drawCentredString(L + 40 * mm, y8 - 14 * mm, "IL RESPONSABILE DELLA PUBBLICAZIONE")
c.drawCentredString(R - 40 * mm, y8 - 14 * mm, "IL SEGRETARIO COMUNALE")
c.drawString(L + 12 * mm, y8 - 24 * mm, "______________________________")
c.drawString(R - 68 * mm, y8 - 24 * mm, "______________________________")

c.setFont("Helvetica", 7)
c.drawString(L, 14 * mm, "Mod. ALBO/03 - Gruppo ADS - Albo Pretorio")
c.drawRightString(R, 14 * mm, "Pag. 1 di 1")

# ---------------- values typed over the blanks (Courier, a little above the rule)
c.setFont("Courier-Bold", 11)
lift = 1.2
fw = c.stringWidth("Deliberazione della Giunta Municipale n. ", *F)
c.drawString(L + fw + 6, y1 + lift, "21")
fw2 = c.stringWidth("Deliberazione della Giunta Municipale n. ________ del ", *F)
c.drawString(L + fw2 + 4, y1 + lift, "16/02/2027")
fw3 = c.stringWidth("di questo Comune dal ", *F)
c.drawString(L + fw3 + 4, y6 - 6.5 * mm + lift, "18/02/2027")
fw4 = c.stringWidth("di questo Comune dal ________________ al ", *F)
c.drawString(L + fw4 + 4, y6 - 6.5 * mm + lift, "05/03/2027")
fw5 = c.stringWidth("consecutivi, con il n. ", *F)
c.drawString(L + fw5 + 6, y6 - 13 * mm + lift, "187")
fw6 = c.stringWidth("La presente deliberazione è divenuta esecutiva il ", *F)
c.drawString(L + fw6 + 4, y7 - 7 * mm + lift, "16/02/2027")
c.drawString(bx + 0.5 * mm, y7 - 15 * mm, "X")
fw7 = c.stringWidth("Lercara Friddi, ", *F)
c.drawString(L + fw7 + 4, y8 + lift, "18/02/2027")
c.setFont("Courier", 10)
c.drawCentredString(L + 40 * mm, y8 - 23 * mm, "F.to Rag. Antonino Lo Verde")
c.drawCentredString(R - 40 * mm, y8 - 23 * mm, "F.to dott.ssa Rosaria Cuccia")
# the subject, filled last, over the three blanks
c.setFont("Courier-Bold", 10)
fo = c.stringWidth("Oggetto: ", *F)
c.drawString(L + fo + 2, y2, "ASSEGNAZIONE RISORSE AL RESPONSABILE DELL'AREA 1 PER LA")
c.drawString(L + fo + 2, y3, "REALIZZAZIONE DELLE MANIFESTAZIONI IN ONORE DI SAN")
c.drawString(L + fo + 2, y4, "GIUSEPPE 2027 - ATTO DI INDIRIZZO.")
c.showPage()
c.save()
