#!/usr/bin/env python3
"""Besana in Brianza, Consiglio Comunale n. 5 del 18/01/2029 (same sitting as
n. 4, one councillor more): ReportLab platypus, Sicraweb-like layout.
Usage: cc05_besana_rl.py OUT.pdf CRESTDIR"""
import os
import sys

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

out, crestdir = sys.argv[1], sys.argv[2]
W, H = A4

base = ParagraphStyle("b", fontName="Helvetica", fontSize=9.8, leading=12.6, alignment=TA_JUSTIFY, spaceAfter=4.5)
cen = ParagraphStyle("c", parent=base, fontName="Helvetica-Bold", alignment=TA_CENTER, spaceBefore=5, spaceAfter=5)
small = ParagraphStyle("s", parent=base, fontSize=8.4, leading=10.5)
num = ParagraphStyle("n", parent=base, leftIndent=7 * mm, firstLineIndent=-7 * mm)
roll = ParagraphStyle("r", parent=base, fontSize=9.2, leading=11.4, alignment=0, spaceAfter=0)

FOOT = "Deliberazione di Consiglio Comunale n. 5 del 18/01/2029"


def first_page(c, d):
    c.saveState()
    c.drawImage(os.path.join(crestdir, "crest_besana.png"), 20 * mm, H - 33 * mm, width=15 * mm, height=18 * mm)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(40 * mm, H - 23 * mm, "COMUNE DI BESANA IN BRIANZA")
    c.setFont("Helvetica", 9.5)
    c.drawString(40 * mm, H - 28 * mm, "Provincia di Monza e della Brianza")
    c.setFont("Helvetica-Bold", 9)
    c.rect(W - 44 * mm, H - 25 * mm, 26 * mm, 6 * mm)
    c.drawCentredString(W - 31 * mm, H - 23.2 * mm, "ORIGINALE")
    c.setLineWidth(1.2)
    c.line(20 * mm, H - 35 * mm, W - 17 * mm, H - 35 * mm)
    c.restoreState()
    later_pages(c, d)


def later_pages(c, d):
    c.saveState()
    c.setFont("Helvetica", 7.5)
    c.setFillGray(0.25)
    c.drawString(20 * mm, 11 * mm, FOOT)
    c.drawRightString(W - 17 * mm, 11 * mm, "Pag. %d" % d.page)
    c.restoreState()


doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=17 * mm, topMargin=16 * mm,
                        bottomMargin=20 * mm, title=FOOT, author="Comune di Besana in Brianza")
story = [Spacer(1, 22 * mm)]

tit = Table([[Paragraph("<b>VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE</b>",
                        ParagraphStyle("t", parent=base, fontSize=11, leading=13)),
              Paragraph("N. <b>5</b><br/>del <b>18/01/2029</b>", ParagraphStyle("t2", parent=base, alignment=0))]],
            colWidths=[118 * mm, 55 * mm])
tit.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, "black"), ("INNERGRID", (0, 0), (-1, -1), 0.8, "black"),
                         ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
story += [tit, Paragraph("<i>Adunanza ordinaria di prima convocazione – seduta pubblica</i>",
                         ParagraphStyle("i", parent=small, spaceBefore=3))]
ogg = Table([[Paragraph("<b>OGGETTO:</b>", base),
              Paragraph("<b>APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON LE SCUOLE DELL'INFANZIA PARITARIE DEL "
                        "TERRITORIO PER GLI ANNI SCOLASTICI 2029/2030, 2030/2031 E 2031/2032</b>", base)]],
            colWidths=[24 * mm, 149 * mm])
ogg.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)]))
story += [Spacer(1, 3 * mm), ogg, Spacer(1, 2 * mm)]

P = lambda s, st=base: story.append(Paragraph(s, st))
P("L'anno <b>duemilaventinove</b>, addì <b>diciotto</b> del mese di <b>gennaio</b>, alle ore <b>20:45</b>, nella "
  "Sala Consiliare del Palazzo Municipale di Via Roma, previa osservanza di tutte le formalità prescritte dalla "
  "vigente legge e dal Regolamento per il funzionamento del Consiglio Comunale, sono stati convocati a seduta i "
  "Consiglieri Comunali.")
P("Il Presidente dà atto che alle ore 21:20, prima della trattazione del presente punto, è entrato in aula il "
  "Consigliere Galbiati Stefano. Pertanto, al momento della trattazione dell'argomento, risultano:")

presenti = ["FUMAGALLI ROBERTA (Sindaco)", "CAZZANIGA ELENA", "BRAMBILLA MARCO", "MAGNI SILVIA",
            "RIVA ALESSANDRO", "COLOMBO FEDERICA", "PEREGO LUCA", "SALA CHIARA", "MOTTA GIOVANNI",
            "GALBIATI STEFANO", "ORNAGO MARTA", "BONFANTI CLAUDIO", "CORBETTA FRANCA", "TAGLIABUE MATTEO",
            "CEREDA ANDREA"]
assenti = ["VILLA DAVIDE (Presidente)", "RADAELLI PAOLA"]
rows = [[Paragraph("<b>PRESENTI</b>", ParagraphStyle("h", parent=roll, alignment=TA_CENTER)),
         Paragraph("<b>ASSENTI</b>", ParagraphStyle("h", parent=roll, alignment=TA_CENTER))],
        [Paragraph("<br/>".join(presenti), roll), Paragraph("<br/>".join(assenti), roll)]]
