#!/usr/bin/env python3
"""Comune di Bellinzago Novarese - Consiglio Comunale n. 5 del 17/02/2027.
House style "CSI Piemonte atti": crest + name on the left, number/date grid on
the right, running head from page 2, "Pag. x di y" foot.  ReportLab platypus,
justified paragraphs (Tw word spacing), letter-spaced title (Tc), roll in two
columns."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, KeepTogether, Flowable)

OUT = sys.argv[1] if len(sys.argv) > 1 else "deliberazione-bellinzagonovarese-csipiemonte.pdf"
W, H = A4
TOTAL = 0
NUM, DATA = "5", "17/02/2027"

body = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14.2,
                      alignment=TA_JUSTIFY, spaceAfter=5)
bodyc = ParagraphStyle("bc", parent=body, alignment=TA_CENTER, fontName="Times-Bold",
                       spaceBefore=6, spaceAfter=6)
small = ParagraphStyle("s", parent=body, fontSize=9, leading=11, alignment=TA_LEFT, spaceAfter=0)
point = ParagraphStyle("p", parent=body, leftIndent=8 * mm, firstLineIndent=-6 * mm)


class Spaced(Flowable):
    """A centred title drawn with character spacing (Tc)."""
    def __init__(self, text, font="Helvetica-Bold", size=12.5, cs=2.4):
        super().__init__()
        self.text, self.font, self.size, self.cs = text, font, size, cs
        self.height = size + 6

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.height

    def draw(self):
        c = self.canv
        w = c.stringWidth(self.text, self.font, self.size) + self.cs * (len(self.text) - 1)
        t = c.beginText((self.aw - w) / 2, 4)
        t.setFont(self.font, self.size)
        t.setCharSpace(self.cs)
        t.textOut(self.text)
        c.drawText(t)


def crest(c, x, y):
    c.saveState()
    c.setStrokeColor(colors.HexColor("#1f3d7a"))
    c.setFillColor(colors.HexColor("#e8edf7"))
    p = c.beginPath()
    p.moveTo(x, y + 22 * mm)
    p.lineTo(x + 16 * mm, y + 22 * mm)
    p.lineTo(x + 16 * mm, y + 8 * mm)
    p.curveTo(x + 16 * mm, y + 2 * mm, x + 8 * mm, y, x + 8 * mm, y)
    p.curveTo(x + 8 * mm, y, x, y + 2 * mm, x, y + 8 * mm)
    p.close()
    c.drawPath(p, fill=1, stroke=1)
    c.setFillColor(colors.HexColor("#1f3d7a"))
    c.rect(x + 3 * mm, y + 12 * mm, 10 * mm, 5 * mm, fill=1, stroke=0)
    c.restoreState()


def first_page(c, doc):
    c.saveState()
    crest(c, 20 * mm, H - 42 * mm)
    c.setFont("Times-Bold", 14.5)
    c.drawString(40 * mm, H - 27 * mm, "COMUNE DI BELLINZAGO NOVARESE")
    c.setFont("Times-Roman", 11)
    c.drawString(40 * mm, H - 33 * mm, "Provincia di Novara")
    c.setFont("Times-Roman", 8.5)
    c.drawString(40 * mm, H - 38 * mm, "Piazza Barbavara n. 3 - 28043 Bellinzago Novarese (NO) - C.F. 80010200035")
    # number grid
    x0, y0 = W - 64 * mm, H - 40 * mm
    c.setLineWidth(0.6)
    c.rect(x0, y0, 50 * mm, 18 * mm)
    c.line(x0, y0 + 9 * mm, x0 + 50 * mm, y0 + 9 * mm)
    c.line(x0 + 24 * mm, y0, x0 + 24 * mm, y0 + 18 * mm)
    c.setFont("Helvetica", 8)
    c.drawString(x0 + 2 * mm, y0 + 12 * mm, "Deliberazione n.")
    c.drawString(x0 + 2 * mm, y0 + 3 * mm, "Data")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(x0 + 27 * mm, y0 + 12 * mm, NUM)
    c.drawString(x0 + 27 * mm, y0 + 3 * mm, DATA)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(x0, y0 + 20 * mm, "ORIGINALE")
    c.line(20 * mm, H - 46 * mm, W - 18 * mm, H - 46 * mm)
    foot(c, doc)
    c.restoreState()


def later_pages(c, doc):
    c.saveState()
    c.setFont("Helvetica", 8)
    c.drawString(20 * mm, H - 14 * mm, "Comune di Bellinzago Novarese")
    c.drawRightString(W - 18 * mm, H - 14 * mm,
                      "Deliberazione del Consiglio Comunale n. %s del %s" % (NUM, DATA))
    c.line(20 * mm, H - 16 * mm, W - 18 * mm, H - 16 * mm)
    foot(c, doc)
    c.restoreState()


def foot(c, doc):
    c.setFont("Helvetica", 7.5)
    c.line(20 * mm, 16 * mm, W - 18 * mm, 16 * mm)
    c.drawString(20 * mm, 12 * mm, "CSI Piemonte - Atti amministrativi  |  C.C. %s/2027" % NUM)
    c.drawRightString(W - 18 * mm, 12 * mm, "Pag. %d di %d" % (doc.page, TOTAL))


def P(t, s=body):
    return Paragraph(t, s)


roll = [
    ("GIROMINI Alessandro", "Sindaco", True),
    ("BARBAGLIA Elena", "Consigliere", True),
    ("CALDERA Paolo", "Consigliere", True),
    ("ZANETTA Roberta", "Consigliere", True),
    ("FORNARA Marco", "Consigliere", True),
    ("RAMPONI Silvia", "Consigliere", False),
    ("BOVIO Giorgio", "Consigliere", True),
    ("MORA Federica", "Consigliere", True),
    ("CERUTTI Andrea", "Consigliere", True),
    ("MANFREDDA Luca", "Consigliere", True),
    ("VALLANA Chiara", "Consigliere", True),
    ("FERRARI Stefano", "Consigliere", True),
    ("GODIO Matteo", "Consigliere", False),
]


def roll_table():
    left, right = roll[:7], roll[7:]
    hdr = ["Cognome e nome", "Carica", "P", "A", "", "Cognome e nome", "Carica", "P", "A"]
    rows = [hdr]
    for i in range(7):
        r = []
        for side in (left, right):
            if i < len(side):
                n, ro, p = side[i]
                r += [n, ro, "X" if p else "", "" if p else "X"]
            else:
                r += ["", "", "", ""]
            if side is left:
                r.append("")
        rows.append(r)
    t = Table(rows, colWidths=[37 * mm, 22 * mm, 6 * mm, 6 * mm, 4 * mm, 37 * mm, 22 * mm, 6 * mm, 6 * mm])
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
        ("ALIGN", (2, 0), (3, -1), "CENTER"), ("ALIGN", (7, 0), (8, -1), "CENTER"),
        ("LINEBELOW", (0, 0), (3, 0), 0.5, colors.black),
        ("LINEBELOW", (5, 0), (8, 0), 0.5, colors.black),
        ("BOX", (0, 0), (3, -1), 0.5, colors.black),
        ("BOX", (5, 0), (8, -1), 0.5, colors.black),
    ]))
    return t


story = [
    Spacer(1, 2 * mm),
    Spaced("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE"),
    P("Adunanza ordinaria di prima convocazione - seduta pubblica",
      ParagraphStyle("x", parent=body, alignment=TA_CENTER, fontName="Times-Italic")),
    Spacer(1, 2 * mm),
    Table([["OGGETTO:", Paragraph(
        "APPROVAZIONE DELLA CONVENZIONE PER LA GESTIONE IN FORMA ASSOCIATA DELLE FUNZIONI "
        "DI POLIZIA LOCALE CON IL COMUNE DI MARANO TICINO - PERIODO 2027/2031.",
        ParagraphStyle("o", parent=body, fontName="Times-Bold", alignment=TA_LEFT))]],
        colWidths=[22 * mm, 148 * mm],
        style=[("FONT", (0, 0), (0, 0), "Times-Bold", 11), ("VALIGN", (0, 0), (-1, -1), "TOP"),
               ("BOX", (0, 0), (-1, -1), 0.5, colors.black)]),
    Spacer(1, 3 * mm),
    P("L'anno <b>duemilaventisette</b>, addì <b>diciassette</b> del mese di <b>febbraio</b>, alle ore "
      "<b>20:45</b>, nella Sala Consiliare del Palazzo Municipale, previa osservanza di tutte le "
      "formalità prescritte dalla vigente legge e dallo Statuto, vennero oggi convocati a seduta i "
      "Consiglieri Comunali. All'appello risultano:"),
    roll_table(),
    Spacer(1, 2 * mm),
    P("Totale presenti: <b>11</b> &nbsp;&nbsp;&nbsp; Totale assenti: <b>2</b>"),
    P("Partecipa alla seduta il Segretario Comunale <b>dott.ssa Monica Rabellino</b>, la quale "
      "provvede alla redazione del presente verbale."),
    P("Essendo legale il numero degli intervenuti, il Sig. <b>Alessandro Giromini</b>, nella sua "
      "qualità di Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione "
      "dell'oggetto sopra indicato, iscritto al punto n. 3 dell'ordine del giorno."),
    P("IL CONSIGLIO COMUNALE", bodyc),
    P("<b>Premesso</b> che l'art. 14, comma 27, del D.L. 31 maggio 2010, n. 78, convertito dalla "
      "Legge 30 luglio 2010, n. 122, individua la polizia municipale e amministrativa locale tra "
      "le funzioni fondamentali dei Comuni e che l'art. 30 del D.Lgs. 18 agosto 2000, n. 267 "
      "consente agli enti locali di stipulare tra loro apposite convenzioni al fine di svolgere "
      "in modo coordinato funzioni e servizi determinati;"),
    P("<b>Richiamata</b> la propria deliberazione n. 31 del 28/11/2022, con la quale è stata "
      "approvata la convenzione con il Comune di Marano Ticino per il periodo 2023/2026, in "
      "scadenza il 28 febbraio 2027;"),
    P("<b>Ritenuto</b> di dare continuità al servizio associato, che ha consentito di garantire "
      "il presidio del territorio nelle fasce serali e festive e una migliore organizzazione dei "
      "controlli di polizia stradale e ambientale, con un riparto dei costi proporzionale alla "
      "popolazione residente al 31 dicembre di ciascun anno;"),
    P("<b>Visto</b> lo schema di convenzione composto da n. 14 articoli, allegato alla presente "
      "quale parte integrante e sostanziale, che individua il Comune di Bellinzago Novarese quale "
      "ente capofila e prevede la costituzione di una Conferenza dei Sindaci con funzioni di "
      "indirizzo e controllo;"),
    P("<b>Dato atto</b> che il Consiglio Comunale di Marano Ticino esaminerà lo schema nella "
      "seduta del 24 febbraio 2027;"),
    P("<b>Acquisiti</b> i pareri favorevoli in ordine alla regolarità tecnica e contabile, "
      "espressi ai sensi dell'art. 49 del D.Lgs. 267/2000 dal Responsabile dell'Area Vigilanza e "
      "dal Responsabile dell'Area Finanziaria, riportati in calce;"),
    P("Uditi gli interventi dei Consiglieri, riportati nella registrazione integrale della seduta "
      "conservata agli atti;"),
    P("Con voti favorevoli n. 8, contrari n. 0, astenuti n. 3 (Bovio, Mora, Ferrari), espressi "
      "per alzata di mano dai n. 11 Consiglieri presenti e votanti,"),
    P("D E L I B E R A", bodyc),
    P("1.&nbsp;&nbsp;di approvare, per le motivazioni espresse in premessa, lo schema di convenzione "
      "per la gestione in forma associata delle funzioni di polizia locale con il Comune di Marano "
      "Ticino per il periodo 1° marzo 2027 - 28 febbraio 2031, allegato alla presente quale parte "
      "integrante e sostanziale;", point),
    P("2.&nbsp;&nbsp;di autorizzare il Sindaco alla sottoscrizione della convenzione, con facoltà "
      "di apportare le modifiche non sostanziali che si rendessero necessarie;", point),
    P("3.&nbsp;&nbsp;di dare atto che la spesa a carico del Comune di Marano Ticino sarà introitata "
      "al capitolo 3050 del bilancio di previsione 2027/2029 e che la presente deliberazione non "
      "comporta nuovi oneri a carico del bilancio comunale;", point),
    P("4.&nbsp;&nbsp;di trasmettere copia della presente al Comune di Marano Ticino e al "
      "Responsabile dell'Area Vigilanza per gli adempimenti di competenza.", point),
    P("Successivamente, con separata votazione, con voti favorevoli n. 8, contrari n. 0, astenuti "
      "n. 3, stante l'urgenza di assicurare la continuità del servizio dal 1° marzo 2027,"),
    P("D I C H I A R A", bodyc),
    P("la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del "
      "D.Lgs. 18 agosto 2000, n. 267."),
    Spacer(1, 4 * mm),
    P("<b>PARERI ESPRESSI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000</b>", small),
    Spacer(1, 1.5 * mm),
    P("Regolarità tecnica: FAVOREVOLE - Il Responsabile dell'Area Vigilanza, comm. Sergio Pastore, "
      "in data 09/02/2027", small),
    P("Regolarità contabile: FAVOREVOLE - Il Responsabile dell'Area Finanziaria, rag. Daniela "
      "Ferraris, in data 10/02/2027", small),
    Spacer(1, 8 * mm),
    P("Letto, approvato e sottoscritto.", body),
    Spacer(1, 3 * mm),
    KeepTogether(Table([["IL PRESIDENTE", "IL SEGRETARIO COMUNALE"],
                        ["Alessandro Giromini", "dott.ssa Monica Rabellino"],
                        ["(firmato digitalmente)", "(firmato digitalmente)"]],
                       colWidths=[85 * mm, 85 * mm],
                       style=[("FONT", (0, 0), (-1, 0), "Times-Bold", 10.5),
                              ("FONT", (0, 1), (-1, 1), "Times-Roman", 10.5),
                              ("FONT", (0, 2), (-1, 2), "Times-Italic", 8.5),
                              ("ALIGN", (0, 0), (-1, -1), "CENTER")])),
    Spacer(1, 10 * mm),
    P("<b>CERTIFICATO DI ESECUTIVITÀ</b>", small),
    P("La presente deliberazione è divenuta esecutiva il 17/02/2027, essendo stata dichiarata "
      "immediatamente eseguibile (art. 134, comma 4, D.Lgs. 267/2000).", small),
    P("Il Segretario Comunale - dott.ssa Monica Rabellino (firmato digitalmente)", small),
]

doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=18 * mm,
                      topMargin=20 * mm, bottomMargin=22 * mm,
                      title="Deliberazione C.C. n. 5 del 17/02/2027", author="Comune di Bellinzago Novarese",
                      creator="CSI Piemonte - Atti amministrativi")
f1 = Frame(20 * mm, 22 * mm, W - 38 * mm, H - 70 * mm, id="f1")
f2 = Frame(20 * mm, 22 * mm, W - 38 * mm, H - 42 * mm, id="f2")
doc.addPageTemplates([PageTemplate("first", [f1], onPage=first_page, autoNextPageTemplate="later"),
                      PageTemplate("later", [f2], onPage=later_pages)])
import copy
doc.build(copy.deepcopy(story))
TOTAL = doc.page
doc.build(story)
