"""Helpers for the ReportLab scripts of mix-138-c: greedy line breaking,
justified paragraphs (word spacing set per line with Tw, as report engines
do), hanging-indent items, centred and letter-spaced headings."""
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import stringWidth

PAGE_W, PAGE_H = A4

_LIB = "/usr/share/fonts/truetype/liberation/"
_DJ = "/usr/share/fonts/truetype/dejavu/"


def register_liberation():
    for name, f in (("LibSans", "LiberationSans-Regular.ttf"), ("LibSans-Bold", "LiberationSans-Bold.ttf"),
                    ("LibSans-Italic", "LiberationSans-Italic.ttf"),
                    ("LibSerif", "LiberationSerif-Regular.ttf"), ("LibSerif-Bold", "LiberationSerif-Bold.ttf"),
                    ("LibSerif-Italic", "LiberationSerif-Italic.ttf")):
        pdfmetrics.registerFont(TTFont(name, _LIB + f))


def register_dejavu():
    for name, f in (("DejaVu", "DejaVuSans.ttf"), ("DejaVu-Bold", "DejaVuSans-Bold.ttf"),
                    ("DejaVuCond", "DejaVuSansCondensed.ttf"),
                    ("DejaVuCond-Bold", "DejaVuSansCondensed-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, _DJ + f))


def wrap(text, font, size, width, first_width=None):
    words = text.split()
    lines, cur = [], []
    w = first_width if first_width is not None else width
    for word in words:
        trial = " ".join(cur + [word])
        if cur and stringWidth(trial, font, size) > w:
            lines.append(cur)
            cur = [word]
            w = width
        else:
            cur.append(word)
    if cur:
        lines.append(cur)
    return lines


class Flow:
    """A cursor moving down the page; calls new_page() when it runs out."""

    def __init__(self, c, x, width, top, bottom, new_page):
        self.c, self.x, self.width, self.top, self.bottom = c, x, width, top, bottom
        self.y = top
        self.new_page = new_page

    def need(self, h):
        if self.y - h < self.bottom:
            self.c.showPage()
            self.new_page(self.c)
            self.y = self.top

    def skip(self, h):
        self.y -= h

    def para(self, text, font, size, leading=None, indent=0, first=0, justify=True, after=3,
             label=None, label_font=None):
        """Paragraph at x+indent; `first` is the extra indent of the first
        line; `label` is drawn hanging at x+indent-? (for numbered items)."""
        leading = leading or size * 1.32
        width = self.width - indent
        lines = wrap(text, font, size, width, width - first)
        for i, ws in enumerate(lines):
            self.need(leading)
            x = self.x + indent + (first if i == 0 else 0)
            avail = width - (first if i == 0 else 0)
            if i == 0 and label:
                self.c.setFont(label_font or font, size)
                self.c.drawString(self.x + indent - label[1], self.y, label[0])
            line = " ".join(ws)
            t = self.c.beginText()
            t.setTextOrigin(x, self.y)
            t.setFont(font, size)
            if justify and i < len(lines) - 1 and len(ws) > 1:
                t.setWordSpace((avail - stringWidth(line, font, size)) / (len(ws) - 1))
            t.textLine(line)
            t.setWordSpace(0)
            self.c.drawText(t)
            self.y -= leading
        self.y -= after

    def centre(self, text, font, size, leading=None, after=2, tc=0.0):
        leading = leading or size * 1.35
        self.need(leading)
        w = stringWidth(text, font, size) + tc * (len(text) - 1)
        t = self.c.beginText()
        t.setTextOrigin(self.x + (self.width - w) / 2, self.y)
        t.setFont(font, size)
        if tc:
            t.setCharSpace(tc)
        t.textLine(text)
        t.setCharSpace(0)
        self.c.drawText(t)
        self.y -= leading + after
