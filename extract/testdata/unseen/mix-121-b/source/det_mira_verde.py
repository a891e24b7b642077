#!/usr/bin/env python3
"""Comune di Mira - determinazione del Settore Lavori Pubblici (house style "Civilia Next").

ReportLab platypus: header grid with labels (Settore / Servizio / Unita' operativa /
registers), justified body (word spacing by Tw), the letterhead drawn as a Form
XObject at the END of every page (so it comes after the body in the content
stream), a running head with the number and the Settore from page 2 on.
"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-mira-civilianext-verde.pdf"

LIB = "/usr/share/fonts/truetype/liberation2/"
pdfmetrics.registerFont(TTFont("Serif", LIB + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Serif-B", LIB + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Serif-I", LIB + "LiberationSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("Sans", LIB + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Sans-B", LIB + "LiberationSans-Bold.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("Serif", 0, 0, "Serif"); addMapping("Serif", 1, 0, "Serif-B")
addMapping("Serif", 0, 1, "Serif-I"); addMapping("Serif", 1, 1, "Serif-B")

NUM = "1187"; DATE = "14/09/2027"
SETTORE = "SETTORE LAVORI PUBBLICI E PATRIMONIO"

body = ParagraphStyle("body", fontName="Serif", fontSize=11, leading=14.2,
                      alignment=TA_JUSTIFY, spaceAfter=5)
prem = ParagraphStyle("prem", parent=body, leftIndent=0, firstLineIndent=0)
centre = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="Serif-B",
                        fontSize=12, spaceBefore=8, spaceAfter=8, keepWithNext=1)
point = ParagraphStyle("p", parent=body, leftIndent=8 * mm, firstLineIndent=-6 * mm)
lab = ParagraphStyle("lab", fontName="Sans-B", fontSize=8, leading=10, textColor=colors.HexColor("#333333"))
val = ParagraphStyle("val", fontName="Sans", fontSize=9.5, leading=12)
small = ParagraphStyle("small", fontName="Sans", fontSize=8, leading=10, alignment=TA_LEFT)
sig = ParagraphStyle("sig", fontName="Serif", fontSize=11, leading=14, alignment=TA_CENTER)


def letterhead_form(c):
    """Define the letterhead once as a Form XObject."""
    c.beginForm("letterhead", lowerx=0, lowery=0, upperx=A4[0], uppery=A4[1])
    w, h = A4
    # a simple drawn crest
    c.setStrokeColor(colors.HexColor("#1f3f73")); c.setFillColor(colors.HexColor("#dfe6f2"))
    p = c.beginPath()
    x0, y0 = 22 * mm, h - 33 * mm
    p.moveTo(x0, y0 + 18 * mm); p.lineTo(x0 + 14 * mm, y0 + 18 * mm)
    p.lineTo(x0 + 14 * mm, y0 + 7 * mm); p.curveTo(x0 + 14 * mm, y0 + 2 * mm, x0 + 9 * mm, y0, x0 + 7 * mm, y0 - 1 * mm)
    p.curveTo(x0 + 5 * mm, y0, x0, y0 + 2 * mm, x0, y0 + 7 * mm); p.close()
    c.drawPath(p, stroke=1, fill=1)
    c.setFillColor(colors.HexColor("#1f3f73"))
    c.rect(x0 + 3 * mm, y0 + 8 * mm, 8 * mm, 2.2 * mm, stroke=0, fill=1)
    c.setFont("Serif-B", 17)
    c.drawCentredString(w / 2, h - 20 * mm, "COMUNE DI MIRA")
    c.setFont("Serif", 10)
    c.drawCentredString(w / 2, h - 25.5 * mm, "Città Metropolitana di Venezia")
    c.setFont("Sans", 7.5)
    c.drawCentredString(w / 2, h - 30 * mm,
                        "Piazza IX Martiri, 3 - 30034 Mira (VE) - C.F. 00368570271 - PEC: comune.mira.ve@pecveneto.it")
    c.setLineWidth(0.6); c.setStrokeColor(colors.HexColor("#1f3f73"))
    c.line(18 * mm, h - 34 * mm, w - 18 * mm, h - 34 * mm)
    c.endForm()


def first_page(c, doc):
    pass


def first_page_end(c, doc):
    c.saveState()
    letterhead_form(c)
    c.doForm("letterhead")
    footer(c, doc)
    c.restoreState()


def later_page_end(c, doc):
    c.saveState()
    w, h = A4
    c.setFont("Sans", 8)
    c.drawString(18 * mm, h - 14 * mm, "Comune di Mira - Determinazione n. %s del %s" % (NUM, DATE))
    c.drawRightString(w - 18 * mm, h - 14 * mm, "Settore Lavori Pubblici e Patrimonio")
    c.setLineWidth(0.4); c.line(18 * mm, h - 16 * mm, w - 18 * mm, h - 16 * mm)
    footer(c, doc)
    c.restoreState()


def footer(c, doc):
    w, h = A4
    c.setFont("Sans", 7.5)
    c.drawString(18 * mm, 12 * mm, "Civilia Next - Atti amministrativi - stampa del 14/09/2027 12:41")
    c.drawRightString(w - 18 * mm, 12 * mm, "Pagina %d" % doc.page)


def grid():
    rows = [
        ["SETTORE", SETTORE],
        ["SERVIZIO", "Servizio Manutenzioni e Verde"],
        ["UNITÀ OPERATIVA", "U.O. Verde Pubblico e Arredo Urbano"],
        ["REGISTRO GENERALE", "n. %s del %s" % (NUM, DATE)],
        ["REGISTRO DI SETTORE", "n. 312 del 13/09/2027"],
        ["PROPOSTA", "n. 1402 del 10/09/2027"],
        ["RESPONSABILE DEL PROCEDIMENTO", "geom. Luca Zanon"],
    ]
    data = [[Paragraph(a, lab), Paragraph(b, val)] for a, b in rows]
    t = Table(data, colWidths=[60 * mm, 114 * mm])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#6d7d99")),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef1f6")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


SUBJECT = ("AFFIDAMENTO DIRETTO DEL SERVIZIO DI POTATURA E MESSA IN SICUREZZA DELLE "
           "ALBERATURE STRADALI DI VIA NAZIONALE E DEI PARCHI DI ORIAGO E MIRA PORTE, "
           "PERIODO OTTOBRE - DICEMBRE 2027. CIG B3F7A21C09. IMPEGNO DI SPESA.")

story = []
story.append(Spacer(1, 2 * mm))
story.append(grid())
story.append(Spacer(1, 6 * mm))
story.append(Paragraph("DETERMINAZIONE DIRIGENZIALE", centre))
story.append(Paragraph("<b>OGGETTO:</b> " + SUBJECT, ParagraphStyle("o", parent=body, fontSize=11.5, leading=15)))
story.append(Spacer(1, 3 * mm))
story.append(Paragraph("IL DIRIGENTE DEL SETTORE", centre))

premises = [
    "Premesso che con deliberazione di Consiglio Comunale n. 84 del 19/12/2026 è stato approvato il Bilancio "
    "di previsione 2027-2029 e con deliberazione di Giunta Comunale n. 3 del 12/01/2027 il Piano Esecutivo di "
    "Gestione, con l'assegnazione delle risorse ai dirigenti;",
    "Richiamato il decreto del Sindaco n. 14 del 30/06/2027, con il quale è stato conferito alla sottoscritta "
    "l'incarico di direzione del Settore Lavori Pubblici e Patrimonio;",
    "Considerato che l'Unità Operativa Verde Pubblico e Arredo Urbano, a seguito dei sopralluoghi eseguiti nel "
    "mese di agosto 2027 e dell'evento meteorologico del 27 agosto 2027, ha segnalato la presenza di n. 46 "
    "esemplari arborei lungo via Nazionale e nei parchi pubblici di Oriago e Mira Porte che necessitano di "
    "interventi di potatura di contenimento, rimonda del secco e, per n. 7 esemplari, di abbattimento per "
    "instabilità accertata con prova strumentale;",
    "Dato atto che l'importo stimato del servizio è inferiore a 140.000,00 euro e che, ai sensi dell'art. 50, "
    "comma 1, lettera b), del D.Lgs. 31 marzo 2023, n. 36, è consentito l'affidamento diretto, anche senza "
    "consultazione di più operatori economici;",
    "Visto il preventivo acquisito tramite la piattaforma di approvvigionamento digitale in data 06/09/2027, "
    "prot. n. 45872, dalla ditta Verde Brenta Società Cooperativa Agricola, con sede in Dolo (VE), per un "
    "importo di euro 38.650,00 oltre IVA 22%, ritenuto congruo dal responsabile del procedimento;",
    "Accertata la regolarità contributiva della ditta (DURC prot. INAIL_51220874, in corso di validità) e "
    "verificato il possesso dei requisiti di ordine generale;",
    "Visti il D.Lgs. 18 agosto 2000, n. 267, lo Statuto comunale e il vigente Regolamento sull'ordinamento "
    "degli uffici e dei servizi;",
]
for p in premises:
    story.append(Paragraph(p, prem))

story.append(Paragraph("DETERMINA", centre))
points = [
    "di affidare, per le motivazioni espresse in premessa, alla ditta Verde Brenta Società Cooperativa "
    "Agricola, P.IVA 03984110279, il servizio di potatura e messa in sicurezza delle alberature stradali di "
    "via Nazionale e dei parchi di Oriago e Mira Porte, per l'importo di euro 38.650,00 oltre IVA 22%, per "
    "complessivi euro 47.153,00;",
    "di impegnare la spesa di euro 47.153,00 alla Missione 09, Programma 02, capitolo 2154/10 \"Manutenzione "
    "del verde pubblico - prestazioni di servizi\" del bilancio 2027-2029, esercizio 2027;",
    "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, ai sensi "
    "dell'art. 18, comma 1, del D.Lgs. n. 36/2023;",
    "di dare atto che il responsabile unico del progetto è il geom. Luca Zanon, dell'U.O. Verde Pubblico e "
    "Arredo Urbano, e che non sussistono situazioni di conflitto di interessi;",
    "di disporre la pubblicazione del presente provvedimento all'Albo Pretorio on line e nella sezione "
    "Amministrazione Trasparente del sito istituzionale.",
]
for i, p in enumerate(points, 1):
    story.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, p), point))

story.append(Spacer(1, 8 * mm))
sigt = Table([["", Paragraph("IL DIRIGENTE DEL SETTORE<br/>arch. Paola Bortolato", sig)],
              ["", Paragraph("<i>documento firmato digitalmente ai sensi<br/>del D.Lgs. 82/2005 e s.m.i.</i>",
                             ParagraphStyle("s2", parent=sig, fontSize=8.5, leading=10))]],
             colWidths=[90 * mm, 84 * mm])
story.append(KeepTogether(sigt))
story.append(Spacer(1, 8 * mm))
story.append(Paragraph("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", centre))
story.append(Paragraph(
    "Si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa, ai sensi "
    "dell'art. 183, comma 7, del D.Lgs. n. 267/2000. Impegno n. 2027/1944.", body))
story.append(Paragraph("Mira, 14/09/2027", body))
story.append(Paragraph("IL DIRIGENTE DEL SETTORE ECONOMICO FINANZIARIO<br/>dott. Andrea Tonetto", sig))

doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                      topMargin=40 * mm, bottomMargin=20 * mm,
                      title="Determinazione n. 1187 del 14/09/2027", author="Comune di Mira",
                      creator="Civilia Next - Atti")
f1 = Frame(18 * mm, 20 * mm, A4[0] - 36 * mm, A4[1] - 60 * mm, id="f1")
f2 = Frame(18 * mm, 20 * mm, A4[0] - 36 * mm, A4[1] - 42 * mm, id="f2")
doc.addPageTemplates([
    PageTemplate(id="first", frames=[f1], onPage=first_page, onPageEnd=first_page_end, autoNextPageTemplate="later"),
    PageTemplate(id="later", frames=[f2], onPageEnd=later_page_end),
])
doc.build(story)
