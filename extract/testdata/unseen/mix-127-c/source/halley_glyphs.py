# -*- coding: utf-8 -*-
"""Colli del Tronto (Halley style) as a report engine writes it: every glyph placed
alone by its own text matrix, no space characters, justified lines by moving the
words, the heading letter-spaced with Tc, the publication form typed over underscores.

usage: python3 halley_glyphs.py FILE.pdf OUT.pdf
"""
import sys

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

import data
import halley_blocks as hb

W, H = A4
LM, RM, TOP, BOT = 56, 51, 48, 62
TW = W - LM - RM


class GlyphPage:
    def __init__(self, out, act):
        self.c = canvas.Canvas(out, pagesize=A4, pageCompression=1)
        self.c.setCreator("Halley Informatica - modulo Atti (stampa)")
        self.c.setTitle(f"DELIBERAZIONE DI GIUNTA n. {act['number']}")
        self.act = act
        self.page = 1
        self.y = H - TOP

    def foot(self):
        self.glyph_line(0, 34, hb.running_foot(self.act, self.page), "Times-Roman", 7, center=True)

    def newpage(self):
        self.foot()
        self.c.showPage()
        self.page += 1
        self.y = H - TOP

    def need(self, h):
        if self.y - h < BOT:
            self.newpage()

    def glyphs(self, x, y, s, font, size, charspace=0.0):
        tx = self.c.beginText()
        tx.setFont(font, size)
        if charspace:
            tx.setCharSpace(charspace)
        for ch in s:
            if ch != " ":
                tx.setTextOrigin(x, y)
                tx.textOut(ch)
            x += stringWidth(ch, font, size) + charspace
        self.c.drawText(tx)
        return x

    def glyph_line(self, x, y, s, font, size, width=None, center=False, right=False):
        """place a line word by word, each word glyph by glyph; width => justify"""
        words = s.split()
        if not words:
            return
        sw = stringWidth(" ", font, size)
        natural = sum(stringWidth(w, font, size) for w in words)
        if center or right:
            total = natural + sw * (len(words) - 1)
            avail = width if width else W
            x0 = x if width else 0
            x = x0 + ((avail - total) / 2 if center else avail - total)
        gap = sw
        if width and not center and not right and len(words) > 1:
            gap = (width - natural) / (len(words) - 1)
        for w in words:
            x = self.glyphs(x, y, w, font, size) + gap

    def wrap(self, s, font, size, width):
        lines, cur = [], []
        for w in s.split():
            trial = " ".join(cur + [w])
            if cur and stringWidth(trial, font, size) > width:
                lines.append(" ".join(cur))
                cur = [w]
            else:
                cur.append(w)
        if cur:
            lines.append(" ".join(cur))
        return lines

    def para(self, s, font="Times-Roman", size=10.5, x=LM, width=TW, lead=13, justify=True):
        lines = self.wrap(s, font, size, width)
        for i, ln in enumerate(lines):
            self.need(lead)
            self.y -= lead
            last = i == len(lines) - 1
            self.glyph_line(x, self.y, ln, font, size, width=None if (last or not justify) else width)
        self.y -= 3


