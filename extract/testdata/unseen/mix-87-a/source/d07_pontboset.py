# Comune di Pontboset - decreto del Sindaco; reportlab, every glyph its own Tm+Tj, rotated Albo stamp
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
out = sys.argv[1]; c = canvas.Canvas(out, pagesize=A4); W, H = A4
c.setCreator("Kibernetes PDF Printer 2.1"); c.setTitle("Décret / Decreto 4/2026")
L, R = 70, W - 60
def glyphs(s, x, y, font, size, extra=0.0):
    for ch in s:
        t = c.beginText(); t.setTextOrigin(x, y); t.setFont(font, size); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + (extra if ch == " " else 0)
def para(text, y, font="Times-Roman", size=11, lead=14, centre=False):
    words = text.split(); lines = []; cur = []
    for w in words:
        if stringWidth(" ".join(cur + [w]), font, size) > R - L and cur: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        s = " ".join(ln); sw = stringWidth(s, font, size)
        if centre: glyphs(s, (W - sw) / 2, y, font, size)
        else: glyphs(s, L, y, font, size, (R - L - sw) / (len(ln) - 1) if i < len(lines) - 1 and len(ln) > 1 else 0)
        y -= lead
    return y
# signature drawn first (out of reading order)
glyphs("Le Syndic / Il Sindaco", 360, 190, "Times-Bold", 11)
glyphs("Luca Champrétavy", 372, 175, "Times-Italic", 11)
y = H - 60
y = para("Commune de Pontboset – Comune di Pontboset", y, "Helvetica-Bold", 14, 17, True)
y = para("Région Autonome Vallée d'Aoste – Regione Autonoma Valle d'Aosta", y, "Helvetica", 9, 24, True)
y = para("DÉCRET DU SYNDIC / DECRETO DEL SINDACO", y, "Helvetica-Bold", 12, 15, True)
y = para("N. 4 du / del 9 mars / marzo 2026", y, "Helvetica", 11, 24, True)
y = para("Oggetto: Nomina del Responsabile del Servizio tecnico – lavori pubblici per il periodo 1° aprile 2026 – 31 marzo 2027.", y, "Times-Bold", 11, 14) - 10
y = para("IL SINDACO", y, "Times-Bold", 11, 16, True)
y = para("Vista la legge regionale 7 dicembre 1998, n. 54, e in particolare l'art. 46 relativo alle funzioni dei responsabili dei servizi; visto il regolamento comunale sull'ordinamento degli uffici e dei servizi; ritenuto di confermare l'incarico in considerazione della professionalità dimostrata e della continuità dei procedimenti in corso;", y) - 6
y = para("DECRETA", y, "Times-Bold", 11, 16, True)
for t in ["1. di nominare l'arch. Sara Vuillermoz Responsabile del Servizio tecnico – lavori pubblici per il periodo 1° aprile 2026 – 31 marzo 2027;",
          "2. di attribuire alla medesima la retribuzione di posizione nella misura prevista dal vigente contratto collettivo regionale;",
          "3. di trasmettere copia del presente decreto all'interessata e all'Ufficio personale."]:
    y = para(t, y) - 4
para("Pontboset, 9 marzo 2026", y - 10)
# rotated Albo stamp along the left margin
c.saveState(); c.translate(40, 200); c.rotate(90); c.setFillColorRGB(0.6, 0.1, 0.1)
glyphs("PUBBLICATO ALL'ALBO PRETORIO DAL 10/03/2026 AL 25/03/2026 – REG. N. 58", 0, 0, "Helvetica", 8)
c.restoreState()
c.save()
