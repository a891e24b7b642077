#!/usr/bin/env python3
"""Comune di Contigliano - Avviso pubblico, contributi per i canoni di locazione 2027.

"Sicraweb" house style (crest beside the name over a rule, a ruled grid
with Area and Servizio). ReportLab canvas: the letterhead and the foot are
Form XObjects; the page is drawn out of reading order, as some report
engines do: the foot first, the body from the last block up to the first,
the letterhead last, then the protocol stamp turned up the left margin.
Paragraphs justified by ReportLab (word spacing, Tw).
"""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
from reportlab.platypus import Paragraph

OUT = sys.argv[1] if len(sys.argv) > 1 else "avviso-contigliano-sicraweb.pdf"
W, H = A4
L, R = 18 * mm, W - 18 * mm
TW = R - L

body = ParagraphStyle("b", fontName="Helvetica", fontSize=10.2, leading=13.6, alignment=TA_JUSTIFY)
bullet = ParagraphStyle("u", parent=body, leftIndent=7 * mm, bulletIndent=2 * mm)
head = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", alignment=TA_CENTER, fontSize=11)
title = ParagraphStyle("t", parent=body, fontName="Helvetica-Bold", alignment=TA_CENTER, fontSize=12.5, leading=16)

c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Avviso pubblico - contributi locazione 2027")
c.setAuthor("Comune di Contigliano - Servizi Sociali")
c.setCreator("Sicraweb - Albo e Pubblicazioni")

# --- Form XObjects -------------------------------------------------------
c.beginForm("letterhead")
x, y = L, H - 36 * mm
p = c.beginPath()
k = 17 * mm / 160
p.moveTo(x + 8 * k, y + (200 - 8) * k)
p.lineTo(x + 152 * k, y + (200 - 8) * k)
p.lineTo(x + 152 * k, y + (200 - 110) * k)
p.curveTo(x + 152 * k, y + 40 * k, x + 110 * k, y + 15 * k, x + 80 * k, y + 5 * k)
p.curveTo(x + 50 * k, y + 15 * k, x + 8 * k, y + 40 * k, x + 8 * k, y + 90 * k)
p.close()
c.setFillColor(colors.HexColor("#1f4e8c"))
c.drawPath(p, fill=1, stroke=1)
c.setFillColor(colors.HexColor("#2e8b57"))
q = c.beginPath()
q.moveTo(x + 20 * k, y + 60 * k)
q.lineTo(x + 60 * k, y + 120 * k)
q.lineTo(x + 85 * k, y + 85 * k)
q.lineTo(x + 105 * k, y + 110 * k)
q.lineTo(x + 140 * k, y + 60 * k)
q.close()
c.drawPath(q, fill=1, stroke=0)
c.setFillColor(colors.HexColor("#f2c318"))
c.circle(x + 110 * k, y + 150 * k, 16 * k, fill=1, stroke=0)
c.setFillColor(colors.HexColor("#112233"))
c.setFont("Helvetica-Bold", 18)
c.drawString(L + 22 * mm, H - 24 * mm, "COMUNE DI CONTIGLIANO")
c.setFillColor(colors.black)
c.setFont("Helvetica", 10)
c.drawString(L + 22 * mm, H - 29.5 * mm, "Provincia di Rieti")
c.setLineWidth(1.5)
c.setStrokeColor(colors.HexColor("#223344"))
c.line(L, H - 38 * mm, R, H - 38 * mm)
c.endForm()

c.beginForm("foot")
c.setStrokeColor(colors.grey)
c.setLineWidth(0.5)
c.line(L, 17 * mm, R, 17 * mm)
c.setFont("Helvetica", 7.2)
c.setFillColor(colors.HexColor("#333333"))
c.drawString(L, 13 * mm, "Comune di Contigliano – Piazza Vittorio Emanuele II, 1 – 02043 Contigliano (RI) – "
             "tel. 0746 706112 – PEC: protocollo@pec.comune.contigliano.ri.it")
c.drawString(L, 9.5 * mm, "Ufficio Servizi Sociali: martedì e giovedì 9:00-12:00, giovedì 15:30-17:30")
c.endForm()

# --- content, laid out top-down, drawn bottom-up -------------------------
blocks = []   # (kind, payload, y)
y = H - 44 * mm


def grid(yy):
    def draw():
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.7)
        c.setFillColor(colors.HexColor("#dde3ea"))
        c.rect(L, yy - 7 * mm, TW / 2, 7 * mm, fill=1, stroke=1)
        c.rect(L + TW / 2, yy - 7 * mm, TW / 2, 7 * mm, fill=0, stroke=1)
        c.setFillColor(colors.black)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(L + 2 * mm, yy - 4.8 * mm, "AREA AMMINISTRATIVA")
        c.setFont("Helvetica", 9.5)
        c.drawString(L + TW / 2 + 2 * mm, yy - 4.8 * mm, "Servizio: Servizi Sociali")
    return draw


blocks.append(("fn", grid(y)))
y -= 14 * mm


