# Baiso: reportlab; letterhead is a Form XObject; the signature is drawn before the body (out of reading order)
import sys
from reportlab.pdfgen import canvas
c = canvas.Canvas(sys.argv[1], pagesize=(595, 842))
c.beginForm("lh"); c.setFont("Times-Bold", 15); c.drawCentredString(297, 790, "COMUNE DI BAISO")
c.setFont("Times-Italic", 10); c.drawCentredString(297, 776, "Provincia di Reggio Emilia – Segreteria Generale"); c.line(70, 768, 525, 768); c.endForm()
c.setFont("Times-Roman", 11); c.drawString(340, 420, "IL MESSO COMUNALE"); c.drawString(345, 405, "Giorgio Manfredini")
c.doForm("lh")
c.setFont("Times-Bold", 13); c.drawCentredString(297, 735, "ATTESTAZIONE DI AVVENUTA PUBBLICAZIONE")
c.setFont("Times-Roman", 11)
y = 700
for s in ["Si attesta che l'ordinanza sindacale n. 11 del 04/05/2026, avente ad oggetto:",
          "\u00abDivieto di abbruciamento di residui vegetali all'aperto su tutto il territorio comunale",
          "dal 1° giugno al 30 settembre 2026\u00bb",
          "è stata pubblicata all'Albo Pretorio on line di questo Comune al n. 298 del registro",
          "delle pubblicazioni, per quindici giorni consecutivi dal 05/05/2026 al 20/05/2026,",
          "senza opposizioni o reclami.", "", "Baiso, 21/05/2026"]:
    c.drawString(70, y, s); y -= 16
c.showPage(); c.save()
