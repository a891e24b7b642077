# Relata di notifica of the Messo (reportlab): every glyph its own Tm+Tj, stamp rotated 90 deg in the left margin
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.pagesizes import A4
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setCreator("Kibernetes PDF Printer 2.1"); c.setProducer("Kibernetes PDF Printer 2.1")
def glyphs(x, y, s, font="Times-Roman", size=11, width=None):
    gaps = s.count(" ")
    extra = 0
    if width and gaps:
        extra = (width - stringWidth(s, font, size)) / gaps
    for ch in s:
        t = c.beginText(); t.setTextOrigin(x, y); t.setFont(font, size); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + (extra if ch == " " else 0)
def centre(y, s, font, size): glyphs((W - stringWidth(s, font, size)) / 2, y, s, font, size)
# stamp first
c.saveState(); c.translate(40, 250); c.rotate(90); c.setFillGray(0.45)
t = c.beginText(); t.setTextOrigin(0, 0); t.setFont("Helvetica-Bold", 8); t.textOut("COMUNE DI FELITTO – Prot. n. 1397 del 15/04/2026 – Ufficio Messi"); c.drawText(t); c.restoreState()
centre(800, "COMUNE DI FELITTO", "Times-Bold", 17)
centre(784, "Provincia di Salerno", "Times-Italic", 11)
centre(770, "Via Municipio, 1 – 84055 Felitto (SA) – Ufficio Messi Notificatori", "Times-Roman", 9)
c.line(70, 760, W - 70, 760)
centre(728, "RELATA DI NOTIFICA", "Times-Bold", 14)
centre(712, "Registro cronologico delle notificazioni n. 58/2026", "Times-Roman", 10)
body = [
 ("L'anno duemilaventisei, addì quattordici del mese di aprile, alle ore 10,20, io sottoscritto Messo", 1),
 ("comunale del Comune di Felitto, su richiesta del Responsabile dell'Area Tecnica, ho notificato", 1),
 ("l'ordinanza dirigenziale n. 9 del 10.4.2026 avente ad oggetto:", 0),
]
y = 680
for s, j in body:
    glyphs(80, y, s, width=(W - 160) if j else None); y -= 16
subj = ["Rimozione dei rifiuti abbandonati e ripristino dello stato dei luoghi nel fondo sito in località", "Fonte Cupa, foglio 9 particella 211, lungo l'argine del fiume Calore."]
y -= 4
for s in subj: glyphs(96, y, s, "Times-Italic", 11); y -= 16
y -= 6
more = [
 ("al sig. Ricciardi Gerardo, nato a Roccadaspide il 03/07/1961, in qualità di proprietario del fondo,", 1),
 ("mediante consegna di copia conforme all'originale:", 0),
 ("[X] a mani proprie del destinatario presso la sua residenza in via Santa Lucia, 14 – Felitto;", 0),
 ("[ ] a persona di famiglia / addetta alla casa, che ha sottoscritto per ricevuta;", 0),
 ("[ ] mediante deposito nella casa comunale ai sensi dell'art. 140 c.p.c.", 0),
]
for s, j in more: glyphs(80, y, s, width=(W - 160) if j else None); y -= 16
y -= 24
glyphs(80, y, "Il destinatario, per ricevuta: ______________________", "Times-Roman", 11); y -= 40
glyphs(80, y, "Felitto, 14 aprile 2026", "Times-Roman", 11)
glyphs(340, y, "IL MESSO COMUNALE", "Times-Bold", 11); y -= 16
glyphs(350, y, "Antonio Sabatella", "Times-Italic", 11)
c.setFont("Helvetica", 7); c.drawCentredString(W / 2, 40, "Relata da restituire all'Ufficio proponente (Area Tecnica) unitamente all'originale dell'atto notificato")
c.showPage(); c.save()
