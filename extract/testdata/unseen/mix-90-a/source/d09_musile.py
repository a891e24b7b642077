# reportlab: letterhead and foot as Form XObjects; Albo stamp rotated 90 degrees; body drawn before heading
import sys
from reportlab.pdfgen import canvas
c = canvas.Canvas(sys.argv[1], pagesize=(595, 842)); c.setProducer("Halley PA - Stampa Certificati 5.1")
c.beginForm("head"); c.setFont("Helvetica-Bold", 14); c.drawCentredString(297, 790, "COMUNE DI MUSILE DI PIAVE")
c.setFont("Helvetica", 9); c.drawCentredString(297, 777, "Città Metropolitana di Venezia - Piazza XVIII Giugno, 1 - 30024 Musile di Piave (VE)")
c.line(60, 770, 535, 770); c.endForm()
c.beginForm("foot"); c.setFont("Helvetica", 7); c.drawCentredString(297, 40, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i."); c.endForm()
c.doForm("foot")
# body first
t = c.beginText(70, 600); t.setFont("Helvetica", 10.5); t.setLeading(16)
for l in ["Il sottoscritto Responsabile del Servizio Segreteria, visti gli atti d'ufficio,",
          "", "ATTESTA", "",
          "che copia della deliberazione della Giunta Comunale n. 33 del 18/03/2026, avente ad oggetto:",
          "", "", "", "è stata pubblicata all'Albo Pretorio on line di questo Comune al n. 412 del Registro delle",
          "Pubblicazioni per quindici giorni consecutivi dal 20/03/2026 al 04/04/2026, ai sensi dell'art. 124,",
          "comma 1, del D.Lgs. 18 agosto 2000, n. 267, e che contro di essa non sono pervenuti reclami.",
          "", "Musile di Piave, 07/04/2026"]:
    t.textLine(l)
c.drawText(t)
c.setFont("Helvetica-Bold", 10.5)
c.drawString(85, 504, "\"Approvazione del piano delle alienazioni e valorizzazioni immobiliari per il triennio")
c.drawString(85, 488, "2026-2028.\"")
c.drawString(360, 350, "IL RESPONSABILE DEL SERVIZIO"); c.setFont("Helvetica", 10.5); c.drawString(385, 334, "dott.ssa Marta Pavan")
c.doForm("head")
c.setFont("Helvetica-Bold", 13); c.drawCentredString(297, 680, "CERTIFICATO DI AVVENUTA PUBBLICAZIONE")
c.saveState(); c.translate(40, 300); c.rotate(90); c.setFillColorRGB(0.1, 0.2, 0.6); c.setFont("Helvetica-Bold", 9)
c.drawString(0, 0, "ALBO PRETORIO ON LINE - REG. PUBBL. N. 412/2026"); c.restoreState()
c.showPage(); c.save()
