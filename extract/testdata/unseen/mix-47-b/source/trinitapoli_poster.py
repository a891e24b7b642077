# -*- coding: utf-8 -*-
"""Convocation of the Consiglio Comunale of Trinitapoli, laid out as a manifesto from a
QuarkXPress template (big display title, coloured rule, boxed agenda, stacked signature).
Drawn on a ReportLab canvas; producer string set to the Quark one the template exports with."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit
from data import TRINITAPOLI as D

out = sys.argv[1]
F = "/usr/share/fonts/truetype/"
pdfmetrics.registerFont(TTFont("Ser", F + "dejavu/DejaVuSerifCondensed.ttf"))
pdfmetrics.registerFont(TTFont("SerB", F + "dejavu/DejaVuSerifCondensed-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Nar", F + "liberation/LiberationSansNarrow-Regular.ttf"))
pdfmetrics.registerFont(TTFont("NarB", F + "liberation/LiberationSansNarrow-Bold.ttf"))
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Convocazione Consiglio Comunale 30 marzo 2026")
c.setCreator("QuarkXPress(R) 18.6")
c.setProducer("QuarkXPress(R) 18.6")
W, H = A4
blue = (0.09, 0.23, 0.45)
c.setFillColorRGB(*blue); c.rect(0, H - 12*mm, W, 12*mm, fill=1, stroke=0)
c.setFillColorRGB(1, 1, 1); c.setFont("NarB", 10)
c.drawString(18*mm, H - 8*mm, "CITTÀ DI TRINITAPOLI  ·  Provincia di Barletta-Andria-Trani")
c.drawRightString(W - 18*mm, H - 8*mm, "Prot. n. 5318 del 20/03/2026")
c.setFillColorRGB(0, 0, 0)
c.setStrokeColorRGB(*blue); c.setLineWidth(1.2); c.circle(W/2, H - 32*mm, 11*mm)
c.setFont("Nar", 7); c.drawCentredString(W/2, H - 33*mm, "stemma civico")
c.setFont("SerB", 24); c.setFillColorRGB(*blue)
c.drawCentredString(W/2, H - 58*mm, "CONVOCAZIONE")
c.setFont("SerB", 17); c.drawCentredString(W/2, H - 67*mm, "DEL CONSIGLIO COMUNALE")
c.setFillColorRGB(0, 0, 0)
c.setLineWidth(2.5); c.line(60*mm, H - 72*mm, W - 60*mm, H - 72*mm)
y = H - 84*mm
intro = ("Il Presidente del Consiglio Comunale, visti l’art. 39 del D.Lgs. 18 agosto 2000, n. 267 e gli artt. 14 "
         "e 15 del vigente Regolamento per il funzionamento del Consiglio Comunale, sentita la Conferenza dei "
         "Capigruppo nella seduta del 18/03/2026,")
for ln in simpleSplit(intro, "Ser", 11.5, W - 40*mm):
    c.setFont("Ser", 11.5); c.drawCentredString(W/2, y, ln); y -= 6*mm
y -= 2*mm
c.setFont("SerB", 15); c.drawCentredString(W/2, y, "C O N V O C A"); y -= 9*mm
txt2 = ("il Consiglio Comunale in sessione ordinaria, seduta pubblica di prima convocazione, presso la Sala "
        "consiliare “Aldo Moro” del Palazzo di Città, per il giorno")
for ln in simpleSplit(txt2, "Ser", 11.5, W - 40*mm):
    c.setFont("Ser", 11.5); c.drawCentredString(W/2, y, ln); y -= 6*mm
y -= 3*mm
c.setFont("SerB", 16); c.setFillColorRGB(*blue)
c.drawCentredString(W/2, y, "LUNEDÌ 30 MARZO 2026 – ORE 17:00"); y -= 7*mm
c.setFillColorRGB(0, 0, 0); c.setFont("Ser", 10.5)
c.drawCentredString(W/2, y, "ed eventualmente in seconda convocazione per il giorno 31 marzo 2026 alla stessa ora,"); y -= 5.5*mm
c.drawCentredString(W/2, y, "per la trattazione del seguente"); y -= 10*mm
c.setFont("NarB", 13); c.drawCentredString(W/2, y, "ORDINE DEL GIORNO"); y -= 4*mm
odg = ["Lettura e approvazione dei verbali delle sedute del 26 gennaio 2026 e del 23 febbraio 2026.",
       "Comunicazioni del Sindaco e del Presidente del Consiglio.",
       "Approvazione del Piano Economico Finanziario del servizio rifiuti e delle tariffe TARI per l’anno 2026.",
       "Riconoscimento di legittimità di debito fuori bilancio ai sensi dell’art. 194, comma 1, lett. a), "
       "del D.Lgs. 267/2000 – Sentenza del Giudice di Pace di Cerignola n. 211/2025.",
       "Modifica del Regolamento comunale per la concessione in uso dei beni immobili comunali.",
       "Mozione del gruppo consiliare “Trinitapoli Futura” sulla manutenzione delle strade rurali."]
box_top = y
y -= 7*mm
for i, t in enumerate(odg, 1):
    lines = simpleSplit(t, "Nar", 11.5, W - 62*mm)
    c.setFont("NarB", 11.5); c.drawString(27*mm, y, f"{i}.")
    c.setFont("Nar", 11.5)
    for ln in lines:
        c.drawString(34*mm, y, ln); y -= 5.6*mm
    y -= 1.6*mm
c.setStrokeColorRGB(*blue); c.setLineWidth(0.8)
c.roundRect(20*mm, y, W - 40*mm, box_top - y, 3*mm)
y -= 10*mm
c.setFont("Ser", 10)
for ln in simpleSplit("I Consiglieri sono invitati a intervenire. La documentazione relativa agli argomenti iscritti "
                      "all’ordine del giorno è depositata presso l’Ufficio di Presidenza del Consiglio e resa disponibile "
                      "nell’area riservata del portale istituzionale. La seduta sarà trasmessa in diretta streaming.",
                      "Ser", 10, W - 40*mm):
    c.drawString(20*mm, y, ln); y -= 5*mm
y -= 6*mm
c.drawString(20*mm, y, "Trinitapoli, 20 marzo 2026")
c.drawCentredString(145*mm, y, "IL PRESIDENTE DEL CONSIGLIO COMUNALE")
c.setFont("SerB", 11); c.drawCentredString(145*mm, y - 6*mm, "avv. Francesco Di Biase")
c.setFont("Ser", 7.5); c.drawCentredString(145*mm, y - 11*mm, "firmato digitalmente ai sensi del D.Lgs. 82/2005")
c.setFillColorRGB(*blue); c.rect(0, 0, W, 8*mm, fill=1, stroke=0)
c.setFillColorRGB(1, 1, 1); c.setFont("Nar", 8)
c.drawCentredString(W/2, 3*mm, "Piazza Umberto I – 76015 Trinitapoli (BT)  ·  www.comune.trinitapoli.bt.it  ·  Affisso all’Albo Pretorio on line")
c.showPage(); c.save()
