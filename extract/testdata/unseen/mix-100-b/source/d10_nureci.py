# Comune di Nureci (OR) - certificate of publication of a Giunta deliberation. Letterhead and the form grid
# are Form XObjects; the filled values are drawn before the labels (out of reading order); the Albo
# stamp is rotated 30 degrees over the signature.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
W, H = A4; L, R = 60, W - 60
c = canvas.Canvas(sys.argv[1], pagesize=A4, pageCompression=0)
c.setTitle("Certificato di pubblicazione"); c.setCreator("Datagraph e-Albo"); c.setProducer("Datagraph PDF Service 5.2")
c.beginForm("letterhead")
c.setFont("Helvetica-Bold", 16); c.drawCentredString(W / 2, H - 62, "COMUNE DI NURECI")
c.setFont("Helvetica", 9.5); c.drawCentredString(W / 2, H - 76, "Provincia di Oristano – Via Roma, 2 – 09080 Nureci (OR)")
c.setLineWidth(1); c.line(L, H - 84, R, H - 84)
c.endForm()
rows = [("Registro pubblicazioni", "n. 137/2026"), ("Tipo di atto", "Deliberazione della Giunta Comunale"), ("Numero", "12"),
        ("Data dell'atto", "09/03/2026"), ("Oggetto", None), ("Pubblicato dal", "11/03/2026"), ("al", "26/03/2026")]
top = H - 170; rh = [20, 20, 20, 20, 58, 20, 20]
c.beginForm("grid")
c.setLineWidth(0.6); yy = top
for h in rh: c.rect(L, yy - h, R - L, h); yy -= h
c.line(L + 135, top, L + 135, yy)
c.endForm()
c.doForm("grid")
# values first
yy = top; c.setFont("Helvetica", 10.5)
subj = ["Concessione del patrocinio e di un contributo economico alla", "Parrocchia di San Pietro Apostolo per l'organizzazione della festa", "di Santa Maria di Monserrato 2026."]
for (lab, val), h in zip(rows, rh):
    if val: c.drawString(L + 142, yy - 14, val)
    else:
        for i, s in enumerate(subj): c.drawString(L + 142, yy - 14 - 13 * i, s)
    yy -= h
c.doForm("letterhead")
c.setFont("Helvetica-Bold", 14); c.drawCentredString(W / 2, H - 125, "CERTIFICATO DI PUBBLICAZIONE")
c.setFont("Helvetica", 9); c.drawCentredString(W / 2, H - 140, "(art. 124 del D.Lgs. 18 agosto 2000, n. 267 – art. 32 della L. 18 giugno 2009, n. 69)")
yy = top; c.setFont("Helvetica-Bold", 9.5)
for (lab, val), h in zip(rows, rh): c.drawString(L + 6, yy - 14, lab); yy -= h
c.setFont("Helvetica", 10.5)
t = c.beginText(L, yy - 30); t.setLeading(15)
for s in ["Il sottoscritto Responsabile delle pubblicazioni, visti gli atti d'ufficio,", "", "ATTESTA",
          "che la deliberazione sopra indicata è stata pubblicata all'Albo Pretorio on line di questo Comune",
          "per quindici giorni consecutivi, dall'11/03/2026 al 26/03/2026, senza opposizioni o reclami."]:
    t.textLine(s)
c.drawText(t)
c.drawString(L, yy - 135, "Nureci, 27/03/2026")
c.drawCentredString(R - 110, yy - 135, "IL RESPONSABILE DELLE PUBBLICAZIONI"); c.drawCentredString(R - 110, yy - 150, "Loredana Usai")
c.saveState(); c.translate(L + 40, yy - 250); c.rotate(30); c.setStrokeColorRGB(0.7, 0.1, 0.1); c.setFillColorRGB(0.7, 0.1, 0.1)
c.setLineWidth(1.5); c.roundRect(0, 0, 170, 40, 6); c.setFont("Helvetica-Bold", 10); c.drawCentredString(85, 24, "COMUNE DI NURECI")
c.setFont("Helvetica", 8); c.drawCentredString(85, 10, "ALBO PRETORIO ON LINE"); c.restoreState()
c.setFont("Helvetica", 7.5); c.drawCentredString(W / 2, 40, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate")
c.showPage(); c.save()
