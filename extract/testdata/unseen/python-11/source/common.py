"""Shared helpers for the round-11 acts (ReportLab part)."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DV = "/usr/share/fonts/truetype/dejavu/"

def fonts():
    for name, f in [("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
                    ("DejaVuSans-Oblique", "DejaVuSans-Oblique.ttf"),
                    ("DejaVuSerif", "DejaVuSerif.ttf"), ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
                    ("DejaVuSerif-Italic", "DejaVuSerif-Italic.ttf"),
                    ("DejaVuSansCondensed", "DejaVuSansCondensed.ttf"),
                    ("DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Bold.ttf")]:
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, DV + f))
    from reportlab.lib.fonts import addMapping
    addMapping("DejaVuSans", 0, 0, "DejaVuSans"); addMapping("DejaVuSans", 1, 0, "DejaVuSans-Bold")
    addMapping("DejaVuSans", 0, 1, "DejaVuSans-Oblique"); addMapping("DejaVuSans", 1, 1, "DejaVuSans-Bold")
    addMapping("DejaVuSerif", 0, 0, "DejaVuSerif"); addMapping("DejaVuSerif", 1, 0, "DejaVuSerif-Bold")
    addMapping("DejaVuSerif", 0, 1, "DejaVuSerif-Italic"); addMapping("DejaVuSerif", 1, 1, "DejaVuSerif-Bold")
    addMapping("DejaVuSansCondensed", 0, 0, "DejaVuSansCondensed")
    addMapping("DejaVuSansCondensed", 1, 0, "DejaVuSansCondensed-Bold")
    addMapping("DejaVuSansCondensed", 0, 1, "DejaVuSansCondensed")
    addMapping("DejaVuSansCondensed", 1, 1, "DejaVuSansCondensed-Bold")

def styles(font="Times-Roman", bold="Times-Bold", size=10.5, lead=None):
    lead = lead or size * 1.32
    s = {}
    s["body"] = ParagraphStyle("body", fontName=font, fontSize=size, leading=lead, alignment=TA_JUSTIFY, spaceAfter=4)
    s["left"] = ParagraphStyle("left", parent=s["body"], alignment=TA_LEFT)
    s["center"] = ParagraphStyle("center", parent=s["body"], alignment=TA_CENTER)
    s["right"] = ParagraphStyle("right", parent=s["body"], alignment=TA_RIGHT)
    s["bc"] = ParagraphStyle("bc", parent=s["center"], fontName=bold)
    s["b"] = ParagraphStyle("b", parent=s["body"], fontName=bold)
    s["h"] = ParagraphStyle("h", parent=s["center"], fontName=bold, fontSize=size + 3, leading=(size + 3) * 1.25, spaceAfter=2)
    s["small"] = ParagraphStyle("small", parent=s["body"], fontSize=size - 2.5, leading=(size - 2.5) * 1.3)
    s["smallc"] = ParagraphStyle("smallc", parent=s["small"], alignment=TA_CENTER)
    s["cell"] = ParagraphStyle("cell", parent=s["left"], fontSize=size - 1, leading=(size - 1) * 1.2, spaceAfter=0)
    s["bullet"] = ParagraphStyle("bullet", parent=s["body"], leftIndent=8 * mm, firstLineIndent=-6 * mm)
    return s

def numbered_canvas(draw):
    """Canvas class that knows the page count: draw(canv, page, total)."""
    class NC(canvas.Canvas):
        def __init__(self, *a, **k):
            canvas.Canvas.__init__(self, *a, **k)
            self._saved = []
        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()
        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                draw(self, self._pageNumber, n)
                canvas.Canvas.showPage(self)
            canvas.Canvas.save(self)
    return NC

def out(name):
    return os.path.join(OUT, name)
