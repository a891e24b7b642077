#!/usr/bin/env python3
"""Unnumbered avviso (public notice) of the Comune di Taverna (CZ), a
one-page poster as a graphics office would export it from Adobe InDesign:
coloured bands, kicker and headline, weekly calendar grid, contact box.
Drawn directly on the canvas with ReportLab (fonts embedded)."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER

out = sys.argv[1]
DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("Sans", DJ + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("Sans-Bold", DJ + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Cond", DJ + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("Cond-Bold", DJ + "DejaVuSansCondensed-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Narrow-Bold", LB + "LiberationSansNarrow-Bold.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("Cond", normal="Cond", bold="Cond-Bold", italic="Cond", boldItalic="Cond-Bold")

W, H = A4
GREEN = colors.HexColor("#2e7d32")
LIGHT = colors.HexColor("#e8f5e9")
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Avviso - Nuovo calendario raccolta differenziata")
c.setAuthor("Comune di Taverna")
c.setCreator("Adobe InDesign 19.2 (Windows)")

# top band with crest and body name
c.setFillColor(GREEN); c.rect(0, H-38*mm, W, 38*mm, stroke=0, fill=1)
c.setFillColor(colors.white); c.circle(24*mm, H-19*mm, 11*mm, stroke=0, fill=1)
c.setFillColor(GREEN); c.setFont("Sans", 5.5); c.drawCentredString(24*mm, H-20*mm, "STEMMA")
c.setFillColor(colors.white)
c.setFont("Sans-Bold", 22); c.drawString(40*mm, H-18*mm, "COMUNE DI TAVERNA")
c.setFont("Sans", 10); c.drawString(40*mm, H-25*mm, "Provincia di Catanzaro")
c.setFont("Sans", 8); c.drawString(40*mm, H-31*mm, "Assessorato all'Ambiente – Ufficio Ecologia")

# kicker + headline
c.setFillColor(colors.black)
c.setFont("Narrow-Bold", 30); c.drawCentredString(W/2, H-56*mm, "AVVISO")
c.setFillColor(GREEN)
c.setFont("Sans-Bold", 18)
c.drawCentredString(W/2, H-67*mm, "NUOVO CALENDARIO DELLA RACCOLTA")
c.drawCentredString(W/2, H-75*mm, "DIFFERENZIATA PORTA A PORTA")
c.setFillColor(colors.black)
c.setFont("Sans", 11); c.drawCentredString(W/2, H-83*mm, "in vigore dal 1° aprile 2026 nel centro abitato e a Villaggio Mancuso")

body = ParagraphStyle("b", fontName="Cond", fontSize=10, leading=13.5, alignment=TA_JUSTIFY)
p = Paragraph(
    "Si informa la cittadinanza che, a seguito dell'avvio del nuovo appalto del servizio di igiene urbana, "
    "a partire da <b>mercoledì 1° aprile 2026</b> la raccolta dei rifiuti porta a porta si svolgerà secondo il "
    "calendario sotto riportato. I contenitori devono essere esposti davanti alla propria abitazione "
    "<b>dalle ore 21:00 del giorno precedente alle ore 6:00 del giorno di raccolta</b> e ritirati entro la "
    "giornata. Il kit di mastelli e il nuovo calendario cartaceo saranno distribuiti a domicilio dal 16 al 28 marzo "
    "2026; chi non lo avesse ricevuto potrà ritirarlo presso l'Ufficio Ecologia, Via Pio XII, nei giorni di "
    "martedì e giovedì dalle 9:00 alle 12:00.", body)
w, h = p.wrap(W-40*mm, 60*mm); p.drawOn(c, 20*mm, H-90*mm-h)
y = H-90*mm-h-7*mm

rows = [["Giorno", "Centro abitato", "Villaggio Mancuso"],
        ["Lunedì", "Organico (umido)", "Organico (umido)"],
        ["Martedì", "Plastica e metalli", "—"],
        ["Mercoledì", "Carta e cartone", "Plastica e metalli"],
        ["Giovedì", "Organico (umido)", "Carta e cartone"],
        ["Venerdì", "Vetro", "Vetro"],
        ["Sabato", "Secco residuo (indifferenziato)", "Organico (umido) – Secco residuo"],
        ["Domenica", "Nessuna raccolta", "Nessuna raccolta"]]
t = Table(rows, colWidths=[32*mm, 68*mm, 70*mm], rowHeights=8*mm)
t.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, 0), "Sans-Bold", 10), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
    ("BACKGROUND", (0, 0), (-1, 0), GREEN), ("FONT", (0, 1), (-1, -1), "Cond", 10),
    ("FONT", (0, 1), (0, -1), "Cond-Bold", 10),
    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, LIGHT]),
    ("GRID", (0, 0), (-1, -1), 0.5, GREEN), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
tw, th = t.wrap(0, 0); t.drawOn(c, (W-tw)/2, y-th)
y = y - th - 8*mm

p2 = Paragraph(
    "Il ritiro gratuito dei <b>rifiuti ingombranti e dei RAEE</b> è effettuato su prenotazione al numero verde "
    "800 135 790. Si ricorda che l'abbandono di rifiuti e il mancato rispetto delle modalità di conferimento sono "
    "sanzionati ai sensi del Regolamento comunale di igiene urbana e dell'art. 255 del D.Lgs. 152/2006.", body)
w2, h2 = p2.wrap(W-40*mm, 40*mm); p2.drawOn(c, 20*mm, y-h2)
y = y - h2 - 6*mm

# contact box
c.setFillColor(LIGHT); c.setStrokeColor(GREEN); c.roundRect(20*mm, y-20*mm, W-40*mm, 20*mm, 3*mm, stroke=1, fill=1)
c.setFillColor(colors.black); c.setFont("Cond-Bold", 9.5)
c.drawString(25*mm, y-7*mm, "INFORMAZIONI")
c.setFont("Cond", 9)
c.drawString(25*mm, y-12*mm, "Ufficio Ecologia – tel. 0961 923311 – ecologia@comune.taverna.cz.it")
c.drawString(25*mm, y-16.5*mm, "Numero verde gestore del servizio: 800 135 790 (lun.–sab. 8:00–14:00)")
y = y - 28*mm

c.setFont("Cond", 10); c.drawString(20*mm, y, "Taverna, 11 marzo 2026")
c.setFont("Cond-Bold", 10)
c.drawCentredString(60*mm, y-10*mm, "L'Assessore all'Ambiente")
c.drawCentredString(W-60*mm, y-10*mm, "Il Sindaco")
c.setFont("Cond", 10)
c.drawCentredString(60*mm, y-15*mm, "Giuseppina Mazzei")
c.drawCentredString(W-60*mm, y-15*mm, "Avv. Raffaele Cosentino")

# bottom band
c.setFillColor(GREEN); c.rect(0, 0, W, 12*mm, stroke=0, fill=1)
c.setFillColor(colors.white); c.setFont("Sans", 7.5)
c.drawCentredString(W/2, 5*mm, "Comune di Taverna – Piazza del Popolo, 1 – 88055 Taverna (CZ) – www.comune.taverna.cz.it")
c.showPage()
c.save()
