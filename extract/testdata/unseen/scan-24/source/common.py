"""Shared helpers for the clean (pre-scan) PDFs: fonts, styles, marks.

A Spot is a flowable that records where it was drawn (page, x, y, w, h in
PDF points) into MARKS, so that scan.py can put a handwritten signature,
a tick, a handwritten figure or a stamp exactly there on the scanned image.
"""
import json
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import Flowable, Paragraph

FONTDIR = "/usr/share/fonts/truetype/"
FAMILIES = {
    "LibSerif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf",
                 "liberation/LiberationSerif-Italic.ttf", "liberation/LiberationSerif-BoldItalic.ttf"),
    "LibSans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf",
                "liberation/LiberationSans-Italic.ttf", "liberation/LiberationSans-BoldItalic.ttf"),
    "DejaSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf",
                 "dejavu/DejaVuSans-Oblique.ttf", "dejavu/DejaVuSans-BoldOblique.ttf"),
    "DejaSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf",
                  "dejavu/DejaVuSerif-Italic.ttf", "dejavu/DejaVuSerif-BoldItalic.ttf"),
    "Carlito": ("crosextra/Carlito-Regular.ttf", "crosextra/Carlito-Bold.ttf",
                "crosextra/Carlito-Italic.ttf", "crosextra/Carlito-BoldItalic.ttf"),
    "Caladea": ("crosextra/Caladea-Regular.ttf", "crosextra/Caladea-Bold.ttf",
                "crosextra/Caladea-Italic.ttf", "crosextra/Caladea-BoldItalic.ttf"),
    "LibMono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf",
                "liberation/LiberationMono-Italic.ttf", "liberation/LiberationMono-BoldItalic.ttf"),
    "LibNarrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf",
                  "liberation/LiberationSansNarrow-Italic.ttf", "liberation/LiberationSansNarrow-BoldItalic.ttf"),
}

for fam, files in FAMILIES.items():
    names = [fam, fam + "-Bold", fam + "-Italic", fam + "-BoldItalic"]
    for n, f in zip(names, files):
        pdfmetrics.registerFont(TTFont(n, FONTDIR + f))
    addMapping(fam, 0, 0, names[0])
    addMapping(fam, 1, 0, names[1])
    addMapping(fam, 0, 1, names[2])
    addMapping(fam, 1, 1, names[3])

MARKS = []


class Spot(Flowable):
    """Reserve w x h points and record where they landed."""

    def __init__(self, doc, name, w=0, h=0, **extra):
        Flowable.__init__(self)
        self.docname, self.name, self.w, self.h, self.extra = doc, name, w, h, extra
        self.hAlign = extra.get("align", "center" if name == "stamp" else "left").upper()

    def wrap(self, aw, ah):
        return self.w, self.h

    def draw(self):
        x, y = self.canv.absolutePosition(0, 0)
        m = dict(doc=self.docname, name=self.name, page=self.canv.getPageNumber(),
                 x=round(x, 1), y=round(y, 1), w=self.w, h=self.h)
        m.update(self.extra)
        MARKS.append(m)


class Box(Spot):
    """An empty printed check box that records itself (for a hand tick)."""

    def draw(self):
        Spot.draw(self)
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, self.w, self.h)


def canvas_mark(canv, doc, name, x, y, w, h, **extra):
    m = dict(doc=doc, name=name, page=canv.getPageNumber(), x=x, y=y, w=w, h=h)
    m.update(extra)
    MARKS.append(m)


def save_marks(path):
    with open(path, "w") as f:
        json.dump(MARKS, f, indent=1, ensure_ascii=False)


def styles(font, size=10.5, lead=None):
    lead = lead or size * 1.3
    s = {}
    s["body"] = ParagraphStyle("body", fontName=font, fontSize=size, leading=lead,
                               alignment=TA_JUSTIFY, spaceAfter=size * 0.45)
    s["left"] = ParagraphStyle("left", parent=s["body"], alignment=TA_LEFT)
    s["center"] = ParagraphStyle("center", parent=s["body"], alignment=TA_CENTER)
    s["right"] = ParagraphStyle("right", parent=s["body"], alignment=TA_RIGHT)
    s["bc"] = ParagraphStyle("bc", parent=s["center"], fontName=font + "-Bold")
    s["bl"] = ParagraphStyle("bl", parent=s["left"], fontName=font + "-Bold")
    s["bj"] = ParagraphStyle("bj", parent=s["body"], fontName=font + "-Bold")
    s["small"] = ParagraphStyle("small", parent=s["left"], fontSize=size * 0.8, leading=size * 1.0)
    s["smallc"] = ParagraphStyle("smallc", parent=s["small"], alignment=TA_CENTER)
    s["title"] = ParagraphStyle("title", parent=s["bc"], fontSize=size * 1.35, leading=size * 1.7)
    s["cell"] = ParagraphStyle("cell", parent=s["left"], fontSize=size * 0.92, leading=size * 1.1,
                               spaceAfter=0)
    s["cellc"] = ParagraphStyle("cellc", parent=s["cell"], alignment=TA_CENTER)
    s["cellb"] = ParagraphStyle("cellb", parent=s["cell"], fontName=font + "-Bold")
    s["item"] = ParagraphStyle("item", parent=s["body"], leftIndent=22, bulletIndent=4)
    return s


def P(text, st):
    """Paragraph from plain text (escaped); **x** is not supported: pass markup via PM."""
    return Paragraph(escape(text), st)


def PM(markup, st):
    return Paragraph(markup, st)


def e(text):
    return escape(text)
