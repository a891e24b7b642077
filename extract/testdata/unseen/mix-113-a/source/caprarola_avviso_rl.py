#!/usr/bin/env python3
"""Comune di Caprarola (VT) - avviso pubblico of the Area Tecnica, protocol
n. 612 of 18/01/2027. House style "Sicraweb" (letterhead with the green
crest and rule, as the acts). ReportLab: the letterhead is one Form XObject
drawn on both pages after the page's text (onPageEnd); the protocol stamp
runs up the right margin of page 1, rotated 90 degrees; justified paragraphs
(word spacing, Tw)."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors

out = sys.argv[1]
W, H = A4
GREEN = colors.Color(0.12, 0.32, 0.20)


def letterhead_form(c):
    c.beginForm("letterhead")
    c.setFillColor(GREEN)
    p = c.beginPath()
    p.moveTo(22 * mm, H - 12 * mm); p.lineTo(32.5 * mm, H - 12 * mm); p.lineTo(32.5 * mm, H - 20.5 * mm)
    p.lineTo(27.2 * mm, H - 24.7 * mm); p.lineTo(22 * mm, H - 20.5 * mm); p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(colors.Color(0.95, 0.8, 0.2))
    c.rect(24.8 * mm, H - 18.7 * mm, 5 * mm, 4.2 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(36 * mm, H - 17.5 * mm, "COMUNE DI CAPRAROLA")
    c.setFont("Helvetica", 9.5)
    c.drawString(36 * mm, H - 22.5 * mm, "Provincia di Viterbo")
    c.setFont("Helvetica", 7.5)
    c.drawString(123 * mm, H - 16 * mm, "01032 Caprarola (VT) - tel. 0761 649001")
    c.drawString(123 * mm, H - 20 * mm, "www.comune.caprarola.vt.it - PEC istituzionale")
    c.setStrokeColor(GREEN)
    c.setLineWidth(1.4)
    c.line(22 * mm, H - 27 * mm, W - 22 * mm, H - 27 * mm)
    c.endForm()


def on_page_end(c, doc):
    if doc.page == 1:
        letterhead_form(c)
        # protocol stamp, rotated, up the right margin
        c.saveState()
        c.translate(W - 12 * mm, 95 * mm)
        c.rotate(90)
        c.setStrokeColor(colors.Color(0.1, 0.2, 0.6))
        c.setFillColor(colors.Color(0.1, 0.2, 0.6))
        c.setLineWidth(0.8)
        c.roundRect(-3, -4, 112 * mm, 13, 3)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(0, 0, "COMUNE DI CAPRAROLA - Prot. N. 0000612 del 18/01/2027 - PARTENZA - Cat. 6 Cl. 5")
        c.restoreState()
    c.doForm("letterhead")
    c.setFont("Helvetica", 7.5)
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.4)
    c.line(22 * mm, 16 * mm, W - 22 * mm, 16 * mm)
    c.drawString(22 * mm, 12 * mm, "Comune di Caprarola - Area Tecnica - Avviso elenco operatori manutenzione verde 2027")
    c.drawRightString(W - 22 * mm, 12 * mm, f"Pag. {doc.page}")


doc = BaseDocTemplate(out, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=34 * mm,
                      bottomMargin=22 * mm, title="Avviso elenco operatori verde pubblico 2027",
                      author="Comune di Caprarola - Area Tecnica", creator="Sicraweb - Protocollo e Atti")
fr = Frame(22 * mm, 22 * mm, W - 44 * mm, H - 56 * mm, id="f")
doc.addPageTemplates([PageTemplate(id="p", frames=[fr], onPageEnd=on_page_end)])

body = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=5)
bold_c = ParagraphStyle("bc", parent=body, fontName="Helvetica-Bold", alignment=TA_CENTER, fontSize=11, leading=14)
h = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", spaceBefore=4, spaceAfter=3)
li = ParagraphStyle("li", parent=body, leftIndent=7 * mm, firstLineIndent=-4 * mm, spaceAfter=2)

S = []
S.append(Paragraph("AREA TECNICA", ParagraphStyle("a", parent=body, fontName="Helvetica-Bold", fontSize=10.5)))
S.append(Paragraph("Servizio Lavori Pubblici e Manutenzioni", ParagraphStyle("a2", parent=body, fontSize=9.5)))
S.append(Spacer(1, 5 * mm))
S.append(Paragraph("AVVISO PUBBLICO", bold_c))
S.append(Paragraph("PER LA FORMAZIONE DI UN ELENCO DI OPERATORI ECONOMICI PER L'AFFIDAMENTO DI LAVORI DI "
                   "MANUTENZIONE DEL VERDE PUBBLICO - ANNO 2027", bold_c))
S.append(Spacer(1, 5 * mm))
S.append(Paragraph("IL RESPONSABILE DELL'AREA TECNICA", bold_c))
S.append(Spacer(1, 2 * mm))
for t in [
    "In esecuzione della propria determinazione n. 9 del 14/01/2027 (Registro Generale), e in conformità all'art. 50, "
    "comma 1, lett. a), del D.Lgs. 31 marzo 2023, n. 36, e all'Allegato II.1 al medesimo decreto,",
]:
    S.append(Paragraph(t, body))
S.append(Paragraph("RENDE NOTO", bold_c))
S.append(Spacer(1, 2 * mm))
S.append(Paragraph("che il Comune di Caprarola intende formare un elenco di operatori economici qualificati da invitare "
                   "agli affidamenti diretti e alle procedure negoziate per i lavori di manutenzione ordinaria e "
                   "straordinaria del verde pubblico (giardini, parchi, alberature stradali, aree scolastiche e "
                   "cimiteriali) per l'anno 2027, per importi inferiori a euro 150.000,00.", body))
S.append(Paragraph("1. Requisiti di partecipazione", h))
for t in ["a) assenza delle cause di esclusione di cui agli articoli 94 e 95 del D.Lgs. n. 36/2023;",
          "b) iscrizione alla C.C.I.A.A. per attività coerenti con l'oggetto dell'avviso;",
          "c) possesso dell'attestazione SOA nella categoria OS24 ovvero dei requisiti di cui all'art. 28 "
          "dell'Allegato II.12 al D.Lgs. n. 36/2023;",
          "d) abilitazione sul Mercato Elettronico della Pubblica Amministrazione, categoria \"Servizi di "
          "manutenzione del verde pubblico\"."]:
    S.append(Paragraph(t, li))
S.append(Paragraph("2. Modalità e termine di presentazione delle domande", h))
S.append(Paragraph("Le domande, redatte sul modello allegato al presente avviso e sottoscritte digitalmente dal legale "
                   "rappresentante, dovranno pervenire esclusivamente a mezzo PEC all'indirizzo istituzionale del "
                   "Comune <b>entro le ore 12:00 del giorno 08/02/2027</b>, indicando nell'oggetto \"Elenco operatori "
                   "manutenzione verde 2027\".", body))
S.append(Paragraph("3. Formazione e utilizzo dell'elenco", h))
S.append(Paragraph("L'elenco sarà formato in ordine di arrivo delle domande e approvato con determinazione del "
                   "Responsabile dell'Area Tecnica. Gli operatori saranno invitati nel rispetto dei principi di "
                   "rotazione, trasparenza e parità di trattamento. L'iscrizione non costituisce diritto ad essere "
                   "invitati né vincola in alcun modo l'Amministrazione.", body))
S.append(Paragraph("4. Trattamento dei dati personali", h))
S.append(Paragraph("I dati forniti saranno trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità "
                   "connesse alla presente procedura. Titolare del trattamento è il Comune di Caprarola.", body))
S.append(Paragraph("5. Responsabile del procedimento e informazioni", h))
S.append(Paragraph("Il Responsabile Unico del Progetto è il geom. Luca Benedetti, Responsabile dell'Area Tecnica. "
                   "Informazioni possono essere richieste all'Ufficio Tecnico nei giorni di martedì e giovedì dalle "
                   "ore 9:00 alle ore 12:00. Il presente avviso è pubblicato all'Albo Pretorio on line e nella sezione "
                   "\"Amministrazione Trasparente - Bandi di gara e contratti\" fino alla scadenza del termine.", body))
S.append(Spacer(1, 5 * mm))
S.append(Paragraph("Caprarola, 18/01/2027", body))
sig = Table([["", "IL RESPONSABILE DELL'AREA TECNICA"], ["", "Geom. Luca Benedetti"],
             ["", "(firmato digitalmente)"]], colWidths=[90 * mm, 76 * mm])
sig.setStyle(TableStyle([("ALIGN", (1, 0), (1, -1), "CENTER"), ("FONT", (1, 0), (1, 0), "Helvetica-Bold", 9.5),
                         ("FONT", (1, 1), (1, 1), "Helvetica", 10), ("FONT", (1, 2), (1, 2), "Helvetica-Oblique", 7.5)]))
S.append(sig)
S.append(Spacer(1, 6 * mm))
S.append(Paragraph("Allegato: Modello A - Domanda di iscrizione all'elenco", ParagraphStyle("x", parent=body, fontSize=8.5)))
doc.build(S)
