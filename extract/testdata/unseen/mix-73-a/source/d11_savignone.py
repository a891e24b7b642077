# reportlab: every justified line sets its own word spacing (Tw), headings letter-spaced with Tc
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); W, H = A4; L, R = 70, W - 70
def spaced(y, s, f, sz, cs):
    w = stringWidth(s, f, sz) + cs * (len(s) - 1); t = c.beginText((W - w) / 2, y); t.setFont(f, sz); t.setCharSpace(cs); t.textOut(s); t.setCharSpace(0); c.drawText(t)
def para(y, text, f="Times-Roman", sz=11, lead=14.2):
    words = text.split(); lines = []; cur = []
    for w in words:
        if cur and stringWidth(" ".join(cur + [w]), f, sz) > R - L: lines.append(cur); cur = []
        cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        s = " ".join(ln); t = c.beginText(L, y); t.setFont(f, sz)
        tw = 0 if i == len(lines) - 1 or len(ln) < 2 else (R - L - stringWidth(s, f, sz)) / (len(ln) - 1)
        t.setWordSpace(tw); t.textLine(s); c.drawText(t); y -= lead
    return y - 4
spaced(800, "COMUNE DI SAVIGNONE", "Times-Bold", 15, 2.5)
spaced(784, "Città Metropolitana di Genova", "Times-Italic", 10, 0.5)
spaced(766, "SERVIZIO DI POLIZIA LOCALE", "Helvetica-Bold", 10, 1.8)
c.line(L, 758, R, 758)
c.setFont("Helvetica", 10); c.drawString(L, 740, "Registro ordinanze n. 6/2026"); c.drawRightString(R, 740, "Savignone, 13 febbraio 2026")
spaced(712, "ORDINANZA", "Times-Bold", 13, 4)
y = para(690, "OGGETTO: Divieto di transito ai veicoli di massa superiore a 3,5 t sulla strada comunale di Isorelle per cedimento della carreggiata.", "Times-Bold")
spaced(y - 4, "IL RESPONSABILE DEL SERVIZIO", "Times-Bold", 11, 1.2); y -= 26
for t in ["Visto il sopralluogo effettuato in data 12 febbraio 2026 dal personale dell'Ufficio Tecnico comunale, dal quale risulta un cedimento del margine di valle della carreggiata della strada comunale di Isorelle all'altezza del civico 21;",
          "Ritenuto necessario, nelle more degli interventi di ripristino, limitare il transito ai veicoli di massa a pieno carico non superiore a 3,5 tonnellate e istituire un restringimento della carreggiata;",
          "Visti gli artt. 6 e 7 del D.Lgs. 285/1992 e l'art. 107 del D.Lgs. 267/2000;"]:
    y = para(y, t)
spaced(y - 2, "ORDINA", "Times-Bold", 11, 3); y -= 24
for i, t in enumerate(["con decorrenza immediata e fino al termine dei lavori di ripristino, il divieto di transito ai veicoli di massa a pieno carico superiore a 3,5 t sulla strada comunale di Isorelle, dall'innesto con la S.P. 226 fino alla località Besolagno;",
          "l'istituzione del restringimento della carreggiata e del limite di velocità di 20 km/h in corrispondenza del cedimento;",
          "all'Ufficio Tecnico comunale la collocazione della prescritta segnaletica stradale."], 1):
    y = para(y, f"{i}. {t}")
y = para(y - 6, "Sono esclusi dal divieto i mezzi di soccorso, di polizia e quelli impiegati nei lavori. I trasgressori saranno puniti ai sensi del Codice della Strada.", "Times-Italic", 10)
c.setFont("Times-Roman", 11); c.drawCentredString(420, y - 14, "IL RESPONSABILE DEL SERVIZIO"); c.drawCentredString(420, y - 29, "Agente scelto Stefano Parodi")
c.save()
