# Ternengo (BI): certificate of publication; every glyph its own Tm+Tj, justified by moving glyphs; rotated stamp
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
out = sys.argv[1]
c = canvas.Canvas(out, pagesize=A4); c.setProducer("Kibernetes PDF Printer 2.1"); c.setTitle("Certificato di pubblicazione")
W, H = A4; L, R = 70, W - 70
def glyphs(x, y, s, font="Times-Roman", size=11, gap=0.0):
    for ch in s:
        t = c.beginText(); t.setFont(font, size); t.setTextOrigin(x, y); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + gap + (0 if ch != " " else 0)
    return x
def just(y, words, font="Times-Roman", size=11, last=False):
    wsum = sum(stringWidth(w, font, size) for w in words)
    sp = stringWidth(" ", font, size) if last or len(words) < 2 else (R - L - wsum) / (len(words) - 1)
    x = L
    for w in words:
        x = glyphs(x, y, w, font, size); x += sp
def para(y, text, font="Times-Roman", size=11, lead=15):
    words = text.split(); line = []
    for w in words:
        if stringWidth(" ".join(line + [w]), font, size) > R - L:
            just(y, line, font, size); y -= lead; line = [w]
        else: line.append(w)
    if line: just(y, line, font, size, last=True); y -= lead
    return y - 6
def centre(y, s, font, size):
    glyphs(W/2 - stringWidth(s, font, size)/2, y, s, font, size)
centre(H-70, "COMUNE DI TERNENGO", "Times-Bold", 18)
centre(H-88, "Provincia di Biella", "Times-Italic", 11)
c.line(L, H-96, R, H-96)
centre(H-140, "CERTIFICATO DI PUBBLICAZIONE", "Helvetica-Bold", 13)
y = H-175
y = para(y, "Deliberazione del Consiglio Comunale N. 6 del 28.02.2026")
y = para(y, "OGGETTO: Approvazione del piano delle alienazioni e valorizzazioni immobiliari per il triennio 2026-2028.", "Times-Bold")
y = para(y, "Il sottoscritto Responsabile del Servizio Segreteria, visti gli atti d'ufficio, ai sensi dell'art. 124 del D.Lgs. 18 agosto 2000, n. 267 e dell'art. 32 della Legge 18 giugno 2009, n. 69,")
centre(y, "A T T E S T A", "Times-Bold", 11); y -= 22
y = para(y, "che copia della deliberazione in oggetto viene pubblicata all'Albo Pretorio on line di questo Comune in data odierna e vi rimarrà per quindici giorni consecutivi, dal 05.03.2026 al 20.03.2026, con il numero 97 del Registro delle pubblicazioni.")
y = para(y, "Ternengo, lì 05.03.2026")
glyphs(R-200, y-20, "IL RESPONSABILE DEL SERVIZIO", "Times-Roman", 10)
glyphs(R-170, y-36, "Rag. Silvana Botta", "Times-Italic", 11)
glyphs(R-230, y-52, "(firmato digitalmente ai sensi del D.Lgs. 82/2005)", "Times-Roman", 8)
# rotated stamp in the left margin
c.saveState(); c.translate(38, 250); c.rotate(90); c.setStrokeColorRGB(0.1, 0.2, 0.6); c.setFillColorRGB(0.1, 0.2, 0.6)
c.rect(-6, -8, 330, 24, stroke=1, fill=0)
t = c.beginText(); t.setFont("Helvetica", 9); t.setTextOrigin(0, 0); t.textOut("ALBO PRETORIO ON LINE – PUBBL. N. 97 DAL 05.03.2026"); c.drawText(t)
c.restoreState()
c.setFont("Helvetica", 7); c.drawCentredString(W/2, 30, "Comune di Ternengo – Via Roma n. 12 – 13844 Ternengo (BI) – PEC: ternengo@pec.ptbiellese.it")
c.save()
