# Comune di Atzara (NU) - Giunta deliberation; reportlab, every justified line sets Tw (word spacing)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
out = sys.argv[1]
W, H = A4
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Deliberazione G.C. n. 38/2026"); c.setCreator("Halley Informatica - Atti Amministrativi"); c.setProducer("ReportLab PDF Library")
L, R = 62, W - 62
def head():
    c.setFont("Helvetica-Bold", 15); c.drawCentredString(W/2, H-60, "COMUNE DI ATZARA")
    c.setFont("Helvetica", 9.5); c.drawCentredString(W/2, H-74, "Provincia di Nuoro")
    c.drawCentredString(W/2, H-86, "Via Vittorio Emanuele, 1 - 08030 Atzara (NU) - C.F. 00160480910")
    c.line(L, H-94, R, H-94)
def foot(p, n):
    c.setFont("Helvetica", 7.5); c.drawString(L, 34, "Deliberazione della Giunta Comunale n. 38 del 14/04/2026"); c.drawRightString(R, 34, "Pag. %d di %d" % (p, n))
def just(y, text, font="Helvetica", size=10, width=None, last_free=True, x=None):
    x = L if x is None else x
    width = width or (R - L)
    words = text.split(); lines = []; cur = []
    for w in words:
        if stringWidth(" ".join(cur + [w]), font, size) > width and cur: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        t = c.beginText(x, y); t.setFont(font, size)
        s = " ".join(ln)
        if i < len(lines) - 1 and len(ln) > 1:
            t.setWordSpace((width - stringWidth(s, font, size)) / (len(ln) - 1))
        t.textOut(s); c.drawText(t); y -= size * 1.4
    return y - 3
head()
c.setFont("Helvetica-Bold", 12); c.drawCentredString(W/2, H-122, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE")
# register box top right style: boxed grid
c.rect(L, H-178, R-L, 42)
c.line(L+150, H-178, L+150, H-136); c.line(L+300, H-178, L+300, H-136)
c.setFont("Helvetica", 8); c.drawString(L+6, H-148, "Numero"); c.drawString(L+156, H-148, "Data"); c.drawString(L+306, H-148, "Copia / Originale")
c.setFont("Helvetica-Bold", 12); c.drawString(L+6, H-168, "38"); c.drawString(L+156, H-168, "14/04/2026"); c.drawString(L+306, H-168, "ORIGINALE")
y = H-200
c.setFont("Helvetica-Bold", 10); c.drawString(L, y, "OGGETTO:")
y = just(y, "Approvazione dello schema di convenzione con l'Associazione di Volontariato \"Protezione Civile Atzara\" per il servizio di avvistamento e primo intervento antincendio boschivo - campagna 2026.", "Helvetica-Bold", 10, width=R-L-62, x=L+62)
y -= 6
y = just(y, "L'anno duemilaventisei, il giorno quattordici del mese di aprile alle ore 12:30, nella sala delle adunanze della Casa Comunale, convocata nei modi di legge, si è riunita la Giunta Comunale. Presiede la seduta il Sindaco Alessandro Corona. Risultano presenti e assenti i signori:")
rows = [("Corona Alessandro", "Sindaco", "P"), ("Loi Maria Grazia", "Vicesindaco", "P"), ("Sedda Paolo", "Assessore", "P"), ("Cadeddu Giovanna", "Assessore", "A"), ("Marras Efisio", "Assessore", "P")]
c.setFont("Helvetica-Bold", 9); y -= 4
c.drawString(L+20, y, "Cognome e nome"); c.drawString(L+200, y, "Carica"); c.drawString(L+330, y, "Presente"); c.drawString(L+400, y, "Assente")
c.line(L+16, y-4, L+450, y-4); y -= 16
c.setFont("Helvetica", 9.5)
for n, r, p in rows:
    c.drawString(L+20, y, n); c.drawString(L+200, y, r); c.drawCentredString(L+350 if p == "P" else L+420, y, "X"); y -= 14
c.line(L+16, y+8, L+450, y+8)
c.setFont("Helvetica", 9.5); c.drawString(L+20, y-4, "Presenti n. 4 - Assenti n. 1"); y -= 22
y = just(y, "Partecipa il Segretario Comunale dott.ssa Rita Pinna, che provvede alla redazione del presente verbale. Il Presidente, constatato il numero legale, dichiara aperta la seduta e invita la Giunta a deliberare sull'oggetto sopra indicato.")
c.setFont("Helvetica-Bold", 10.5); c.drawCentredString(W/2, y-4, "LA GIUNTA COMUNALE"); y -= 22
for p in ["PREMESSO che la Regione Autonoma della Sardegna, con le prescrizioni regionali antincendio 2026-2028, individua nei Comuni i soggetti tenuti a garantire il presidio del territorio nel periodo di elevato pericolo di incendio, dal 1° giugno al 31 ottobre;",
          "CONSIDERATO che l'Associazione di Volontariato \"Protezione Civile Atzara\", iscritta nell'elenco regionale del volontariato di protezione civile, ha manifestato la disponibilità a svolgere il servizio di avvistamento dalla postazione di Bruncu Perdu e di primo intervento con due moduli antincendio;",
          "VISTO lo schema di convenzione allegato, che prevede un rimborso forfettario delle spese pari a euro 7.500,00 per l'intera campagna;",
          "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;"]:
    y = just(y, p)
foot(1, 2); c.showPage(); head()
y = H-120
y = just(y, "Con votazione unanime, espressa in forma palese,")
c.setFont("Helvetica-Bold", 10.5); c.drawCentredString(W/2, y-4, "D E L I B E R A"); y -= 22
for i, p in enumerate(["di approvare lo schema di convenzione con l'Associazione di Volontariato \"Protezione Civile Atzara\" per il servizio di avvistamento e primo intervento antincendio boschivo per la campagna 2026, allegato alla presente quale parte integrante e sostanziale;",
          "di autorizzare il Responsabile dell'Area Tecnica alla sottoscrizione della convenzione e all'adozione degli atti di impegno della spesa di euro 7.500,00 sul capitolo 11150 del bilancio 2026-2028, annualità 2026;",
          "di trasmettere copia della presente alla Stazione Forestale e di V.A. di Sorgono per opportuna conoscenza."], 1):
    c.setFont("Helvetica", 10); c.drawString(L, y, "%d." % i); y = just(y, p, width=R-L-18, x=L+18)
y = just(y, "Con successiva e separata votazione unanime, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267.")
y -= 10
c.setFont("Helvetica", 9); c.drawString(L, y, "Letto, approvato e sottoscritto."); y -= 28
c.setFont("Helvetica-Bold", 9); c.drawCentredString(L+100, y, "IL SINDACO"); c.drawCentredString(R-100, y, "IL SEGRETARIO COMUNALE")
c.setFont("Helvetica", 9.5); c.drawCentredString(L+100, y-14, "Alessandro Corona"); c.drawCentredString(R-100, y-14, "dott.ssa Rita Pinna")
c.setFont("Helvetica-Oblique", 7.5); c.drawCentredString(W/2, y-40, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate")
foot(2, 2); c.showPage(); c.save()
