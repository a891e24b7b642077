# Comune di Grosotto - determinazione; reportlab, letterhead/footer as Form XObjects, blocks drawn out of reading order
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
out = sys.argv[1]; c = canvas.Canvas(out, pagesize=A4); W, H = A4
c.setCreator("Maggioli Sicraweb"); c.setTitle("Determinazione R.G. 61/2026")
st = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, alignment=4)
def box(txt, x, ytop, w, style=st):
    p = Paragraph(txt, style); _, h = p.wrap(w, 1000); p.drawOn(c, x, ytop - h); return ytop - h
c.beginForm("head"); c.setFont("Helvetica-Bold", 14); c.drawString(60, H-55, "COMUNE DI GROSOTTO")
c.setFont("Helvetica", 8.5); c.drawString(60, H-67, "Provincia di Sondrio – Via Statale 73 – 23034 Grosotto (SO)")
c.line(60, H-74, W-60, H-74); c.endForm()
c.beginForm("foot"); c.setFont("Helvetica", 7); c.drawString(60, 30, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 – Sicraweb")
c.drawRightString(W-60, 30, "Pagina 1 di 1"); c.endForm()
# signature and dispositive part first, then heading/grid, then head and foot XObjects
y = 300
box("IL RESPONSABILE DEL SERVIZIO<br/>Dott.ssa Erica Pedrotti", 330, 170, 200, ParagraphStyle("s", parent=st, alignment=1))
yy = 330
for t in ["1. di liquidare alla Comunità Montana Valtellina di Tirano la quota associativa per l'anno 2026 pari a euro 6.218,40;",
          "2. di imputare la spesa al capitolo 1080 del bilancio 2026;",
          "3. di trasmettere il presente atto al Servizio finanziario per l'emissione del mandato di pagamento."]:
    yy = box(t, 60, yy, W-120) - 4
c.setFont("Helvetica-Bold", 10); c.drawCentredString(W/2, 345, "DETERMINA")
box("Vista la nota della Comunità Montana Valtellina di Tirano prot. n. 1920 del 20/02/2026 con la quale è stata comunicata la quota a carico del Comune per l'esercizio 2026; richiamato lo statuto dell'Ente; visto l'art. 184 del D.Lgs. 267/2000;", 60, 420, W-120)
c.setFont("Helvetica-Bold", 10); c.drawCentredString(W/2, 440, "IL RESPONSABILE DEL SERVIZIO FINANZIARIO")
# label grid
rows = [("Area", "AREA ECONOMICO-FINANZIARIA"), ("Servizio", "Ragioneria e tributi"), ("Reg. Gen.", "61"), ("Reg. Area", "9"), ("Data", "13/03/2026")]
y = H - 130
c.setFont("Helvetica-Bold", 12); c.drawCentredString(W/2, H-105, "DETERMINAZIONE")
for k, v in rows:
    c.rect(60, y-5, 110, 17); c.rect(170, y-5, W-230, 17)
    c.setFont("Helvetica-Bold", 9); c.drawString(65, y, k); c.setFont("Helvetica", 9.5); c.drawString(176, y, v); y -= 17
box("<b>OGGETTO:</b> Liquidazione quota associativa anno 2026 alla Comunità Montana Valtellina di Tirano.", 60, y - 10, W-120)
c.doForm("foot"); c.doForm("head")
c.save()
