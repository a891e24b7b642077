# Tiny flowing-text helper over a ReportLab canvas (used by the canvas-made acts)
from reportlab.lib.utils import simpleSplit
from reportlab.lib.units import mm

class Writer:
    def __init__(self, c, left=22*mm, right=188*mm, top=275*mm, bottom=22*mm, on_new_page=None, on_end_page=None):
        self.c, self.left, self.right, self.top, self.bottom = c, left, right, top, bottom
        self.y = top
        self.on_new_page = on_new_page
        self.on_end_page = on_end_page
        self.page = 1
    def need(self, h):
        if self.y - h < self.bottom:
            self.newpage()
    def newpage(self):
        if self.on_end_page:
            self.on_end_page(self)
        self.c.showPage(); self.page += 1
        self.y = self.top
        if self.on_new_page:
            self.on_new_page(self)
    def text(self, t, font="Times-Roman", size=11, lead=None, indent=0, hang=0, align="left", justify=True, after=3):
        lead = lead or size * 1.3
        width = self.right - self.left - indent
        lines = simpleSplit(t, font, size, width - hang) if hang else simpleSplit(t, font, size, width)
        for i, ln in enumerate(lines):
            self.need(lead)
            self.y -= lead
            x = self.left + indent + (hang if (hang and i > 0) else 0)
            self.c.setFont(font, size)
            if align == "center":
                self.c.drawCentredString((self.left + self.right) / 2, self.y, ln)
            elif align == "right":
                self.c.drawRightString(self.right, self.y, ln)
            elif justify and i < len(lines) - 1 and " " in ln:
                w = width - (hang if (hang and i > 0) else 0)
                words = ln.split(" ")
                tw = sum(self.c.stringWidth(wd, font, size) for wd in words)
                gap = (w - tw) / (len(words) - 1)
                xx = x
                for wd in words:
                    self.c.drawString(xx, self.y, wd); xx += self.c.stringWidth(wd, font, size) + gap
            else:
                self.c.drawString(x, self.y, ln)
        self.y -= after
    def item(self, label, t, font="Times-Roman", size=11, lead=None, indent=0, labw=8*mm, after=3):
        lead = lead or size * 1.3
        self.need(lead)
        self.c.setFont(font, size)
        self.c.drawString(self.left + indent, self.y - lead, label)
        self.text(t, font, size, lead, indent=indent + labw, after=after)
    def space(self, h):
        self.y -= h

def pair(w, left, right, font="Times-Roman", size=11, lead=None, xr=None):
    """One line with text at the left margin and text at the right margin (or at xr)."""
    lead = lead or size * 1.3
    w.need(lead); w.y -= lead
    w.c.setFont(font, size)
    w.c.drawString(w.left, w.y, left)
    if xr is None:
        w.c.drawRightString(w.right, w.y, right)
    else:
        w.c.drawString(xr, w.y, right)

def labelled(w, label, t, font="Times-Bold", size=11, labw=22*mm, after=3):
    """A label (OGGETTO:) with its text indented beside it."""
    lead = size * 1.3
    w.need(lead)
    w.c.setFont(font, size); w.c.drawString(w.left, w.y - lead, label)
    w.text(t, font, size, indent=labw, after=after)
