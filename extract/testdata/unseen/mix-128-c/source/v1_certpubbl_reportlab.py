#!/usr/bin/env python3
"""Comune di Verrua Savoia, house style "CSI Piemonte" (certificate module).
Certificato di pubblicazione of a Giunta deliberation. ReportLab canvas:
letter-spaced title (Tc), justified paragraphs (Tw), running foot with the
register number."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.platypus import Paragraph
from reportlab.pdfgen import canvas

out = sys.argv[1]
W, H = A4
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Certificato di pubblicazione n. 134/2028")
c.setAuthor("Comune di Verrua Savoia - Ufficio Segreteria")
c.setCreator("CSI Piemonte - Atti Amministrativi / Albo Pretorio")


def crest(c, x, y):
    # a plain shield outline, as the module prints it in grey
    p = c.beginPath()
    p.moveTo(x, y + 22 * mm)
    p.lineTo(x + 16 * mm, y + 22 * mm)
    p.lineTo(x + 16 * mm, y + 8 * mm)
    p.curveTo(x + 16 * mm, y + 3 * mm, x + 11 * mm, y, x + 8 * mm, y - 2 * mm)
    p.curveTo(x + 5 * mm, y, x, y + 3 * mm, x, y + 8 * mm)
    p.close()
    c.setStrokeGray(0.35)
    c.setFillGray(0.85)
    c.drawPath(p, stroke=1, fill=1)
    c.setFillGray(0.35)
    c.rect(x + 3 * mm, y + 14 * mm, 10 * mm, 4 * mm, stroke=0, fill=1)


def letterhead(c):
    crest(c, 20 * mm, H - 42 * mm)
    c.setFillGray(0)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(41 * mm, H - 24 * mm, "COMUNE DI VERRUA SAVOIA")
    c.setFont("Helvetica", 9.5)
    c.drawString(41 * mm, H - 29.5 * mm, "Città Metropolitana di Torino")
    c.drawString(41 * mm, H - 34 * mm, "Ufficio Segreteria - Albo Pretorio on line")
    # register box, top right
    bx, by, bw, bh = 140 * mm, H - 41 * mm, 50 * mm, 22 * mm
    c.setLineWidth(0.8)
    c.rect(bx, by, bw, bh)
    c.setFont("Helvetica", 7.5)
    c.drawCentredString(bx + bw / 2, by + bh - 5 * mm, "REGISTRO DELLE PUBBLICAZIONI")
    c.setFont("Helvetica-Bold", 12)
    c.drawCentredString(bx + bw / 2, by + bh - 11.5 * mm, "N. 134")
    c.setFont("Helvetica", 9)
    c.drawCentredString(bx + bw / 2, by + 3.5 * mm, "del 06/04/2028")
    c.setLineWidth(0.4)
    c.line(20 * mm, H - 47 * mm, W - 20 * mm, H - 47 * mm)


def spaced_title(c, text, y, size=13, cs=3.2):
    t = c.beginText()
    t.setFont("Helvetica-Bold", size)
    t.setCharSpace(cs)
    w = c.stringWidth(text, "Helvetica-Bold", size) + cs * (len(text) - 1)
    t.setTextOrigin((W - w) / 2, y)
    t.textOut(text)
    t.setCharSpace(0)
    c.drawText(t)


letterhead(c)
spaced_title(c, "CERTIFICATO DI PUBBLICAZIONE", H - 62 * mm)

# the act, as the module prints it: labels left, values right
lab = ParagraphStyle("lab", fontName="Helvetica", fontSize=10, leading=13)
val = ParagraphStyle("val", fontName="Helvetica-Bold", fontSize=10, leading=13,
                     alignment=TA_JUSTIFY)
body = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=15,
                      alignment=TA_JUSTIFY)

y = H - 76 * mm
rows = [
    ("Atto:", "Deliberazione della Giunta Comunale"),
    ("Numero:", "27"),
    ("Data:", "04/04/2028"),
    ("Oggetto:", "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE "
                 "TURISTICA PRO LOCO DI VERRUA SAVOIA PER LA GESTIONE DEL PUNTO "
                 "DI ACCOGLIENZA TURISTICA PRESSO LA FORTEZZA - ANNUALITÀ "
                 "2028-2029."),
]
for k, v in rows:
    pk = Paragraph(k, lab)
    pv = Paragraph(v, val)
    _, hk = pk.wrap(28 * mm, 50 * mm)
    _, hv = pv.wrap(W - 40 * mm - 32 * mm, 80 * mm)
    pk.drawOn(c, 20 * mm, y - hk)
    pv.drawOn(c, 52 * mm, y - hv)
    y -= max(hk, hv) + 2.5 * mm

y -= 4 * mm
c.setLineWidth(0.3)
c.line(20 * mm, y, W - 20 * mm, y)
y -= 6 * mm

paras = [
    "Il sottoscritto Segretario Comunale, visti gli atti d'ufficio,",
    "<b>CERTIFICA</b>",
    "che copia della deliberazione sopra indicata viene pubblicata all'Albo "
    "Pretorio on line di questo Comune, accessibile dal sito istituzionale, "
    "per quindici giorni consecutivi dal 06/04/2028 al 21/04/2028, ai sensi "
    "dell'art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267 e dell'art. 32, "
    "comma 1, della Legge 18 giugno 2009, n. 69, con il numero 134 del "
    "Registro delle pubblicazioni.",
    "<b>CERTIFICA</b> altresì che, contestualmente all'affissione, la "
    "deliberazione viene comunicata ai Capigruppo consiliari ai sensi "
    "dell'art. 125 del D.Lgs. n. 267/2000, con nota prot. n. 1586 del "
    "06/04/2028.",
]
for i, p in enumerate(paras):
    st = body
    if p == "<b>CERTIFICA</b>":
        st = ParagraphStyle("ctr", parent=body, alignment=1)
    pp = Paragraph(p, st)
    _, h = pp.wrap(W - 40 * mm, 100 * mm)
    pp.drawOn(c, 20 * mm, y - h)
    y -= h + 4 * mm

y -= 6 * mm
c.setFont("Helvetica", 10.5)
c.drawString(20 * mm, y, "Verrua Savoia, 06/04/2028")
y -= 14 * mm
c.drawCentredString(150 * mm, y, "IL SEGRETARIO COMUNALE")
y -= 5.5 * mm
c.setFont("Helvetica-Oblique", 10.5)
c.drawCentredString(150 * mm, y, "dott.ssa Paola Gribaudo")
y -= 4.5 * mm
c.setFont("Helvetica", 7)
c.drawCentredString(150 * mm, y, "(firmato digitalmente ai sensi del D.Lgs. n. 82/2005)")

# running foot, as on every page of the module
c.setLineWidth(0.3)
c.line(20 * mm, 18 * mm, W - 20 * mm, 18 * mm)
c.setFont("Helvetica", 7.5)
c.drawString(20 * mm, 14 * mm,
             "Comune di Verrua Savoia - Certificato di pubblicazione n. 134/2028")
c.drawRightString(W - 20 * mm, 14 * mm, "Pagina 1 di 1")
c.showPage()
c.save()
