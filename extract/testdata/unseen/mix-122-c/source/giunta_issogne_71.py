#!/usr/bin/env python3
"""Comune di Issogne - Giunta n. 71 del 19/10/2027 (IN.VA house style) as a printed form whose blanks of
underscores were filled in: the form is drawn first (labels and underscores in Helvetica), the values are
drawn afterwards, one flattened field each (a Form XObject per value, Courier-Bold, just above the line),
as a PDF form is flattened. Page 2 carries the typed text of the deliberation. ReportLab canvas.
Usage: giunta_issogne_71.py OUT.pdf"""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.platypus import Paragraph, Frame

out = sys.argv[1]
W, H = A4
LM, RM = 22 * mm, 20 * mm
TW = W - LM - RM
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Deliberazione G.C. n. 71/2027 - Issogne")
c.setAuthor("Comune di Issogne")
c.setCreator("IN.VA - modulo verbale Giunta DG01")
fields = []          # (x, y, text) filled in after the form is drawn
nf = [0]


def blank(x, y, width, value, size=10.5):
    """underscores from x to x+width on baseline y; the value typed just above them."""
    u = stringWidth("_", "Helvetica", size)
    c.setFont("Helvetica", size)
    c.drawString(x, y, "_" * int(width / u))
    fields.append((x + 3, y + 1.6, value))
    return x + int(width / u) * u


def label(x, y, text, font="Helvetica", size=10.5):
    c.setFont(font, size)
    c.drawString(x, y, text)
    return x + stringWidth(text, font, size)


def flush_fields():
    c.setFillColorRGB(0, 0, 0.45)
    for x, y, v in fields:
        nf[0] += 1
        name = "Fld%d" % nf[0]
        c.beginForm(name)
        c.setFont("Courier-Bold", 10)
        c.setFillColorRGB(0.05, 0.05, 0.45)
        c.drawString(x, y, v)
        c.endForm()
        c.doForm(name)
    c.setFillColorRGB(0, 0, 0)
    fields.clear()


def letterhead():
    top = H - 18 * mm
    c.setFont("Times-Bold", 14)
    c.drawString(LM, top, "COMUNE DI ISSOGNE")
    c.drawRightString(W - RM, top, "COMMUNE D'ISSOGNE")
    c.setFont("Times-Italic", 9)
    c.drawCentredString(W / 2, top - 12, "Regione Autonoma Valle d'Aosta \u2013 R\u00e9gion Autonome Vall\u00e9e d'Aoste")
    c.setLineWidth(0.8)
    c.line(LM, top - 18, W - RM, top - 18)
    return top - 18


def foot(n):
    c.setFont("Helvetica", 7)
    c.drawString(LM, 12 * mm, "Mod. DG/01 \u2013 Verbale di deliberazione della Giunta comunale \u2013 rev. 2024")
    c.drawRightString(W - RM, 12 * mm, "pag. %d/2" % n)


