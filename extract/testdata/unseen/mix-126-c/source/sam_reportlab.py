# -*- coding: utf-8 -*-
"""Comune di Samarate, house style "civilianext": deliberation 4 by ReportLab
platypus (justified paragraphs: word spacing by Tw), running head and foot
with the act's number and "Pag. x di y".

usage: sam_reportlab.py OUTDIR
"""
import os
import sys

from reportlab.graphics.shapes import Drawing, Polygon, Rect, Line, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, KeepTogether)

from acts import act, BODIES, roll
from common import sam_opening, sam_after_roll, sam_sign, sam_foot, sam_exec

OUT = sys.argv[1]
a = act("S4")
B = BODIES["samarate"]

base = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=12.6, alignment=TA_JUSTIFY,
                      spaceAfter=4)
small = ParagraphStyle("s", parent=base, fontSize=8, leading=10, alignment=0, spaceAfter=0)
center_b = ParagraphStyle("cb", parent=base, fontName="Helvetica-Bold", alignment=TA_CENTER, fontSize=10.5,
                          spaceBefore=6, spaceAfter=6)
title = ParagraphStyle("t", parent=base, fontName="Helvetica-Bold", fontSize=11, alignment=TA_CENTER,
                       textColor=colors.white)
point = ParagraphStyle("p", parent=base, leftIndent=18, firstLineIndent=-14)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def crest():
    d = Drawing(42, 50)
    d.add(Polygon([2, 48, 40, 48, 40, 20, 21, 2, 2, 20], fillColor=colors.HexColor("#1f4e8c"),
                  strokeColor=colors.black, strokeWidth=0.8))
    d.add(Rect(13, 14, 16, 22, fillColor=colors.white, strokeColor=None))
    for x in (13, 19, 25):
        d.add(Rect(x, 36, 4, 4, fillColor=colors.white, strokeColor=None))
    d.add(Rect(18.5, 14, 5, 8, fillColor=colors.HexColor("#1f4e8c"), strokeColor=None))
    return d


