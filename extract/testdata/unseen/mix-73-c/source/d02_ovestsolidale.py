# Azienda Speciale Consortile Ovest Solidale: CdA deliberation, reportlab; justified lines set Tw, headings letter-spaced with Tc
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; L, R = 60, W - 58
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle("Deliberazione CdA n. 7/2026"); c.setAuthor("Ovest Solidale"); c.setCreator("Civilia Next")
y = [0]
def head():
    c.setFillColorRGB(0.75, 0.1, 0.2); c.rect(L, H - 80, 34, 34, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1); c.setFont("Helvetica-Bold", 9); c.drawCentredString(L + 17, H - 66, "OS")
    c.setFillColorRGB(0, 0, 0); c.setFont("Helvetica-Bold", 12)
    t = c.beginText(L + 44, H - 60); t.setCharSpace(1.4); t.textLine("OVEST SOLIDALE"); t.setCharSpace(0); c.drawText(t)
    c.setFont("Helvetica", 8.5); c.drawString(L + 44, H - 72, "Azienda Speciale Consortile Ovest Solidale")
    c.drawString(L + 44, H - 82, "Servizi alla persona dei Comuni del Rhodense – Via Beato Pietro Giacomo, 1 – 20017 Rho (MI)")
    c.line(L, H - 90, R, H - 90)
    c.setFont("Helvetica", 7.5); c.drawCentredString(W / 2, 28, "Deliberazione del Consiglio di Amministrazione n. 7 del 14.04.2026 – pag. %d" % c.getPageNumber())
    y[0] = H - 112
def spaced(text, size=11, cs=2.5):
    c.setFont("Helvetica-Bold", size); w = stringWidth(text, "Helvetica-Bold", size) + cs * (len(text) - 1)
    t = c.beginText(W / 2 - w / 2, y[0]); t.setCharSpace(cs); t.textLine(text); t.setCharSpace(0); c.drawText(t); y[0] -= size + 8
def para(text, font="Helvetica", size=10, lead=13, indent=0, after=5):
    words = text.split(); lines = []; cur = []; maxw = R - L - indent
    for w in words:
        if cur and stringWidth(" ".join(cur + [w]), font, size) > maxw: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        if y[0] < 60: c.showPage(); head()
        t = c.beginText(L + indent, y[0]); t.setFont(font, size); s = " ".join(ln)
        t.setWordSpace((maxw - stringWidth(s, font, size)) / (len(ln) - 1) if i < len(lines) - 1 and len(ln) > 1 else 0)
        t.textOut(s); t.setWordSpace(0); c.drawText(t); y[0] -= lead
    y[0] -= after
head()
spaced("VERBALE DI DELIBERAZIONE DEL CONSIGLIO DI AMMINISTRAZIONE", size=10.5, cs=0.8)
c.setFont("Helvetica-Bold", 10); c.rect(L, y[0] - 6, R - L, 20)
c.drawString(L + 8, y[0], "Deliberazione n. 7"); c.drawRightString(R - 8, y[0], "Seduta del 14.04.2026 – ore 17:30"); y[0] -= 32
c.drawString(L, y[0], "OGGETTO:"); y[0] -= 14
para("Approvazione del Piano Programma 2026-2028 e del Budget economico 2026 del Servizio di Assistenza Domiciliare.", font="Helvetica-Bold")
para("L'anno duemilaventisei, il giorno quattordici del mese di aprile, alle ore 17:30, presso la sede aziendale di Rho, regolarmente convocato, si è riunito il Consiglio di Amministrazione nelle persone di: avv. Luca Brambilla, Presidente, presente; dott.ssa Paola Re, Vicepresidente, presente; sig. Andrea Colombo, Consigliere, presente; dott.ssa Marta Sala, Consigliere, assente giustificata.")
para("Partecipa il Direttore dott. Giorgio Fumagalli, che svolge le funzioni di segretario verbalizzante. Il Presidente, accertato il numero legale, dichiara aperta la seduta.")
spaced("IL CONSIGLIO DI AMMINISTRAZIONE", size=10, cs=2.0)
for s in ["Visto lo Statuto aziendale, che attribuisce al Consiglio di Amministrazione la predisposizione del Piano Programma e del Budget da sottoporre all'Assemblea consortile;",
 "Considerato che il Servizio di Assistenza Domiciliare è stato conferito all'Azienda da tutti i nove Comuni soci e che per l'anno 2026 si stimano 1.240 utenti in carico;",
 "Esaminato il Budget economico 2026, che pareggia in euro 3.918.400,00, e il Piano Programma 2026-2028 predisposti dal Direttore;",
 "Acquisito il parere favorevole del Revisore unico in data 10.04.2026;",
 "All'unanimità dei voti dei Consiglieri presenti, espressi in forma palese,"]:
    para(s)
spaced("D E L I B E R A", size=10.5, cs=1.2)
for i, s in enumerate(["di approvare il Piano Programma 2026-2028 del Servizio di Assistenza Domiciliare, allegato sub A) al presente atto;",
 "di approvare il Budget economico 2026 del Servizio, allegato sub B), che pareggia in euro 3.918.400,00;",
 "di trasmettere il presente atto all'Assemblea consortile per l'approvazione definitiva, convocata per il giorno 29.04.2026;",
 "di dichiarare, con separata votazione unanime, la presente deliberazione immediatamente eseguibile."], 1):
    c.setFont("Helvetica", 10); c.drawString(L, y[0], "%d." % i); para(s, indent=18)
y[0] -= 16
c.setFont("Helvetica", 9.5)
c.drawCentredString(L + 110, y[0], "IL PRESIDENTE"); c.drawCentredString(R - 110, y[0], "IL SEGRETARIO VERBALIZZANTE")
c.drawCentredString(L + 110, y[0] - 13, "avv. Luca Brambilla"); c.drawCentredString(R - 110, y[0] - 13, "dott. Giorgio Fumagalli")
c.save()
