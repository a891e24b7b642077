# Comune di Bompietro - convocation of the Consiglio comunale (a notice).
# Awkward text layer on an ordinary-looking page:
#  - the letterhead and the running foot are Form XObjects drawn on each page;
#  - the title is letter-spaced with Tc and the heading "ORDINE DEL GIORNO"
#    is set with explicit spaces between letters;
#  - the content stream draws the agenda first, then the opening paragraph,
#    the title and last the addressees (out of reading order).
# Layout after a Halley "Segreteria" letter template.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, Frame
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY

OUT = sys.argv[1]
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DS", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DS-B", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DSer", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DSer-B", FD + "DejaVuSerif-Bold.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("DSer", 0, 0, "DSer"); addMapping("DSer", 1, 0, "DSer-B")
addMapping("DSer", 0, 1, "DSer"); addMapping("DSer", 1, 1, "DSer-B")
W, H = A4
st = ParagraphStyle("s", fontName="DSer", fontSize=10, leading=14, alignment=TA_JUSTIFY, spaceAfter=5)
item = ParagraphStyle("i", parent=st, leftIndent=22, firstLineIndent=-22)

c = canvas.Canvas(OUT, pagesize=A4)
c.setCreator("Halley Segreteria - Modelli")

# ---- letterhead as a reusable Form XObject
c.beginForm("letterhead")
c.setFillColorRGB(0.1, 0.25, 0.5)
c.circle(78, 790, 22, fill=1, stroke=0)
c.setFillColorRGB(1, 0.85, 0.2)
c.circle(78, 790, 9, fill=1, stroke=0)
c.setFillColorRGB(0, 0, 0)
c.setFont("DSer-B", 17)
c.drawString(112, 796, "COMUNE DI BOMPIETRO")
c.setFont("DSer", 9.5)
c.drawString(112, 782, "Città Metropolitana di Palermo")
c.setFont("DS", 8)
c.drawString(112, 770, "Via Roma, 1 – 90020 Bompietro (PA) – tel. 0921 647101 – protocollo@pec.comune.bompietro.pa.it")
c.setLineWidth(1.2)
c.line(56, 760, W - 56, 760)
c.setFont("DS-B", 9)
c.drawString(56, 746, "UFFICIO DI PRESIDENZA DEL CONSIGLIO COMUNALE")
c.endForm()

c.beginForm("foot")
c.setFont("DS", 7)
c.setLineWidth(0.4)
c.line(56, 44, W - 56, 44)
c.drawCentredString(W / 2, 34, "Comune di Bompietro – C.F. 83000690823 – www.comune.bompietro.pa.it")
c.endForm()


def spaced(c, x, y, text, font, size, tc):
    t = c.beginText(x, y)
    t.setFont(font, size)
    t.setCharSpace(tc)
    t.textOut(text)
    t.setCharSpace(0)
    c.drawText(t)


# ---------------- page 1 (drawn out of reading order)
odg = [
    Paragraph("O R D I N E &nbsp; D E L &nbsp; G I O R N O", ParagraphStyle("h", parent=st, alignment=1, fontName="DSer-B")),
    Paragraph("1.&nbsp;&nbsp;&nbsp;&nbsp;Lettura e approvazione dei verbali della seduta precedente del 29/12/2025.", item),
    Paragraph("2.&nbsp;&nbsp;&nbsp;&nbsp;Comunicazioni del Presidente e del Sindaco.", item),
    Paragraph("3.&nbsp;&nbsp;&nbsp;&nbsp;Approvazione del Regolamento per l’applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria – modifiche.", item),
    Paragraph("4.&nbsp;&nbsp;&nbsp;&nbsp;Riconoscimento di legittimità del debito fuori bilancio derivante dalla sentenza del Tribunale di Termini Imerese n. 214/2025, ai sensi dell’art. 194, comma 1, lett. a), del D.Lgs. 267/2000.", item),
    Paragraph("5.&nbsp;&nbsp;&nbsp;&nbsp;Approvazione del piano finanziario del servizio integrato di gestione dei rifiuti (PEF 2026-2029) e delle tariffe TARI 2026.", item),
    Paragraph("6.&nbsp;&nbsp;&nbsp;&nbsp;Mozione del gruppo consiliare “Bompietro Futura” sulla viabilità della S.P. 112 Bompietro – Locati.", item),
]
Frame(56, 120, W - 112, 300, showBoundary=0, leftPadding=0, rightPadding=0).addFromList(odg, c)

