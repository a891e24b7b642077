import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
W,H=A4; c=canvas.Canvas(sys.argv[1],pagesize=A4); c.setCreator("APKappa Hypersic"); c.setProducer("Hypersic Albo 6.1")
# stamp-like box as a Form XObject, drawn FIRST (before the letterhead) and rotated a few degrees
c.beginForm("stamp")
c.setStrokeColorRGB(.55,0,0); c.setFillColorRGB(.55,0,0); c.setLineWidth(2); c.roundRect(0,0,300,150,10); c.setLineWidth(.8); c.roundRect(5,5,290,140,8)
c.setFont("Helvetica-Bold",11); c.drawCentredString(150,126,"COMUNE DI ZAVATTARELLO")
c.setFont("Helvetica",8); c.drawCentredString(150,114,"Provincia di Pavia - ALBO PRETORIO ON LINE")
c.setFont("Helvetica-Bold",10); c.drawCentredString(150,96,"PUBBLICATO")
c.setFont("Helvetica",9)
c.drawString(16,78,"Reg. pubbl. n. 158/2026"); c.drawString(16,64,"dal 27/04/2026 al 12/05/2026")
c.drawString(16,50,"Atto: Decreto del Sindaco n. 4 del 24/04/2026")
c.drawString(16,36,"Zavattarello, 13/05/2026")
c.drawString(16,16,"Il Messo comunale: Luca Ferrari")
c.endForm()
c.beginForm("head")
c.setFont("Times-Bold",16); c.drawCentredString(W/2,H-70,"COMUNE DI ZAVATTARELLO"); c.setFont("Times-Roman",10); c.drawCentredString(W/2,H-84,"Provincia di Pavia - Piazza Dal Verme 1 - 27059 Zavattarello")
c.line(60,H-92,W-60,H-92); c.endForm()
c.saveState(); c.translate(250,250); c.rotate(6); c.doForm("stamp"); c.restoreState()
c.doForm("head")
# body text (drawn last)
t=c.beginText(60,H-130); t.setFont("Times-Bold",12); t.textLine("CERTIFICATO DI PUBBLICAZIONE"); t.setFont("Times-Roman",11); t.moveCursor(0,8)
for l in ["Atto pubblicato: Decreto del Sindaco n. 4 del 24/04/2026",
 "Oggetto: Nomina del Responsabile dell'Area Tecnica e conferimento dell'incarico di",
 "Elevata Qualificazione per il periodo 1 maggio 2026 - 30 aprile 2027.","",
 "Si certifica, su conforme attestazione del Messo comunale, che il decreto sopra indicato è",
 "stato affisso all'Albo Pretorio on line come risulta dal timbro in calce."]: t.textLine(l)
c.drawText(t)
c.save()
