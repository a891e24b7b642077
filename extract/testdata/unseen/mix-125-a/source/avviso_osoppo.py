#!/usr/bin/env python3
"""Osoppo, public notice of the Area Tecnica on the allotment of municipal
vegetable gardens, printed by the ADWeb 'modelli' module: ReportLab canvas.
Justified lines set with Tw (word spacing); the letterhead and the Albo's
publication stamp are Form XObjects, drawn after the body (out of reading
order), the stamp turned 90 degrees up the right margin."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "avviso-osoppo-adweb.pdf"
W, H = A4
LM, RM = 25 * mm, W - 25 * mm
c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Avviso orti urbani 2028")
c.setAuthor("Comune di Osoppo - Area Tecnica")
c.setCreator("ADWeb - Modelli")

# --- forms, defined first, drawn last
c.beginForm("letterhead")
c.setFont("Courier-Bold", 15)
c.drawCentredString(W / 2, H - 22 * mm, "COMUNE DI OSOPPO")
c.setFont("Courier", 10)
c.drawCentredString(W / 2, H - 27.5 * mm, "Regione Autonoma Friuli Venezia Giulia")
c.setLineWidth(0.8)
c.line(LM, H - 31 * mm, RM, H - 31 * mm)
c.setFont("Courier", 8)
c.drawCentredString(W / 2, H - 35 * mm, "AREA TECNICA - Servizio Manutenzioni e Patrimonio")
c.endForm()

c.beginForm("stamp")
c.saveState()
c.translate(W - 11 * mm, 92 * mm)
c.rotate(90)
c.setStrokeColorRGB(0.55, 0.1, 0.1)
c.setFillColorRGB(0.55, 0.1, 0.1)
c.setLineWidth(0.9)
c.roundRect(0, -3.5 * mm, 112 * mm, 12 * mm, 2 * mm)
c.setFont("Helvetica-Bold", 8)
c.drawString(3 * mm, 4 * mm, "COMUNE DI OSOPPO - ALBO PRETORIO ON LINE")
c.setFont("Helvetica", 7.5)
c.drawString(3 * mm, 0, "Pubblicato dal 14/01/2028 al 13/02/2028 - Reg. pubbl. n. 46")
c.restoreState()
c.endForm()


def justified(text, x0, x1, y, font="Times-Roman", size=11, lead=14.5, first_indent=0):
    words = text.split()
    lines, cur = [], []
    for w in words:
        trial = " ".join(cur + [w])
        lim = x1 - x0 - (first_indent if not lines else 0)
        if stringWidth(trial, font, size) <= lim or not cur:
            cur.append(w)
        else:
            lines.append(cur)
            cur = [w]
    lines.append(cur)
    for i, ws in enumerate(lines):
        s = " ".join(ws)
        x = x0 + (first_indent if i == 0 else 0)
        t = c.beginText(x, y)
        t.setFont(font, size)
        if i < len(lines) - 1 and len(ws) > 1:
            t.setWordSpace((x1 - x - stringWidth(s, font, size)) / (len(ws) - 1))
        t.textOut(s)
        t.setWordSpace(0)
        c.drawText(t)
        y -= lead
    return y


y = H - 50 * mm
c.setFont("Times-Roman", 10.5)
c.drawString(LM, y, "Prot. n. 318")
c.drawRightString(RM, y, "Osoppo, 14/01/2028")
y -= 16 * mm
c.setFont("Times-Bold", 16)
c.drawCentredString(W / 2, y, "AVVISO PUBBLICO")
y -= 7 * mm
c.setFont("Times-Bold", 11.5)
c.drawCentredString(W / 2, y, "PER L'ASSEGNAZIONE DI ORTI URBANI COMUNALI IN COMODATO D'USO")
y -= 5.5 * mm
c.drawCentredString(W / 2, y, "GRATUITO – ANNO 2028")
y -= 12 * mm
c.setFont("Times-Bold", 11)
c.drawCentredString(W / 2, y, "IL TITOLARE DI POSIZIONE ORGANIZZATIVA DELL'AREA TECNICA")
y -= 8 * mm
y = justified("Visto il Regolamento comunale per l'assegnazione e la gestione degli orti urbani, approvato con "
              "deliberazione del Consiglio comunale n. 31 del 27/09/2022, e in esecuzione della deliberazione "
              "della Giunta comunale n. 2 del 05/01/2028,", LM, RM, y)
y -= 4 * mm
c.setFont("Times-Bold", 11)
c.drawCentredString(W / 2, y, "RENDE NOTO")
y -= 8 * mm
y = justified("che sono disponibili n. 14 lotti di orto urbano, della superficie di circa 40 metri quadrati "
              "ciascuno, situati nell'area comunale di via del Forte, dotati di punto acqua e di ricovero "
              "attrezzi comune, da assegnare in comodato d'uso gratuito per il periodo dal 01/03/2028 al "
              "28/02/2030.", LM, RM, y)
y -= 3 * mm
items = [
    ("Requisiti.", "Possono presentare domanda i cittadini residenti nel Comune di Osoppo, maggiorenni, che non "
     "dispongano di altro terreno coltivabile nel territorio comunale. E' ammessa una sola domanda per nucleo "
     "familiare. Una quota di quattro lotti e' riservata ai cittadini che abbiano compiuto 65 anni."),
    ("Graduatoria.", "In caso di domande superiori ai lotti disponibili si procedera' a graduatoria secondo i "
     "criteri dell'art. 6 del Regolamento; a parita' di punteggio prevale l'ordine di arrivo al protocollo."),
    ("Domande.", "Le domande, redatte sul modulo disponibile presso l'Ufficio Tecnico e sul sito internet "
     "del Comune, dovranno pervenire all'Ufficio Protocollo entro le ore 12:00 del giorno 11/02/2028, a mano, "
     "a mezzo posta raccomandata o all'indirizzo di posta elettronica certificata dell'Ente."),
    ("Informazioni.", "Responsabile del procedimento e' il geom. Roberto Fabris, Ufficio Tecnico, aperto al "
     "pubblico il martedi' e il giovedi' dalle ore 9:30 alle ore 12:30."),
]
for head, body in items:
    c.setFont("Times-Bold", 11)
    c.drawString(LM, y, head)
    y -= 5.2 * mm
    y = justified(body, LM, RM, y, first_indent=0)
    y -= 2.5 * mm
y -= 8 * mm
c.setFont("Times-Roman", 11)
c.drawCentredString(W * 0.68, y, "IL TITOLARE DI P.O. DELL'AREA TECNICA")
y -= 5.5 * mm
c.drawCentredString(W * 0.68, y, "arch. Giulia Del Fabbro")
y -= 4.5 * mm
c.setFont("Times-Italic", 8.5)
c.drawCentredString(W * 0.68, y, "(documento firmato digitalmente)")
c.setFont("Courier", 7.5)
c.drawString(LM, 14 * mm, "Piazza Napoleone, 1 - 33010 Osoppo (UD)")
c.drawRightString(RM, 14 * mm, "Pag. 1 di 1")
# letterhead and stamp last
c.doForm("letterhead")
c.doForm("stamp")
c.showPage()
c.save()
