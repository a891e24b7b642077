# -*- coding: utf-8 -*-
"""Trabia, "Progesi" house style, Consiglio minute printed by ReportLab
(platypus) with embedded TrueType subsets (Liberation Serif) and a roll in two
columns. usage: python3 trabia_reportlab.py OUTDIR
"""
import sys, os
import pikepdf
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, KeepTogether)
import acts

A = acts.T3
W, H = A4
LIB = "/usr/share/fonts/truetype/liberation/"
for n, f in (("LS", "LiberationSerif-Regular.ttf"), ("LS-B", "LiberationSerif-Bold.ttf"),
             ("LS-I", "LiberationSerif-Italic.ttf"), ("LSans-B", "LiberationSans-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(n, LIB + f))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LS-B", italic="LS-I", boldItalic="LS-B")

body = ParagraphStyle("b", fontName="LS", fontSize=11, leading=14, alignment=TA_JUSTIFY, spaceAfter=4)
cb = ParagraphStyle("cb", fontName="LS-B", fontSize=12, leading=15, alignment=TA_CENTER, spaceBefore=6, spaceAfter=6, keepWithNext=1)
it = ParagraphStyle("it", fontName="LS-I", fontSize=9.5, leading=12)
pt = ParagraphStyle("pt", parent=body, leftIndent=9 * mm, firstLineIndent=-6 * mm)


def crest(c, x, y):
    c.setStrokeColor(colors.HexColor("#8c1a1a")); c.setFillColor(colors.HexColor("#8c1a1a")); c.setLineWidth(1.4)
    p = c.beginPath()
    p.moveTo(x, y); p.lineTo(x, y + 46); p.lineTo(x + 36, y + 46); p.lineTo(x + 36, y)
    p.curveTo(x + 36, y - 18, x + 24, y - 24, x + 18, y - 30); p.curveTo(x + 12, y - 24, x, y - 18, x, y)
    c.drawPath(p, stroke=1, fill=0)
    c.rect(x + 12, y - 2, 12, 26, stroke=0, fill=1); c.rect(x + 8, y + 24, 20, 5, stroke=0, fill=1)
    c.setFillColor(colors.black); c.setStrokeColor(colors.black)


def first(c, doc):
    c.saveState()
    crest(c, 20 * mm, H - 40 * mm)
    c.setFont("LS-B", 20); c.drawCentredString(W / 2, H - 22 * mm, acts.TRABIA_HEAD[0])
    c.setFont("LS-I", 12.5); c.drawCentredString(W / 2, H - 28 * mm, acts.TRABIA_HEAD[1])
    c.setFont("LS", 8); c.drawCentredString(W / 2, H - 33 * mm, acts.TRABIA_HEAD[2])
    c.setLineWidth(1.2); c.line(20 * mm, H - 44 * mm, W - 20 * mm, H - 44 * mm)
    c.setLineWidth(0.8); c.rect(W - 42 * mm, H - 24 * mm, 22 * mm, 6 * mm)
    c.setFont("LSans-B", 9); c.drawCentredString(W - 31 * mm, H - 22.3 * mm, "ORIGINALE")
    c.restoreState()
    foot(c, doc)


def later(c, doc):
    c.saveState()
    c.setFont("LS-I", 9)
    c.drawString(20 * mm, H - 14 * mm, "Comune di Trabia – Deliberazione del Consiglio Comunale n. %d del %s"
                 % (A["number"], A["date"]))
    c.setLineWidth(0.5); c.line(20 * mm, H - 16 * mm, W - 20 * mm, H - 16 * mm)
    c.restoreState()
    foot(c, doc)


def foot(c, doc):
    c.saveState()
    c.setLineWidth(0.5); c.line(20 * mm, 19 * mm, W - 20 * mm, 19 * mm)
    c.setFont("LS", 8.5)
    c.drawString(20 * mm, 14 * mm, "Deliberazione %s n. %d del %s" % (A["abbr"], A["number"], A["date"]))
    c.drawRightString(W - 20 * mm, 14 * mm, "pag. %d di %d" % (doc.page, Doc.npages))
    c.restoreState()


class Doc(BaseDocTemplate):
    npages = 3

    def __init__(self, fn):
        super().__init__(fn, pagesize=A4, title="Deliberazione C.C. n. %d del %s" % (A["number"], A["date"]),
                         author="Comune di Trabia", creator="Progesi Atti - Consiglio")
        self.addPageTemplates([
            PageTemplate("first", [Frame(20 * mm, 23 * mm, W - 40 * mm, H - 70 * mm)], onPage=first,
                         autoNextPageTemplate="later"),
            PageTemplate("later", [Frame(20 * mm, 23 * mm, W - 40 * mm, H - 43 * mm)], onPage=later)])


def story():
    s = []
    nb = Table([["DELIBERAZIONE DEL " + A["organ"], "N. %d del %s" % (A["number"], A["date"])]],
               colWidths=[115 * mm, 55 * mm])
    nb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS-B", 11.5), ("GRID", (0, 0), (-1, -1), 0.8, colors.black),
                            ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("TOPPADDING", (0, 0), (-1, -1), 6),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    s += [nb, Spacer(1, 3), Paragraph(A["proposal"], it), Spacer(1, 6)]
    og = Table([[Paragraph("<b>OGGETTO:</b>", body), Paragraph("<b>%s</b>" % A["subject"], body)]],
               colWidths=[25 * mm, 145 * mm])
    og.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("LINEBELOW", (0, 0), (-1, -1), 0.6, colors.black)]))
    s += [og, Spacer(1, 8), Paragraph(A["opening"], body)]
    rows = [["N.", "CONSIGLIERI", "P", "A", "", "N.", "CONSIGLIERI", "P", "A"]]
    L, R = acts.TRABIA_CC[:8], acts.TRABIA_CC[8:]
    for (n1, a), (n2, b) in zip(L, R):
        pa = lambda nm: ("", "X") if nm in A["absent"] else ("X", "")
        rows.append([str(n1), a, *pa(a), "", str(n2), b, *pa(b)])
    t = Table(rows, colWidths=[8 * mm, 53 * mm, 8 * mm, 8 * mm, 6 * mm, 8 * mm, 53 * mm, 8 * mm, 8 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "LS-B", 9.5), ("FONT", (0, 1), (-1, -1), "LS", 10),
                           ("GRID", (0, 0), (3, -1), 0.4, colors.grey), ("GRID", (5, 0), (8, -1), 0.4, colors.grey),
                           ("ALIGN", (2, 0), (3, -1), "CENTER"), ("ALIGN", (7, 0), (8, -1), "CENTER"),
                           ("ALIGN", (0, 0), (0, -1), "RIGHT"), ("ALIGN", (5, 0), (5, -1), "RIGHT"),
                           ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
    s += [t, Spacer(1, 6), Paragraph(A["chair"], body), Paragraph(A["body_title"], cb)]
    s += [Paragraph(p, body) for p in A["premises"]]
    s += [Paragraph("D E L I B E R A", cb)]
    s += [Paragraph("%d.&nbsp;&nbsp;&nbsp;%s" % (i + 1, p), pt) for i, p in enumerate(A["points"])]
    s += [Spacer(1, 3), Paragraph(A["ie"], body), Spacer(1, 8)]
    sig = Table([["Letto, approvato e sottoscritto.", "", ""], [r for r, n in A["signs"]],
                 ["F.to " + n for r, n in A["signs"]]], colWidths=[50 * mm, 70 * mm, 50 * mm])
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "LS-I", 10.5), ("SPAN", (0, 0), (-1, 0)),
                             ("FONT", (0, 1), (-1, 1), "LS-B", 9.5), ("FONT", (0, 2), (-1, 2), "LS", 9.5),
                             ("ALIGN", (0, 1), (-1, -1), "CENTER"), ("TOPPADDING", (0, 1), (-1, 1), 12)]))
    s += [KeepTogether(sig), Spacer(1, 14)]
    cert = Table([[Paragraph("<b>CERTIFICATO DI PUBBLICAZIONE</b><br/>Il sottoscritto Segretario Comunale certifica "
                             "che la presente deliberazione è stata pubblicata all'Albo Pretorio on line dal "
                             "06/10/2028 al 21/10/2028, per quindici giorni consecutivi (Reg. Pubbl. n. 1298), "
                             "senza opposizioni o reclami.<br/>Trabia, 22/10/2028 – Il Segretario Comunale, F.to "
                             "dott.ssa Giuseppa Mannino", ParagraphStyle("c", fontName="LS", fontSize=9.5, leading=12))]],
                 colWidths=[170 * mm])
    cert.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black)]))
    s += [KeepTogether(cert)]
    return s


fn = os.path.join(sys.argv[1], A["file"])
for _ in range(2):
    Doc(fn).build(story())
    with pikepdf.open(fn) as p:
        Doc.npages = len(p.pages)
