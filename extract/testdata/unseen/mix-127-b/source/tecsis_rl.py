"""The "Tecsis" house style of the Comune di Margherita di Savoia, drawn with
ReportLab: crest and letterhead on the left, double rule, a grey band with the
issuing office over the title, the title with the general register on the
right, and a running foot with the number and the page."""
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

W, H = A4
L, R = 51, W - 51
HB, HR, HI = "Helvetica-Bold", "Helvetica", "Helvetica-Oblique"


def glyphs(c, x, y, text, font, size, align="L"):
    """Place every glyph alone (one Tm per glyph, no space characters)."""
    w = stringWidth(text, font, size)
    if align == "C":
        x -= w / 2.0
    elif align == "R":
        x -= w
    t = c.beginText()
    t.setFont(font, size)
    cx = x
    for ch in text:
        if ch != " ":
            t.setTextOrigin(cx, y)
            t.textOut(ch)
        cx += stringWidth(ch, font, size)
    c.drawText(t)


def text(c, x, y, s, font, size, align="L", glyph=False):
    if glyph:
        return glyphs(c, x, y, s, font, size, align)
    c.setFont(font, size)
    if align == "C":
        c.drawCentredString(x, y, s)
    elif align == "R":
        c.drawRightString(x, y, s)
    else:
        c.drawString(x, y, s)


def letterhead(c, glyph=False):
    c.setLineWidth(0.85)
    c.rect(L, H - 80, 40, 45)
    c.line(L, H - 46, L + 20, H - 80)
    c.line(L + 40, H - 46, L + 20, H - 80)
    text(c, L + 52, H - 48, "COMUNE DI MARGHERITA DI SAVOIA", HB, 15, glyph=glyph)
    text(c, L + 52, H - 62, "Provincia di Barletta-Andria-Trani", HR, 9.5, glyph=glyph)
    text(c, L + 52, H - 74, "Piazza Libertà, 1 - 76016 Margherita di Savoia (BT) - Tel. 0883 659111 - "
         "PEC: protocollo@pec.comune.margheritadisavoia.bt.it", HR, 7.5, glyph=glyph)
    c.setLineWidth(1.7)
    c.line(L, H - 93, R, H - 93)
    c.setLineWidth(0.55)
    c.line(L, H - 96, R, H - 96)


def band(c, y, office, sub=None, glyph=False):
    hgt = 17 if not sub else 27
    c.setFillGray(0.88)
    c.rect(L, y - hgt, R - L, hgt, stroke=0, fill=1)
    c.setFillGray(0)
    text(c, W / 2, y - 12, office, HB, 9, "C", glyph)
    if sub:
        text(c, W / 2, y - 23, sub, HR, 8.5, "C", glyph)
    return y - hgt


def title(c, y, left, right, glyph=False):
    text(c, L, y - 17, left, HB, 12, glyph=glyph)
    text(c, R, y - 17, right, HR, 9.5, "R", glyph)
    return y - 30


def foot(c, page, pages, num, glyph=False):
    c.setLineWidth(0.55)
    c.line(L, 45, R, 45)
    text(c, L, 35, "Comune di Margherita di Savoia", HR, 7, glyph=glyph)
    text(c, R, 35, "%s - Pag. %d di %d" % (num, page, pages), HR, 7, "R", glyph)
