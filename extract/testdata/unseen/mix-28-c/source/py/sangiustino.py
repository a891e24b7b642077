#!/usr/bin/env python3
"""Unnumbered avviso of the Comune di San Giustino laid out like a Scribus
leaflet: coloured band with the body's name, a large title, a kicker, text
frames in two columns, an info box with dates and contacts, a bottom band.
Built with the ReportLab canvas and platypus frames."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER
from reportlab.platypus import Paragraph, Frame, KeepInFrame
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

F = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DVS", F + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVS-B", F + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVSC", F + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DVSC-B", F + "DejaVuSansCondensed-Bold.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("DVSC", 0, 0, "DVSC"); addMapping("DVSC", 1, 0, "DVSC-B"); addMapping("DVSC", 0, 1, "DVSC"); addMapping("DVSC", 1, 1, "DVSC-B")

W, H = A4
green = colors.HexColor("#2e7d32"); orange = colors.HexColor("#f39c12"); light = colors.HexColor("#eef6ee")
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle("Avviso centri estivi 2026"); c.setAuthor("Comune di San Giustino"); c.setCreator("Scribus 1.5.8")

# top band
c.setFillColor(green); c.rect(0, H - 38*mm, W, 38*mm, stroke=0, fill=1)
c.setFillColor(colors.white); c.setStrokeColor(colors.white)
c.circle(26*mm, H - 19*mm, 11*mm, stroke=1, fill=0)
c.setFont("DVSC", 6); c.drawCentredString(26*mm, H - 20*mm, "stemma")
c.setFont("DVS-B", 20); c.drawString(42*mm, H - 17*mm, "COMUNE DI SAN GIUSTINO")
c.setFont("DVSC", 10); c.drawString(42*mm, H - 23.5*mm, "Provincia di Perugia")
c.setFont("DVSC-B", 10); c.drawString(42*mm, H - 30*mm, "Ufficio Servizi Scolastici")

# kicker + title
c.setFillColor(orange); c.roundRect(18*mm, H - 56*mm, 34*mm, 10*mm, 2*mm, stroke=0, fill=1)
c.setFillColor(colors.white); c.setFont("DVS-B", 14); c.drawCentredString(35*mm, H - 53*mm, "AVVISO")
c.setFillColor(green); c.setFont("DVS-B", 25)
c.drawString(18*mm, H - 72*mm, "ISCRIZIONI AI CENTRI ESTIVI")
c.drawString(18*mm, H - 83*mm, "COMUNALI 2026")
c.setFillColor(colors.HexColor("#333333")); c.setFont("DVSC", 12)
c.drawString(18*mm, H - 92*mm, "per bambine e bambini, ragazze e ragazzi dai 3 ai 14 anni")

body = ParagraphStyle("b", fontName="DVSC", fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=6, textColor=colors.HexColor("#222222"))
hd = ParagraphStyle("h", parent=body, fontName="DVSC-B", fontSize=11, textColor=green, alignment=TA_LEFT, spaceAfter=3, spaceBefore=4)
left = [
    Paragraph("COSA", hd),
    Paragraph("Il Comune di San Giustino organizza, in collaborazione con la cooperativa sociale affidataria del servizio, i centri estivi comunali presso la Scuola dell'infanzia di Selci (3-5 anni) e presso il plesso della Scuola primaria del capoluogo (6-14 anni), con attività ludiche, sportive, laboratori creativi, uscite sul territorio e piscina.", body),
    Paragraph("QUANDO", hd),
    Paragraph("Dal 15 giugno al 31 luglio 2026, dal lunedì al venerdì, dalle ore 7:45 alle ore 13:30 (con possibilità di pranzo) oppure fino alle ore 16:30. È possibile iscriversi per settimane.", body),
    Paragraph("QUANTO", hd),
    Paragraph("Quota settimanale: € 45,00 mezza giornata, € 70,00 giornata intera con pranzo. Riduzione del 20% per il secondo figlio iscritto. Le tariffe agevolate in base all'ISEE sono indicate nel modulo di iscrizione.", body),
]
right = [
    Paragraph("COME ISCRIVERSI", hd),
    Paragraph("Le domande si presentano esclusivamente on line, tramite il portale dei servizi scolastici raggiungibile dal sito istituzionale del Comune, accedendo con SPID o CIE, <b>dal 23 marzo al 30 aprile 2026</b>.", body),
    Paragraph("Le domande pervenute oltre il termine saranno accolte solo in caso di posti disponibili. In caso di richieste superiori ai posti, sarà data precedenza ai residenti e ai bambini con entrambi i genitori lavoratori.", body),
    Paragraph("ASSISTENZA", hd),
    Paragraph("Per chi non dispone di strumenti informatici, il personale dell'Ufficio Servizi Scolastici fornisce assistenza alla compilazione il martedì e il giovedì dalle ore 9:00 alle ore 12:30, previo appuntamento telefonico.", body),
]
for flow, x in ((left, 18*mm), (right, 108*mm)):
    fr = Frame(x, 62*mm, 84*mm, H - 160*mm, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    fr.addFromList([KeepInFrame(84*mm, H - 160*mm, flow, mode="shrink")], c)

# info box
c.setFillColor(light); c.setStrokeColor(green); c.setLineWidth(0.8)
c.roundRect(18*mm, 30*mm, W - 36*mm, 26*mm, 3*mm, stroke=1, fill=1)
c.setFillColor(colors.HexColor("#222222")); c.setFont("DVSC-B", 10)
c.drawString(24*mm, 49*mm, "Scadenza iscrizioni: 30 aprile 2026")
c.setFont("DVSC", 9.5)
c.drawString(24*mm, 43*mm, "Informazioni: Ufficio Servizi Scolastici – Piazza del Municipio, piano terra")
c.drawString(24*mm, 37.5*mm, "San Giustino, 20 marzo 2026")
c.setFont("DVSC-B", 9.5)
c.drawRightString(W - 24*mm, 37.5*mm, "L'Assessore alle Politiche Scolastiche – Laura Bartolini")

# bottom band
c.setFillColor(green); c.rect(0, 0, W, 14*mm, stroke=0, fill=1)
c.setFillColor(colors.white); c.setFont("DVSC", 7.5)
c.drawCentredString(W / 2, 6*mm, "Comune di San Giustino – Ufficio Servizi Scolastici – avviso pubblicato all'Albo Pretorio on line e sul sito istituzionale dell'Ente")
c.showPage(); c.save()
