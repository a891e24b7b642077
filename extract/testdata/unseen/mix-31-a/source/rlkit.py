# Small helpers shared by the reportlab-made documents (d05, d07, d12)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

LIB = '/usr/share/fonts/truetype/liberation/'
def register():
    for n, f in [('LSans', 'LiberationSans-Regular.ttf'), ('LSans-B', 'LiberationSans-Bold.ttf'),
                 ('LSans-I', 'LiberationSans-Italic.ttf'), ('LSerif', 'LiberationSerif-Regular.ttf'),
                 ('LSerif-B', 'LiberationSerif-Bold.ttf'), ('LSerif-I', 'LiberationSerif-Italic.ttf')]:
        pdfmetrics.registerFont(TTFont(n, LIB + f))

def wrap(text, font, size, width):
    words, lines, cur = text.split(' '), [], ''
    for w in words:
        t = (cur + ' ' + w) if cur else w
        if pdfmetrics.stringWidth(t, font, size) <= width:
            cur = t
        else:
            lines.append(cur); cur = w
    if cur:
        lines.append(cur)
    return lines

def glyphs(c, x, y, text, font, size, extra=0.0):
    """Draw every glyph in its own BT..ET at an absolute position (glyph-by-glyph output)."""
    for ch in text:
        if ch != ' ':
            c.setFont(font, size)
            c.drawString(x, y, ch)
        x += pdfmetrics.stringWidth(ch, font, size) + extra
    return x

def spaced_width(text, font, size, extra):
    return pdfmetrics.stringWidth(text, font, size) + extra * len(text)

def justified_tw(c, x, y, lines, font, size, width, leading, first_indent=0):
    """Justify with the Tw operator (word spacing), last line ragged."""
    for i, ln in enumerate(lines):
        ind = first_indent if i == 0 else 0
        t = c.beginText(x + ind, y)
        t.setFont(font, size)
        n = ln.count(' ')
        t.setCharSpace(0)
        if i < len(lines) - 1 and n:
            t.setWordSpace((width - ind - pdfmetrics.stringWidth(ln, font, size)) / n)
        else:
            t.setWordSpace(0)
        t.textLine(ln)
        c.drawText(t)
        y -= leading
    return y

def justified_tc(c, x, y, lines, font, size, width, leading):
    """Justify with the Tc operator (character spacing), last line ragged."""
    for i, ln in enumerate(lines):
        t = c.beginText(x, y)
        t.setFont(font, size)
        t.setWordSpace(0)
        if i < len(lines) - 1 and len(ln) > 1:
            t.setCharSpace((width - pdfmetrics.stringWidth(ln, font, size)) / (len(ln) - 1))
        else:
            t.setCharSpace(0)
        t.textLine(ln)
        c.drawText(t)
        y -= leading
    return y
