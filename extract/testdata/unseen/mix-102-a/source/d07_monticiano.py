# Monticiano decreto sindacale: every glyph placed with its own Tm+Tj, justified by spreading glyphs;
# Albo stamp rotated 90 degrees in the left margin
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4, pageCompression=0); W, H = A4
c.setProducer("Halley PDF Writer 4.0"); c.setTitle("Decreto 3/2026")
def glyphs(s, x, y, font="Times-Roman", size=11, width=None):
    extra = 0
    if width and len(s) > 1: extra = (width - stringWidth(s, font, size)) / (len(s) - 1)
    for ch in s:
        t = c.beginText(); t.setTextOrigin(x, y); t.setFont(font, size); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + extra
def para(text, x, y, w, font="Times-Roman", size=11, lead=14.5):
    words = text.split(); lines = []; cur = []
    for wd in words:
        if stringWidth(" ".join(cur + [wd]), font, size) > w and cur: lines.append(cur); cur = [wd]
        else: cur.append(wd)
    lines.append(cur)
    for i, ln in enumerate(lines):
        glyphs(" ".join(ln), x, y, font, size, w if i < len(lines) - 1 else None); y -= lead
    return y - 5
def centre(s, y, font="Times-Bold", size=12): glyphs(s, (W - stringWidth(s, font, size)) / 2, y, font, size)
centre("COMUNE DI MONTICIANO", H-70, "Times-Bold", 16)
centre("Provincia di Siena", H-86, "Times-Roman", 10)
c.line(70, H-96, W-70, H-96)
centre("DECRETO DEL SINDACO", H-125, "Times-Bold", 13)
centre("N. 3 del 15 aprile 2026", H-142, "Times-Roman", 11.5)
y = para("OGGETTO: Nomina del Responsabile dell'Area Tecnica e attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 267/2000 per il periodo 16 aprile – 31 dicembre 2026.", 80, H-175, W-160, "Times-Bold", 11)
centre("IL SINDACO", y-6, "Times-Bold", 11.5); y -= 28
for p in ["RICHIAMATI gli artt. 50, comma 10, 107 e 109 del D.Lgs. 18 agosto 2000, n. 267;",
          "VISTO il vigente Regolamento sull'ordinamento degli uffici e dei servizi, che articola la struttura comunale in tre Aree;",
          "DATO ATTO che il precedente Responsabile dell'Area Tecnica è cessato dal servizio per mobilità a decorrere dal 15 aprile 2026;",
          "RITENUTO di individuare nell'arch. Tommaso Ricci, istruttore direttivo tecnico assunto a tempo indeterminato, il dipendente in possesso dei requisiti professionali richiesti;"]:
    y = para(p, 80, y, W-160)
centre("DECRETA", y-4, "Times-Bold", 11.5); y -= 24
for i, p in enumerate(["di nominare l'arch. Tommaso Ricci Responsabile dell'Area Tecnica, con attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 267/2000, dal 16 aprile al 31 dicembre 2026;",
          "di attribuire al medesimo la retribuzione di posizione nella misura annua di € 9.500,00, oltre alla retribuzione di risultato nei limiti del vigente sistema di valutazione;",
          "di notificare il presente decreto all'interessato e di trasmetterlo al Segretario Comunale e all'Ufficio Personale."], 1):
    glyphs("%d." % i, 80, y, "Times-Roman", 11)
    y = para(p, 96, y, W-176)
glyphs("Monticiano, 15 aprile 2026", 80, y-14, "Times-Roman", 11)
glyphs("IL SINDACO", W-230, y-40, "Times-Bold", 11)
glyphs("Marco Bartalini", W-236, y-56, "Times-Italic", 11)
c.saveState(); c.translate(38, 260); c.rotate(90)
c.setStrokeColorRGB(0.1, 0.2, 0.6); c.setFillColorRGB(0.1, 0.2, 0.6); c.rect(-6, -14, 340, 30)
c.setFont("Helvetica-Bold", 8.5); c.drawString(0, 4, "ALBO PRETORIO ON LINE – COMUNE DI MONTICIANO")
c.setFont("Helvetica", 8); c.drawString(0, -8, "Pubblicato dal 16/04/2026 al 01/05/2026 – Reg. pubbl. n. 198")
c.restoreState()
c.save()
