#!/usr/bin/env python3
"""Comune di Montecchio (TR) - Giunta deliberation in the 'Halley' house style.

ReportLab platypus: justified body (ReportLab justifies standard fonts with
the Tw operator), a running head from page 2 on and a running foot on every
page carrying the act's number, roll in a ruled table.
"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)

OUT = sys.argv[1]
TOTAL = [0]

NUM = "47"
DATA = "09/07/2026"
RUN_HEAD = "Comune di Montecchio – Deliberazione della Giunta Comunale n. %s del %s" % (NUM, DATA)

body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.2,
                      alignment=TA_JUSTIFY, spaceAfter=5)
small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=10.5)
center = ParagraphStyle("center", parent=body, alignment=TA_CENTER)
bold_c = ParagraphStyle("boldc", parent=center, fontName="Helvetica-Bold", fontSize=11, leading=14)
heading = ParagraphStyle("heading", parent=center, fontName="Helvetica-Bold",
                         fontSize=12.5, leading=16, textColor=colors.white)
point = ParagraphStyle("point", parent=body, leftIndent=16, firstLineIndent=-16)


def letterhead(c, doc):
    c.saveState()
    w, h = A4
    # crest placeholder: a shield outline
    c.setStrokeColor(colors.HexColor("#1f3d6b"))
    c.setLineWidth(1.2)
    x0, y0 = 20 * mm, h - 36 * mm
    p = c.beginPath()
    p.moveTo(x0, y0 + 18 * mm)
    p.lineTo(x0 + 14 * mm, y0 + 18 * mm)
    p.lineTo(x0 + 14 * mm, y0 + 7 * mm)
    p.curveTo(x0 + 14 * mm, y0 + 2 * mm, x0 + 9 * mm, y0, x0 + 7 * mm, y0 - 1 * mm)
    p.curveTo(x0 + 5 * mm, y0, x0, y0 + 2 * mm, x0, y0 + 7 * mm)
    p.close()
    c.drawPath(p)
    c.setFillColor(colors.HexColor("#1f3d6b"))
    c.setFont("Helvetica-Bold", 17)
    c.drawString(39 * mm, h - 24 * mm, "COMUNE DI MONTECCHIO")
    c.setFont("Helvetica", 10)
    c.drawString(39 * mm, h - 29.5 * mm, "Provincia di Terni")
    c.setFont("Helvetica", 7.5)
    c.drawString(39 * mm, h - 34 * mm,
                 "Piazza Giuseppe Garibaldi, 1 – 05020 Montecchio (TR) – C.F. 00178250557")
    c.restoreState()
    foot(c, doc)


def later(c, doc):
    c.saveState()
    w, h = A4
    c.setFont("Helvetica-Oblique", 8)
    c.setFillColor(colors.HexColor("#444444"))
    c.drawString(20 * mm, h - 14 * mm, RUN_HEAD)
    c.setLineWidth(0.4)
    c.line(20 * mm, h - 15.5 * mm, w - 20 * mm, h - 15.5 * mm)
    c.restoreState()
    foot(c, doc)


def foot(c, doc):
    c.saveState()
    w, h = A4
    c.setLineWidth(0.4)
    c.line(20 * mm, 16 * mm, w - 20 * mm, 16 * mm)
    c.setFont("Helvetica", 7.5)
    c.drawString(20 * mm, 12 * mm, "Delibera G.C. n. %s/2026" % NUM)
    c.drawRightString(w - 20 * mm, 12 * mm, "Pagina %d di %d" % (doc.page, TOTAL[0]))
    c.restoreState()


def band(text, style=heading, bg="#1f3d6b"):
    t = Table([[Paragraph(text, style)]], colWidths=[170 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
                           ("TOPPADDING", (0, 0), (-1, -1), 4),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return t


SUBJECT = ("Approvazione del progetto esecutivo dei lavori di efficientamento energetico "
           "della scuola primaria di Tenaglie – CUP C27H26000410004.")

story = []
story.append(Spacer(1, 4 * mm))
story.append(band("DELIBERAZIONE DELLA GIUNTA COMUNALE"))
story.append(Spacer(1, 2 * mm))
info = Table([
    [Paragraph("<b>N. 47</b>", body), Paragraph("<b>del 09/07/2026</b>", body),
     Paragraph("Proposta n. 52 del 03/07/2026<br/>Area proponente: Area Tecnica", small)],
], colWidths=[30 * mm, 45 * mm, 95 * mm])
info.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                          ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.grey),
                          ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
story.append(info)
story.append(Spacer(1, 3 * mm))
subj = Table([[Paragraph("<b>OGGETTO:</b>", body), Paragraph("<b>%s</b>" % SUBJECT, body)]],
             colWidths=[24 * mm, 146 * mm])
subj.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                          ("VALIGN", (0, 0), (-1, -1), "TOP")]))
story.append(subj)
story.append(Spacer(1, 4 * mm))
story.append(Paragraph(
    "L'anno <b>duemilaventisei</b>, il giorno <b>nove</b> del mese di <b>luglio</b> alle ore "
    "<b>12:30</b>, nella Sala delle adunanze della Sede Comunale, convocata nelle forme di legge, "
    "si è riunita la Giunta Comunale con l'intervento dei Signori:", body))

roll = [["Cognome e Nome", "Carica", "Presente", "Assente"],
        ["PROIETTI Stefano", "Sindaco", "X", ""],
        ["CIRIMBILLI Marta", "Vice Sindaco", "X", ""],
        ["VALENTINI Luca", "Assessore", "", "X"],
        ["", "Totale", "2", "1"]]
rt = Table(roll, colWidths=[62 * mm, 50 * mm, 22 * mm, 22 * mm])
rt.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
    ("FONT", (0, 1), (-1, -1), "Helvetica", 9.5),
    ("FONT", (1, -1), (-1, -1), "Helvetica-Bold", 9),
    ("GRID", (0, 0), (-1, -2), 0.4, colors.black),
    ("BOX", (1, -1), (-1, -1), 0.4, colors.black),
    ("INNERGRID", (1, -1), (-1, -1), 0.4, colors.black),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e1ee")),
    ("ALIGN", (2, 0), (-1, -1), "CENTER"),
]))
story.append(rt)
story.append(Spacer(1, 3 * mm))
story.append(Paragraph(
    "Presiede il Sindaco, dott. Stefano Proietti. Partecipa il Segretario Comunale, "
    "dott.ssa Loredana Fantauzzi, con funzioni consultive, referenti e di assistenza e "
    "con il compito della redazione del presente verbale. Il Presidente, constatato il numero "
    "legale degli intervenuti, dichiara aperta la seduta e invita la Giunta a deliberare "
    "sull'argomento in oggetto.", body))
story.append(Spacer(1, 2 * mm))
story.append(Paragraph("<b>LA GIUNTA COMUNALE</b>", bold_c))
premesse = [
    "Premesso che l'edificio della scuola primaria di Tenaglie, di proprietà comunale, presenta "
    "elevati consumi energetici dovuti alla vetustà degli infissi, all'assenza di isolamento "
    "delle chiusure opache e a un impianto di riscaldamento alimentato a gasolio ormai prossimo "
    "alla fine della vita utile;",
    "Richiamata la deliberazione della Giunta Comunale n. 12 del 19/02/2026, con la quale è stato "
    "approvato il progetto di fattibilità tecnico-economica dell'intervento, per un importo "
    "complessivo di € 185.000,00;",
    "Vista la determinazione della Regione Umbria – Direzione Governo del territorio, ambiente, "
    "protezione civile n. 5127 del 28/05/2026, con la quale è stato concesso al Comune di "
    "Montecchio un contributo di € 160.000,00 a valere sul Programma regionale FESR 2021-2027, "
    "Azione 2.1.1;",
    "Visto il progetto esecutivo redatto dall'ing. Matteo Galeotti, con studio in Orvieto, "
    "incaricato con determinazione dell'Area Tecnica n. 118 del 10/04/2026, acquisito al "
    "protocollo comunale al n. 3391 del 26/06/2026, costituito dagli elaborati elencati "
    "nell'allegato A e recante il seguente quadro economico: lavori a base d'asta € 138.100,00; "
    "oneri per la sicurezza non soggetti a ribasso € 4.200,00; somme a disposizione "
    "dell'Amministrazione € 42.700,00; per un totale di € 185.000,00;",
    "Visto il verbale di verifica del progetto esecutivo redatto dal Responsabile Unico del "
    "Progetto in data 01/07/2026 ai sensi dell'art. 42 del D.Lgs. 31 marzo 2023, n. 36, e "
    "il conseguente atto di validazione;",
    "Dato atto che la quota di € 25.000,00 non coperta dal contributo regionale trova "
    "copertura con fondi propri di bilancio, avanzo di amministrazione destinato agli "
    "investimenti applicato con deliberazione del Consiglio Comunale n. 14 del 29/05/2026;",
    "Visti il D.Lgs. 18 agosto 2000, n. 267, il D.Lgs. 31 marzo 2023, n. 36, e il vigente "
    "Regolamento comunale di contabilità;",
    "Acquisiti i pareri favorevoli di regolarità tecnica del Responsabile dell'Area Tecnica "
    "e di regolarità contabile del Responsabile dell'Area Economico-Finanziaria, espressi ai "
    "sensi dell'art. 49, comma 1, del D.Lgs. 267/2000 e riportati in calce;",
    "Con voti unanimi favorevoli, espressi nei modi e nelle forme di legge,",
]
for p in premesse:
    story.append(Paragraph(p, body))
story.append(Spacer(1, 1 * mm))
story.append(Paragraph("<b>D E L I B E R A</b>", bold_c))
punti = [
    "di approvare, per le motivazioni espresse in premessa che qui si intendono integralmente "
    "richiamate, il progetto esecutivo dei lavori di efficientamento energetico della scuola "
    "primaria di Tenaglie, redatto dall'ing. Matteo Galeotti, per un importo complessivo di "
    "€ 185.000,00, secondo il quadro economico riportato in premessa;",
    "di dare atto che la spesa complessiva trova copertura per € 160.000,00 nel contributo "
    "regionale concesso con determinazione n. 5127 del 28/05/2026 e per € 25.000,00 con "
    "avanzo di amministrazione destinato agli investimenti, alla Missione 04, Programma 02, "
    "capitolo 2412/5 del bilancio di previsione 2026-2028, annualità 2026;",
    "di confermare quale Responsabile Unico del Progetto il geom. Andrea Rosati, Responsabile "
    "dell'Area Tecnica, ai sensi dell'art. 15 del D.Lgs. 36/2023;",
    "di demandare al Responsabile dell'Area Tecnica l'adozione di tutti gli atti conseguenti, "
    "ivi compreso l'avvio della procedura di affidamento dei lavori entro i termini fissati "
    "dal decreto di concessione del contributo.",
]
for i, p in enumerate(punti, 1):
    story.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i, p), point))
story.append(Spacer(1, 2 * mm))
story.append(Paragraph(
    "Successivamente, con separata votazione unanime e palese, stante l'urgenza di rispettare i "
    "termini di aggiudicazione fissati dalla Regione, la Giunta Comunale <b>DELIBERA</b> di "
    "dichiarare il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, "
    "del D.Lgs. 18 agosto 2000, n. 267.", body))
story.append(Spacer(1, 4 * mm))
pareri = Table([
    [Paragraph("<b>PARERE DI REGOLARITÀ TECNICA</b><br/>Si esprime parere favorevole ai sensi "
               "dell'art. 49 del D.Lgs. 267/2000.<br/>Montecchio, 03/07/2026<br/>"
               "Il Responsabile dell'Area Tecnica<br/>geom. Andrea Rosati", small),
     Paragraph("<b>PARERE DI REGOLARITÀ CONTABILE</b><br/>Si esprime parere favorevole ai sensi "
               "dell'art. 49 del D.Lgs. 267/2000.<br/>Montecchio, 06/07/2026<br/>"
               "Il Responsabile dell'Area Economico-Finanziaria<br/>rag. Paola Sbarra", small)]],
    colWidths=[85 * mm, 85 * mm])
pareri.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                            ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.black),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
story.append(pareri)
story.append(Spacer(1, 6 * mm))
story.append(Paragraph("Letto, approvato e sottoscritto.", body))
firme = Table([
    [Paragraph("<b>IL PRESIDENTE</b>", center), Paragraph("<b>IL SEGRETARIO COMUNALE</b>", center)],
    [Paragraph("dott. Stefano Proietti", center), Paragraph("dott.ssa Loredana Fantauzzi", center)],
    [Paragraph("<i>(firmato digitalmente)</i>", center), Paragraph("<i>(firmato digitalmente)</i>", center)],
], colWidths=[85 * mm, 85 * mm])
story.append(KeepTogether([firme]))
story.append(Spacer(1, 8 * mm))
story.append(band("CERTIFICATO DI ESECUTIVITÀ", ParagraphStyle("h2", parent=heading, fontSize=10, leading=13)))
story.append(Spacer(1, 2 * mm))
story.append(Paragraph(
    "Si certifica che la presente deliberazione è divenuta esecutiva il giorno 09/07/2026 "
    "perché dichiarata immediatamente eseguibile (art. 134, comma 4, del D.Lgs. 267/2000).", body))
story.append(Paragraph("Il Segretario Comunale – dott.ssa Loredana Fantauzzi", body))
story.append(Spacer(1, 2 * mm))
story.append(Paragraph(
    "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate, "
    "il quale sostituisce il documento cartaceo e la firma autografa.", small))

import copy


def build(story, total):
    TOTAL[0] = total
    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=22 * mm, bottomMargin=22 * mm,
                          title="Deliberazione G.C. n. 47 del 09/07/2026", author="Comune di Montecchio",
                          creator="Halley Informatica - Atti Amministrativi")
    w, h = A4
    first = Frame(20 * mm, 22 * mm, w - 40 * mm, h - 62 * mm, id="first")
    rest = Frame(20 * mm, 22 * mm, w - 40 * mm, h - 44 * mm, id="rest")
    doc.addPageTemplates([PageTemplate(id="First", frames=[first], onPage=letterhead, autoNextPageTemplate="Later"),
                          PageTemplate(id="Later", frames=[rest], onPage=later)])
    doc.build(story)
    return doc.page


# first pass counts the pages, second pass prints "Pagina x di N"
n = build(copy.deepcopy(story), 0)
build(story, n)
