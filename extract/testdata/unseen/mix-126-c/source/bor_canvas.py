# -*- coding: utf-8 -*-
"""Comune di Borgio Verezzi, house style "sicraweb": deliberation 7 drawn
line by line on a ReportLab canvas, as the package's print server does:

- justified lines are stretched with both character spacing (Tc) and word
  spacing (Tw), set per line;
- the heading is letter-spaced with Tc;
- the number and date are typed over rows of underscore glyphs (the blank
  is drawn first, the value on top of it, on the same baseline);
- the Albo's stamp runs up the right margin, rotated.

usage: bor_canvas.py OUTDIR
"""
import os
import sys

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from acts import act, BODIES
from common import bor_opening, bor_after_roll, bor_columns, bor_head, PUB

OUT = sys.argv[1]
a = act("B7")
B = BODIES["borgio"]
sec = B["secretary"]
W, H = A4
LM, RM = 22 * mm, W - 22 * mm
FN, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"

c = canvas.Canvas(os.path.join(OUT, a["file"]), pagesize=A4, pageCompression=1)
c.setTitle("Delibera C.C. n. %d/2028" % a["number"])
c.setCreator("Sicraweb - Print server")
c.setAuthor("Comune di Borgio Verezzi")
page = [1]
y = [0]
PAGES = 2  # known from a first layout run of the print server


def foot():
    c.setFont(FN, 7.5)
    c.drawCentredString(W / 2, 12 * mm, "Comune di Borgio Verezzi - " + B["address"])


def new_page():
    foot()
    c.showPage()
    page[0] += 1
    c.setFont(FN, 9.5)
    c.drawString(LM, H - 14 * mm, bor_head(a))
    c.drawRightString(RM, H - 14 * mm, "pag. %d di %d" % (page[0], PAGES))
    c.setLineWidth(0.5)
    c.line(LM, H - 15.5 * mm, RM, H - 15.5 * mm)
    y[0] = H - 24 * mm


def need(h):
    if y[0] - h < 24 * mm:
        new_page()


def wrap(s, font, size, width):
    lines, cur = [], []
    for w in s.split():
        if cur and stringWidth(" ".join(cur + [w]), font, size) > width:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def line_tctw(x, yy, words, font, size, width, last):
    s = " ".join(words)
    t = c.beginText(x, yy)
    t.setFont(font, size)
    if not last and len(words) > 1:
        extra = width - stringWidth(s, font, size)
        # a third of the slack between letters, the rest between words
        tc = extra / 3 / max(len(s) - 1, 1)
        tw = (extra - tc * (len(s) - 1)) / (len(words) - 1)
        t.setCharSpace(tc)
        t.setWordSpace(tw)
    t.textLine(s)
    t.setCharSpace(0)
    t.setWordSpace(0)
    c.drawText(t)


def para(s, font=FN, size=10.5, lead=13.2, after=3, indent=0, label=None):
    lines = wrap(s, font, size, RM - LM - indent)
    for i, ws in enumerate(lines):
        need(lead)
        y[0] -= lead
        if label and i == 0:
            c.setFont(font, size)
            c.drawString(LM, y[0], label)
        line_tctw(LM + indent, y[0], ws, font, size, RM - LM - indent, i == len(lines) - 1)
    y[0] -= after


# ---- letterhead
c.setLineWidth(0.8)
p = c.beginPath()
p.moveTo(LM, H - 18 * mm); p.lineTo(LM + 14 * mm, H - 18 * mm); p.lineTo(LM + 14 * mm, H - 28 * mm)
p.lineTo(LM + 7 * mm, H - 34 * mm); p.lineTo(LM, H - 28 * mm); p.close()
c.setFillColorRGB(0.78, 0.83, 0.94)
c.drawPath(p, fill=1, stroke=1)
c.setFillColorRGB(0.94, 0.69, 0.13)
c.circle(LM + 7 * mm, H - 22 * mm, 3.4 * mm, stroke=0, fill=1)
c.setStrokeColorRGB(0.11, 0.25, 0.48)
c.setLineWidth(1.4)
for yy in (27, 30):
    c.line(LM + 2 * mm, H - yy * mm, LM + 12 * mm, H - yy * mm)
c.setStrokeColorRGB(0, 0, 0)
c.setFillColorRGB(0, 0, 0)
head = "COMUNE DI BORGIO VEREZZI"
t = c.beginText()
t.setFont(FB, 14)
t.setCharSpace(3.2)
wd = stringWidth(head, FB, 14) + 3.2 * (len(head) - 1)
t.setTextOrigin(W / 2 + 9 * mm - wd / 2, H - 24 * mm)
t.textLine(head)
t.setCharSpace(0)
c.drawText(t)
c.setFont(FI, 10)
c.drawCentredString(W / 2 + 9 * mm, H - 29 * mm, "Provincia di Savona")
c.setLineWidth(1.6)
c.line(LM, H - 36 * mm, RM, H - 36 * mm)
c.setLineWidth(0.5)
c.line(LM, H - 37 * mm, RM, H - 37 * mm)
c.setFont(FB, 12.5)
c.drawCentredString(W / 2, H - 44 * mm, "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE")

