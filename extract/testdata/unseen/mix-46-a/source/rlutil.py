# small helpers shared by the reportlab-made documents
from reportlab.pdfbase.pdfmetrics import stringWidth
def wrap(text, font, size, width):
    words, lines, cur = text.split(' '), [], ''
    for w in words:
        t = (cur + ' ' + w) if cur else w
        if stringWidth(t, font, size) <= width: cur = t
        else: lines.append(cur); cur = w
    if cur: lines.append(cur)
    return lines
def glyphs(c, x, y, text, font, size, charspace=0):
    """place every glyph with its own text matrix (one Tm + Tj per glyph)"""
    to = c.beginText(); to.setFont(font, size)
    for ch in text:
        to.setTextOrigin(x, y); to.textOut(ch)
        x += stringWidth(ch, font, size) + charspace
    c.drawText(to)
    return x
def justified(c, x, y, text, font, size, width, leading, last_left=True, glyphwise=False):
    """justify with the Tw word-spacing operator; returns new y"""
    lines = wrap(text, font, size, width)
    for i, ln in enumerate(lines):
        to = c.beginText(); to.setFont(font, size); to.setTextOrigin(x, y)
        nsp = ln.count(' ')
        if i < len(lines) - 1 and nsp:
            to.setWordSpace((width - stringWidth(ln, font, size)) / nsp)
        to.textOut(ln); to.setWordSpace(0)
        c.drawText(to); y -= leading
    return y
