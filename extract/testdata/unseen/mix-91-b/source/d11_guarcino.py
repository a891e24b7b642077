# reportlab canvas: letterhead and footer as Form XObjects; signature and body drawn before the heading (out of reading order)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
out = sys.argv[1]
c = canvas.Canvas(out, pagesize=A4); c.setProducer("Kibernetes Albo Online 3.4"); c.setTitle("Certificato di pubblicazione")
W, H = A4
c.beginForm("head"); c.setFont("Helvetica-Bold", 15); c.drawCentredString(W / 2, 790, "COMUNE DI GUARCINO")
c.setFont("Helvetica", 9.5); c.drawCentredString(W / 2, 776, "Provincia di Frosinone - Piazza Italia 1 - 03016 Guarcino"); c.line(60, 768, W - 60, 768); c.endForm()
c.beginForm("foot"); c.setFont("Helvetica-Oblique", 7.5); c.drawCentredString(W / 2, 30, "Servizio Albo Pretorio on line - documento generato automaticamente"); c.endForm()
def wrap(txt, x, y, width, font="Helvetica", size=10.5, lead=15):
    words = txt.split(); line = ""
    for w in words:
        if stringWidth(line + " " + w, font, size) > width and line:
            c.setFont(font, size); c.drawString(x, y, line); y -= lead; line = w
        else: line = (line + " " + w).strip()
    c.setFont(font, size); c.drawString(x, y, line); return y - lead
# signature first
c.setFont("Helvetica-Bold", 10); c.drawString(330, 430, "IL SEGRETARIO COMUNALE"); c.setFont("Helvetica", 10); c.drawString(330, 415, "dott. Enrico Paniccia")
c.drawString(70, 430, "Guarcino, 25/03/2026")
# body
y = wrap("Il sottoscritto Segretario Comunale, visti gli atti d'ufficio,", 70, 640, W - 140)
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W / 2, y - 4, "A T T E S T A"); y -= 24
y = wrap("che la deliberazione della Giunta Comunale n. 16 del 23/03/2026, avente ad oggetto:", 70, y, W - 140)
y = wrap("Approvazione del Piano di protezione civile comunale - aggiornamento 2026.", 90, y, W - 180, "Helvetica-Bold")
y = wrap("è stata pubblicata in data odierna all'Albo Pretorio on line del Comune, ove rimarrà per quindici giorni consecutivi, dal 25/03/2026 al 09/04/2026 (registro pubblicazioni n. 211), ai sensi dell'art. 124, comma 1, del D.Lgs. 267/2000, ed è stata contestualmente comunicata ai capigruppo consiliari ai sensi dell'art. 125.", 70, y - 4, W - 140)
y = wrap("La deliberazione è stata dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", 70, y - 4, W - 140)
# heading last
c.setFont("Helvetica-Bold", 13); c.drawCentredString(W / 2, 700, "CERTIFICATO DI PUBBLICAZIONE")
c.setFont("Helvetica", 9); c.drawCentredString(W / 2, 686, "(art. 124 del D.Lgs. 18 agosto 2000, n. 267)")
c.doForm("foot"); c.doForm("head")
c.save()
