# Attestazione di pubblicazione of San Casciano dei Bagni (SI): reportlab; letterhead, label grid and
# signature are Form XObjects, and the page draws them out of reading order (signature first).
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("Sicraweb Albo 5 – iText"); c.setTitle("Attestazione pubblicazione")
c.beginForm("firma"); c.setFont("Helvetica", 10); c.drawCentredString(430, 150, "IL RESPONSABILE DELLA PUBBLICAZIONE")
c.drawCentredString(430, 136, "dott. Niccolò Fanciulli"); c.setFont("Helvetica-Oblique", 8); c.drawCentredString(430, 124, "(documento firmato digitalmente)"); c.endForm()
c.beginForm("testata"); c.setFillColorRGB(0.45, 0.1, 0.1); c.rect(50, H - 95, W - 100, 48, fill=1, stroke=0); c.setFillColorRGB(1, 1, 1)
c.setFont("Helvetica-Bold", 16); c.drawString(62, H - 70, "COMUNE DI SAN CASCIANO DEI BAGNI"); c.setFont("Helvetica", 9); c.drawString(62, H - 85, "Provincia di Siena – Piazza Matteotti, 1 – 53040 San Casciano dei Bagni (SI)"); c.endForm()
rows = [("Registro pubblicazioni", "n. 198/2026"), ("Tipo atto", "Deliberazione della Giunta Comunale"), ("Numero atto", "19"), ("Data atto", "10/03/2026"),
        ("Oggetto", "Approvazione del progetto \"Terme libere di Bagno Grande\" per la manutenzione e la fruizione pubblica delle vasche termali e richiesta di contributo alla Regione Toscana."),
        ("Esecutività", "immediatamente eseguibile (art. 134, c. 4, D.Lgs. 267/2000)"), ("Periodo di pubblicazione", "dal 12/03/2026 al 27/03/2026")]
c.beginForm("griglia"); y = H - 200
for k, v in rows:
    lines = simpleSplit(v, "Helvetica", 10, 320); hh = 16 * len(lines) + 6
    c.setFillColorRGB(0.92, 0.92, 0.92); c.rect(50, y - hh + 14, 160, hh, fill=1, stroke=1); c.rect(210, y - hh + 14, W - 260, hh, fill=0, stroke=1)
    c.setFillColorRGB(0, 0, 0); c.setFont("Helvetica-Bold", 10); c.drawString(56, y, k); c.setFont("Helvetica", 10)
    for i, l in enumerate(lines): c.drawString(216, y - 16 * i, l)
    y -= hh
c.endForm()
c.doForm("firma")
c.setFont("Helvetica", 10)
t = c.beginText(50, 300)
for l in simpleSplit("Si attesta che la deliberazione sopra indicata è stata pubblicata all'Albo Pretorio on line di questo Comune per quindici giorni consecutivi, ai sensi dell'art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267, e dell'art. 32 della Legge 18 giugno 2009, n. 69, senza che siano pervenute opposizioni.", "Helvetica", 10, W - 100):
    t.textLine(l)
c.drawText(t)
c.doForm("griglia"); c.doForm("testata")
c.setFont("Helvetica-Bold", 13); c.drawCentredString(W / 2, H - 140, "ATTESTAZIONE DI AVVENUTA PUBBLICAZIONE")
c.setFont("Helvetica", 10); c.drawString(50, 200, "San Casciano dei Bagni, 28/03/2026")
c.showPage(); c.save()
