# Bessude (SS): certificate of publication; letterhead and grid are Form XObjects drawn last,
# values drawn before labels, stamp rotated 30 degrees drawn first.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.utils import simpleSplit
W, H = 595, 842
c = canvas.Canvas(sys.argv[1], pagesize=(W, H)); c.setProducer("Datagraph Albo 2.0")
c.saveState(); c.translate(400, 170); c.rotate(30); c.setStrokeColorRGB(.6, 0, 0); c.setFillColorRGB(.6, 0, 0)
c.roundRect(-10, -8, 150, 40, 6); c.setFont("Helvetica-Bold", 9); c.drawString(0, 18, "COMUNE DI BESSUDE"); c.setFont("Helvetica", 8); c.drawString(0, 4, "Albo Pretorio - Reg. n. 118"); c.restoreState()
rows = [("Atto", "Ordinanza del Sindaco"), ("Numero", "5"), ("Data dell'atto", "14/04/2026"), ("Registro pubblicazioni", "n. 118/2026"),
        ("Pubblicato dal", "15/04/2026"), ("al", "30/04/2026")]
top = 640; rh = 22
c.setFont("Helvetica", 10)
for i, (l, v) in enumerate(rows):
    c.drawString(230, top - i * rh - 15, v)
y = top - len(rows) * rh - 18
c.setFont("Helvetica-Bold", 10); c.drawString(72, y, "Oggetto:"); c.setFont("Helvetica", 10)
subj = "Divieto di accensione di fuochi e di abbruciamento delle stoppie nelle campagne e nelle aree periurbane – stagione 2026."
for l in simpleSplit(subj, "Helvetica", 10, 380): c.drawString(130, y, l); y -= 13
y -= 14
txt = ("Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio, CERTIFICA che l'ordinanza sopra indicata è stata pubblicata all'Albo Pretorio on line di questo Comune per quindici giorni consecutivi, dal 15/04/2026 al 30/04/2026, ai sensi dell'art. 32 della Legge 18 giugno 2009, n. 69, e che contro di essa non sono pervenuti reclami od opposizioni.")
for l in simpleSplit(txt, "Helvetica", 10, 451): c.drawString(72, y, l); y -= 14
c.drawString(72, y - 20, "Bessude, 02/05/2026"); c.drawCentredString(420, y - 20, "IL RESPONSABILE DELLA PUBBLICAZIONE"); c.drawCentredString(420, y - 34, "Maria Antonietta Pinna")
c.beginForm("grid"); c.setFont("Helvetica-Bold", 10)
for i, (l, v) in enumerate(rows):
    c.setFillColorRGB(.88, .88, .88); c.rect(72, top - (i + 1) * rh, 150, rh, fill=1, stroke=1); c.setFillColorRGB(0, 0, 0)
    c.rect(222, top - (i + 1) * rh, 301, rh); c.drawString(78, top - i * rh - 15, l)
c.endForm()
c.beginForm("head"); c.setFont("Helvetica-Bold", 16); c.drawCentredString(W / 2, 790, "COMUNE DI BESSUDE"); c.setFont("Helvetica", 10)
c.drawCentredString(W / 2, 775, "Provincia di Sassari"); c.drawCentredString(W / 2, 762, "Ufficio Segreteria – Albo Pretorio"); c.line(72, 752, 523, 752)
c.setFont("Helvetica-Bold", 13); c.drawCentredString(W / 2, 700, "CERTIFICATO DI PUBBLICAZIONE"); c.endForm()
c.doForm("grid"); c.doForm("head"); c.showPage(); c.save()
