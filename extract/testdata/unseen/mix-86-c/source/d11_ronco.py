# notice headed by its issuer; justified lines set Tw, headings letter-spaced with Tc
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.pagesizes import A4
W, H = A4; c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("Civilia Next PDF")
def sp(y, t, f, s, cs):
    w = stringWidth(t, f, s) + cs * (len(t) - 1); to = c.beginText((W - w) / 2, y); to.setFont(f, s); to.setCharSpace(cs); to.textOut(t); c.drawText(to)
sp(805, "COMUNE DI RONCO BIELLESE", "Times-Bold", 16, 2.5); sp(789, "PROVINCIA DI BIELLA", "Times-Roman", 9.5, 3)
c.line(60, 780, W-60, 780)
sp(745, "IL RESPONSABILE DEL SERVIZIO ELETTORALE", "Helvetica-Bold", 15, 1)
sp(718, "RENDE NOTO", "Helvetica-Bold", 14, 7)
sp(688, "AGGIORNAMENTO DELL'ALBO DELLE PERSONE IDONEE ALL'UFFICIO", "Helvetica-Bold", 11, 0)
sp(674, "DI SCRUTATORE DI SEGGIO ELETTORALE", "Helvetica-Bold", 11, 0)
text = ("che, ai sensi dell'art. 3 della legge 8 marzo 1989, n. 95, gli elettori del Comune che desiderano essere inseriti "
 "nell'albo delle persone idonee all'ufficio di scrutatore di seggio elettorale possono presentare domanda entro il "
 "30 novembre 2026 all'Ufficio Elettorale, in piazza Municipio 1, o tramite PEC. Possono presentare domanda gli elettori "
 "del Comune che abbiano assolto gli obblighi scolastici e non si trovino in una delle condizioni di incompatibilità "
 "previste dall'art. 38 del D.P.R. 361/1957 e dall'art. 23 del D.P.R. 570/1960. Coloro che sono già iscritti "
 "nell'albo non devono ripresentare la domanda; chi desidera esserne cancellato per gravi motivi può farne richiesta "
 "entro il 31 dicembre 2026. Il modulo è disponibile presso l'Ufficio Elettorale, aperto dal lunedì al sabato dalle "
 "ore 9:00 alle ore 12:00, e sul sito istituzionale del Comune.")
words = text.split(); lines = []; cur = []
for w in words:
    if stringWidth(" ".join(cur + [w]), "Helvetica", 11) > W - 140: lines.append(cur); cur = [w]
    else: cur.append(w)
lines.append(cur); y = 640
for i, l in enumerate(lines):
    s = " ".join(l); to = c.beginText(70, y); to.setFont("Helvetica", 11)
    if i < len(lines) - 1: to.setWordSpace((W - 140 - stringWidth(s, "Helvetica", 11)) / (len(l) - 1))
    to.textOut(s); c.drawText(to); y -= 15
c.setFont("Helvetica", 11); c.drawString(70, y - 25, "Ronco Biellese, 1° ottobre 2026")
c.drawCentredString(420, y - 65, "IL RESPONSABILE DEL SERVIZIO ELETTORALE"); c.drawCentredString(420, y - 80, "dott.ssa Carla Gallo")
c.setFont("Helvetica", 7.5); c.drawCentredString(W/2, 40, "Comune di Ronco Biellese – Piazza Municipio 1 – 13845 Ronco Biellese (BI)")
c.showPage(); c.save()
