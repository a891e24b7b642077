# Ceppaloni: attestazione di pubblicazione; every glyph its own Tm+Tj, Albo stamp rotated 90 deg
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setCreator("Kibernetes PDF Printer 2.1"); c.setProducer("Kibernetes PDF Printer 2.1")
W, H = A4
def glyphs(x, y, s, font="Times-Roman", size=11, extra=0.0):
    for ch in s:
        t = c.beginText(); t.setTextOrigin(x, y); t.setFont(font, size); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + extra + (1.2 if ch == " " and extra else 0)
def center(y, s, font, size, extra=0):
    w = sum(stringWidth(ch, font, size) + extra for ch in s); glyphs((W - w) / 2, y, s, font, size, extra)
# stamp first, rotated in the left margin
c.saveState(); c.setFillGray(0.45); c.translate(32, 200); c.rotate(90)
glyphs(0, 0, "ALBO PRETORIO ON LINE - Comune di Ceppaloni - Reg. pubbl. n. 96/2026", "Helvetica", 8); c.restoreState()
center(800, "COMUNE DI CEPPALONI", "Times-Bold", 17, 1.5)
center(784, "Provincia di Benevento", "Times-Italic", 11)
center(770, "Piazza Municipio, 1 - 82010 Ceppaloni (BN) - Servizio Segreteria", "Times-Roman", 9)
c.line(70, 762, W - 70, 762)
center(720, "ATTESTAZIONE DI PUBBLICAZIONE", "Times-Bold", 14, 2.5)
y = 680
lines = [
 ("Times-Roman", "Il sottoscritto Responsabile del Servizio Segreteria, visti gli atti d'ufficio,"),
 ("Times-Bold", "A T T E S T A"),
 ("Times-Roman", "che la deliberazione della Giunta Comunale n. 14 del 3.2.2026, avente ad oggetto:"),
 ("Times-Italic", "Concessione in comodato d'uso gratuito dei locali dell'ex scuola elementare di frazione"),
 ("Times-Italic", "Beltiglio all'Associazione \"Amici di Beltiglio\" per attività culturali e ricreative."),
 ("Times-Roman", "è stata pubblicata all'Albo Pretorio on line di questo Comune, ai sensi dell'art. 124,"),
 ("Times-Roman", "comma 1, del D.Lgs. 18 agosto 2000, n. 267 e dell'art. 32 della Legge 18 giugno 2009,"),
 ("Times-Roman", "n. 69, per quindici giorni consecutivi dal 5.2.2026 al 20.2.2026, al n. 96 del Registro"),
 ("Times-Roman", "delle pubblicazioni, senza opposizioni o reclami."),
]
for f, s in lines:
    if s.startswith("A T T"): center(y, s, f, 12); y -= 26; continue
    glyphs(72, y, s, f, 11.5); y -= 18
y -= 20
glyphs(72, y, "Ceppaloni, lì 23.2.2026", "Times-Roman", 11.5)
glyphs(340, y - 30, "IL RESPONSABILE DEL SERVIZIO", "Times-Bold", 10.5)
glyphs(360, y - 46, "dott. Carmine Iannotti", "Times-Italic", 11)
glyphs(330, y - 60, "(firma autografa sostituita a mezzo stampa", "Times-Roman", 8)
glyphs(330, y - 70, "ai sensi dell'art. 3, c. 2, D.Lgs. 39/1993)", "Times-Roman", 8)
c.setFont("Helvetica", 7); c.drawCentredString(W / 2, 40, "Comune di Ceppaloni - tel. 0824 46031 - PEC protocollo.ceppaloni@pec.it - C.F. 80002350626")
c.showPage(); c.save()
