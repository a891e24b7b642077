# -*- coding: utf-8 -*-
"""Comune di Naro n. 16: the Halley minute as a report engine writes it:
every glyph placed on its own at computed coordinates (no space characters
in the text layer), justified lines spread by moving the glyphs, headings
letter-spaced with Tc. ReportLab canvas, embedded Liberation Serif subset.

python3 naro_glyphs.py OUTDIR -> OUTDIR/deliberazione-naro-halley-16.pdf
"""
import os
import sys

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from data import naro
from naro_text import ENTE, SUB, blocks, running

FD = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("R", FD + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("B", FD + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("I", FD + "LiberationSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("S", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"))

W, H = A4
LM, RM = 22 * mm, W - 20 * mm
TOPY, BOTY = H - 38 * mm, 22 * mm


class Eng:
    def __init__(self, a, path):
        self.a = a
        self.c = canvas.Canvas(path, pagesize=A4, pageCompression=1)
        self.c.setTitle(running(a))
        self.c.setAuthor("Comune di Naro")
        self.c.setCreator("Halley Atti Amministrativi - motore di stampa")
        self.page = 0
        self.new_page(first=True)

    def new_page(self, first=False):
        if not first:
            self.c.showPage()
        self.page += 1
        self.y = TOPY
        self.word(ENTE, W / 2 - pdfmetrics.stringWidth(ENTE, "B", 18) / 2, H - 22 * mm, "B", 18)
        self.glyphs(SUB, W / 2 - pdfmetrics.stringWidth(SUB, "I", 11) / 2, H - 28 * mm, "I", 11)
        self.c.setLineWidth(0.8)
        self.c.line(LM, H - 31 * mm, RM, H - 31 * mm)
        self.glyphs(running(self.a), LM, 12 * mm, "S", 8)
        t = "Pagina %d" % self.page
        self.glyphs(t, RM - pdfmetrics.stringWidth(t, "S", 8), 12 * mm, "S", 8)

    # one glyph at a time; spaces are only gaps
    def glyphs(self, s, x, y, font, size, extra=0.0):
        for ch in s:
            if ch != " ":
                self.c.setFont(font, size)
                self.c.drawString(x, y, ch)
            x += pdfmetrics.stringWidth(ch, font, size) + (extra if ch == " " else 0.0)
        return x

    def word(self, s, x, y, font, size):
        return self.glyphs(s, x, y, font, size)

    def spaced(self, s, y, font, size, tc):
        """A letter-spaced heading: one string, character spacing by Tc."""
        w = pdfmetrics.stringWidth(s, font, size) + tc * (len(s) - 1)
        t = self.c.beginText(W / 2 - w / 2, y)
        t.setFont(font, size)
        t.setCharSpace(tc)
        t.textOut(s)
        self.c.drawText(t)

    def need(self, h):
        if self.y - h < BOTY:
            self.new_page()

    def lines_of(self, text, font, size, width):
        words, lines, cur = text.split(), [], []
        for w in words:
            trial = " ".join(cur + [w])
            if cur and pdfmetrics.stringWidth(trial, font, size) > width:
                lines.append(cur)
                cur = [w]
            else:
                cur.append(w)
        if cur:
            lines.append(cur)
        return lines

    def par(self, text, font="R", size=11, lead=14.2, x=LM, width=None, justify=True,
            after=4, first_prefix=None, center=False, right=False):
        width = width or (RM - x)
        for i, ws in enumerate(self.lines_of(text, font, size, width)):
            self.need(lead)
            self.y -= lead
            s = " ".join(ws)
            if first_prefix and i == 0:
                self.glyphs(first_prefix, x - 16, self.y, font, size)
            if center:
                self.glyphs(s, x + (width - pdfmetrics.stringWidth(s, font, size)) / 2, self.y, font, size)
            elif right:
                self.glyphs(s, x + width - pdfmetrics.stringWidth(s, font, size), self.y, font, size)
            elif justify and i < len(self.lines_of(text, font, size, width)) - 1 and len(ws) > 1:
                extra = (width - pdfmetrics.stringWidth(s, font, size)) / (len(ws) - 1)
                self.glyphs(s, x, self.y, font, size, extra)
            else:
                self.glyphs(s, x, self.y, font, size)
        self.y -= after

    def save(self):
        self.c.save()


def build(a, out):
    e = Eng(a, os.path.join(out, a["file"]))
    c = e.c
    for b in blocks(a):
        k = b[0]
        if k == "title":
            e.y -= 16
            e.spaced(b[1], e.y, "B", 12, 1.2)
            e.y -= 8
        elif k == "numline":
            e.y -= 16
            w = 70 * mm
            c.setLineWidth(0.8)
            c.rect(W / 2 - w / 2, e.y - 5, w, 18)
            e.glyphs(b[1], W / 2 - pdfmetrics.stringWidth(b[1], "B", 12) / 2, e.y, "B", 12)
            e.y -= 10
        elif k == "subject":
            e.glyphs("OGGETTO:", LM, e.y - 14.2, "B", 11)
            e.par(b[1], font="B", x=LM + 64, after=6)
        elif k == "propbox":
            top = e.y
            for line in b[1]:
                e.y -= 12
                e.glyphs(line, LM + 4, e.y, "R", 9.5)
            e.y -= 4
            c.setLineWidth(0.5)
            c.rect(LM, e.y, RM - LM, top - e.y)
            e.y -= 8
        elif k == "p":
            e.par(b[1])
        elif k == "h":
            e.need(40)
            e.y -= 18
            e.spaced(b[1], e.y, "B", 11, 4 if b[1] == "DELIBERA" else 2)
            e.y -= 6
        elif k == "h2":
            e.need(60)
            e.y -= 10
            e.par(b[1], font="B", size=10, center=True)
        elif k == "roll":
            cols = [LM + 8, LM + 30, LM + 200, LM + 320, LM + 390, LM + 460]
            rows = [("N.", "Cognome e Nome", "Carica", "Presente", "Assente")] + \
                   [(str(n), name, role, "SI" if p else "", "" if p else "SI") for n, name, role, p in b[1]]
            e.need(16 * len(rows) + 10)
            top = e.y - 4
            for r, row in enumerate(rows):
                e.y -= 16
                f = "B" if r == 0 else "R"
                for j, v in enumerate(row):
                    if j >= 3:
                        x = (cols[j] + cols[j + 1]) / 2 - pdfmetrics.stringWidth(v, f, 10.5) / 2
                    else:
                        x = cols[j] + 4
                    e.glyphs(v, x, top - 16 * (r + 1) + 4.5, f, 10.5)
            bottom = e.y - 2
            c.setLineWidth(0.4)
            for x in cols:
                c.line(x, top, x, bottom)
            yy = top
            for r in range(len(rows) + 1):
                c.line(cols[0], yy, cols[-1], yy)
                yy -= 16
            e.y -= 8
        elif k == "ol":
            for i, p in enumerate(b[1], 1):
                e.par(p, x=LM + 18, first_prefix="%d)" % i)
        elif k == "parere":
            _, title, text, date, role, name = b
            e.need(80)
            e.par(title, font="B", size=9.5, lead=12, after=0)
            e.par(text, size=9.5, lead=12, after=0)
            for s in (date, role, name):
                e.par(s, size=9.5, lead=12, right=True, after=0)
            e.y -= 6
        elif k == "sign":
            e.need(60)
            third = (RM - LM) / 3
            e.y -= 14
            for j, (r, n) in enumerate(b[1]):
                x0 = LM + j * third
                e.glyphs(r, x0 + (third - pdfmetrics.stringWidth(r, "B", 9.5)) / 2, e.y, "B", 9.5)
                e.glyphs(n, x0 + (third - pdfmetrics.stringWidth(n, "R", 9.5)) / 2, e.y - 30, "R", 9.5)
            e.y -= 40
    e.save()


if __name__ == "__main__":
    for a in naro:
        if a["number"] == 16:
            build(a, sys.argv[1])
