# Shared helpers for the ReportLab-made acts.
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT, TA_RIGHT

FONTDIR = "/usr/share/fonts/truetype/dejavu/"


def register_dejavu():
    for name, f in [("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
                    ("DejaVuSans-Oblique", "DejaVuSans-Oblique.ttf"),
                    ("DejaVuSerif", "DejaVuSerif.ttf"), ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
                    ("DejaVuSerif-Italic", "DejaVuSerif-Italic.ttf"),
                    ("DejaVuSerif-BoldItalic", "DejaVuSerif-BoldItalic.ttf")]:
        pdfmetrics.registerFont(TTFont(name, FONTDIR + f))
    from reportlab.lib.fonts import addMapping
    addMapping("DejaVuSans", 0, 0, "DejaVuSans")
    addMapping("DejaVuSans", 1, 0, "DejaVuSans-Bold")
    addMapping("DejaVuSans", 0, 1, "DejaVuSans-Oblique")
    addMapping("DejaVuSans", 1, 1, "DejaVuSans-Bold")
    addMapping("DejaVuSerif", 0, 0, "DejaVuSerif")
    addMapping("DejaVuSerif", 1, 0, "DejaVuSerif-Bold")
    addMapping("DejaVuSerif", 0, 1, "DejaVuSerif-Italic")
    addMapping("DejaVuSerif", 1, 1, "DejaVuSerif-BoldItalic")


def numbered_canvas(draw_totals):
    """A canvas class that knows the page count when each page is finished.
    draw_totals(canvas, page_no, total) draws the parts that need the total."""
    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                draw_totals(self, self._pageNumber, n)
                canvas.Canvas.showPage(self)
            canvas.Canvas.save(self)
    return NumberedCanvas


class Spaced(Flowable):
    """One line drawn with real letter spacing (charSpace), centred or left."""
    def __init__(self, text, font, size, char_space=2.5, align="center", space_after=4):
        super().__init__()
        self.text, self.font, self.size = text, font, size
        self.cs, self.align, self.sa = char_space, align, space_after

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.size * 1.3 + self.sa

    def draw(self):
        c = self.canv
        c.setFont(self.font, self.size)
        w = pdfmetrics.stringWidth(self.text, self.font, self.size) + self.cs * (len(self.text) - 1)
        if self.align == "center":
            x = (self.aw - w) / 2
        elif self.align == "right":
            x = self.aw - w
        else:
            x = 0
        c.drawString(x, self.sa + 2, self.text, charSpace=self.cs)


def styles(font, size=10.5, leading=None, bold=None, italic=None):
    leading = leading or size * 1.35
    bold = bold or font + "-Bold"
    s = {}
    s["body"] = ParagraphStyle("body", fontName=font, fontSize=size, leading=leading,
                               alignment=TA_JUSTIFY, spaceAfter=4)
    s["bodyc"] = ParagraphStyle("bodyc", parent=s["body"], alignment=TA_CENTER)
    s["bodyl"] = ParagraphStyle("bodyl", parent=s["body"], alignment=TA_LEFT)
    s["bodyr"] = ParagraphStyle("bodyr", parent=s["body"], alignment=TA_RIGHT)
    s["head"] = ParagraphStyle("head", parent=s["body"], fontName=bold, alignment=TA_CENTER,
                               spaceBefore=8, spaceAfter=8, fontSize=size + 1)
    s["small"] = ParagraphStyle("small", parent=s["body"], fontSize=size - 2.5, leading=(size - 2.5) * 1.3)
    s["smallc"] = ParagraphStyle("smallc", parent=s["small"], alignment=TA_CENTER)
    s["cell"] = ParagraphStyle("cell", parent=s["body"], alignment=TA_LEFT, spaceAfter=0,
                               fontSize=size - 1, leading=(size - 1) * 1.25)
    s["cellc"] = ParagraphStyle("cellc", parent=s["cell"], alignment=TA_CENTER)
    s["point"] = ParagraphStyle("point", parent=s["body"], leftIndent=18, firstLineIndent=-18)
    s["bullet"] = ParagraphStyle("bullet", parent=s["body"], leftIndent=14, firstLineIndent=-14)
    return s
