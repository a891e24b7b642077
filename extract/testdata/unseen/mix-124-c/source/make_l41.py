# -*- coding: utf-8 -*-
"""Lamon n. 41: ReportLab platypus, justified paragraphs (word spacing by Tw),
the letterhead as a reused Form XObject, a ruled roll with a P/A column, a
running foot carrying the act's number and "Pag. n di m"."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, KeepTogether)
from reportlab.pdfgen import canvas as rlcanvas

from content import DOCS
import lamon_style as S

S.register_fonts()
D = DOCS["L41"]
OUT = sys.argv[1] + "/" + D["file"]
W, H = A4


class NumberedCanvas(rlcanvas.Canvas):
    def __init__(self, *a, **k):
        rlcanvas.Canvas.__init__(self, *a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            self.setFont("LSans", 7.5)
            self.setLineWidth(0.4)
            self.line(56, 44, W - 56, 44)
            self.drawString(56, 34, S.footer_text(D))
            self.drawRightString(W - 56, 34, "Pag. %d di %d" % (self._pageNumber, n))
            rlcanvas.Canvas.showPage(self)
        rlcanvas.Canvas.save(self)


def first_page(c, doc):
    if not c.hasForm("lamonhead"):
        c.beginForm("lamonhead")
        S.draw_letterhead(c, H - 40)
        c.endForm()
    c.doForm("lamonhead")


def later_pages(c, doc):
    c.setFont("LSans-Italic", 7.5)
    c.drawString(56, H - 40, "Comune di Lamon (BL)")
    c.setLineWidth(0.4)
    c.line(56, H - 44, W - 56, H - 44)


base = ParagraphStyle("b", fontName="LSans", fontSize=10, leading=13.2, alignment=TA_JUSTIFY,
                      spaceAfter=4)
ctr = ParagraphStyle("c", parent=base, alignment=TA_CENTER, fontName="LSans-Bold", fontSize=11,
                     spaceBefore=6, spaceAfter=6)
small = ParagraphStyle("s", parent=base, fontSize=8.5, leading=10.5, alignment=TA_LEFT)
cell = ParagraphStyle("cell", parent=base, fontSize=9, leading=11, alignment=TA_LEFT, spaceAfter=0)
pt = ParagraphStyle("pt", parent=base, leftIndent=18, firstLineIndent=-18)

story = []
story.append(Paragraph("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", ctr))
t = Table([[Paragraph("Delibera N. <b>%d</b>" % D["number"], cell),
            Paragraph("Data <b>%s</b>" % D["date"], cell)]], colWidths=[120, 120], hAlign="LEFT")
t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                       ("INNERGRID", (0, 0), (-1, -1), 0.8, colors.black)]))
story += [t, Spacer(1, 8)]
st = Table([[Paragraph("<b>OGGETTO:</b>", cell), Paragraph("<b>%s</b>" % D["subject"], cell)]],
           colWidths=[62, W - 112 - 62])
st.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)]))
story += [st, Spacer(1, 2)]
story.append(Paragraph("%s - Ufficio proponente: %s" % (D["proposal"], D["proposing_office"]), small))
story.append(Spacer(1, 8))
story.append(Paragraph(D["opening"], base))
story.append(Paragraph("Eseguito l'appello, risultano:", base))

rows = [["N.", "Cognome e Nome", "Carica", "Presenza"]]
for i, (n, r, p) in enumerate(D["roll"], 1):
    rows.append([str(i), n, r, "P" if p else "A"])
npres = sum(1 for x in D["roll"] if x[2])
rt = Table(rows, colWidths=[26, 190, 110, 60], hAlign="CENTER")
rt.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, 0), "LSans-Bold", 9),
    ("FONT", (0, 1), (-1, -1), "LSans", 9),
    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
    ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
    ("ALIGN", (0, 0), (0, -1), "CENTER"),
    ("ALIGN", (3, 0), (3, -1), "CENTER"),
    ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
]))
story.append(rt)
story.append(Spacer(1, 4))
story.append(Paragraph("Presenti n. %d - Assenti n. %d" % (npres, len(D["roll"]) - npres),
                       ParagraphStyle("tot", parent=base, alignment=TA_CENTER, fontName="LSans-Bold")))
story.append(Spacer(1, 4))
story.append(Paragraph(D["presidency"], base))
story.append(Paragraph("IL CONSIGLIO COMUNALE", ctr))
for p in D["premesse"]:
    story.append(Paragraph(p, base))
story.append(Paragraph(D["vote"], base))
story.append(Paragraph("D E L I B E R A", ctr))
for i, p in enumerate(D["points"], 1):
    story.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, p), pt))
story.append(Spacer(1, 4))
story.append(Paragraph(D["exec_text"], base))
story.append(Spacer(1, 10))
sig = Table([["Letto, approvato e sottoscritto.", ""],
             [D["sign_president"][0], D["sign_secretary"][0]],
             [D["sign_president"][1], D["sign_secretary"][1]]], colWidths=[(W - 112) / 2] * 2)
sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSans", 10), ("FONT", (0, 1), (-1, 1), "LSans-Bold", 10),
                         ("ALIGN", (0, 1), (-1, -1), "CENTER"), ("SPAN", (0, 0), (1, 0)),
                         ("BOTTOMPADDING", (0, 0), (-1, 0), 12)]))
story.append(KeepTogether([sig, Spacer(1, 8), Paragraph(
    "Documento sottoscritto con firma digitale ai sensi del D.Lgs. n. 82/2005 e s.m.i.", small)]))

doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=56, rightMargin=56, topMargin=40, bottomMargin=60,
                      title="Delibera CC %d/2027" % D["number"], author="Comune di Lamon",
                      creator="Boxxapps Atti Amministrativi")
f1 = Frame(56, 60, W - 112, H - 40 - 60 - 70, id="f1")
f2 = Frame(56, 60, W - 112, H - 52 - 60, id="f2")
doc.addPageTemplates([PageTemplate("first", [f1], onPage=first_page, autoNextPageTemplate="later"),
                      PageTemplate("later", [f2], onPage=later_pages)])
doc.build(story, canvasmaker=NumberedCanvas)
