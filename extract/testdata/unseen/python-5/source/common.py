"""Shared helpers: font registration for ReportLab; output dir."""
import os
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
DJ = '/usr/share/fonts/truetype/dejavu/'

def reg_dejavu(family='DejaVuSans'):
    if family == 'DejaVuSans':
        files = ('DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans-BoldOblique.ttf')
    elif family == 'DejaVuSerif':
        files = ('DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf', 'DejaVuSerif-Italic.ttf', 'DejaVuSerif-BoldItalic.ttf')
    elif family == 'DejaVuSansCondensed':
        files = ('DejaVuSansCondensed.ttf', 'DejaVuSansCondensed-Bold.ttf', 'DejaVuSansCondensed-Oblique.ttf', 'DejaVuSansCondensed-BoldOblique.ttf')
    names = [family, family + '-Bold', family + '-Italic', family + '-BoldItalic']
    for n, f in zip(names, files):
        pdfmetrics.registerFont(TTFont(n, DJ + f))
    addMapping(family, 0, 0, names[0]); addMapping(family, 1, 0, names[1])
    addMapping(family, 0, 1, names[2]); addMapping(family, 1, 1, names[3])
    return names

def out(name):
    return os.path.join(OUT, name)


from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth


class Flow:
    """Minimal canvas text flow: justified/left paragraphs with page breaks."""
    def __init__(self, c, x0, x1, ytop, ybottom, on_page=None):
        self.c, self.x0, self.x1, self.ytop, self.yb = c, x0, x1, ytop, ybottom
        self.y = ytop
        self.on_page = on_page
        self.page = 1
        if on_page:
            on_page(self)

    def need(self, h):
        if self.y - h < self.yb:
            self.newpage()

    def newpage(self):
        self.c.showPage(); self.page += 1; self.y = self.ytop
        if self.on_page:
            self.on_page(self)

    def space(self, h):
        self.y -= h

    def para(self, text, font='Helvetica', size=10, leading=None, indent=0, first=None, justify=True, align='left', hang=None):
        """hang: a label drawn at x0+indent, text starting at x0+indent+hang."""
        leading = leading or size * 1.3
        c = self.c
        x = self.x0 + indent
        width = self.x1 - x
        label = None
        if hang is not None:
            label, text = text
            x += hang; width -= hang
        lines = simpleSplit(text, font, size, width)
        for i, ln in enumerate(lines):
            self.need(leading)
            self.y -= leading
            c.setFont(font, size)
            if i == 0 and label is not None:
                c.drawString(x - hang, self.y, label)
            if align == 'center':
                c.drawCentredString((self.x0 + self.x1) / 2, self.y, ln)
            elif align == 'right':
                c.drawRightString(self.x1, self.y, ln)
            elif justify and i < len(lines) - 1 and ln.count(' ') > 0:
                words = ln.split(' ')
                tw = sum(stringWidth(w, font, size) for w in words)
                gap = (width - tw) / (len(words) - 1)
                xx = x
                for w in words:
                    c.drawString(xx, self.y, w); xx += stringWidth(w, font, size) + gap
            else:
                c.drawString(x, self.y, ln)
        return self.y
