#!/usr/bin/env python3
"""Comune di Trecastelli - deliberazione del Consiglio Comunale n. 2/2029.
Halley-like print drawn on a ReportLab canvas: paragraphs placed one by one
with wrapOn/drawOn, the roll as two columns of name + P/A, a running foot
with the act's number and the page."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import Paragraph

OUT = sys.argv[1]
W, H = A4
L, R = 20 * mm, W - 17 * mm
TOP, BOT = H - 16 * mm, 22 * mm

c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("DELIBERAZIONE DEL CONSIGLIO COMUNALE n. 2 del 15-01-2029")
c.setAuthor("COMUNE DI TRECASTELLI")
c.setCreator("Halley - Atti deliberativi")

body = ParagraphStyle("b", fontName="Times-Roman", fontSize=11.5, leading=14.6, alignment=TA_JUSTIFY)
cen = ParagraphStyle("c", parent=body, fontName="Times-Bold", alignment=TA_CENTER)
small = ParagraphStyle("s", parent=body, fontSize=10.5, leading=13)
page = [1]
y = [TOP]


def foot():
    c.setFont("Times-Roman", 8.5)
    c.line(L, 15 * mm, R, 15 * mm)
    c.drawString(L, 11 * mm, "DELIBERAZIONE DEL CONSIGLIO COMUNALE n. 2 del 15-01-2029  -  Pag. %d  -  COMUNE DI TRECASTELLI" % page[0])


def newpage():
    foot()
    c.showPage()
    page[0] += 1
    y[0] = TOP


def flow(text, style=body, gap=5, indent=0):
    p = Paragraph(text, style)
    w, h = p.wrapOn(c, R - L - indent, H)
    if y[0] - h < BOT:
        newpage()
    p.drawOn(c, L + indent, y[0] - h)
    y[0] -= h + gap


def crest(x, yb):
    c.saveState()
    c.setLineWidth(1.2)
    p = c.beginPath()
    p.moveTo(x - 15, yb + 44); p.lineTo(x + 15, yb + 44); p.lineTo(x + 15, yb + 18)
    p.curveTo(x + 15, yb + 7, x + 6, yb + 2, x, yb); p.curveTo(x - 6, yb + 2, x - 15, yb + 7, x - 15, yb + 18)
    p.close()
    c.drawPath(p, stroke=1, fill=0)
    c.setFillGray(0.3)
    c.rect(x - 10, yb + 16, 5, 16, stroke=0, fill=1)
    c.rect(x - 2.5, yb + 16, 5, 20, stroke=0, fill=1)
    c.rect(x + 5, yb + 16, 5, 16, stroke=0, fill=1)
    c.rect(x - 12, yb + 10, 24, 4, stroke=0, fill=1)
    c.restoreState()


# letterhead
crest(W / 2, H - 30 * mm)
c.setFont("Times-Bold", 17)
c.drawCentredString(W / 2, H - 38 * mm, "COMUNE DI TRECASTELLI")
c.setFont("Times-Roman", 11)
c.drawCentredString(W / 2, H - 43 * mm, "PROVINCIA DI ANCONA")
c.setFont("Helvetica-Bold", 12)
c.drawRightString(R, H - 38 * mm, "COPIA")
c.setFont("Times-Bold", 13)
c.drawCentredString(W / 2, H - 55 * mm, "DELIBERAZIONE DEL CONSIGLIO COMUNALE")
# number/date boxes
bx, by, bw, bh = W / 2 - 42 * mm, H - 67 * mm, 42 * mm, 8 * mm
c.setLineWidth(1)
c.rect(bx, by, bw, bh); c.rect(bx + bw, by, bw, bh)
c.setFont("Times-Roman", 12)
c.drawString(bx + 4 * mm, by + 2.5 * mm, "Numero")
c.drawString(bx + bw + 4 * mm, by + 2.5 * mm, "Del")
c.setFont("Times-Bold", 12)
c.drawString(bx + 22 * mm, by + 2.5 * mm, "2")
c.drawString(bx + bw + 13 * mm, by + 2.5 * mm, "15-01-2029")

y[0] = H - 74 * mm
flow("Oggetto: <b>APPROVAZIONE DEL REGOLAMENTO COMUNALE PER L'ASSEGNAZIONE E LA GESTIONE DEGLI ORTI "
     "SOCIALI URBANI</b>", ParagraphStyle("o", parent=body, alignment=TA_LEFT), 9)
flow("L'anno duemilaventinove il giorno quindici del mese di gennaio alle ore 18:30, nella sala delle adunanze "
     "si è riunito il Consiglio Comunale, convocato con avvisi spediti nei modi e termini di legge, in sessione "
     "Ordinaria in Prima convocazione in seduta Pubblica. Dei Signori Consiglieri assegnati a questo Comune e in "
     "carica:", body, 6)

roll = [("MANCINELLI MARCO", "P"), ("BRUNETTI SILVIA", "P"), ("GIOACCHINI LUCA", "P"), ("SANTINI ROBERTO", "P"),
        ("PIERPAOLI ELISA", "P"), ("BARTOLUCCI LORENA", "P"), ("CARLONI FABIO", "P"), ("TOMASSONI GIULIA", "A"),
        ("PAOLINELLI MIRKO", "P"), ("ROMAGNOLI ANDREA", "P"), ("SARTINI VALENTINA", "P"), ("MORBIDELLI ENRICO", "A"),
        ("BRAVI CLAUDIO", "A")]
c.setFont("Times-Roman", 11)
yy = y[0] - 12
for i in range(0, len(roll), 2):
    for j, (n, pa) in enumerate(roll[i:i + 2]):
        x0 = L + 12 * mm + j * 82 * mm
        c.drawString(x0, yy, n)
        c.drawString(x0 + 52 * mm, yy, pa)
    yy -= 14
y[0] = yy - 2
flow("ne risultano presenti n.  10 e assenti n.   3.", body, 6)
flow("Assume la presidenza la Signora LORENA BARTOLUCCI in qualità di PRESIDENTE DEL CONSIGLIO assistita dal "
     "SEGRETARIO COMUNALE Dott.ssa PAOLA GIROLIMINI.")
flow("Il Presidente, accertato il numero legale per la validità dell'adunanza, dichiara aperta la seduta, previa "
     "nomina degli scrutatori nelle persone dei Signori:")
flow("GIOACCHINI LUCA&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;CARLONI FABIO&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;ROMAGNOLI ANDREA", ParagraphStyle("sc", parent=body, leftIndent=12 * mm), 10)

flow("IL CONSIGLIO COMUNALE", cen, 8)
for t in [
    "Udita la relazione dell'Assessore all'Ambiente SANTINI ROBERTO, il quale illustra il contenuto del "
    "regolamento in approvazione;",
    "Premesso che l'Amministrazione comunale intende favorire l'utilizzo sociale di aree verdi di proprietà "
    "comunale, mediante la loro suddivisione in lotti da destinare a orti urbani, al fine di promuovere "
    "l'aggregazione sociale, l'invecchiamento attivo e la diffusione di pratiche di coltivazione sostenibili;",
    "Dato atto che sono state individuate a tale scopo le aree di proprietà comunale in località Brugnetto e in "
    "prossimità del centro sportivo di Castel Colonna, per complessivi n. 36 lotti;",
    "Visto lo schema di regolamento composto da n. 18 articoli, esaminato dalla competente Commissione consiliare "
    "nella seduta del 18-12-2028, allegato al presente atto quale parte integrante e sostanziale;",
    "Visti gli artt. 7 e 42 del D.Lgs. 18 agosto 2000, n. 267 e lo Statuto comunale;",
    "Acquisito il parere favorevole di regolarità tecnica espresso dal Responsabile dell'Area Tecnica ai sensi "
    "dell'art. 49, comma 1, del D.Lgs. 267/2000, e dato atto che il presente provvedimento non comporta riflessi "
    "diretti o indiretti sulla situazione economico-finanziaria o sul patrimonio dell'Ente;",
    "Dato atto che nel corso della discussione sono intervenuti i Consiglieri ROMAGNOLI ANDREA e SARTINI VALENTINA, "
    "come da registrazione integrale della seduta conservata agli atti;",
    "Con voti favorevoli n. 7, contrari n. 2 (ROMAGNOLI ANDREA, SARTINI VALENTINA), astenuti n. 1 (PAOLINELLI "
    "MIRKO), espressi per alzata di mano dai n. 10 Consiglieri presenti, di cui n. 9 votanti,",
]:
    flow(t)
flow("D E L I B E R A", cen, 8)
pts = [
    "di approvare il Regolamento comunale per l'assegnazione e la gestione degli orti sociali urbani, composto da "
    "n. 18 articoli, nel testo allegato al presente atto quale parte integrante e sostanziale;",
    "di dare atto che il Regolamento entrerà in vigore il giorno successivo a quello in cui la presente "
    "deliberazione sarà divenuta esecutiva;",
    "di demandare al Responsabile dell'Area Tecnica l'adozione degli atti necessari per la pubblicazione del bando "
    "di assegnazione dei lotti.",
]
hang = ParagraphStyle("h", parent=body, leftIndent=8 * mm, firstLineIndent=-8 * mm)
for i, t in enumerate(pts, 1):
    flow("%d)&nbsp;&nbsp;&nbsp;%s" % (i, t), hang)

y[0] -= 4
par_style = ParagraphStyle("p", parent=small, alignment=TA_LEFT)
p1 = Paragraph("PARERE: <b>Favorevole</b> in ordine alla <b>Regolarita' tecnica</b><br/>Data: 09-01-2029", par_style)
w1, h1 = p1.wrapOn(c, R - L - 8 * mm, H)
boxh = h1 + 30
if y[0] - boxh < BOT:
    newpage()
c.rect(L, y[0] - boxh, R - L, boxh)
p1.drawOn(c, L + 4 * mm, y[0] - 4 - h1)
c.setFont("Times-Roman", 10.5)
c.drawRightString(R - 4 * mm, y[0] - boxh + 17, "Il Responsabile del servizio")
c.drawRightString(R - 4 * mm, y[0] - boxh + 5, "F.to BALDONI ALESSANDRO")
y[0] -= boxh + 14

flow("Il presente verbale viene letto, approvato e sottoscritto.", body, 10)
if y[0] - 40 < BOT:
    newpage()
c.setFont("Times-Roman", 11.5)
c.drawCentredString(L + 42 * mm, y[0] - 10, "Il PRESIDENTE")
c.drawCentredString(L + 42 * mm, y[0] - 25, "F.to LORENA BARTOLUCCI")
c.drawCentredString(R - 42 * mm, y[0] - 10, "Il SEGRETARIO COMUNALE")
c.drawCentredString(R - 42 * mm, y[0] - 25, "F.to PAOLA GIROLIMINI")
y[0] -= 44

c.line(L, y[0], R, y[0])
y[0] -= 6
flow("<b>ESECUTIVITA'</b>", body, 3)
flow("La presente deliberazione è divenuta esecutiva il giorno ______________ decorsi 10 giorni dalla data di inizio "
     "della pubblicazione (art. 134, comma 3, del D.Lgs. 267/2000).", small, 3)
flow("Trecastelli, li ______________", small, 3)
flow("Il SEGRETARIO COMUNALE<br/>F.to PAOLA GIROLIMINI", ParagraphStyle("r", parent=small, alignment=2), 3)
foot()
c.save()
