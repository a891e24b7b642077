# Vallelonga: letter convening the Giunta Comunale. reportlab; letterhead and foot are Form XObjects;
# blocks drawn out of reading order (signature and agenda before the heading); protocol stamp rotated.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setProducer("Halley PDF Printer 3.4"); c.setTitle("Convocazione Giunta 27.3.2026")
c.beginForm("head")
c.setFont("Times-Bold", 17); c.drawCentredString(W / 2, H - 58, "COMUNE DI VALLELONGA")
c.setFont("Times-Italic", 10); c.drawCentredString(W / 2, H - 72, "Provincia di Vibo Valentia")
c.setFont("Times-Roman", 8.5); c.drawCentredString(W / 2, H - 84, "Via Roma, 1 – 89821 Vallelonga (VV) – PEC: protocollo.vallelonga@asmepec.it")
c.setLineWidth(1.2); c.line(50, H - 92, W - 50, H - 92)
c.endForm()
c.beginForm("foot")
c.setLineWidth(0.4); c.line(50, 48, W - 50, 48); c.setFont("Times-Roman", 7.5)
c.drawCentredString(W / 2, 37, "Ufficio di Segreteria – tel. 0963 000000 – Albo Pretorio on line del Comune di Vallelonga")
c.endForm()
c.doForm("foot")
st = ParagraphStyle("s", fontName="Times-Roman", fontSize=11.5, leading=15, alignment=TA_JUSTIFY)
def para(txt, x, ytop, w=W - 130):
    p = Paragraph(txt, st); _, h = p.wrap(w, 500); p.drawOn(c, x, ytop - h); return ytop - h
# signature first
c.setFont("Times-Bold", 11); c.drawCentredString(W - 160, 250, "IL SINDACO")
c.setFont("Times-Roman", 11); c.drawCentredString(W - 160, 235, "f.to dott. Nicola Iozzo")
# agenda next
ag = ["1. Approvazione del progetto esecutivo dei lavori di efficientamento energetico della pubblica illuminazione di via Garibaldi e via Montesanto;",
      "2. Concessione del patrocinio gratuito alla festa di San Nicola di Bari 2026;",
      "3. Autorizzazione alla costituzione in giudizio nel ricorso al TAR Calabria n. 211/2026;",
      "4. Varie ed eventuali."]
y = 470
for a in ag: y = para(a, 90, y, W - 155) - 4
# then the heading and opening
c.doForm("head")
c.setFont("Times-Roman", 11)
c.drawString(65, H - 120, "Prot. n. 1388"); c.drawRightString(W - 65, H - 120, "Vallelonga, 23 marzo 2026")
c.drawString(W - 260, H - 150, "Ai componenti della Giunta Comunale"); c.drawString(W - 260, H - 164, "Al Segretario Comunale"); c.drawString(W - 260, H - 178, "LORO SEDI")
c.setFont("Times-Bold", 11.5)
c.drawString(65, H - 215, "OGGETTO: Convocazione della Giunta Comunale – seduta del 27 marzo 2026.")
para("Ai sensi dell'art. 50 del D.Lgs. 18 agosto 2000, n. 267, e del vigente Regolamento sul funzionamento della Giunta, le SS.LL. sono convocate in seduta ordinaria presso la Sala Giunta della Casa Comunale per il giorno <b>venerdì 27 marzo 2026 alle ore 17:30</b>, per la trattazione del seguente", 65, H - 235)
c.drawString(65, H - 320, "ORDINE DEL GIORNO")
para("La documentazione relativa agli argomenti è depositata presso l'Ufficio di Segreteria a disposizione dei componenti.", 65, 320)
# protocol stamp, rotated
c.saveState(); c.translate(W - 32, 300); c.rotate(90); c.setFillColorRGB(0.55, 0.1, 0.1)
c.setFont("Helvetica-Bold", 8); c.drawString(0, 0, "COMUNE DI VALLELONGA – PROTOCOLLO IN USCITA N. 1388 DEL 23/03/2026"); c.restoreState()
c.showPage(); c.save()
