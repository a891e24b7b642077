"""Tiny ReportLab helpers: wrapped paragraphs (left or justified with Tw)."""
from reportlab.pdfbase.pdfmetrics import stringWidth


def lines_of(text, font, size, width):
    out, cur = [], ""
    for w in text.split():
        t = (cur + " " + w).strip()
        if cur and stringWidth(t, font, size) > width:
            out.append(cur); cur = w
        else:
            cur = t
    if cur:
        out.append(cur)
    return out


def para(c, x, y, text, font, size, width, lead, justify=True, first=0):
    ls = lines_of(text, font, size, width - first)
    for i, ln in enumerate(ls):
        xo = x + (first if i == 0 else 0)
        w = width - (first if i == 0 else 0)
        t = c.beginText(xo, y)
        t.setFont(font, size)
        n = ln.count(" ")
        if justify and i < len(ls) - 1 and n:
            t.setWordSpace((w - stringWidth(ln, font, size)) / n)
        t.textOut(ln)
        c.drawText(t)
        y -= lead
    return y
