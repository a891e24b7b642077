"""A small line-breaker for ReportLab's canvas that places every glyph on its
own (one Tm and one Tj per character, no space characters in the text layer),
as some report engines and document-management exports write their pages.
The layout is done first into a list of pages of drawing operations, so that
a page's stream can be written in any order (letterheads and signature blocks
kept in Form XObjects and drawn before or after the body)."""
from reportlab.pdfbase.pdfmetrics import stringWidth


def words_of(runs):
    """runs: list of (text, fontname). Returns list of (word, font) with
    word separators lost (a word may be split across fonts: kept as parts)."""
    out = []  # list of words; each word = list of (text, font)
    cur = []
    for text, font in runs:
        parts = text.split(" ")
        for i, p in enumerate(parts):
            if i > 0:
                if cur:
                    out.append(cur)
                cur = []
            if p:
                cur.append((p, font))
    if cur:
        out.append(cur)
    return out


def wwidth(word, size):
    return sum(stringWidth(t, f, size) for t, f in word)


class Flow:
    def __init__(self, top, bottom, left, width):
        self.top, self.bottom, self.left, self.width = top, bottom, left, width
        self.pages = [[]]
        self.y = top

    @property
    def ops(self):
        return self.pages[-1]

    def newpage(self, top=None):
        self.pages.append([])
        self.y = top if top is not None else self.top

    def need(self, h):
        if self.y - h < self.bottom:
            self.newpage()

    def space(self, h):
        self.y -= h

    def glyphs(self, x, y, text, font, size, tc=0.0):
        self.ops.append(("g", x, y, text, font, size, tc))

    def op(self, fn):
        self.ops.append(("f", fn))

    def para(self, runs, size=10.5, leading=14.0, align="justify", indent=0.0, first=0.0,
             label=None, label_font="Helvetica", after=3.0, x=None, width=None):
        x0 = self.left if x is None else x
        W = self.width if width is None else width
        words = words_of(runs)
        sp = stringWidth(" ", "Helvetica", size)
        lines, cur, curw = [], [], 0.0
        avail = W - indent - first
        for w in words:
            ww = wwidth(w, size)
            add = ww if not cur else curw + sp + ww
            if cur and add > avail:
                lines.append((cur, avail))
                cur, curw = [w], ww
                avail = W - indent
            else:
                cur.append(w)
                curw = add
        if cur:
            lines.append((cur, None))
        for li, (line, av) in enumerate(lines):
            self.need(leading)
            self.y -= leading
            lx = x0 + indent + (first if li == 0 else 0)
            if li == 0 and label:
                self.glyphs(x0 + indent - 7 * 2.8346, self.y, label, label_font, size)
            nat = sum(wwidth(w, size) for w in line) + sp * (len(line) - 1)
            gap = sp
            if align == "justify" and av is not None and len(line) > 1:
                gap = sp + (av - nat) / (len(line) - 1)
            elif align == "center":
                lx = x0 + (W - nat) / 2
            elif align == "right":
                lx = x0 + W - nat
            cx = lx
            for w in line:
                for t, f in w:
                    self.glyphs(cx, self.y, t, f, size)
                    cx += stringWidth(t, f, size)
                cx += gap
        self.y -= after


def emit_glyphs(c, op):
    _, x, y, text, font, size, tc = op
    t = c.beginText()
    t.setFont(font, size)
    cx = x
    for ch in text:
        t.setTextOrigin(cx, y)
        t.textOut(ch)
        cx += stringWidth(ch, font, size) + tc
    c.drawText(t)
