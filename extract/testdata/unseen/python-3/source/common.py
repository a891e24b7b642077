"""Shared helpers for the fresh-e generators."""
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
import os
if not os.path.exists(FONTDIR + "DejaVuSans.ttf"):
    import glob
    FONTDIR = os.path.dirname(glob.glob("/usr/share/fonts/**/DejaVuSans.ttf", recursive=True)[0]) + "/"


def register_dejavu(family="DejaVuSerif"):
    """Register a DejaVu family (regular/bold/italic/bolditalic) with ReportLab."""
    if family == "DejaVuSerif":
        files = ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf")
    elif family == "DejaVuSans":
        files = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf")
    elif family == "DejaVuSansCondensed":
        files = ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Oblique.ttf", "DejaVuSansCondensed-BoldOblique.ttf")
    names = [family, family + "-Bold", family + "-Italic", family + "-BoldItalic"]
    for n, f in zip(names, files):
        pdfmetrics.registerFont(TTFont(n, FONTDIR + f))
    from reportlab.lib.fonts import addMapping
    addMapping(family, 0, 0, names[0])
    addMapping(family, 1, 0, names[1])
    addMapping(family, 0, 1, names[2])
    addMapping(family, 1, 1, names[3])
    return names
