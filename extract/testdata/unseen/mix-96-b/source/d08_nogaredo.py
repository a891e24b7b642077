# reportlab: each glyph its own Tm+Tj; publication stamp rotated 90 deg in the left margin
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=(595, 842)); c.setProducer("Kibernetes PDF Printer 2.1")
y = 780
def glyphs(t, x, font="Times-Roman", size=11):
    for ch in t:
        to = c.beginText(); to.setFont(font, size); to.setTextOrigin(x, y); to.textOut(ch); c.drawText(to)
        x += stringWidth(ch, font, size)
def para(t, font="Times-Roman", size=11, W=440):
    global y
    cur = ""
    for w in t.split():
        if stringWidth(cur + " " + w, font, size) > W and cur: glyphs(cur, 90, font, size); y -= 16; cur = w
        else: cur = (cur + " " + w).strip()
    glyphs(cur, 90, font, size); y -= 22
para("COMUNE DI NOGAREDO", "Times-Bold", 15); y += 6
para("Provincia autonoma di Trento", "Times-Italic", 10)
para("CERTIFICATO DI PUBBLICAZIONE", "Times-Bold", 13)
para("Deliberazione del Consiglio comunale n. 6 del 05/03/2026")
para("Oggetto: Approvazione del Piano di classificazione acustica del territorio comunale ai sensi della L.P. 18 marzo 1991, n. 6.")
para("Il sottoscritto Segretario comunale certifica che copia della presente deliberazione è stata pubblicata all'Albo pretorio telematico del Comune il giorno 09/03/2026, ove rimarrà affissa per dieci giorni consecutivi, ai sensi dell'art. 183, comma 1, della L.R. 3 maggio 2018, n. 2.")
para("Nogaredo, 09/03/2026")
para("IL SEGRETARIO COMUNALE - dott.ssa Ornella Baldessari")
c.saveState(); c.translate(50, 300); c.rotate(90); c.setFont("Helvetica-Bold", 9)
c.drawString(0, 0, "ALBO PRETORIO ON LINE - REG. PUBBL. N. 142/2026 - AFFISSO IL 09/03/2026"); c.restoreState()
c.save()
