# -*- coding: utf-8 -*-
"""Small layout helpers on the ReportLab canvas: lines justified by word
spacing (Tw) computed per line, headings spread by character spacing (Tc),
and a page flow with a running head/foot callback."""
from reportlab.pdfbase.pdfmetrics import stringWidth


def wrap(text, font, size, width):
    words = text.split()
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
    return [" ".join(l) for l in lines]


class Flow:
    def __init__(self, canvas, left, right, top, bottom, on_page=None):
        self.c = canvas
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.on_page = on_page
        self.page = 1
        self.y = top
        if on_page:
            on_page(self.c, self.page)

    @property
    def width(self):
        return self.right - self.left

    def need(self, h):
        if self.y - h < self.bottom:
            self.newpage()

    def newpage(self):
        self.c.showPage()
        self.page += 1
        self.y = self.top
        if self.on_page:
            self.on_page(self.c, self.page)

    def justified(self, text, font="Times-Roman", size=11, leading=14,
                  indent=0, first_indent=0, tc_loose=False, align="J"):
        width = self.width - indent
        lines = wrap(text, font, size, width - first_indent)
        # re-wrap the rest at full width
        if len(lines) > 1:
            first = lines[0]
            rest = wrap(text[len(first):].strip(), font, size, width)
            lines = [first] + rest
        for i, line in enumerate(lines):
            self.need(leading)
            x = self.left + indent + (first_indent if i == 0 else 0)
            w = width - (first_indent if i == 0 else 0)
            t = self.c.beginText()
            t.setTextOrigin(x, self.y - size)
            t.setFont(font, size)
            nat = stringWidth(line, font, size)
            last = i == len(lines) - 1
            if align == "C":
                t.setTextOrigin(self.left + (self.width - nat) / 2.0, self.y - size)
            elif not last and align == "J":
                gaps = line.count(" ")
                extra = w - nat
                if gaps:
                    # some producers spread part of the slack over letters too
                    if tc_loose and extra / gaps > 2.2:
                        tc = min(0.35, (extra * 0.3) / max(1, len(line) - 1))
                        t.setCharSpace(tc)
                        extra -= tc * (len(line) - 1)
                    t.setWordSpace(extra / gaps)
            t.textOut(line)
            t.setWordSpace(0)
            t.setCharSpace(0)
            self.c.drawText(t)
            self.y -= leading

    def spaced(self, text, font, size, tc, leading=None, align="C"):
        leading = leading or size * 1.5
        self.need(leading)
        w = stringWidth(text, font, size) + tc * (len(text) - 1)
        x = self.left + (self.width - w) / 2.0 if align == "C" else self.left
        t = self.c.beginText()
        t.setTextOrigin(x, self.y - size)
        t.setFont(font, size)
        t.setCharSpace(tc)
        t.textOut(text)
        t.setCharSpace(0)
        self.c.drawText(t)
        self.y -= leading

    def gap(self, h):
        self.y -= h
