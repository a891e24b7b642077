# small helpers shared by the reportlab generators of this set
from reportlab.pdfbase.pdfmetrics import stringWidth
def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], []
    for w in words:
        t = " ".join(cur + [w])
        if cur and stringWidth(t, font, size) > width:
            lines.append(cur); cur = [w]
        else:
            cur.append(w)
    if cur: lines.append(cur)
    return lines
def justified(c, x, y, text, font, size, width, lead, tw=True):
    """draws a paragraph; every full line is justified by setting Tw (word spacing)"""
    lines = wrap(text, font, size, width)
    for i, ws in enumerate(lines):
        s = " ".join(ws)
        to = c.beginText(x, y); to.setFont(font, size)
        if tw and i < len(lines) - 1 and len(ws) > 1:
            to.setWordSpace((width - stringWidth(s, font, size)) / (len(ws) - 1))
        else:
            to.setWordSpace(0)
        to.textLine(s); c.drawText(to); y -= lead
    return y
def glyphs(c, x, y, text, font, size, width, lead, last_left=True):
    """one Tm+Tj per glyph; full lines justified by moving the glyphs themselves"""
    lines = wrap(text, font, size, width)
    for i, ws in enumerate(lines):
        s = " ".join(ws)
        extra = 0
        if i < len(lines) - 1 and len(ws) > 1:
            extra = (width - stringWidth(s, font, size)) / (len(ws) - 1)
        cx = x
        for ch in s:
            if ch == " ":
                cx += stringWidth(" ", font, size) + extra; continue
            to = c.beginText(); to.setFont(font, size); to.setTextOrigin(cx, y); to.textOut(ch); c.drawText(to)
            cx += stringWidth(ch, font, size)
        y -= lead
    return y
