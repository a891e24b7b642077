"""Small helpers shared by the ReportLab scripts: justified lines written
with word spacing (Tw) the way many report engines do, letter-spaced
headings with character spacing (Tc)."""
from reportlab.pdfbase.pdfmetrics import stringWidth


def wrap(text, font, size, width):
    words = text.split()
    lines, cur = [], []
    for w in words:
        trial = " ".join(cur + [w])
        if cur and stringWidth(trial, font, size) > width:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def justified(c, x, y, text, font, size, width, leading, indent=0, tc=0.0):
    """Draw a paragraph justified with Tw; returns the new y."""
    lines = wrap(text, font, size, width - indent)
    for i, ws in enumerate(lines):
        line = " ".join(ws)
        t = c.beginText()
        t.setTextOrigin(x + (indent if i == 0 else 0), y)
        t.setFont(font, size)
        if tc:
            t.setCharSpace(tc)
        avail = width - (indent if i == 0 else 0)
        if i < len(lines) - 1 and len(ws) > 1:
            natural = stringWidth(line, font, size) + tc * len(line)
            t.setWordSpace((avail - natural) / (len(ws) - 1))
        else:
            t.setWordSpace(0)
        t.textLine(line)
        t.setWordSpace(0)
        if tc:
            t.setCharSpace(0)
        c.drawText(t)
        y -= leading
    return y


def spaced(c, x, y, text, font, size, tc, center_width=None):
    """A heading letter-spaced with Tc (no space characters added)."""
    w = stringWidth(text, font, size) + tc * (len(text) - 1)
    if center_width is not None:
        x = x + (center_width - w) / 2
    t = c.beginText()
    t.setTextOrigin(x, y)
    t.setFont(font, size)
    t.setCharSpace(tc)
    t.textLine(text)
    t.setCharSpace(0)
    c.drawText(t)
