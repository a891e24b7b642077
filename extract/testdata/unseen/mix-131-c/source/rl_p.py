#!/usr/bin/env python3
"""Piancastagnaio determinazione n. 427 (house style "Civilia Next") with ReportLab platypus.
Justified paragraphs (ReportLab justifies with the Tw word-spacing operator), letterhead drawn as a
reused Form XObject on every page, running head and foot carrying the act's number.

  rl_p.py OUT.pdf
"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_RIGHT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from xml.sax.saxutils import escape as E

from content_p import LETTERHEAD as LH, DET_427 as D

FD = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LSerif", FD + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSerif-B", FD + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSerif-I", FD + "LiberationSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("LSans", FD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSans-B", FD + "LiberationSans-Bold.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("LSerif", 0, 0, "LSerif"); addMapping("LSerif", 1, 0, "LSerif-B"); addMapping("LSerif", 0, 1, "LSerif-I")
addMapping("LSerif", 1, 1, "LSerif-B")

RED = colors.HexColor("#7a2b1e")
W, H = A4
body = ParagraphStyle("b", fontName="LSerif", fontSize=11, leading=14.2, alignment=TA_JUSTIFY, spaceAfter=4)
ctr = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="LSerif-B", spaceBefore=4, spaceAfter=5)
rgt = ParagraphStyle("r", parent=body, alignment=TA_RIGHT, spaceAfter=0)
pt = ParagraphStyle("p", parent=body, leftIndent=8 * mm, firstLineIndent=0, bulletIndent=0)
lab = ParagraphStyle("l", fontName="LSans", fontSize=7, leading=8.5, textColor=colors.HexColor("#555555"))
val = ParagraphStyle("v", fontName="LSans-B", fontSize=10, leading=12)
subj = ParagraphStyle("s", fontName="LSerif-B", fontSize=10.5, leading=13, alignment=TA_JUSTIFY)
sm = ParagraphStyle("sm", parent=body, fontSize=9.5, leading=12)


def letterhead_form(c):
    c.beginForm("LH")
    x0, y0 = 20 * mm, H - 32 * mm
    # crest
    p = c.beginPath()
    p.moveTo(x0, y0 + 20 * mm); p.lineTo(x0 + 14 * mm, y0 + 20 * mm); p.lineTo(x0 + 14 * mm, y0 + 8 * mm)
    p.curveTo(x0 + 14 * mm, y0 + 3 * mm, x0 + 10 * mm, y0 + 1 * mm, x0 + 7 * mm, y0)
    p.curveTo(x0 + 4 * mm, y0 + 1 * mm, x0, y0 + 3 * mm, x0, y0 + 8 * mm); p.close()
    c.setFillColor(colors.HexColor("#f3efe2")); c.setStrokeColor(RED); c.setLineWidth(1.2)
    c.drawPath(p, fill=1, stroke=1)
    c.setFillColor(RED); c.rect(x0, y0 + 18 * mm, 14 * mm, 2 * mm, fill=1, stroke=0)
    c.setFillColor(colors.HexColor("#2f5d2c"))
    t = c.beginPath(); t.moveTo(x0 + 7 * mm, y0 + 16 * mm); t.lineTo(x0 + 11 * mm, y0 + 9 * mm)
    t.lineTo(x0 + 3 * mm, y0 + 9 * mm); t.close(); c.drawPath(t, fill=1, stroke=0)
    c.setFillColor(colors.HexColor("#6b4423")); c.rect(x0 + 6.4 * mm, y0 + 5.5 * mm, 1.2 * mm, 3.5 * mm, fill=1, stroke=0)
    c.setFillColor(RED); c.setFont("LSans-B", 16.5); c.drawString(x0 + 18 * mm, y0 + 13 * mm, LH["name"])
    c.setFillColor(colors.black); c.setFont("LSans", 10.5); c.drawString(x0 + 18 * mm, y0 + 8 * mm, LH["prov"])
    c.setFont("LSans", 6.6); c.setFillColor(colors.HexColor("#444444"))
    c.drawString(x0 + 18 * mm, y0 + 3.5 * mm, LH["addr"])
    c.setStrokeColor(RED); c.setLineWidth(1.6); c.line(20 * mm, y0 - 2 * mm, W - 18 * mm, y0 - 2 * mm)
    c.endForm()


def on_page(c, doc):
    if not getattr(doc, "_lh", False):
        letterhead_form(c); doc._lh = True
    c.saveState()
    c.doForm("LH")
    n = c.getPageNumber()
    c.setFont("LSans", 7.5); c.setFillColor(colors.HexColor("#555555"))
    if n > 1:
        c.drawRightString(W - 18 * mm, H - 12 * mm, "Determinazione n. %s del %s" % (D["number"], D["date"]))
    c.setStrokeColor(colors.HexColor("#999999")); c.setLineWidth(0.4)
    c.line(20 * mm, 15 * mm, W - 18 * mm, 15 * mm)
    c.drawString(20 * mm, 11 * mm, "Comune di Piancastagnaio – %s – Determinazione n. %s del %s"
                 % (D["area"].title(), D["number"], D["date"]))
    c.drawRightString(W - 18 * mm, 11 * mm, "Pag. %d" % n)
    c.restoreState()


def boxed(flows, width=172 * mm):
    t = Table([[flows]], colWidths=[width])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.7, colors.HexColor("#333333")),
                           ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return t


def build(out):
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=18 * mm, topMargin=40 * mm,
                          bottomMargin=22 * mm, title="Determinazione n. %s del %s" % (D["number"], D["date"]),
                          author="Comune di Piancastagnaio", creator="Civilia Next - Atti amministrativi")
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=on_page)])
    s = []
    s.append(Paragraph(D["area"], ParagraphStyle("a", parent=ctr, fontSize=13, leading=16, spaceAfter=0)))
    s.append(Paragraph(E(D["office"]), ParagraphStyle("o", parent=body, alignment=TA_CENTER, fontSize=10.5)))
    s.append(Paragraph("DETERMINAZIONE", ParagraphStyle("d", parent=ctr, fontSize=13, leading=16)))
    grid = Table([
        [[Paragraph("Registro Generale", lab), Paragraph("N. %s del %s" % (D["number"], D["date"]), val)],
         [Paragraph("Registro dell'Area", lab), Paragraph("N. %s del %s" % (D["sector_number"], D["sector_date"]), val)],
         [Paragraph("Proposta", lab), Paragraph("n. %s del %s" % (D["proposal"], D["proposal_date"]), val)]],
        [[Paragraph("OGGETTO:", lab), Paragraph(E(D["subject"]), subj)], "", ""]],
        colWidths=[57 * mm, 57 * mm, 58 * mm])
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.7, colors.HexColor("#333333")),
                              ("SPAN", (0, 1), (2, 1)), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(grid)
    s.append(Spacer(1, 8))
    s.append(Paragraph(E(D["heading"]), ctr))
    for t in D["premesse"]:
        s.append(Paragraph(E(t), body))
    s.append(Paragraph("DETERMINA", ctr))
    for i, t in enumerate(D["points"], 1):
        s.append(Paragraph(E(t), pt, bulletText="%d." % i))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Piancastagnaio, %s" % D["sector_date"], body))
    s.append(KeepTogether([Paragraph(E(D["signer"][0]), rgt), Paragraph("<b>%s</b>" % E(D["signer"][1]), rgt),
                           Paragraph("<i>(firmato digitalmente)</i>", ParagraphStyle("x", parent=rgt, fontSize=9))]))
    s.append(PageBreak())
    s.append(Paragraph("PARERI E VISTO DI REGOLARITÀ CONTABILE", ParagraphStyle("h", parent=ctr, fontSize=12.5)))
    s.append(Paragraph("Determinazione n. %s del %s – Proposta n. %s del %s"
                       % (D["number"], D["date"], D["proposal"], D["proposal_date"]),
                       ParagraphStyle("h2", parent=body, alignment=TA_CENTER, fontSize=10)))
    s.append(Spacer(1, 6))
    for title, text, pdate, role, name in D["pareri"]:
        s.append(boxed([Paragraph("<b>%s</b>" % E(title), sm), Paragraph(E(text), sm),
                        Paragraph("Piancastagnaio, %s" % pdate, sm), Paragraph(E(role), rgt),
                        Paragraph("<b>%s</b>" % E(name), rgt)]))
        s.append(Spacer(1, 8))
    cov = Table([["Esercizio", "Capitolo", "Descrizione", "Registrazione", "Importo €"]] +
                [list(r) for r in D["cover_rows"]], colWidths=[18 * mm, 20 * mm, 66 * mm, 32 * mm, 24 * mm])
    cov.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LSerif", 9), ("FONT", (0, 0), (-1, 0), "LSerif-B", 9),
                             ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")),
                             ("ALIGN", (4, 0), (4, -1), "RIGHT")]))
    s.append(boxed([Paragraph("<b>ATTESTAZIONE DI COPERTURA FINANZIARIA (art. 183, comma 7, D.Lgs. 267/2000)</b>", sm),
                    Paragraph("Si appone il visto di regolarità contabile attestante la copertura finanziaria della "
                              "spesa, registrata come segue:", sm), cov, Spacer(1, 4),
                    Paragraph("Piancastagnaio, %s" % D["cover_date"], sm),
                    Paragraph("Il Responsabile dell'Area Finanziaria", rgt), Paragraph("<b>Rag. Lucia Mambrini</b>", rgt)]))
    s.append(PageBreak())
    s.append(Paragraph("CERTIFICATO DI PUBBLICAZIONE", ParagraphStyle("h3", parent=ctr, fontSize=12.5)))
    s.append(Paragraph("<b>Registro Albo Pretorio on line N. %s</b>" % D["cert_reg"], body))
    s.append(Paragraph("Si certifica che la presente determinazione viene pubblicata all'Albo Pretorio on line del "
                       "Comune di Piancastagnaio per quindici giorni consecutivi, dal %s al %s, ai sensi dell'art. 32 "
                       "della L. 69/2009." % (D["cert_from"], D["cert_to"]), body))
    s.append(Paragraph("Piancastagnaio, %s" % D["cert_from"], body))
    s.append(Spacer(1, 8))
    s.append(Paragraph(E(D["cert_signer"][0]), rgt))
    s.append(Paragraph("<b>%s</b>" % E(D["cert_signer"][1]), rgt))
    doc.build(s)


if __name__ == "__main__":
    build(sys.argv[1])
