# -*- coding: utf-8 -*-
"""Comune di Lamon, "Boxxapps"-like house style, shared by the ReportLab makers.

Letterhead: a drawn crest at the left, COMUNE DI LAMON / Provincia di Belluno,
the address line, a "COPIA" box at the right.  Under it the title, a two-cell
box "Delibera N. | Data", the subject, the proposal line.  Foot on every page:
"Comune di Lamon - Deliberazione del Consiglio Comunale n. X del dd/mm/yyyy"
left and "Pag. n di m" right.  Signatures side by side at the end.
"""
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4

FONTDIR = "/usr/share/fonts/truetype/liberation/"


def register_fonts():
    for name, f in [("LSans", "LiberationSans-Regular.ttf"), ("LSans-Bold", "LiberationSans-Bold.ttf"),
                    ("LSans-Italic", "LiberationSans-Italic.ttf")]:
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, FONTDIR + f))
    from reportlab.lib.fonts import addMapping
    addMapping("LSans", 0, 0, "LSans")
    addMapping("LSans", 1, 0, "LSans-Bold")
    addMapping("LSans", 0, 1, "LSans-Italic")
    addMapping("LSans", 1, 1, "LSans-Bold")


def draw_crest(c, x, y, w=38, h=46):
    """A plain shield with a tower, the way small crests are drawn in line art."""
    p = c.beginPath()
    p.moveTo(x, y + h)
    p.lineTo(x + w, y + h)
    p.lineTo(x + w, y + h * 0.35)
    p.curveTo(x + w, y + h * 0.1, x + w * 0.6, y, x + w / 2, y - 2)
    p.curveTo(x + w * 0.4, y, x, y + h * 0.1, x, y + h * 0.35)
    p.close()
    c.setLineWidth(1.2)
    c.setStrokeColorRGB(0.1, 0.2, 0.45)
    c.setFillColorRGB(0.86, 0.9, 0.97)
    c.drawPath(p, stroke=1, fill=1)
    c.setFillColorRGB(0.1, 0.2, 0.45)
    c.rect(x + w * 0.35, y + h * 0.25, w * 0.3, h * 0.45, stroke=0, fill=1)
    for i in range(3):
        c.rect(x + w * 0.33 + i * w * 0.12, y + h * 0.7, w * 0.08, h * 0.07, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setStrokeColorRGB(0, 0, 0)


def draw_letterhead(c, top):
    """Draw the letterhead with its top edge at y=top (A4 portrait)."""
    W = A4[0]
    draw_crest(c, 56, top - 52)
    c.setFont("LSans-Bold", 17)
    c.drawString(106, top - 20, "COMUNE DI LAMON")
    c.setFont("LSans", 10.5)
    c.drawString(106, top - 35, "Provincia di Belluno")
    c.setFont("LSans", 7.5)
    c.drawString(106, top - 47, "Piazza Municipio, 1 - 32033 Lamon (BL) - tel. 0439 9670 - protocollo.lamon.bl@pecveneto.it")
    c.setLineWidth(0.8)
    c.rect(W - 56 - 70, top - 34, 70, 20, stroke=1, fill=0)
    c.setFont("LSans-Bold", 10)
    c.drawCentredString(W - 56 - 35, top - 27.5, "COPIA")
    c.setLineWidth(1.5)
    c.line(56, top - 60, W - 56, top - 60)
    c.setLineWidth(0.4)
    c.line(56, top - 63, W - 56, top - 63)


def footer_text(d):
    return "Comune di Lamon - Deliberazione del Consiglio Comunale n. %d del %s" % (d["number"], d["date"])
