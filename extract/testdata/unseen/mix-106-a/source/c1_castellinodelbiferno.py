# Comune di Castellino del Biferno (CB) - Giunta deliberation, "Studio K" house style: letterhead and the
# register foot ("Delibera G.C. n. 18 del 23-03-2026", printed only there and in the heading) are Form
# XObjects; the signature block and the dispositive part are drawn before the heading and the roll (out of
# reading order); the roll is in prose.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; L, R = 64, W - 60
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle("GC_18_2026"); c.setCreator("Studio K - Gestione Atti")
def lines(text, font, size, width):
    out = []; cur = []
    for w in text.split():
        if cur and stringWidth(" ".join(cur + [w]), font, size) > width: out.append(" ".join(cur)); cur = [w]
        else: cur.append(w)
    out.append(" ".join(cur)); return out
def para(y, text, font="Helvetica", size=10, lead=13, first=0):
    for i, s in enumerate(lines(text, font, size, R - L - first)):
        c.setFont(font, size); c.drawString(L + (first if i == 0 else 0), y, s); y -= lead; first = 0 if i == 0 else first
    return y - 4
c.beginForm("LH")
c.setFillColorRGB(0.1, 0.3, 0.55); c.rect(L, H - 92, 36, 44, stroke=0, fill=1); c.setFillColorRGB(0, 0, 0)
c.setFont("Helvetica-Bold", 15); c.drawString(L + 48, H - 62, "COMUNE DI CASTELLINO DEL BIFERNO")
c.setFont("Helvetica", 9.5); c.drawString(L + 48, H - 76, "Provincia di Campobasso")
c.setFont("Helvetica", 7.5); c.drawString(L + 48, H - 88, "Via Municipio, 7 – 86030 Castellino del Biferno (CB) – tel. 0874 770123")
c.setLineWidth(0.6); c.line(L, H - 100, R, H - 100)
c.endForm()
c.beginForm("FT")
c.setLineWidth(0.4); c.line(L, 44, R, 44); c.setFont("Helvetica", 7.5)
c.drawString(L, 34, "Delibera G.C. n. 18 del 23-03-2026")
c.drawRightString(R, 34, "Studio K – Atti Amministrativi")
c.endForm()
# page 1: foot first, then dispositive part (bottom half), then heading and roll (top half)
c.doForm("FT")
y = 488
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W / 2, y, "D E L I B E R A"); y -= 18
for i, s in enumerate(["di concedere in uso temporaneo, per la durata di anni due, i locali al piano terra dell'ex scuola elementare di via Roma all'Associazione culturale \"Amici del Biferno\", per le attività indicate in premessa;",
                       "di approvare lo schema di convenzione allegato, che disciplina gli oneri di manutenzione ordinaria e le utenze a carico dell'Associazione;",
                       "di demandare al Responsabile del Servizio Tecnico la sottoscrizione della convenzione e la consegna dei locali."], 1):
    c.setFont("Helvetica", 10); c.drawString(L, y, "%d." % i); y = para(y, s, first=16)
y = para(y, "Con separata e unanime votazione la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
c.doForm("LH")
y = H - 124
c.setFont("Helvetica-Bold", 12); c.drawCentredString(W / 2, y, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE"); y -= 16
c.setFont("Helvetica", 10); c.drawCentredString(W / 2, y, "Numero 18  –  Data 23-03-2026"); y -= 24
c.setFont("Helvetica-Bold", 10); c.drawString(L, y, "Oggetto:")
y = para(y, "CONCESSIONE IN USO TEMPORANEO DEI LOCALI DELL'EX SCUOLA ELEMENTARE DI VIA ROMA ALL'ASSOCIAZIONE CULTURALE \"AMICI DEL BIFERNO\".", font="Helvetica-Bold", first=48) - 6
for s in ["L'anno duemilaventisei il giorno ventitré del mese di marzo alle ore 13:00, nella Sala delle adunanze del Comune, convocata nei modi di legge, si è riunita la Giunta Comunale.",
          "Sono presenti i signori: Di Iorio Giovanni, Sindaco; Palladino Carmine, Vicesindaco. È assente giustificata la signora Ciccone Rosanna, Assessore.",
          "Partecipa il Segretario Comunale dott. Luigi Mastrangelo, incaricato della redazione del verbale. Presiede il Sindaco Giovanni Di Iorio, che, constatato il numero legale, dichiara aperta la seduta.",
          "LA GIUNTA COMUNALE – Vista la richiesta dell'Associazione culturale \"Amici del Biferno\", acquisita al protocollo n. 702 del 12-03-2026, di utilizzo dei locali dell'ex scuola elementare per attività di laboratorio e biblioteca sociale; acquisiti i pareri favorevoli ex art. 49 del D.Lgs. 267/2000; con voti unanimi favorevoli, resi in forma palese;"]:
    y = para(y, s)
c.showPage()
# page 2: signatures drawn before the letterhead
c.doForm("FT")
y = H - 150
c.setFont("Helvetica", 10)
c.drawString(L + 10, y, "IL SINDACO"); c.drawString(R - 200, y, "IL SEGRETARIO COMUNALE")
c.drawString(L + 10, y - 14, "Giovanni Di Iorio"); c.drawString(R - 200, y - 14, "dott. Luigi Mastrangelo")
c.setFont("Helvetica-Oblique", 8); c.drawString(L + 10, y - 26, "firmato digitalmente"); c.drawString(R - 200, y - 26, "firmato digitalmente")
c.doForm("LH")
c.setFont("Helvetica-Bold", 10); c.drawString(L, H - 124, "Letto, confermato e sottoscritto.")
c.save()
