# Giunta of Teana: every glyph placed on its own (one BT/Tm/Tj per glyph), roll table with X columns
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=(595, 842)); c.setProducer("Halley PDF Export 4.0")
def g(x, y, s, f="Times-Roman", z=10.5):
    for ch in s:
        t = c.beginText(); t.setTextOrigin(x, y); t.setFont(f, z); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, f, z)
def para(y, text, f="Times-Roman", z=10.5, w=480, x0=58):
    words = text.split(); line = []
    lines = []
    for wd in words:
        if stringWidth(" ".join(line + [wd]), f, z) > w and line: lines.append(line); line = []
        line.append(wd)
    lines.append(line)
    for i, ln in enumerate(lines):
        if i < len(lines) - 1 and len(ln) > 1:
            gap = (w - stringWidth("".join(ln), f, z)) / (len(ln) - 1); x = x0
            for wd in ln: g(x, y, wd, f, z); x += stringWidth(wd, f, z) + gap
        else: g(x0, y, " ".join(ln), f, z)
        y -= z * 1.35
    return y - 4
def ctr(y, s, f="Times-Bold", z=11): g(297 - stringWidth(s, f, z) / 2, y, s, f, z)
ctr(800, "COMUNE DI TEANA", "Times-Bold", 16); ctr(784, "(Provincia di Potenza)", "Times-Italic", 10)
c.line(58, 776, 538, 776)
ctr(755, "COPIA DI DELIBERAZIONE DELLA GIUNTA COMUNALE")
g(58, 735, "Deliberazione n. 9", "Times-Bold", 11); g(400, 735, "del 26 marzo 2026", "Times-Bold", 11)
y = para(712, "OGGETTO: Concessione in uso gratuito dei locali dell'ex edificio scolastico di via Garibaldi alla Pro Loco di Teana per attività culturali e turistiche – anno 2026.", "Times-Bold", 10.5)
y = para(y - 4, "L'anno duemilaventisei, addì ventisei del mese di marzo, alle ore tredici e minuti trenta, nella sala delle adunanze del Palazzo Municipale, previa convocazione, si è riunita la Giunta Comunale nelle persone dei Signori:")
rows = [("Nome e cognome", "Carica", "Presente", "Assente"), ("Vincenzo Fiore", "Sindaco", "", "X"), ("Rocco Lofiego", "Vicesindaco", "X", ""), ("Angela Propato", "Assessore", "X", "")]
xs = [70, 250, 380, 460]
for i, r in enumerate(rows):
    yy = y - i * 17
    c.rect(64, yy - 5, 470, 17)
    for j, s in enumerate(r): g(xs[j] + (10 if j > 1 else 0), yy, s, "Times-Bold" if i == 0 else "Times-Roman", 10)
y -= len(rows) * 17 + 10
y = para(y, "Assume la presidenza il Vicesindaco Rocco Lofiego, essendo assente il Sindaco. Partecipa il Segretario Comunale reggente dott. Michele Grieco, il quale cura la redazione del presente verbale.")
ctr(y - 4, "LA GIUNTA COMUNALE"); y -= 24
y = para(y, "VISTA la richiesta della Pro Loco di Teana acquisita al protocollo n. 811 del 10.3.2026; CONSIDERATO che i locali non sono attualmente utilizzati per finalità istituzionali; ACQUISITO il parere favorevole di regolarità tecnica ai sensi dell'art. 49 del D.Lgs. n. 267/2000;")
y = para(y, "Con votazione unanime favorevole, espressa per alzata di mano,")
ctr(y - 2, "D E L I B E R A"); y -= 22
y = para(y, "1) di concedere in uso gratuito alla Pro Loco di Teana, fino al 31 dicembre 2026, i locali dell'ex edificio scolastico di via Garibaldi;")
y = para(y, "2) di porre a carico della Pro Loco le spese di pulizia e di piccola manutenzione;")
y = para(y, "3) di dichiarare, con separata e unanime votazione, il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.")
g(70, y - 20, "IL PRESIDENTE", "Times-Bold", 10); g(360, y - 20, "IL SEGRETARIO COMUNALE REGGENTE", "Times-Bold", 10)
g(70, y - 34, "Rocco Lofiego"); g(360, y - 34, "dott. Michele Grieco")
c.save()
