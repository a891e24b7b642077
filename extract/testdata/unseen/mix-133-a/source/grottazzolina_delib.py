#!/usr/bin/env python3
"""Comune di Grottazzolina - Giunta Comunale n. 94 del 12-09-2028.

House style "Halley": centred letterhead, a boxed "ORIGINALE" header with the
number and date on the right, the roll as a ruled table, justified body
(ReportLab platypus: justification by word spacing, Tw), a running head with
the number from page 2 on and "Pag. x di y" at the foot.
"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)

out = sys.argv[1]

W, H = A4
NUM = "94"
DATA = "12-09-2028"

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14.2,
                      alignment=TA_JUSTIFY, spaceAfter=4)
bodyb = ParagraphStyle("bodyb", parent=body, fontName="Times-Bold")
centre = ParagraphStyle("centre", parent=body, alignment=TA_CENTER, fontName="Times-Bold",
                        fontSize=12, spaceBefore=6, spaceAfter=6)
small = ParagraphStyle("small", parent=body, fontSize=9.5, leading=12)
point = ParagraphStyle("point", parent=body, leftIndent=8 * mm, firstLineIndent=-6 * mm)


class Doc(BaseDocTemplate):
    def afterFlowable(self, f):
        pass


def first_page(c, doc):
    c.saveState()
    c.setFont("Times-Bold", 17)
    c.drawCentredString(W / 2, H - 22 * mm, "COMUNE DI GROTTAZZOLINA")
    c.setFont("Times-Roman", 11)
    c.drawCentredString(W / 2, H - 28 * mm, "PROVINCIA DI FERMO")
    c.setFont("Times-Roman", 8.5)
    c.drawCentredString(W / 2, H - 33 * mm,
                        "Piazza Umberto I, 3 - 63844 Grottazzolina (FM) - C.F. 00356190442 - "
                        "PEC comune.grottazzolina@pec.it")
    c.setLineWidth(0.8)
    c.line(20 * mm, H - 36 * mm, W - 20 * mm, H - 36 * mm)
    foot(c, doc)
    c.restoreState()


def later_pages(c, doc):
    c.saveState()
    c.setFont("Times-Italic", 8.5)
    c.drawString(20 * mm, H - 14 * mm, "COMUNE DI GROTTAZZOLINA")
    c.drawRightString(W - 20 * mm, H - 14 * mm,
                      "Deliberazione della Giunta Comunale n. %s del %s" % (NUM, DATA))
    c.setLineWidth(0.4)
    c.line(20 * mm, H - 16 * mm, W - 20 * mm, H - 16 * mm)
    foot(c, doc)
    c.restoreState()


def foot(c, doc):
    c.setFont("Times-Roman", 8)
    c.drawCentredString(W / 2, 12 * mm, "Pag. %d di %d" % (doc.page, TOTAL))


story = []

hdr = Table([
    [Paragraph("<b>ORIGINALE</b>", ParagraphStyle("o", fontName="Times-Bold", fontSize=10)),
     Paragraph("<b>VERBALE DI DELIBERAZIONE<br/>DELLA GIUNTA COMUNALE</b>",
               ParagraphStyle("t", fontName="Times-Bold", fontSize=13, leading=16, alignment=TA_CENTER)),
     Paragraph("N. <b>%s</b><br/>del <b>%s</b>" % (NUM, DATA),
               ParagraphStyle("n", fontName="Times-Roman", fontSize=12, leading=16, alignment=TA_CENTER))]],
    colWidths=[30 * mm, 100 * mm, 40 * mm])
hdr.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                         ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.black),
                         ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
story += [hdr, Spacer(1, 5 * mm)]

subj = Table([[Paragraph("<b>Oggetto:</b>", body),
               Paragraph("<b>APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI "
                         "MESSA IN SICUREZZA DELLA STRADA COMUNALE CONTRADA SAN LORENZO - "
                         "CUP D87H28000410004</b>",
                         ParagraphStyle("s", parent=body, alignment=TA_LEFT))]],
             colWidths=[22 * mm, 148 * mm])
subj.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                          ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black)]))
story += [subj, Spacer(1, 4 * mm)]

story.append(Paragraph(
    "L'anno <b>duemilaventotto</b>, il giorno <b>dodici</b> del mese di <b>settembre</b>, alle ore "
    "<b>18:30</b>, nella Sala delle adunanze della Sede Comunale, convocata nei modi di legge, si è "
    "riunita la Giunta Comunale nelle persone dei Signori:", body))
story.append(Spacer(1, 2 * mm))

roll = [["", "Cognome e Nome", "Carica", "Presenti", "Assenti"],
        ["1", "MARINOZZI ALBERTO", "SINDACO", "X", ""],
        ["2", "FERRETTI LUCIA", "VICE SINDACO", "X", ""],
        ["3", "VITALI MATTEO", "ASSESSORE", "X", ""],
        ["4", "PROPERZI SARA", "ASSESSORE", "X", ""],
        ["5", "CRUCIANI GIORGIO", "ASSESSORE", "", "X"],
        ["", "", "Totale", "4", "1"]]
t = Table(roll, colWidths=[10 * mm, 62 * mm, 42 * mm, 22 * mm, 22 * mm])
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 10.5),
                       ("FONT", (0, 0), (-1, 0), "Times-Bold", 10.5),
                       ("FONT", (2, -1), (-1, -1), "Times-Bold", 10.5),
                       ("GRID", (0, 0), (-1, -2), 0.5, colors.black),
                       ("BOX", (3, -1), (-1, -1), 0.5, colors.black),
                       ("INNERGRID", (3, -1), (-1, -1), 0.5, colors.black),
                       ("ALIGN", (3, 0), (-1, -1), "CENTER"),
                       ("ALIGN", (2, -1), (2, -1), "RIGHT")]))
story += [t, Spacer(1, 3 * mm)]

story.append(Paragraph(
    "Partecipa con funzioni consultive, referenti, di assistenza e verbalizzazione (art. 97, comma 4, "
    "lett. a, del D.Lgs. 267/2000) il Segretario Comunale <b>dott.ssa Paola Orazi</b>.", body))
story.append(Paragraph(
    "Constatato il numero legale degli intervenuti, assume la presidenza il <b>Sig. Alberto Marinozzi</b> "
    "nella sua qualità di <b>Sindaco</b>, il quale dichiara aperta la seduta ed invita i convocati a "
    "deliberare sull'oggetto sopra indicato.", body))

story.append(Paragraph("LA GIUNTA COMUNALE", centre))
pre = [
    "Vista la proposta di deliberazione n. 102 del 07-09-2028 predisposta dall'Area Tecnica, "
    "Servizio Lavori Pubblici, avente ad oggetto quanto in epigrafe;",
    "Premesso che la strada comunale di contrada San Lorenzo, lunga circa 1.450 metri, collega la "
    "Strada Provinciale n. 238 al nucleo abitato omonimo e presenta, a seguito degli eventi meteorici "
    "dell'inverno 2027-2028, cedimenti della scarpata di valle e un diffuso ammaloramento del piano "
    "viabile, come risulta dalla relazione del tecnico comunale prot. n. 5841 del 02-08-2028;",
    "Dato atto che l'intervento è inserito nel Programma triennale dei lavori pubblici 2028-2030, "
    "annualità 2028, approvato con deliberazione del Consiglio Comunale n. 9 del 28-03-2028, e che "
    "con decreto del Dirigente della Regione Marche n. 412 del 19-06-2028 è stato concesso al Comune "
    "un contributo di € 150.000,00 per la messa in sicurezza della viabilità comunale;",
    "Visto il progetto di fattibilità tecnico-economica redatto dall'ing. Federico Santarelli, con "
    "studio in Fermo, incaricato con determinazione dell'Area Tecnica n. 41 del 10-07-2028, acquisito "
    "al protocollo comunale al n. 6390 del 04-09-2028, dell'importo complessivo di € 185.000,00, di "
    "cui € 138.500,00 per lavori a base d'asta, comprensivi di € 4.200,00 per oneri della sicurezza "
    "non soggetti a ribasso, ed € 46.500,00 per somme a disposizione dell'Amministrazione;",
    "Visti il D.Lgs. 31 marzo 2023, n. 36, e in particolare l'art. 41 e l'allegato I.7, e il D.Lgs. "
    "18 agosto 2000, n. 267;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 "
    "del D.Lgs. 267/2000 dai Responsabili delle Aree interessate, riportati in calce al presente atto;",
    "Con votazione unanime favorevole, espressa in forma palese;",
]
for p in pre:
    story.append(Paragraph(p, body))

story.append(Paragraph("D E L I B E R A", centre))
pts = [
    "di approvare il progetto di fattibilità tecnico-economica dei lavori di messa in sicurezza della "
    "strada comunale contrada San Lorenzo, redatto dall'ing. Federico Santarelli, dell'importo "
    "complessivo di € 185.000,00, secondo il quadro economico riportato in premessa;",
    "di dare atto che la spesa di € 185.000,00 trova copertura per € 150.000,00 con il contributo "
    "regionale di cui al decreto n. 412 del 19-06-2028 e per € 35.000,00 con fondi propri di "
    "bilancio, alla Missione 10, Programma 05, capitolo 2810/4 del bilancio di previsione 2028-2030;",
    "di confermare quale Responsabile Unico del Progetto il geom. Daniele Mancini, Responsabile "
    "dell'Area Tecnica;",
    "di demandare al Responsabile dell'Area Tecnica l'adozione di tutti gli atti successivi, ivi "
    "compreso l'affidamento della progettazione esecutiva.",
]
for i, p in enumerate(pts, 1):
    story.append(Paragraph("%d)&nbsp;&nbsp;%s" % (i, p), point))

story.append(Spacer(1, 2 * mm))
story.append(Paragraph(
    "Successivamente, stante l'urgenza di rispettare i termini fissati dal decreto regionale di "
    "concessione del contributo, con separata votazione unanime favorevole, espressa in forma palese,",
    body))
story.append(Paragraph("D E L I B E R A", centre))
story.append(Paragraph(
    "di dichiarare il presente atto immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del "
    "D.Lgs. 18 agosto 2000, n. 267.", body))

story.append(Spacer(1, 4 * mm))
story.append(Paragraph("<b>PARERI ESPRESSI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000</b>", small))
par = Table([
    [Paragraph("<b>Regolarità tecnica:</b> FAVOREVOLE<br/>Data 07-09-2028<br/>"
               "Il Responsabile dell'Area Tecnica<br/>F.to geom. Daniele Mancini", small),
     Paragraph("<b>Regolarità contabile:</b> FAVOREVOLE<br/>Data 08-09-2028<br/>"
               "Il Responsabile dell'Area Finanziaria<br/>F.to rag. Emanuela Tofoni", small)]],
    colWidths=[85 * mm, 85 * mm])
par.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                         ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.black),
                         ("VALIGN", (0, 0), (-1, -1), "TOP")]))
story += [par, Spacer(1, 5 * mm)]

story.append(Paragraph("Letto, approvato e sottoscritto.", body))
sig = Table([["IL PRESIDENTE", "IL SEGRETARIO COMUNALE"],
             ["F.to Alberto Marinozzi", "F.to dott.ssa Paola Orazi"]],
            colWidths=[85 * mm, 85 * mm])
sig.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Times-Bold", 10.5),
                         ("FONT", (0, 1), (-1, 1), "Times-Roman", 10.5),
                         ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
story += [sig, Spacer(1, 6 * mm)]

cert = [
    Paragraph("<b>CERTIFICATO DI PUBBLICAZIONE</b>", ParagraphStyle("c", parent=small, alignment=TA_CENTER)),
    Paragraph("Si certifica che copia della presente deliberazione viene pubblicata all'Albo Pretorio "
              "on line di questo Comune il 14-09-2028 e vi rimarrà per 15 giorni consecutivi "
              "(N. 612 del Registro delle pubblicazioni) ed è comunicata ai Capigruppo consiliari ai "
              "sensi dell'art. 125 del D.Lgs. 267/2000.", small),
    Paragraph("Grottazzolina, 14-09-2028 &nbsp;&nbsp;&nbsp;&nbsp; IL SEGRETARIO COMUNALE - F.to dott.ssa "
              "Paola Orazi", small),
    Spacer(1, 3 * mm),
    Paragraph("<b>ESECUTIVITÀ</b>", ParagraphStyle("c2", parent=small, alignment=TA_CENTER)),
    Paragraph("La presente deliberazione è divenuta esecutiva il 12-09-2028 perché dichiarata "
              "immediatamente eseguibile (art. 134, comma 4, D.Lgs. 267/2000).", small),
]
story.append(KeepTogether(cert))

TOTAL = 0


def build(total):
    global TOTAL
    TOTAL = total
    doc = Doc(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
              topMargin=20 * mm, bottomMargin=20 * mm,
              title="Deliberazione G.C. n. 94 del 12-09-2028", author="Comune di Grottazzolina",
              creator="Halley Informatica - Atti Amministrativi")
    f1 = Frame(20 * mm, 18 * mm, W - 40 * mm, H - 58 * mm, id="f1")
    f2 = Frame(20 * mm, 18 * mm, W - 40 * mm, H - 40 * mm, id="f2")
    doc.addPageTemplates([PageTemplate("first", [f1], onPage=first_page, autoNextPageTemplate="later"),
                          PageTemplate("later", [f2], onPage=later_pages)])
    import copy
    doc.build(copy.deepcopy(story))
    return doc.page


n = build(9)
build(n)
