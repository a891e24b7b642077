#!/usr/bin/env python3
"""Comune di Ossi - Giunta Comunale n. 14/2028, Halley-style minute.

ReportLab platypus: justified paragraphs (word spacing by Tw), a ruled roll,
a running head from page 2 and a running foot with the act's number.
"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib import colors
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                TableStyle, KeepTogether)

out = sys.argv[1]

base = ParagraphStyle('b', fontName='Times-Roman', fontSize=11, leading=14,
                      alignment=TA_JUSTIFY, spaceAfter=5)
cen = ParagraphStyle('c', parent=base, alignment=TA_CENTER, spaceAfter=0)
head1 = ParagraphStyle('h1', parent=cen, fontName='Times-Bold', fontSize=17, leading=20)
head2 = ParagraphStyle('h2', parent=cen, fontName='Times-Italic', fontSize=11)
small = ParagraphStyle('s', parent=base, fontSize=9, leading=11, alignment=TA_LEFT, spaceAfter=0)
bold_c = ParagraphStyle('bc', parent=cen, fontName='Times-Bold', fontSize=12, leading=15,
                        spaceBefore=6, spaceAfter=6)
pt = ParagraphStyle('pt', parent=base, leftIndent=18, firstLineIndent=-18)

RUN = "Comune di Ossi - Deliberazione della Giunta Comunale n. 14 del 08/02/2028"


def first(c, d):
    c.saveState()
    c.setFont('Times-Roman', 8)
    c.drawCentredString(A4[0] / 2, 12 * mm,
                        "Piazza Municipio, 1 - 07045 Ossi (SS) - Tel. 079 3403100 - "
                        "protocollo@pec.comune.ossi.ss.it - P.IVA 00245780907")
    c.drawRightString(A4[0] - 20 * mm, 18 * mm, "Pag. %d" % d.page)
    c.restoreState()


def later(c, d):
    c.saveState()
    c.setFont('Times-Italic', 8.5)
    c.drawString(20 * mm, A4[1] - 12 * mm, RUN)
    c.setLineWidth(0.4)
    c.line(20 * mm, A4[1] - 13.5 * mm, A4[0] - 20 * mm, A4[1] - 13.5 * mm)
    c.setFont('Times-Roman', 8)
    c.drawRightString(A4[0] - 20 * mm, 18 * mm, "Pag. %d" % d.page)
    c.restoreState()


P = lambda t, s=base: Paragraph(t, s)
story = []
story += [P("COMUNE DI OSSI", head1), P("Provincia di Sassari", head2), Spacer(1, 8)]

box = Table([
    [P("<b>ORIGINALE</b>", small), ""],
    [P("<b>VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE</b>",
       ParagraphStyle('x', parent=cen, fontSize=12.5, leading=15)), ""],
    [P("<b>N. 14</b> del <b>08/02/2028</b>", ParagraphStyle('y', parent=base, spaceAfter=0)),
     P("Proposta n. 19 del 03/02/2028<br/>Ufficio proponente: Area Socio-Culturale",
       ParagraphStyle('z', parent=small, alignment=2))],
], colWidths=[85 * mm, 85 * mm])
box.setStyle(TableStyle([
    ('BOX', (0, 0), (-1, -1), 0.8, colors.black),
    ('SPAN', (0, 1), (1, 1)),
    ('LINEBELOW', (0, 1), (-1, 1), 0.4, colors.black),
    ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
    ('TOPPADDING', (0, 0), (-1, -1), 4), ('BOTTOMPADDING', (0, 0), (-1, -1), 4),
]))
story += [box, Spacer(1, 8)]
story.append(P("<b>OGGETTO:</b> <b>Manifestazione \"Carrasegare Ossesu 2028\". Concessione del "
               "patrocinio e di un contributo economico all'Associazione Culturale \"Su Entu\". "
               "Indirizzi al Responsabile dell'Area Socio-Culturale.</b>",
               ParagraphStyle('o', parent=base, leftIndent=62, firstLineIndent=-62)))
story.append(Spacer(1, 4))
story.append(P("L'anno <b>duemilaventotto</b>, il giorno <b>otto</b> del mese di <b>febbraio</b>, "
               "alle ore <b>17:30</b>, nella sala delle adunanze della Casa Comunale, convocata "
               "nei modi di legge, si &egrave; riunita la Giunta Comunale con l'intervento dei Signori:"))

roll = [["N.", "Cognome e Nome", "Carica", "Presente", "Assente"],
        ["1", "PIRAS Giovanni Maria", "Sindaco", "X", ""],
        ["2", "SECHI Antonella", "Vice Sindaco", "X", ""],
        ["3", "CANU Salvatore", "Assessore", "X", ""],
        ["4", "MANCA Federica", "Assessore", "", "X"],
        ["5", "DEROMA Pietro Paolo", "Assessore", "X", ""]]
t = Table(roll, colWidths=[12 * mm, 62 * mm, 40 * mm, 22 * mm, 22 * mm])
t.setStyle(TableStyle([
    ('FONT', (0, 0), (-1, 0), 'Times-Bold', 10),
    ('FONT', (0, 1), (-1, -1), 'Times-Roman', 10.5),
    ('GRID', (0, 0), (-1, -1), 0.4, colors.black),
    ('ALIGN', (3, 0), (-1, -1), 'CENTER'), ('ALIGN', (0, 0), (0, -1), 'CENTER'),
    ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e6e6e6')),
]))
story += [t, Spacer(1, 3)]
story.append(P("Presenti n. 4 &nbsp;&nbsp;&nbsp; Assenti n. 1", ParagraphStyle('pa', parent=base, alignment=2)))
story.append(P("Presiede la seduta il Sindaco, Giovanni Maria Piras. Partecipa il Segretario Comunale "
               "dott.ssa Maria Grazia Fois, con funzioni consultive, referenti, di assistenza e di "
               "verbalizzazione, ai sensi dell'art. 97, comma 4, lett. a), del D.Lgs. n. 267/2000. "
               "Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la riunione "
               "ed invita i convocati a deliberare sull'oggetto sopraindicato."))
story.append(P("LA GIUNTA COMUNALE", bold_c))
for t_ in [
    "<b>PREMESSO</b> che il Carnevale ossese, con le sfilate dei carri allegorici e dei gruppi in maschera "
    "lungo le vie del centro storico, costituisce una tradizione radicata nella comunit&agrave; e un momento "
    "di aggregazione sociale e di richiamo turistico per l'intero territorio del Coros;",
    "<b>VISTA</b> la nota acquisita al protocollo generale dell'Ente al n. 1044 del 27/01/2028, con la quale "
    "l'Associazione Culturale \"Su Entu\", con sede in Ossi, via Sassari n. 18, ha chiesto il patrocinio del "
    "Comune e un contributo economico per l'organizzazione della manifestazione \"Carrasegare Ossesu 2028\", "
    "che si svolger&agrave; nei giorni di domenica 27 e marted&igrave; 29 febbraio 2028, allegando il programma "
    "delle iniziative e il preventivo di spesa, pari a complessivi euro 7.850,00;",
    "<b>RICHIAMATO</b> il Regolamento comunale per la concessione di sovvenzioni, contributi e vantaggi "
    "economici, approvato con deliberazione del Consiglio Comunale n. 12 del 29/04/2019, e in particolare "
    "l'art. 6, che consente la concessione di contributi a sostegno di manifestazioni di rilevante interesse "
    "per la comunit&agrave; locale, nel limite delle risorse stanziate in bilancio;",
    "<b>RICHIAMATE</b> la deliberazione del Consiglio Comunale n. 41 del 18/12/2027, di approvazione del "
    "Documento Unico di Programmazione 2028/2030, e la deliberazione del Consiglio Comunale n. 42 del "
    "18/12/2027, di approvazione del bilancio di previsione finanziario 2028/2030;",
    "<b>RITENUTO</b> di sostenere l'iniziativa, in considerazione della sua valenza culturale e della "
    "partecipazione delle scuole e delle associazioni del paese, concedendo un contributo di euro 3.500,00 "
    "a parziale copertura delle spese documentate;",
    "<b>ACQUISITI</b> sulla proposta i pareri favorevoli di regolarit&agrave; tecnica e contabile, espressi ai "
    "sensi dell'art. 49 del D.Lgs. n. 267/2000 dal Responsabile dell'Area Socio-Culturale e dal Responsabile "
    "dell'Area Finanziaria, riportati in calce;",
    "<b>CON VOTI</b> unanimi favorevoli, espressi nelle forme di legge;"]:
    story.append(P(t_))
story.append(P("DELIBERA", bold_c))
for n, t_ in enumerate([
    "di concedere il patrocinio del Comune di Ossi alla manifestazione \"Carrasegare Ossesu 2028\", "
    "organizzata dall'Associazione Culturale \"Su Entu\" nei giorni 27 e 29 febbraio 2028;",
    "di concedere alla medesima Associazione un contributo economico di euro 3.500,00, a parziale copertura "
    "delle spese organizzative, da liquidarsi a presentazione del rendiconto delle spese sostenute;",
    "di dare atto che la spesa trova copertura sulla Missione 5, Programma 2, capitolo 10520.4 del bilancio "
    "di previsione finanziario 2028/2030, annualit&agrave; 2028;",
    "di demandare al Responsabile dell'Area Socio-Culturale l'adozione degli atti gestionali conseguenti, "
    "ivi compreso l'impegno di spesa e la successiva liquidazione del contributo."], 1):
    story.append(P("%d.&nbsp;&nbsp;%s" % (n, t_), pt))
story.append(P("Successivamente, <b>LA GIUNTA COMUNALE</b>, ravvisata l'urgenza di provvedere in vista "
               "dell'imminente svolgimento della manifestazione, con separata votazione unanime, "
               "<b>DELIBERA</b> di dichiarare la presente deliberazione immediatamente eseguibile, ai sensi "
               "dell'art. 134, comma 4, del D.Lgs. n. 267/2000."))
story.append(Spacer(1, 6))

pareri = Table([
    [P("<b>PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000</b>", small), ""],
    [P("Regolarit&agrave; tecnica: <b>FAVOREVOLE</b><br/>Data 03/02/2028", small),
     P("Il Responsabile dell'Area Socio-Culturale<br/>dott.ssa Rita Cossu", small)],
    [P("Regolarit&agrave; contabile: <b>FAVOREVOLE</b><br/>Data 04/02/2028", small),
     P("Il Responsabile dell'Area Finanziaria<br/>rag. Tonina Mura", small)],
], colWidths=[85 * mm, 85 * mm])
pareri.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.6, colors.black),
                            ('SPAN', (0, 0), (1, 0)),
                            ('LINEBELOW', (0, 0), (-1, 1), 0.3, colors.grey)]))
story.append(KeepTogether([pareri]))
story.append(Spacer(1, 10))
story.append(P("Letto, approvato e sottoscritto.", base))
sig = Table([[P("IL PRESIDENTE", cen), P("IL SEGRETARIO COMUNALE", cen)],
             [P("Giovanni Maria Piras", cen), P("dott.ssa Maria Grazia Fois", cen)],
             [P("<i>(firmato digitalmente)</i>", cen), P("<i>(firmato digitalmente)</i>", cen)]],
            colWidths=[85 * mm, 85 * mm])
story.append(KeepTogether([sig]))
story.append(Spacer(1, 12))
cert = Table([[P("<b>CERTIFICATO DI PUBBLICAZIONE</b>", cen)],
              [P("La presente deliberazione viene pubblicata all'Albo Pretorio on line del Comune dal "
                 "10/02/2028 per quindici giorni consecutivi, ai sensi dell'art. 124 del D.Lgs. n. 267/2000, "
                 "ed &egrave; contestualmente comunicata ai Capigruppo consiliari.", base)],
              [P("<b>ESECUTIVIT&Agrave;</b>: dichiarata immediatamente eseguibile (art. 134, comma 4, "
                 "D.Lgs. n. 267/2000).", base)],
              [P("Ossi, 10/02/2028 &nbsp;&nbsp;&nbsp;&nbsp; Il Segretario Comunale - dott.ssa Maria Grazia Fois",
                 ParagraphStyle('r', parent=base, alignment=2))]],
             colWidths=[170 * mm])
cert.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.6, colors.black)]))
story.append(KeepTogether([cert]))

doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                        topMargin=20 * mm, bottomMargin=25 * mm,
                        title="Deliberazione G.C. n. 14 del 08/02/2028",
                        author="Comune di Ossi", creator="Halley Sardegna - Atti Amministrativi")
doc.build(story, onFirstPage=first, onLaterPages=later)
