# reportlab canvas: every glyph its own BT/Tm/Tj; number only in rotated protocol stamp
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.pagesizes import A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("Halley PDF Engine 4.0"); c.setTitle("Ordinanza antincendio")
W, H = A4
def glyphs(x, y, s, f="Times-Roman", sz=11, width=None):
    ws = stringWidth(s, f, sz); gap = 0
    if width and s.count(" "): gap = (width - ws) / s.count(" ")
    for ch in s:
        t = c.beginText(); t.setFont(f, sz); t.setTextOrigin(x, y); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, f, sz) + (gap if ch == " " else 0)
def para(x, y, text, f="Times-Roman", sz=11, width=468, lead=14):
    words = text.split(); line = []; lines = []
    for w in words:
        if stringWidth(" ".join(line + [w]), f, sz) > width: lines.append(line); line = [w]
        else: line.append(w)
    lines.append(line)
    for i, l in enumerate(lines):
        glyphs(x, y, " ".join(l), f, sz, width if i < len(lines) - 1 else None); y -= lead
    return y - 4
def centre(y, s, f="Times-Bold", sz=12): glyphs((W - stringWidth(s, f, sz)) / 2, y, s, f, sz)
centre(800, "COMUNE DI PIZZONI", "Times-Bold", 16)
centre(784, "Provincia di Vibo Valentia", "Times-Italic", 11)
centre(770, "Piazza Municipio, 1 – 89020 Pizzoni (VV)", "Times-Roman", 9)
c.line(60, 762, W - 60, 762)
# stamp rotated, the only place with the number
c.saveState(); c.translate(578, 560); c.rotate(90); c.setStrokeColorRGB(.6, 0, 0); c.setFillColorRGB(.6, 0, 0)
c.rect(-10, -8, 200, 40)
t = c.beginText(); t.setFont("Helvetica-Bold", 12); t.setTextOrigin(0, 16); t.textOut("ORD. N. 19/2026"); c.drawText(t)
t = c.beginText(); t.setFont("Helvetica", 8); t.setTextOrigin(0, 2); t.textOut("Prot. 1688 del 21/04/2026 - Albo"); c.drawText(t)
c.restoreState()
centre(735, "ORDINANZA SINDACALE", "Times-Bold", 13)
y = para(60, 712, "OGGETTO: Prevenzione degli incendi boschivi e di interfaccia – obblighi di pulizia dei terreni incolti, dei lotti inedificati e delle aree di pertinenza degli edifici per la stagione estiva 2026.", "Times-Bold", 11)
centre(y - 6, "IL SINDACO", "Times-Bold", 12); y -= 28
for s in ["PREMESSO che nel periodo estivo il territorio comunale è esposto a elevato rischio di incendi boschivi e di interfaccia, anche a causa della presenza di sterpaglie e vegetazione secca sui terreni abbandonati;",
          "VISTA la Legge 21 novembre 2000, n. 353, legge-quadro in materia di incendi boschivi, e le prescrizioni regionali antincendio della Regione Calabria per l'anno 2026;",
          "VISTI gli artt. 50 e 54 del D.Lgs. 18 agosto 2000, n. 267;"]:
    y = para(60, y, s)
centre(y - 4, "O R D I N A", "Times-Bold", 12); y -= 24
for i, s in enumerate(["ai proprietari e conduttori di terreni incolti e lotti inedificati di provvedere, entro il 31 maggio 2026, alla rimozione di sterpaglie, rovi e materiale vegetale secco;",
          "di realizzare lungo i confini con strade e fabbricati una fascia di protezione priva di vegetazione secca larga almeno 10 metri;",
          "il divieto, dal 15 giugno al 30 settembre 2026, di accendere fuochi e di bruciare residui vegetali su tutto il territorio comunale;",
          "ai trasgressori l'applicazione della sanzione amministrativa da euro 150,00 a euro 900,00, salvo che il fatto costituisca reato."], 1):
    glyphs(60, y, f"{i}.", "Times-Roman", 11); y = para(76, y, s, width=452)
y = para(60, y - 4, "La Polizia Locale e le Forze dell'Ordine sono incaricate della vigilanza sull'osservanza della presente ordinanza.")
glyphs(60, y - 10, "Dalla Residenza Municipale, 21 aprile 2026")
glyphs(380, y - 40, "IL SINDACO", "Times-Bold", 11)
glyphs(372, y - 56, "Dott. Domenico Luciano", "Times-Roman", 11)
c.showPage(); c.save()
