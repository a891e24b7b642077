# Determinazione of the Comune di Rapolano Terme: every glyph placed by its own Tm + Tj (reportlab, raw operators), justified by moving glyphs
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Determinazione 61/2026")
FN = {"R": ("Helvetica", "F1"), "B": ("Helvetica-Bold", "F2")}
c.setFont("Helvetica-Bold", 1); c.setFont("Helvetica", 1)  # register fonts
ops = []
def glyphs(x, y, s, f="R", size=10, width=None):
    font = FN[f][0]; extra = 0
    if width and s.count(" "): extra = (width - stringWidth(s, font, size)) / s.count(" ")
    cx = x
    for ch in s:
        t = c.beginText(cx, y); t.setFont(font, size); t.textOut(ch); c.drawText(t)
        cx += stringWidth(ch, font, size) + (extra if ch == " " else 0)
def para(y, text, f="R", size=10, x=70, width=W-140):
    font = FN[f][0]; words = text.split(); lines = []; cur = []
    for w in words:
        if stringWidth(" ".join(cur+[w]), font, size) > width and cur: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, l in enumerate(lines):
        glyphs(x, y, " ".join(l), f, size, width if i < len(lines)-1 else None); y -= size*1.4
    return y - 4
glyphs(70, H-60, "COMUNE DI RAPOLANO TERME", "B", 15); glyphs(70, H-75, "Provincia di Siena", "R", 9)
c.line(70, H-82, W-70, H-82)
rows = [("Area", "AREA 2 – SERVIZI FINANZIARI"), ("Servizio", "Servizio Tributi"), ("Ufficio", "Ufficio Entrate Patrimoniali"),
        ("Determinazione", "n. 61 del 13.4.2026"), ("Reg. Gen.", "311")]
y = H-100
for a, b in rows:
    c.rect(70, y-5, 110, 16); c.rect(180, y-5, W-250, 16); glyphs(74, y, a, "B", 9); glyphs(184, y, b, "R", 9); y -= 16
y -= 18
y = para(y, "OGGETTO: Rimborso a contribuenti di somme versate e non dovute a titolo di canone unico patrimoniale per l'anno 2025 – Liquidazione.", "B", 10.5)
y = para(y, "IL RESPONSABILE DELL'AREA 2")
for s in ["Viste le istanze di rimborso presentate da n. 7 contribuenti ed istruite dall'Ufficio Entrate Patrimoniali, dalle quali risultano versamenti eccedenti il dovuto per complessivi euro 2.318,40;",
          "Visto il Regolamento comunale per l'applicazione del canone unico patrimoniale approvato con deliberazione consiliare n. 9 del 29.3.2021;",
          "Visti gli articoli 107, 183 e 184 del D.Lgs. 18 agosto 2000, n. 267;"]:
    y = para(y, s)
glyphs(270, y-4, "DETERMINA", "B", 11); y -= 26
for s in ["1. di disporre il rimborso delle somme indicate nell'elenco agli atti dell'ufficio, per complessivi euro 2.318,40;",
          "2. di imputare la spesa al capitolo 1015.09.0120 del bilancio 2026, impegno n. 412/2026;",
          "3. di trasmettere il presente atto al Servizio Ragioneria per l'emissione dei mandati di pagamento."]:
    y = para(y, s)
glyphs(340, y-20, "Il Responsabile dell'Area 2", "R", 10); glyphs(350, y-34, "dott. Luca Brogi", "R", 10)
glyphs(70, 40, "Rapolano Terme – Determinazione n. 61 del 13.4.2026 – Reg. Gen. 311 – pag. 1/1", "R", 7.5)
c.save()
