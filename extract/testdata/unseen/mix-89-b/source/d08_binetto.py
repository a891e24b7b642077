# Comune di Binetto: certificate of publication; every glyph its own Tm+Tj (reportlab), stamp rotated 90 degrees
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; L, R = 70, W - 70
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("JIRIDE PDF Engine 4.0"); c.setTitle("Certificato di pubblicazione")
def glyphs(s, x, y, font="Times-Roman", size=11, extra=0.0):
    c.setFont(font, size)
    for ch in s:
        c.drawString(x, y, ch); x += stringWidth(ch, font, size) + (extra if ch == " " else 0)
def centre(s, y, font="Times-Bold", size=12):
    glyphs(s, (W - stringWidth(s, font, size)) / 2, y, font, size)
def para(txt, y, font="Times-Roman", size=11, lead=15):
    words = txt.split(); line = []; lines = []
    for w in words:
        if stringWidth(" ".join(line + [w]), font, size) > R - L and line: lines.append(line); line = [w]
        else: line.append(w)
    lines.append(line)
    for i, ln in enumerate(lines):
        s = " ".join(ln); ex = 0
        if i < len(lines) - 1 and len(ln) > 1: ex = (R - L - stringWidth(s, font, size)) / (len(ln) - 1)
        glyphs(s, L, y, font, size, ex); y -= lead
    return y - 6
y = H - 70
centre("COMUNE DI BINETTO", y, "Times-Bold", 17); y -= 16
centre("Città Metropolitana di Bari", y, "Times-Italic", 10.5); y -= 12
centre("Servizio Segreteria Generale – Ufficio Albo Pretorio", y, "Times-Roman", 10); y -= 40
centre("CERTIFICATO DI PUBBLICAZIONE", y, "Times-Bold", 14); y -= 30
y = para("Deliberazione del Consiglio Comunale n. 6 del 27/02/2026", y, "Times-Bold")
y = para("Oggetto: Approvazione del Piano economico finanziario del servizio integrato di gestione dei rifiuti (PEF) 2026-2029 e delle tariffe TARI per l'anno 2026.", y, "Times-Bold")
y -= 8
y = para("Il sottoscritto Segretario Generale, visti gli atti d'ufficio, su conforme attestazione del Messo comunale, CERTIFICA che copia della deliberazione sopra indicata è stata pubblicata all'Albo Pretorio on line di questo Comune, al n. 187 del Registro delle pubblicazioni, per quindici giorni consecutivi, dal 03/03/2026 al 18/03/2026, ai sensi dell'art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267, e che contro di essa non sono pervenuti reclami od opposizioni.", y)
y = para("La deliberazione è divenuta esecutiva il 27/02/2026, essendo stata dichiarata immediatamente eseguibile (art. 134, comma 4, D.Lgs. 267/2000).", y)
y -= 10
glyphs("Binetto, 19/03/2026", L, y); y -= 40
glyphs("IL SEGRETARIO GENERALE", R - 170, y, "Times-Bold", 11); y -= 15
glyphs("dott.ssa Rosanna Lorusso", R - 165, y, "Times-Roman", 11)
c.saveState(); c.translate(38, 260); c.rotate(90); c.setFillColorRGB(0.1, 0.2, 0.6)
glyphs("ALBO PRETORIO ON LINE – Reg. n. 187/2026 – affisso il 03/03/2026", 0, 0, "Helvetica-Bold", 8.5); c.restoreState()
c.setFont("Helvetica", 7.5); c.drawCentredString(W / 2, 40, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 – Piazza Umberto I – 70020 Binetto (BA)")
c.save()
