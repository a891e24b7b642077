# -*- coding: utf-8 -*-
"""A plain drawn crest (shield with a tower and a crown), 48 x 56 points,
as PDF path operators, as ReportLab drawing calls and as SVG."""


def crest_ops(x, y, gray_field=0.55):
    """PDF content-stream operators drawing the crest with its lower-left at x, y."""
    o = []
    o.append("q 0.9 w 0 0 0 RG %.3f g" % gray_field)
    # shield
    o.append("%.2f %.2f m %.2f %.2f l %.2f %.2f l %.2f %.2f %.2f %.2f %.2f %.2f c "
             "%.2f %.2f %.2f %.2f %.2f %.2f c h B" % (
                 x + 4, y + 44, x + 44, y + 44, x + 44, y + 20,
                 x + 44, y + 8, x + 30, y + 2, x + 24, y,
                 x + 18, y + 2, x + 4, y + 8, x + 4, y + 20))
    # tower
    o.append("1 g %.2f %.2f 12 20 re f" % (x + 18, y + 12))
    o.append("1 g %.2f %.2f 4 4 re %.2f %.2f 4 4 re f" % (x + 16, y + 32, x + 28, y + 32))
    o.append("0 g %.2f %.2f 4 7 re f" % (x + 22, y + 12))
    # crown
    o.append("0.75 g %.2f %.2f m %.2f %.2f l %.2f %.2f l %.2f %.2f l %.2f %.2f l "
             "%.2f %.2f l %.2f %.2f l h B" % (
                 x + 8, y + 46, x + 40, y + 46, x + 42, y + 55, x + 33, y + 50,
                 x + 24, y + 56, x + 15, y + 50, x + 6, y + 55))
    o.append("Q")
    return "\n".join(o)


def draw_crest_rl(c, x, y):
    c.saveState()
    c.setLineWidth(0.9)
    p = c.beginPath()
    p.moveTo(x + 4, y + 44)
    p.lineTo(x + 44, y + 44)
    p.lineTo(x + 44, y + 20)
    p.curveTo(x + 44, y + 8, x + 30, y + 2, x + 24, y)
    p.curveTo(x + 18, y + 2, x + 4, y + 8, x + 4, y + 20)
    p.close()
    c.setFillGray(0.55)
    c.drawPath(p, stroke=1, fill=1)
    c.setFillGray(1)
    c.rect(x + 18, y + 12, 12, 20, stroke=0, fill=1)
    c.rect(x + 16, y + 32, 4, 4, stroke=0, fill=1)
    c.rect(x + 28, y + 32, 4, 4, stroke=0, fill=1)
    c.setFillGray(0)
    c.rect(x + 22, y + 12, 4, 7, stroke=0, fill=1)
    p = c.beginPath()
    pts = [(8, 46), (40, 46), (42, 55), (33, 50), (24, 56), (15, 50), (6, 55)]
    p.moveTo(x + pts[0][0], y + pts[0][1])
    for a, b in pts[1:]:
        p.lineTo(x + a, y + b)
    p.close()
    c.setFillGray(0.75)
    c.drawPath(p, stroke=1, fill=1)
    c.restoreState()


SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="48" height="56" viewBox="0 0 48 56">
<g transform="translate(0,56) scale(1,-1)">
<path d="M4 44 L44 44 L44 20 C44 8 30 2 24 0 C18 2 4 8 4 20 Z" fill="#8c8c8c" stroke="#000" stroke-width="0.9"/>
<rect x="18" y="12" width="12" height="20" fill="#fff"/>
<rect x="16" y="32" width="4" height="4" fill="#fff"/><rect x="28" y="32" width="4" height="4" fill="#fff"/>
<rect x="22" y="12" width="4" height="7" fill="#000"/>
<path d="M8 46 L40 46 L42 55 L33 50 L24 56 L15 50 L6 55 Z" fill="#bfbfbf" stroke="#000" stroke-width="0.9"/>
</g></svg>"""


def crest_png(path, scale=4):
    """Render the crest as a PNG (for the .docx letterhead) with Pillow."""
    from PIL import Image, ImageDraw
    w, h = 48 * scale, 56 * scale
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)

    def P(x, y):
        return (x * scale, (56 - y) * scale)
    import math
    shield = [P(4, 44), P(44, 44), P(44, 20)]
    for k in range(1, 11):
        t = k / 10
        bx = (1 - t) ** 3 * 44 + 3 * (1 - t) ** 2 * t * 44 + 3 * (1 - t) * t * t * 30 + t ** 3 * 24
        by = (1 - t) ** 3 * 20 + 3 * (1 - t) ** 2 * t * 8 + 3 * (1 - t) * t * t * 2 + t ** 3 * 0
        shield.append(P(bx, by))
    for k in range(1, 11):
        t = k / 10
        bx = (1 - t) ** 3 * 24 + 3 * (1 - t) ** 2 * t * 18 + 3 * (1 - t) * t * t * 4 + t ** 3 * 4
        by = (1 - t) ** 3 * 0 + 3 * (1 - t) ** 2 * t * 2 + 3 * (1 - t) * t * t * 8 + t ** 3 * 20
        shield.append(P(bx, by))
    d.polygon(shield, fill=(140, 140, 140), outline="black", width=scale)
    d.rectangle([P(18, 32), P(30, 12)], fill="white")
    d.rectangle([P(16, 36), P(20, 32)], fill="white")
    d.rectangle([P(28, 36), P(32, 32)], fill="white")
    d.rectangle([P(22, 19), P(26, 12)], fill="black")
    crown = [P(a, b) for a, b in [(8, 46), (40, 46), (42, 55), (33, 50), (24, 56), (15, 50), (6, 55)]]
    d.polygon(crown, fill=(191, 191, 191), outline="black", width=scale)
    im.save(path)
