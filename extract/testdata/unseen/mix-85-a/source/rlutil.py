# shared helpers for the reportlab generators (justified paragraphs with Tw, letter-spaced headings with Tc)
from reportlab.pdfbase.pdfmetrics import stringWidth
def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width: cur = t
        else: lines.append(cur); cur = w
    if cur: lines.append(cur)
    return lines
def para(c, x, y, text, font="Helvetica", size=10, width=480, lead=13.5, indent=0):
    """justified paragraph: every full line gets its own Tw (word spacing)"""
    lines = wrap(text, font, size, width - indent)
    for i, ln in enumerate(lines):
        t = c.beginText(x + indent, y); t.setFont(font, size)
        n = ln.count(" "); t.setCharSpace(0)
        t.setWordSpace((width - indent - stringWidth(ln, font, size)) / n if i < len(lines) - 1 and n else 0)
        t.textOut(ln); c.drawText(t); y -= lead
    return y
def spaced(c, x, y, text, font="Helvetica-Bold", size=12, tc=2.0, center=None):
    """heading with character spacing Tc"""
    w = stringWidth(text, font, size) + tc * (len(text) - 1)
    if center is not None: x = center - w / 2
    t = c.beginText(x, y); t.setFont(font, size); t.setCharSpace(tc); t.textOut(text); t.setCharSpace(0); c.drawText(t)
