# -*- coding: utf-8 -*-
"""Comune di Naro n. 11: the Halley minute printed by ReportLab platypus,
justified paragraphs (word spacing by Tw), the roll in a table, a running
foot with the number, and the Albo's publication stamp rotated up the left
margin of every page.

python3 naro_platypus.py OUTDIR -> OUTDIR/deliberazione-naro-halley-11.pdf
"""
import os
import sys
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

from data import naro, dmy
from naro_text import ENTE, SUB, blocks, running

FD = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LSerif", FD + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSerif-B", FD + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSerif-I", FD + "LiberationSerif-Italic.ttf"))
pdfmetrics.registerFontFamily("LSerif", normal="LSerif", bold="LSerif-B", italic="LSerif-I",
                              boldItalic="LSerif-B")
pdfmetrics.registerFont(TTFont("LSans", FD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSans-B", FD + "LiberationSans-Bold.ttf"))

BODY = ParagraphStyle("b", fontName="LSerif", fontSize=11, leading=14.2, alignment=TA_JUSTIFY,
                      spaceAfter=4)
CEN = ParagraphStyle("c", parent=BODY, alignment=TA_CENTER, fontName="LSerif-B")
SMALL = ParagraphStyle("s", parent=BODY, fontSize=9.5, leading=12)
RIGHT = ParagraphStyle("r", parent=SMALL, alignment=TA_RIGHT, spaceAfter=0)


def page_deco(a):
    def deco(c, doc):
        w, h = A4
        c.saveState()
        # letterhead on every page
        c.setFont("LSerif-B", 18)
        c.drawCentredString(w / 2, h - 22 * mm, ENTE)
        c.setFont("LSerif-I", 11)
        c.drawCentredString(w / 2, h - 28 * mm, SUB)
        c.setLineWidth(0.8)
        c.line(22 * mm, h - 31 * mm, w - 20 * mm, h - 31 * mm)
        # running foot
        c.setFont("LSans", 8)
        c.drawString(22 * mm, 12 * mm, running(a))
        c.drawRightString(w - 20 * mm, 12 * mm, "Pagina %d" % doc.page)
        # the Albo's stamp, rotated up the left margin
        c.translate(11 * mm, 60 * mm)
        c.rotate(90)
        c.setFillColor(colors.Color(0.15, 0.3, 0.6))
        c.setFont("LSans-B", 7.5)
        c.drawString(0, 0, "ALBO PRETORIO ON LINE - COMUNE DI NARO - Pubblicata il 03/02/2028 - Reg. Pubbl. n. 142")
        c.restoreState()
    return deco


def build(a, out):
    path = os.path.join(out, a["file"])
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=20 * mm,
                          topMargin=36 * mm, bottomMargin=20 * mm,
                          title=running(a), author="Comune di Naro", creator="Halley Atti Amministrativi")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=page_deco(a))])
    S = []
    for b in blocks(a):
        k = b[0]
        if k == "title":
            S.append(Paragraph(escape(b[1]), ParagraphStyle("t", parent=CEN, fontSize=12.5, spaceAfter=6)))
        elif k == "numline":
            t = Table([[Paragraph("<b>%s</b>" % escape(b[1]), ParagraphStyle("n", parent=CEN, fontSize=12))]],
                      colWidths=[70 * mm])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black)]))
            S += [t, Spacer(1, 6)]
        elif k == "subject":
            S.append(Paragraph("<b>OGGETTO:</b> <b>%s</b>" % escape(b[1]), BODY))
        elif k == "propbox":
            t = Table([[Paragraph(escape(x), SMALL)] for x in b[1]], colWidths=[doc.width])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, -1), colors.Color(0.95, 0.95, 0.95)),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
            S += [t, Spacer(1, 8)]
        elif k == "p":
            S.append(Paragraph(escape(b[1]), BODY))
        elif k == "h":
            S.append(Paragraph(escape(b[1]), ParagraphStyle("h", parent=CEN, spaceBefore=4, spaceAfter=6,
                                                                   keepWithNext=1)))
        elif k == "h2":
            S.append(Paragraph(escape(b[1]), ParagraphStyle("h2", parent=CEN, fontSize=10, spaceBefore=10)))
        elif k == "roll":
            data = [["N.", "Cognome e Nome", "Carica", "Presente", "Assente"]]
            for n, name, role, pres in b[1]:
                data.append([str(n), name, role, "SI" if pres else "", "" if pres else "SI"])
            t = Table(data, colWidths=[10 * mm, 60 * mm, 35 * mm, 22 * mm, 22 * mm])
            t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSerif", 10.5),
                                   ("FONT", (0, 0), (-1, 0), "LSerif-B", 10),
                                   ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                                   ("ALIGN", (3, 0), (-1, -1), "CENTER")]))
            S += [Spacer(1, 2), t, Spacer(1, 6)]
        elif k == "ol":
            for i, p in enumerate(b[1], 1):
                S.append(Paragraph(escape(p), ParagraphStyle("li", parent=BODY, leftIndent=18,
                                                              bulletIndent=2, bulletFontName="LSerif"),
                                   bulletText="%d)" % i))
        elif k == "parere":
            _, title, text, date, role, name = b
            S.append(KeepTogether([Paragraph("<b>%s</b>" % escape(title), SMALL),
                                   Paragraph(escape(text), SMALL),
                                   Paragraph(escape(date), RIGHT), Paragraph(escape(role), RIGHT),
                                   Paragraph(escape(name), RIGHT), Spacer(1, 6)]))
        elif k == "sign":
            row1 = [Paragraph("<b>%s</b>" % escape(r), ParagraphStyle("sg", parent=SMALL, alignment=TA_CENTER))
                    for r, _ in b[1]]
            row2 = [Paragraph(escape(n), ParagraphStyle("sg2", parent=SMALL, alignment=TA_CENTER))
                    for _, n in b[1]]
            t = Table([row1, [""] * 3, row2], colWidths=[doc.width / 3] * 3)
            S.append(KeepTogether([t]))
    doc.build(S)


if __name__ == "__main__":
    for a in naro:
        if a["number"] == 11:
            build(a, sys.argv[1])
