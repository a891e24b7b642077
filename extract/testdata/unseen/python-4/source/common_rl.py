"""Small helpers shared by the ReportLab generators of this set."""
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONTDIR = "/usr/share/fonts/truetype/dejavu/"


def register_dejavu(family="DejaVuSerif"):
    """Register a DejaVu family (regular, bold, italic, bold-italic) and return its names."""
    if family == "DejaVuSerif":
        files = ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf")
    elif family == "DejaVuSans":
        files = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf")
    elif family == "DejaVuSansCondensed":
        files = ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf",
                 "DejaVuSansCondensed-Oblique.ttf", "DejaVuSansCondensed-BoldOblique.ttf")
    else:
        raise ValueError(family)
    names = (family, family + "-Bold", family + "-Italic", family + "-BoldItalic")
    for n, f in zip(names, files):
        pdfmetrics.registerFont(TTFont(n, FONTDIR + f))
    pdfmetrics.registerFontFamily(family, normal=names[0], bold=names[1], italic=names[2], boldItalic=names[3])
    return names


class CanvasWriter:
    """Flow wrapped paragraphs down a ReportLab canvas, calling on_page for every new page."""

    def __init__(self, canv, left, right, top, bottom, on_page=None):
        from reportlab.lib.pagesizes import A4
        self.c = canv
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.width = A4[0] - left - right
        self.on_page = on_page
        self.page = 1
        self.y = A4[1] - top
        if on_page:
            on_page(self.c, self.page)

    def new_page(self):
        from reportlab.lib.pagesizes import A4
        self.c.showPage()
        self.page += 1
        self.y = A4[1] - self.top
        if self.on_page:
            self.on_page(self.c, self.page)

    def need(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    def para(self, text, font, size, leading=None, indent=0, hang=None, align="left", gap=3, label=None,
             label_font=None):
        """Wrap text; `label` is drawn in the hanging indent of the first line (e.g. "1)")."""
        from reportlab.lib.utils import simpleSplit
        from reportlab.pdfbase.pdfmetrics import stringWidth
        leading = leading or size * 1.3
        x0 = self.left + indent + (hang or 0)
        w = self.width - indent - (hang or 0)
        lines = simpleSplit(text, font, size, w)
        for i, ln in enumerate(lines):
            self.need(leading)
            self.y -= leading
            if i == 0 and label:
                self.c.setFont(label_font or font, size)
                self.c.drawString(self.left + indent, self.y, label)
            self.c.setFont(font, size)
            if align == "center":
                self.c.drawCentredString(self.left + self.width / 2, self.y, ln)
            elif align == "justify" and i < len(lines) - 1 and " " in ln:
                words = ln.split(" ")
                tw = sum(stringWidth(wd, font, size) for wd in words)
                sp = (w - tw) / (len(words) - 1)
                x = x0
                for wd in words:
                    self.c.drawString(x, self.y, wd)
                    x += stringWidth(wd, font, size) + sp
            else:
                self.c.drawString(x0, self.y, ln)
        self.y -= gap

    def space(self, h):
        self.y -= h
