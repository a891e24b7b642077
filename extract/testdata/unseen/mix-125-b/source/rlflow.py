# -*- coding: utf-8 -*-
"""A small ReportLab canvas typesetter shared by A2, A4 and B4.

Text is set line by line on the canvas (no platypus), in one of three ways,
as report engines do:
  "twtc"   justified lines: the surplus split between word spacing (Tw) and
           character spacing (Tc), one text object per line;
  "plain"  ragged lines, one text object per line;
  "glyphs" every glyph drawn alone at its own x (no space characters are
           ever written; word gaps are only distances), justified by
           widening the gaps.
"""
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.pagesizes import A4

W, H = A4


def wrap(text, font, size, width, first_indent=0.0, indent=0.0):
    words = text.split()
    lines, cur = [], []
    avail = width - first_indent
    for w in words:
        trial = " ".join(cur + [w])
        if cur and stringWidth(trial, font, size) > avail:
            lines.append(" ".join(cur))
            cur = [w]
            avail = width - indent
        else:
            cur.append(w)
    if cur:
        lines.append(" ".join(cur))
    return lines


class Flow:
    def __init__(self, c, left, right, top, bottom, mode="plain", on_page=None):
        self.c = c
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.width = right - left
        self.mode = mode
        self.on_page = on_page  # called with (canvas, page_no) before content of each page
        self.page = 1
        self.y = top
        if on_page:
            self.top = on_page(c, self.page) or top
            self.y = self.top

    def need(self, h):
        if self.y - h < self.bottom:
            self.newpage()

    def newpage(self):
        self.c.showPage()
        self.page += 1
        self.y = self.top
        if self.on_page:
            t = self.on_page(self.c, self.page)
            if t:
                self.y = t

    # -- drawing of one line ---------------------------------------------
    def _line(self, x, y, s, font, size, target=None, mode=None):
        mode = mode or self.mode
        c = self.c
        if mode == "glyphs":
            return self._glyphs(x, y, s, font, size, target)
        t = c.beginText(x, y)
        t.setFont(font, size)
        if target is not None and mode == "twtc":
            nat = stringWidth(s, font, size)
            gaps = s.count(" ")
            extra = target - nat
            if extra > 0 and gaps:
                # a report engine's split: most on the words, some on the letters
                tc = min(0.25, extra * 0.25 / max(1, len(s) - 1))
                rest = extra - tc * (len(s) - 1)
                tw = rest / gaps
                t.setCharSpace(tc)
                t.setWordSpace(tw)
        t.textOut(s)
        if target is not None and mode == "twtc":
            t.setCharSpace(0)
            t.setWordSpace(0)
        c.drawText(t)

    def _glyphs(self, x, y, s, font, size, target=None):
        c = self.c
        words = s.split(" ")
        nat = stringWidth(s, font, size)
        sp = stringWidth(" ", font, size)
        if target is not None and len(words) > 1 and target > nat:
            sp += (target - nat) / (len(words) - 1)
        cx = x
        c.setFont(font, size)
        for wi, w in enumerate(words):
            for ch in w:
                t = c.beginText(cx, y)
                t.setFont(font, size)
                t.textOut(ch)
                c.drawText(t)
                cx += stringWidth(ch, font, size)
            cx += sp

    # -- blocks -------------------------------------------------------------
    def space(self, h):
        self.y -= h

    def para(self, text, font="Helvetica", size=10, lead=None, align="justify",
             first_indent=0, indent=0, label=None, label_font=None, after=4):
        lead = lead or size * 1.32
        lines = wrap(text, font, size, self.width, first_indent, indent)
        for i, ln in enumerate(lines):
            self.need(lead)
            self.y -= lead
            x = self.left + (first_indent if i == 0 else indent)
            if i == 0 and label:
                self._line(self.left, self.y, label, label_font or font, size, mode="plain" if self.mode != "glyphs" else "glyphs")
            avail = self.right - x
            if align == "justify" and i < len(lines) - 1:
                self._line(x, self.y, ln, font, size, target=avail)
            elif align == "center":
                wv = stringWidth(ln, font, size)
                self._line(self.left + (self.width - wv) / 2, self.y, ln, font, size)
            elif align == "right":
                wv = stringWidth(ln, font, size)
                self._line(self.right - wv, self.y, ln, font, size)
            else:
                self._line(x, self.y, ln, font, size)
        self.y -= after

    def center(self, text, font="Helvetica-Bold", size=10.5, lead=None, after=3, x0=None, x1=None):
        lead = lead or size * 1.35
        self.need(lead)
        self.y -= lead
        a = self.left if x0 is None else x0
        b = self.right if x1 is None else x1
        wv = stringWidth(text, font, size)
        self._line(a + (b - a - wv) / 2, self.y, text, font, size)
        self.y -= after

    def spaced(self, text, font="Helvetica-Bold", size=11, spacing=2.2, after=4):
        """A letter-spaced heading (Tc), centred."""
        c = self.c
        lead = size * 1.5
        self.need(lead)
        self.y -= lead
        n = len(text)
        wv = stringWidth(text, font, size) + spacing * (n - 1)
        x = self.left + (self.width - wv) / 2
        if self.mode == "glyphs":
            cx = x
            for ch in text:
                if ch != " ":
                    t = c.beginText(cx, self.y)
                    t.setFont(font, size)
                    t.textOut(ch)
                    c.drawText(t)
                cx += stringWidth(ch, font, size) + spacing
        else:
            t = c.beginText(x, self.y)
            t.setFont(font, size)
            t.setCharSpace(spacing)
            t.textOut(text)
            t.setCharSpace(0)
            c.drawText(t)
        self.y -= after

    def numbered(self, items, font="Helvetica", size=10, after=3, fmt="%d."):
        for i, it in enumerate(items, 1):
            self.para(it, font=font, size=size, first_indent=20, indent=20,
                      label=fmt % i, after=after)
