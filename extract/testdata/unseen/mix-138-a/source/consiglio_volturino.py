#!/usr/bin/env python3
"""Consiglio Comunale di Volturino, deliberazione n. 1 dell'11/01/2029, J-Iride-like print drawn on
the ReportLab canvas with standard Times/Helvetica (Tw-justified lines, roll in two halves side by side).
usage: consiglio_volturino.py OUT.pdf"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from rl_flow import Flow

out = sys.argv[1]
W, H = A4
SUBJ = ("APPROVAZIONE DEL PIANO DELLE ALIENAZIONI E VALORIZZAZIONI IMMOBILIARI PER IL TRIENNIO 2029/2031 "
        "(ART. 58 D.L. N. 112/2008)")
TOTAL = 2


def crest(c, x, y, s):
    c.saveState()
    c.setLineWidth(1.1)
    p = c.beginPath()
    p.moveTo(x, y); p.lineTo(x + 16 * s, y); p.lineTo(x + 16 * s, y - 11 * s)
    p.curveTo(x + 16 * s, y - 17 * s, x + 11 * s, y - 20 * s, x + 8 * s, y - 21 * s)
    p.curveTo(x + 5 * s, y - 20 * s, x, y - 17 * s, x, y - 11 * s)
    p.close()
    c.drawPath(p)
    c.lines([(x + 2 * s, y - 15 * s, x + 6 * s, y - 9.5 * s), (x + 6 * s, y - 9.5 * s, x + 8.5 * s, y - 12.5 * s),
             (x + 8.5 * s, y - 12.5 * s, x + 11 * s, y - 8 * s), (x + 11 * s, y - 8 * s, x + 14.5 * s, y - 15 * s)])
    c.circle(x + 8 * s, y - 4 * s, 1.5 * s)
    c.restoreState()


def on_page(c, n):
    c.setFont("Helvetica", 7.5)
    c.setLineWidth(0.4)
    c.line(20 * mm, 16 * mm, 190 * mm, 16 * mm)
    c.drawString(20 * mm, 12.5 * mm, "Delibera di Consiglio Comunale n. 1 del 11/01/2029")
    c.drawRightString(190 * mm, 12.5 * mm, "Pagina %d di %d" % (n, TOTAL))
    if n > 1:
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawString(20 * mm, H - 12 * mm, "COMUNE DI VOLTURINO - Deliberazione del Consiglio Comunale N. 1 del 11/01/2029")


c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Delibera C.C. n. 1 del 11/01/2029")
c.setAuthor("Comune di Volturino")
c.setCreator("J-Iride - Atti amministrativi")

# letterhead on the left, ORIGINALE box on the right
crest(c, 20 * mm, H - 13 * mm, 0.95 * mm)
c.setFont("Times-Bold", 18)
c.drawString(40 * mm, H - 20 * mm, "COMUNE DI VOLTURINO")
c.setFont("Times-Roman", 11)
c.drawString(40 * mm, H - 25.5 * mm, "Provincia di Foggia")
c.setFont("Helvetica", 7.5)
c.drawString(40 * mm, H - 30 * mm, "Piazza Municipio - 71030 Volturino (FG)")
c.setLineWidth(0.8)
c.rect(158 * mm, H - 24 * mm, 32 * mm, 9 * mm)
c.setFont("Helvetica-Bold", 10)
c.drawCentredString(174 * mm, H - 20.8 * mm, "ORIGINALE")

# title grid: kind | number and date ; proposal row
y = H - 38 * mm
c.setLineWidth(0.7)
c.rect(20 * mm, y - 10 * mm, 170 * mm, 10 * mm)
c.line(128 * mm, y, 128 * mm, y - 10 * mm)
c.setFont("Helvetica-Bold", 11)
c.drawString(23 * mm, y - 6.6 * mm, "DELIBERAZIONE DEL CONSIGLIO COMUNALE")
c.drawString(131 * mm, y - 6.6 * mm, "N. 1  del  11/01/2029")
c.rect(20 * mm, y - 17 * mm, 170 * mm, 7 * mm)
c.setFont("Helvetica", 8.5)
c.drawString(23 * mm, y - 14.6 * mm, "Proposta N. 3 del 04/01/2029")
c.drawString(80 * mm, y - 14.6 * mm, "Settore proponente: Settore Tecnico")
c.setFont("Helvetica-Oblique", 8.5)
c.drawCentredString(105 * mm, y - 21.5 * mm, "Sessione straordinaria - Seduta pubblica di prima convocazione")

f = Flow(c, top=y - 25 * mm, bottom=24 * mm, on_page=on_page)
f.para("OGGETTO:", font="Times-Bold", size=11.5, after=-11.5 * 1.3)
f.para(SUBJ, font="Times-Bold", size=11.5, indent=24 * mm, align="L", after=5)
c.setLineWidth(0.5)
c.line(20 * mm, f.y, 190 * mm, f.y)
f.skip(3)

f.para("L'anno duemilaventinove, il giorno undici del mese di gennaio, alle ore 16:30, nella Sala consiliare della Sede "
       "Municipale, a seguito di regolare convocazione prot. n. 102 del 05/01/2029, notificata a ciascun Consigliere nei "
       "modi e termini di legge, si è riunito il Consiglio Comunale. All'appello nominale risultano:", after=4)

left = [("1", "DE MICHELE Antonio (Sindaco)", True), ("2", "PETRUCCELLI Maria Grazia", True), ("3", "CICCONE Michele", True),
        ("4", "IAMMARINO Giuseppe", True), ("5", "RUSSO Lucia", False), ("6", "PISTILLO Donato", True)]
right = [("7", "LOMBARDI Angela", True), ("8", "DI PASQUA Nicola", True), ("9", "MASCIA Raffaele", False),
         ("10", "FANELLI Rosa", True), ("11", "TOZZI Leonardo", True)]
rh = 5.4 * mm
f.need(rh * 8)
top = f.y
cols = [(20 * mm, left), (107 * mm, right)]
for x, rows in cols:
    c.setFillGray(0.88)
    c.rect(x, top - rh, 83 * mm, rh, stroke=1, fill=1)
    c.setFillGray(0)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(x + 2 * mm, top - rh + 1.6 * mm, "N.")
    c.drawString(x + 9 * mm, top - rh + 1.6 * mm, "COMPONENTI")
    c.drawCentredString(x + 69 * mm, top - rh + 1.6 * mm, "P")
    c.drawCentredString(x + 77 * mm, top - rh + 1.6 * mm, "A")
    for i, (n, name, pres) in enumerate(rows, 1):
        yy = top - rh * (i + 1)
        c.rect(x, yy, 83 * mm, rh)
        c.setFont("Helvetica", 8.5)
        c.drawRightString(x + 6 * mm, yy + 1.6 * mm, n)
        c.setFont("Times-Roman", 10)
        c.drawString(x + 9 * mm, yy + 1.6 * mm, name)
        c.drawCentredString(x + 69 * mm, yy + 1.6 * mm, "X" if pres else "")
        c.drawCentredString(x + 77 * mm, yy + 1.6 * mm, "" if pres else "X")
    c.setLineWidth(0.4)
    for xx in (7 * mm, 65 * mm, 73 * mm):
        c.line(x + xx, top, x + xx, top - rh * (len(rows) + 1))
f.y = top - rh * 7 - 2 * mm
f.para("PRESENTI N. 9          ASSENTI N. 2", font="Helvetica-Bold", size=9, align="R", after=4)

f.para("Presiede la seduta il Sig. Michele Ciccone, nella sua qualità di Presidente del Consiglio Comunale.", after=2)
f.para("Partecipa con funzioni consultive, referenti, di assistenza e verbalizzazione (art. 97, comma 4, lett. a, del "
       "D.Lgs. 267/2000) il Segretario Comunale Dott.ssa Annamaria Colucci.", after=2)
f.para("Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta ed invita il Consiglio a "
       "deliberare sull'argomento in oggetto, iscritto al punto n. 2 dell'ordine del giorno.", after=6)

f.para("IL CONSIGLIO COMUNALE", font="Times-Bold", size=11.5, align="C", after=4)
for t in [
    "Premesso che l'art. 58 del D.L. 25 giugno 2008, n. 112, convertito con modificazioni dalla Legge 6 agosto 2008, n. 133, "
    "prevede che ciascun ente, con delibera dell'organo di governo, individui, redigendo apposito elenco sulla base e nei limiti "
    "della documentazione esistente presso i propri archivi e uffici, i singoli immobili di proprietà non strumentali "
    "all'esercizio delle proprie funzioni istituzionali, suscettibili di valorizzazione ovvero di dismissione, redigendo il "
    "piano delle alienazioni e valorizzazioni immobiliari da allegare al bilancio di previsione;",
    "Dato atto che il Settore Tecnico ha effettuato la ricognizione del patrimonio immobiliare comunale e ha individuato, "
    "come da elenco allegato sub A), i seguenti beni: il fabbricato dell'ex mattatoio comunale in via Cappuccini, il terreno "
    "agricolo in località Piano della Croce (foglio 12, particella 214) e il relitto stradale adiacente a via San Rocco;",
    "Vista la proposta di deliberazione n. 3 del 04/01/2029 predisposta dal Settore Tecnico;",
    "Uditi gli interventi dei Consiglieri, riportati nel resoconto della seduta, e in particolare la dichiarazione di voto "
    "della Consigliera Fanelli, che annuncia l'astensione del gruppo di minoranza;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. 267/2000, "
    "riportati in calce al presente atto;",
    "Con voti favorevoli n. 7, contrari n. 0, astenuti n. 2 (Fanelli, Tozzi), resi per alzata di mano dai n. 9 Consiglieri "
    "presenti e n. 7 votanti;",
]:
    f.para(t)

f.skip(2)
f.need(40 * mm)
f.para("D E L I B E R A", font="Times-Bold", size=11.5, align="C", after=4)
for i, t in enumerate([
    "di approvare il Piano delle alienazioni e valorizzazioni immobiliari per il triennio 2029/2031, redatto ai sensi "
    "dell'art. 58 del D.L. n. 112/2008, nel testo allegato sub A) quale parte integrante e sostanziale del presente atto;",
    "di dare atto che l'inserimento degli immobili nel Piano ne determina la classificazione come patrimonio disponibile e "
    "ha effetto dichiarativo della proprietà, in assenza di precedenti trascrizioni;",
    "di allegare il Piano al bilancio di previsione 2029/2031 e di demandare al Responsabile del Settore Tecnico gli "
    "adempimenti conseguenti, ivi compresa la pubblicazione nella sezione Amministrazione Trasparente.",
], 1):
    f.para("%d)" % i, after=-11 * 1.3)
    f.para(t, indent=8 * mm)

f.skip(2)
f.para("Successivamente, con separata votazione, con voti favorevoli n. 7, contrari n. 0, astenuti n. 2 (Fanelli, Tozzi), "
       "il Consiglio Comunale DICHIARA il presente atto immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del "
       "D.Lgs. 267/2000, stante l'urgenza di provvedere all'approvazione del bilancio di previsione.", after=8)

# pareri
f.need(40 * mm)
f.para("PARERI ESPRESSI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000", font="Helvetica-Bold", size=9, after=2)
f.para("PARERE DI REGOLARITÀ TECNICA: Favorevole. Volturino, 04/01/2029 - Il Responsabile del Settore Tecnico, "
       "Ing. Pasquale Lamarca", font="Times-Roman", size=10, after=2)
f.para("PARERE DI REGOLARITÀ CONTABILE: Favorevole. Volturino, 05/01/2029 - Il Responsabile del Settore Finanziario, "
       "Rag. Carmela Iacovelli", font="Times-Roman", size=10, after=10)

f.para("Il presente verbale viene letto, approvato e sottoscritto.", after=6)
f.need(24 * mm)
y0 = f.y
c.setFont("Times-Bold", 10.5)
c.drawCentredString(62 * mm, y0 - 5 * mm, "IL PRESIDENTE")
c.drawCentredString(148 * mm, y0 - 5 * mm, "IL SEGRETARIO COMUNALE")
c.setFont("Times-Roman", 10.5)
c.drawCentredString(62 * mm, y0 - 10 * mm, "Michele Ciccone")
c.drawCentredString(148 * mm, y0 - 10 * mm, "Dott.ssa Annamaria Colucci")
f.y = y0 - 18 * mm
f.para("Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e ss.mm.ii., che sostituisce la firma autografa.",
       font="Helvetica-Oblique", size=7.5, align="C")
assert f.page == TOTAL, f.page
c.save()
