# Certificato di pubblicazione, Loro Piceno: justified lines with Tw, headings letter-spaced with Tc, rotated stamp
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Certificato di pubblicazione")
L, R = 70, W - 70
y = H - 80
def spaced(s, font, size, cs, yy):
    w = stringWidth(s, font, size) + cs * (len(s) - 1)
    t = c.beginText(); t.setFont(font, size); t.setWordSpace(0); t.setCharSpace(cs); t.setTextOrigin((W - w) / 2, yy); t.textOut(s); c.drawText(t)
def para(s, font="Helvetica", size=10.5, lead=15):
    global y
    words, lines, line = s.split(), [], ""
    for w in words:
        tr = (line + " " + w).strip()
        if stringWidth(tr, font, size) > R - L and line: lines.append(line); line = w
        else: line = tr
    lines.append(line)
    for i, ln in enumerate(lines):
        t = c.beginText(); t.setFont(font, size); t.setCharSpace(0); t.setWordSpace(0); t.setTextOrigin(L, y)
        if i < len(lines) - 1 and ln.count(" "):
            t.setWordSpace((R - L - stringWidth(ln, font, size)) / ln.count(" "))
        t.textOut(ln); c.drawText(t); y -= lead
    y -= 6
spaced("COMUNE DI LORO PICENO", "Helvetica-Bold", 15, 2.2, y); y -= 18
spaced("Provincia di Macerata", "Helvetica", 10, 1.0, y); y -= 12
spaced("Piazza Giacomo Matteotti, 1 – 62020 Loro Piceno (MC)", "Helvetica", 8.5, 0.3, y); y -= 30
spaced("CERTIFICATO DI PUBBLICAZIONE", "Helvetica-Bold", 13, 3.0, y); y -= 30
para("Determinazione del Responsabile dell'Area Tecnica – Registro Generale n. 92 del 10/03/2026", "Helvetica-Bold", 10.5)
para("Oggetto: Fornitura e posa in opera di giochi inclusivi e pavimentazione antitrauma nel parco pubblico di via Ugo Bassi – Approvazione della contabilità finale e del certificato di regolare esecuzione – CUP B17B25000230004 – CIG B62F1A0D84.", "Helvetica", 10.5)
y -= 6
para("Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio e visto l'art. 32 della Legge 18 giugno 2009, n. 69,")
spaced("A T T E S T A", "Helvetica-Bold", 11, 1.5, y); y -= 24
para("che copia della determinazione sopra indicata è stata pubblicata all'Albo Pretorio on line del Comune, accessibile dal sito istituzionale, al n. 241 del Registro delle pubblicazioni, per quindici giorni consecutivi dal 11/03/2026 al 26/03/2026, ai sensi dell'art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267, e che durante tale periodo non sono pervenuti reclami od opposizioni.")
y -= 10
t = c.beginText(); t.setFont("Helvetica", 10.5); t.setCharSpace(0); t.setWordSpace(0); t.setTextOrigin(L, y); t.textOut("Loro Piceno, 27/03/2026"); c.drawText(t)
for i, s in enumerate(["IL RESPONSABILE DELLA PUBBLICAZIONE", "Istruttore amministrativo", "Lucia Ciarapica"]):
    t = c.beginText(); t.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 10); t.setTextOrigin(330, y - 14 * i); t.textOut(s); c.drawText(t)
# rotated round-cornered stamp
c.saveState(); c.translate(150, y - 120); c.rotate(14)
c.setStrokeColorRGB(0.55, 0.1, 0.1); c.setFillColorRGB(0.55, 0.1, 0.1); c.setLineWidth(1.5)
c.roundRect(0, 0, 190, 46, 8)
t = c.beginText(); t.setFont("Helvetica-Bold", 9); t.setCharSpace(1); t.setTextOrigin(14, 29); t.textOut("COMUNE DI LORO PICENO"); c.drawText(t)
t = c.beginText(); t.setFont("Helvetica", 8); t.setCharSpace(0); t.setTextOrigin(14, 13); t.textOut("Ufficio Segreteria – Albo on line"); c.drawText(t)
c.restoreState()
t = c.beginText(); t.setCharSpace(0); c.drawText(t); c.setFont("Helvetica", 7.5); c.drawString(L, 40, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate")
c.showPage(); c.save()
