"""Minimal text layout helpers for raw ReportLab canvas generators."""
from reportlab.pdfbase.pdfmetrics import stringWidth


def wrap(text, font, size, width):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if stringWidth(t, font, size) <= width:
            cur = t
        else:
            if cur:
                lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def draw_justified(c, line, x, y, font, size, width):
    words = line.split()
    if len(words) < 2:
        c.setFont(font, size)
        c.drawString(x, y, line)
        return
    tw = sum(stringWidth(w, font, size) for w in words)
    gap = (width - tw) / (len(words) - 1)
    c.setFont(font, size)
    cx = x
    for w in words:
        c.drawString(cx, y, w)
        cx += stringWidth(w, font, size) + gap


class Writer:
    """Flows paragraphs down a page, calling new_page when the bottom is reached."""

    def __init__(self, c, x, width, top, bottom, new_page):
        self.c, self.x, self.width, self.top, self.bottom = c, x, width, top, bottom
        self.y = top
        self.new_page = new_page

    def ensure(self, h):
        if self.y - h < self.bottom:
            self.new_page()
            self.y = self.top

    def para(self, text, font, size, leading=None, indent=0, hang=0, justify=True, after=4, align="left", first=None):
        leading = leading or size * 1.32
        w = self.width - indent
        if first:  # first words in another font (e.g. bold label)
            pass
        lines = wrap(text, font, size, w - hang) if hang else wrap(text, font, size, w)
        for i, ln in enumerate(lines):
            self.ensure(leading)
            self.y -= leading
            xx = self.x + indent + (hang if (hang and i > 0) else 0)
            ww = w - (hang if (hang and i > 0) else 0)
            if align == "center":
                self.c.setFont(font, size)
                self.c.drawCentredString(self.x + self.width / 2, self.y, ln)
            elif justify and i < len(lines) - 1:
                draw_justified(self.c, ln, xx, self.y, font, size, ww)
            else:
                self.c.setFont(font, size)
                self.c.drawString(xx, self.y, ln)
        self.y -= after

    def space(self, h):
        self.y -= h
