# reportlab: every glyph its own BT/Tm/Tj; justified by moving glyphs; rotated stamp in margin
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.utils import simpleSplit
c = canvas.Canvas(sys.argv[1]); c.setProducer("Kibernetes PDF Printer 2.1"); c.setCreator("Municipia Atti")
def glyphs(x, y, s, f="Helvetica", sz=10, width=None):
    gap = 0
    if width and " " in s: gap = (width - stringWidth(s, f, sz)) / s.count(" ")
    for ch in s:
        c.setFont(f, sz); t = c.beginText(); t.setTextOrigin(x, y); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, f, sz) + (gap if ch == " " else 0)
y = [800]
def para(txt, f="Helvetica", sz=10, lead=13, just=True, x0=72, w=450):
    lines = simpleSplit(txt, f, sz, w)
    for i, l in enumerate(lines):
        glyphs(x0, y[0], l, f, sz, w if just and i < len(lines) - 1 else None); y[0] -= lead
    y[0] -= 4
def centre(txt, f="Helvetica-Bold", sz=11):
    glyphs(297 - stringWidth(txt, f, sz) / 2, y[0], txt, f, sz); y[0] -= sz + 5
centre("C O M U N E   D I   A R T E G N A", "Times-Bold", 16)
centre("Comun di Dartigne", "Times-Italic", 12)
centre("Regione Autonoma Friuli Venezia Giulia – Piazza Marnico, 1 – 33011 Artegna (UD)", "Helvetica", 8)
c.line(72, y[0] + 6, 522, y[0] + 6); y[0] -= 12
centre("ORDINANZA SINDACALE N. 6 DEL 9 MARZO 2026", "Helvetica-Bold", 12)
centre("ORDENANCE DAL SINDIC N. 6 DAI 9 DI MARÇ DAL 2026", "Helvetica-Oblique", 9)
y[0] -= 6
para("OGGETTO: Divieto di accensione di fuochi all’aperto e di abbruciamento di residui vegetali su tutto il territorio comunale per elevato rischio di incendi boschivi.", "Helvetica-Bold", 10)
centre("IL SINDACO")
for t in ["Visto il decreto del Direttore centrale risorse agroalimentari, forestali e ittiche della Regione del 6 marzo 2026 con il quale è stato dichiarato lo stato di grave pericolosità per gli incendi boschivi su tutto il territorio regionale;",
          "Considerato che il perdurare di condizioni meteorologiche caratterizzate da assenza di precipitazioni e da vento forte di foehn rende elevato il rischio di propagazione di incendi sui versanti del Monte Faeit e del colle di San Martino;",
          "Visti gli articoli 50 e 54 del D.Lgs. 18 agosto 2000, n. 267 e la legge regionale 8 aprile 1982, n. 22;"]:
    para(t)
centre("O R D I N A")
for i, t in enumerate(["il divieto assoluto, fino al 30 aprile 2026, di accendere fuochi all’aperto e di abbruciare residui vegetali agricoli e forestali in tutto il territorio comunale;",
        "il divieto di utilizzo di fuochi d’artificio, lanterne volanti e barbecue al di fuori delle aree attrezzate private;",
        "che la Polizia Locale dell’Unione e il Corpo Forestale Regionale sono incaricati della vigilanza sull’osservanza della presente ordinanza."], 1):
    para("%d) %s" % (i, t))
para("Le violazioni sono punite con la sanzione amministrativa pecuniaria da € 100,00 a € 500,00, salvo che il fatto costituisca reato. Avverso la presente ordinanza è ammesso ricorso al T.A.R. del Friuli Venezia Giulia entro 60 giorni dalla pubblicazione.")
y[0] -= 10
glyphs(360, y[0], "IL SINDACO", "Helvetica-Bold", 10); y[0] -= 14
glyphs(360, y[0], "Alessandro Marangoni", "Helvetica", 10)
c.saveState(); c.translate(40, 250); c.rotate(90); c.setFillColorRGB(0.2, 0.2, 0.6); c.setFont("Helvetica", 8)
c.drawString(0, 0, "ALBO PRETORIO ON LINE – Pubblicata dal 09/03/2026 al 24/03/2026 – Reg. pubbl. n. 241"); c.restoreState()
c.save()
