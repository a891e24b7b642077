# Ghemme: certificate of publication. Letterhead is a Form XObject; the Albo stamp is rotated 90 degrees
# in the right margin; the filled-in values are drawn after the labels, out of reading order.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
W, H = A4; L = 70
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Attestazione di pubblicazione"); c.setCreator("Sistemi Informativi Civilia Next")
c.beginForm("carta"); c.setFont("Helvetica-Bold", 15); c.drawCentredString(W / 2, H - 60, "COMUNE DI GHEMME")
c.setFont("Helvetica", 8.5); c.drawCentredString(W / 2, H - 74, "Provincia di Novara – Piazza Castello 21 – 28074 Ghemme (NO) – PEC: ghemme@pec.comune.ghemme.no.it")
c.setLineWidth(1.2); c.line(L, H - 84, W - L, H - 84); c.endForm()
c.doForm("carta")
c.setFont("Helvetica-Bold", 12.5); c.drawCentredString(W / 2, H - 130, "ATTESTAZIONE DI PUBBLICAZIONE")
labels = [(H - 180, "Atto:"), (H - 200, "Numero:"), (H - 220, "Data adozione:"), (H - 240, "Oggetto:"), (H - 300, "Registro Albo n.:"), (H - 320, "Pubblicato dal:"), (H - 340, "al:")]
values = [(H - 340, "17/03/2026"), (H - 320, "02/03/2026"), (H - 300, "211"), (H - 200, "4"), (H - 180, "DELIBERAZIONE DEL CONSIGLIO COMUNALE"), (H - 220, "23/02/2026")]
c.setFont("Helvetica", 10)
for yy, v in values: c.drawString(L + 110, yy, v)
c.setFont("Helvetica-Bold", 10)
for yy, t in labels: c.drawString(L, yy, t)
t = c.beginText(L + 110, H - 240); t.setFont("Helvetica", 10); t.setLeading(13)
for ln in ["APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA CONCESSIONE IN", "USO DEGLI ORTI URBANI DI VIA ROMAGNANO E VIA BORGOMANERO."]: t.textLine(ln)
c.drawText(t)
t = c.beginText(L, H - 390); t.setFont("Helvetica", 10.5); t.setLeading(15)
for ln in ["Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,",
           "", "ATTESTA", "",
           "che la deliberazione sopra indicata è stata pubblicata all'Albo Pretorio on line di",
           "questo Comune per quindici giorni consecutivi, dal 02/03/2026 al 17/03/2026, ai sensi",
           "dell'art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267 e dell'art. 32 della",
           "Legge 18 giugno 2009, n. 69, e che contro di essa non sono pervenuti reclami od opposizioni.",
           "", "Ghemme, 18/03/2026"]: t.textLine(ln)
c.drawText(t)
c.setFont("Helvetica-Bold", 10); c.drawCentredString(W - 170, H - 560, "IL RESPONSABILE DELLA PUBBLICAZIONE")
c.setFont("Helvetica", 10); c.drawCentredString(W - 170, H - 575, "Laura Ronchetti")
c.setFont("Helvetica-Oblique", 8); c.drawCentredString(W - 170, H - 588, "(documento firmato digitalmente)")
c.saveState(); c.translate(W - 34, 250); c.rotate(90); c.setStrokeColorRGB(0.1, 0.3, 0.6); c.setFillColorRGB(0.1, 0.3, 0.6)
c.rect(0, -6, 330, 22); c.setFont("Helvetica-Bold", 8.5); c.drawString(8, 2, "ALBO PRETORIO ON LINE – COMUNE DI GHEMME – REG. N. 211/2026"); c.restoreState()
c.setFont("Helvetica", 7); c.drawCentredString(W / 2, 40, "Codice Amministrazione Digitale – D.Lgs. 82/2005")
c.save()
