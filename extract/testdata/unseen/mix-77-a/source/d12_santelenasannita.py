# Sant'Elena Sannita: certificate of publication of a determinazione, reportlab Courier form with underscores, Type-1 base fonts
import sys
from reportlab.pdfgen import canvas
c = canvas.Canvas(sys.argv[1], pagesize=(595, 842)); c.setProducer("PDFCreator 1.7.3 / Halley Albo")
c.setFont("Courier-Bold", 13); c.drawCentredString(297, 790, "COMUNE DI SANT'ELENA SANNITA")
c.setFont("Courier", 10); c.drawCentredString(297, 775, "Provincia di Isernia")
c.setFont("Courier-Bold", 12); c.drawCentredString(297, 735, "CERTIFICATO DI PUBBLICAZIONE")
y = 700
def line(label, val, blanks=40):
    global y
    c.setFont("Courier", 10); c.drawString(60, y, label); x = 60 + 6 * len(label)
    c.drawString(x, y - 2, "_" * blanks); c.setFont("Courier-Bold", 10); c.drawString(x + 4, y, val); y -= 22
line("Determinazione del Responsabile del Settore n. ", "33", 8)
line("del ", "06/03/2026", 14)
line("Settore: ", "AMMINISTRATIVO - Servizio Demografico", 48)
c.setFont("Courier", 10); c.drawString(60, y, "Oggetto:"); y -= 16
c.setFont("Courier-Bold", 10)
for l in ["Rimborso delle spese di notifica sostenute dal Comune", "di Isernia per atti notificati per conto dell'Ente -", "anno 2025."]:
    c.drawString(80, y, l); y -= 14
y -= 16; c.setFont("Courier", 10)
for l in ["Il sottoscritto Responsabile delle pubblicazioni, visti gli atti d'ufficio,",
          "                              CERTIFICA",
          "che copia della determinazione suindicata e' stata pubblicata all'Albo",
          "Pretorio on line di questo Comune per quindici giorni consecutivi",
          "dal 09/03/2026 al 24/03/2026, registro pubblicazioni n. 142."]:
    c.drawString(60, y, l); y -= 16
y -= 10; c.drawString(60, y, "Sant'Elena Sannita, li' 25/03/2026")
c.drawString(330, y - 40, "IL MESSO COMUNALE"); c.setFont("Courier-Oblique", 10); c.drawString(330, y - 56, "Giuseppina Carosella")
c.showPage(); c.save()
