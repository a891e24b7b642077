#!/usr/bin/env python3
"""Comune di Gambettola, deliberazione della Giunta Comunale n. 4 del 10/01/2029:
ReportLab platypus, J-Iride-like print (atto/seduta block, roll as a table with the
presence spelled out, running head with the act's reference on every page)."""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.fonts import addMapping
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
DJ = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DVS", DJ + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DVS-B", DJ + "DejaVuSansCondensed-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS-I", DJ + "DejaVuSansCondensed-Oblique.ttf"))
addMapping("DVS", 0, 0, "DVS")
addMapping("DVS", 1, 0, "DVS-B")
addMapping("DVS", 0, 1, "DVS-I")
addMapping("DVS", 1, 1, "DVS-B")

W, H = A4
BODY = ParagraphStyle("b", fontName="DVS", fontSize=9.5, leading=12.8, alignment=TA_JUSTIFY, spaceAfter=4)
SMALL = ParagraphStyle("s", parent=BODY, fontSize=8, leading=10)
CEN = ParagraphStyle("c", parent=BODY, alignment=TA_CENTER, fontName="DVS-B", fontSize=10.5, spaceBefore=4,
                     spaceAfter=5)
PT = ParagraphStyle("pt", parent=BODY, leftIndent=6 * mm, bulletIndent=0, bulletFontName="DVS")

SUBJECT = ("ASSEGNAZIONE DI CONTRIBUTI ORDINARI ALLE ASSOCIAZIONI SPORTIVE DILETTANTISTICHE CONCESSIONARIE DEGLI "
           "IMPIANTI SPORTIVI COMUNALI - STAGIONE SPORTIVA 2028/2029")
REF = "Delibera di Giunta n. 4 del 10/01/2029"


def first_page(c, doc):
    c.saveState()
    c.drawImage(os.path.join(HERE, "stemma_gambettola.png"), 20 * mm, H - 33 * mm, 12 * mm, 15 * mm, mask="auto")
    c.setFont("DVS-B", 15)
    c.drawString(36 * mm, H - 24 * mm, "COMUNE DI GAMBETTOLA")
    c.setFont("DVS", 9)
    c.drawString(36 * mm, H - 29 * mm, "Provincia di Forlì-Cesena")
    c.setStrokeColor(colors.HexColor("#14643c"))
    c.setLineWidth(2)
    c.line(20 * mm, H - 36 * mm, W - 18 * mm, H - 36 * mm)
    foot(c, doc)
    c.restoreState()


def later_pages(c, doc):
    c.saveState()
    c.setFont("DVS", 8)
    c.drawString(20 * mm, H - 14 * mm, "COMUNE DI GAMBETTOLA")
    c.drawRightString(W - 18 * mm, H - 14 * mm, REF)
    c.setLineWidth(0.4)
    c.line(20 * mm, H - 16 * mm, W - 18 * mm, H - 16 * mm)
    foot(c, doc)
    c.restoreState()


