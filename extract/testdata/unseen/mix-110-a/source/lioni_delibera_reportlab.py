#!/usr/bin/env python3
"""Comune di Lioni - Giunta Comunale n. 118 del 13/10/2026, Halley-like house style.

ReportLab platypus: justified paragraphs (ReportLab justifies with Tw word
spacing), a ruled roll, a running foot with the act's number on every page.
Usage: lioni_delibera_reportlab.py OUT.pdf
"""
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (KeepTogether, Paragraph, SimpleDocTemplate,
                                Spacer, Table, TableStyle)

OUT = sys.argv[1]

SUBJECT = ("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI "
           "RIQUALIFICAZIONE ENERGETICA DELLA PALESTRA COMUNALE ANNESSA ALLA SCUOLA "
           "SECONDARIA DI PRIMO GRADO - CUP E37H26001120004")

base = ParagraphStyle("base", fontName="Times-Roman", fontSize=11, leading=14.2,
                      alignment=TA_JUSTIFY, spaceAfter=5)
centre = ParagraphStyle("centre", parent=base, alignment=TA_CENTER)
head1 = ParagraphStyle("h1", fontName="Times-Bold", fontSize=17, leading=20,
                       alignment=TA_CENTER)
head2 = ParagraphStyle("h2", fontName="Times-Italic", fontSize=11.5, leading=14,
                       alignment=TA_CENTER)
boxst = ParagraphStyle("box", fontName="Helvetica-Bold", fontSize=11, leading=14,
                       alignment=TA_CENTER)
small = ParagraphStyle("small", fontName="Helvetica", fontSize=8.5, leading=10.5,
                       alignment=TA_LEFT)
bold_c = ParagraphStyle("bc", parent=base, fontName="Times-Bold", alignment=TA_CENTER,
                        spaceBefore=6, spaceAfter=6, fontSize=12)
point = ParagraphStyle("pt", parent=base, leftIndent=8 * mm, firstLineIndent=-6 * mm)


def footer(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica", 8)
    canv.setStrokeColor(colors.grey)
    canv.line(20 * mm, 16 * mm, 190 * mm, 16 * mm)
    canv.drawString(20 * mm, 12 * mm,
                    "Deliberazione di Giunta Comunale n. 118 del 13/10/2026")
    canv.drawRightString(190 * mm, 12 * mm, "Pag. %d" % doc.page)
    canv.restoreState()
    # "COPIA" in the top right corner, as the package prints it
    canv.saveState()
    canv.setFont("Helvetica-Bold", 9)
    canv.drawRightString(190 * mm, 285 * mm, "COPIA")
    canv.restoreState()


story = []
story.append(Paragraph("COMUNE DI LIONI", head1))
story.append(Paragraph("Provincia di Avellino", head2))
story.append(Spacer(1, 6 * mm))

box = Table([[Paragraph("DELIBERAZIONE DELLA GIUNTA COMUNALE", boxst)],
             [Paragraph("N. 118 del 13/10/2026", boxst)]],
            colWidths=[120 * mm])
box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                         ("TOPPADDING", (0, 0), (-1, -1), 3),
                         ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
story.append(box)
story.append(Spacer(1, 2 * mm))
story.append(Paragraph("Proposta n. 131 del 07/10/2026 &nbsp;&nbsp;-&nbsp;&nbsp; "
                       "Ufficio proponente: AREA TECNICA", ParagraphStyle(
                           "pp", parent=small, alignment=TA_CENTER)))
story.append(Spacer(1, 5 * mm))

subj = Table([[Paragraph("<b>OGGETTO:</b>", base), Paragraph("<b>%s</b>" % SUBJECT,
                                                              ParagraphStyle("s", parent=base, alignment=TA_LEFT))]],
             colWidths=[24 * mm, 146 * mm])
subj.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                          ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black),
                          ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
story.append(subj)
story.append(Spacer(1, 5 * mm))

story.append(Paragraph(
    "L'anno <b>duemilaventisei</b> il giorno <b>tredici</b> del mese di <b>ottobre</b> alle ore "
    "<b>13:30</b> nella sala delle adunanze della Casa Comunale, convocata nelle forme di legge, "
    "si è riunita la Giunta Comunale con l'intervento dei Signori:", base))

roll = [["N.", "Cognome e Nome", "Carica", "Presente", "Assente"],
        ["1", "CASTELLANO Antonio", "Sindaco", "X", ""],
        ["2", "RUSSOMANNO Carmela", "Vice Sindaco", "X", ""],
        ["3", "CUOZZO Michele", "Assessore", "X", ""],
        ["4", "DEL GUERCIO Giuseppina", "Assessore", "", "X"],
        ["5", "PASTORE Rocco", "Assessore", "X", ""]]
t = Table(roll, colWidths=[10 * mm, 62 * mm, 40 * mm, 22 * mm, 22 * mm])
t.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5),
    ("FONT", (0, 1), (-1, -1), "Helvetica", 9.5),
    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
    ("ALIGN", (3, 0), (-1, -1), "CENTER"),
    ("ALIGN", (0, 0), (0, -1), "CENTER")]))
story.append(t)
story.append(Spacer(1, 2 * mm))
story.append(Paragraph("Presenti n. 4 &nbsp;&nbsp;&nbsp; Assenti n. 1", ParagraphStyle(
    "pa", parent=base, alignment=TA_LEFT, fontName="Times-Bold")))
