# -*- coding: utf-8 -*-
"""A small page-flow engine shared by the ReportLab and hand-written-stream
minutes.  It lays text out into abstract drawing operations, page by page;
a backend (ReportLab canvas, or a raw PDF content stream) then draws them.

Text operations carry the extra word spacing and character spacing that
justification and letter-spaced headings need, so that a backend can write
them with Tw/Tc, or place every glyph on its own.
"""
from reportlab.pdfbase.pdfmetrics import stringWidth

PAGE_W, PAGE_H = 595.28, 841.89


def sw(s, font, size, cs=0.0):
    return stringWidth(s, font, size) + cs * len(s)


def wrap(text, font, size, width):
    words = text.split()
    lines, cur = [], []
    for w in words:
        trial = " ".join(cur + [w])
        if cur and sw(trial, font, size) > width:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


class Flow:
    def __init__(self, left=62, right=62, top=60, bottom=70, first_top=None,
                 header=None, footer=None):
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.width = PAGE_W - left - right
        self.header, self.footer = header, footer
        self.pages = []
        self.first_top = first_top if first_top is not None else top
        self.new_page(first=True)

    # -- pages -----------------------------------------------------------
    def new_page(self, first=False):
        self.ops = []
        self.pages.append(self.ops)
        self.y = PAGE_H - (self.first_top if first else self.top)

    def need(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    def finish(self):
        """Add running heads and feet now that the page count is known."""
        n = len(self.pages)
        for i, ops in enumerate(self.pages):
            extra = []
            if self.header:
                extra += self.header(i + 1, n)
            if self.footer:
                extra += self.footer(i + 1, n)
            ops[:0] = [("mark", "furniture")] + extra + [("mark", "body")]
        return self.pages

    # -- primitives ----------------------------------------------------------
    def text(self, x, y, s, font, size, ws=0.0, cs=0.0):
        self.ops.append(("text", x, y, font, size, s, ws, cs))

    def line(self, x1, y1, x2, y2, w=0.6):
        self.ops.append(("line", x1, y1, x2, y2, w))

    def rect(self, x, y, w, h, lw=0.6, fill=None):
        self.ops.append(("rect", x, y, w, h, lw, fill))

    def space(self, h):
        self.y -= h

    # -- blocks --------------------------------------------------------------
    def para(self, text, font="Helvetica", size=10, leading=13, justify=True,
             indent=0.0, label=None, label_font=None, first_indent=0.0,
             after=4.0, width=None, align="left"):
        x0 = self.left + indent
        w = (width or self.width) - indent
        lines = wrap(text, font, size, w - first_indent)
        # re-wrap the lines after the first at the full width
        if first_indent and len(lines) > 1:
            rest = " ".join(" ".join(l) for l in lines[1:])
            lines = lines[:1] + wrap(rest, font, size, w)
        for i, words in enumerate(lines):
            self.need(leading)
            self.y -= leading
            if i == 0 and label:
                self.text(self.left + indent - 18 if indent >= 18 else self.left,
                          self.y, label, label_font or font, size)
            xi = x0 + (first_indent if i == 0 else 0)
            wi = w - (first_indent if i == 0 else 0)
            s = " ".join(words)
            ws = 0.0
            if align == "center":
                xi = self.left + (self.width - sw(s, font, size)) / 2
            elif align == "right":
                xi = self.left + self.width - sw(s, font, size)
            elif justify and i < len(lines) - 1 and len(words) > 1:
                ws = (wi - sw(s, font, size)) / (len(words) - 1)
            self.text(xi, self.y, s, font, size, ws=ws)
        self.y -= after

    def spaced(self, s, font, size, cs, leading=16, after=4, align="center"):
        """A letter-spaced heading: the same string, wider glyph spacing."""
        self.need(leading)
        self.y -= leading
        wdt = sw(s, font, size, cs) - cs
        x = self.left + (self.width - wdt) / 2 if align == "center" else self.left
        self.text(x, self.y, s, font, size, cs=cs)
        self.y -= after

    def table(self, cols, rows, font="Helvetica", size=9.5, bold="Helvetica-Bold",
              row_h=15, header=True, x=None, grid=True):
        """cols: list of (width, align); rows: list of lists of strings."""
        x = self.left if x is None else x
        total = sum(c[0] for c in cols)
        for r, row in enumerate(rows):
            self.need(row_h)
            top = self.y
            self.y -= row_h
            f = bold if (header and r == 0) else font
            if grid:
                self.rect(x, self.y, total, row_h, lw=0.5,
                          fill=0.88 if (header and r == 0) else None)
            cx = x
            for (cw, al), cell in zip(cols, row):
                if grid and cx > x:
                    self.line(cx, self.y, cx, top, 0.5)
                if cell:
                    tw = sw(cell, f, size)
                    if al == "c":
                        tx = cx + (cw - tw) / 2
                    elif al == "r":
                        tx = cx + cw - tw - 4
                    else:
                        tx = cx + 4
                    self.text(tx, self.y + (row_h - size) / 2 + 1.5, cell, f, size)
                cx += cw
        self.y -= 4


# -- backends ----------------------------------------------------------------

def draw_reportlab(canvas, pages, glyphs=False):
    """Draw with ReportLab.  glyphs=True places every glyph on its own (Tm per
    glyph, no space characters), as some report engines do."""
    for ops in pages:
        for op in ops:
            kind = op[0]
            if kind == "text":
                _, x, y, font, size, s, ws, cs = op
                t = canvas.beginText()
                t.setFont(font, size)
                if glyphs:
                    cx = x
                    for ch in s:
                        if ch != " ":
                            t.setTextOrigin(cx, y)
                            t.textOut(ch)
                        cx += stringWidth(ch, font, size) + cs + (ws if ch == " " else 0)
                else:
                    t.setTextOrigin(x, y)
                    # Tw and Tc belong to the graphics state and outlive ET:
                    # set both on every line, as producers that justify do
                    t.setWordSpace(ws)
                    t.setCharSpace(cs)
                    t.textOut(s)
                canvas.drawText(t)
            elif kind == "line":
                _, x1, y1, x2, y2, w = op
                canvas.setLineWidth(w)
                canvas.line(x1, y1, x2, y2)
            elif kind == "rect":
                _, x, y, w, h, lw, fill = op
                canvas.setLineWidth(lw)
                if fill is not None:
                    canvas.setFillGray(fill)
                    canvas.rect(x, y, w, h, stroke=1, fill=1)
                    canvas.setFillGray(0)
                else:
                    canvas.rect(x, y, w, h, stroke=1, fill=0)
            elif kind == "shield":
                _, x, y, s = op
                p = canvas.beginPath()
                p.moveTo(x, y + s)
                p.lineTo(x + s * 0.8, y + s)
                p.lineTo(x + s * 0.8, y + s * 0.4)
                p.curveTo(x + s * 0.8, y + s * 0.15, x + s * 0.4, y, x + s * 0.4, y)
                p.curveTo(x + s * 0.4, y, x, y + s * 0.15, x, y + s * 0.4)
                p.close()
                canvas.setLineWidth(1.1)
                canvas.drawPath(p, stroke=1, fill=0)
                canvas.line(x + s * 0.4, y + 2, x + s * 0.4, y + s - 2)
                canvas.line(x + 2, y + s * 0.65, x + s * 0.8 - 2, y + s * 0.65)
        canvas.showPage()
