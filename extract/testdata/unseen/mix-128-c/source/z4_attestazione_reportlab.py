#!/usr/bin/env python3
"""Comune di Zugliano, house style "Pasubio": attestazione di avvenuta
pubblicazione of a determinazione of the Area Tecnica, printed by ReportLab
platypus: the act's and the publication's data flow in two columns side by
side (two Frames), the subject full width under them, justified body (Tw)."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph,
                                Spacer, FrameBreak, Table, TableStyle)
from reportlab.lib import colors

out = sys.argv[1]
W, H = A4
LM = RM = 22 * mm


def page(c, doc):
    c.saveState()
    # crest
    cx, top = W / 2, H - 14 * mm
    s = 11 * mm / 140
    p = c.beginPath()
    pts = [(10, 10), (150, 10), (150, 110), (80, 190), (10, 110)]
    for i, (x, y) in enumerate(pts):
        X, Y = cx + (x - 80) * s, top - y * s
        (p.moveTo if i == 0 else p.lineTo)(X, Y)
    p.close()
    c.setFillColorRGB(0.77, 0.125, 0.15)
    c.setStrokeColorRGB(0.24, 0.08, 0.08)
    c.drawPath(p, stroke=1, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.rect(cx - 70 * s, top - 100 * s, 140 * s, 30 * s, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Times-Bold", 17)
    c.drawCentredString(W / 2, H - 37 * mm, "COMUNE DI ZUGLIANO")
    c.setFont("Times-Italic", 10.5)
    c.drawCentredString(W / 2, H - 42 * mm, "Provincia di Vicenza")
    # grey band
    c.setFillColorRGB(0.9, 0.9, 0.9)
    c.rect(LM, H - 56 * mm, W - LM - RM, 11 * mm, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Times-Bold", 9.5)
    c.drawString(LM + 2 * mm, H - 49.5 * mm, "AREA AMMINISTRATIVA")
    c.drawRightString(W - RM - 2 * mm, H - 49.5 * mm, "Reg. Albo n. 309/2028")
    c.setFont("Times-Roman", 9.5)
    c.drawString(LM + 2 * mm, H - 54 * mm, "Ufficio Segreteria e Albo Pretorio")
    c.drawRightString(W - RM - 2 * mm, H - 54 * mm, "del 12/04/2028")
    # footer
    c.setStrokeColorRGB(0.55, 0.55, 0.55)
    c.setLineWidth(0.4)
    c.line(LM, 16 * mm, W - RM, 16 * mm)
    c.setFont("Times-Roman", 8)
    c.drawCentredString(W / 2, 12 * mm,
                        "Comune di Zugliano – documento firmato digitalmente ai sensi "
                        "del D.Lgs. n. 82/2005 – Pag. %d di 1" % doc.page)
    c.restoreState()


doc = BaseDocTemplate(out, pagesize=A4, leftMargin=LM, rightMargin=RM,
                      topMargin=20 * mm, bottomMargin=22 * mm,
                      title="Attestazione di avvenuta pubblicazione - Reg. Albo n. 309/2028",
                      author="Comune di Zugliano - Ufficio Segreteria",
                      creator="Pasubio Atti - Albo Pretorio on line")
cw = (W - LM - RM - 8 * mm) / 2
top_y = H - 60 * mm
frames = [
    Frame(LM, top_y - 22 * mm, W - LM - RM, 22 * mm, id="title", showBoundary=0, leftPadding=0, rightPadding=0),
    Frame(LM, top_y - 62 * mm, cw, 40 * mm, id="left", showBoundary=0, leftPadding=0, rightPadding=0),
    Frame(LM + cw + 8 * mm, top_y - 62 * mm, cw, 40 * mm, id="right", showBoundary=0, leftPadding=0, rightPadding=0),
    Frame(LM, 22 * mm, W - LM - RM, top_y - 62 * mm - 22 * mm, id="rest", showBoundary=0, leftPadding=0, rightPadding=0),
]
doc.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=page)])

T = ParagraphStyle("t", fontName="Times-Bold", fontSize=14, leading=17,
                   alignment=TA_CENTER, spaceBefore=8)
HD = ParagraphStyle("hd", fontName="Times-Bold", fontSize=9.5, leading=12,
                    textColor=colors.HexColor("#444444"), spaceAfter=3)
CL = ParagraphStyle("cl", fontName="Times-Roman", fontSize=11, leading=14.5)
B = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=15,
                   alignment=TA_JUSTIFY, spaceAfter=7)
C = ParagraphStyle("c", parent=B, alignment=TA_CENTER, fontName="Times-Bold")

story = [Paragraph("ATTESTAZIONE DI AVVENUTA PUBBLICAZIONE", T), FrameBreak()]
story += [
    Paragraph("ESTREMI DELL'ATTO", HD),
    Paragraph("Determinazione del Responsabile dell'<b>Area Tecnica</b>", CL),
    Paragraph("Servizio Manutenzioni e Patrimonio", CL),
    Paragraph("Registro generale n. <b>96</b> del <b>11/04/2028</b>", CL),
    Paragraph("Registro di settore n. 31 del 10/04/2028", CL),
    FrameBreak(),
    Paragraph("ESTREMI DELLA PUBBLICAZIONE", HD),
    Paragraph("Registro Albo n. <b>309/2028</b>", CL),
    Paragraph("Data di affissione: 12/04/2028", CL),
    Paragraph("Data di defissione: 27/04/2028", CL),
    Paragraph("Durata: quindici giorni consecutivi", CL),
    FrameBreak(),
]
subj = ("AFFIDAMENTO DEL SERVIZIO DI SFALCIO DEI CIGLI STRADALI E DELLE AREE "
        "VERDI COMUNALI PER LA STAGIONE 2028 ALLA COOPERATIVA SOCIALE \"IL "
        "GERMOGLIO\" – CIG B81F0D27A3 – IMPEGNO DI SPESA.")
ot = Table([[Paragraph("Oggetto", CL), Paragraph("<b>%s</b>" % subj, ParagraphStyle(
    "s", parent=CL, alignment=TA_JUSTIFY))]], colWidths=[30 * mm, W - LM - RM - 30 * mm])
ot.setStyle(TableStyle([
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.black),
    ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
    ("TOPPADDING", (0, 0), (-1, -1), 5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ("LEFTPADDING", (0, 0), (0, 0), 0),
]))
story += [ot, Spacer(1, 9 * mm)]
story += [
    Paragraph("Il sottoscritto Messo comunale, visti gli atti d'ufficio,", B),
    Paragraph("ATTESTA", C),
    Paragraph("che la determinazione sopra indicata è stata pubblicata all'Albo "
              "Pretorio on line di questo Comune per quindici giorni consecutivi, dal "
              "12/04/2028 al 27/04/2028, con il n. 309 del Registro delle "
              "pubblicazioni, ai sensi dell'art. 32, comma 1, della Legge 18 giugno "
              "2009, n. 69, e che durante tale periodo non sono pervenute "
              "opposizioni.", B),
    Spacer(1, 6 * mm),
    Paragraph("Zugliano, 28/04/2028", B),
    Spacer(1, 8 * mm),
]
sig = Table([["Il Messo comunale", "Il Segretario comunale"],
             [Paragraph("<i>Loris Zordan</i>", ParagraphStyle("x", parent=CL, alignment=TA_CENTER)),
              Paragraph("<i>dott. Giampaolo Dalla Valle</i>", ParagraphStyle("y", parent=CL, alignment=TA_CENTER))]],
            colWidths=[(W - LM - RM) / 2] * 2)
sig.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"),
                         ("FONTNAME", (0, 0), (-1, 0), "Times-Roman"),
                         ("FONTSIZE", (0, 0), (-1, 0), 11)]))
story.append(sig)
doc.build(story)
