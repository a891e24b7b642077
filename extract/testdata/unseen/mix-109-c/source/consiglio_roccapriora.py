#!/usr/bin/env python3
"""Consiglio Comunale di Rocca Priora, n. 41 del 28/09/2026 - the Civilia Next
layout again, as the package's ReportLab print engine would set it: justified
paragraphs (word spacing Tw), a letter-spaced title (character spacing Tc), the
roll in two blocks side by side, a running foot with the number and pages."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether)
from reportlab.lib import colors
from reportlab.platypus.flowables import Flowable
from reportlab.pdfbase.pdfmetrics import stringWidth


class Spaced(Flowable):
    """A centred heading set with character spacing (Tc), as the package's
    print engine sets its titles."""
    def __init__(self, text, font, size, cs, height):
        Flowable.__init__(self)
        self.text, self.font, self.size, self.cs, self.h = text, font, size, cs, height

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.h

    def draw(self):
        w = stringWidth(self.text, self.font, self.size) + self.cs * (len(self.text) - 1)
        t = self.canv.beginText((self.aw - w) / 2, self.h - self.size)
        t.setFont(self.font, self.size)
        t.setCharSpace(self.cs)
        t.textOut(self.text)
        self.canv.drawText(t)

out = sys.argv[1]

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14.2,
                      alignment=TA_JUSTIFY, spaceAfter=4)
bodyc = ParagraphStyle("bodyc", parent=body, alignment=TA_CENTER)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=12.5, leading=16,
                       alignment=TA_CENTER, charSpace=2.2, spaceAfter=2)
numero = ParagraphStyle("numero", fontName="Helvetica-Bold", fontSize=12, leading=15,
                        alignment=TA_CENTER, spaceAfter=6)
lab = ParagraphStyle("lab", fontName="Helvetica-Bold", fontSize=8, leading=10)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=10.5, leading=13)
cellb = ParagraphStyle("cellb", parent=cell, fontName="Times-Bold")
rollst = ParagraphStyle("roll", fontName="Times-Roman", fontSize=9.5, leading=11.5)
delib = ParagraphStyle("delib", fontName="Times-Bold", fontSize=11.5, leading=16,
                       alignment=TA_CENTER, charSpace=3.5, spaceBefore=4, spaceAfter=4)
point = ParagraphStyle("point", parent=body, leftIndent=7 * mm, firstLineIndent=-7 * mm)
sig = ParagraphStyle("sig", fontName="Times-Roman", fontSize=10.5, leading=13, alignment=TA_CENTER)


def header_footer(canv, doc):
    canv.saveState()
    w, h = A4
    # letterhead on every page, as the package prints it
    canv.setLineWidth(1.2)
    canv.rect(20 * mm, h - 30 * mm, 11 * mm, 13 * mm)
    canv.setFillGray(0.35)
    p = canv.beginPath()
    p.moveTo(22 * mm, h - 27 * mm); p.lineTo(25.5 * mm, h - 21 * mm)
    p.lineTo(27.5 * mm, h - 24 * mm); p.lineTo(29 * mm, h - 22 * mm); p.lineTo(30 * mm, h - 27 * mm)
    p.close(); canv.drawPath(p, fill=1, stroke=0)
    canv.setFillGray(0)
    canv.setFont("Helvetica-Bold", 15)
    canv.drawString(35 * mm, h - 23 * mm, "COMUNE DI ROCCA PRIORA")
    canv.setFont("Helvetica", 9.5)
    canv.drawString(35 * mm, h - 28 * mm, "Città Metropolitana di Roma Capitale")
    canv.setFont("Helvetica-Bold", 9)
    canv.rect(w - 50 * mm, h - 26 * mm, 30 * mm, 7 * mm)
    canv.drawCentredString(w - 35 * mm, h - 23.8 * mm, "ORIGINALE")
    canv.setLineWidth(0.5)
    canv.line(20 * mm, h - 33 * mm, w - 20 * mm, h - 33 * mm)
    # running foot with the number
    canv.setFont("Helvetica", 8)
    canv.line(20 * mm, 17 * mm, w - 20 * mm, 17 * mm)
    canv.drawString(20 * mm, 12.5 * mm, "Deliberazione del Consiglio Comunale n. 41 del 28/09/2026")
    canv.drawRightString(w - 20 * mm, 12.5 * mm, "Pagina %d di %d" % (doc.page, TOTAL_PAGES))
    canv.restoreState()


def build(total):
    global TOTAL_PAGES
    TOTAL_PAGES = total
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=37 * mm, bottomMargin=22 * mm,
                          title="Deliberazione C.C. n. 41/2026", author="Comune di Rocca Priora",
                          creator="Civilia Next - Atti", subject="Deliberazione del Consiglio Comunale")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=header_footer)])
    s = []
    s.append(Spaced("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", "Helvetica-Bold", 12.5, 1.6, 17))
    s.append(Paragraph("N. 41 del 28/09/2026", numero))
    grid = Table([
        [Paragraph("OGGETTO", lab), Paragraph(
            "Variazione di assestamento generale e salvaguardia degli equilibri del bilancio di "
            "previsione 2026-2028 ai sensi degli artt. 175, comma 8, e 193 del D.Lgs. n. 267/2000.", cellb)],
        [Paragraph("PROPOSTA", lab), Paragraph(
            "n. 58 del 15/09/2026 – Area proponente: AREA II – ECONOMICO FINANZIARIA", cell)],
        [Paragraph("SEDUTA", lab), Paragraph(
            "ordinaria, pubblica, di prima convocazione", cell)],
    ], colWidths=[24 * mm, None])
    grid.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.75, colors.black),
        ("BACKGROUND", (0, 0), (0, -1), colors.Color(0.93, 0.93, 0.93)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    s.append(grid)
    s.append(Spacer(1, 5))
    s.append(Paragraph(
        "L'anno duemilaventisei, il giorno ventotto del mese di settembre, alle ore 18:00, nella "
        "Sala consiliare del Palazzo Comunale, a seguito di avviso di convocazione prot. n. 19866 del "
        "21/09/2026, regolarmente notificato ai Consiglieri, si è riunito il Consiglio Comunale in seduta "
        "ordinaria, pubblica, di prima convocazione. All'appello nominale risultano:", body))

    left = [("MARCHETTI Claudio", "Sindaco", "P"), ("FELICI Roberta", "Presidente", "P"),
            ("TOMASSINI Federica", "Consigliere", "P"), ("CIOCCI Alberto", "Consigliere", "P"),
            ("SPERDUTI Lorena", "Consigliere", "P"), ("ZACCAGNINI Paolo", "Consigliere", "P"),
            ("BUTTARELLI Giulia", "Consigliere", "P"), ("MOSCATELLI Dario", "Consigliere", "A"),
            ("GRAZIOSI Elena", "Consigliere", "P")]
    right = [("PIZZUTI Stefano", "Consigliere", "P"), ("LUCIANI Marta", "Consigliere", "P"),
             ("CAVALIERI Riccardo", "Consigliere", "A"), ("DI FOLCO Sabrina", "Consigliere", "P"),
             ("ROSSETTI Gianluca", "Consigliere", "P"), ("FANTINI Ilaria", "Consigliere", "P"),
             ("BARTOLI Enrico", "Consigliere", "A"), ("COLANTONI Walter", "Consigliere", "P"),
             ("", "", "")]
    rows = [["", "Cognome e nome", "Carica", "P/A", "", "", "Cognome e nome", "Carica", "P/A"]]
    for i, (l, r) in enumerate(zip(left, right)):
        rows.append([str(i + 1), l[0], l[1], l[2], "", str(i + 10) if r[0] else "", r[0], r[1], r[2]])
    roll = Table(rows, colWidths=[6 * mm, 36 * mm, 22 * mm, 9 * mm, 4 * mm, 6 * mm, 36 * mm, 22 * mm, 9 * mm])
    roll.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Times-Roman", 9.5),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 7.5),
        ("ALIGN", (3, 0), (3, -1), "CENTER"), ("ALIGN", (8, 0), (8, -1), "CENTER"),
        ("ALIGN", (0, 0), (0, -1), "RIGHT"), ("ALIGN", (5, 0), (5, -1), "RIGHT"),
        ("BOX", (0, 0), (3, -1), 0.75, colors.black), ("BOX", (5, 0), (8, -1), 0.75, colors.black),
        ("LINEBELOW", (0, 0), (3, 0), 0.5, colors.black), ("LINEBELOW", (5, 0), (8, 0), 0.5, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
    ]))
    s.append(roll)
    s.append(Spacer(1, 4))
    s.append(Paragraph("Presenti n. 14 &nbsp;&nbsp;&nbsp; Assenti n. 3 (Moscatelli, Cavalieri, Bartoli)", bodyc))
    s.append(Paragraph(
        "Presiede la seduta il Presidente del Consiglio Comunale, sig.ra Roberta Felici, la quale, "
        "riconosciuto legale il numero degli intervenuti, dichiara aperta la seduta.", body))
    s.append(Paragraph(
        "Partecipa il Vice Segretario Generale, dott. Fabrizio Cerroni, in sostituzione del Segretario "
        "Generale assente, con funzioni di assistenza giuridico-amministrativa e di verbalizzazione, ai "
        "sensi dell'art. 97, comma 5, del D.Lgs. 267/2000.", body))
    s.append(Paragraph(
        "Sono nominati scrutatori i Consiglieri Graziosi Elena, Luciani Marta e Fantini Ilaria.", body))
    s.append(Paragraph(
        "Il Presidente introduce il punto n. 3 dell'ordine del giorno e cede la parola all'Assessore al "
        "Bilancio, Ciocci Alberto, che illustra la proposta. Alle ore 18:25, durante l'illustrazione, entra "
        "in aula il Consigliere Moscatelli Dario: i presenti sono n. 15. Intervengono i Consiglieri "
        "Rossetti, Di Folco e Colantoni; gli interventi sono integralmente riportati nella registrazione "
        "audio-video della seduta, conservata agli atti.", body))
    s.append(Paragraph("<b>IL CONSIGLIO COMUNALE</b>", bodyc))
    for t in [
        "<b>Vista</b> la proposta di deliberazione n. 58 del 15/09/2026, predisposta dall'Area II – Economico "
        "Finanziaria, che si allega al presente atto per farne parte integrante e sostanziale;",
        "<b>Richiamate</b> la deliberazione consiliare n. 9 del 26/03/2026, di approvazione del bilancio di "
        "previsione 2026-2028, e la deliberazione consiliare n. 22 del 29/05/2026, di approvazione del "
        "rendiconto della gestione 2025;",
        "<b>Visto</b> l'art. 193 del D.Lgs. n. 267/2000, che impone all'organo consiliare di dare atto, almeno "
        "una volta l'anno ed entro il 31 luglio, del permanere degli equilibri generali di bilancio, e l'art. "
        "175, comma 8, che disciplina la variazione di assestamento generale;",
        "<b>Dato atto</b> che dalle verifiche condotte dal Responsabile dell'Area II, sulla base delle "
        "segnalazioni dei Responsabili delle Aree, non emergono situazioni di squilibrio né debiti fuori "
        "bilancio da riconoscere, e che si rende necessario adeguare gli stanziamenti di entrata e di spesa "
        "come da prospetti allegati (allegati A e B);",
        "<b>Acquisito</b> il parere favorevole dell'Organo di revisione economico-finanziaria, verbale n. 17 "
        "del 18/09/2026 (allegato C), nonché i pareri di regolarità tecnica e contabile resi ai sensi "
        "dell'art. 49 del D.Lgs. n. 267/2000;",
        "Con voti favorevoli n. 11, contrari n. 3 (Rossetti, Fantini, Colantoni), astenuti n. 1 (Di Folco), "
        "resi per alzata di mano dai n. 15 Consiglieri presenti, di cui n. 14 votanti,",
    ]:
        s.append(Paragraph(t, body))
    s.append(Spacer(1, 3))
    s.append(Spaced("DELIBERA", "Times-Bold", 11.5, 4.5, 17))
    pts = [
        "di approvare la variazione di assestamento generale del bilancio di previsione 2026-2028, ai sensi "
        "dell'art. 175, comma 8, del D.Lgs. n. 267/2000, nelle risultanze di cui agli allegati A e B;",
        "di dare atto del permanere degli equilibri generali di bilancio, ai sensi dell'art. 193 del D.Lgs. "
        "n. 267/2000, come da prospetto di verifica allegato sotto la lettera D;",
        "di dare atto che non sussistono debiti fuori bilancio da riconoscere alla data odierna;",
        "di aggiornare conseguentemente il Documento Unico di Programmazione 2026-2028;",
        "di trasmettere il presente atto al Tesoriere comunale e di pubblicarne i dati nella BDAP ai sensi "
        "del D.M. 12 maggio 2016.",
    ]
    for i, t in enumerate(pts):
        s.append(Paragraph("%d.&nbsp;&nbsp;%s" % (i + 1, t), point))
    s.append(Paragraph(
        "Successivamente, stante l'urgenza, <b>con separata votazione</b> che dà il seguente esito: "
        "presenti n. 15, voti favorevoli n. 11, contrari n. 0, astenuti n. 4 (Rossetti, Fantini, Colantoni, "
        "Di Folco), il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile, ai "
        "sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.", body))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Letto, confermato e sottoscritto.", body))
    s.append(Spacer(1, 6))
    sigt = Table([
        [Paragraph("IL PRESIDENTE DEL CONSIGLIO", sig), Paragraph("IL VICE SEGRETARIO GENERALE", sig)],
        [Paragraph("sig.ra Roberta Felici", sig), Paragraph("dott. Fabrizio Cerroni", sig)],
        [Paragraph("<i>(firmato digitalmente)</i>", sig), Paragraph("<i>(firmato digitalmente)</i>", sig)],
    ], colWidths=[doc.width / 2, doc.width / 2])
    s.append(KeepTogether([sigt]))
    doc.build(s)
    return doc.page


n = build(0)
build(n)
