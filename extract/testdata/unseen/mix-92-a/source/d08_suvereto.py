# Comune di Suvereto (LI) - ordinanza sindacale 9/2026; every glyph its own Tm+Tj; rotated Albo stamp
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); W, H = A4; L = 70; R = W - 60
c.setProducer("Kibernetes PDF Printer 2.1")
def glyphs(s, x, y, font="Times-Roman", size=11, gap=None):
    for ch in s:
        t = c.beginText(); t.setFont(font, size); t.setTextOrigin(x, y); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + (gap if gap and ch == " " else 0)
def para(text, y, font="Times-Roman", size=11):
    words = text.split(); lines = []; cur = []
    for w in words:
        if stringWidth(" ".join(cur + [w]), font, size) > R - L and cur: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        s = " ".join(ln); gap = (R - L - stringWidth(s, font, size)) / max(1, len(ln) - 1) if i < len(lines) - 1 else 0
        glyphs(s, L, y, font, size, gap); y -= size * 1.4
    return y - 5
glyphs("COMUNE DI SUVERETO", W/2 - stringWidth("COMUNE DI SUVERETO", "Times-Bold", 16)/2, H-60, "Times-Bold", 16)
glyphs("Provincia di Livorno", W/2 - stringWidth("Provincia di Livorno", "Times-Roman", 10)/2, H-75, "Times-Roman", 10)
s = "ORDINANZA SINDACALE N. 9 DEL 18/03/2026"; glyphs(s, W/2 - stringWidth(s, "Times-Bold", 12)/2, H-110, "Times-Bold", 12)
y = para("OGGETTO: Divieto di accensione di fuochi e abbruciamento di residui vegetali nelle aree boscate e rurali del territorio comunale fino al 30 giugno 2026.", H-140, "Times-Bold", 11)
s = "IL SINDACO"; glyphs(s, W/2 - stringWidth(s, "Times-Bold", 11)/2, y-4, "Times-Bold", 11); y -= 24
y = para("PREMESSO che il perdurare di condizioni di siccità ha determinato un elevato rischio di incendi boschivi, come segnalato dalla Regione Toscana con comunicazione del 12/03/2026; VISTI la L.R. 39/2000 e l'art. 50 del D.Lgs. 267/2000;", y)
s = "ORDINA"; glyphs(s, W/2 - stringWidth(s, "Times-Bold", 11)/2, y-2, "Times-Bold", 11); y -= 22
for t in ["1. il divieto di accensione di fuochi all'aperto nelle aree boscate e nelle aree rurali fino al 30 giugno 2026;",
          "2. il divieto di abbruciamento dei residui vegetali agricoli e forestali;",
          "3. alla Polizia Municipale e ai Carabinieri Forestali di vigilare sull'osservanza della presente ordinanza."]:
    y = para(t, y)
y = para("Avverso la presente ordinanza è ammesso ricorso al TAR Toscana entro 60 giorni dalla pubblicazione.", y)
glyphs("Suvereto, 18/03/2026", L, y-10); glyphs("IL SINDACO", R-150, y-10, "Times-Bold"); glyphs("Jessica Pasquini", R-150, y-25)
c.saveState(); c.translate(35, 250); c.rotate(90); c.setFillColorRGB(0.6, 0, 0); c.setFont("Helvetica", 8)
c.drawString(0, 0, "ALBO PRETORIO ON LINE – Reg. Pubbl. n. 288 – dal 18/03/2026 al 02/04/2026"); c.restoreState()
c.save()