intro = [
    Paragraph("Ai sensi dell’art. 19 della L.R. 26 agosto 1992, n. 7, dell’art. 48 dell’Ordinamento amministrativo degli enti locali nella Regione Siciliana e dell’art. 12 del Regolamento per il funzionamento del Consiglio comunale,", st),
    Paragraph("<b>IL PRESIDENTE DEL CONSIGLIO COMUNALE</b>", ParagraphStyle("c", parent=st, alignment=1)),
    Paragraph("<b>CONVOCA</b> il Consiglio comunale in sessione ordinaria, in seduta pubblica, presso l’aula consiliare del Palazzo municipale, per il giorno <b>venerdì 20 marzo 2026 alle ore 18:00</b>, per la trattazione degli argomenti iscritti al seguente ordine del giorno.", st),
    Paragraph("In mancanza del numero legale la seduta sarà rinviata di un’ora; perdurando la mancanza del numero legale, la seduta è rinviata al giorno successivo, <b>sabato 21 marzo 2026</b>, alla stessa ora e con il medesimo ordine del giorno, senza ulteriore avviso di convocazione.", st),
]
Frame(56, 410, W - 112, 190, showBoundary=0, leftPadding=0, rightPadding=0).addFromList(intro, c)

spaced(c, 92, 614, "AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE", "DS-B", 11.5, 1.6)
c.setFont("DS", 9.5)
c.drawCentredString(W / 2, 600, "(sessione ordinaria)")

c.setFont("DS", 9.5)
for k, s in enumerate(["Ai Signori Consiglieri comunali", "Al Signor Sindaco", "Al Segretario comunale",
                       "Al Revisore dei conti", "Al Comando Stazione Carabinieri di Bompietro", "LORO SEDI"]):
    c.drawString(340, 718 - 12.5 * k, s)
c.drawString(56, 718, "Prot. n. 1742")
c.drawString(56, 705, "Bompietro, 13/03/2026")
c.doForm("foot")
c.doForm("letterhead")
c.setFont("DS", 7.5)
c.drawRightString(W - 56, 50, "pag. 1 di 2")
c.showPage()

# ---------------- page 2
c.doForm("letterhead")
c.doForm("foot")
p2 = [
    Paragraph("Gli atti relativi agli argomenti iscritti all’ordine del giorno sono depositati presso l’Ufficio di Segreteria e sono consultabili dai Consiglieri, negli orari d’ufficio, a decorrere dalla data di notifica del presente avviso, ai sensi dell’art. 15 del Regolamento del Consiglio comunale.", st),
    Paragraph("La seduta sarà trasmessa in diretta streaming sul canale istituzionale dell’Ente. Il presente avviso è pubblicato all’Albo pretorio on line e sul sito istituzionale del Comune e ne è data notizia alla cittadinanza mediante affissione nei luoghi pubblici.", st),
]
Frame(56, 520, W - 112, 210, showBoundary=0, leftPadding=0, rightPadding=0).addFromList(p2, c)
c.setFont("DSer", 10)
c.drawCentredString(420, 480, "Il Presidente del Consiglio comunale")
c.setFont("DSer-B", 10)
c.drawCentredString(420, 466, "Rosalia Lo Bue")
c.setFont("DSer", 7.5)
c.drawCentredString(420, 454, "(firma autografa sostituita a mezzo stampa ai sensi dell’art. 3, c. 2, D.Lgs. 39/1993)")
c.setFont("DS", 8)
c.rect(56, 300, W - 112, 90)
c.drawString(64, 376, "RELATA DI NOTIFICA")
c.drawString(64, 360, "Il sottoscritto Messo comunale dichiara di aver notificato il presente avviso ai Consiglieri comunali")
c.drawString(64, 348, "mediante posta elettronica certificata in data ____________________ .")
c.drawString(64, 322, "Bompietro, ____________________                                   Il Messo comunale ______________________")
c.setFont("DS", 7.5)
c.drawRightString(W - 56, 50, "pag. 2 di 2")
c.showPage()
c.save()
