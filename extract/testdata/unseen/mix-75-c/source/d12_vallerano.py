# Vallerano: certificato di pubblicazione of a determinazione; justified with Tw, headings letter-spaced with Tc, two columns of label/value
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("ReportLab PDF Library - www.reportlab.com")
def spaced(x, y, s, font, size, cs, centre=False):
    t = c.beginText(); t.setFont(font, size); t.setCharSpace(cs)
    w = stringWidth(s, font, size) + cs * len(s)
    t.setTextOrigin((W - w) / 2 if centre else x, y); t.textOut(s); t.setCharSpace(0); c.drawText(t)
def just(x, y, words_line, width, font="Times-Roman", size=11, last=False):
    s = " ".join(words_line); t = c.beginText(); t.setFont(font, size); t.setTextOrigin(x, y)
    if not last and len(words_line) > 1:
        t.setWordSpace((width - stringWidth(s, font, size)) / (len(words_line) - 1))
    t.textOut(s); t.setWordSpace(0); c.drawText(t)
def para(x, y, text, width, font="Times-Roman", size=11, lead=15):
    words = text.split(); line = []
    for w in words:
        if stringWidth(" ".join(line + [w]), font, size) > width and line:
            just(x, y, line, width, font, size); y -= lead; line = []
        line.append(w)
    just(x, y, line, width, font, size, last=True); return y - lead
spaced(0, 800, "COMUNE DI VALLERANO", "Times-Bold", 16, 3, True)
spaced(0, 783, "PROVINCIA DI VITERBO", "Times-Roman", 10, 2, True)
c.setFont("Times-Italic", 9); c.drawCentredString(W / 2, 770, "Piazza Vittorio Emanuele II n. 1 - 01030 Vallerano (VT)")
c.line(60, 762, W - 60, 762)
spaced(0, 725, "CERTIFICATO DI PUBBLICAZIONE", "Times-Bold", 13, 2.2, True)
# two columns: left labels/values, right labels/values
L = [("Atto:", "Determinazione"), ("Numero:", "N. 47/2026 R.G."), ("Adottata il:", "16.02.2026"), ("Settore:", "Area Tecnica - Manutentiva")]
R = [("N. Settore:", "12"), ("Registro Albo:", "n. 138/2026"), ("Affissione:", "17.02.2026"), ("Defissione:", "04.03.2026")]
y = 690
for (a, b), (d, e) in zip(L, R):
    c.setFont("Times-Bold", 10.5); c.drawString(70, y, a); c.drawString(320, y, d)
    c.setFont("Times-Roman", 10.5); c.drawString(150, y, b); c.drawString(410, y, e); y -= 16
c.line(60, y + 6, W - 60, y + 6)
y -= 14
c.setFont("Times-Bold", 11); c.drawString(70, y, "Oggetto:"); y -= 16
y = para(70, y, "Affidamento diretto dei lavori di manutenzione straordinaria della copertura del cimitero comunale - CIG B9D4E27C15 - Impegno di spesa.", W - 140, "Times-Italic", 11)
y -= 10
y = para(70, y, "Il sottoscritto Messo comunale, su conforme attestazione del Responsabile delle pubblicazioni, certifica che copia della determinazione sopra indicata è stata pubblicata all'Albo Pretorio on line del Comune di Vallerano per quindici giorni consecutivi, dal 17.02.2026 al 04.03.2026, ai sensi dell'art. 32 della Legge n. 69/2009 e del vigente Regolamento comunale per la gestione dell'Albo Pretorio informatico, e che avverso la stessa non sono pervenuti reclami od opposizioni.", W - 140)
y -= 18
c.setFont("Times-Roman", 11); c.drawString(70, y, "Vallerano, 05.03.2026")
c.setFont("Times-Bold", 10.5); c.drawString(350, y - 30, "IL MESSO COMUNALE")
c.setFont("Times-Roman", 11); c.drawString(360, y - 46, "Sig. Franco Pacifici")
c.setFont("Times-Roman", 7.5); c.drawCentredString(W / 2, 40, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 - Comune di Vallerano - Servizio Albo Pretorio")
c.showPage(); c.save()
