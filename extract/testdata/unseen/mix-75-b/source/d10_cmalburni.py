# Comunità Montana Alburni: certificate of publication of a determinazione. Letterhead and footer are
# Form XObjects; the signature block and the act grid are drawn before the heading (out of reading order);
# a rotated "COPIA CONFORME" stamp. reportlab.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
out = sys.argv[1]; W, H = A4
c = canvas.Canvas(out, pagesize=A4)
c.setProducer("Halley PDF Service 5.0"); c.setTitle("Certificato di pubblicazione")
L, R = 60, W - 60
c.beginForm("head")
c.setFont("Helvetica-Bold", 14); c.drawCentredString(W / 2, H - 56, "COMUNITÀ MONTANA ALBURNI")
c.setFont("Helvetica", 8.5); c.drawCentredString(W / 2, H - 70, "Via Piave, 1 – 84020 Controne (SA) – Provincia di Salerno")
c.drawCentredString(W / 2, H - 81, "C.F. 82003450650 – PEC protocollo@pec.cmalburni.it")
c.setLineWidth(1.2); c.line(L, H - 88, R, H - 88)
c.endForm()
c.beginForm("foot")
c.setLineWidth(0.4); c.line(L, 52, R, 52)
c.setFont("Helvetica", 7); c.drawCentredString(W / 2, 42, "Servizio Segreteria – Albo pretorio on line – modello CP/03")
c.endForm()
# signature block first
c.setFont("Helvetica", 10)
c.drawString(R - 200, 190, "Controne, 27/03/2026")
c.drawString(R - 200, 170, "IL RESPONSABILE DELLA PUBBLICAZIONE")
c.setFont("Helvetica-Bold", 10); c.drawString(R - 200, 156, "sig. Nicola Pecora")
# act grid
gy = H - 180
rows = [("Tipo atto", "Determinazione del Responsabile del Settore Tecnico"), ("Numero", "36"),
        ("Data", "09/03/2026"), ("Registro pubblicazioni", "n. 142 / 2026")]
c.setLineWidth(0.6)
for i, (a, b) in enumerate(rows):
    y = gy - i * 20
    c.rect(L, y - 6, 150, 20); c.rect(L + 150, y - 6, R - L - 150, 20)
    c.setFont("Helvetica-Bold", 9.5); c.drawString(L + 6, y, a)
    c.setFont("Helvetica", 10); c.drawString(L + 156, y, b)
y = gy - 4 * 20
c.rect(L, y - 46, 150, 40); c.rect(L + 150, y - 46, R - L - 150, 40)
c.setFont("Helvetica-Bold", 9.5); c.drawString(L + 6, y - 20, "Oggetto")
c.setFont("Helvetica", 10)
for j, ln in enumerate(simpleSplit("Lavori di consolidamento del costone roccioso in località Grotta di Castelcivita – Approvazione dello stato finale e del certificato di regolare esecuzione.", "Helvetica", 10, R - L - 162)):
    c.drawString(L + 156, y - 18 - j * 12, ln)
# heading and text last
c.doForm("head"); c.doForm("foot")
c.setFont("Helvetica-Bold", 13); c.drawCentredString(W / 2, H - 125, "CERTIFICATO DI PUBBLICAZIONE")
c.setFont("Helvetica", 9.5); c.drawCentredString(W / 2, H - 140, "(art. 124 D.Lgs. 18 agosto 2000, n. 267 – art. 32 L. 69/2009)")
ty = y - 80
c.setFont("Helvetica", 10.5)
for ln in simpleSplit("Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio, CERTIFICA che copia della determinazione sopra indicata è stata pubblicata all'Albo pretorio on line di questo Ente per quindici giorni consecutivi, dal 10/03/2026 al 25/03/2026, e che contro di essa non sono pervenuti reclami od opposizioni.", "Helvetica", 10.5, R - L):
    c.drawString(L, ty, ln); ty -= 15
# rotated stamp
c.saveState(); c.translate(130, 240); c.rotate(24)
c.setStrokeColorRGB(0.7, 0.1, 0.1); c.setFillColorRGB(0.7, 0.1, 0.1); c.setLineWidth(1.5)
c.roundRect(0, 0, 150, 34, 6); c.setFont("Helvetica-Bold", 12); c.drawCentredString(75, 12, "COPIA CONFORME")
c.restoreState()
c.showPage(); c.save()
