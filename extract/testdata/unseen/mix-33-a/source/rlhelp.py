# Small layout helpers on top of reportlab's canvas, used by several generators.
# Three ways to put a justified line on the page:
#   'glyph' : every glyph placed by its own Td, no space characters at all
#   'tw'    : one Tj per line, justified with the Tw word-spacing operator
#   'plain' : one Tj per line, ragged right
from reportlab.pdfbase.pdfmetrics import stringWidth


def pdfesc(s):
    out = []
    for b in s.encode('cp1252'):
        if b in (0x28, 0x29, 0x5c):
            out.append('\\' + chr(b))
        elif 32 <= b < 127:
            out.append(chr(b))
        else:
            out.append('\\%03o' % b)
    return ''.join(out)


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
    return lines


def draw_line(c, words, x, y, font, size, width, mode, last):
    natural = stringWidth(' '.join(words), font, size)
    gaps = len(words) - 1
    extra = 0 if (last or gaps == 0) else (width - natural) / gaps
    if mode == 'glyph':
        sp = stringWidth(' ', font, size) + extra
        t = c.beginText()
        t.setFont(font, size)
        t.setTextOrigin(x, y)
        px = 0
        for wi, w in enumerate(words):
            for ch in w:
                t._code.append('(%s) Tj' % pdfesc(ch))
                adv = stringWidth(ch, font, size)
                t._code.append('%.3f 0 Td' % adv)
                px += adv
            if wi < len(words) - 1:
                t._code.append('%.3f 0 Td' % sp)
                px += sp
        c.drawText(t)
    elif mode == 'tw':
        t = c.beginText()
        t.setFont(font, size)
        t.setTextOrigin(x, y)
        t.setWordSpace(extra)
        t.textOut(' '.join(words))
        t.setWordSpace(0)
        c.drawText(t)
    else:
        c.setFont(font, size)
        c.drawString(x, y, ' '.join(words))


def paragraph(c, text, x, y, width, font='Times-Roman', size=11, lead=None, mode='tw', indent=0, justify=True):
    lead = lead or size * 1.3
    lines = wrap(text, font, size, width - indent)
    for i, ws in enumerate(lines):
        last = (i == len(lines) - 1) or not justify
        xi = x + (indent if i == 0 else 0)
        wi = width - (indent if i == 0 else 0)
        if i > 0 and indent < 0:
            xi, wi = x - indent, width + indent
        draw_line(c, ws, xi, y, font, size, wi, mode, last)
        y -= lead
    return y


def hanging(c, label, text, x, y, width, hang, font='Times-Roman', size=11, lead=None, mode='tw', labelfont=None):
    """numbered point: label at x, text block at x+hang"""
    lead = lead or size * 1.3
    c.setFont(labelfont or font, size)
    c.drawString(x, y, label)
    return paragraph(c, text, x + hang, y, width - hang, font, size, lead, mode)


def spaced(c, text, xc, y, font, size, charspace):
    """letter-spaced heading centred on xc, drawn with the Tc operator"""
    w = stringWidth(text, font, size) + charspace * (len(text) - 1)
    t = c.beginText()
    t.setFont(font, size)
    t.setCharSpace(charspace)
    t.setTextOrigin(xc - w / 2, y)
    t.textOut(text)
    t.setCharSpace(0)
    c.drawText(t)
