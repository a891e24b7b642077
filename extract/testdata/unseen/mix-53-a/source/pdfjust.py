"""Small helpers shared by the canvas-level generators: word wrapping and
justification with the PDF operators Tw (word spacing) and Tc (character
spacing), the way several municipal packages justify their text."""
from reportlab.pdfbase.pdfmetrics import stringWidth


def wrap(text, font, size, width):
    words = text.split()
    lines, cur = [], []
    for w in words:
        trial = ' '.join(cur + [w])
        if cur and stringWidth(trial, font, size) > width:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return [' '.join(l) for l in lines]


def justified(c, x, y, text, font, size, width, leading, indent=0, tc_mode=False):
    """Draw a justified paragraph; returns the y below it.
    tc_mode: spread the slack with Tc (character spacing) instead of Tw."""
    lines = wrap(text, font, size, width - indent)
    for i, line in enumerate(lines):
        t = c.beginText()
        t.setFont(font, size)
        t.setTextOrigin(x + (indent if i == 0 else 0), y)
        w = width - (indent if i == 0 else 0)
        last = i == len(lines) - 1
        if not last:
            slack = w - stringWidth(line, font, size)
            if tc_mode and len(line) > 1:
                t.setCharSpace(slack / (len(line) - 1))
            else:
                n = line.count(' ')
                if n:
                    t.setWordSpace(slack / n)
        t.textLine(line)
        c.saveState()
        c.drawText(t)
        c.restoreState()
        y -= leading
    return y


def spaced(c, x, y, text, font, size, tc, center_width=None):
    """A letter-spaced heading drawn with Tc."""
    w = stringWidth(text, font, size) + tc * (len(text) - 1)
    if center_width is not None:
        x = x + (center_width - w) / 2
    t = c.beginText()
    t.setFont(font, size)
    t.setCharSpace(tc)
    t.setTextOrigin(x, y)
    t.textLine(text)
    c.saveState()
    c.drawText(t)
    c.restoreState()
    return w
