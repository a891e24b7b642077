#!/usr/bin/env python3
"""Consiglio Comunale di Borgaro Torinese, deliberazione n. 3 del 17/01/2029:
ReportLab platypus (Times), the Sicraweb-like print of the same package."""
import sys
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

out = sys.argv[1]
body = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14, alignment=TA_JUSTIFY,
                      spaceAfter=5)
cen = ParagraphStyle("c", parent=body, alignment=TA_CENTER, fontName="Times-Bold")
small = ParagraphStyle("s", parent=body, fontSize=9, leading=11, alignment=TA_LEFT)
cell = ParagraphStyle("cell", parent=body, fontSize=10, leading=12, spaceAfter=0, alignment=TA_LEFT)


def header(c, d):
    c.saveState()
    w, h = A4
    # crest
    x0, y0 = 22 * mm, h - 31 * mm
    p = c.beginPath()
    p.moveTo(x0, y0 + 16 * mm); p.lineTo(x0 + 13 * mm, y0 + 16 * mm); p.lineTo(x0 + 13 * mm, y0 + 6 * mm)
    p.curveTo(x0 + 13 * mm, y0 + 1 * mm, x0 + 9 * mm, y0, x0 + 6.5 * mm, y0 - 1.5 * mm)
    p.curveTo(x0 + 4 * mm, y0, x0, y0 + 1 * mm, x0, y0 + 6 * mm); p.close()
    c.setLineWidth(1); c.drawPath(p)
    c.circle(x0 + 6.5 * mm, y0 + 8 * mm, 2.6 * mm)
    c.setFont("Times-Bold", 16)
    c.drawString(40 * mm, h - 20 * mm, "COMUNE DI BORGARO TORINESE")
    c.setFont("Times-Italic", 10.5)
    c.drawString(40 * mm, h - 25.5 * mm, "Città Metropolitana di Torino")
    c.setLineWidth(0.6)
    c.line(20 * mm, h - 34 * mm, w - 20 * mm, h - 34 * mm)
    c.setFont("Times-Roman", 8)
    c.drawCentredString(w / 2, 12 * mm, "Deliberazione del Consiglio Comunale n. 3 del 17/01/2029 - Pag. %d" % d.page)
    c.restoreState()


doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=22 * mm, rightMargin=20 * mm, topMargin=40 * mm,
                        bottomMargin=22 * mm, title="Delibera C.C. 3/2029", author="Sicraweb",
                        creator="Sicraweb - Stampa atti")
S = []
t = Table([[Paragraph("<b>DELIBERAZIONE DEL CONSIGLIO COMUNALE</b>", cell),
            Paragraph("<b>N. 3</b>", cell), Paragraph("<b>Data 17/01/2029</b>", cell)]],
          colWidths=[95 * mm, 25 * mm, 48 * mm])
t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, "black"), ("INNERGRID", (0, 0), (-1, -1), 0.5, "black"),
                       ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 5),
                       ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
S += [t, Spacer(1, 6)]
o = Table([[Paragraph("<b>OGGETTO:</b>", cell),
            Paragraph("<b>APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON IL COMUNE DI CASELLE TORINESE PER LA "
                      "GESTIONE IN FORMA ASSOCIATA DEL SERVIZIO DI POLIZIA LOCALE - PERIODO 2029/2031.</b>", cell)]],
          colWidths=[24 * mm, 144 * mm])
o.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.5, "black")]))
S += [o, Spacer(1, 8)]
S.append(Paragraph(
    "L'anno duemilaventinove, addì diciassette del mese di gennaio, alle ore 20:45, nella Sala Consiliare, "
    "si è riunito il Consiglio Comunale in sessione ordinaria, seduta pubblica, di prima convocazione. "
    "Al momento della trattazione del presente punto all'ordine del giorno risultano:", body))

left = [("GIACHINO Paolo - Sindaco", "P"), ("ACTIS Daniela - Presidente", "P"), ("AIMONE Giulia", "P"),
        ("ALLASIA Marco", "P"), ("BARBERO Simone", "P"), ("BERTOLA Chiara", "P"), ("BOSCO Giorgio", "P"),
        ("CHIADO' Roberto", "P"), ("DEMARIA Alessia", "P")]
right = [("FERRERO Luigi", "P"), ("GHIGLIONE Sara", "P"), ("MARCHETTI Davide", "P"), ("MUSSINO Elena", "A"),
         ("PEROTTI Andrea", "P"), ("ROSTAGNO Enrico", "P"), ("TOSCO Valentina", "P"), ("UGHETTO Franco", "A"), ("", "")]
rows = [["Consiglieri", "P/A", "Consiglieri", "P/A"]]
for (a, pa), (b, pb) in zip(left, right):
    rows.append([a, pa, b, pb])
