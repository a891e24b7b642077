# -*- coding: utf-8 -*-
"""Mongrando, "PAL Informatica" house style, printed by ReportLab (platypus).

Base-14 Times fonts, so justified paragraphs are set with word spacing (Tw);
the title is letter-spaced with character spacing (Tc).
usage: python3 mongrando_reportlab.py OUTDIR
"""
import sys, os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, Flowable, KeepTogether)
from acts import M1, MONGRANDO_CC

out = sys.argv[1]
A = M1
W, H = A4

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14.2,
                      alignment=TA_JUSTIFY, spaceAfter=5)
centre_b = ParagraphStyle("cb", fontName="Times-Bold", fontSize=12, leading=15,
                          alignment=TA_CENTER, spaceBefore=6, spaceAfter=6, keepWithNext=1)
point = ParagraphStyle("pt", parent=body, leftIndent=9 * mm, firstLineIndent=-6 * mm)
small = ParagraphStyle("sm", fontName="Times-Roman", fontSize=9.5, leading=12, alignment=TA_JUSTIFY)


class Spaced(Flowable):
    """A heading drawn with character spacing, as the package's report prints it."""
    def __init__(self, text, size=12.5, space=3.0):
        super().__init__()
        self.text, self.size, self.space = text, size, space

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.size + 8

    def draw(self):
        c = self.canv
        w = c.stringWidth(self.text, "Times-Bold", self.size) + self.space * (len(self.text) - 1)
        t = c.beginText()
        t.setFont("Times-Bold", self.size)
        t.setCharSpace(self.space)
        t.setTextOrigin((self.aw - w) / 2, 4)
        t.textOut(self.text)
        c.drawText(t)


def letterhead(c, doc):
    c.saveState()
    # crest: a plain shield outline with a tower, as drawn by the package
    x0, y0 = 22 * mm, H - 40 * mm
    p = c.beginPath()
    p.moveTo(x0, y0 + 22 * mm); p.lineTo(x0 + 17 * mm, y0 + 22 * mm)
    p.lineTo(x0 + 17 * mm, y0 + 8 * mm); p.curveTo(x0 + 17 * mm, y0 + 2 * mm, x0 + 11 * mm, y0, x0 + 8.5 * mm, y0 - 2 * mm)
    p.curveTo(x0 + 6 * mm, y0, x0, y0 + 2 * mm, x0, y0 + 8 * mm); p.close()
    c.setStrokeColor(colors.HexColor("#1f3a68")); c.setLineWidth(1.2)
    c.drawPath(p, stroke=1, fill=0)
    c.rect(x0 + 5.5 * mm, y0 + 6 * mm, 6 * mm, 10 * mm)
    for i in range(3):
        c.rect(x0 + 5.5 * mm + i * 2.2 * mm, y0 + 16 * mm, 1.6 * mm, 2 * mm)
    c.setFillColor(colors.HexColor("#1f3a68"))
    c.setFont("Times-Bold", 20)
    c.drawCentredString(W / 2, H - 24 * mm, "COMUNE DI MONGRANDO")
    c.setFont("Times-Italic", 12)
    c.drawCentredString(W / 2, H - 30 * mm, "Provincia di Biella")
    c.setFont("Times-Roman", 8.5)
    c.drawCentredString(W / 2, H - 35 * mm,
                        "Via Roma, 19 – 13888 Mongrando (BI) – C.F. 81001230025 – P.IVA 00294310029")
    c.setLineWidth(1.5); c.setStrokeColor(colors.HexColor("#1f3a68"))
    c.line(20 * mm, H - 44 * mm, W - 20 * mm, H - 44 * mm)
    # "ORIGINALE" box
    c.setFillColor(colors.black); c.setStrokeColor(colors.black); c.setLineWidth(0.8)
    c.rect(W - 52 * mm, H - 30 * mm, 32 * mm, 9 * mm)
    c.setFont("Helvetica-Bold", 10)
    c.drawCentredString(W - 36 * mm, H - 27 * mm, "ORIGINALE")
    c.restoreState()
    footer(c, doc)


def later(c, doc):
    c.saveState()
    c.setFont("Times-Italic", 9)
    c.drawString(20 * mm, H - 14 * mm, "Comune di Mongrando – Provincia di Biella")
    c.setLineWidth(0.5)
    c.line(20 * mm, H - 16 * mm, W - 20 * mm, H - 16 * mm)
    c.restoreState()
    footer(c, doc)


def footer(c, doc):
    c.saveState()
    c.setLineWidth(0.5)
    c.line(20 * mm, 17 * mm, W - 20 * mm, 17 * mm)
    c.setFont("Times-Roman", 8.5)
    c.drawString(20 * mm, 12 * mm, "Deliberazione C.C. n. %d del %s" % (A["number"], A["date"]))
    c.drawRightString(W - 20 * mm, 12 * mm, "Pag. %d di %d" % (doc.page, doc.npages))
    c.restoreState()


