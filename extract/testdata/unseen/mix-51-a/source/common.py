# Shared helpers for the reportlab-made documents of set mix-51-a.
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit

LIB = '/usr/share/fonts/truetype/liberation/'
DJ = '/usr/share/fonts/truetype/dejavu/'
CX = '/usr/share/fonts/truetype/crosextra/'
FONTS = {
    'Sans': LIB + 'LiberationSans-Regular.ttf',
    'Sans-B': LIB + 'LiberationSans-Bold.ttf',
    'Sans-I': LIB + 'LiberationSans-Italic.ttf',
    'Sans-BI': LIB + 'LiberationSans-BoldItalic.ttf',
    'Serif': LIB + 'LiberationSerif-Regular.ttf',
    'Serif-B': LIB + 'LiberationSerif-Bold.ttf',
    'Serif-I': LIB + 'LiberationSerif-Italic.ttf',
    'Mono': LIB + 'LiberationMono-Regular.ttf',
    'Mono-B': LIB + 'LiberationMono-Bold.ttf',
    'Narrow': LIB + 'LiberationSansNarrow-Regular.ttf',
    'Narrow-B': LIB + 'LiberationSansNarrow-Bold.ttf',
    'Carlito': CX + 'Carlito-Regular.ttf',
    'Carlito-B': CX + 'Carlito-Bold.ttf',
    'Carlito-I': CX + 'Carlito-Italic.ttf',
    'DejaVu': DJ + 'DejaVuSans.ttf',
    'DejaVu-B': DJ + 'DejaVuSans-Bold.ttf',
}
_done = set()


def reg(*names):
    for n in names:
        if n not in _done:
            pdfmetrics.registerFont(TTFont(n, FONTS[n]))
            _done.add(n)


def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width)


def par(c, x, y, w, text, font, size, leading=None, justify=False, align='l'):
    """Draw a wrapped paragraph with its top line at y; return the y below it.
    justify=True stretches the inner lines with word spacing (Tw)."""
    leading = leading or size * 1.25
    lines = wrap(text, font, size, w)
    for i, ln in enumerate(lines):
        last = i == len(lines) - 1
        if justify and not last and ln.count(' ') > 0:
            nat = c.stringWidth(ln, font, size)
            tw = (w - nat) / ln.count(' ')
            t = c.beginText(x, y)
            t.setFont(font, size)
            t.setWordSpace(tw)
            t.textOut(ln)
            t.setWordSpace(0)
            c.drawText(t)
        elif align == 'c':
            c.setFont(font, size); c.drawCentredString(x + w / 2, y, ln)
        elif align == 'r':
            c.setFont(font, size); c.drawRightString(x + w, y, ln)
        else:
            c.setFont(font, size); c.drawString(x, y, ln)
        y -= leading
    return y


def families():
    from reportlab.lib.fonts import addMapping
    for base in ('Sans', 'Serif', 'Carlito', 'Narrow', 'Mono', 'DejaVu'):
        reg(base)
        for b, i, suf in ((1, 0, '-B'), (0, 1, '-I'), (1, 1, '-BI')):
            name = base + suf
            if name in FONTS:
                reg(name)
            else:
                name = base + ('-B' if b and base + '-B' in FONTS else '')
                reg(name)
            addMapping(base, b, i, name)
        addMapping(base, 0, 0, base)
