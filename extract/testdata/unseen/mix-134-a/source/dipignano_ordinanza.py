#!/usr/bin/env python3
"""Comune di Dipignano - ordinanza del Sindaco n. 37/2028, house style
"Asmenet". ReportLab canvas: the letterhead is a Form XObject drawn after the
body (out of reading order), justified paragraphs (Tw), the heading ORDINA
letter-spaced with character spacing (Tc), and the Albo's publication stamp
drawn rotated across the lower right corner."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.platypus import Paragraph

OUT = sys.argv[1] if len(sys.argv) > 1 else "ordinanza-dipignano-asmenet.pdf"
W, H = A4
LM = 22 * mm
TW = W - 2 * LM

c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Ordinanza n. 37 del 13/10/2028")
c.setAuthor("Comune di Dipignano")
c.setCreator("Asmenet Calabria - Gestione Atti")

# letterhead as a reusable form
c.beginForm("lh")
c.setFont("Helvetica-Bold", 18)
c.drawCentredString(W / 2, H - 24 * mm, "COMUNE DI DIPIGNANO")
c.setFont("Helvetica", 11)
c.drawCentredString(W / 2, H - 29.5 * mm, "PROVINCIA DI COSENZA")
c.setFont("Helvetica", 7.5)
c.drawCentredString(W / 2, H - 34 * mm, "Piazza Municipio, 1 - 87045 Dipignano (CS) - tel. 0984 445 012 - "
                                        "PEC protocollo.dipignano@asmepec.it")
c.setLineWidth(1.1)
c.line(LM, H - 37 * mm, W - LM, H - 37 * mm)
c.endForm()

c.beginForm("foot")
c.setLineWidth(0.5)
c.line(LM, 17 * mm, W - LM, 17 * mm)
c.setFont("Helvetica", 7)
c.drawString(LM, 13 * mm, "Asmenet Calabria - Gestione Atti")
c.endForm()

body = ParagraphStyle("b", fontName="Times-Roman", fontSize=10.5, leading=13, alignment=TA_JUSTIFY)
pt = ParagraphStyle("p", parent=body, leftIndent=8 * mm, firstLineIndent=-6 * mm)
subj = ParagraphStyle("s", fontName="Helvetica-Bold", fontSize=10.5, leading=13.5, alignment=TA_JUSTIFY)

state = {"y": H - 42 * mm, "page": 1}
PAGES = 1


def new_page():
    if state["page"] == 1:
        c.doForm("lh")  # letterhead drawn after the body of page 1
    c.doForm("foot")
    c.setFont("Helvetica", 7)
    c.drawRightString(W - LM, 13 * mm, "pagina %d di %d" % (state["page"], PAGES))
    c.showPage()
    state["page"] += 1
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(LM, H - 14 * mm, "COMUNE DI DIPIGNANO")
    c.drawRightString(W - LM, H - 14 * mm, "Ordinanza n. 37 del 13/10/2028")
    c.setLineWidth(0.4)
    c.line(LM, H - 15.5 * mm, W - LM, H - 15.5 * mm)
    state["y"] = H - 24 * mm


def flow(text, style=body, after=4, x=LM, width=TW):
    p = Paragraph(text, style)
    w, h = p.wrap(width, H)
    if state["y"] - h < 24 * mm:
        parts = p.split(width, state["y"] - 24 * mm)
        if len(parts) == 2:
            a, b = parts
            a.wrap(width, H)
            a.drawOn(c, x, state["y"] - a.height)
            new_page()
            b.wrap(width, H)
            b.drawOn(c, x, state["y"] - b.height)
            state["y"] -= b.height + after
            return
        new_page()
    p.drawOn(c, x, state["y"] - h)
    state["y"] -= h + after


def spaced(text, size=12, cs=5.0, after=8):
    state["y"] -= size + 4
    t = c.beginText()
    t.setFont("Times-Bold", size)
    t.setCharSpace(cs)
    wd = c.stringWidth(text, "Times-Bold", size) + cs * (len(text) - 1)
    t.setTextOrigin((W - wd) / 2, state["y"])
    t.textOut(text)
    t.setCharSpace(0)
    c.drawText(t)
    state["y"] -= after


# --- page 1 body (the letterhead form is drawn at the end of the page)
c.setFont("Helvetica-Bold", 9)
c.drawString(LM, state["y"], "ORIGINALE")
state["y"] -= 9 * mm
c.setFont("Helvetica-Bold", 13)
c.drawCentredString(W / 2, state["y"], "ORDINANZA SINDACALE")
state["y"] -= 7 * mm
c.setFont("Helvetica-Bold", 11)
c.drawString(LM, state["y"], "N. 37")
c.drawRightString(W - LM, state["y"], "del 13/10/2028")
state["y"] -= 8 * mm
c.setFont("Helvetica-Bold", 10.5)
c.drawString(LM, state["y"] - 10, "OGGETTO:")
flow("Chiusura delle scuole di ogni ordine e grado, degli impianti sportivi comunali e del cimitero "
     "per la giornata di sabato 14 ottobre 2028 a seguito di messaggio di allertamento per rischio "
     "idrogeologico e idraulico \u2013 livello ROSSO.", subj, after=10, x=LM + 24 * mm, width=TW - 24 * mm)

spaced("IL SINDACO", cs=3.0)
for t in [
    "<b>Visto</b> il messaggio di allertamento unificato n. 412 emesso in data 13/10/2028 alle ore 13:40 dal "
    "Centro Funzionale Multirischi dell\u2019ARPACAL, che prevede per la giornata di sabato 14 ottobre 2028, "
    "nella zona di allertamento comprendente il territorio comunale, livello di allerta <b>ROSSO</b> per "
    "rischio idrogeologico e idraulico;",
    "<b>Considerato</b> che le previste precipitazioni, a carattere di rovescio o temporale di forte intensit\u00e0, "
    "possono determinare fenomeni franosi ed esondazioni dei corsi d\u2019acqua minori, con particolare riguardo "
    "ai tratti della viabilit\u00e0 comunale che collegano il capoluogo alle frazioni di Laurignano e Tessano;",
    "<b>Ritenuto</b> necessario, a tutela della pubblica incolumit\u00e0, limitare la presenza e gli spostamenti della "
    "popolazione scolastica e dei cittadini nelle aree esposte a rischio;",
    "<b>Sentito</b> il Centro Operativo Comunale, attivato con proprio decreto in data odierna;",
    "<b>Visti</b> l\u2019art. 50, comma 5, e l\u2019art. 54 del D.Lgs. 18 agosto 2000, n. 267, nonch\u00e9 il D.Lgs. 2 gennaio "
    "2018, n. 1 (Codice della protezione civile) e il Piano comunale di protezione civile;",
]:
    flow(t)

spaced("ORDINA", size=12, cs=6.0)
for i, t in enumerate([
    "la chiusura di tutte le scuole di ogni ordine e grado, pubbliche e private, presenti sul territorio "
    "comunale, per la giornata di sabato 14 ottobre 2028;",
    "la chiusura, per la medesima giornata, degli impianti sportivi comunali, del cimitero comunale, delle "
    "aree a verde e dei parchi gioco pubblici;",
    "ai cittadini di limitare gli spostamenti a quelli strettamente necessari, di non sostare in prossimit\u00e0 "
    "di corsi d\u2019acqua, ponti e sottopassi e di seguire le indicazioni diramate dal Centro Operativo Comunale.",
], 1):
    flow("%d.&nbsp;&nbsp;%s" % (i, t), pt, after=3)

spaced("DISPONE", size=11, cs=3.0, after=6)
flow("che la presente ordinanza sia resa nota mediante pubblicazione all\u2019Albo Pretorio on line e sul sito "
     "istituzionale e trasmessa alla Prefettura \u2013 U.T.G. di Cosenza, al Dirigente Scolastico dell\u2019Istituto "
     "Comprensivo competente, al Comando Stazione Carabinieri competente per territorio e alla Polizia Locale, "
     "incaricata della vigilanza sull\u2019osservanza del presente provvedimento.")
flow("Avverso la presente ordinanza \u00e8 ammesso ricorso al T.A.R. Calabria \u2013 Catanzaro entro 60 giorni dalla "
     "pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.")
state["y"] -= 4 * mm
c.setFont("Times-Roman", 11)
c.drawString(LM, state["y"], "Dipignano, 13/10/2028")
state["y"] -= 10 * mm
if state["y"] < 45 * mm:
    new_page()
c.setFont("Times-Bold", 11)
c.drawCentredString(W - LM - 35 * mm, state["y"], "IL SINDACO")
c.setFont("Times-Roman", 11)
c.drawCentredString(W - LM - 35 * mm, state["y"] - 14, "Avv. Giuseppe Gallo")
c.setFont("Times-Italic", 8)
c.drawCentredString(W - LM - 35 * mm, state["y"] - 26, "(firma autografa sostituita a mezzo stampa ai sensi "
                    "dell\u2019art. 3, c. 2, D.Lgs. 39/1993)")

# the Albo's stamp, rotated, lower left of the page
c.saveState()
c.translate(LM + 4 * mm, 19 * mm)
c.rotate(12)
c.setStrokeColor(colors.HexColor("#1b3a8a"))
c.setFillColor(colors.HexColor("#1b3a8a"))
c.setLineWidth(1.3)
c.roundRect(0, 0, 62 * mm, 17 * mm, 2 * mm)
c.setFont("Helvetica-Bold", 8)
c.drawCentredString(31 * mm, 11.5 * mm, "COMUNE DI DIPIGNANO - ALBO PRETORIO")
c.setFont("Helvetica", 7.5)
c.drawCentredString(31 * mm, 7 * mm, "Pubblicata il 13/10/2028")
c.drawCentredString(31 * mm, 3 * mm, "Reg. pubbl. n. 842")
c.restoreState()

if state["page"] == 1:
    c.doForm("lh")
c.doForm("foot")
c.setFont("Helvetica", 7)
c.drawRightString(W - LM, 13 * mm, "pagina %d di %d" % (state["page"], PAGES))
c.showPage()
c.save()

