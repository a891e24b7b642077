# Comune di Castellino del Biferno (CB) - ordinanza sindacale: every glyph its own Tm+Tj (justified by
# moving glyphs); the Albo stamp is rotated 90 degrees in the left margin; number only in the foot and a box.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; L, R = 80, W - 60
c = canvas.Canvas(sys.argv[1], pagesize=A4, pageCompression=0)
c.setTitle("ORD_5_2026"); c.setCreator("Studio K - Gestione Atti"); c.setProducer("Studio K PDF Engine 4.0")
y = [0]
def glyphs(s, x, yy, font, size, gap=0.0):
    t = c.beginText(); t.setFont(font, size)
    for ch in s:
        t.setTextOrigin(x, yy); t.textOut(ch); x += stringWidth(ch, font, size) + (gap if ch == " " else 0)
    c.drawText(t)
def centred(s, font, size, lead):
    glyphs(s, (L + R) / 2 - stringWidth(s, font, size) / 2, y[0], font, size); y[0] -= lead
def para(text, font="Helvetica", size=10, lead=13.5, first=0, after=4, justify=True):
    lines = []; cur = []
    for w in text.split():
        ind = first if not lines else first
        if cur and stringWidth(" ".join(cur + [w]), font, size) > R - L - ind: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        s = " ".join(ln); gap = 0
        if justify and i < len(lines) - 1 and len(ln) > 1: gap = (R - L - first - stringWidth(s, font, size)) / (len(ln) - 1)
        glyphs(s, L + first, y[0], font, size, gap); y[0] -= lead
    y[0] -= after
c.setFillColorRGB(0.1, 0.3, 0.55); c.rect(L, H - 92, 36, 44, stroke=0, fill=1); c.setFillColorRGB(0, 0, 0)
glyphs("COMUNE DI CASTELLINO DEL BIFERNO", L + 48, H - 62, "Helvetica-Bold", 15)
glyphs("Provincia di Campobasso", L + 48, H - 76, "Helvetica", 9.5)
c.line(L, H - 100, R, H - 100)
c.saveState(); c.translate(46, 150); c.rotate(90); c.setStrokeColorRGB(0.6, 0.1, 0.1); c.setFillColorRGB(0.6, 0.1, 0.1)
c.rect(-4, -6, 560, 28); c.setFont("Helvetica-Bold", 7.5); c.drawString(2, 11, "ALBO PRETORIO ON LINE – COMUNE DI CASTELLINO DEL BIFERNO")
c.setFont("Helvetica", 7.5); c.drawString(2, 1, "Reg. pubbl. n. 191/2026 – in pubblicazione dal 25-03-2026 al 09-04-2026"); c.restoreState()
y[0] = H - 130
c.rect(R - 150, y[0] - 8, 150, 34)
glyphs("ORDINANZA", R - 140, y[0] + 12, "Helvetica", 8); glyphs("N. 5  DEL 25-03-2026", R - 140, y[0] - 1, "Helvetica-Bold", 10.5)
glyphs("IL SINDACO", L, y[0] + 2, "Helvetica-Bold", 13); y[0] -= 34
glyphs("Oggetto:", L, y[0], "Helvetica-Bold", 10)
para("Ordinanza contingibile e urgente per la rimozione di alberi pericolanti lungo la strada comunale Piana del Biferno.", font="Helvetica-Bold", first=48, after=10)
for s in ["PREMESSO che a seguito delle raffiche di vento del 21 e 22 marzo 2026 alcune alberature di alto fusto radicate nei fondi privati confinanti con la strada comunale Piana del Biferno risultano inclinate e parzialmente sradicate, con pericolo di caduta sulla carreggiata;",
          "VISTO il verbale di sopralluogo del Servizio Tecnico comunale e della Polizia Locale del 23-03-2026, prot. n. 781;",
          "RITENUTO che sussistano i presupposti di contingibilità e urgenza a tutela della pubblica incolumità;",
          "VISTI l'art. 54, comma 4, del D.Lgs. 18 agosto 2000, n. 267 e gli artt. 29 e 31 del D.Lgs. 30 aprile 1992, n. 285;"]:
    para(s)
y[0] -= 4; centred("O R D I N A", "Helvetica-Bold", 11, 18)
for i, s in enumerate(["ai proprietari dei fondi identificati al catasto al foglio 9, particelle 112, 113 e 140, di provvedere entro 5 giorni dalla notifica al taglio e alla rimozione delle alberature pericolanti;",
                       "la chiusura al transito della strada comunale Piana del Biferno fino all'esecuzione degli interventi;",
                       "che, in caso di inottemperanza, il Comune provveda d'ufficio con addebito delle spese ai proprietari inadempienti."], 1):
    glyphs("%d)" % i, L, y[0], "Helvetica", 10); para(s, first=18)
para("Avverso la presente è ammesso ricorso al T.A.R. Molise entro 60 giorni o ricorso straordinario al Capo dello Stato entro 120 giorni.", size=9)
para("Castellino del Biferno, 25-03-2026", justify=False, after=14)
glyphs("IL SINDACO", R - 150, y[0], "Helvetica-Bold", 10); y[0] -= 14
glyphs("Giovanni Di Iorio", R - 155, y[0], "Helvetica", 10)
c.line(L, 44, R, 44); glyphs("Ordinanza n. 5 del 25-03-2026", L, 34, "Helvetica", 7.5); glyphs("Studio K – Atti Amministrativi", R - 110, 34, "Helvetica", 7.5)
c.save()
