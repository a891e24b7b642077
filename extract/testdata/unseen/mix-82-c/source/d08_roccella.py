# Roccella Valdemone (ME): reportlab, every glyph positioned with its own Tm/Tj; Albo stamp rotated 90 degrees
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("Sicraweb Stampe 5.1")
W, H = A4; L = 62; R = W - 56; y = H - 64
def glyphs(s, x, yy, f, sz, extra=0.0):
    for ch in s:
        t = c.beginText(); t.setFont(f, sz); t.setTextOrigin(x, yy); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, f, sz) + (extra if ch == " " else 0)
def center(s, f, sz):
    global y
    glyphs(s, (W - stringWidth(s, f, sz)) / 2, y, f, sz); y -= sz + 5
def para(txt, f="Times-Roman", sz=11, lead=14):
    global y
    words = txt.split(); lines = []; cur = []
    for w in words:
        if stringWidth(" ".join(cur + [w]), f, sz) > R - L and cur: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        s = " ".join(ln); ex = 0
        if i < len(lines) - 1 and len(ln) > 1: ex = (R - L - stringWidth(s, f, sz)) / (len(ln) - 1)
        glyphs(s, L, y, f, sz, ex); y -= lead
    y -= 4
center("COMUNE DI ROCCELLA VALDEMONE", "Times-Bold", 16)
center("Città Metropolitana di Messina", "Times-Italic", 11)
center("Area Economico-Finanziaria", "Times-Roman", 11); y -= 6
center("DETERMINAZIONE N. 9 DEL 04/03/2026 – REG. GEN. N. 52 DEL 05/03/2026", "Times-Bold", 11.5); y -= 6
para("OGGETTO: Rimborso ai contribuenti di somme versate e non dovute a titolo di IMU per l'anno d'imposta 2024. Impegno e liquidazione.", "Times-Bold")
center("IL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA", "Times-Bold", 11)
for t in ["Viste le istanze di rimborso presentate da n. 7 contribuenti per somme versate in eccesso a titolo di Imposta Municipale Propria per l'anno 2024, agli atti dell'ufficio tributi;",
 "Accertato, a seguito di istruttoria, che le somme versate risultano effettivamente non dovute per complessivi € 3.412,00;",
 "Visti l'art. 1, comma 164, della L. 296/2006 e il vigente regolamento comunale delle entrate;"]: para(t)
center("DETERMINA", "Times-Bold", 11)
for i, t in enumerate(["di impegnare la somma di € 3.412,00 al capitolo 1520 del bilancio 2026;",
 "di liquidare ai contribuenti indicati nell'elenco depositato agli atti le somme a fianco di ciascuno riportate;",
 "di dare atto che l'elenco non viene pubblicato nel rispetto della normativa sulla protezione dei dati personali."], 1):
    para(f"{i}. {t}")
y -= 8; glyphs("Roccella Valdemone, 05/03/2026", L, y, "Times-Roman", 11)
glyphs("Il Responsabile dell'Area", 360, y, "Times-Roman", 11); y -= 14
glyphs("rag. Salvatore Puglisi", 366, y, "Times-Italic", 11)
c.saveState(); c.translate(34, 250); c.rotate(90); c.setStrokeColorRGB(0.1, 0.2, 0.6); c.setFillColorRGB(0.1, 0.2, 0.6)
c.rect(-6, -14, 330, 30); c.setFont("Helvetica-Bold", 8.5)
c.drawString(0, 4, "ALBO PRETORIO ON LINE – Pubblicato dal 05/03/2026 al 20/03/2026")
c.drawString(0, -8, "n. 96 del registro delle pubblicazioni"); c.restoreState()
c.save()
