# certificate of publication, Comune di Preone (UD): reportlab, one glyph per Tm+Tj, rotated stamp in the margin
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setCreator("Kibernetes PDF Printer 2.1"); W, H = A4
def glyphs(x, y, s, font="Times-Roman", size=11, width=None):
    gap = 0
    if width and s.count(" "): gap = (width - stringWidth(s, font, size)) / s.count(" ")
    for ch in s:
        t = c.beginText(); t.setTextOrigin(x, y); t.setFont(font, size); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + (gap if ch == " " else 0)
def block(y, text, width=440):
    from rlutil import wrap
    ls = wrap(text, "Times-Roman", 11, width)
    for i, l in enumerate(ls): glyphs(80, y, l, width=width if i < len(ls)-1 else None); y -= 15
    return y
c.saveState(); c.translate(40, 250); c.rotate(90); c.setFont("Helvetica-Bold", 9); c.setFillGray(0.4)
c.drawString(0, 0, "ALBO PRETORIO ON LINE – COMUNE DI PREONE – REG. PUBBL. N. 64/2026"); c.restoreState()
glyphs(215, H-70, "COMUNE DI PREONE", "Times-Bold", 17)
glyphs(205, H-88, "Regione Autonoma Friuli Venezia Giulia", "Times-Italic", 10.5)
glyphs(150, H-130, "CERTIFICATO DI PUBBLICAZIONE", "Times-Bold", 15)
y = block(H-170, "Deliberazione della Giunta comunale n. 12 del 10/03/2026")
y = block(y-6, "Oggetto: Approvazione del piano di taglio del bosco comunale di Pani per la stagione silvana 2026.")
y = block(y-14, "Il sottoscritto Responsabile delle pubblicazioni certifica che copia della deliberazione sopra indicata è stata pubblicata all'Albo pretorio on line di questo Comune per quindici giorni consecutivi dal 12/03/2026 al 27/03/2026, ai sensi dell'art. 1, comma 15, della L.R. 21/2003, e che contro di essa non sono pervenute opposizioni o reclami.")
y = block(y-14, "Preone, 28/03/2026")
glyphs(330, y-30, "IL RESPONSABILE DELLE PUBBLICAZIONI", "Times-Roman", 10)
glyphs(360, y-46, "Sabrina Cimenti", "Times-Italic", 11)
c.save()
