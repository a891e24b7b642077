# Comune di Caerano di San Marco: ordinanza sindacale; every glyph its own Tm/Tj (reportlab), number and date in boxes,
# Albo stamp rotated 90 degrees in the left margin
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("Kibernetes PDF Printer 2.1"); c.setTitle("Ordinanza")
def glyphs(x, y, s, font="Times-Roman", size=11, tw=0.0):
    for ch in s:
        t = c.beginText(); t.setFont(font, size); t.setTextOrigin(x, y); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + (tw if ch == " " else 0)
def para(x, y, text, width, font="Times-Roman", size=11, lead=14.5, justify=True):
    words = text.split(); lines = []; cur = []
    for w in words:
        if stringWidth(" ".join(cur + [w]), font, size) > width and cur: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, l in enumerate(lines):
        s = " ".join(l); tw = 0
        if justify and i < len(lines) - 1 and len(l) > 1: tw = (width - stringWidth(s, font, size)) / (len(l) - 1)
        glyphs(x, y, s, font, size, tw); y -= lead
    return y
c.setFont("Helvetica-Bold", 15); glyphs(W/2 - stringWidth("COMUNE DI CAERANO DI SAN MARCO", "Helvetica-Bold", 15)/2, H-60, "COMUNE DI CAERANO DI SAN MARCO", "Helvetica-Bold", 15)
s = "Provincia di Treviso"; glyphs(W/2 - stringWidth(s, "Helvetica", 10)/2, H-75, s, "Helvetica", 10)
c.line(70, H-85, W-60, H-85)
# boxes with number and date
c.rect(70, H-140, 200, 40); c.rect(290, H-140, 245, 40)
glyphs(78, H-113, "ORDINANZA SINDACALE", "Helvetica", 8); glyphs(78, H-132, "N.  18", "Helvetica-Bold", 14)
glyphs(298, H-113, "DATA", "Helvetica", 8); glyphs(298, H-132, "10/03/2026", "Helvetica-Bold", 14)
glyphs(70, H-165, "OGGETTO:", "Helvetica-Bold", 10.5)
y = para(130, H-165, "Divieto temporaneo di transito e di sosta in via Montello e in piazza Armando Diaz per lo svolgimento della manifestazione \u201cFesta di Primavera 2026\u201d nei giorni 21 e 22 marzo 2026.", 405, "Helvetica-Bold", 10.5, 14)
y -= 12; s = "IL SINDACO"; glyphs(W/2 - stringWidth(s, "Times-Bold", 12)/2, y, s, "Times-Bold", 12); y -= 22
for t in ["Vista la richiesta della Pro Loco di Caerano di San Marco, assunta al protocollo n. 3312 del 2 marzo 2026, per lo svolgimento della manifestazione in oggetto;",
          "Ritenuto necessario, per garantire la sicurezza dei partecipanti e della circolazione, disciplinare temporaneamente il traffico nelle vie interessate;",
          "Visti gli articoli 5, 6 e 7 del d.lgs. 30 aprile 1992, n. 285 (Codice della Strada) e l'art. 50 del d.lgs. 18 agosto 2000, n. 267;"]:
    y = para(70, y, t, 465) - 6
y -= 4; s = "O R D I N A"; glyphs(W/2 - stringWidth(s, "Times-Bold", 12)/2, y, s, "Times-Bold", 12); y -= 22
pts = ["il divieto di transito e di sosta con rimozione forzata in via Montello, nel tratto tra via Roma e via Mazzini, dalle ore 8:00 di sabato 21 marzo alle ore 24:00 di domenica 22 marzo 2026;",
       "il divieto di transito e di sosta in piazza Armando Diaz negli stessi giorni e orari, eccettuati i mezzi di soccorso e di polizia;",
       "l'istituzione del percorso alternativo per i veicoli diretti a Montebelluna lungo via Bastia e via Guizzetta;",
       "alla Pro Loco organizzatrice di provvedere alla posa della segnaletica almeno 48 ore prima dell'inizio dei divieti."]
for i, t in enumerate(pts, 1):
    glyphs(70, y, f"{i}.", "Times-Roman", 11); y = para(88, y, t, 447) - 5
y -= 4
y = para(70, y, "Avverso la presente ordinanza è ammesso ricorso al T.A.R. del Veneto entro 60 giorni dalla pubblicazione all'Albo pretorio on line.", 465) - 20
glyphs(70, y, "Caerano di San Marco, 10/03/2026", "Times-Roman", 11)
glyphs(380, y, "IL SINDACO", "Times-Bold", 11); glyphs(372, y-15, "Marianella Tormena", "Times-Roman", 11)
glyphs(360, y-28, "(firmato digitalmente)", "Times-Italic", 9)
# rotated stamp along left margin
c.saveState(); c.translate(40, 180); c.rotate(90); c.setStrokeColorRGB(0.1, 0.2, 0.6); c.setFillColorRGB(0.1, 0.2, 0.6)
c.rect(-4, -14, 440, 26)
glyphs(0, 0, "PUBBLICATA ALL'ALBO PRETORIO ON LINE DAL 10/03/2026 AL 25/03/2026 - REG. PUBBL. N. 402", "Helvetica", 8.5)
c.restoreState()
c.setFont("Helvetica", 7.5); c.drawCentredString(W/2, 30, "Piazza Armando Diaz, 2 - 31031 Caerano di San Marco (TV) - tel. 0423 659811 - comune.caeranodisanmarco.tv@pecveneto.it")
c.showPage(); c.save()
