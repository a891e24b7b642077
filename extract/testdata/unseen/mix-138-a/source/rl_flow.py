"""A small hand-made flow layout on the ReportLab canvas (standard Type 1 fonts, lines justified
with the Tw word-space operator), used by Volturino's Consiglio minutes."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth


class Flow:
    def __init__(self, c, left=20 * mm, right=190 * mm, top=275 * mm, bottom=22 * mm, on_page=None, top_next=270 * mm):
        self.c, self.left, self.right, self.top, self.bottom = c, left, right, top, bottom
        self.top_next = top_next
        self.on_page = on_page
        self.page = 1
        self.y = top
        if on_page:
            on_page(c, self.page)

    @property
    def width(self):
        return self.right - self.left

    def need(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    def new_page(self):
        self.c.showPage()
        self.page += 1
        self.y = self.top_next
        if self.on_page:
            self.on_page(self.c, self.page)

    def skip(self, h):
        self.y -= h

    def para(self, text, font="Times-Roman", size=11, leading=None, indent=0, first=0, align="J", after=3, x=None, w=None):
        leading = leading or size * 1.3
        x0 = (x if x is not None else self.left) + indent
        w = (w if w is not None else self.width) - indent
        # first line may hang (first < 0) or be indented (first > 0)
        words = text.split()
        lines, cur = [], []
        for wd in words:
            avail = w - (first if not lines else 0)
            trial = " ".join(cur + [wd])
            if cur and stringWidth(trial, font, size) > avail:
                lines.append(cur)
                cur = [wd]
            else:
                cur.append(wd)
        if cur:
            lines.append(cur)
        for i, ln in enumerate(lines):
            self.need(leading)
            self.y -= leading
            lx = x0 + (first if i == 0 else 0)
            avail = w - (first if i == 0 else 0)
            s = " ".join(ln)
            t = self.c.beginText()
            t.setFont(font, size)
            sw = stringWidth(s, font, size)
            if align == "J" and i < len(lines) - 1 and len(ln) > 1:
                t.setWordSpace((avail - sw) / (len(ln) - 1))
                t.setTextOrigin(lx, self.y)
            elif align == "C":
                t.setWordSpace(0)
                t.setTextOrigin(lx + (avail - sw) / 2, self.y)
            elif align == "R":
                t.setWordSpace(0)
                t.setTextOrigin(lx + avail - sw, self.y)
            else:
                t.setWordSpace(0)
                t.setTextOrigin(lx, self.y)
            t.textOut(s)
            self.c.drawText(t)
        # Tw belongs to the text state, which outlives BT/ET: put it back to 0
        t = self.c.beginText()
        t.setWordSpace(0)
        self.c.drawText(t)
        self.y -= after
        return len(lines)

    def lines_of(self, text, font, size, w):
        return simpleSplit(text, font, size, w)
