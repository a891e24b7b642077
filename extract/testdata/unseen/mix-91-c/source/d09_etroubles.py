# reportlab: every glyph its own text object (Tm+Tj); Albo stamp rotated 90 degrees in the left margin; Italian then French
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("Kibernetes PDF Printer 2.1")
W, H = A4; L = 70; R = W - 60; y = H - 70
def glyphs(x, y, t, f, s):
    for ch in t:
        o = c.beginText(); o.setFont(f, s); o.setTextOrigin(x, y); o.textOut(ch); c.drawText(o)
        x += stringWidth(ch, f, s)
def para(t, f="Times-Roman", s=11, center=False):
    global y
    ws = t.split(); cur = []; lines = []
    for w in ws:
        if stringWidth(" ".join(cur + [w]), f, s) > R - L and cur: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for ln in lines:
        t = " ".join(ln); x = (W - stringWidth(t, f, s)) / 2 if center else L
        glyphs(x, y, t, f, s); y -= s + 3
    y -= 6
# stamp first (out of reading order), rotated
c.saveState(); c.translate(36, 200); c.rotate(90); c.setStrokeColorRGB(.1, .2, .6); c.setFillColorRGB(.1, .2, .6)
c.rect(-4, -6, 330, 20); glyphs(0, 0, "ALBO PRETORIO ON LINE – Pubblicato dal 08/06/2026 al 23/06/2026", "Helvetica", 8); c.restoreState()
para("COMUNE DI ETROUBLES – COMMUNE D'ÉTROUBLES", "Helvetica-Bold", 13, True)
para("Région autonome Vallée d'Aoste – Regione autonoma Valle d'Aosta", "Helvetica", 9, True)
para("AVVISO – AVIS", "Helvetica-Bold", 16, True)
para("Prot. n. 2274 del 08/06/2026", "Helvetica", 10, True)
para("RACCOLTA STRAORDINARIA DEI RIFIUTI INGOMBRANTI – SABATO 20 GIUGNO 2026", "Times-Bold", 12, True)
para("Si informa la cittadinanza che sabato 20 giugno 2026, dalle ore 8:00 alle ore 12:00, presso il piazzale della ex latteria in località Vachéry, sarà effettuata la raccolta straordinaria dei rifiuti ingombranti riservata alle utenze domestiche del Comune. Non saranno accettati rifiuti provenienti da attività commerciali.")
para("COLLECTE EXTRAORDINAIRE DES ENCOMBRANTS – SAMEDI 20 JUIN 2026", "Times-Bold", 12, True)
para("La population est informée que le samedi 20 juin 2026, de 8 h à 12 h, sur la place de l'ancienne laiterie au hameau de Vachéry, aura lieu la collecte extraordinaire des encombrants réservée aux ménages de la Commune.")
y -= 20
para("Il Sindaco – Le Syndic", "Times-Roman", 11)
para("Massimo Tamone", "Times-Italic", 11)
c.save()
