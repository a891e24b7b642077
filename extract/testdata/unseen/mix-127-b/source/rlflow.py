"""A small flowing-text layer over a ReportLab canvas, as the report engines
of municipal packages write their pages.

mode "tw":    each line is one BT..ET with its words as Tj runs; justified
              lines get word spacing (Tw) and a little character spacing (Tc).
mode "glyph": every glyph is placed alone with its own Tm, no space
              characters are written (the gaps are only distances).
mode "plain": left-aligned lines, one drawString per line.
"""
from reportlab.pdfbase.pdfmetrics import stringWidth


def words_of(runs):
    out = []
    for text, font in runs:
        for w in text.split():
            out.append((w, font))
    return out


class Flow:
    def __init__(self, c, x0, x1, top, bottom, mode="tw", size=10.5,
                 leading=14.0, page_start=None, page_end=None):
        self.c = c
        self.x0, self.x1 = x0, x1
        self.top, self.bottom = top, bottom
        self.mode = mode
        self.size = size
        self.leading = leading
        self.page_start = page_start
        self.page_end = page_end
        self.page = 1
        self.y = top
        if page_start:
            r = page_start(self)
            if r is not None:
                self.y = r

    # -- pages -------------------------------------------------------
    def new_page(self):
        if self.page_end:
            self.page_end(self)
        self.c.showPage()
        self.page += 1
        self.y = self.top
        if self.page_start:
            r = self.page_start(self)
            if r is not None:
                self.y = r

    def finish(self):
        if self.page_end:
            self.page_end(self)
        self.c.showPage()

    def need(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    def space(self, h):
        self.y -= h

    # -- lines -------------------------------------------------------
    def _wrap(self, words, width, size, first_width=None):
        lines, cur, curw = [], [], 0.0
        limit = first_width if first_width is not None else width
        for w, f in words:
            ww = stringWidth(w, f, size)
            sw = stringWidth(" ", cur[-1][1], size) if cur else 0.0
            if cur and curw + sw + ww > limit:
                lines.append(cur)
                cur, curw = [], 0.0
                limit = width
                sw = 0.0
            cur.append((w, f))
            curw += sw + ww
        if cur:
            lines.append(cur)
        return lines

    def _natural(self, line, size):
        n = 0.0
        for i, (w, f) in enumerate(line):
            n += stringWidth(w, f, size)
            if i < len(line) - 1:
                n += stringWidth(" ", f, size)
        return n

    def draw_line(self, line, x, y, width, size, align, last):
        c = self.c
        nat = self._natural(line, size)
        if align == "C":
            x = x + (width - nat) / 2.0
        elif align == "R":
            x = x + width - nat
        justify = align == "J" and not last and len(line) > 1
        extra = width - nat if justify else 0.0
        if self.mode == "glyph":
            gaps = len(line) - 1
            add = extra / gaps if gaps else 0.0
            t = c.beginText()
            cx = x
            for i, (w, f) in enumerate(line):
                t.setFont(f, size)
                for ch in w:
                    t.setTextOrigin(cx, y)
                    t.textOut(ch)
                    cx += stringWidth(ch, f, size)
                if i < len(line) - 1:
                    cx += stringWidth(" ", f, size) + add
            c.drawText(t)
            return
        if self.mode == "plain" or not justify:
            t = c.beginText(x, y)
            for i, (w, f) in enumerate(line):
                t.setFont(f, size)
                t.textOut(w + (" " if i < len(line) - 1 else ""))
            c.drawText(t)
            return
        nglyph = sum(len(w) for w, _ in line) + len(line) - 1
        nsp = len(line) - 1
        tc = min(0.18, extra * 0.2 / max(nglyph - 1, 1))
        tw = (extra - tc * (nglyph - 1)) / nsp
        t = c.beginText(x, y)
        t.setCharSpace(round(tc, 4))
        t.setWordSpace(round(tw, 4))
        for i, (w, f) in enumerate(line):
            t.setFont(f, size)
            t.textOut(w + (" " if i < len(line) - 1 else ""))
        t.setCharSpace(0)
        t.setWordSpace(0)
        c.drawText(t)

    def para(self, runs, size=None, leading=None, align="J", indent=0.0,
             first=0.0, after=5.0, label=None, label_font=None, label_gap=18.0):
        """runs: [(text, font)]; first: extra indent of the first line
        (negative for a hanging label); label: a number or a word printed
        in the hanging space."""
        size = size or self.size
        leading = leading or self.leading
        if isinstance(runs, str):
            runs = [(runs, "Helvetica")]
        words = words_of(runs)
        x = self.x0 + indent
        width = self.x1 - x
        lines = self._wrap(words, width, size, first_width=width - first)
        for i, line in enumerate(lines):
            self.need(leading)
            self.y -= leading
            lx = x + (first if i == 0 else 0.0)
            lw = width - (first if i == 0 else 0.0)
            if i == 0 and label:
                lf = label_font or line[0][1]
                t = self.c.beginText()
                t.setFont(lf, size)
                cx = x - label_gap
                if self.mode == "glyph":
                    for ch in label:
                        t.setTextOrigin(cx, self.y)
                        t.textOut(ch)
                        cx += stringWidth(ch, lf, size)
                else:
                    t.setTextOrigin(cx, self.y)
                    t.textOut(label)
                self.c.drawText(t)
            self.draw_line(line, lx, self.y, lw, size, align,
                           last=(i == len(lines) - 1))
        self.y -= after

    def center(self, text, font="Helvetica-Bold", size=None, after=4.0,
               charspace=0.0, leading=None):
        size = size or self.size
        leading = leading or self.leading
        self.need(leading * 3)
        self.y -= leading
        w = stringWidth(text, font, size) + charspace * (len(text) - 1)
        x = (self.x0 + self.x1 - w) / 2.0
        if self.mode == "glyph":
            t = self.c.beginText()
            t.setFont(font, size)
            cx = x
            for ch in text:
                if ch != " ":
                    t.setTextOrigin(cx, self.y)
                    t.textOut(ch)
                cx += stringWidth(ch, font, size) + charspace
            self.c.drawText(t)
        else:
            t = self.c.beginText(x, self.y)
            t.setFont(font, size)
            if charspace:
                t.setCharSpace(charspace)
            t.textOut(text)
            if charspace:
                t.setCharSpace(0)
            self.c.drawText(t)
        self.y -= after