# ---------------- page 1: the form ----------------
y = letterhead() - 30
x = label(LM + 8 * mm, y, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE   N.", "Helvetica-Bold", 12)
blank(x + 4, y, 22 * mm, "71")
y -= 15
c.setFont("Helvetica-Oblique", 10)
c.drawCentredString(W / 2, y, "PROC\u00c8S-VERBAL DE D\u00c9LIB\u00c9RATION DE LA JUNTE COMMUNALE")
y -= 24
x = label(LM, y, "Adunanza del")
x = blank(x + 4, y, 38 * mm, "19/10/2027")
x = label(x + 6, y, "ore")
blank(x + 4, y, 22 * mm, "18:30")
y -= 26
label(LM, y, "OGGETTO:", "Helvetica-Bold")
subj = ["CONCESSIONE IN USO TEMPORANEO DEI LOCALI AL PIANO TERRA DEL",
        "MUNICIPIO ALL'ASSOCIAZIONE CULTURALE \"LES AMIS DU CH\u00c2TEAU\"",
        "PER ATTIVIT\u00c0 CULTURALI \u2013 PERIODO NOVEMBRE 2027 \u2013 GIUGNO 2028."]
for i, s in enumerate(subj):
    blank(LM, y - (i + 1) * 17, TW, s)
y -= 4 * 17 + 14

x = label(LM, y, "L'anno")
x = blank(x + 4, y, 44 * mm, "duemilaventisette")
x = label(x + 6, y, "add\u00ec")
x = blank(x + 4, y, 30 * mm, "diciannove")
x = label(x + 6, y, "del mese di")
blank(x + 4, y, W - RM - x - 4, "ottobre")
y -= 18
x = label(LM, y, "alle ore")
x = blank(x + 4, y, 40 * mm, "diciotto e trenta")
label(x + 6, y, "nella sala delle riunioni del Municipio, previo esaurimento")
y -= 15
label(LM, y, "delle formalit\u00e0 prescritte dalla legge, si \u00e8 riunita la Giunta comunale.")
y -= 22
x = label(LM, y, "Presiede il Signor")
x = blank(x + 4, y, 50 * mm, "Luca BRUNOD")
x = label(x + 6, y, "nella sua qualit\u00e0 di")
blank(x + 4, y, W - RM - x - 4, "Sindaco")
y -= 18
x = label(LM, y, "Assiste il Segretario comunale")
blank(x + 4, y, W - RM - x - 4, "dott.ssa Nathalie GUICHARDAZ")
y -= 24
label(LM, y, "Dei componenti la Giunta comunale risultano:")
y -= 8
# roll grid, names pre-printed in the form, presence filled in
cols = [LM + 10 * mm, LM + 80 * mm, LM + 125 * mm, LM + 160 * mm]
rows = [("BRUNOD Luca", "Sindaco", "S\u00ec"), ("FAVRE Chantal", "Vice Sindaco", "S\u00ec"),
        ("CR\u00c9TIER Marco", "Assessore", "S\u00ec"), ("JACQUEMET Elena", "Assessore", "S\u00ec")]
rh = 16
c.setLineWidth(0.5)
top = y
for i in range(len(rows) + 2):
    c.line(cols[0], top - i * rh, cols[3], top - i * rh)
for cx in cols:
    c.line(cx, top, cx, top - (len(rows) + 1) * rh)
c.setFont("Helvetica-Bold", 9.5)
for txt, cx in (("Cognome e nome", cols[0]), ("Carica", cols[1]), ("Presente (S\u00ec/No)", cols[2])):
    c.drawString(cx + 4, top - rh + 4.5, txt)
c.setFont("Helvetica", 10)
for i, (n, r, p) in enumerate(rows):
    yy = top - (i + 2) * rh + 4.5
    c.drawString(cols[0] + 4, yy, n)
    c.drawString(cols[1] + 4, yy, r)
    blank(cols[2] + 6, yy, 20 * mm, p, size=10)
y = top - (len(rows) + 1) * rh - 18
x = label(LM + 70 * mm, y, "Presenti n.")
x = blank(x + 4, y, 12 * mm, "4")
x = label(x + 8, y, "Assenti n.")
blank(x + 4, y, 12 * mm, "0")
y -= 26
c.setFont("Helvetica", 10.5)
c.drawString(LM, y, "Il Presidente, riconosciuto legale il numero degli intervenuti, dichiara aperta la seduta.")
y -= 30
c.setFont("Helvetica-Oblique", 8.5)
c.drawString(LM, y, "Il testo della deliberazione segue alla pagina successiva.")
foot(1)
flush_fields()
c.showPage()

# ---------------- page 2: the typed text ----------------
y = letterhead() - 10
st = ParagraphStyle("b", fontName="Helvetica", fontSize=10.2, leading=13.2, alignment=TA_JUSTIFY, spaceAfter=5)
sti = ParagraphStyle("i", parent=st, fontName="Helvetica-Oblique")
stc = ParagraphStyle("c", parent=st, fontName="Helvetica-Bold", alignment=1, spaceBefore=3, spaceAfter=6)
stp = ParagraphStyle("p", parent=st, leftIndent=7 * mm, firstLineIndent=-7 * mm)
story = [
    Paragraph("LA GIUNTA COMUNALE", stc),
    Paragraph("<b>Premesso</b> che l'associazione culturale \"Les Amis du Ch\u00e2teau\", con nota acquisita al protocollo "
              "n. 4418 del 06/10/2027, ha chiesto l'uso dei locali al piano terra del Municipio per corsi di lingua "
              "francese, incontri sulla storia del castello e laboratori per ragazzi, da novembre 2027 a giugno 2028, "
              "due sere alla settimana;", st),
    Paragraph("<b>Richiamato</b> il regolamento comunale per l'uso dei beni immobili comunali, che consente la "
              "concessione a titolo gratuito ad associazioni senza scopo di lucro per attivit\u00e0 di interesse "
              "pubblico;", st),
    Paragraph("<b>Visto</b> il parere favorevole di regolarit\u00e0 tecnica espresso dal Segretario comunale, ai sensi "
              "dell'articolo 49 bis della l.r. 54/1998;", st),
    Paragraph("Alle ore 19:00, prima dell'esame della proposta, esce dalla sala l'Assessore CR\u00c9TIER Marco, "
              "presidente dell'associazione richiedente, per il dovere di astensione. I presenti sono tre "
              "(presenti n. 3).", sti),
    Paragraph("Ad unanimit\u00e0 di voti favorevoli espressi in forma palese dai n. 3 presenti,", st),
    Paragraph("DELIBERA", stc),
    Paragraph("1.\u00a0\u00a0\u00a0\u00a0di concedere in uso temporaneo e a titolo gratuito all'associazione culturale "
              "\"Les Amis du Ch\u00e2teau\" i locali al piano terra del Municipio, il marted\u00ec e il gioved\u00ec "
              "dalle ore 20:00 alle ore 22:30, dal 1\u00b0 novembre 2027 al 30 giugno 2028;", stp),
    Paragraph("2.\u00a0\u00a0\u00a0\u00a0di stabilire che l'associazione provveda alla pulizia dei locali e presenti, "
              "prima dell'inizio delle attivit\u00e0, polizza di responsabilit\u00e0 civile verso terzi;", stp),
    Paragraph("3.\u00a0\u00a0\u00a0\u00a0di incaricare l'Ufficio segreteria della sottoscrizione del disciplinare "
              "d'uso.", stp),
    Paragraph("Con separata votazione unanime la presente deliberazione \u00e8 dichiarata immediatamente eseguibile.", st),
]
fr = Frame(LM, 95 * mm, TW, y - 95 * mm, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
fr.addFromList(story, c)
# signature block of the form
y = 88 * mm
c.setFont("Helvetica-Bold", 10)
c.drawCentredString(LM + 40 * mm, y, "IL PRESIDENTE")
c.drawCentredString(LM + 128 * mm, y, "IL SEGRETARIO COMUNALE")
c.setFont("Helvetica-Oblique", 9)
c.drawCentredString(LM + 40 * mm, y - 11, "LE PR\u00c9SIDENT")
c.drawCentredString(LM + 128 * mm, y - 11, "LE SECR\u00c9TAIRE COMMUNAL")
blank(LM + 10 * mm, y - 32, 60 * mm, "Luca BRUNOD")
blank(LM + 98 * mm, y - 32, 60 * mm, "Nathalie GUICHARDAZ")
y -= 58
c.setLineWidth(0.5)
c.line(LM, y, W - RM, y)
c.setFont("Helvetica-Bold", 10)
c.drawCentredString(W / 2, y - 14, "RELAZIONE DI PUBBLICAZIONE / RAPPORT DE PUBLICATION")
c.setFont("Helvetica", 9.5)
x = label(LM, y - 32, "Pubblicata all'albo pretorio on line dal", size=9.5)
x = blank(x + 4, y - 32, 30 * mm, "21/10/2027", size=9.5)
label(x + 6, y - 32, "per quindici giorni consecutivi.", size=9.5)
x = label(LM, y - 48, "Issogne,", size=9.5)
x = blank(x + 4, y - 48, 30 * mm, "21/10/2027", size=9.5)
label(x + 10, y - 48, "Il Segretario comunale", size=9.5)
foot(2)
flush_fields()
c.showPage()
c.save()
