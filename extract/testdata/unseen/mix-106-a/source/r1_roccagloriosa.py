# Comune di Roccagloriosa (SA) - Giunta deliberation, "Halley" house style: register box at top right,
# roll as a ruled table with P/A marks; every justified line sets word spacing (Tw), headings set Tc.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; L, R = 62, W - 56
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle("Delibera GC 23-2026"); c.setProducer("ReportLab PDF Library - www.reportlab.com")
y = [H - 60]
def spaced(s, x, yy, font, size, cs):
    t = c.beginText(x, yy); t.setFont(font, size); t.setCharSpace(cs); t.textOut(s); t.setCharSpace(0); c.drawText(t)
def para(text, font="Times-Roman", size=11, lead=14, first=0, after=5, justify=True):
    words = text.split(); lines = []; cur = []
    for w in words:
        ind = first if not lines else 0
        if cur and stringWidth(" ".join(cur + [w]), font, size) > R - L - ind: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        if y[0] < 80: newpage()
        ind = first if i == 0 else 0
        s = " ".join(ln); ws = 0
        if justify and i < len(lines) - 1 and len(ln) > 1:
            ws = (R - L - ind - stringWidth(s, font, size)) / (len(ln) - 1)
        t = c.beginText(L + ind, y[0]); t.setFont(font, size); t.setCharSpace(0); t.setWordSpace(ws); t.textOut(s); t.setWordSpace(0); c.drawText(t)
        y[0] -= lead
    y[0] -= after
def foot():
    c.setFont("Helvetica", 7.5)
    c.drawString(L, 30, "Deliberazione di Giunta Comunale n. 23 del 24.3.2026")
    c.drawRightString(R, 30, "Pag. %d" % c.getPageNumber())
def newpage():
    foot(); c.showPage(); y[0] = H - 60
# letterhead
c.setFillColorRGB(0.55, 0.1, 0.1); c.circle(L + 22, H - 70, 20, stroke=0, fill=1); c.setFillColorRGB(0, 0, 0)
spaced("COMUNE DI ROCCAGLORIOSA", L + 55, H - 64, "Times-Bold", 16, 1.2)
c.setFont("Times-Italic", 10.5); c.drawString(L + 55, H - 79, "Provincia di Salerno")
c.setFont("Helvetica", 7.5); c.drawString(L + 55, H - 90, "Via Roma, 1 – 84060 Roccagloriosa (SA) – C.F. 84001230652")
c.rect(R - 140, H - 100, 140, 46)
c.setFont("Helvetica", 8); c.drawString(R - 134, H - 66, "Deliberazione")
c.setFont("Helvetica-Bold", 11); c.drawString(R - 134, H - 80, "n. 23 del 24.3.2026")
c.setFont("Helvetica", 7); c.drawString(R - 134, H - 93, "Codice ente 065107")
y[0] = H - 128
c.setLineWidth(0.8); c.line(L, y[0] + 12, R, y[0] + 12)
w = stringWidth("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", "Times-Bold", 13) + 46 * 0.8
spaced("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", (L + R - w) / 2, y[0] - 6, "Times-Bold", 13, 0.8); y[0] -= 30
c.setFont("Times-Bold", 11); c.drawString(L, y[0], "OGGETTO:"); y[0] -= 0
para("Approvazione del progetto di fattibilità tecnico-economica per la messa in sicurezza della strada comunale Roccagloriosa – Acquavena. CUP D27H26000120004.", font="Times-Bold", first=62, after=10)
para("L'anno duemilaventisei, il giorno ventiquattro del mese di marzo, alle ore 12:30, nella sala delle adunanze della Casa Comunale, previa osservanza delle formalità prescritte, si è riunita la Giunta Comunale. Risultano:")
rows = [("Lamberti Gerardo", "Sindaco", "X", ""), ("Feola Antonietta", "Vicesindaco", "X", ""),
        ("Cammarano Pasquale", "Assessore", "X", ""), ("De Luca Lucia", "Assessore", "", "X")]
cols = [L, L + 200, L + 330, L + 380, L + 430]
def row(vals, bold=False, hh=16):
    c.setFont("Times-Bold" if bold else "Times-Roman", 10.5)
    for i in range(4):
        c.rect(cols[i], y[0] - 4, cols[i + 1] - cols[i], hh)
        if i < 2: c.drawString(cols[i] + 4, y[0] + 1, vals[i])
        else: c.drawCentredString((cols[i] + cols[i + 1]) / 2, y[0] + 1, vals[i])
    y[0] -= hh
row(("Cognome e Nome", "Carica", "P", "A"), True)
for r in rows: row(r)
c.setFont("Times-Roman", 10.5); c.drawString(cols[2] + 4 + 100, y[0] + 32 + 18, "Presenti: 3"); c.drawString(cols[2] + 104, y[0] + 36, "Assenti: 1")
y[0] -= 10
para("Partecipa con funzioni consultive, referenti, di assistenza e verbalizzazione (art. 97, comma 4, lett. a, del D.Lgs. n. 267/2000) il Segretario Comunale dott.ssa Carmela Pinto. Il Sindaco, Gerardo Lamberti, constatato il numero legale degli intervenuti, dichiara aperta la riunione ed invita i convenuti a deliberare sull'oggetto sopra indicato.")
c.setFont("Times-Bold", 11.5); c.drawCentredString((L + R) / 2, y[0], "LA GIUNTA COMUNALE"); y[0] -= 18
for s in ["PREMESSO che la strada comunale Roccagloriosa – Acquavena presenta, nel tratto compreso tra località Fontana Vecchia e il ponte sul torrente Mingardo, cedimenti della scarpata di valle e fenomeni di erosione che ne compromettono la sicurezza;",
          "VISTO il progetto di fattibilità tecnico-economica redatto dall'Ufficio Tecnico comunale, acquisito al protocollo n. 1388 del 18.3.2026, dell'importo complessivo di € 385.000,00, di cui € 291.400,00 per lavori;",
          "DATO ATTO che sulla proposta sono stati espressi i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
          "CON VOTI unanimi favorevoli, espressi nelle forme di legge;"]:
    para(s)
c.setFont("Times-Bold", 11.5); c.drawCentredString((L + R) / 2, y[0], "D E L I B E R A"); y[0] -= 18
for i, s in enumerate(["di approvare il progetto di fattibilità tecnico-economica per la messa in sicurezza della strada comunale Roccagloriosa – Acquavena, dell'importo complessivo di € 385.000,00;",
                       "di nominare Responsabile Unico del Progetto l'ing. Vito Tancredi, Responsabile dell'Area Tecnica;",
                       "di demandare al Responsabile dell'Area Tecnica gli adempimenti per la richiesta di finanziamento alla Regione Campania."], 1):
    c.setFont("Times-Roman", 11); c.drawString(L, y[0], "%d)" % i); para(s, first=18)
para("Con successiva e separata votazione unanime, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.")
y[0] -= 10
c.setFont("Times-Roman", 10.5)
c.drawString(L + 20, y[0], "IL SINDACO"); c.drawString(R - 190, y[0], "IL SEGRETARIO COMUNALE"); y[0] -= 14
c.drawString(L + 20, y[0], "Gerardo Lamberti"); c.drawString(R - 190, y[0], "dott.ssa Carmela Pinto"); y[0] -= 12
c.setFont("Times-Italic", 8); c.drawString(L + 20, y[0], "firmato digitalmente"); c.drawString(R - 190, y[0], "firmato digitalmente")
foot(); c.save()
