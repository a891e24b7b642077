# Comune di Carignano - unnumbered notice to citizens, poster layout in the manner of a
# QuarkXPress-made municipal notice (colour band, big headline, boxed info). ReportLab canvas.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, Frame
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT

L = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LSans", L + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSans-B", L + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSerif-B", L + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LNarrow-B", L + "LiberationSansNarrow-Bold.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("LSans", 0, 0, "LSans"); addMapping("LSans", 1, 0, "LSans-B")

W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle("Avviso apertura straordinaria sportello CIE"); c.setAuthor("Comune di Carignano - Servizi Demografici")
red = colors.Color(0.62, 0.09, 0.13); navy = colors.Color(0.08, 0.16, 0.33)
# top band
c.setFillColor(red); c.rect(0, H - 38*mm, W, 38*mm, stroke=0, fill=1)
c.setFillColor(colors.white); c.setStrokeColor(colors.white)
c.roundRect(15*mm, H - 33*mm, 20*mm, 26*mm, 4*mm, stroke=1, fill=0)
c.setFont("LSans", 6); c.drawCentredString(25*mm, H - 21*mm, "STEMMA")
c.setFont("LSerif-B", 26); c.drawString(42*mm, H - 19*mm, "COMUNE DI CARIGNANO")
c.setFont("LSans", 10.5); c.drawString(42*mm, H - 26*mm, "Città Metropolitana di Torino")
c.setFont("LSans-B", 10.5); c.drawString(42*mm, H - 32*mm, "SERVIZI DEMOGRAFICI")
# kicker + headline
c.setFillColor(navy); c.setFont("LSans-B", 12)
c.drawCentredString(W/2, H - 52*mm, "AVVISO ALLA CITTADINANZA")
c.setStrokeColor(navy); c.setLineWidth(1.2); c.line(60*mm, H - 55*mm, W - 60*mm, H - 55*mm)
c.setFont("LNarrow-B", 25)
for i, line in enumerate(["APERTURA STRAORDINARIA DELLO SPORTELLO", "CARTA D’IDENTITÀ ELETTRONICA"]):
    c.drawCentredString(W/2, H - 68*mm - i*10*mm, line)
body = ParagraphStyle("b", fontName="LSans", fontSize=11, leading=15, alignment=TA_JUSTIFY, spaceAfter=6)
big = ParagraphStyle("g", fontName="LSans-B", fontSize=11.5, leading=16, alignment=TA_CENTER, textColor=red, spaceAfter=4)
small = ParagraphStyle("s", fontName="LSans", fontSize=9, leading=12, alignment=TA_LEFT)
f = Frame(20*mm, 118*mm, W - 40*mm, 95*mm, showBoundary=0, leftPadding=0, rightPadding=0)
f.addFromList([
 Paragraph("Si informa la cittadinanza che, per ridurre i tempi di attesa in vista del periodo estivo, l’Ufficio Anagrafe sarà aperto in via straordinaria, <b>esclusivamente per il rilascio della Carta d’Identità Elettronica (CIE)</b>, nelle seguenti giornate:", body),
 Paragraph("SABATO 9 MAGGIO 2026 – SABATO 16 MAGGIO 2026 – SABATO 23 MAGGIO 2026", big),
 Paragraph("dalle ore 8:30 alle ore 12:30", ParagraphStyle("h", parent=big, textColor=navy, fontSize=12)),
 Paragraph("L’accesso allo sportello è consentito <b>solo su appuntamento</b>, da prenotare tramite il portale del Ministero dell’Interno “Agenda CIE” oppure telefonando all’Ufficio Anagrafe al numero 011 9698411 dal lunedì al venerdì, dalle ore 9:00 alle ore 12:00.", body),
 Paragraph("Il giorno dell’appuntamento occorre presentarsi muniti di: documento di riconoscimento scaduto o in scadenza (o denuncia di smarrimento/furto), una fototessera recente su sfondo bianco, tessera sanitaria. Per i minori è necessaria la presenza di entrambi i genitori.", body),
], c)
# info box
c.setFillColor(colors.Color(0.94, 0.95, 0.97)); c.setStrokeColor(navy); c.setLineWidth(0.8)
c.rect(20*mm, 70*mm, W - 40*mm, 42*mm, stroke=1, fill=1)
c.setFillColor(navy); c.setFont("LSans-B", 11); c.drawString(25*mm, 104*mm, "COSTO DEL DOCUMENTO")
c.setFont("LSans", 10)
c.drawString(25*mm, 97*mm, "€ 22,21 – da pagare con PagoPA o con carta di pagamento allo sportello.")
c.drawString(25*mm, 91*mm, "Il duplicato per smarrimento o deterioramento costa € 27,37.")
c.setFont("LSans-B", 11); c.drawString(25*mm, 82*mm, "DOVE")
c.setFont("LSans", 10)
c.drawString(25*mm, 76*mm, "Palazzo Civico – Via Frichieri, 13 – piano terra, sportello n. 2 (ingresso lato cortile)")
# signature
c.setFillColor(colors.black); c.setFont("LSans", 10)
c.drawString(20*mm, 55*mm, "Carignano, 15 aprile 2026")
c.drawCentredString(150*mm, 55*mm, "Il Responsabile dei Servizi Demografici")
c.setFont("LSans-B", 10); c.drawCentredString(150*mm, 49*mm, "Dott.ssa Elisa Gribaudo")
c.setFont("LSans", 8); c.drawCentredString(150*mm, 44*mm, "(firmato digitalmente)")
# bottom band
c.setFillColor(navy); c.rect(0, 0, W, 18*mm, stroke=0, fill=1)
c.setFillColor(colors.white); c.setFont("LSans", 8)
c.drawCentredString(W/2, 11*mm, "Comune di Carignano – Via Frichieri, 13 – 10041 Carignano (TO) – tel. 011 9698411 – anagrafe@comune.carignano.to.it")
c.drawCentredString(W/2, 6*mm, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 – pubblicato all’Albo Pretorio on line e sul sito istituzionale")
c.showPage(); c.save()
