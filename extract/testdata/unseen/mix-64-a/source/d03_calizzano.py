# Comune di Calizzano: reportlab; every justified line sets its own word spacing (Tw), headings letter-spaced (Tc)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; L, R = 70, W - 65
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Deliberazione G.C. n. 29/2026"); c.setAuthor("Ponente Informatica - Atti")
y = H - 60
def head():
    global y
    c.setFont("Times-Bold", 15); t = "COMUNE DI CALIZZANO"
    c.setFillGray(0)
    o = c.beginText(); o.setFont("Times-Bold", 15); o.setCharSpace(3)
    o.setTextOrigin(W/2 - (stringWidth(t, "Times-Bold", 15) + 3*len(t))/2, y); c.saveState(); o.textOut(t); c.drawText(o); c.restoreState()
    c.setFont("Times-Roman", 10); c.drawCentredString(W/2, y-14, "Provincia di Savona  –  Piazza San Marco, 1  –  17057 Calizzano (SV)")
    c.line(L, y-22, R, y-22); y -= 40
def newpage():
    global y
    c.setFont("Times-Italic", 8); c.drawString(L, 30, "Deliberazione G.C. n. 29 del 12/05/2026"); c.drawRightString(R, 30, "pag. %d" % c.getPageNumber())
    c.showPage(); y = H - 60
def spaced(t, size=12, cs=2.5):
    global y
    o = c.beginText(); o.setFont("Times-Bold", size); o.setCharSpace(cs)
    o.setTextOrigin(W/2 - (stringWidth(t, "Times-Bold", size) + cs*len(t))/2, y); c.saveState(); o.textOut(t); c.drawText(o); c.restoreState(); y -= size + 6
def para(t, font="Times-Roman", size=11, indent=0, first=""):
    global y
    words = t.split(); lines = []; cur = []
    x0 = L + indent; width = R - x0
    while words:
        w = words.pop(0); trial = " ".join(cur + [w])
        if stringWidth(trial, font, size) > width and cur: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        if y < 60: newpage()
        s = " ".join(ln); o = c.beginText(); o.setFont(font, size); o.setCharSpace(0); o.setTextOrigin(x0, y)
        if i < len(lines) - 1 and len(ln) > 1:
            o.setWordSpace((width - stringWidth(s, font, size)) / (len(ln) - 1))
        else: o.setWordSpace(0)
        o.textOut(s); c.drawText(o)
        if i == 0 and first: c.setFont("Times-Bold", size); c.drawString(L, y, first)
        y -= size + 3.5
    y -= 4
head()
spaced("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", 12, 1.6)
c.setFont("Times-Bold", 12); c.drawCentredString(W/2, y, "N. 29"); y -= 24
c.rect(L, y-34, R-L, 46)
y -= 2
para("OGGETTO: Adesione al progetto \u201cValle Bormida Outdoor\u201d e approvazione dello schema di accordo di collaborazione con l'Unione Montana Alta Val Bormida.", "Times-Bold", 11)
y -= 10
para("L'anno duemilaventisei, addì dodici del mese di maggio, alle ore dieci e minuti trenta, nella sede comunale, regolarmente convocata, si è riunita la Giunta Comunale.")
para("Sono presenti i Signori: Pierangelo Olivieri, Sindaco, presente; Marta Bertone, Vice Sindaco, presente; Luca Odella, Assessore, assente giustificato.")
para("Con l'assistenza del Vice Segretario comunale dott. Andrea Bormioli, incaricato della redazione del verbale.")
para("Il Sindaco Pierangelo Olivieri, riconosciuta legale l'adunanza per il numero degli intervenuti, assume la presidenza e invita la Giunta a deliberare sull'oggetto sopra indicato.")
y -= 4; spaced("LA GIUNTA COMUNALE", 11, 2.2)
for t in ["PREMESSO che l'Unione Montana Alta Val Bormida ha promosso il progetto \u201cValle Bormida Outdoor\u201d, finalizzato alla realizzazione di una rete sovracomunale di percorsi escursionistici e ciclabili e alla loro promozione unitaria;",
          "CONSIDERATO che il territorio di Calizzano è interessato dai tracciati della Via dei Castagni e dell'anello del Colle del Melogno, inseriti nella rete del progetto;",
          "VISTO lo schema di accordo di collaborazione trasmesso dall'Unione con nota prot. n. 1884 del 28/04/2026, che prevede una compartecipazione comunale di € 3.500,00 per ciascuna delle annualità 2026 e 2027;",
          "VISTI i pareri favorevoli espressi dai Responsabili dei servizi interessati ai sensi dell'art. 49 del D.Lgs. 267/2000;",
          "Con voti unanimi e favorevoli espressi nei modi di legge;"]:
    para(t)
y -= 4; spaced("D E L I B E R A", 11, 2.2)
pts = ["di aderire al progetto \u201cValle Bormida Outdoor\u201d promosso dall'Unione Montana Alta Val Bormida, per le motivazioni espresse in premessa;",
       "di approvare lo schema di accordo di collaborazione allegato al presente atto quale parte integrante e sostanziale e di autorizzare il Sindaco alla sua sottoscrizione;",
       "di demandare al Responsabile del Servizio Finanziario l'assunzione dell'impegno di spesa di € 3.500,00 sul capitolo 1720 del bilancio 2026-2028, annualità 2026 e 2027."]
for i, t in enumerate(pts, 1): para(t, indent=22, first="%d)" % i)
para("Successivamente, con separata votazione unanime, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
if y < 150: newpage()
y -= 10; para("Letto, confermato e sottoscritto.")
c.setFont("Times-Bold", 10.5); c.drawCentredString(L+90, y-6, "IL SINDACO"); c.drawCentredString(R-100, y-6, "IL VICE SEGRETARIO COMUNALE")
c.setFont("Times-Roman", 10.5); c.drawCentredString(L+90, y-20, "Pierangelo Olivieri"); c.drawCentredString(R-100, y-20, "dott. Andrea Bormioli")
c.setFont("Times-Italic", 8.5); c.drawCentredString(W/2, y-48, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate")
newpage(); c.save()
