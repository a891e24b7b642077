# small helpers shared by the ReportLab-made documents
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import stringWidth
LIB = '/usr/share/fonts/truetype/liberation/'
def reg(name, file):
    pdfmetrics.registerFont(TTFont(name, LIB + file))
def setup_liberation():
    reg('LSerif', 'LiberationSerif-Regular.ttf'); reg('LSerif-B', 'LiberationSerif-Bold.ttf')
    reg('LSerif-I', 'LiberationSerif-Italic.ttf')
    reg('LSans', 'LiberationSans-Regular.ttf'); reg('LSans-B', 'LiberationSans-Bold.ttf')

def wrap(text, font, size, width):
    words = text.split(' '); lines = []; cur = ''
    for w in words:
        t = (cur + ' ' + w) if cur else w
        if stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur); cur = w
    if cur: lines.append(cur)
    return lines

def justified(c, text, x, y, width, font, size, leading, first_indent=0, last_left=True):
    """Paragraph justified with the Tw operator (one Tj per line); returns new y."""
    lines = wrap(text, font, size, width - first_indent)
    # rewrap following lines at full width
    if first_indent and len(lines) > 1:
        rest = ' '.join(lines[1:]); lines = [lines[0]] + wrap(rest, font, size, width)
    for i, ln in enumerate(lines):
        xx = x + (first_indent if i == 0 else 0); w = width - (first_indent if i == 0 else 0)
        t = c.beginText(xx, y); t.setFont(font, size)
        nsp = ln.count(' ')
        if i < len(lines) - 1 and nsp:
            t.setWordSpace((w - stringWidth(ln, font, size)) / nsp)
        else:
            t.setWordSpace(0)
        t.textOut(ln); c.drawText(t)
        y -= leading
    return y

def glyphs(c, text, x, y, font, size, track=0.0):
    """Every glyph drawn by its own drawString at an absolute position; spaces are not drawn."""
    for ch in text:
        w = stringWidth(ch, font, size)
        if ch != ' ':
            c.setFont(font, size); c.drawString(x, y, ch)
        x += w + track
    return x

def glyph_width(text, font, size, track=0.0):
    return stringWidth(text, font, size) + track * len(text)

def spaced(c, text, x, y, font, size, charspace, center_width=None):
    """Letter-spaced heading drawn with Tc (the text keeps its own spaces, if any)."""
    w = stringWidth(text, font, size) + charspace * (len(text) - 1)
    if center_width is not None:
        x = x + (center_width - w) / 2
    t = c.beginText(x, y); t.setFont(font, size); t.setCharSpace(charspace); t.textOut(text); t.setCharSpace(0)
    c.drawText(t)
