# Ente Parco delle Alpi Liguri: certificate of publication, reportlab; every glyph its own Tm+Tj (justified by moving glyphs),
# Albo stamp rotated 90 degrees along the left margin
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; L, R = 78, W - 64
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Attestazione di pubblicazione"); c.setCreator("Kibernetes PDF Printer 2.1"); c.setProducer("Kibernetes PDF Printer 2.1")
def glyphs(s, x, y, font, size, extra=0.0):
    for ch in s:
        t = c.beginText(); t.setFont(font, size); t.setTextOrigin(x, y); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + (extra if ch == " " else 0)
def center(s, y, font="Times-Bold", size=12): glyphs(s, W / 2 - stringWidth(s, font, size) / 2, y, font, size)
def para(text, y, font="Times-Roman", size=11.5, lead=16):
    words = text.split(); lines = []; cur = []; maxw = R - L
    for w in words:
        if cur and stringWidth(" ".join(cur + [w]), font, size) > maxw: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        s = " ".join(ln); ex = (maxw - stringWidth(s, font, size)) / (len(ln) - 1) if i < len(lines) - 1 and len(ln) > 1 else 0
        glyphs(s, L, y, font, size, ex); y -= lead
    return y - 6
center("ENTE PARCO DELLE ALPI LIGURI", H - 70, "Times-Bold", 16)
center("Piazza Martiri della Libertà, 2 – 18030 Rezzo (IM) – C.F. 90072450085", H - 86, "Times-Roman", 9)
c.line(L, H - 94, R, H - 94)
center("ATTESTAZIONE DI AVVENUTA PUBBLICAZIONE", H - 130, "Times-Bold", 13)
y = para("Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,", H - 165)
center("ATTESTA", y - 4, "Times-Bold", 12); y -= 30
y = para("che la determinazione del Direttore n. 22 del 08/04/2026, avente ad oggetto:", y)
y = para("Affidamento del servizio di manutenzione della sentieristica dell'Alta Via dei Monti Liguri nel tratto Colle di Nava – Monte Saccarello. CIG B8F2C4D913.", y, font="Times-Bold")
y = para("è stata pubblicata all'Albo Pretorio on line dell'Ente, ai sensi dell'art. 32 della legge 18 giugno 2009, n. 69, per quindici giorni consecutivi dal 09/04/2026 al 24/04/2026, con il numero di registro delle pubblicazioni 118/2026, e che contro di essa non sono pervenuti reclami né opposizioni.", y)
y = para("Rezzo, 27/04/2026", y - 10)
glyphs("IL RESPONSABILE DELLA PUBBLICAZIONE", R - 230, y - 20, "Times-Roman", 10.5)
glyphs("rag. Elena Lanteri", R - 185, y - 36, "Times-Italic", 11)
c.saveState(); c.translate(44, 250); c.rotate(90); c.setStrokeColorRGB(0.1, 0.2, 0.6); c.setFillColorRGB(0.1, 0.2, 0.6)
c.rect(-6, -8, 360, 26); glyphs("ALBO ON LINE – Reg. Pubbl. n. 118 – affisso il 09/04/2026", 0, 2, "Helvetica-Bold", 10)
c.restoreState()
c.save()
