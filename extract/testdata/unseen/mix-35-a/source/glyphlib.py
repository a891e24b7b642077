# Small helpers shared by the reportlab generators.
# GlyphWriter draws every glyph with its own text matrix (one Tm + Tj per
# character, no space glyphs): the way some report engines emit text.
from reportlab.pdfbase.pdfmetrics import stringWidth


def wrap(text, font, size, width):
    words = text.split()
    lines, cur = [], []
    for w in words:
        trial = ' '.join(cur + [w])
        if cur and stringWidth(trial, font, size) > width:
            lines.append(cur); cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


class GlyphWriter:
    def __init__(self, canvas):
        self.c = canvas

    def glyphs(self, x, y, text, font, size, gap=None):
        """draw text char by char starting at x; spaces are skipped (advance only)."""
        t = self.c.beginText()
        t.setFont(font, size)
        sw = stringWidth(' ', font, size) if gap is None else gap
        for ch in text:
            if ch == ' ':
                x += sw
                continue
            t.setTextOrigin(x, y)
            t.textOut(ch)
            x += stringWidth(ch, font, size)
        self.c.drawText(t)
        return x

    def line(self, x, y, text, font, size, align='l', width=None):
        w = stringWidth(text, font, size)
        if align == 'c':
            x = x + (width - w) / 2
        elif align == 'r':
            x = x + width - w
        return self.glyphs(x, y, text, font, size)

    def para(self, x, y, text, font, size, width, lead=None, justify=True, indent=0):
        lead = lead or size * 1.35
        lines = wrap(text, font, size, width - indent)
        for i, words in enumerate(lines):
            last = i == len(lines) - 1
            xx = x + (indent if i else 0)
            ww = width - (indent if i else 0)
            if i == 0 and indent:
                xx, ww = x, width
            if justify and not last and len(words) > 1:
                tot = sum(stringWidth(w, font, size) for w in words)
                gap = (ww - tot) / (len(words) - 1)
                self.glyphs(xx, y, ' '.join(words), font, size, gap=gap)
            else:
                self.glyphs(xx, y, ' '.join(words), font, size)
            y -= lead
        return y
