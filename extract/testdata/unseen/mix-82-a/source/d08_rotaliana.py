# Comunità Rotaliana-Königsberg (TN): Consiglio; justified lines set with Tw (word spacing), headings letter-spaced with Tc;
# roll in two side-by-side columns (reportlab)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.utils import simpleSplit
W, H = A4; L, R = 56, W-56
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setCreator("Maggioli J-Iride"); c.setProducer("J-Iride Report Engine / ReportLab")
y = H-60
def spaced(t, size, cs, yy, font="Helvetica-Bold"):
    to = c.beginText(); to.setFont(font, size); to.setCharSpace(cs)
    w = stringWidth(t, font, size) + cs*(len(t)-1); to.setTextOrigin((W-w)/2, yy); to.textOut(t); to.setCharSpace(0); c.drawText(to)
def just(t, font="Helvetica", size=10, lead=14):
    global y
    lines = simpleSplit(t, font, size, R-L)
    for i, ln in enumerate(lines):
        to = c.beginText(); to.setFont(font, size); to.setCharSpace(0); to.setTextOrigin(L, y)
        n = ln.count(" ")
        to.setWordSpace((R-L-stringWidth(ln, font, size))/n if i < len(lines)-1 and n else 0)
        to.textOut(ln); c.drawText(to); y -= lead
    y -= 5
spaced("COMUNITÀ ROTALIANA-KÖNIGSBERG", 14, 1.5, y); y -= 15
c.setFont("Helvetica", 8.5); c.drawCentredString(W/2, y, "Provincia autonoma di Trento – Via Cavalleggeri, 19 – 38016 Mezzocorona"); y -= 8
c.line(L, y, R, y); y -= 26
spaced("VERBALE DI DELIBERAZIONE DEL CONSIGLIO DELLA COMUNITÀ", 11, 0.8, y); y -= 16
spaced("N. 6 DI DATA 2 MARZO 2026", 10.5, 2, y); y -= 26
just("OGGETTO: Approvazione del Regolamento per la concessione di contributi alle associazioni sportive e culturali del territorio della Comunità.", "Helvetica-Bold", 10.5)
just("Il giorno due marzo duemilaventisei, alle ore 20:00, presso la sala consiliare della Comunità, a seguito di regolare convocazione, si è riunito il Consiglio della Comunità in seduta pubblica di prima convocazione. Fatto l'appello risultano:")
roll = [("Dalpiaz Walter", "presente"), ("Fedrizzi Laura", "presente"), ("Kaswalder Ivo", "presente"), ("Melchiori Sara", "assente giustificata"), ("Pedron Claudio", "presente"),
        ("Rossi Tiziana", "presente"), ("Sandri Diego", "presente"), ("Tait Elena", "assente"), ("Zadra Matteo", "presente"), ("Zeni Francesca", "presente")]
to = c.beginText(); to.setCharSpace(0); to.setWordSpace(0); c.drawText(to)
c.setFont("Helvetica", 10)
for i, (n, s) in enumerate(roll):
    x = L + (0 if i < 5 else 250); yy = y - 14*(i % 5)
    c.drawString(x, yy, n); c.drawString(x+120, yy, s)
y -= 14*5 + 8
just("Presenti n. 8, assenti n. 2. Assiste e verbalizza il Segretario generale dott.ssa Nicoletta Pedrotti. Riconosciuto legale il numero degli intervenuti, il signor Walter Dalpiaz, nella sua qualità di Presidente del Consiglio, assume la presidenza e dichiara aperta la seduta.")
spaced("IL CONSIGLIO DELLA COMUNITÀ", 10.5, 1.2, y); y -= 20
just("Vista la legge provinciale 16 giugno 2006, n. 3; visto lo Statuto della Comunità; esaminato lo schema di Regolamento predisposto dal Servizio Socio-Assistenziale e Cultura; acquisiti i pareri favorevoli di regolarità tecnica e contabile; con voti favorevoli n. 6, contrari n. 0, astenuti n. 2 (Kaswalder, Sandri), espressi per alzata di mano dagli 8 Consiglieri presenti e votanti,")
spaced("DELIBERA", 11, 3, y); y -= 20
for i, t in enumerate(["di approvare il Regolamento per la concessione di contributi alle associazioni sportive e culturali del territorio della Comunità, composto da 14 articoli, allegato alla presente;",
    "di abrogare il precedente regolamento approvato con deliberazione consiliare n. 21 del 2017;",
    "di dare atto che il Regolamento entra in vigore il giorno successivo alla data di esecutività della presente deliberazione."], 1):
    just(f"{i}. {t}")
just("Con separata votazione, con voti favorevoli n. 8, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 183, comma 4, del Codice degli enti locali approvato con L.R. 3 maggio 2018, n. 2.")
y -= 20; to = c.beginText(); to.setCharSpace(0); to.setWordSpace(0); c.drawText(to)
c.setFont("Helvetica-Bold", 10); c.drawCentredString(160, y, "IL PRESIDENTE"); c.drawCentredString(W-160, y, "IL SEGRETARIO GENERALE")
c.setFont("Helvetica", 10); c.drawCentredString(160, y-14, "Walter Dalpiaz"); c.drawCentredString(W-160, y-14, "dott.ssa Nicoletta Pedrotti")
c.showPage(); c.save()
