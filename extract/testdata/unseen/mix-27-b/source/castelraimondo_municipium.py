# Comune di Castelraimondo - unnumbered avviso alla cittadinanza as printed from the Municipium
# site/app ("Stampa avviso"): coloured band with the body's name, category chip, title block,
# body in paragraphs and a box of deadlines, footer with the publication date. ReportLab canvas.
import sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.lib.colors import HexColor, white, black
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit
D = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", D + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", D + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", D + "DejaVuSans-Oblique.ttf"))
out = sys.argv[1]
W, H = A4
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Avviso - Agevolazioni TARI 2026")
c.setAuthor("Comune di Castelraimondo")
c.setCreator("Municipium - stampa avviso")
blu = HexColor("#0b5a8a")
c.setFillColor(blu); c.rect(0, H - 78, W, 78, stroke=0, fill=1)
c.setFillColor(white); c.setStrokeColor(white)
c.rect(40, H - 68, 44, 52, stroke=1, fill=0)
c.setFont("DVI", 6); c.drawCentredString(62, H - 45, "stemma")
c.setFont("DVB", 18); c.drawString(96, H - 40, "Comune di Castelraimondo")
c.setFont("DV", 9); c.drawString(96, H - 56, "Provincia di Macerata – Piazza della Repubblica, 2 – 62022 Castelraimondo (MC)")
y = H - 110
c.setFillColor(HexColor("#e3eef6")); c.roundRect(40, y - 4, 118, 16, 6, stroke=0, fill=1)
c.setFillColor(blu); c.setFont("DVB", 8); c.drawString(48, y + 1, "AVVISI – TRIBUTI")
c.setFillColor(black); c.setFont("DV", 8.5)
c.drawRightString(W - 40, y + 1, "Pubblicato il 23/03/2026")
y -= 26
c.setFont("DVB", 8.5); c.setFillColor(HexColor("#444444"))
c.drawString(40, y, "AREA ECONOMICO-FINANZIARIA"); y -= 12
c.setFont("DV", 8.5); c.drawString(40, y, "Ufficio Tributi"); y -= 24
c.setFillColor(black)
title = "AGEVOLAZIONI TARI 2026 PER NUCLEI FAMILIARI IN CONDIZIONI DI DISAGIO ECONOMICO – PRESENTAZIONE DELLE DOMANDE"
c.setFont("DVB", 14)
for ln in simpleSplit(title, "DVB", 14, W - 80):
    c.drawString(40, y, ln); y -= 18
y -= 6
c.setStrokeColor(blu); c.setLineWidth(1.2); c.line(40, y, W - 40, y); y -= 20

def para(t, font="DV", size=10, lead=14.2, indent=0):
    global y
    c.setFont(font, size)
    for ln in simpleSplit(t, font, size, W - 80 - indent):
        c.drawString(40 + indent, y, ln); y -= lead
    y -= 6

para("Si informa la cittadinanza che, in applicazione dell’art. 24 del Regolamento comunale per la disciplina della Tassa sui rifiuti (TARI) e della deliberazione del Consiglio Comunale n. 9 del 26/02/2026 di approvazione delle tariffe per l’anno 2026, è possibile presentare domanda per ottenere la riduzione della quota variabile della TARI dovuta per l’abitazione di residenza.")
para("Possono presentare domanda i nuclei familiari residenti nel Comune di Castelraimondo, intestatari dell’utenza domestica, in possesso di attestazione ISEE ordinario o corrente in corso di validità:")
for b in ["• con ISEE fino a € 9.530,00: riduzione del 50% della quota variabile;",
          "• con ISEE da € 9.530,01 a € 15.000,00: riduzione del 30% della quota variabile;",
          "• con ISEE fino a € 20.000,00 e almeno quattro figli a carico: riduzione del 30% della quota variabile."]:
    para(b, indent=12)
para("Le agevolazioni non sono cumulabili con il bonus sociale rifiuti riconosciuto automaticamente ai sensi del D.P.C.M. 21 gennaio 2025, n. 24, ove attivato, e sono concesse nei limiti dello stanziamento di bilancio.")
bx = y
c.setFillColor(HexColor("#f4f7fa")); c.setStrokeColor(blu); c.setLineWidth(0.8)
c.rect(40, y - 72, W - 80, 78, stroke=1, fill=1)
c.setFillColor(black)
y -= 8
para("Termine di presentazione: entro giovedì 30 aprile 2026", font="DVB", size=10.5)
para("Le domande, redatte sul modulo disponibile presso l’Ufficio Tributi e nella sezione “Modulistica” del sito istituzionale, possono essere consegnate all’Ufficio Protocollo oppure inviate via PEC a comune.castelraimondo@pec.it, allegando copia dell’attestazione ISEE e di un documento di identità.", size=9.5, lead=13, indent=0)
y -= 12
para("Per informazioni: Ufficio Tributi, tel. 0737 659211, martedì e giovedì dalle 9:00 alle 12:30.")
y -= 6
c.setFont("DV", 10)
c.drawString(W - 250, y, "Il Responsabile dell’Area Economico-Finanziaria"); y -= 14
c.drawString(W - 250, y, "Dott.ssa Sabrina Paoloni")
c.setFont("DV", 7); c.setFillColor(HexColor("#666666"))
c.line(40, 46, W - 40, 46)
c.drawString(40, 36, "Comune di Castelraimondo – castelraimondo.municipiumapp.it – Documento stampato dall’app Municipium il 23/03/2026")
c.drawRightString(W - 40, 36, "1/1")
c.showPage(); c.save()
