# Comune di Cassaro - Consiglio comunale: ReportLab canvas. Letterhead and running foot are Form XObjects
# reused on both pages; body lines justified with Tw (word spacing); headings letter-spaced with Tc;
# roll printed as two side-by-side column groups with P/A marks; date and time in words.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; L, R = 70, W - 66
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle("Delibera C.C. 9/2026"); c.setCreator("Sicraweb - Maggioli"); c.setProducer("iText 2.1.7 by 1T3XT")
c.beginForm("lh")
c.setFont("Times-Bold", 19); c.drawCentredString(W / 2, H - 58, "COMUNE DI CASSARO")
c.setFont("Times-Italic", 10.5); c.drawCentredString(W / 2, H - 72, "Libero Consorzio Comunale di Siracusa")
c.setFont("Times-Roman", 8); c.drawCentredString(W / 2, H - 83, "Piazza San Giuseppe – 96010 Cassaro (SR) – tel. 0931 877014")
c.setLineWidth(1.1); c.line(L, H - 90, R, H - 90); c.setLineWidth(0.4); c.line(L, H - 92.5, R, H - 92.5)
c.endForm()
c.beginForm("ft")
c.setFont("Times-Italic", 8); c.drawString(L, 36, "Deliberazione del Consiglio Comunale n. 9 del 29/04/2026 – copia conforme all'originale informatico")
c.endForm()
y = [0]
def spaced(s, font, size, lead, tc=2.2):
    t = c.beginText(); t.setFont(font, size); t.setCharSpace(tc)
    w = stringWidth(s, font, size) + tc * (len(s) - 1)
    t.setTextOrigin((L + R) / 2 - w / 2, y[0]); t.textOut(s); t.setCharSpace(0); c.drawText(t); y[0] -= lead
def para(text, font="Times-Roman", size=11, lead=14, indent=0, after=4):
    words = text.split(); lines = []; cur = []
    for w in words:
        if cur and stringWidth(" ".join(cur + [w]), font, size) > R - L - indent: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        if y[0] < 70: newpage()
        s = " ".join(ln); t = c.beginText(); t.setFont(font, size)
        if i < len(lines) - 1 and len(ln) > 1: t.setWordSpace((R - L - indent - stringWidth(s, font, size)) / (len(ln) - 1))
        t.setTextOrigin(L + indent, y[0]); t.textOut(s); c.drawText(t); y[0] -= lead
    y[0] -= after
def page():
    c.doForm("ft"); c.setFont("Times-Roman", 8); c.drawRightString(R, 36, "pag. %d" % c.getPageNumber())
    c.doForm("lh"); y[0] = H - 116
def newpage(): c.showPage(); page()
page()
spaced("DELIBERAZIONE DEL CONSIGLIO COMUNALE", "Times-Bold", 13, 17)
spaced("N. 9 del 29/04/2026", "Times-Bold", 12, 24, tc=1)
c.setFont("Times-Bold", 11); c.drawString(L, y[0], "OGGETTO:")
para("Approvazione del rendiconto della gestione per l'esercizio finanziario 2025.", font="Times-Bold", indent=60, after=10)
para("L'anno duemilaventisei, il giorno ventinove del mese di aprile, alle ore diciannove, nella sala consiliare del Palazzo municipale, in seduta ordinaria di prima convocazione, si è riunito il Consiglio comunale, convocato dal Presidente con avviso prot. n. 1362 del 22/04/2026, regolarmente notificato ai consiglieri. All'appello risultano:")
left = [("Grasso Salvatore", "P"), ("Vinci Concetta", "P"), ("Bordonaro Giuseppe", "P"), ("Aliffi Maria Rita", "A"), ("Tarascio Corrado", "P")]
right = [("Caruso Angela", "P"), ("Messina Paolo", "P"), ("Randone Sebastiano", "A"), ("Fazzino Lucia", "P"), ("Spadaro Gaetano", "P")]
c.setFont("Times-Bold", 9.5)
for x0 in (L, L + 240):
    c.drawString(x0 + 4, y[0], "Consigliere"); c.drawString(x0 + 170, y[0], "P"); c.drawString(x0 + 200, y[0], "A")
top = y[0] + 11; y[0] -= 14
c.setFont("Times-Roman", 10)
for (ln, lp), (rn, rp) in zip(left, right):
    for x0, n, pa in ((L, ln, lp), (L + 240, rn, rp)):
        c.drawString(x0 + 4, y[0], n); c.drawString(x0 + (170 if pa == "P" else 200), y[0], "X")
    y[0] -= 13
c.setLineWidth(0.5)
for x0 in (L, L + 240):
    c.rect(x0, y[0] + 9, 225, top - y[0] - 9); c.line(x0, top - 15, x0 + 225, top - 15); c.line(x0 + 160, y[0] + 9, x0 + 160, top); c.line(x0 + 190, y[0] + 9, x0 + 190, top)
y[0] -= 6
para("Presenti n. 8 – Assenti n. 2 (Aliffi, Randone). È presente il Sindaco, dott. Mario Alì. Presiede la seduta il Presidente del Consiglio comunale, sig. Salvatore Grasso. Partecipa il Segretario comunale, dott.ssa Rosaria Calvo, che cura la redazione del verbale.")
spaced("IL CONSIGLIO COMUNALE", "Times-Bold", 11, 16, tc=1.5)
for s in ["Vista la proposta di deliberazione n. 14 del 08/04/2026 del Responsabile dell'Area Economico-Finanziaria, corredata dei pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 53 della legge 142/1990, come recepito dalla L.R. 48/1991;",
          "Visto lo schema di rendiconto approvato dalla Giunta comunale con deliberazione n. 31 del 26/03/2026, che chiude con un risultato di amministrazione di euro 412.386,55;",
          "Vista la relazione dell'organo di revisione economico-finanziaria, che esprime parere favorevole all'approvazione;",
          "Uditi gli interventi dei consiglieri, riportati nel resoconto della seduta;",
          "Con la seguente votazione, espressa per alzata di mano: presenti n. 8, votanti n. 8, favorevoli n. 6, contrari n. 2 (Vinci, Fazzino), astenuti nessuno;"]:
    para(s)
spaced("DELIBERA", "Times-Bold", 11, 16, tc=3)
for i, s in enumerate(["di approvare il rendiconto della gestione per l'esercizio finanziario 2025, composto dal conto del bilancio, dal conto economico e dallo stato patrimoniale, con un risultato di amministrazione di euro 412.386,55;",
          "di dare atto che il Comune non versa in condizioni di deficitarietà strutturale;",
          "di trasmettere il rendiconto alla Banca Dati delle Amministrazioni Pubbliche entro i termini di legge."], 1):
    para("%d) %s" % (i, s), indent=0)
para("Successivamente il Consiglio, con voti favorevoli n. 8 su n. 8 presenti e votanti, dichiara la presente deliberazione immediatamente esecutiva ai sensi dell'art. 12, comma 2, della L.R. 44/1991.", after=18)
c.setFont("Times-Bold", 10)
c.drawCentredString(L + 80, y[0], "IL PRESIDENTE"); c.drawCentredString(R - 90, y[0], "IL SEGRETARIO COMUNALE"); y[0] -= 13
c.setFont("Times-Roman", 10)
c.drawCentredString(L + 80, y[0], "Salvatore Grasso"); c.drawCentredString(R - 90, y[0], "dott.ssa Rosaria Calvo")
c.save()
