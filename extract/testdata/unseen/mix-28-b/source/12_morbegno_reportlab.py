#!/usr/bin/env python3
"""Comune di Morbegno (SO) - unnumbered avviso: summer-camp enrolments 2026.
Layout after a Scribus leaflet (one A4 page, coloured title band, two text columns,
info boxes with dates, fees table, contacts strip, QR caption). Drawn with ReportLab
canvas and frames; build.sh then writes a Scribus-like Creator with pikepdf."""
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER
from reportlab.platypus import Paragraph, Frame, Table, TableStyle, Spacer
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

OUT = sys.argv[1] if len(sys.argv) > 1 else "avviso-morbegno-scribus.pdf"
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVC", FD + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DVCB", FD + "DejaVuSansCondensed-Bold.ttf"))

W, H = A4
GREEN = colors.HexColor("#2e7d4f")
c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Avviso centri estivi 2026")
c.setAuthor("Comune di Morbegno")

# letterhead strip
c.setFillColor(colors.black)
c.rect(15 * mm, H - 30 * mm, 14 * mm, 17 * mm, stroke=1, fill=0)
c.setFont("DV", 5.5)
c.drawCentredString(22 * mm, H - 22.5 * mm, "[stemma]")
c.setFont("DVB", 14)
c.drawString(33 * mm, H - 19 * mm, "COMUNE DI MORBEGNO")
c.setFont("DV", 8.5)
c.drawString(33 * mm, H - 24 * mm, "Provincia di Sondrio")
c.drawString(33 * mm, H - 28.5 * mm, "Area Servizi alla Persona - Ufficio Istruzione e Politiche Giovanili")
c.setFont("DV", 8.5)
c.drawRightString(W - 15 * mm, H - 19 * mm, "Morbegno, 17 marzo 2026")

# title band
c.setFillColor(GREEN)
c.rect(0, H - 72 * mm, W, 36 * mm, stroke=0, fill=1)
c.setFillColor(colors.white)
c.setFont("DVB", 13)
c.drawString(15 * mm, H - 45 * mm, "AVVISO")
c.setFont("DVB", 25)
c.drawString(15 * mm, H - 56 * mm, "CENTRI ESTIVI COMUNALI 2026 –")
c.drawString(15 * mm, H - 66 * mm, "APERTURA ISCRIZIONI")
c.setFillColor(colors.black)

body = ParagraphStyle("b", fontName="DVC", fontSize=9.5, leading=12.8, alignment=TA_JUSTIFY, spaceAfter=5)
hd = ParagraphStyle("h", fontName="DVCB", fontSize=10.5, leading=13, textColor=GREEN, spaceBefore=4, spaceAfter=3)

left = [
    Paragraph("A chi si rivolge", hd),
    Paragraph("Il Comune di Morbegno organizza anche per l'estate 2026 i centri estivi comunali rivolti ai bambini "
              "e ai ragazzi residenti, dai 3 ai 14 anni, con attività ludiche, sportive, laboratori creativi e uscite "
              "sul territorio della Valtellina.", body),
    Paragraph("Periodi e sedi", hd),
    Paragraph("<b>Centro Infanzia</b> (3-6 anni): dal 29 giugno al 7 agosto 2026, presso la Scuola dell'infanzia "
              "di Via Ambrosetti.", body),
    Paragraph("<b>Centro Primaria</b> (6-11 anni): dal 15 giugno al 7 agosto 2026, presso la Scuola primaria "
              "\"Ezio Vanoni\".", body),
    Paragraph("<b>Centro Ragazzi</b> (11-14 anni): dal 15 giugno al 31 luglio 2026, presso il Centro sportivo "
              "comunale.", body),
    Paragraph("Orario: dal lunedì al venerdì, dalle 8:00 alle 16:30, con possibilità di ingresso anticipato alle "
              "7:30 su richiesta motivata.", body),
]
right = [
    Paragraph("Come iscriversi", hd),
    Paragraph("Le iscrizioni si effettuano esclusivamente on line, tramite il portale dei servizi scolastici "
              "del Comune, accedendo con SPID o CIE, <b>dal 7 aprile all'8 maggio 2026</b>. È possibile iscriversi "
              "a settimane singole.", body),
    Paragraph("In caso di domande superiori ai posti disponibili hanno la precedenza i minori con entrambi i genitori "
              "lavoratori e i minori in carico ai servizi sociali.", body),
    Paragraph("Quote settimanali", hd),
]
fees = Table([["Fascia ISEE", "Quota settimanale"],
              ["fino a euro 8.000,00", "euro 45,00"],
              ["da euro 8.000,01 a euro 15.000,00", "euro 65,00"],
              ["oltre euro 15.000,00 o senza ISEE", "euro 85,00"]],
             colWidths=[52 * mm, 30 * mm])
fees.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DVC", 8.5), ("FONT", (0, 0), (-1, 0), "DVCB", 8.5),
                          ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d8eadf")),
                          ("GRID", (0, 0), (-1, -1), 0.4, GREEN)]))
right += [fees, Spacer(1, 5),
          Paragraph("Riduzione del 20% per il secondo figlio iscritto. Il pasto è compreso nella quota.", body)]

Frame(15 * mm, 95 * mm, 87 * mm, 110 * mm, showBoundary=0).addFromList(left, c)
Frame(108 * mm, 95 * mm, 87 * mm, 110 * mm, showBoundary=0).addFromList(right, c)

# info strip
c.setFillColor(colors.HexColor("#eef5f0"))
c.rect(15 * mm, 52 * mm, W - 30 * mm, 36 * mm, stroke=0, fill=1)
c.setFillColor(colors.black)
info = [Paragraph("Informazioni", hd),
        Paragraph("Ufficio Istruzione e Politiche Giovanili - Via San Pietro, 22 - tel. 0342 606211 - "
                  "istruzione@comune.morbegno.so.it. Apertura al pubblico: lunedì, mercoledì e venerdì dalle 9:00 "
                  "alle 12:30; giovedì dalle 14:30 alle 17:00.", body),
        Paragraph("Il presente avviso è pubblicato all'Albo Pretorio on line e sul sito istituzionale del Comune.", body)]
Frame(18 * mm, 53 * mm, 140 * mm, 34 * mm, showBoundary=0).addFromList(info, c)
c.rect(165 * mm, 58 * mm, 24 * mm, 24 * mm)
c.setFont("DV", 6)
c.drawCentredString(177 * mm, 69 * mm, "[QR code]")
c.drawCentredString(177 * mm, 55 * mm, "portale iscrizioni")

# signatures
c.setFont("DV", 9)
c.drawCentredString(55 * mm, 38 * mm, "L'ASSESSORE ALLE POLITICHE EDUCATIVE")
c.setFont("DVB", 9.5)
c.drawCentredString(55 * mm, 33 * mm, "Chiara Spandrio")
c.setFont("DV", 9)
c.drawCentredString(150 * mm, 38 * mm, "IL RESPONSABILE DELL'AREA SERVIZI ALLA PERSONA")
c.setFont("DVB", 9.5)
c.drawCentredString(150 * mm, 33 * mm, "dott. Luca Ruffoni")
c.setFont("DV", 6.5)
c.drawCentredString(W / 2, 14 * mm, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 - Comune di Morbegno - www.comune.morbegno.so.it")
c.showPage()
c.save()
