# Comune di Zoppè di Cadore (BL): certificate of publication; every glyph its own Tm+Tj, rotated Albo stamp
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.pagesizes import A4
c = canvas.Canvas(sys.argv[1], pagesize=A4, pageCompression=0); c.setProducer("Halley PDF Stampe 6.0"); c.setCreator("Halley Informatica - Albo")
W, H = A4
def glyphs(x, y, s, font="Times-Roman", size=11, width=None):
    words = s.split(" "); nat = stringWidth(s, font, size)
    extra = (width - nat) / max(1, len(words) - 1) if width else 0
    for i, ch in enumerate(s):
        t = c.beginText(); t.setFont(font, size); t.setTextOrigin(x, y); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + (extra if ch == " " else 0)
def para(y, lines, font="Times-Roman", size=11):
    for i, l in enumerate(lines):
        glyphs(70, y, l, font, size, 455 if i < len(lines) - 1 else None); y -= 16
    return y - 6
glyphs(200, H - 70, "COMUNE DI ZOPPÈ DI CADORE", "Times-Bold", 15)
glyphs(245, H - 88, "Provincia di Belluno", "Times-Italic", 11)
glyphs(170, H - 130, "CERTIFICATO DI PUBBLICAZIONE", "Times-Bold", 14)
y = para(H - 170, ["Deliberazione della Giunta comunale n. 9 del 02/03/2026",], "Times-Bold")
y = para(y, ["Oggetto: Approvazione del piano di manutenzione ordinaria dei sentieri comunali del", "Monte Pelmo per l'anno 2026."], "Times-Bold")
y = para(y, ["Il sottoscritto Segretario comunale, visti gli atti d'ufficio, certifica che copia della",
             "presente deliberazione viene pubblicata all'Albo Pretorio on line di questo Comune per",
             "quindici giorni consecutivi dal 04/03/2026 al 19/03/2026 (n. 47 del Registro delle",
             "pubblicazioni), ai sensi dell'art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267."])
y = para(y, ["Zoppè di Cadore, 04/03/2026"])
glyphs(330, y - 10, "IL SEGRETARIO COMUNALE", "Times-Bold", 11)
glyphs(335, y - 28, "dott.ssa Erminia Lazzaris", "Times-Italic", 11)
c.saveState(); c.translate(40, 260); c.rotate(90); c.setFillColorRGB(0.2, 0.2, 0.6)
t = c.beginText(); t.setFont("Helvetica", 8); t.setTextOrigin(0, 0); t.textOut("ALBO PRETORIO ON LINE - Reg. n. 47/2026 - affisso il 04/03/2026"); c.drawText(t); c.restoreState()
c.showPage(); c.save()
