# -*- coding: utf-8 -*-
"""A2: Castrezzato minute n. 134 printed by ReportLab's canvas.

Lines justified with word spacing (Tw), the title band and DELIBERA
letter-spaced with character spacing (Tc), a running foot with the number.
"""
import sys

from reportlab.pdfgen import canvas

from castrezzato_layout import layout, W, H
from content import A2
from crest import draw_crest_rl


def render(act, out, title):
    pages = layout(act, letter_spacing=1.6)
    c = canvas.Canvas(out, pagesize=(W, H), pageCompression=1)
    c.setTitle(title)
    c.setAuthor("Comune di Castrezzato")
    c.setCreator("Civilia Next - Atti amministrativi")
    for p in pages:
        for op in p["head"] + p["body"] + p["foot"]:
            kind = op[0]
            if kind == "t":
                _, x, y, font, size, s, ws, cs = op
                t = c.beginText()
                t.setTextOrigin(x, y)
                t.setFont(font, size)
                # Tc and Tw belong to the graphics state and outlive ET: set both
                # on every line, as report engines do
                t.setWordSpace(ws)
                t.setCharSpace(cs)
                t.textOut(s)
                c.drawText(t)
            elif kind == "l":
                _, x1, y1, x2, y2, lw = op
                c.setLineWidth(lw)
                c.line(x1, y1, x2, y2)
            elif kind == "r":
                _, x, y, w, h, g = op
                c.setFillGray(g)
                c.rect(x, y, w, h, stroke=0, fill=1)
                c.setFillGray(0)
            elif kind == "crest":
                draw_crest_rl(c, op[1], op[2])
        c.showPage()
    c.save()


if __name__ == "__main__":
    render(A2, sys.argv[1], "Deliberazione G.C. n. 134 del 11/11/2027")
