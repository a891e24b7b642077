# Comunità Montana del Sebino Bresciano: reportlab, one glyph per Tm/Tj, rotated Albo stamp
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.pagesizes import A4
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setProducer("Halley PDF Stampa 4.0")
def glyphs(x, y, s, font="Times-Roman", size=11, width=None):
    words = s.split(" ")
    natural = sum(stringWidth(w, font, size) for w in words)
    sp = stringWidth(" ", font, size)
    if width and len(words) > 1:
        sp = (width - natural) / (len(words) - 1)
    cx = x
    for wi, w in enumerate(words):
        for ch in w:
            t = c.beginText(); t.setTextOrigin(cx, y); t.setFont(font, size); t.textOut(ch); c.drawText(t)
            cx += stringWidth(ch, font, size)
        cx += sp
def para(y, text, font="Times-Roman", size=11, x=70, width=455, lead=14.5):
    words = text.split(); line = []
    lines = []
    for w in words:
        if stringWidth(" ".join(line + [w]), font, size) > width and line:
            lines.append(line); line = [w]
        else: line.append(w)
    lines.append(line)
    for i, l in enumerate(lines):
        glyphs(x, y, " ".join(l), font, size, width if i < len(lines) - 1 else None); y -= lead
    return y - 4
def center(y, s, font="Times-Bold", size=12):
    glyphs((W - stringWidth(s, font, size)) / 2, y, s, font, size)
center(800, "COMUNITÀ MONTANA", "Times-Bold", 16)
center(781, "DEL SEBINO BRESCIANO", "Times-Bold", 16)
center(765, "Via Roma 41 – 25057 Sale Marasino (BS)", "Times-Roman", 9)
c.line(70, 757, 525, 757)
center(738, "SERVIZIO ASSOCIATO CATASTO E TERRITORIO", "Times-Bold", 11)
center(725, "Comuni di Iseo, Marone, Monte Isola, Monticelli Brusati, Ome, Pisogne, Sale Marasino, Sulzano, Zone", "Times-Italic", 8.5)
c.rect(70, 668, 455, 44)
glyphs(80, 697, "DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO", "Times-Bold", 11)
glyphs(80, 680, "Reg. Gen. 311", "Times-Bold", 11)
glyphs(330, 680, "Det. Servizio n. CT/58", "Times-Roman", 11)
y = 645
glyphs(70, y, "OGGETTO:", "Times-Bold", 11)
y = para(y, "Affidamento del servizio di aggiornamento della banca dati catastale e toponomastica dei Comuni associati per gli anni 2026-2027. CIG B4D71E02C9. Determinazione a contrarre e aggiudicazione.", "Times-Bold", 11, x=132, width=393)
y -= 6; center(y, "IL RESPONSABILE DEL SERVIZIO ASSOCIATO"); y -= 22
for p in ["Vista la convenzione tra la Comunità Montana e i Comuni del Sebino per la gestione associata del servizio catasto e territorio, approvata con deliberazione dell'Assemblea n. 9 del 2024;",
          "Dato atto che è necessario provvedere all'aggiornamento della banca dati catastale e toponomastica, anche ai fini della gestione dei tributi locali dei Comuni associati;",
          "Visto il preventivo della società GeoSebino S.r.l. di Iseo, pari a euro 38.900,00 oltre IVA, ritenuto congruo dal Responsabile Unico del Progetto;"]:
    y = para(y, p)
y -= 4; center(y, "DETERMINA"); y -= 22
for i, p in enumerate(["di affidare alla società GeoSebino S.r.l. il servizio di aggiornamento della banca dati catastale e toponomastica per gli anni 2026-2027, per euro 38.900,00 oltre IVA;",
          "di impegnare la spesa complessiva di euro 47.458,00 sul capitolo 10120 del bilancio 2026-2028, ripartita in parti uguali sulle annualità 2026 e 2027;",
          "di dare atto che la spesa è rimborsata dai Comuni associati secondo il riparto previsto dalla convenzione;",
          "di trasmettere il presente atto ai Comuni associati."], 1):
    glyphs(70, y, "%d." % i, "Times-Roman", 11)
    y = para(y, p, x=88, width=437)
y -= 8
glyphs(70, y, "Sale Marasino, 16.03.2026", "Times-Roman", 11)
glyphs(340, y - 20, "IL RESPONSABILE DEL SERVIZIO", "Times-Roman", 10)
glyphs(355, y - 34, "arch. Francesca Zanotti", "Times-Italic", 11)
# rotated stamp in the left margin
c.saveState(); c.translate(40, 250); c.rotate(90)
c.setStrokeColorRGB(0.1, 0.2, 0.6); c.setFillColorRGB(0.1, 0.2, 0.6)
c.rect(-4, -12, 330, 24)
glyphs(2, -4, "ALBO ON LINE – PUBBLICATO DAL 17.03.2026 – N. 156", "Helvetica-Bold", 9)
c.restoreState()
c.showPage(); c.save()
