"""Helpers shared by the ReportLab canvas scripts of set mix-141-c:
word-wrapped, justified paragraphs (word spacing set per line), and two
small vector emblems used as letterhead crests."""
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

LIB = "/usr/share/fonts/truetype/liberation/"


def register_liberation():
    for name, fn in (("LSans", "LiberationSans-Regular.ttf"), ("LSans-B", "LiberationSans-Bold.ttf"),
                     ("LSans-I", "LiberationSans-Italic.ttf"), ("LSerif", "LiberationSerif-Regular.ttf"),
                     ("LSerif-B", "LiberationSerif-Bold.ttf"), ("LSerif-I", "LiberationSerif-Italic.ttf")):
        pdfmetrics.registerFont(TTFont(name, LIB + fn))
    for fam in ("LSans", "LSerif"):
        pdfmetrics.registerFontFamily(fam, normal=fam, bold=fam + "-B", italic=fam + "-I", boldItalic=fam + "-B")


def lines_of(text, font, size, width, first_indent=0):
    out, cur = [], []
    for w in text.split():
        avail = width - (first_indent if not out else 0)
        trial = " ".join(cur + [w])
        if cur and stringWidth(trial, font, size) > avail:
            out.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        out.append(cur)
    return out


def para(c, x, y, text, font, size, width, leading, first_indent=0, justify=True, hang=0):
    """Draw text as a paragraph; returns the y below it. hang: indent of
    the lines after the first (for numbered items)."""
    lines = lines_of(text, font, size, width - hang, first_indent)
    for i, ws in enumerate(lines):
        line = " ".join(ws)
        lx = x + (first_indent if i == 0 else hang)
        avail = width - (first_indent if i == 0 else hang)
        t = c.beginText()
        t.setTextOrigin(lx, y)
        t.setFont(font, size)
        if justify and i < len(lines) - 1 and len(ws) > 1:
            t.setWordSpace((avail - stringWidth(line, font, size)) / (len(ws) - 1))
        else:
            t.setWordSpace(0)
        t.textLine(line)
        t.setWordSpace(0)
        c.drawText(t)
        y -= leading
    return y


def crest_mountain(c, x, y, s=1.0, grey=0.45):
    """A shield with a mountain, bottom-left corner at x, y (about 40x48 pt)."""
    p = c.beginPath()
    p.moveTo(x, y + 48 * s)
    p.lineTo(x + 40 * s, y + 48 * s)
    p.lineTo(x + 40 * s, y + 22 * s)
    p.curveTo(x + 40 * s, y + 8 * s, x + 28 * s, y + 2 * s, x + 20 * s, y)
    p.curveTo(x + 12 * s, y + 2 * s, x, y + 8 * s, x, y + 22 * s)
    p.close()
    c.setLineWidth(1.2)
    c.drawPath(p, stroke=1, fill=0)
    m = c.beginPath()
    m.moveTo(x + 4 * s, y + 16 * s)
    m.lineTo(x + 14 * s, y + 34 * s)
    m.lineTo(x + 19 * s, y + 27 * s)
    m.lineTo(x + 25 * s, y + 40 * s)
    m.lineTo(x + 36 * s, y + 16 * s)
    m.close()
    c.setFillGray(grey)
    c.drawPath(m, stroke=0, fill=1)
    c.setFillGray(0)
