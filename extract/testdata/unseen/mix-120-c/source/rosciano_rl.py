# -*- coding: utf-8 -*-
"""Rosciano's minutes as the Halley-like package prints them, with ReportLab.

R1 (Giunta n. 76): paragraphs justified by word spacing (Tw); the letterhead
   and the signature stamp are Form XObjects painted at the end of each page,
   after the body; a publication stamp runs up the left margin, rotated.
R4 (Consiglio n. 31): lines justified by character spacing (Tc), a running
   head with the number on every page after the first.

Usage: python3 rosciano_rl.py OUTDIR  -> R1.pdf, R4.pdf
"""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (Flowable, KeepTogether, Paragraph, SimpleDocTemplate,
                                Spacer, Table, TableStyle)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import ACTS, ROSCIANO  # noqa: E402

PW, PH = A4
LM, RM, TM, BM = 22 * mm, 20 * mm, 44 * mm, 22 * mm


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def crest(c, x, y):
    c.saveState()
    c.setFillColor(colors.HexColor("#8c1d18"))
    c.setStrokeColor(colors.HexColor("#4a0f0c"))
    p = c.beginPath()
    p.moveTo(x, y + 40)
    p.lineTo(x + 32, y + 40)
    p.lineTo(x + 32, y + 16)
    p.curveTo(x + 32, y + 6, x + 22, y + 1, x + 16, y - 2)
    p.curveTo(x + 10, y + 1, x, y + 6, x, y + 16)
    p.close()
    c.drawPath(p, fill=1, stroke=1)
    c.setFillColor(colors.HexColor("#e6c229"))
    c.circle(x + 16, y + 22, 7, fill=1, stroke=0)
    c.rect(x + 3, y + 34, 26, 3, fill=1, stroke=0)
    c.restoreState()


def define_forms(c, a):
    # letterhead
    c.beginForm("lh", lowerx=0, lowery=0, upperx=PW, uppery=PH)
    crest(c, LM, PH - 33 * mm)
    c.setFont("Helvetica-Bold", 15)
    c.drawCentredString(PW / 2, PH - 20 * mm, ROSCIANO["name"])
    c.setFont("Helvetica", 9)
    c.drawCentredString(PW / 2, PH - 25 * mm, ROSCIANO["sub"].upper())
    c.setFont("Helvetica", 7)
    c.drawCentredString(PW / 2, PH - 29 * mm, ROSCIANO["addr"])
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.8)
    c.line(LM, PH - 33 * mm, PW - RM, PH - 33 * mm)
    c.setLineWidth(0.6)
    c.rect(PW - RM - 26 * mm, PH - 26 * mm, 26 * mm, 8 * mm)
    c.setFont("Helvetica-Bold", 10)
    c.drawCentredString(PW - RM - 13 * mm, PH - 23.3 * mm, "COPIA")
    c.endForm()
    # a small running head for the following pages
    c.beginForm("rh", lowerx=0, lowery=0, upperx=PW, uppery=PH)
    c.setFont("Helvetica-Oblique", 7.5)
    c.drawString(LM, PH - 14 * mm, "Comune di Rosciano")
    c.drawRightString(PW - RM, PH - 14 * mm, "%s n. %d del %s" % (
        "Deliberazione di Giunta Comunale" if a["organ"].startswith("GIUNTA")
        else "Deliberazione di Consiglio Comunale", a["number"], a["date"]))
    c.setLineWidth(0.4)
    c.line(LM, PH - 15.5 * mm, PW - RM, PH - 15.5 * mm)
    c.endForm()