rt = Table(rows, colWidths=[58 * mm, 14 * mm, 58 * mm, 14 * mm])
rt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 10),
                        ("FONT", (0, 0), (-1, 0), "Times-Bold", 10),
                        ("ALIGN", (1, 0), (1, -1), "CENTER"), ("ALIGN", (3, 0), (3, -1), "CENTER"),
                        ("LINEBELOW", (0, 0), (-1, 0), 0.6, "black"), ("LINEAFTER", (1, 0), (1, -1), 0.6, "black"),
                        ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2)]))
S += [rt, Spacer(1, 3), Paragraph("Presenti n. 15 - Assenti n. 2", ParagraphStyle("r", parent=small, alignment=2)),
      Spacer(1, 4)]
for s in [
    "Presiede la seduta la Presidente del Consiglio Comunale Sig.ra Daniela Actis. Partecipa il Segretario "
    "Generale Dott.ssa Paola Ferrua, incaricata della redazione del verbale.",
]:
    S.append(Paragraph(s, body))
S.append(Paragraph("IL CONSIGLIO COMUNALE", cen))
for s in [
    "Udita la relazione del Sindaco, il quale riferisce che il Comune di Borgaro Torinese e il Comune di "
    "Caselle Torinese intendono proseguire la gestione associata del servizio di polizia locale, già "
    "sperimentata nel triennio precedente, al fine di garantire il presidio del territorio nelle fasce "
    "serali e festive e di ottimizzare l'impiego del personale e dei mezzi;",
    "Visto l'art. 30 del D.Lgs. 18 agosto 2000, n. 267, il quale prevede che gli enti locali, al fine di "
    "svolgere in modo coordinato funzioni e servizi determinati, possano stipulare tra loro apposite convenzioni;",
    "Vista la vigente normativa regionale in materia di polizia locale;",
    "Esaminato lo schema di convenzione composto da n. 14 articoli, che individua il Comune di Borgaro "
    "Torinese quale ente capofila e disciplina le modalità di riparto delle spese, la durata triennale e le "
    "forme di consultazione tra gli enti;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del "
    "D.Lgs. 267/2000 dal Comandante della Polizia Locale e dal Responsabile del Settore Finanziario;",
    "Udita la discussione, nel corso della quale intervengono i Consiglieri Allasia, Barbero e Rostagno, che "
    "chiedono il rinvio dell'argomento, e il Sindaco per la replica, come da registrazione agli atti;",
    "Dato atto che alle ore 22:05, prima della votazione, escono dall'aula i Consiglieri Allasia Marco e "
    "Rostagno Enrico, per cui i Consiglieri presenti sono n. 13;",
    "Con voti favorevoli n. 10 e contrari n. 3 (Barbero, Chiadò, Marchetti), nessun astenuto, espressi per "
    "alzata di mano dai n. 13 Consiglieri presenti e votanti,",
]:
    S.append(Paragraph(s, body))
S.append(Paragraph("D E L I B E R A", cen))
pts = [
    "di approvare lo schema di convenzione tra il Comune di Borgaro Torinese e il Comune di Caselle Torinese "
    "per la gestione in forma associata del servizio di polizia locale per il periodo 2029/2031, che si "
    "allega al presente atto per farne parte integrante e sostanziale;",
    "di autorizzare il Sindaco alla sottoscrizione della convenzione, con facoltà di apportare le modifiche "
    "non sostanziali che si rendessero necessarie;",
    "di dare atto che la spesa a carico del Comune troverà copertura negli stanziamenti del bilancio di "
    "previsione 2029/2031, in corso di predisposizione.",
]
for n, p in enumerate(pts, 1):
    S.append(Table([[Paragraph("%d)" % n, body), Paragraph(p, body)]], colWidths=[9 * mm, 159 * mm],
                   style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                          ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
S.append(Spacer(1, 4))
S.append(Paragraph("La presente deliberazione diverrà esecutiva decorsi dieci giorni dalla sua pubblicazione "
                   "all'Albo Pretorio on line, ai sensi dell'art. 134, comma 3, del D.Lgs. 267/2000.", body))
S.append(Spacer(1, 8))
sig = Table([["Letto, confermato e sottoscritto", ""],
             ["LA PRESIDENTE DEL CONSIGLIO", "IL SEGRETARIO GENERALE"],
             ["F.to Daniela Actis", "F.to Dott.ssa Paola Ferrua"]], colWidths=[84 * mm, 84 * mm])
sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 10.5), ("ALIGN", (0, 1), (-1, -1), "CENTER"),
                         ("SPAN", (0, 0), (1, 0)), ("TOPPADDING", (0, 1), (-1, 1), 8)]))
S.append(KeepTogether([sig]))
S.append(Spacer(1, 14))
pub = Table([[Paragraph("<b>PUBBLICAZIONE</b><br/>La presente deliberazione viene pubblicata all'Albo Pretorio "
                        "on line del Comune per quindici giorni consecutivi dal 20/01/2029 al 04/02/2029, "
                        "Reg. Pubbl. n. 88.", small)]], colWidths=[168 * mm])
pub.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, "black")]))
S.append(KeepTogether([pub]))
doc.build(S, onFirstPage=header, onLaterPages=header)
