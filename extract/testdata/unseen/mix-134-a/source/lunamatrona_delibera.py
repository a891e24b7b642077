#!/usr/bin/env python3
"""Comune di Lunamatrona - Giunta Comunale n. 87/2028, house style "Sipal".
ReportLab platypus: justified paragraphs (word spacing via Tw), running head
and foot with the act's number on every page after the first."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)

OUT = sys.argv[1] if len(sys.argv) > 1 else "deliberazione-lunamatrona-sipal.pdf"
W, H = A4
NUM = "87"
DATA = "12/10/2028"

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14.2,
                      alignment=TA_JUSTIFY, spaceAfter=5)
bodyc = ParagraphStyle("bodyc", parent=body, alignment=TA_CENTER, fontName="Times-Bold",
                       spaceBefore=6, spaceAfter=6)
small = ParagraphStyle("small", fontName="Helvetica", fontSize=8.5, leading=10.5,
                       alignment=TA_LEFT)
ogg = ParagraphStyle("ogg", fontName="Helvetica-Bold", fontSize=10.5, leading=13.5,
                     alignment=TA_JUSTIFY)
point = ParagraphStyle("point", parent=body, leftIndent=8 * mm, firstLineIndent=-6 * mm)


def first_page(c, doc):
    c.saveState()
    # letterhead: crest placeholder and name on the left
    c.setStrokeColor(colors.HexColor("#1d3f6e"))
    c.setLineWidth(1.2)
    c.roundRect(20 * mm, H - 37 * mm, 15 * mm, 18 * mm, 3 * mm)
    c.setFont("Helvetica-Bold", 7)
    c.drawCentredString(27.5 * mm, H - 29 * mm, "STEMMA")
    c.setFillColor(colors.HexColor("#1d3f6e"))
    c.setFont("Helvetica-Bold", 17)
    c.drawString(40 * mm, H - 26 * mm, "COMUNE DI LUNAMATRONA")
    c.setFont("Helvetica", 10)
    c.drawString(40 * mm, H - 31.5 * mm, "Provincia del Sud Sardegna")
    c.setFont("Helvetica", 7.5)
    c.setFillColor(colors.black)
    c.drawString(40 * mm, H - 36 * mm,
                 "Piazza Europa, 4 - 09022 Lunamatrona (SU) - Tel. 070 939 0412 - protocollo@pec.comune.lunamatrona.su.it")
    # grey band with type, number and date
    c.setFillColor(colors.HexColor("#e3e6ea"))
    c.rect(20 * mm, H - 50 * mm, W - 40 * mm, 9 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 10.5)
    c.drawString(23 * mm, H - 47 * mm, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE")
    c.drawRightString(W - 23 * mm, H - 47 * mm, "N. %s  del  %s" % (NUM, DATA))
    foot(c, doc)
    c.restoreState()


def later_pages(c, doc):
    c.saveState()
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(20 * mm, H - 14 * mm, "Comune di Lunamatrona")
    c.drawRightString(W - 20 * mm, H - 14 * mm,
                      "Deliberazione G.C. n. %s del %s" % (NUM, DATA))
    c.setLineWidth(0.4)
    c.line(20 * mm, H - 15.5 * mm, W - 20 * mm, H - 15.5 * mm)
    foot(c, doc)
    c.restoreState()


def foot(c, doc):
    c.setLineWidth(0.4)
    c.line(20 * mm, 16 * mm, W - 20 * mm, 16 * mm)
    c.setFont("Helvetica", 7.5)
    c.drawString(20 * mm, 12 * mm, "Sipal Atti Amministrativi - Delibera G.C. %s/2028" % NUM)
    c.drawRightString(W - 20 * mm, 12 * mm, "Pagina %d di 2" % doc.page)


doc = BaseDocTemplate(OUT, pagesize=A4, title="Deliberazione G.C. n. 87 del 12/10/2028",
                      author="Comune di Lunamatrona", creator="Sipal Atti Amministrativi",
                      subject="Delibera di Giunta")
f1 = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 74 * mm, id="f1", leftPadding=0, rightPadding=0)
f2 = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 42 * mm, id="f2", leftPadding=0, rightPadding=0)
doc.addPageTemplates([PageTemplate(id="first", frames=[f1], onPage=first_page),
                      PageTemplate(id="later", frames=[f2], onPage=later_pages)])

from reportlab.platypus import NextPageTemplate
story = [NextPageTemplate("later")]

story.append(Table([[Paragraph("Proposta di deliberazione n. 94 del 06/10/2028", small),
                     Paragraph("Ufficio proponente: Area Tecnica", small)]],
                   colWidths=[(W - 40 * mm) / 2] * 2,
                   style=[("LEFTPADDING", (0, 0), (-1, -1), 0)]))
story.append(Spacer(1, 3 * mm))
subj = ("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN "
        "SICUREZZA DELLA STRADA RURALE “SA TANCA MANNA” – CUP G57H28000190002.")
t = Table([[Paragraph("OGGETTO:", ogg), Paragraph(subj, ogg)]],
          colWidths=[26 * mm, W - 40 * mm - 26 * mm])
t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                       ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
story += [t, Spacer(1, 4 * mm)]

story.append(Paragraph(
    "L’anno <b>duemilaventotto</b>, il giorno <b>dodici</b> del mese di <b>ottobre</b>, alle ore "
    "<b>17:30</b>, nella sala delle adunanze della Casa Comunale, convocata nei modi di legge, si è "
    "riunita la Giunta Comunale nelle persone dei Signori:", body))

roll = [["Cognome e Nome", "Carica", "Presente", "Assente"],
        ["ATZORI Giovanni", "Sindaco", "X", ""],
        ["PORCU Maria Antonietta", "Vicesindaco", "X", ""],
        ["MELIS Stefano", "Assessore", "", "X"],
        ["SPANU Roberta", "Assessore", "X", ""],
        ["", "Totale", "3", "1"]]
rt = Table(roll, colWidths=[62 * mm, 40 * mm, 24 * mm, 24 * mm], hAlign="CENTER")
rt.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
    ("FONT", (0, 1), (-1, -1), "Helvetica", 9.5),
    ("FONT", (1, -1), (-1, -1), "Helvetica-Bold", 9.5),
    ("ALIGN", (2, 0), (-1, -1), "CENTER"),
    ("GRID", (0, 0), (-1, -2), 0.5, colors.grey),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3e6ea")),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 2)]))
story += [Spacer(1, 1 * mm), rt, Spacer(1, 3 * mm)]

story.append(Paragraph(
    "Assume la presidenza il Sindaco, Dott. Giovanni Atzori, il quale, constatato il numero legale "
    "degli intervenuti, dichiara aperta la seduta e invita la Giunta a deliberare sull’oggetto sopra "
    "indicato. Partecipa con funzioni consultive, referenti e di assistenza e ne cura la verbalizzazione "
    "(art. 97, comma 4, lett. a, del D.Lgs. n. 267/2000) il Segretario Comunale, Dott.ssa Claudia Frau.",
    body))
story.append(Paragraph("LA GIUNTA COMUNALE", bodyc))
for p in [
    "<b>Premesso</b> che la strada rurale “Sa Tanca Manna”, che collega l’abitato alla S.P. 47 attraversando "
    "la zona agricola a nord del centro, presenta in più tratti cedimenti della massicciata, erosione delle "
    "banchine e assenza di barriere di protezione in corrispondenza del canale di scolo, come risulta dalla "
    "relazione di sopralluogo dell’Ufficio Tecnico comunale del 18/09/2028;",
    "<b>Dato atto</b> che con determinazione della Regione Autonoma della Sardegna – Assessorato dei Lavori "
    "Pubblici n. 1384 del 22/07/2028 è stato concesso a questo Comune un contributo di € 185.000,00 per "
    "interventi di messa in sicurezza della viabilità rurale;",
    "<b>Visto</b> il progetto di fattibilità tecnico-economica redatto dall’Ufficio Tecnico comunale, "
    "acquisito al protocollo n. 6127 del 04/10/2028, composto da relazione tecnico-illustrativa, "
    "elaborati grafici, calcolo sommario della spesa e quadro economico, per un importo complessivo di "
    "€ 185.000,00, di cui € 138.400,00 per lavori a base d’asta e oneri della sicurezza;",
    "<b>Visti</b> il D.Lgs. 31 marzo 2023, n. 36 e, in particolare, l’art. 41 e l’allegato I.7, nonché il "
    "D.Lgs. 18 agosto 2000, n. 267;",
    "<b>Acquisiti</b> i pareri favorevoli di regolarità tecnica e contabile espressi, ai sensi dell’art. 49 "
    "del D.Lgs. n. 267/2000, dai Responsabili delle Aree interessate, riportati in calce;",
    "Con voti unanimi favorevoli, espressi in forma palese,",
]:
    story.append(Paragraph(p, body))
story.append(Paragraph("D E L I B E R A", bodyc))
pts = [
    "di approvare il progetto di fattibilità tecnico-economica dei lavori di messa in sicurezza della "
    "strada rurale “Sa Tanca Manna”, redatto dall’Ufficio Tecnico comunale, dell’importo complessivo di "
    "€ 185.000,00, secondo il quadro economico riportato nella relazione;",
    "di dare atto che la spesa trova copertura al capitolo 20810/4 del bilancio di previsione 2028/2030, "
    "annualità 2028, finanziato con il contributo regionale citato in premessa;",
    "di individuare quale Responsabile Unico del Progetto l’Ing. Paolo Lai, Responsabile dell’Area Tecnica;",
    "di demandare al Responsabile dell’Area Tecnica l’adozione degli atti conseguenti, ivi compresa "
    "l’attivazione della procedura di affidamento della progettazione esecutiva.",
]
for i, p in enumerate(pts, 1):
    story.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, p), point))
story.append(Paragraph(
    "Inoltre, con separata votazione unanime favorevole, stante l’urgenza di rispettare i termini fissati "
    "dal decreto di finanziamento, la presente deliberazione è dichiarata <b>immediatamente eseguibile</b>, "
    "ai sensi dell’art. 134, comma 4, del D.Lgs. n. 267/2000.", body))

story.append(Spacer(1, 3 * mm))
pareri = Table([
    [Paragraph("<b>PARERE DI REGOLARITÀ TECNICA</b><br/>Favorevole.<br/>Lunamatrona, 06/10/2028<br/>"
               "Il Responsabile dell’Area Tecnica<br/>Ing. Paolo Lai", small),
     Paragraph("<b>PARERE DI REGOLARITÀ CONTABILE</b><br/>Favorevole.<br/>Lunamatrona, 08/10/2028<br/>"
               "Il Responsabile dell’Area Finanziaria<br/>Rag. Anna Maria Pisano", small)]],
    colWidths=[(W - 40 * mm) / 2] * 2)
pareri.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                            ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.grey),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
story.append(pareri)
story.append(Spacer(1, 5 * mm))
story.append(Paragraph("Letto, approvato e sottoscritto.", body))
sig = Table([["IL PRESIDENTE", "IL SEGRETARIO COMUNALE"],
             ["Dott. Giovanni Atzori", "Dott.ssa Claudia Frau"]],
            colWidths=[(W - 40 * mm) / 2] * 2)
sig.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
                         ("FONT", (0, 1), (-1, 1), "Helvetica", 9.5),
                         ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
story.append(KeepTogether([sig]))
story.append(Spacer(1, 6 * mm))
cert = Table([[Paragraph(
    "<b>CERTIFICATO DI PUBBLICAZIONE</b><br/>Si certifica che copia della presente deliberazione viene "
    "pubblicata all’Albo Pretorio on line del Comune dal 13/10/2028 per quindici giorni consecutivi "
    "(registro pubblicazioni n. 655) ed è stata comunicata ai capigruppo consiliari con nota prot. n. 6304 "
    "del 13/10/2028.<br/>Il Segretario Comunale - Dott.ssa Claudia Frau", small)]],
    colWidths=[W - 40 * mm])
cert.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black)]))
story.append(cert)
doc.build(story)
