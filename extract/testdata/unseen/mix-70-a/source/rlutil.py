# Small helpers shared by the ReportLab generators of this set.
from reportlab.pdfbase.pdfmetrics import stringWidth

def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur); cur = w
    if cur: lines.append(cur)
    return lines

def glyph_line(c, x, y, text, font, size, width=None):
    """Every glyph in its own BT/Tf/Td/Tj/ET; spaces are not drawn, only skipped.
    With width the line is justified by widening the gaps (no Tw, no space glyphs)."""
    extra = 0.0
    gaps = text.count(" ")
    if width and gaps:
        extra = (width - stringWidth(text, font, size)) / gaps
    cx = x
    for ch in text:
        w = stringWidth(ch, font, size)
        if ch == " ":
            cx += w + extra
            continue
        c.setFont(font, size)
        c.drawString(cx, y, ch)
        cx += w
    return cx

def glyph_par(c, x, y, text, font, size, width, leading, justify=True):
    lines = wrap(text, font, size, width)
    for i, ln in enumerate(lines):
        glyph_line(c, x, y, ln, font, size, width if (justify and i < len(lines) - 1) else None)
        y -= leading
    return y

def tw_par(c, x, y, text, font, size, width, leading, justify=True, tc=0.0):
    """A paragraph whose lines are justified with the Tw operator (word spacing)."""
    lines = wrap(text, font, size, width)
    for i, ln in enumerate(lines):
        t = c.beginText(x, y); t.setFont(font, size); t.setCharSpace(tc)
        gaps = ln.count(" ")
        if justify and gaps and i < len(lines) - 1:
            t.setWordSpace((width - stringWidth(ln, font, size) - tc * len(ln)) / gaps)
        else:
            t.setWordSpace(0)
        t.textOut(ln); c.drawText(t)
        y -= leading
    return y

def tc_heading(c, xc, y, text, font, size, tc):
    """A centred heading letter-spaced with Tc (no space characters added)."""
    w = stringWidth(text, font, size) + tc * (len(text) - 1)
    t = c.beginText(xc - w / 2, y); t.setFont(font, size); t.setCharSpace(tc); t.textOut(text); c.drawText(t)
