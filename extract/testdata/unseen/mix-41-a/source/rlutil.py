"""ReportLab helpers: justified paragraphs written with the Tw operator,
letter-spaced headings written with Tc, and lines placed glyph by glyph."""
from reportlab.pdfbase.pdfmetrics import stringWidth


def wrap_words(text, font, size, width, first_indent=0.0):
    words = text.split()
    lines, cur = [], []
    avail = width - first_indent
    for w in words:
        trial = " ".join(cur + [w])
        if cur and stringWidth(trial, font, size) > avail:
            lines.append(cur)
            cur = [w]
            avail = width
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def justified(c, x, y, text, font, size, width, leading=None, first_indent=0.0,
              hang=0.0, last_justified=False, charspace=0.0):
    """Draw a paragraph justified with Tw (word spacing). Returns new y."""
    leading = leading or size * 1.25
    lines = wrap_words(text, font, size, width - hang, first_indent)
    for i, words in enumerate(lines):
        line = " ".join(words)
        xi = x + (first_indent if i == 0 else hang)
        avail = width - (first_indent if i == 0 else hang)
        nat = stringWidth(line, font, size) + charspace * len(line)
        gaps = line.count(" ")
        last = i == len(lines) - 1
        t = c.beginText(xi, y)
        t.setFont(font, size)
        t.setCharSpace(charspace)
        if gaps and (not last or last_justified):
            t.setWordSpace((avail - nat) / gaps)
        else:
            t.setWordSpace(0)
        t.textOut(line)
        c.drawText(t)
        y -= leading
    return y


def spaced(c, x, y, text, font, size, tc, center_width=None):
    """Letter-spaced heading via Tc. If center_width, centre it in [x, x+w]."""
    w = stringWidth(text, font, size) + tc * (len(text) - 1)
    if center_width:
        x = x + (center_width - w) / 2
    t = c.beginText(x, y)
    t.setFont(font, size)
    t.setCharSpace(tc)
    t.setWordSpace(0)
    t.textOut(text)
    t.setCharSpace(0)
    c.drawText(t)
    return w


def glyphs(c, x, y, text, font, size, space_glyphs=False, extra=0.0):
    """Place each glyph with its own text object (as some report engines do);
    spaces are not drawn, only skipped."""
    for ch in text:
        w = stringWidth(ch, font, size)
        if ch == " " and not space_glyphs:
            x += w + extra
            continue
        c.setFont(font, size)
        c.drawString(x, y, ch)
        x += w + extra
    return x


def glyph_paragraph(c, x, y, text, font, size, width, leading=None, justify=True):
    """Paragraph placed glyph by glyph; justification by widening the gaps."""
    leading = leading or size * 1.25
    lines = wrap_words(text, font, size, width)
    for i, words in enumerate(lines):
        line = " ".join(words)
        nat = stringWidth(line, font, size)
        gaps = line.count(" ")
        add = (width - nat) / gaps if (justify and gaps and i < len(lines) - 1) else 0
        xx = x
        for ch in line:
            w = stringWidth(ch, font, size)
            if ch == " ":
                xx += w + add
                continue
            c.setFont(font, size)
            c.drawString(xx, y, ch)
            xx += w
        y -= leading
    return y
