# small helpers shared by the ReportLab generators of this set
from reportlab.pdfbase.pdfmetrics import stringWidth

def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], []
    for w in words:
        if cur and stringWidth(" ".join(cur + [w]), font, size) > width:
            lines.append(cur); cur = [w]
        else:
            cur.append(w)
    if cur: lines.append(cur)
    return lines

def para_tw(c, x, y, text, font="Helvetica", size=10, width=480, lead=13.5, indent=0):
    """justified paragraph: every full line is one Tj with its own word spacing (Tw)"""
    lines = wrap(text, font, size, width - indent)
    for i, ws in enumerate(lines):
        s = " ".join(ws); t = c.beginText(x + (indent if i == 0 else 0), y); t.setFont(font, size)
        gap = 0
        if i < len(lines) - 1 and len(ws) > 1:
            gap = (width - (indent if i == 0 else 0) - stringWidth(s, font, size)) / (len(ws) - 1)
        t.setWordSpace(gap); t.setCharSpace(0)
        t.textOut(s); c.drawText(t); y -= lead
    return y

def spaced(c, x, y, text, font, size, tc, center_w=None):
    """letter-spaced heading: one Tj with character spacing (Tc)"""
    w = stringWidth(text, font, size) + tc * (len(text) - 1)
    if center_w is not None: x = x + (center_w - w) / 2
    t = c.beginText(x, y); t.setFont(font, size); t.setCharSpace(tc); t.setWordSpace(0); t.textOut(text); t.setCharSpace(0); c.drawText(t)

def glyphs(c, x, y, text, font, size, extra=0.0):
    """every glyph its own BT Tm Tj ET; spaces are not drawn, only skipped"""
    for ch in text:
        w = stringWidth(ch, font, size)
        if ch != " ":
            t = c.beginText(); t.setTextOrigin(x, y); t.setFont(font, size); t.textOut(ch); c.drawText(t)
        x += w + (extra if ch == " " else 0)
    return x

def para_glyphs(c, x, y, text, font="Times-Roman", size=10.5, width=480, lead=14, indent=0):
    lines = wrap(text, font, size, width - indent)
    for i, ws in enumerate(lines):
        s = " ".join(ws); xi = x + (indent if i == 0 else 0)
        extra = 0.0
        if i < len(lines) - 1 and len(ws) > 1:
            extra = (width - (indent if i == 0 else 0) - stringWidth(s, font, size)) / (len(ws) - 1)
        glyphs(c, xi, y, s, font, size, extra); y -= lead
    return y