story.append(Paragraph(
    "Partecipa con funzioni consultive, referenti e di assistenza il Segretario Comunale "
    "dott.ssa Filomena Iannaccone, incaricata della redazione del verbale.", base))
story.append(Paragraph(
    "Il Sindaco avv. Antonio Castellano, constatato il numero legale degli intervenuti, "
    "dichiara aperta la seduta e invita la Giunta a deliberare sull'argomento in oggetto.", base))

story.append(Paragraph("LA GIUNTA COMUNALE", bold_c))
for txt in [
    "Premesso che con deliberazione del Consiglio Comunale n. 8 del 27/02/2026 è stato approvato "
    "il Documento Unico di Programmazione 2026/2028, il cui programma triennale delle opere pubbliche "
    "comprende l'intervento di riqualificazione energetica della palestra comunale annessa alla "
    "scuola secondaria di primo grado, per un importo complessivo di € 480.000,00;",
    "Che con decreto dirigenziale n. 311 del 22/07/2026 la Regione Campania ha ammesso a "
    "finanziamento l'intervento nell'ambito del programma regionale per l'efficientamento energetico "
    "degli edifici pubblici, per l'importo di € 456.000,00, restando a carico del bilancio comunale la "
    "quota di cofinanziamento di € 24.000,00;",
    "Vista la determinazione dell'Area Tecnica n. 402 del 04/08/2026, con la quale è stato affidato "
    "all'ing. Raffaele Di Pietro il servizio di progettazione di fattibilità tecnico-economica;",
    "Visto il progetto di fattibilità tecnico-economica trasmesso dal progettista con nota acquisita "
    "al protocollo comunale n. 9874 del 02/10/2026, composto dagli elaborati elencati nel verbale di "
    "verifica, e il relativo quadro economico, che prevede lavori per € 362.500,00, di cui € 11.200,00 "
    "per oneri della sicurezza non soggetti a ribasso, e somme a disposizione dell'Amministrazione per "
    "€ 117.500,00;",
    "Visto il verbale di verifica preventiva della progettazione redatto dal Responsabile Unico del "
    "Progetto in data 06/10/2026, ai sensi dell'art. 42 del D.Lgs. 31 marzo 2023, n. 36;",
    "Visti il D.Lgs. 18 agosto 2000, n. 267 e il D.Lgs. 31 marzo 2023, n. 36;",
    "Acquisiti sulla proposta i pareri favorevoli di regolarità tecnica del Responsabile dell'Area "
    "Tecnica, ing. Vincenzo Sica, e di regolarità contabile del Responsabile dell'Area "
    "Economico-Finanziaria, rag. Angelo Gioia, espressi ai sensi dell'art. 49, comma 1, del "
    "D.Lgs. 267/2000;",
    "Con voti unanimi favorevoli, espressi nelle forme di legge;",
]:
    story.append(Paragraph(txt, base))

story.append(Paragraph("DELIBERA", bold_c))
points = [
    "di approvare il progetto di fattibilità tecnico-economica dei lavori di riqualificazione "
    "energetica della palestra comunale annessa alla scuola secondaria di primo grado, redatto "
    "dall'ing. Raffaele Di Pietro, dell'importo complessivo di € 480.000,00, secondo il quadro "
    "economico riportato in premessa;",
    "di dare atto che l'intervento è finanziato per € 456.000,00 con il contributo regionale di cui "
    "al decreto dirigenziale n. 311 del 22/07/2026 e per € 24.000,00 con fondi del bilancio comunale, "
    "missione 06, programma 01, capitolo 2620;",
    "di confermare Responsabile Unico del Progetto l'ing. Vincenzo Sica, Responsabile dell'Area "
    "Tecnica;",
    "di demandare al Responsabile dell'Area Tecnica l'adozione degli atti consequenziali per "
    "l'affidamento della progettazione esecutiva e dei lavori.",
]
for i, p in enumerate(points, 1):
    story.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, p), point))

story.append(Spacer(1, 2 * mm))
story.append(Paragraph(
    "Successivamente, con separata votazione unanime, la Giunta Comunale dichiara la presente "
    "deliberazione immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, "
    "stante l'urgenza di rispettare i termini fissati dal decreto regionale di finanziamento.", base))

story.append(Spacer(1, 6 * mm))
sig = Table([["Letto, approvato e sottoscritto", ""],
             ["IL SINDACO", "IL SEGRETARIO COMUNALE"],
             ["F.to avv. Antonio Castellano", "F.to dott.ssa Filomena Iannaccone"]],
            colWidths=[85 * mm, 85 * mm])
sig.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Times-Italic", 10),
                         ("SPAN", (0, 0), (-1, 0)),
                         ("FONT", (0, 1), (-1, 1), "Times-Bold", 11),
                         ("FONT", (0, 2), (-1, 2), "Times-Roman", 11),
                         ("ALIGN", (0, 1), (-1, -1), "CENTER"),
                         ("TOPPADDING", (0, 1), (-1, 1), 6)]))
story.append(KeepTogether([sig]))
story.append(Spacer(1, 6 * mm))
story.append(Paragraph(
    "Copia conforme all'originale, per uso amministrativo. Documento firmato digitalmente ai sensi "
    "del D.Lgs. 7 marzo 2005, n. 82.", small))

doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                        topMargin=18 * mm, bottomMargin=22 * mm,
                        title="Deliberazione di Giunta Comunale n. 118 del 13/10/2026",
                        author="Comune di Lioni", creator="Halley Informatica - Atti")
doc.build(story, onFirstPage=footer, onLaterPages=footer)