def build(a, out):
    g = GlyphPage(out, a)
    c = g.c
    for blk in hb.blocks(a):
        t = blk[0]
        if t == "lh":
            g.y -= 14
            g.glyph_line(0, g.y, blk[1], "Times-Bold", 16, center=True)
            g.y -= 13
            g.glyph_line(0, g.y, blk[2], "Times-Roman", 10, center=True)
            g.y -= 14
        elif t == "box":
            c.setLineWidth(1.6)
            c.rect(LM, g.y - 24, TW, 24)
            c.setLineWidth(0.5)
            g.glyph_line(LM, g.y - 16, blk[1], "Times-Bold", 12.5, width=TW, center=True)
            g.y -= 34
        elif t == "numdate":
            g.y -= 12
            g.glyphs(LM + 2, g.y, "Numero", "Times-Roman", 10.5)
            g.glyphs(LM + 52, g.y, blk[1], "Times-Bold", 11.5)
            g.glyphs(LM + 90, g.y, "Del", "Times-Roman", 10.5)
            g.glyphs(LM + 112, g.y, blk[2], "Times-Bold", 11.5)
            yy = g.y + 6
            for lbl, v in blk[3]:
                g.glyph_line(340, yy, lbl, "Times-Roman", 8.5)
                c.rect(470, yy - 3, 14, 12)
                g.glyphs(474, yy, v, "Times-Bold", 9)
                yy -= 15
            g.y -= 22
        elif t == "subject":
            lines = g.wrap(blk[1], "Times-Bold", 11, TW - 50)
            g.glyphs(LM, g.y - 13, "Oggetto:", "Times-Bold", 11)
            for ln in lines:
                g.y -= 13.5
                g.glyph_line(LM + 50, g.y, ln, "Times-Bold", 11)
            g.y -= 12
        elif t == "para":
            g.para(blk[1])
        elif t == "roll_pa":
            g.need(20 + 15 * len(blk[1]))
            x0, cw = LM + 70, [150, 100, 30]
            rows = [("Cognome Nome", "Carica", "P/A")] + list(blk[1])
            top = g.y - 4
            for i, r in enumerate(rows):
                yb = top - 15 * (i + 1)
                f = "Times-Bold" if i == 0 else "Times-Roman"
                g.glyph_line(x0 + 4, yb + 4.5, r[0], f, 10)
                g.glyph_line(x0 + cw[0] + 4, yb + 4.5, r[1], f, 10)
                g.glyph_line(x0 + cw[0] + cw[1], yb + 4.5, r[2], f, 10, width=cw[2], center=True)
                c.line(x0, yb, x0 + sum(cw), yb)
            bottom = top - 15 * len(rows)
            c.line(x0, top, x0 + sum(cw), top)
            for xx in (x0, x0 + cw[0], x0 + cw[0] + cw[1], x0 + sum(cw)):
                c.line(xx, top, xx, bottom)
            g.y = bottom - 6
        elif t == "tot":
            g.y -= 12
            for i, s in enumerate(blk[1:]):
                g.glyph_line(LM + i * TW / 4, g.y, s, "Times-Roman", 9.5, width=TW / 4, center=True)
            g.y -= 8
        elif t == "center":
            g.need(24)
            g.y -= 18
            g.glyph_line(LM, g.y, blk[1], "Times-Bold", 11.5, width=TW, center=True)
            g.y -= 4
        elif t == "spaced":
            g.need(26)
            g.y -= 20
            cs = 6.0
            wd = sum(stringWidth(ch, "Times-Bold", 12) + cs for ch in blk[1]) - cs
            tx = c.beginText()
            tx.setFont("Times-Bold", 12)
            tx.setCharSpace(cs)
            tx.setTextOrigin(LM + (TW - wd) / 2, g.y)
            tx.textOut(blk[1])
            c.drawText(tx)
            g.y -= 6
        elif t == "points":
            for i, s in enumerate(blk[1], 1):
                g.need(14)
                g.glyphs(LM, g.y - 13, f"{i})", "Times-Roman", 10.5)
                g.para(s, x=LM + 22, width=TW - 22)
        elif t == "pareri":
            g.need(80)
            g.y -= 10
            g.glyph_line(LM, g.y, "PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000", "Times-Bold", 9.5)
            for k, who, name, dt in blk[1]:
                g.y -= 13
                g.glyph_line(LM, g.y, f"Parere Favorevole in ordine alla {k}", "Times-Roman", 9.5)
                g.y -= 12
                g.glyph_line(LM, g.y, f"Data: {dt}", "Times-Roman", 9.5)
                g.glyph_line(LM, g.y, f"{who} F.to {name}", "Times-Roman", 9.5, width=TW, right=True)
            g.y -= 8
        elif t in ("sig", "sigr"):
            g.need(40)
            cols = [blk[1], blk[2]] if t == "sig" else [None, blk[1]]
            for j, col in enumerate(cols):
                if col:
                    g.glyph_line(LM + j * TW / 2, g.y - 14, col[0], "Times-Roman", 10.5, width=TW / 2, center=True)
                    g.glyph_line(LM + j * TW / 2, g.y - 28, col[1], "Times-Roman", 10.5, width=TW / 2, center=True)
            g.y -= 38
        elif t == "heading":
            g.need(120)
            g.y -= 6
            c.line(LM, g.y, LM + TW, g.y)
            g.y -= 14
            g.glyph_line(LM, g.y, blk[1], "Times-Bold", 10.5, width=TW, center=True)
            g.y -= 2
        elif t == "form":
            # words flow; each blank is a run of underscores with the value typed over it
            x = LM
            g.y -= 15
            f, sz = "Times-Roman", 10.5
            for txt, width in blk[1]:
                items = txt.split() if width is None else [None]
                for w in items:
                    if w is None:
                        blank = "_" * width
                        bw = stringWidth(blank, f, sz)
                        if x + bw > LM + TW:
                            x, g.y = LM, g.y - 15
                        g.glyphs(x, g.y, blank, f, sz)
                        vw = stringWidth(txt, "Courier-Bold", 10)
                        g.glyphs(x + (bw - vw) / 2, g.y + 1.5, txt, "Courier-Bold", 10)
                        x += bw + stringWidth(" ", f, sz)
                    else:
                        ww = stringWidth(w, f, sz)
                        if x + ww > LM + TW:
                            x, g.y = LM, g.y - 15
                        g.glyphs(x, g.y, w, f, sz)
                        x += ww + stringWidth(" ", f, sz)
            g.y -= 4
        elif t == "check":
            g.y -= 15
            c.rect(LM + 2, g.y - 1, 9, 9)
            if blk[1]:
                g.glyphs(LM + 3.6, g.y + 0.5, "X", "Times-Bold", 9.5)
            g.glyph_line(LM + 20, g.y, blk[2], "Times-Roman", 10)
    g.foot()
    c.showPage()
    c.save()


if __name__ == "__main__":
    build(data.BY_FILE[sys.argv[1]], sys.argv[2])
