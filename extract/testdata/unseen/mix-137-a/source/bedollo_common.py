"""Bedollo house style (Civilia Next-like): the letterhead is one reused
Form XObject; pages may draw it last, after the body."""
from reportlab.lib.colors import Color


def define_letterhead(c, W, H):
    c.beginForm("letterhead")
    # a plain crest outline
    c.setLineWidth(0.9)
    p = c.beginPath()
    x0, y0 = 62, H - 92
    p.moveTo(x0, y0 + 44); p.lineTo(x0 + 34, y0 + 44); p.lineTo(x0 + 34, y0 + 16)
    p.curveTo(x0 + 34, y0 + 4, x0 + 17, y0, x0 + 17, y0)
    p.curveTo(x0 + 17, y0, x0, y0 + 4, x0, y0 + 16); p.close()
    c.drawPath(p, stroke=1, fill=0)
    c.setFont("Times-Bold", 8)
    c.drawCentredString(x0 + 17, y0 + 28, "BDL")
    c.setFont("Times-Bold", 19)
    c.drawString(108, H - 66, "COMUNE DI BEDOLLO")
    c.setFont("Times-Roman", 10.5)
    c.drawString(108, H - 80, "PROVINCIA DI TRENTO")
    c.setFont("Helvetica", 7.5)
    c.drawString(108, H - 91, "Piazza Municipio, 1 - 38043 Bedollo (TN) - C.F. 00297270228")
    c.setStrokeColor(Color(0.25, 0.25, 0.25))
    c.setLineWidth(0.6)
    c.line(62, H - 100, W - 62, H - 100)
    c.endForm()
