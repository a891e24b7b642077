# certificate of publication; letterhead and foot are Form XObjects; signature and attestation drawn before the heading
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
W, H = A4; c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.beginForm("lh"); c.setFont("Times-Bold", 17); c.drawCentredString(W/2, 800, "COMUNE DI STAZZEMA")
c.setFont("Times-Italic", 10.5); c.drawCentredString(W/2, 785, "Provincia di Lucca – Medaglia d'Oro al Valor Militare")
c.line(70, 776, W-70, 776); c.endForm()
c.beginForm("ft"); c.setFont("Helvetica", 7.5); c.drawCentredString(W/2, 40, "Piazza Europa 6 – 55040 Pontestazzemese (LU) – comune.stazzema@postacert.toscana.it"); c.endForm()
c.setFont("Helvetica", 10.5)
c.drawString(330, 330, "IL MESSO COMUNALE"); c.drawString(338, 315, "Andrea Bertellotti")
c.drawString(70, 360, "Pontestazzemese, 30/04/2026")
lines = ["Il sottoscritto Messo comunale ATTESTA che la determinazione sopra indicata è stata",
         "pubblicata all'Albo Pretorio on line di questo Comune dal 15/04/2026 al 30/04/2026",
         "(registro delle pubblicazioni n. 412/2026), per quindici giorni consecutivi."]
y = 450
for l in lines: c.drawString(70, y, l); y -= 15
c.doForm("ft"); c.doForm("lh")
c.setFont("Helvetica-Bold", 14); c.drawCentredString(W/2, 735, "ATTESTAZIONE DI AVVENUTA PUBBLICAZIONE")
c.setFont("Helvetica", 10.5)
c.drawString(70, 690, "Determinazione del Responsabile dell'Area Tecnica"); c.drawString(70, 673, "Reg. Gen. n. 118 del 13/04/2026 – Reg. Sett. n. 41")
c.setFont("Helvetica-Bold", 10.5); c.drawString(70, 645, "OGGETTO:")
c.setFont("Helvetica", 10.5)
c.drawString(130, 645, "Lavori di ripristino della strada comunale di Farnocchia danneggiata dagli eventi")
c.drawString(130, 630, "meteorologici di novembre 2025. Affidamento diretto e impegno di spesa.")
c.drawString(130, 615, "CIG B9F2C07A41.")
c.showPage(); c.save()
