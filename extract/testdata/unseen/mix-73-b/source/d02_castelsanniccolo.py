# Certificate of publication printed as the detached last page (4/4) of C.C. deliberation 7/2026.
# reportlab: letterhead and running foot are Form XObjects, drawn after the body; rotated Albo stamp.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setCreator("Halley PA - Stampa Atti"); c.setProducer("Halley Informatica PDF 4.1")
c.setTitle("Certificato di pubblicazione CC 7/2026")
# body first (out of reading order)
y = 640
c.setFont("Times-Bold", 13); c.drawCentredString(W/2, y, "CERTIFICATO DI PUBBLICAZIONE"); y -= 30
c.setFont("Times-Roman", 11.5)
lines = [
 "Deliberazione del Consiglio comunale n. 7 del 27/03/2026",
 "Oggetto: Approvazione dello schema di convenzione per la gestione associata del servizio di",
 "Segreteria comunale con i Comuni di Montemignaio e Ortignano Raggiolo.",
 "",
 "Il sottoscritto Segretario comunale, visti gli atti d'ufficio,",
]
for l in lines:
    c.drawString(72, y, l); y -= 16
y -= 6
c.setFont("Times-Bold", 12); c.drawCentredString(W/2, y, "ATTESTA"); y -= 22
c.setFont("Times-Roman", 11.5)
for l in [
 "che la presente deliberazione è stata pubblicata all'Albo Pretorio on line di questo Comune",
 "in data 31/03/2026, al n. 214 del Registro delle pubblicazioni, e vi rimarrà per quindici giorni",
 "consecutivi, fino al 15/04/2026, ai sensi dell'art. 124, comma 1, del D.Lgs. 267/2000;",
 "",
 "che la stessa è stata dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4,",
 "del D.Lgs. 267/2000.",
 "",
 "Castel San Niccolò, 31/03/2026",
]:
    c.drawString(72, y, l); y -= 16
c.drawCentredString(400, y-20, "IL SEGRETARIO COMUNALE")
c.drawCentredString(400, y-36, "dott.ssa Elena Marri")
c.setFont("Times-Italic", 9); c.drawCentredString(400, y-50, "(firmato digitalmente ai sensi del D.Lgs. 82/2005)")
# Form XObjects
c.beginForm("head")
c.setFont("Times-Bold", 14); c.drawCentredString(W/2, H-60, "COMUNE DI CASTEL SAN NICCOLÒ")
c.setFont("Times-Roman", 10); c.drawCentredString(W/2, H-75, "Provincia di Arezzo")
c.setFont("Helvetica", 8); c.drawString(72, H-100, "Deliberazione C.C. n. 7 del 27/03/2026")
c.drawRightString(W-72, H-100, "segue")
c.line(72, H-105, W-72, H-105)
c.endForm()
c.beginForm("foot")
c.line(72, 60, W-72, 60); c.setFont("Helvetica", 8)
c.drawString(72, 48, "Documento informatico firmato digitalmente – copia conforme all'originale")
c.drawRightString(W-72, 48, "Pag. 4 di 4")
c.endForm()
c.doForm("foot"); c.doForm("head")
# rotated stamp
c.saveState(); c.translate(40, 250); c.rotate(90)
c.setStrokeColorRGB(0.1, 0.2, 0.6); c.setFillColorRGB(0.1, 0.2, 0.6)
c.rect(0, -6, 300, 26); c.setFont("Helvetica-Bold", 9)
c.drawString(8, 10, "ALBO PRETORIO ON LINE"); c.setFont("Helvetica", 8)
c.drawString(8, 0, "Reg. pubbl. n. 214 – dal 31/03/2026 al 15/04/2026")
c.restoreState()
c.showPage(); c.save()
