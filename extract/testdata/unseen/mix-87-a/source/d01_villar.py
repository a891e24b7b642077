# Comune di Villar Focchiardo - Giunta deliberation, reportlab, justified lines set Tw (word spacing)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
out = sys.argv[1]
c = canvas.Canvas(out, pagesize=A4); W, H = A4
c.setTitle("Deliberazione G.C. 18/2026"); c.setAuthor("Comune di Villar Focchiardo")
L, R = 60, W - 60
def just(text, y, font="Helvetica", size=10, lead=13.5):
    words = text.split(); line = []
    lines = []
    for w in words:
        if stringWidth(" ".join(line + [w]), font, size) > R - L and line:
            lines.append(line); line = [w]
        else: line.append(w)
    lines.append(line)
    for i, ln in enumerate(lines):
        s = " ".join(ln); t = c.beginText(L, y); t.setFont(font, size)
        if i < len(lines) - 1 and len(ln) > 1:
            t.setWordSpace((R - L - stringWidth(s, font, size)) / (len(ln) - 1))
        t.textLine(s); c.drawText(t); y -= lead
    return y
c.setFont("Helvetica-Bold", 15); c.drawCentredString(W/2, H-60, "COMUNE DI VILLAR FOCCHIARDO")
c.setFont("Helvetica", 9); c.drawCentredString(W/2, H-74, "Città Metropolitana di Torino")
c.rect(L, H-130, R-L, 42)
c.setFont("Helvetica-Bold", 11); c.drawCentredString(W/2, H-104, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE")
c.setFont("Helvetica", 10); c.drawCentredString(W/2, H-120, "N. 18 del 10/03/2026")
y = H - 155
c.setFont("Helvetica-Bold", 10); c.drawString(L, y, "OGGETTO:"); y -= 14
y = just("Approvazione dello schema di convenzione con l'Associazione Nazionale Alpini – Gruppo di Villar Focchiardo per la manutenzione dei sentieri comunali. Anno 2026.", y, "Helvetica-Bold", 10) - 8
y = just("L'anno duemilaventisei, addì dieci del mese di marzo alle ore 17:30 nella sala delle adunanze, previo esaurimento delle formalità prescritte dalla legge, vennero convocati a seduta i componenti della Giunta Comunale. Sono presenti i signori:", y) - 6
rows = [("Cognome e nome", "Carica", "Pres.", "Ass."), ("GIAI Paolo", "Sindaco", "X", ""), ("BERTOLO Silvia", "Vice Sindaco", "X", ""), ("CORDOLA Marco", "Assessore", "", "X")]
for i, r in enumerate(rows):
    c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 10)
    c.rect(L, y-4, R-L, 16, stroke=1, fill=0)
    c.drawString(L+6, y, r[0]); c.drawString(L+200, y, r[1]); c.drawCentredString(L+350, y, r[2]); c.drawCentredString(L+420, y, r[3]); y -= 16
c.setFont("Helvetica", 10); c.drawString(L, y-2, "Totale presenti 2 – assenti 1"); y -= 22
y = just("Assiste all'adunanza il Segretario Comunale dott.ssa Laura Ruffino, la quale provvede alla redazione del presente verbale. Riconosciuto legale il numero degli intervenuti, il sig. GIAI Paolo nella sua qualità di Sindaco assume la presidenza e dichiara aperta la seduta.", y) - 8
c.setFont("Helvetica-Bold", 10); c.drawCentredString(W/2, y, "LA GIUNTA COMUNALE"); y -= 18
y = just("Premesso che il territorio comunale è attraversato da una fitta rete di sentieri e mulattiere di interesse escursionistico che necessitano di periodici interventi di pulizia e sfalcio; vista la disponibilità manifestata dal locale Gruppo Alpini con nota prot. n. 1123 del 02/03/2026; acquisiti i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. 267/2000; con voti unanimi favorevoli espressi in forma palese,", y) - 6
c.setFont("Helvetica-Bold", 10); c.drawCentredString(W/2, y, "D E L I B E R A"); y -= 18
for p in ["1. di approvare lo schema di convenzione allegato alla presente quale parte integrante e sostanziale;",
          "2. di riconoscere all'Associazione un rimborso forfettario delle spese pari ad euro 1.800,00 per l'anno 2026;",
          "3. di demandare al Responsabile dell'Area Tecnica l'adozione degli atti conseguenti;",
          "4. di dichiarare la presente, con separata votazione unanime, immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000."]:
    y = just(p, y) - 4
y -= 20
c.setFont("Helvetica", 9)
c.drawString(L, y, "IL SINDACO"); c.drawString(R-200, y, "IL SEGRETARIO COMUNALE"); y -= 12
c.drawString(L, y, "F.to GIAI Paolo"); c.drawString(R-200, y, "F.to dott.ssa Laura Ruffino")
c.setFont("Helvetica", 7); c.drawCentredString(W/2, 30, "Halley Informatica – Atti amministrativi – Pag. 1 di 1")
c.save()