rt = Table(rows, colWidths=[70 * mm, 70 * mm])
rt.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, "black"), ("INNERGRID", (0, 0), (-1, -1), 0.6, "black"),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 1), (-1, 1), 9)]))
story += [rt, Spacer(1, 2 * mm)]
P("<b>Presenti n. 15</b>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<b>Assenti n. 2</b>")
P("Partecipano alla seduta, senza diritto di voto, gli Assessori esterni: Mariani Giorgio (Vice Sindaco), Nova "
  "Cristina e Lissoni Anna.")
P("Partecipa il Vice Segretario Dott. Stefano Arosio, in sostituzione del Segretario Generale temporaneamente "
  "assente, il quale provvede alla redazione del presente verbale.")
P("Il Sig. Luca Perego, Vice Presidente del Consiglio Comunale, in assenza del Presidente, prosegue nella "
  "presidenza della seduta e, riconosciuta la legalità dell'adunanza, pone in trattazione l'argomento indicato in "
  "oggetto, iscritto al punto n. 2 dell'ordine del giorno.")
P("IL CONSIGLIO COMUNALE", cen)
for lead, rest in [
    ("Vista", " la proposta di deliberazione n. 7 del 09/01/2029, formulata dall'Area Servizi alla Persona;"),
    ("Premesso", " che sul territorio comunale operano due scuole dell'infanzia paritarie senza fini di lucro, la "
                 "Scuola dell'Infanzia \"Sacro Cuore\" di Villa Raverio e la Scuola dell'Infanzia \"Don Carlo "
                 "Gnocchi\" di Montesiro, che accolgono complessivamente n. 212 bambini residenti, integrando "
                 "l'offerta della scuola dell'infanzia statale;"),
    ("Richiamata", " la L.R. 6 agosto 2007, n. 19, e in particolare l'art. 5, relativo al sostegno delle scuole "
                   "dell'infanzia autonome;"),
    ("Considerato", " che la convenzione vigente, approvata con deliberazione del Consiglio Comunale n. 29 del "
                    "21/06/2026, scade il 31 agosto 2029 e che si rende necessario approvare il nuovo schema con "
                    "le due scuole per il triennio scolastico successivo;"),
    ("Visto", " lo schema di convenzione allegato, condiviso con i legali rappresentanti delle scuole ed esaminato "
              "dalla Commissione Consiliare Servizi alla Persona nella seduta del 13/01/2029;"),
    ("Acquisiti", " i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del "
                  "D.Lgs. 267/2000;"),
    ("Uditi", " gli interventi dei Consiglieri Ornago, Corbetta e Cereda e la replica dell'Assessore Nova, "
              "registrati su supporto digitale conservato agli atti;"),
]:
    P("<i>%s</i>%s" % (lead, rest))
P("Con voti favorevoli n. 11, contrari n. 0, astenuti n. 4 (Galbiati, Ornago, Bonfanti, Cereda), espressi per "
  "alzata di mano dai n. 15 Consiglieri presenti, di cui n. 11 votanti;")
P("DELIBERA", cen)
pts = [
    "di approvare lo schema di convenzione tra il Comune di Besana in Brianza e le Scuole dell'Infanzia paritarie "
    "\"Sacro Cuore\" di Villa Raverio e \"Don Carlo Gnocchi\" di Montesiro per gli anni scolastici 2029/2030, "
    "2030/2031 e 2031/2032, allegato alla presente quale parte integrante e sostanziale;",
    "di dare atto che la spesa annua, stimata in complessivi € 186.000,00, trova copertura agli stanziamenti della "
    "Missione 4, Programma 1, del bilancio di previsione 2029-2031 e dei bilanci successivi;",
    "di autorizzare il Responsabile dell'Area Servizi alla Persona alla sottoscrizione delle convenzioni, con "
    "facoltà di apportare le modifiche non sostanziali che si rendessero necessarie.",
]
for i, s in enumerate(pts, 1):
    P("%d.&nbsp;&nbsp;&nbsp;%s" % (i, s), num)
P("La presente deliberazione diverrà esecutiva decorsi dieci giorni dalla pubblicazione all'Albo Pretorio on "
  "line, ai sensi dell'art. 134, comma 3, del D.Lgs. 18 agosto 2000, n. 267.")
story.append(Spacer(1, 3 * mm))
par = [Paragraph("<b>PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000</b>", small),
       Paragraph("Regolarità tecnica: FAVOREVOLE – 10/01/2029 – La Responsabile dell'Area Servizi alla Persona, "
                 "Dott.ssa Monica Tremolada", small),
       Paragraph("Regolarità contabile: FAVOREVOLE – 11/01/2029 – Il Responsabile dell'Area Economico-Finanziaria, "
                 "Rag. Mara Sironi", small)]
sig = Table([["IL PRESIDENTE", "IL VICE SEGRETARIO"], ["Sig. Luca Perego", "Dott. Stefano Arosio"]],
            colWidths=[86 * mm, 86 * mm])
sig.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"), ("FONT", (0, 0), (-1, -1), "Helvetica", 9.5)]))
story.append(KeepTogether(par + [Spacer(1, 3 * mm), Paragraph("Letto, approvato e sottoscritto.", base), sig,
                                 Spacer(1, 3 * mm),
                                 Paragraph("<i>Documento informatico firmato digitalmente ai sensi del D.Lgs. "
                                           "82/2005 e s.m.i.</i>",
                                           ParagraphStyle("d", parent=small, alignment=TA_CENTER, fontSize=7.5))]))
doc.build(story, onFirstPage=first_page, onLaterPages=later_pages)
