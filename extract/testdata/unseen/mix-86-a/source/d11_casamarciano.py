# reportlab: certificate of publication; every justified line sets Tw, the heading is letter-spaced with Tc
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.pagesizes import A4
W, H = A4; c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("Civilia Next - Albo on line")
def just(y, text, font="Helvetica", size=10.5, x0=70, w=455, lead=15):
    words = text.split(); line = []
    while words:
        line.append(words.pop(0))
        if words and stringWidth(" ".join(line + [words[0]]), font, size) > w:
            s = " ".join(line); tw = (w - stringWidth(s, font, size)) / max(1, s.count(" "))
            o = c.beginText(x0, y); o.setFont(font, size); o.setCharSpace(0); o.setWordSpace(tw); o.textOut(s); c.drawText(o); y -= lead; line = []
    if line: o = c.beginText(x0, y); o.setFont(font, size); o.setCharSpace(0); o.setWordSpace(0); o.textOut(" ".join(line)); c.drawText(o); y -= lead
    return y - 6
def spaced(y, s, font, size, tc):
    w = stringWidth(s, font, size) + tc * (len(s) - 1); o = c.beginText((W - w) / 2, y); o.setFont(font, size); o.setCharSpace(tc); o.textOut(s); c.drawText(o)
spaced(800, "COMUNE DI CASAMARCIANO", "Helvetica-Bold", 15, 2.5)
spaced(784, "Città Metropolitana di Napoli", "Helvetica", 10, 0.5)
c.line(70, 775, W - 70, 775)
spaced(740, "CERTIFICATO DI PUBBLICAZIONE", "Helvetica-Bold", 13, 3)
y = just(710, "Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,")
spaced(y - 4, "C E R T I F I C A", "Helvetica-Bold", 11, 1); y -= 28
y = just(y, "che la Determinazione del Settore Tecnico n. 31 del 07/04/2026, registrata al n. 254 del Registro Generale in data 08/04/2026, avente ad oggetto:")
y = just(y, "\u201cAffidamento del servizio di manutenzione del verde pubblico e delle aree cimiteriali per il periodo maggio – ottobre 2026 – Determinazione a contrarre e impegno di spesa – CIG B9C27D4F18\u201d", "Helvetica-Bold")
y = just(y, "è stata pubblicata all'Albo Pretorio on line di questo Comune, al n. 412 del Registro delle Pubblicazioni, per quindici giorni consecutivi dal 09/04/2026 al 24/04/2026, ai sensi dell'art. 124, comma 1, del D.Lgs. 18 agosto 2000, n. 267 e dell'art. 32, comma 1, della Legge 18 giugno 2009, n. 69, e che avverso la stessa non sono pervenuti reclami od opposizioni.")
y = just(y - 10, "Casamarciano, 27/04/2026")
c.setFont("Helvetica", 10.5); c.drawCentredString(420, y - 20, "Il Responsabile della Pubblicazione"); c.drawCentredString(420, y - 36, "Sig. Aniello Napolitano")
c.setFont("Helvetica-Oblique", 8); c.drawCentredString(W / 2, 40, "Documento firmato digitalmente ai sensi dell'art. 21 del D.Lgs. 82/2005")
c.showPage(); c.save()