class Doc(BaseDocTemplate):
    npages = 3

    def __init__(self, fn):
        super().__init__(fn, pagesize=A4, title="Deliberazione C.C. n. %d" % A["number"],
                         author="Comune di Mongrando", creator="PAL Informatica - Atti Amministrativi",
                         leftMargin=20 * mm, rightMargin=20 * mm)
        f1 = Frame(20 * mm, 22 * mm, W - 40 * mm, H - 70 * mm, id="f1")
        f2 = Frame(20 * mm, 22 * mm, W - 40 * mm, H - 42 * mm, id="f2")
        self.addPageTemplates([PageTemplate("first", [f1], onPage=letterhead, autoNextPageTemplate="later"),
                               PageTemplate("later", [f2], onPage=later)])


def story():
    s = [Spaced(A["organ_title"])]
    nbox = Table([[Paragraph("<b>N. %d</b>" % A["number"], ParagraphStyle("n", fontName="Times-Bold", fontSize=13, leading=16, alignment=TA_CENTER)),
                   Paragraph("<i>%s</i>" % A["seduta"], ParagraphStyle("s", fontName="Times-Italic", fontSize=10.5, leading=13))]],
                 colWidths=[28 * mm, None])
    nbox.setStyle(TableStyle([("BOX", (0, 0), (0, 0), 1, colors.black),
                              ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("LEFTPADDING", (1, 0), (1, 0), 10)]))
    s += [Spacer(1, 3), nbox, Spacer(1, 8)]
    subj = Table([[Paragraph("<b>OGGETTO:</b>", ParagraphStyle("o", fontName="Times-Bold", fontSize=11, leading=14)),
                   Paragraph("<b>%s</b>" % A["subject"], ParagraphStyle("ob", fontName="Times-Bold", fontSize=11, leading=14, alignment=TA_JUSTIFY))]],
                 colWidths=[27 * mm, None])
    subj.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s += [subj, Spacer(1, 8), Paragraph(A["opening"], body)]
    rows = [["N.", "Cognome e Nome", "Carica", "Presente", "Assente"]]
    pres = 0
    for n, name, role in MONGRANDO_CC:
        ab = name in A["absent"]
        pres += not ab
        rows.append([str(n), name, role, "" if ab else "X", "X" if ab else ""])
    t = Table(rows, colWidths=[10 * mm, 62 * mm, 36 * mm, 22 * mm, 22 * mm], repeatRows=1)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Times-Bold", 10),
                           ("FONT", (0, 1), (-1, -1), "Times-Roman", 10),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e8f0")),
                           ("ALIGN", (3, 0), (4, -1), "CENTER"), ("ALIGN", (0, 0), (0, -1), "CENTER"),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
    s += [t, Spacer(1, 3),
          Paragraph("Totale presenti: %d &nbsp;&nbsp;&nbsp; Totale assenti: %d" % (pres, len(MONGRANDO_CC) - pres),
                    ParagraphStyle("tot", fontName="Times-Bold", fontSize=10, leading=13, alignment=TA_LEFT, leftIndent=100 * mm)),
          Spacer(1, 6), Paragraph(A["after_roll"], body),
          Paragraph(A["body_title"], centre_b)]
    s += [Paragraph(p, body) for p in A["premises"]]
    s += [Paragraph(A["vote"], body), Paragraph("D E L I B E R A", centre_b)]
    s += [Paragraph("%d.&nbsp;&nbsp;&nbsp;%s" % (i + 1, p), point) for i, p in enumerate(A["points"])]
    s += [Spacer(1, 4), Paragraph(A["ie_vote"], body), Paragraph("D E L I B E R A", centre_b), Paragraph(A["ie_text"], body)]
    sig = Table([["Letto, confermato e sottoscritto.", ""],
                 [A["president"][0], A["secretary"][0]],
                 ["F.to " + A["president"][1], "F.to " + A["secretary"][1]]],
                colWidths=[85 * mm, 85 * mm])
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Times-Italic", 10.5),
                             ("FONT", (0, 1), (-1, 1), "Times-Bold", 10.5),
                             ("FONT", (0, 2), (-1, 2), "Times-Roman", 10.5),
                             ("ALIGN", (0, 1), (-1, -1), "CENTER"), ("SPAN", (0, 0), (1, 0)),
                             ("TOPPADDING", (0, 1), (-1, 1), 14)]))
    s += [Spacer(1, 8), KeepTogether(sig), Spacer(1, 14)]
    cert = [Paragraph("CERTIFICATO DI PUBBLICAZIONE", centre_b),
            Paragraph("Si certifica che copia della presente deliberazione viene pubblicata all'Albo "
                      "Pretorio on line del Comune per quindici giorni consecutivi dal 13/10/2028 al "
                      "28/10/2028 (Reg. Pubbl. n. 1187), ai sensi dell'art. 124 del D.Lgs. 267/2000.", small),
            Spacer(1, 4),
            Paragraph("Mongrando, 13/10/2028 &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; IL SEGRETARIO COMUNALE "
                      "– F.to dott.ssa Ilaria BONINO", small)]
    s += [KeepTogether(cert)]
    return s


fn = os.path.join(out, A["file"])
import pikepdf
for _ in range(2):  # second pass with the real page count for "Pag. x di y"
    Doc(fn).build(story())
    with pikepdf.open(fn) as p:
        Doc.npages = len(p.pages)
