"""Shared helpers for the generator scripts (fonts, paths)."""
import os
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

OUT = os.path.dirname(os.path.abspath(__file__))
DJ = "/usr/share/fonts/truetype/dejavu/"

def register_dejavu():
    for name, fn in [("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
                     ("DejaVuSans-Oblique", "DejaVuSans-Oblique.ttf"),
                     ("DejaVuSerif", "DejaVuSerif.ttf"), ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
                     ("DejaVuSerif-Italic", "DejaVuSerif-Italic.ttf"),
                     ("DejaVuSansCondensed", "DejaVuSansCondensed.ttf"),
                     ("DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Bold.ttf")]:
        pdfmetrics.registerFont(TTFont(name, DJ + fn))
    from reportlab.lib.fonts import addMapping
    addMapping("DejaVuSans", 0, 0, "DejaVuSans"); addMapping("DejaVuSans", 1, 0, "DejaVuSans-Bold")
    addMapping("DejaVuSans", 0, 1, "DejaVuSans-Oblique"); addMapping("DejaVuSans", 1, 1, "DejaVuSans-Bold")
    addMapping("DejaVuSerif", 0, 0, "DejaVuSerif"); addMapping("DejaVuSerif", 1, 0, "DejaVuSerif-Bold")
    addMapping("DejaVuSerif", 0, 1, "DejaVuSerif-Italic"); addMapping("DejaVuSerif", 1, 1, "DejaVuSerif-Bold")

def out(name):
    return os.path.join(OUT, name)


class CanvasWriter:
    """Minimal flowing-text writer over a raw reportlab canvas (left-aligned or justified lines)."""
    def __init__(self, c, left, right, top, bottom, on_new_page=None):
        from reportlab.lib.pagesizes import A4
        self.c, self.left, self.right, self.top, self.bottom = c, left, right, top, bottom
        self.W, self.H = A4
        self.on_new_page = on_new_page
        self.page = 1
        self.y = self.H - top
        if on_new_page:
            on_new_page(self)

    def need(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    def new_page(self):
        self.c.showPage(); self.page += 1; self.y = self.H - self.top
        if self.on_new_page:
            self.on_new_page(self)

    def para(self, text, font, size, leading=None, indent=0, hang=None, justify=True, after=3, first=None):
        """hang: (label, width) printed before the first line; continuation lines indented by width."""
        from reportlab.lib.utils import simpleSplit
        from reportlab.pdfbase.pdfmetrics import stringWidth
        leading = leading or size * 1.35
        x0 = self.left + indent
        width = self.W - self.right - x0
        if hang:
            label, hw = hang
            x0 += hw; width -= hw
        lines = simpleSplit(text, font, size, width)
        for i, ln in enumerate(lines):
            self.need(leading)
            self.y -= leading
            if hang and i == 0:
                self.c.setFont(font, size); self.c.drawString(x0 - hang[1], self.y, hang[0])
            self.c.setFont(font, size)
            if justify and i < len(lines) - 1 and ln.count(" ") > 0:
                words = ln.split(" ")
                tw = sum(stringWidth(w, font, size) for w in words)
                gap = (width - tw) / (len(words) - 1)
                x = x0
                for w in words:
                    self.c.drawString(x, self.y, w); x += stringWidth(w, font, size) + gap
            else:
                self.c.drawString(x0, self.y, ln)
        self.y -= after

    def center(self, text, font, size, after=4, leading=None):
        leading = leading or size * 1.4
        self.need(leading); self.y -= leading
        self.c.setFont(font, size); self.c.drawCentredString(self.W / 2, self.y, text)
        self.y -= after

    def space(self, h):
        self.y -= h
