# -*- coding: utf-8 -*-
"""Verucchio house style ("J-Ente" print) in ReportLab Platypus.

Justified paragraphs (ReportLab justifies with the Tw word-spacing operator),
a running head and a running foot carrying the register number on every page.
Usage: python3 ver_rl.py V1 out.pdf
"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)
from reportlab.pdfgen import canvas as rlcanvas
import acts

W, H = A4


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class NumberedCanvas(rlcanvas.Canvas):
    """Two-pass canvas so the foot can say 'Pagina x di y'."""
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            self.draw_foot(n)
            super().showPage()
        super().save()

    def draw_foot(self, n):
        a = self._act
        self.setFont("Helvetica", 7.5)
        self.setFillColor(colors.HexColor("#444444"))
        self.line(20 * mm, 16 * mm, W - 20 * mm, 16 * mm)
        self.drawString(20 * mm, 12 * mm,
                        "%s – %s n. %d del %s" % (acts.VER["muni"], a["title"].capitalize(),
                                                  a["rg"][0], a["rg"][1]))
        self.drawRightString(W - 20 * mm, 12 * mm, "Pagina %d di %d" % (self._pageNumber, n))
        self.setFillColor(colors.black)


def crest(c, x, y):
    """A plain shield, as the package prints the coat of arms in line art."""
    p = c.beginPath()
    p.moveTo(x, y + 22 * mm)
    p.lineTo(x + 17 * mm, y + 22 * mm)
    p.lineTo(x + 17 * mm, y + 8 * mm)
    p.curveTo(x + 17 * mm, y + 3 * mm, x + 11 * mm, y + 1 * mm, x + 8.5 * mm, y)
    p.curveTo(x + 6 * mm, y + 1 * mm, x, y + 3 * mm, x, y + 8 * mm)
    p.close()
    c.setLineWidth(1)
    c.setFillColor(colors.HexColor("#e9e2c8"))
    c.drawPath(p, stroke=1, fill=1)
    c.setFillColor(colors.HexColor("#7a1f1f"))
    c.rect(x + 3 * mm, y + 9 * mm, 11 * mm, 9 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black)


def build(act, out):
    h = acts.VER
    styles = dict(
        body=ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.2,
                            alignment=TA_JUSTIFY, spaceAfter=5),
        point=ParagraphStyle("point", fontName="Helvetica", fontSize=10, leading=13.2,
                             alignment=TA_JUSTIFY, leftIndent=8 * mm, firstLineIndent=-6 * mm,
                             spaceAfter=4),
        center=ParagraphStyle("center", fontName="Helvetica-Bold", fontSize=10.5,
                              leading=14, alignment=TA_CENTER, spaceBefore=4, spaceAfter=6),
        small=ParagraphStyle("small", fontName="Helvetica", fontSize=8.5, leading=10.5),
        subj=ParagraphStyle("subj", fontName="Helvetica-Bold", fontSize=10, leading=12.6,
                            alignment=TA_JUSTIFY),
        lab=ParagraphStyle("lab", fontName="Helvetica-Bold", fontSize=9, leading=11),
        reg=ParagraphStyle("reg", fontName="Helvetica", fontSize=9, leading=12.5),
        sign=ParagraphStyle("sign", fontName="Helvetica", fontSize=10, leading=13,
                            alignment=TA_CENTER),
    )

    def first(c, doc):
        c.saveState()
        crest(c, 20 * mm, H - 38 * mm)
        c.setFont("Helvetica-Bold", 17)
        c.drawString(42 * mm, H - 23 * mm, h["muni_caps"])
        c.setFont("Helvetica", 10)
        c.drawString(42 * mm, H - 28.5 * mm, h["prov"])
        c.setLineWidth(0.6)
        c.line(42 * mm, H - 31 * mm, W - 20 * mm, H - 31 * mm)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(42 * mm, H - 35.5 * mm, act["organ"])
        c.setFont("Helvetica-Oblique", 9.5)
        c.drawString(42 * mm, H - 40 * mm, act["office"])
        c.setFont("Helvetica", 7)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(42 * mm, H - 44 * mm, h["addr"])
        c.restoreState()

    def later(c, doc):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawString(20 * mm, H - 14 * mm, "%s – %s" % (h["muni"], act["organ_run"]))
        c.drawRightString(W - 20 * mm, H - 14 * mm,
                          "Reg. Gen. n. %d del %s" % act["rg"])
        c.line(20 * mm, H - 15.5 * mm, W - 20 * mm, H - 15.5 * mm)
        c.restoreState()

    doc = BaseDocTemplate(out, pagesize=A4, title="%s n. %d del %s" % (act["title"].capitalize(), *act["rg"]),
                          author=h["muni"], creator="J-Ente Atti Amministrativi")
    f1 = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 70 * mm, id="f1")
    f2 = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 40 * mm, id="f2")
    doc.addPageTemplates([PageTemplate("first", [f1], onPage=first, autoNextPageTemplate="later"),
                          PageTemplate("later", [f2], onPage=later)])

    st = []
    # title and register box
    if "rs" in act:
        regtxt = ("<b>Registro Generale</b> n. <b>%d</b> del %s<br/>"
                  "<b>Registro di Settore</b> n. %d del %s" % (*act["rg"], *act["rs"]))
    else:
        regtxt = "<b>%s</b> n. <b>%d</b> del %s" % (act["title"].capitalize(), *act["rg"])
    t = Table([[Paragraph("<font size=16><b>%s</b></font>" % act["title"],
                          ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=16, leading=20)),
                Paragraph(regtxt, styles["reg"])]],
              colWidths=[85 * mm, W - 40 * mm - 85 * mm])
    t.setStyle(TableStyle([("BOX", (1, 0), (1, 0), 0.8, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("BACKGROUND", (1, 0), (1, 0), colors.HexColor("#f2f2f2")),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    st += [t, Spacer(1, 4)]
    if "prop" in act:
        st.append(Paragraph("Proposta n. %d del %s – Ufficio proponente: %s"
                            % (act["prop"][0], act["prop"][1], act["prop_office"]), styles["small"]))
        st.append(Spacer(1, 5))
    ot = Table([[Paragraph("OGGETTO:", styles["lab"]), Paragraph(esc(act["subject"]), styles["subj"])]],
               colWidths=[24 * mm, W - 40 * mm - 24 * mm])
    ot.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                            ("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#dddddd")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    st += [ot, Spacer(1, 8), Paragraph(act["intro"], styles["center"])]
    for p in act["premesse"]:
        st.append(Paragraph(esc(p), styles["body"]))
    if "table" in act:
        rows = act["table"]
        tt = Table(rows, repeatRows=1, hAlign="CENTER")
        tt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
                                ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
                                ("ALIGN", (-1, 0), (-1, -1), "RIGHT")]))
        st += [Spacer(1, 2), tt, Spacer(1, 6)]
    st.append(Paragraph(act["verb"], styles["center"]))
    for i, p in enumerate(act["points"], 1):
        st.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, esc(p)), styles["point"]))
    for p in act.get("after", []):
        st.append(Paragraph(esc(p), styles["body"]))
    st.append(Spacer(1, 10))
    st.append(KeepTogether([
        Table([["", Paragraph("%s<br/><b>%s</b><br/><font size=7.5>Documento firmato digitalmente "
                              "ai sensi del D.Lgs. 82/2005 e norme collegate</font>"
                              % (act["sign"][0], act["sign"][1]), styles["sign"])]],
              colWidths=[70 * mm, W - 40 * mm - 70 * mm])]))
    if "visto" in act:
        v = act["visto"]
        st.append(Spacer(1, 12))
        box = [[Paragraph("<b>VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA</b>",
                          styles["small"])],
               [Paragraph("Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di "
                          "regolarità contabile attestante la copertura finanziaria della spesa "
                          "(impegno %s, capitolo %s, importo %s)." % (v["impegno"], v["cap"], v["amount"]),
                          styles["small"])],
               [Paragraph("Verucchio, %s &nbsp;&nbsp;&nbsp; %s – <b>%s</b>" % (v["date"], *v["who"]),
                          styles["small"])]]
        bt = Table(box, colWidths=[W - 40 * mm])
        bt.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black)]))
        st.append(KeepTogether([bt]))

    def mk(*a, **k):
        c = NumberedCanvas(*a, **k)
        c._act = act
        return c
    doc.build(st, canvasmaker=mk)


if __name__ == "__main__":
    a = {x["id"]: x for x in acts.ALL}[sys.argv[1]]
    build(a, sys.argv[2])
