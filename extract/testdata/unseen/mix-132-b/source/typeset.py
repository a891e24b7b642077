# -*- coding: utf-8 -*-
"""A tiny typesetter for the hand-written PDF and PostScript prints: lays out
lines with the base-14 Times/Courier metrics and keeps a display list
('t' text with word spacing tw and character spacing tc, 'l' rules).  The
back ends turn it into PDF content streams (Tw/Tc) or PostScript
(widthshow/ashow)."""
from reportlab.pdfbase.pdfmetrics import stringWidth

FONTS = {'R': 'Times-Roman', 'B': 'Times-Bold', 'I': 'Times-Italic', 'C': 'Courier', 'CB': 'Courier-Bold'}

def sw(text, f, size, tc=0.0, tw=0.0):
    return stringWidth(text, FONTS[f], size) + tc * len(text) + tw * text.count(' ')

class Layout:
    def __init__(self, left=70, right=525, top=785, bottom=78, first_top=None):
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.items = []          # (kind, page, ...)
        self.page = 0
        self.y = first_top if first_top is not None else top
        self.npages = 1

    # -- primitives
    def text(self, x, y, s, f='R', size=10.5, tw=0.0, tc=0.0, page=None):
        self.items.append(('t', self.page if page is None else page, x, y, f, size, s, tw, tc))

    def rule(self, x1, y1, x2, y2, w=0.5, page=None):
        self.items.append(('l', self.page if page is None else page, x1, y1, x2, y2, w))

    def newpage(self):
        self.page += 1; self.npages += 1; self.y = self.top

    def need(self, h):
        if self.y - h < self.bottom:
            self.newpage()

    def skip(self, h):
        self.y -= h

    # -- lines
    def line(self, s, f='R', size=10.5, lead=13, align='left', tc=0.0, x=None):
        self.need(lead)
        self.y -= lead
        w = sw(s, f, size, tc)
        if align == 'center':
            xx = (self.left + self.right - w) / 2
        elif align == 'right':
            xx = self.right - w
        else:
            xx = self.left if x is None else x
        self.text(xx, self.y, s, f, size, tc=tc)

    def para(self, s, f='R', size=10.5, lead=13, first=0, indent=0, justify=True, width=None, keep=2):
        words = s.split()
        right = self.right if width is None else self.left + width
        lines, cur, avail = [], [], right - self.left - first
        for w in words:
            trial = ' '.join(cur + [w])
            if cur and sw(trial, f, size) > avail:
                lines.append(cur); cur = [w]; avail = right - self.left - indent
            else:
                cur.append(w)
        if cur:
            lines.append(cur)
        self.need(lead * min(keep, len(lines)))
        for i, ws in enumerate(lines):
            self.need(lead)
            self.y -= lead
            x = self.left + (first if i == 0 else indent)
            s = ' '.join(ws)
            tw = 0.0
            if justify and i < len(lines) - 1 and len(ws) > 1:
                tw = (right - x - sw(s, f, size)) / (len(ws) - 1)
            self.text(x, self.y, s, f, size, tw=tw)
        return len(lines)
