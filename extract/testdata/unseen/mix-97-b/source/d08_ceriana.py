# Comune di Ceriana (IM): ordinanza sindacale; every glyph its own BT/Tm/Tj (reportlab canvas, one
# drawString per character), justified by spreading glyphs; Albo stamp rotated 90° in the left margin.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
out = sys.argv[1]; W, H = A4
c = canvas.Canvas(out, pagesize=A4); c.setCreator("Halley EG - Atti amministrativi"); c.setTitle("Ordinanza 6/2026")
def glyphs(x, y, s, font, size, width=None):
    c.setFont(font, size)
    nat = stringWidth(s, font, size)
    extra = 0 if width is None or len(s) < 2 else (width - nat) / (len(s) - 1)
    for ch in s:
        c.drawString(x, y, ch); x += stringWidth(ch, font, size) + extra
def centre(y, s, font, size): glyphs((W - stringWidth(s, font, size)) / 2, y, s, font, size)
def para(y, text, font="Times-Roman", size=11, lm=70, rm=70, lead=14.5):
    words = text.split(); line = []; maxw = W - lm - rm
    for w in words:
        if stringWidth(" ".join(line + [w]), font, size) > maxw:
            glyphs(lm, y, " ".join(line), font, size, maxw); y -= lead; line = [w]
        else: line.append(w)
    if line: glyphs(lm, y, " ".join(line), font, size)
    return y - lead - 3
centre(800, "COMUNE DI CERIANA", "Times-Bold", 18)
centre(784, "Provincia di Imperia", "Times-Italic", 11)
centre(771, "Corso Italia, 1 – 18034 Ceriana (IM)", "Times-Roman", 9)
c.line(70, 764, W - 70, 764)
centre(740, "ORDINANZA SINDACALE", "Times-Bold", 14)
centre(722, "N. 6 del 20 marzo 2026", "Times-Bold", 12)
y = para(696, "OGGETTO: Divieto di abbruciamento di residui vegetali e di accensione di fuochi all’aperto su tutto il territorio comunale fino al 30 aprile 2026 per elevato pericolo di incendi boschivi.", "Times-Bold", 11)
centre(y - 4, "IL SINDACO", "Times-Bold", 12); y -= 26
for t in ["VISTO lo stato di grave pericolosità per gli incendi boschivi dichiarato dalla Regione Liguria con decreto del 16 marzo 2026 su tutto il territorio regionale;",
          "CONSIDERATO il perdurare di condizioni di siccità e di forte vento nelle valli dell’Armea e nei versanti boscati sovrastanti l’abitato;",
          "VISTI l’art. 182, comma 6 bis, del D.Lgs. 152/2006, la L.R. 22 gennaio 1999, n. 4, e l’art. 50 del D.Lgs. 267/2000;"]:
    y = para(y, t)
centre(y - 2, "ORDINA", "Times-Bold", 12); y -= 24
for t in ["1. il divieto, su tutto il territorio comunale, di abbruciamento di residui vegetali agricoli e forestali e di accensione di fuochi all’aperto, ivi compresi barbecue e bracieri in aree non pavimentate, dalla data odierna fino al 30 aprile 2026;",
          "2. ai proprietari e conduttori dei fondi confinanti con aree boscate di mantenere i terreni sgombri da vegetazione secca per una fascia di almeno 10 metri;",
          "3. alla Polizia Locale, ai Carabinieri Forestali e ai volontari di Protezione Civile di vigilare sul rispetto della presente ordinanza."]:
    y = para(y, t)
y = para(y - 2, "Le violazioni sono punite con la sanzione amministrativa pecuniaria da euro 25,00 a euro 500,00 ai sensi dell’art. 7 bis del D.Lgs. 267/2000, salvo che il fatto costituisca reato. Contro la presente ordinanza è ammesso ricorso al T.A.R. Liguria entro 60 giorni dalla pubblicazione.")
glyphs(350, y - 20, "IL SINDACO", "Times-Bold", 11)
glyphs(350, y - 36, "Maurizio Lanteri", "Times-Roman", 11)
glyphs(350, y - 50, "(firmato digitalmente)", "Times-Italic", 9)
c.saveState(); c.translate(40, 300); c.rotate(90)
c.setStrokeColorRGB(0.6, 0, 0); c.setFillColorRGB(0.6, 0, 0); c.rect(-4, -8, 300, 34)
c.setFont("Helvetica-Bold", 8); c.drawString(2, 14, "ALBO PRETORIO ON LINE – COMUNE DI CERIANA")
c.setFont("Helvetica", 8); c.drawString(2, 2, "Pubblicato dal 20/03/2026 al 04/04/2026 – Reg. n. 233")
c.restoreState()
c.showPage(); c.save()
