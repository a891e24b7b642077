# every glyph its own Tm+Tj (spaces not drawn), rotated Albo stamp in the left margin
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=(595, 842)); c.setCreator("Halley PDF Stampa 4.0"); c.setProducer("Halley PDF Stampa 4.0")
def glyphs(x, y, s, font="Times-Roman", size=11, width=None):
    words = s.split(" "); nat = sum(stringWidth(w, font, size) for w in words); sp = stringWidth(" ", font, size)
    gap = sp if width is None or len(words) < 2 else (width - nat) / (len(words) - 1)
    for w in words:
        for ch in w:
            t = c.beginText(); t.setFont(font, size); t.setTextOrigin(x, y); t.textOut(ch); c.drawText(t); x += stringWidth(ch, font, size)
        x += gap
def para(y, text, font="Times-Roman", size=11, W=455, x=80, lead=15):
    words = text.split(); line = []
    for w in words:
        if stringWidth(" ".join(line + [w]), font, size) > W:
            glyphs(x, y, " ".join(line), font, size, W); y -= lead; line = [w]
        else: line.append(w)
    glyphs(x, y, " ".join(line), font, size); return y - lead - 4
y = 790
glyphs(225, y, "COMUNE DI AIETA", "Times-Bold", 16); y -= 16
glyphs(240, y, "Provincia di Cosenza", "Times-Italic", 11); y -= 36
glyphs(180, y, "ORDINANZA N. 5 DEL 13/02/2026", "Times-Bold", 13); y -= 26
y = para(y, "OGGETTO: Divieto di accensione di fuochi e di abbruciamento di residui vegetali in tutto il territorio comunale nel periodo di allerta meteo.", "Times-Bold")
glyphs(280, y, "IL SINDACO", "Times-Bold", 12); y -= 20
y = para(y, "Visto il bollettino di allerta emesso dal Centro Funzionale Multirischi della Regione Calabria; considerato il forte vento previsto nei prossimi giorni e il conseguente rischio di incendi; visto l'art. 50 del D.Lgs. 267/2000;")
glyphs(283, y, "ORDINA", "Times-Bold", 12); y -= 20
for i, t in enumerate(["il divieto assoluto di accensione di fuochi all'aperto in tutto il territorio comunale dal 13 al 28 febbraio 2026;",
    "il divieto di abbruciamento di stoppie, sterpaglie e residui vegetali agricoli e forestali;",
    "agli organi di polizia di vigilare sull'osservanza della presente ordinanza."], 1):
    y = para(y, f"{i}) {t}")
y = para(y, "La violazione è punita con la sanzione amministrativa da euro 25,00 a euro 500,00.")
glyphs(80, y - 10, "Aieta, 13/02/2026"); glyphs(400, y - 10, "IL SINDACO", "Times-Bold"); glyphs(392, y - 26, "Giovanni Lamboglia", "Times-Italic")
c.saveState(); c.translate(40, 300); c.rotate(90); c.setFillColorRGB(0.6, 0, 0)
glyphs(0, 0, "ALBO PRETORIO ON LINE - Pubblicata dal 13/02/2026 al 28/02/2026 - Reg. n. 64", "Helvetica", 8); c.restoreState()
c.save()
