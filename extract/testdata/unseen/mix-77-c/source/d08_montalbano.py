# letterhead as a Form XObject; every justified line sets Tw; heading letter-spaced with Tc
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=(595, 842)); c.setCreator("Civilia Next")
c.beginForm("head"); c.setFont("Helvetica-Bold", 15); c.drawCentredString(297, 800, "COMUNE DI MONTALBANO ELICONA")
c.setFont("Helvetica", 9.5); c.drawCentredString(297, 786, "Città Metropolitana di Messina – Piazza Maria SS. Assunta – 98065 Montalbano Elicona")
c.line(60, 778, 535, 778); c.endForm()
def just(y, text, font="Helvetica", size=10.5, W=475, x=60, lead=14.5):
    words = text.split(); lines = []; line = []
    for w in words:
        if stringWidth(" ".join(line + [w]), font, size) > W: lines.append(line); line = [w]
        else: line.append(w)
    lines.append(line)
    for k, l in enumerate(lines):
        s = " ".join(l); t = c.beginText(x, y); t.setFont(font, size)
        if k < len(lines) - 1 and len(l) > 1: t.setWordSpace((W - stringWidth(s, font, size)) / (len(l) - 1))
        t.textOut(s); t.setWordSpace(0); c.drawText(t); y -= lead
    return y - 5
def spaced(y, s, size=12):
    t = c.beginText(); t.setFont("Helvetica-Bold", size); t.setCharSpace(2.2)
    w = stringWidth(s, "Helvetica-Bold", size) + 2.2 * len(s); t.setTextOrigin(297 - w / 2, y); t.textOut(s); t.setCharSpace(0); c.drawText(t)
# body drawn first, letterhead last
y = 740
spaced(y, "ESTRATTO DI DELIBERAZIONE DEL CONSIGLIO COMUNALE"); y -= 22
c.setFont("Helvetica-Bold", 11); c.drawString(60, y, "Deliberazione N. 4 del 16/02/2026"); y -= 20
y = just(y, "OGGETTO: Approvazione del Regolamento per l'applicazione dell'imposta di soggiorno.", "Helvetica-Bold")
y = just(y, "L'anno duemilaventisei il giorno sedici del mese di febbraio alle ore 18:30, nella sala consiliare, in sessione ordinaria e in seduta pubblica di prima convocazione, si è riunito il Consiglio Comunale, presieduto dal Presidente del Consiglio sig.ra Maria Catania, con la partecipazione del Segretario Generale dott. Antonino Russo. Constatato il numero legale degli intervenuti, il Presidente dichiara aperta la seduta. (omissis)")
spaced(y, "IL CONSIGLIO COMUNALE", 11); y -= 20
y = just(y, "Udita la relazione dell'Assessore al Bilancio; visto l'art. 4 del D.Lgs. 14 marzo 2011, n. 23; visti i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. 267/2000; con voti favorevoli 7, contrari 2, astenuti nessuno, espressi per alzata di mano dai 9 consiglieri presenti e votanti,")
spaced(y, "DELIBERA", 11); y -= 20
y = just(y, "1. di approvare il Regolamento per l'applicazione dell'imposta di soggiorno, composto da 14 articoli, allegato alla presente quale parte integrante e sostanziale;")
y = just(y, "2. di stabilire che il Regolamento entra in vigore il 1° aprile 2026 e di trasmetterlo al Ministero dell'Economia e delle Finanze per la pubblicazione.")
y = just(y, "(omissis) Il presente estratto è conforme all'originale depositato agli atti dell'Ufficio Segreteria.")
c.setFont("Helvetica", 10); c.drawString(60, y - 10, "IL PRESIDENTE"); c.drawString(380, y - 10, "IL SEGRETARIO GENERALE")
c.drawString(60, y - 24, "Maria Catania"); c.drawString(380, y - 24, "dott. Antonino Russo")
c.doForm("head"); c.save()
