# road-closure poster in large type; every glyph its own BT/Tm/Tj; Albo stamp rotated 90 degrees drawn first
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.pagesizes import A4
W, H = A4; c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("Kibernetes PDF Printer 2.1")
c.saveState(); c.translate(34, 250); c.rotate(90); c.setFont("Helvetica", 8)
c.drawString(0, 0, "ALBO PRETORIO ON LINE - Pubblicato dal 20/04/2026 al 04/05/2026 - Reg. n. 233/2026"); c.restoreState()
def glyphs(x, y, t, font, size, width=None):
    n = len(t); gap = 0
    if width:
        gap = (width - stringWidth(t, font, size)) / max(n - 1, 1)
    for ch in t:
        if ch != " ":
            c.beginText().textOut  # noqa
            to = c.beginText(); to.setFont(font, size); to.setTextOrigin(x, y); to.textOut(ch); c.drawText(to)
        x += stringWidth(ch, font, size) + gap
def centre(y, t, font, size):
    glyphs((W - stringWidth(t, font, size)) / 2, y, t, font, size)
centre(800, "COMUNE DI TOVO SAN GIACOMO", "Times-Bold", 20)
centre(782, "Provincia di Savona", "Times-Roman", 12)
c.setLineWidth(2); c.line(60, 772, W - 60, 772)
centre(735, "IL RESPONSABILE DEL SERVIZIO TECNICO", "Helvetica-Bold", 22)
centre(700, "AVVISA", "Helvetica-Bold", 30)
centre(655, "CHIUSURA AL TRAFFICO", "Helvetica-Bold", 40)
centre(612, "DI VIA BERNARDO CASTELLO", "Helvetica-Bold", 30)
centre(578, "(TRATTO DA PIAZZA DELLA CHIESA AL PONTE SUL PORA)", "Helvetica-Bold", 16)
y = 530
body = ["per lavori di rifacimento della condotta fognaria, dalle ore 7:00 di",
        "lunedì 27 aprile 2026 alle ore 19:00 di venerdì 8 maggio 2026",
        "è istituito il divieto di transito veicolare e pedonale e il divieto di",
        "sosta con rimozione forzata nel tratto sopra indicato.",
        "I veicoli diretti a Bardino Nuovo saranno deviati su via Roma e",
        "via Vittorio Veneto. Ai residenti è garantito l'accesso ai passi carrabili",
        "negli orari di sospensione del cantiere (ore 12:00-13:30)."]
for i, l in enumerate(body):
    glyphs(60, y, l, "Helvetica", 15, None if i in (3, 6) else W - 120); y -= 24
y -= 16
glyphs(60, y, "Ordinanza del Servizio Tecnico n. 14 del 17.04.2026", "Helvetica-Oblique", 12); y -= 40
glyphs(60, y, "Tovo San Giacomo, 18 aprile 2026", "Helvetica", 13)
glyphs(340, y - 40, "IL RESPONSABILE DEL SERVIZIO TECNICO", "Helvetica", 10)
glyphs(380, y - 56, "Arch. Simona Perata", "Helvetica", 12)
c.rect(18, 18, W - 36, H - 36); c.showPage(); c.save()