def header():
    name = Paragraph("<font size=17><b>COMUNE DI SAMARATE</b></font><br/><font size=9>%s</font><br/>"
                     "<font size=7 color='#555555'>%s</font>" % (B["province"], B["address"]),
                     ParagraphStyle("h", parent=base, leading=19, alignment=0))
    box = Table([["Deliberazione N. %d" % a["number"]], ["del %s" % a["date_it"]], ["ORIGINALE"]],
                colWidths=[3.8 * cm])
    box.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 11), ("FONT", (0, 1), (-1, 1), "Helvetica", 9.5),
        ("FONT", (0, 2), (-1, 2), "Helvetica-Oblique", 7), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("LINEABOVE", (0, 2), (-1, 2), 0.4, colors.grey),
    ]))
    t = Table([[crest(), name, box]], colWidths=[1.7 * cm, 11.5 * cm, 3.8 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return t


def roll_table():
    r = roll(a)
    data = [["Cognome e nome", "Carica", "P", "A", "Cognome e nome", "Carica", "P", "A"]]
    for i in range(0, len(r), 2):
        row = []
        for n, ro, p in r[i:i + 2]:
            row += [n, ro, "X" if p else "", "" if p else "X"]
        row += [""] * (8 - len(row))
        data.append(row)
    t = Table(data, colWidths=[3.3 * cm, 4.2 * cm, 0.5 * cm, 0.5 * cm] * 2, repeatRows=1)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8), ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2ef")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7f8fa6")),
        ("LINEAFTER", (3, 0), (3, -1), 1.2, colors.black),
        ("ALIGN", (2, 0), (3, -1), "CENTER"), ("ALIGN", (6, 0), (7, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return t


def story():
    s = [header(), Spacer(1, 8)]
    bar = Table([[Paragraph("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", title)]], colWidths=[17 * cm])
    bar.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#1f4e8c"))]))
    s += [bar, Paragraph(a["session"], ParagraphStyle("x", parent=base, alignment=TA_CENTER, fontSize=8.5)),
          Spacer(1, 2)]
    prop = Table([["Proposta n. %d del %s" % (a["proposal_number"], a["proposal_it"]),
                   "Settore proponente: %s" % a["proposing_office"]]], colWidths=[5.5 * cm, 11.5 * cm])
    prop.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.5), ("BOX", (0, 0), (-1, -1), 0.4, colors.grey),
                              ("LINEAFTER", (0, 0), (0, 0), 0.4, colors.grey)]))
    s += [prop, Spacer(1, 6)]
    obj = Table([[Paragraph("<b>OGGETTO:</b>", base), Paragraph("<b>%s</b>" % esc(a["subject"]), base)]],
                colWidths=[2.5 * cm, 14.5 * cm])
    obj.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.8, colors.black)]))
    s += [obj, Spacer(1, 6), Paragraph(esc(sam_opening(a)), base), roll_table(), Spacer(1, 4)]
    ar = sam_after_roll(a)
    s.append(Paragraph("<b>%s</b>" % ar[0].replace("          ", "&nbsp;" * 10), ParagraphStyle("r", parent=base, alignment=2)))
    for x in ar[1:]:
        s.append(Paragraph(esc(x), base))
    s.append(Paragraph("IL CONSIGLIO COMUNALE", center_b))
    for p in a["premises"]:
        s.append(Paragraph(esc(p), base))
    s.append(Paragraph(esc(a["vote"]), base))
    s.append(Paragraph("D E L I B E R A", center_b))
    for i, p in enumerate(a["points"], 1):
        s.append(Paragraph("%d. %s" % (i, esc(p)), point))
    s.append(Spacer(1, 4))
    s.append(Paragraph(esc(sam_exec(a)), base))
    (lr, ln), (rr, rn) = sam_sign(a)
    sig = Table([["Letto, confermato e sottoscritto", ""], [lr, rr], [ln, rn],
                 ["(firmato digitalmente)", "(firmato digitalmente)"]], colWidths=[8.5 * cm, 8.5 * cm])
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Oblique", 8.5), ("SPAN", (0, 0), (-1, 0)),
                             ("FONT", (0, 1), (-1, 1), "Helvetica-Bold", 9), ("FONT", (0, 2), (-1, 2), "Helvetica", 9.5),
                             ("FONT", (0, 3), (-1, 3), "Helvetica", 7), ("ALIGN", (0, 1), (-1, -1), "CENTER"),
                             ("TOPPADDING", (0, 1), (-1, 1), 14)]))
    s += [Spacer(1, 10), KeepTogether(sig)]
    return s


class Doc(BaseDocTemplate):
    total = 0

    def __init__(self, fn):
        super().__init__(fn, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.6 * cm,
                         bottomMargin=2.2 * cm, title="Delibera C.C. n. %d/2028" % a["number"],
                         author="Comune di Samarate", creator="Civilia Next - Atti amministrativi")
        fr = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="f")
        self.addPageTemplates([PageTemplate("p", [fr], onPage=self.deco)])

    def deco(self, c, doc):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setStrokeColor(colors.grey)
        c.line(2 * cm, 1.6 * cm, 19 * cm, 1.6 * cm)
        c.drawString(2 * cm, 1.2 * cm, sam_foot(a))
        c.drawRightString(19 * cm, 1.2 * cm, "Pag. %d di %d" % (doc.page, Doc.total or 0))
        if doc.page > 1:
            c.drawString(2 * cm, 28.4 * cm, "Comune di Samarate - Verbale di deliberazione del Consiglio Comunale")
            c.drawRightString(19 * cm, 28.4 * cm, "N. %d del %s" % (a["number"], a["date_it"]))
            c.line(2 * cm, 28.25 * cm, 19 * cm, 28.25 * cm)
        c.restoreState()


fn = os.path.join(OUT, a["file"])
d = Doc(fn)
d.build(story())
Doc.total = d.page
Doc(fn).build(story())