def foot(c, doc):
    c.setFont("DVS-I", 7)
    c.drawString(20 * mm, 11 * mm, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.")
    c.drawRightString(W - 18 * mm, 11 * mm, "Pag. %d" % doc.page)


def build(out):
    doc = BaseDocTemplate(out, pagesize=A4, title=REF, author="J-Iride", leftMargin=20 * mm, rightMargin=18 * mm)
    f1 = Frame(20 * mm, 18 * mm, W - 38 * mm, H - 58 * mm, id="f1")
    f2 = Frame(20 * mm, 18 * mm, W - 38 * mm, H - 40 * mm, id="f2")
    doc.addPageTemplates([PageTemplate("first", [f1], onPage=first_page, autoNextPageTemplate="later"),
                          PageTemplate("later", [f2], onPage=later_pages)])
    s = []
    head = Table([
        [Paragraph("<b>DELIBERAZIONE DELLA GIUNTA COMUNALE</b>", ParagraphStyle("h", parent=BODY, fontSize=11.5,
                                                                                 leading=14)), "", ""],
        [Paragraph("Atto N. <b>4</b>", BODY), Paragraph("Seduta del <b>10/01/2029</b>", BODY),
         Paragraph("ORIGINALE", ParagraphStyle("o", parent=BODY, alignment=TA_CENTER, fontName="DVS-B"))],
    ], colWidths=(60 * mm, 70 * mm, 42 * mm))
    head.setStyle(TableStyle([("SPAN", (0, 0), (2, 0)), ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                              ("LINEBELOW", (0, 0), (-1, 0), 0.4, colors.black),
                              ("BOX", (2, 1), (2, 1), 0.8, colors.black),
                              ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4efe8")),
                              ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    s += [head, Spacer(1, 5 * mm)]
    ogg = Table([[Paragraph("<b>OGGETTO:</b>", BODY), Paragraph("<b>%s</b>" % SUBJECT, BODY)]],
                colWidths=(23 * mm, 149 * mm))
    ogg.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.black)]))
    s += [ogg, Spacer(1, 4 * mm)]
    s.append(Paragraph(
        "L'anno 2029 il giorno dieci del mese di gennaio alle ore 15:00 nella Residenza Municipale, convocata nei "
        "modi di legge e nel rispetto del Regolamento per lo svolgimento delle sedute della Giunta anche in "
        "modalità telematica, si è riunita la Giunta Comunale. Risultano:", BODY))
    roll = [("BARTOLINI STEFANO", "SINDACO", "Presente"), ("GUIDI MONICA", "VICESINDACO", "Presente"),
            ("ZAVALLONI MATTEO", "ASSESSORE", "Presente"), ("CASADEI FRANCESCA", "ASSESSORE", "Assente"),
            ("MONTALTI LUCA", "ASSESSORE", "Presente da remoto"), ("PAGANELLI SARA", "ASSESSORE", "Presente")]
    rows = [["Nominativo", "Carica", "Presenza"]] + [list(r) for r in roll]
    rt = Table(rows, colWidths=(62 * mm, 42 * mm, 42 * mm))
    rt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DVS", 9), ("FONT", (0, 0), (-1, 0), "DVS-B", 8.5),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                            ("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.black),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5), ("TOPPADDING", (0, 0), (-1, -1), 1.5)]))
    s += [Spacer(1, 1 * mm), rt, Spacer(1, 1.5 * mm),
          Paragraph("Presenti: 5 &nbsp;&nbsp;&nbsp;&nbsp; Assenti: 1",
                    ParagraphStyle("t", parent=BODY, alignment=TA_CENTER, fontName="DVS-B")), Spacer(1, 2 * mm)]
    s.append(Paragraph("Partecipa il Vice Segretario Generale Dott.ssa Elena Magnani, incaricata della redazione del "
                       "verbale.", BODY))
    s.append(Paragraph("Presiede la seduta il Sindaco, Ing. Stefano Bartolini, che, riconosciuta la legalità "
                       "dell'adunanza, invita la Giunta a deliberare sull'oggetto sopra indicato.", BODY))
    s.append(Paragraph("LA GIUNTA COMUNALE", CEN))
    for t in (
        "Vista l'allegata proposta di deliberazione n. 9 del 05/01/2029 del Settore Servizi alla Persona - "
        "Servizio Sport e Politiche Giovanili, avente ad oggetto quanto sopra indicato;",
        "Premesso che il Comune di Gambettola ha affidato in concessione la gestione degli impianti sportivi "
        "comunali (stadio comunale, palestra polivalente e bocciodromo) ad associazioni sportive dilettantistiche "
        "del territorio, sulla base di convenzioni che prevedono, a fronte della gestione e della manutenzione "
        "ordinaria, l'erogazione di un contributo annuo;",
        "Visto il Regolamento comunale per la concessione di contributi e benefici economici ad enti e associazioni, "
        "approvato con deliberazione del Consiglio Comunale n. 47 del 29/11/2022;",
        "Esaminati i rendiconti della stagione sportiva 2027/2028 e i programmi di attività presentati dalle "
        "associazioni concessionarie, conservati agli atti del Servizio Sport;",
        "Ritenuto di assegnare i seguenti contributi ordinari per la stagione sportiva 2028/2029: A.S.D. Gambettola "
        "Calcio € 9.500,00; A.S.D. Pallavolo Gambettola € 6.200,00; A.S.D. Bocciofila Gambettolese € 2.300,00, per "
        "complessivi € 18.000,00;",
        "Dato atto che sulla proposta sono stati espressi i pareri favorevoli di regolarità tecnica e contabile ai "
        "sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267, allegati al presente atto;",
        "Con voti unanimi favorevoli espressi in forma palese;",
    ):
        s.append(Paragraph(t, BODY))
    s.append(Paragraph("DELIBERA", CEN))
    for i, t in enumerate((
        "di assegnare, per le motivazioni espresse in premessa, i contributi ordinari per la stagione sportiva "
        "2028/2029 alle associazioni sportive dilettantistiche concessionarie degli impianti sportivi comunali, "
        "nella misura indicata in premessa, per complessivi € 18.000,00;",
        "di dare atto che la spesa trova copertura alla Missione 6, Programma 1, capitolo 6230 \"Contributi ad "
        "associazioni sportive\" del bilancio di previsione 2029-2031, esercizio 2029;",
        "di demandare al Responsabile del Settore Servizi alla Persona l'adozione degli atti di impegno e di "
        "liquidazione, quest'ultima in due rate, la seconda a presentazione del rendiconto.",
    ), 1):
        s.append(Paragraph(t, PT, bulletText="%d." % i))
    s.append(Spacer(1, 2 * mm))
    s.append(Paragraph("Successivamente, con separata votazione unanime e palese, la Giunta Comunale dichiara il "
                       "presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. "
                       "267/2000, per consentire l'erogazione dell'acconto entro il mese di gennaio.", BODY))
    s.append(Spacer(1, 6 * mm))
    firme = Table([["IL SINDACO", "IL VICE SEGRETARIO GENERALE"],
                   ["Ing. Stefano Bartolini", "Dott.ssa Elena Magnani"]], colWidths=(86 * mm, 86 * mm))
    firme.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "DVS-B", 9.5), ("FONT", (0, 1), (-1, 1), "DVS", 9.5),
                               ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    s.append(KeepTogether([Paragraph("Letto, approvato e sottoscritto.", BODY), Spacer(1, 2 * mm), firme]))
    doc.build(s)


if __name__ == "__main__":
    build(sys.argv[1])