# ---- number and date over blanks of underscores
yb = H - 52 * mm
c.setFont(FB, 10.5)
c.drawString(LM, yb, "N.")
c.setFont(FN, 10.5)
c.drawString(LM + 7 * mm, yb, "_" * 10)
blank = stringWidth("_" * 10, FN, 10.5)
c.drawCentredString(LM + 7 * mm + blank / 2, yb, str(a["number"]))
c.setFont(FB, 10.5)
c.drawString(RM - 48 * mm, yb, "del")
c.setFont(FN, 10.5)
c.drawString(RM - 40 * mm, yb, "_" * 18)
blank = stringWidth("_" * 18, FN, 10.5)
c.drawCentredString(RM - 40 * mm + blank / 2, yb, a["date_it"])

# ---- subject box
sl = wrap("OGGETTO: " + a["subject"], FB, 10.5, RM - LM - 8)
top = H - 56 * mm
c.setLineWidth(0.8)
c.rect(LM, top - 13.2 * len(sl) - 5, RM - LM, 13.2 * len(sl) + 5)
yy = top
for ws in sl:
    yy -= 13.2
    c.setFont(FB, 10.5)
    c.drawString(LM + 4, yy, " ".join(ws))
y[0] = top - 13.2 * len(sl) - 8

para(bor_opening(a))

# ---- roll, three columns, column by column
cols = bor_columns(a)
x0 = [LM, LM + 56.5 * mm, LM + 113 * mm]
ytop = y[0] - 2
for ci, col in enumerate(cols):
    yy = ytop
    for n, ro, p in col:
        yy -= 11.5
        c.setFont(FB, 9.5)
        c.drawString(x0[ci], yy, n)
        c.setFont(FN, 9.5)
        c.drawRightString(x0[ci] + 51 * mm, yy, "P" if p else "A")
        c.setFont(FI, 9.5)
        c.drawString(x0[ci], yy - 11, ro)
        yy -= 15.5
y[0] = ytop - 27 * max(len(col) for col in cols) - 12
c.setFont(FN, 8)
c.drawString(LM, y[0], "(P = presente    A = assente)")
y[0] -= 6
ar = bor_after_roll(a)
para(ar[0], font=FB)
para(ar[1])
need(24)
y[0] -= 16
c.setFont(FB, 11)
c.drawCentredString(W / 2, y[0], "IL CONSIGLIO COMUNALE")
y[0] -= 4
for p_ in a["premises"]:
    para(p_)
para(a["vote"])
need(24)
y[0] -= 16
t = c.beginText()
t.setFont(FB, 11)
t.setCharSpace(4)
wd = stringWidth("DELIBERA", FB, 11) + 4 * 7
t.setTextOrigin(W / 2 - wd / 2, y[0])
t.textLine("DELIBERA")
t.setCharSpace(0)
c.drawText(t)
y[0] -= 4
for i, p_ in enumerate(a["points"], 1):
    para(p_, indent=7 * mm, label="%d)" % i)
if a["ie"]:
    para(a["ie"])
need(80)
y[0] -= 18
c.setFont(FN, 10.5)
c.drawString(LM, y[0], "Letto, approvato e sottoscritto.")
y[0] -= 26
for l_, r_, sz in (("IL SINDACO - PRESIDENTE", "IL SEGRETARIO COMUNALE", 10.5),
                   ("Giorgio Pastorino", "%s %s" % (sec["title"], sec["name"]), 10.5),
                   ("(firmato digitalmente)", "(firmato digitalmente)", 7.5)):
    c.setFont(FN, sz)
    c.drawCentredString(LM + 41.5 * mm, y[0], l_)
    c.drawCentredString(LM + 124.5 * mm, y[0], r_)
    y[0] -= 13

# ---- the Albo's stamp on the first page only, rotated up the right margin
foot()
c.showPage()
pf, pn = PUB[a["id"]]
c.save()

# the print server stamps the first page afterwards (second pass, like a PDF stamper)
import pikepdf  # noqa: E402

fn = os.path.join(OUT, a["file"])
pdf = pikepdf.open(fn, allow_overwriting_input=True)
pg = pdf.pages[0]
font = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                            BaseFont=pikepdf.Name("/Helvetica-Bold"),
                                            Encoding=pikepdf.Name.WinAnsiEncoding))
pg.Resources.Font["/FStamp"] = font
s1 = "ALBO PRETORIO ON LINE - COMUNE DI BORGIO VEREZZI"
s2 = "Pubblicato dal %s per 15 giorni consecutivi - n. %d" % (pf, pn)
ops = ("q 0 1 -1 0 %.2f 330 cm 0.15 0.3 0.6 RG 0.15 0.3 0.6 rg 1 w -4 -5 250 27 re S "
       "BT /FStamp 7.5 Tf 0 12 Td (%s) Tj ET BT /FStamp 7.5 Tf 0 2 Td (%s) Tj ET Q\n" % (W - 10 * mm, s1, s2))
pg.contents_add(pdf.make_stream(ops.encode("cp1252")), prepend=False)
pdf.save(fn)
