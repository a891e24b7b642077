# Comune di Roccaspinalveti (CH): certificate of publication of a Giunta deliberation.
# reportlab canvas: letterhead as a Form XObject; body blocks drawn bottom-up (out of reading
# order); the Albo stamp rotated 90 degrees along the right margin.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
out = sys.argv[1]
W, H = A4
c = canvas.Canvas(out, pagesize=A4); c.setProducer("J-Serfin Report Engine 5"); c.setTitle("Certificato di pubblicazione")
c.beginForm("letterhead")
c.setFont("Times-Bold", 16); c.drawCentredString(W/2, H-55, "COMUNE DI ROCCASPINALVETI")
c.setFont("Times-Roman", 10); c.drawCentredString(W/2, H-70, "Provincia di Chieti – Ufficio Segreteria")
c.line(60, H-78, W-60, H-78)
c.endForm()
def block(y, text, font="Times-Roman", size=11, lead=15):
    for l in simpleSplit(text, font, size, W-140):
        c.setFont(font, size); c.drawString(70, y, l); y -= lead
    return y
# signature first, then body, then heading (reading order reversed in the content stream)
c.setFont("Times-Roman", 11); c.drawString(340, 300, "IL SEGRETARIO COMUNALE"); c.drawString(345, 285, "dott. Nicola Di Biase")
c.drawString(70, 300, "Roccaspinalveti, 2 marzo 2026")
block(470, "Si attesta che la suddetta deliberazione è stata pubblicata all'Albo Pretorio on line di questo Comune il giorno 02/03/2026, registro delle pubblicazioni n. 97, e vi rimarrà per quindici giorni consecutivi, ai sensi dell'art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267, e che la stessa è stata comunicata ai Capigruppo consiliari con nota prot. n. 642 in pari data, ai sensi dell'art. 125 del medesimo decreto.")
y = block(600, "Il sottoscritto Segretario Comunale, visti gli atti d'ufficio,")
y = block(y-6, "ATTESTA", "Times-Bold", 12)
y = block(y-4, "che la deliberazione della Giunta Comunale n. 17 del 24/02/2026 avente ad oggetto:")
y = block(y-4, "\"Approvazione del piano comunale per la raccolta e lo smaltimento dei rifiuti agricoli e dei teli in plastica da serre - anno 2026\"", "Times-Italic")
c.setFont("Times-Bold", 14); c.drawCentredString(W/2, 680, "CERTIFICATO DI PUBBLICAZIONE")
c.doForm("letterhead")
c.saveState(); c.translate(W-30, 250); c.rotate(90)
c.setStrokeColorRGB(0.1, 0.2, 0.6); c.setFillColorRGB(0.1, 0.2, 0.6); c.rect(-6, -8, 330, 22)
c.setFont("Helvetica-Bold", 9); c.drawString(0, 0, "ALBO PRETORIO ON LINE - PUBBLICATO DAL 02/03/2026 AL 17/03/2026")
c.restoreState()
c.showPage(); c.save()
