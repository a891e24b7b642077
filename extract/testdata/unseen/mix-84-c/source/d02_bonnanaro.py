# reportlab canvas: every glyph its own text object (Tm+Tj); justified lines spread by moving glyphs;
# Albo stamp rotated 90 degrees in the left margin, drawn first
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setCreator("Halley PDF 4.0"); c.setProducer("Halley Informatica - Stampa Atti 4.0"); c.setTitle("Avviso sospensione idrica")
c.saveState(); c.translate(30, 160); c.rotate(90); c.setFont("Helvetica", 7.5); c.setFillGray(0.45)
c.drawString(0, 0, "ALBO PRETORIO ON LINE - PUBBLICATO DAL 20/04/2026 AL 27/04/2026 - REG. PUBBL. N. 214"); c.restoreState()
def glyphs(x, y, s, font, size, width=None):
    n = len(s); extra = 0
    if width and n > 1:
        extra = (width - stringWidth(s, font, size)) / (n - 1)
    for ch in s:
        t = c.beginText(); t.setFont(font, size); t.setTextOrigin(x, y); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + extra
def centre(y, s, font, size):
    glyphs((W - stringWidth(s, font, size)) / 2, y, s, font, size)
centre(H-70, "COMUNE DI BONNANARO", "Times-Bold", 20)
centre(H-88, "Provincia di Sassari", "Times-Italic", 12)
centre(H-104, "UFFICIO TECNICO COMUNALE", "Times-Roman", 11)
c.setLineWidth(1.2); c.line(70, H-114, W-70, H-114)
centre(H-170, "AVVISO DI SOSPENSIONE IDRICA", "Helvetica-Bold", 24)
centre(H-200, "INTERRUZIONE DELL'EROGAZIONE IDRICA IN VIA ROMA,", "Helvetica-Bold", 13)
centre(H-217, "VIA DANTE E PIAZZA SANTA CROCE", "Helvetica-Bold", 13)
body = ("Si comunica alla cittadinanza che, per consentire i lavori urgenti di sostituzione di un tratto della condotta "
 "di distribuzione danneggiata, eseguiti da Abbanoa S.p.A. su richiesta di questo Ufficio, nella giornata di "
 "MERCOLEDÌ 22 APRILE 2026, dalle ore 8:00 alle ore 16:00, sarà sospesa l'erogazione dell'acqua nelle vie sopra "
 "indicate e nelle traverse limitrofe. Al ripristino del servizio potrebbero verificarsi temporanei fenomeni di "
 "torbidità: si raccomanda di lasciare scorrere l'acqua per alcuni minuti prima dell'uso. Un'autobotte sarà "
 "disponibile in piazza Giovanni XXIII per le sole esigenze igienico-sanitarie. Ci scusiamo per il disagio.")
def wrap(s, font, size, w):
    out, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if stringWidth(t, font, size) > w: out.append(cur); cur = word
        else: cur = t
    out.append(cur); return out
y = H-270; lw = W-160
lines = wrap(body, "Times-Roman", 12.5, lw)
for i, ln in enumerate(lines):
    glyphs(80, y, ln, "Times-Roman", 12.5, lw if i < len(lines)-1 else None); y -= 18
y -= 30
glyphs(80, y, "Bonnanaro, 20.04.2026", "Times-Roman", 12.5)
glyphs(350, y, "IL SINDACO", "Times-Bold", 12.5); y -= 16
glyphs(343, y, "Antonio Sanna", "Times-Italic", 12.5)
c.setFont("Helvetica", 7.5); c.drawCentredString(W/2, 40, "Comune di Bonnanaro - Piazza Municipio 1, 07043 Bonnanaro (SS) - protocollo@pec.comune.bonnanaro.ss.it")
c.showPage(); c.save()
