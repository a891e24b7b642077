# -*- coding: utf-8 -*-
"""Lamon n. 38: ReportLab canvas driven the way report engines drive it.

Every glyph of the body is placed alone with its own text matrix (one Tm
per glyph, no space characters: the gaps are only in the coordinates),
lines are justified by spreading the gaps, the headings are letter-spaced
with Tc, and the roll is a numbered list set on tab stops.  The house style
is Lamon's (lamon_style.py)."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

from content import DOCS
import lamon_style as S

S.register_fonts()
D = DOCS["L38"]
OUT = sys.argv[1] + "/" + D["file"]
W, H = A4
LM, RM = 56, W - 56
TOP_BODY = H - 40 - 72
BOTTOM = 70


class Writer:
    def __init__(self, c):
        self.c = c
        self.page = 1
        self.y = TOP_BODY

    def foot(self):
        c = self.c
        c.setFont("LSans", 7.5)
        c.setLineWidth(0.4)
        c.line(LM, 44, RM, 44)
        c.drawString(LM, 34, S.footer_text(D))
        c.drawRightString(RM, 34, "Pag. %d di %d" % (self.page, self.total))

    def need(self, h):
        if self.y - h < BOTTOM:
            self.foot()
            self.c.showPage()
            self.page += 1
            self.c.setFont("LSans-Italic", 7.5)
            self.c.drawString(LM, H - 40, "Comune di Lamon (BL)")
            self.c.line(LM, H - 44, RM, H - 44)
            self.y = H - 70

    def glyphs(self, x, y, text, font, size, gaps=None):
        """Place each glyph alone; spaces are not written, only skipped."""
        t = self.c.beginText()
        t.setFont(font, size)
        sw = stringWidth(" ", font, size)
        for ch in text:
            if ch == " ":
                x += sw + (gaps or 0)
                continue
            t.setTextOrigin(x, y)
            t.textOut(ch)
            x += stringWidth(ch, font, size)
        self.c.drawText(t)

    def para(self, text, font="LSans", size=10, lead=13.4, indent=0, first=None, justify=True,
             space_after=4):
        words = text.split()
        width = RM - LM - indent
        lines, cur = [], []
        for w in words:
            trial = " ".join(cur + [w])
            if cur and stringWidth(trial, font, size) > width:
                lines.append(cur)
                cur = [w]
            else:
                cur.append(w)
        if cur:
            lines.append(cur)
        for i, ln in enumerate(lines):
            self.need(lead)
            self.y -= lead
            s = " ".join(ln)
            x = LM + indent
            if i == 0 and first is not None:
                self.glyphs(LM, self.y, first, font, size)
            gaps = 0
            if justify and i < len(lines) - 1 and len(ln) > 1:
                gaps = (width - stringWidth(s, font, size)) / (len(ln) - 1)
            self.glyphs(x, self.y, s, font, size, gaps)
        self.y -= space_after

    def spaced_heading(self, text, size=11, tc=3.0):
        """Centred heading letter-spaced with the Tc operator."""
        self.need(24)
        self.y -= 20
        w = stringWidth(text, "LSans-Bold", size) + tc * (len(text) - 1)
        t = self.c.beginText()
        t.setFont("LSans-Bold", size)
        t.setCharSpace(tc)
        t.setTextOrigin((W - w) / 2, self.y)
        t.textOut(text)
        t.setCharSpace(0)
        self.c.drawText(t)
        self.y -= 6


def build(total):
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("Delibera CC %d/2027" % D["number"])
    c.setAuthor("Comune di Lamon")
    c.setCreator("Boxxapps Atti Amministrativi - modulo stampe")
    w = Writer(c)
    w.total = total
    S.draw_letterhead(c, H - 40)
    w.spaced_heading("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", 11, 1.6)
    # number/date box
    w.y -= 22
    c.setLineWidth(0.8)
    c.rect(LM, w.y - 6, 240, 20)
    c.line(LM + 120, w.y - 6, LM + 120, w.y + 14)
    w.glyphs(LM + 6, w.y, "Delibera N. %d" % D["number"], "LSans-Bold", 10)
    w.glyphs(LM + 126, w.y, "Data %s" % D["date"], "LSans-Bold", 10)
    w.y -= 14
    # subject with hanging label
    w.para(D["subject"], font="LSans-Bold", size=10, indent=62, first="OGGETTO:", justify=False,
           space_after=1)
    w.para("%s - Ufficio proponente: %s" % (D["proposal"], D["proposing_office"]), size=8.5, lead=11,
           justify=False, space_after=8)
    w.para(D["opening"])
    w.para("Eseguito l'appello, risultano:", space_after=2)
    # numbered list on tab stops
    for i, (n, r, p) in enumerate(D["roll"], 1):
        w.need(13)
        w.y -= 13
        lab = "%d." % i
        w.glyphs(LM + 46 - stringWidth(lab, "LSans", 10), w.y, lab, "LSans", 10)
        w.glyphs(LM + 52, w.y, n, "LSans", 10)
        w.glyphs(LM + 230, w.y, r, "LSans", 10)
        w.glyphs(LM + 340, w.y, "presente" if p else "assente", "LSans", 10)
    npres = sum(1 for x in D["roll"] if x[2])
    w.y -= 6
    w.para("Totale presenti n. %d - assenti n. %d" % (npres, len(D["roll"]) - npres), font="LSans-Bold",
           justify=False)
    w.para(D["presidency"])
    w.spaced_heading("IL CONSIGLIO COMUNALE", 10.5, 3)
    for p in D["premesse"]:
        w.para(p)
    w.para(D["vote"])
    w.spaced_heading("DELIBERA", 10.5, 4)
    for i, p in enumerate(D["points"], 1):
        w.para(p, indent=20, first="%d." % i)
    w.para(D["exec_text"])
    w.need(80)
    w.y -= 14
    w.glyphs(LM, w.y, "Letto, approvato e sottoscritto.", "LSans", 10)
    w.y -= 22
    for x, (a, b) in [(LM + 60, D["sign_president"]), (LM + 290, D["sign_secretary"])]:
        w.glyphs(x, w.y, a, "LSans-Bold", 10)
        w.glyphs(x, w.y - 14, b, "LSans", 10)
    w.y -= 40
    w.glyphs(LM, w.y, "Documento sottoscritto con firma digitale ai sensi del D.Lgs. n. 82/2005 e s.m.i.",
             "LSans-Italic", 8)
    w.foot()
    c.showPage()
    c.save()
    return w.page


pages = build(9)
build(pages)
