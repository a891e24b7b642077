# Comune di Guardea - unnumbered avviso. The letterhead (coat of arms + "COMUNE DI GUARDEA") is a picture;
# only its caption line is text. Title letter-spaced with spaces, body in two columns, office block drawn last.
import sys, os
from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
out = sys.argv[1]
tmp = os.path.join(os.path.dirname(os.path.abspath(out)), "tmp"); os.makedirs(tmp, exist_ok=True)
img = Image.new("RGB", (1800, 260), "white"); d = ImageDraw.Draw(img)
d.polygon([(60, 30), (220, 30), (220, 150), (140, 230), (60, 150)], outline=(120, 20, 20), width=8)
d.rectangle([95, 70, 185, 130], fill=(160, 40, 40))
f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", 110)
d.text((280, 55), "COMUNE DI GUARDEA", fill=(120, 20, 20), font=f)
png = os.path.join(tmp, "guardea-header.png"); img.save(png)
W, H = A4
c = canvas.Canvas(out, pagesize=A4)
c.setCreator("J-Iride - Albo on line"); c.setTitle("Avviso iscrizioni trasporto scolastico")
LM, RM = 56, W-56
c.drawImage(png, LM, H-100, width=(RM-LM)*0.8, height=(RM-LM)*0.8*260/1800)
c.setFont("Times-Italic", 10); c.drawString(LM+95, H-112, "Provincia di Terni  -  Area Amministrativa  -  Servizi Scolastici")
c.setLineWidth(0.8); c.line(LM, H-120, RM, H-120)
y = H-170
c.setFont("Helvetica-Bold", 26); c.drawCentredString(W/2, y, "A V V I S O"); y -= 30
title = ["ISCRIZIONI AL SERVIZIO DI TRASPORTO SCOLASTICO", "ANNO SCOLASTICO 2026/2027"]
c.setFont("Helvetica-Bold", 13)
for t in title: c.drawCentredString(W/2, y, t); y -= 17
y -= 14
def wrap(text, font, size, width):
    words = text.split(); lines = []; cur = ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width: cur = t
        else: lines.append(cur); cur = w
    if cur: lines.append(cur)
    return lines
colw = (RM - LM - 24) / 2
text = ["Si informano le famiglie degli alunni residenti nel Comune di Guardea e frequentanti la scuola dell'infanzia, la scuola primaria e la scuola secondaria di primo grado dell'Istituto Comprensivo \"Alviano-Guardea\" che dal 16 marzo 2026 al 30 aprile 2026 sono aperte le iscrizioni al servizio di trasporto scolastico per l'anno scolastico 2026/2027.",
        "La domanda dovrà essere presentata utilizzando l'apposito modulo disponibile presso l'Ufficio Servizi Scolastici o scaricabile dal sito istituzionale dell'Ente, e consegnata a mano all'Ufficio Protocollo oppure inviata all'indirizzo PEC comune.guardea@postacert.umbria.it.",
        "Le tariffe per l'anno scolastico 2026/2027 sono quelle approvate con deliberazione della Giunta Comunale n. 15 del 26/02/2026: € 22,00 mensili per il primo figlio, € 15,00 mensili per il secondo figlio ed esenzione dal terzo figlio.",
        "Le domande pervenute oltre il termine saranno accolte compatibilmente con la disponibilità dei posti e con i percorsi già programmati.",
        "Per informazioni è possibile rivolgersi all'Ufficio Servizi Scolastici (tel. 0744 903231) dal lunedì al venerdì dalle ore 9:00 alle ore 12:30."]
lines = []
for p in text: lines += wrap(p, "Times-Roman", 11, colw) + [""]
half = (len(lines) + 1) // 2
right = lines[half:]
while right and not right[0]: right = right[1:]
# right column drawn first, then left column
for col, chunk in ((1, right), (0, lines[:half])):
    yy = y; x = LM + col * (colw + 24)
    c.setFont("Times-Roman", 11)
    for ln in chunk:
        c.drawString(x, yy, ln); yy -= 14
c.setLineWidth(0.4); c.line(W/2, y+10, W/2, y - 14*half + 6)
yb = y - 14*half - 40
c.setFont("Times-Roman", 11); c.drawString(LM, yb, "Guardea, 12/03/2026")
c.drawCentredString(RM-110, yb, "IL RESPONSABILE DELL'AREA AMMINISTRATIVA")
c.setFont("Times-Bold", 11); c.drawCentredString(RM-110, yb-15, "Dott.ssa Chiara Belloni")
c.setFont("Times-Italic", 8); c.drawCentredString(RM-110, yb-27, "(firma autografa sostituita a mezzo stampa ex art. 3 D.Lgs. 39/93)")
c.setFont("Helvetica", 7.5); c.drawCentredString(W/2, 34, "Comune di Guardea - Piazza Marconi, 3 - 05025 Guardea (TR) - P.IVA 00179100551 - www.comune.guardea.tr.it")
c.showPage(); c.save()