class TcPara(Flowable):
    """A paragraph whose lines are justified by character spacing (Tc)."""

    def __init__(self, text, font="Times-Roman", size=10.5, leading=13.6, indent=0,
                 first=None, space_after=3, lines=None, justify_last=False):
        super().__init__()
        self.text, self.font, self.size, self.leading = text, font, size, leading
        self.indent, self.first, self.space_after = indent, first, space_after
        self.fixed, self.justify_last = lines, justify_last

    def _break(self, width):
        if self.fixed is not None:
            return self.fixed
        lines, cur = [], []
        for w in self.text.split():
            t = " ".join(cur + [w])
            if stringWidth(t, self.font, self.size) <= width or not cur:
                cur.append(w)
            else:
                lines.append(" ".join(cur))
                cur = [w]
        if cur:
            lines.append(" ".join(cur))
        return lines

    def wrap(self, aw, ah):
        self.aw = aw
        self.lines = self._break(aw - self.indent)
        self.height = len(self.lines) * self.leading + self.space_after
        return aw, self.height

    def split(self, aw, ah):
        self.wrap(aw, ah)
        n = int(ah // self.leading)
        if n <= 0 or n >= len(self.lines):
            return []
        return [TcPara(self.text, self.font, self.size, self.leading, self.indent, self.first,
                       0, lines=self.lines[:n], justify_last=True),
                TcPara(self.text, self.font, self.size, self.leading, self.indent, None,
                       self.space_after, lines=self.lines[n:], justify_last=self.justify_last)]

    def draw(self):
        c = self.canv
        w = self.aw - self.indent
        top = len(self.lines) * self.leading + self.space_after
        for i, ln in enumerate(self.lines):
            y = top - self.size - i * self.leading
            last = i == len(self.lines) - 1 and not self.justify_last
            if i == 0 and self.first:
                c.setFont(self.font, self.size)
                c.drawString(self.indent - 7 * mm, y, self.first)
            t = c.beginText(self.indent, y)
            t.setFont(self.font, self.size)
            if not last and len(ln) > 1:
                t.setCharSpace((w - stringWidth(ln, self.font, self.size)) / (len(ln) - 1))
            t.textOut(ln)
            c.drawText(t)


def styles():
    return dict(
        body=ParagraphStyle("b", fontName="Times-Roman", fontSize=10.5, leading=13.6,
                            alignment=TA_JUSTIFY, spaceAfter=3),
        center=ParagraphStyle("c", fontName="Times-Bold", fontSize=11, leading=14,
                              alignment=TA_CENTER, spaceBefore=6, spaceAfter=6),
        title=ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=11.5, leading=14,
                             alignment=TA_CENTER, spaceAfter=6),
        small=ParagraphStyle("s", fontName="Helvetica", fontSize=8, leading=10, alignment=TA_LEFT),
        cell=ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11),
        subj=ParagraphStyle("subj", fontName="Helvetica-Bold", fontSize=9.5, leading=12),
        point=ParagraphStyle("p", fontName="Times-Roman", fontSize=10.5, leading=13.6,
                             alignment=TA_JUSTIFY, leftIndent=8 * mm, bulletIndent=0,
                             spaceAfter=3),
    )


def header_flow(a, S):
    f = [Paragraph(a["kind_title"], S["title"])]
    t = Table([[Paragraph("Numero", S["small"]), Paragraph("<b>%d</b>" % a["number"], S["cell"]),
                Paragraph("Del", S["small"]), Paragraph("<b>%s</b>" % a["date"], S["cell"]),
                Paragraph("Proposta n. %d del %s" % a["proposal"][:2], S["small"])]],
              colWidths=[18 * mm, 22 * mm, 12 * mm, 30 * mm, 86 * mm])
    t.setStyle(TableStyle([("BOX", (0, 0), (3, 0), 0.6, colors.black),
                           ("INNERGRID", (0, 0), (3, 0), 0.3, colors.grey),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("ALIGN", (4, 0), (4, 0), "RIGHT")]))
    f.append(t)
    f.append(Spacer(1, 3 * mm))
    o = Table([[Paragraph("Oggetto:", S["small"]), Paragraph(esc(a["subject"]), S["subj"])]],
              colWidths=[18 * mm, 150 * mm])
    o.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    f.append(o)
    f.append(Paragraph("Ufficio proponente: %s" % a["proposal"][2], S["small"]))
    if a.get("session"):
        f.append(Paragraph(a["session"], S["small"]))
    f.append(Spacer(1, 4 * mm))
    return f


def roll_flow(a, S):
    st = a["roll_style"]
    if st == "PA":
        data = [["Cognome e Nome", "Carica", "Pres./Ass."]]
        for n, r, p in a["roll"]:
            data.append([n, r, "P" if p else "A"])
        widths = [62 * mm, 40 * mm, 24 * mm]
    elif st == "SINO":
        data = [["Consiglieri", "Carica", "Presente"]]
        for n, r, p in a["roll"]:
            data.append([n, r, "SI" if p else "NO"])
        widths = [62 * mm, 40 * mm, 24 * mm]
    t = Table(data, colWidths=widths)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
                           ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
                           ("ALIGN", (2, 0), (2, -1), "CENTER"),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.black),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    out = [t]
    if a.get("counts"):
        out.append(Spacer(1, 2 * mm))
        out.append(Paragraph("Presenti n. %s &nbsp;&nbsp;&nbsp;&nbsp; Assenti n. %s" % a["counts"],
                             ParagraphStyle("cnt", parent=S["cell"], alignment=TA_CENTER)))
    out.append(Spacer(1, 3 * mm))
    return out


