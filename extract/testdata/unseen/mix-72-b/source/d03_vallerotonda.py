# Relata di pubblicazione, Vallerotonda: reportlab, one glyph per Tm/Tj, rotated Albo stamp
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setCreator("Halley Informatica - Stampa atti")
W, H = A4
def glyphs(x, y, s, font="Helvetica", size=10.5):
    for ch in s:
        t = c.beginText(); t.setFont(font, size); t.setTextOrigin(x, y); t.textOut(ch); c.drawText(t); x += stringWidth(ch, font, size)
def centre(y, s, font, size): glyphs((W - stringWidth(s, font, size)) / 2, y, s, font, size)
centre(H - 60, "COMUNE DI VALLEROTONDA", "Helvetica-Bold", 15); centre(H - 76, "PROVINCIA DI FROSINONE", "Helvetica", 9)
c.line(60, H - 86, W - 60, H - 86)
centre(H - 130, "RELATA DI PUBBLICAZIONE", "Helvetica-Bold", 13)
y = H - 170
for s in ["Deliberazione della Giunta Comunale n. 23 del 9.3.2026",
          "Oggetto: Approvazione dello schema di convenzione con l'Associazione Pro Loco Vallerotonda",
          "per la gestione del punto di informazione turistica di Valvori – anno 2026.", "",
          "Il sottoscritto Messo Comunale, visti gli atti d'ufficio,", "",
          "ATTESTA", "",
          "che copia della deliberazione sopra indicata è stata pubblicata all'Albo Pretorio on line",
          "di questo Comune dal 12.3.2026 al 27.3.2026 per quindici giorni consecutivi, ai sensi",
          "dell'art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267, con il n. 214 del Registro",
          "delle pubblicazioni, e che contro di essa non sono pervenuti reclami od opposizioni.", "",
          "Vallerotonda, lì 28.3.2026"]:
    if s == "ATTESTA": centre(y, s, "Helvetica-Bold", 11)
    else: glyphs(70, y, s)
    y -= 16
glyphs(W - 240, y - 30, "IL MESSO COMUNALE"); glyphs(W - 240, y - 46, "Domenico Pittiglio")
c.saveState(); c.translate(38, 200); c.rotate(90); c.setStrokeColorRGB(0.2, 0.2, 0.6); c.setFillColorRGB(0.2, 0.2, 0.6)
c.rect(-6, -16, 330, 30); c.setFont("Helvetica-Bold", 9); c.drawString(0, 0, "ALBO PRETORIO ON LINE – REG. PUBBL. N. 214/2026"); c.setFont("Helvetica", 7); c.drawString(0, -10, "Comune di Vallerotonda – pubblicato il 12.3.2026"); c.restoreState()
c.save()
