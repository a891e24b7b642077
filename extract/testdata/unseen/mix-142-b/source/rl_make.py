#!/usr/bin/env python3
"""Draw one act with ReportLab platypus. usage: rl_make.py ACT_ID OUT.pdf"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from xml.sax.saxutils import escape as e
from acts import BY_ID, HOUSES, all_points, tail, point_label

F = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", F + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVB", F + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DS", F + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DSB", F + "DejaVuSans-Bold.ttf"))

a = BY_ID[sys.argv[1]]
h = HOUSES[a["house"]]
st = h["style"]
org = a["organ"].upper()
base, bold = ("DV", "DVB") if st == "halley" else ("DS", "DSB")
N = ParagraphStyle("n", fontName=base, fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=4)
C = ParagraphStyle("c", parent=N, alignment=TA_CENTER)
B = ParagraphStyle("b", parent=C, fontName=bold, fontSize=11)
S = ParagraphStyle("s", parent=N, fontSize=8.5, leading=10)
PT = ParagraphStyle("pt", parent=N, leftIndent=9 * mm, firstLineIndent=-7 * mm)
datep = a["date"] if st != "datagraph" else a["date"].replace("/", ".")
foot = "Deliberazione %s n. %d del %s" % ("G.C." if org.startswith("GIUNTA") else "C.C.", a["number"], datep)


def deco(c, doc):
    c.saveState()
    c.setFont(bold, 15)
    c.drawCentredString(A4[0] / 2, A4[1] - 18 * mm, h["comune"])
    c.setFont(base, 9.5)
    c.drawCentredString(A4[0] / 2, A4[1] - 23 * mm, h["prov"])
    c.setFont(base, 7)
    c.drawCentredString(A4[0] / 2, A4[1] - 27 * mm, h["addr"])
    c.setLineWidth(0.7)
    c.line(20 * mm, A4[1] - 29 * mm, A4[0] - 20 * mm, A4[1] - 29 * mm)
    c.setFont(base, 7.5)
    c.drawString(20 * mm, 12 * mm, foot)
    c.drawRightString(A4[0] - 20 * mm, 12 * mm, "Pagina %d" % doc.page)
    c.restoreState()


s = []
if st == "halley":
    s.append(Paragraph("<b>COPIA</b>", S))
    s.append(Paragraph("VERBALE DI DELIBERAZIONE DELLA " + e(org), B))
    s.append(Paragraph("<b>N. %d del %s</b>" % (a["number"], datep), C))
    t = Table([[Paragraph("<b>OGGETTO: %s</b>" % e(a["subject"]), N)]], colWidths=[170 * mm])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black)]))
    s.append(t)
else:  # datagraph
    t = Table([[Paragraph("<b>ORIGINALE</b>", S), "", ""],
               [Paragraph("<b>DELIBERAZIONE DELLA %s</b>" % e(org), N), Paragraph("N. <b>%d</b>" % a["number"], N), Paragraph("del <b>%s</b>" % datep, N)]],
              colWidths=[110 * mm, 25 * mm, 35 * mm])
    t.setStyle(TableStyle([("BOX", (0, 1), (-1, 1), 0.8, colors.black), ("INNERGRID", (0, 1), (-1, 1), 0.5, colors.black)]))
    s.append(t)
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("<b>OGGETTO:</b> %s" % e(a["subject"]), N))
s.append(Spacer(1, 3 * mm))
s.append(Paragraph(e(a["opening"]), N))
roll = a["roll"]
data = [["", "Cognome e Nome", "Carica", "Presenti", "Assenti"]]
for i, m in enumerate(roll, 1):
    data.append(["%d" % i, m["name"], m["role"] or "", "X" if m["present"] else "", "" if m["present"] else "X"])
np = sum(m["present"] for m in roll)
data.append(["", "", "Totale", str(np), str(len(roll) - np)])
t = Table(data, colWidths=[8 * mm, 60 * mm, 35 * mm, 20 * mm, 20 * mm])
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), base, 9.5), ("FONT", (0, 0), (-1, 0), bold, 9.5),
                       ("ALIGN", (3, 0), (-1, -1), "CENTER"), ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                       ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black)]))
s.append(t)
s.append(Spacer(1, 3 * mm))
for p in a["after_roll"]:
    s.append(Paragraph(e(p), N))
if a.get("proposal"):
    n, d, off = a["proposal"]
    s.append(Paragraph("<i>Proposta di deliberazione n. %s del %s – Servizio proponente: %s</i>" % (n, d, e(off)), S))
s.append(Spacer(1, 2 * mm))
s.append(Paragraph("LA " + e(org), B))
for p in a["premises"]:
    s.append(Paragraph(e(p), N))
s.append(Paragraph(a["verb"], B))
for i, p in enumerate(all_points(a)):
    lab = point_label(a, i)
    s.append(Paragraph("%s&nbsp;&nbsp;%s" % (lab, e(p)), PT))
for p in tail(a):
    s.append(Paragraph(e(p), N))
s.append(Spacer(1, 6 * mm))
t = Table([[Paragraph("<b>%s</b>" % e(x), C) for x, _ in a["signs"]], [Paragraph(e(y), C) for _, y in a["signs"]]], colWidths=[85 * mm, 85 * mm])
s.append(t)
doc = SimpleDocTemplate(sys.argv[2], pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=34 * mm, bottomMargin=20 * mm,
                        title=foot, author=h["comune"].title())
doc.build(s, onFirstPage=deco, onLaterPages=deco)