def signs_flow(a, S, with_form):
    (r1, n1), (r2, n2) = a["signs"]
    data = [[r1, r2], [n1, n2]]
    t = Table(data, colWidths=[84 * mm, 84 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
                           ("FONT", (0, 1), (-1, 1), "Helvetica", 9.5),
                           ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                           ("TOPPADDING", (0, 1), (-1, 1), 4)]))
    return [Spacer(1, 2 * mm), Paragraph("Letto, approvato e sottoscritto.", S["body"]),
            Spacer(1, 2 * mm), t]


def build(key, out, tc=False):
    a = ACTS[key]
    S = styles()

    def P(txt):
        return TcPara(txt) if tc else Paragraph(esc(txt), S["body"])

    story = header_flow(a, S)
    for p in a["opening"]:
        story.append(P(p))
    story.append(Spacer(1, 2 * mm))
    story += roll_flow(a, S)
    for p in a["after_roll"]:
        story.append(P(p))
    story.append(Paragraph(a["organ_line"], S["center"]))
    for p in a["premesse"]:
        story.append(P(p))
    story.append(P(a["vote_pre"]))
    story.append(Paragraph("DELIBERA", S["center"]))
    for i, p in enumerate(a["points"], 1):
        if tc:
            story.append(TcPara(p, indent=8 * mm, first="%d." % i))
        else:
            story.append(Paragraph(esc(p), S["point"], bulletText="%d." % i))
    for p in a["post"]:
        story.append(P(p))
    story.append(KeepTogether(signs_flow(a, S, key == "R1")))
    pubdal = {"R1": ("09-08-2027", "24-08-2027", "918"), "R4": ("30-08-2027", None, "1003")}[key]
    cert = ("Della suestesa deliberazione viene iniziata oggi la pubblicazione all'Albo Pretorio "
            "on line per quindici giorni consecutivi")
    if pubdal[1]:
        cert += " dal %s al %s" % pubdal[:2]
    cert += " (n. %s del Registro delle pubblicazioni)." % pubdal[2]
    story.append(KeepTogether([
        Spacer(1, 6 * mm),
        Paragraph("CERTIFICATO DI PUBBLICAZIONE", S["center"]),
        P(cert),
        Paragraph("Rosciano, lì %s" % pubdal[0], S["body"]),
        Paragraph("IL RESPONSABILE DELLA PUBBLICAZIONE<br/>f.to Gabriella Di Marzio",
                  ParagraphStyle("rp", parent=S["cell"], alignment=TA_CENTER, leftIndent=90 * mm)),
    ]))

    def first(c, doc):
        define_forms(c, a)

    def later(c, doc):
        pass

    def end(c, doc):
        # painted after the page's body: out of reading order
        c.saveState()
        if doc.page == 1:
            c.doForm("lh")
        else:
            c.doForm("rh")
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(PW / 2, 12 * mm, "Pag. %d" % doc.page)
        if a.get("stamp"):
            c.translate(12 * mm, 60 * mm)
            c.rotate(90)
            c.setFillColor(colors.HexColor("#1f3f8f"))
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(0, 0, a["stamp"])
        c.restoreState()

    from reportlab.platypus.doctemplate import PageTemplate
    from reportlab.platypus.frames import Frame

    class Doc(SimpleDocTemplate):
        def build(self, flowables):
            f1 = Frame(LM, BM, PW - LM - RM, PH - TM - BM, id="f1", leftPadding=0, rightPadding=0)
            f2 = Frame(LM, BM, PW - LM - RM, PH - 22 * mm - BM, id="f2", leftPadding=0, rightPadding=0)
            self.addPageTemplates([
                PageTemplate(id="First", frames=[f1], onPage=first, onPageEnd=end,
                             autoNextPageTemplate="Later"),
                PageTemplate(id="Later", frames=[f2], onPage=later, onPageEnd=end)])
            super().build(flowables)

    doc = Doc(out, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM, bottomMargin=BM,
              title="Deliberazione n. %d del %s" % (a["number"], a["date"]),
              author="Comune di Rosciano", creator="Halley - Atti Amministrativi")
    doc.build(story)


if __name__ == "__main__":
    o = sys.argv[1]
    build("R1", os.path.join(o, "R1.pdf"), tc=False)
    build("R4", os.path.join(o, "R4.pdf"), tc=True)
