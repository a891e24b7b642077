# every glyph its own Tm + Tj; "copia conforme" stamp rotated; drawn with reportlab at the operator level
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4, pageCompression=0); c.setProducer("Kibernetes PDF Printer 2.1")
def glyphs(x, y, s, font="Times-Roman", size=11, width=None):
    c.setFont(font, size)
    words = s.split(" "); natural = stringWidth(s, font, size)
    extra = (width - natural) / max(1, len(words) - 1) if width else 0
    for i, w in enumerate(words):
        for ch in w:
            t = c.beginText(); t.setTextOrigin(x, y); t.setFont(font, size); t.textOut(ch); c.drawText(t)
            x += stringWidth(ch, font, size)
        x += stringWidth(" ", font, size) + extra
def para(y, s, font="Times-Roman", size=11, lead=15, x0=70, wd=460):
    words = s.split(); line = []
    for w in words:
        if stringWidth(" ".join(line + [w]), font, size) > wd:
            glyphs(x0, y, " ".join(line), font, size, wd); y -= lead; line = [w]
        else: line.append(w)
    glyphs(x0, y, " ".join(line), font, size); return y - lead - 4
def centre(y, s, font="Times-Bold", size=12):
    glyphs((W - stringWidth(s, font, size)) / 2, y, s, font, size)
centre(800, "COMUNE DI CASTEL DEL RIO", "Times-Bold", 16)
centre(784, "Città metropolitana di Bologna", "Times-Italic", 11)
centre(750, "DECRETO DEL SINDACO", "Times-Bold", 14)
centre(732, "N. 3 del 20.3.2026", "Times-Bold", 12)
y = para(705, "OGGETTO: Nomina del Responsabile dell'Area Economico-Finanziaria e attribuzione della posizione di elevata qualificazione per il periodo 1° aprile 2026 – 31 dicembre 2026.", "Times-Bold", 11)
centre(y - 4, "IL SINDACO"); y -= 28
for s in ["Visti gli articoli 50, comma 10, e 109, comma 2, del D.Lgs. 18 agosto 2000, n. 267;",
          "Visto il vigente Regolamento sull'ordinamento degli uffici e dei servizi e richiamato il CCNL Funzioni Locali del 16 novembre 2022, che disciplina gli incarichi di elevata qualificazione;",
          "Ritenuto di attribuire l'incarico alla dipendente rag. Monica Poggiali, istruttore direttivo contabile, in possesso dei requisiti professionali richiesti;"]:
    y = para(y, s)
centre(y - 4, "DECRETA"); y -= 28
for i, s in enumerate(["di nominare la rag. Monica Poggiali Responsabile dell'Area Economico-Finanziaria dal 1° aprile 2026 al 31 dicembre 2026;",
                       "di attribuire alla medesima la retribuzione di posizione annua di € 9.500,00 e la retribuzione di risultato nella misura prevista dal sistema di valutazione;",
                       "di disporre la pubblicazione del presente decreto all'Albo Pretorio on line e nella sezione Amministrazione Trasparente."], 1):
    y = para(y, "%d) %s" % (i, s))
glyphs(360, y - 20, "IL SINDACO", "Times-Bold", 11); glyphs(360, y - 36, "Alberto Baldazzi", "Times-Roman", 11)
# copy stamp, rotated, drawn last
c.saveState(); c.translate(430, 170); c.rotate(18); c.setStrokeColorRGB(0.1, 0.2, 0.6); c.setFillColorRGB(0.1, 0.2, 0.6)
c.setLineWidth(1.5); c.roundRect(-10, -32, 190, 62, 8)
c.setFont("Helvetica-Bold", 10); c.drawString(0, 14, "COPIA CONFORME ALL'ORIGINALE")
c.setFont("Helvetica", 8.5); c.drawString(0, 0, "Castel del Rio, 20.3.2026"); c.drawString(0, -14, "Il Funzionario incaricato"); c.drawString(0, -26, "Lorenza Tozzi")
c.restoreState()
c.save()