def para(text, style, gap=2.2 * mm, width=TW, x=L):
    global y
    pp = Paragraph(text, style)
    w, h = pp.wrap(width, H)
    y -= h
    blocks.append(("para", (pp, x, y)))
    y -= gap


def spaced(text, size=13, tc=5):
    global y
    yy = y - size
    def draw():
        c.saveState()
        c.setFont("Helvetica-Bold", size)
        t = c.beginText()
        t.setCharSpace(tc)
        wdt = c.stringWidth(text, "Helvetica-Bold", size) + tc * (len(text) - 1)
        t.setTextOrigin(W / 2 - wdt / 2, yy)
        t.textOut(text)
        c.drawText(t)
        c.restoreState()
    blocks.append(("fn", draw))
    y = yy - 4 * mm


spaced("AVVISO PUBBLICO")
para("CONTRIBUTI PER IL SOSTEGNO AL PAGAMENTO DEI CANONI DI LOCAZIONE – ANNO 2027", title, gap=5 * mm)
para("IL RESPONSABILE DELL'AREA AMMINISTRATIVA", head, gap=3 * mm)
para("In esecuzione della deliberazione della Giunta Comunale n. 17 del 26/02/2027 e della propria "
     "determinazione R.G. n. 88 del 04/03/2027, in attuazione dell'art. 11 della legge 9 dicembre 1998, "
     "n. 431, e della deliberazione della Giunta Regionale del Lazio n. 96 del 09/02/2027,", body)
para("RENDE NOTO", head, gap=3 * mm)
para("che dal <b>15 marzo 2027</b> al <b>15 aprile 2027</b> i cittadini residenti nel Comune di Contigliano, "
     "titolari di un contratto di locazione ad uso abitativo regolarmente registrato, possono presentare "
     "domanda per l'assegnazione dei contributi integrativi per il pagamento dei canoni di locazione "
     "relativi all'anno 2027.", body, gap=3 * mm)
para("<b>Requisiti per l'accesso</b>", body, gap=1 * mm)
for t in ["cittadinanza italiana o di uno Stato dell'Unione europea, ovvero titolo di soggiorno in corso di validità;",
          "residenza anagrafica nel Comune di Contigliano nell'alloggio oggetto del contratto di locazione;",
          "ISEE ordinario o corrente non superiore a € 15.853,63 e incidenza del canone sul reddito superiore al 24%;",
          "non titolarità di diritti di proprietà su alloggi adeguati alle esigenze del nucleo familiare nel territorio regionale."]:
    para("<bullet>&bull;</bullet>" + t, bullet, gap=0.8 * mm)
y -= 2 * mm
para("<b>Modalità di presentazione</b> – La domanda, redatta sul modello disponibile presso l'Ufficio Servizi "
     "Sociali e sul sito istituzionale, deve essere presentata entro le ore 12:00 del 15/04/2027 all'Ufficio "
     "Protocollo del Comune oppure trasmessa all'indirizzo PEC protocollo@pec.comune.contigliano.ri.it, "
     "corredata dalla copia del contratto di locazione, dalle ricevute di pagamento del canone e "
     "dall'attestazione ISEE.", body, gap=3 * mm)
para("L'entità del contributo sarà determinata in proporzione alle risorse assegnate dalla Regione Lazio e "
     "comunque in misura non superiore a € 3.100,00 per nucleo familiare. Ai sensi del Regolamento (UE) "
     "2016/679 i dati personali saranno trattati esclusivamente per le finalità del presente avviso. "
     "Responsabile del procedimento: dott.ssa Silvia Felici, tel. 0746 706112.", body, gap=7 * mm)


def sig(yy):
    def draw():
        c.setFont("Helvetica", 10)
        c.drawString(L, yy, "Contigliano, 12/03/2027")
        c.setFont("Helvetica-Bold", 10)
        c.drawCentredString(R - 45 * mm, yy, "IL RESPONSABILE DELL'AREA AMMINISTRATIVA")
        c.setFont("Helvetica", 10)
        c.drawCentredString(R - 45 * mm, yy - 5 * mm, "dott.ssa Silvia Felici")
        c.setFont("Helvetica-Oblique", 8)
        c.drawCentredString(R - 45 * mm, yy - 9.5 * mm, "(firmato digitalmente)")
    return draw


blocks.append(("fn", sig(y - 4 * mm)))

# 1. the foot
c.doForm("foot")
# 2. the body, last block first
for kind, payload in reversed(blocks):
    if kind == "fn":
        payload()
    else:
        pp, x, yy = payload
        pp.drawOn(c, x, yy)
# 3. the letterhead
c.doForm("letterhead")
# 4. the protocol stamp up the left margin
c.saveState()
c.translate(10 * mm, 60 * mm)
c.rotate(90)
c.setFillColor(colors.HexColor("#7a1010"))
c.setFont("Helvetica", 7.5)
c.drawString(0, 0, "Comune di Contigliano – Prot. n. 2411 del 12/03/2027 – Partenza – Classif. 7.14")
c.restoreState()
c.showPage()
c.save()
