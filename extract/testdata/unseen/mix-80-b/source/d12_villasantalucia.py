# reportlab: every justified line sets its own word spacing (Tw); headings letter-spaced with Tc
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; F, SZ, X, WID = "Times-Roman", 11.5, 70, W - 140
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("Gestione Atti Halley 7 / PDFlib Lite"); c.setTitle("Decreto sindacale 3/2026")
def spaced(y, s, f="Times-Bold", sz=13, tc=3):
    w = stringWidth(s, f, sz) + tc * (len(s) - 1)
    t = c.beginText(); t.setTextOrigin((W - w) / 2, y); t.setFont(f, sz); t.setCharSpace(tc); t.textOut(s); c.drawText(t)
def just(y, text, f=F, sz=SZ, lead=15):
    global X, WID
    lines, l = [], []
    for w in text.split():
        if stringWidth(" ".join(l + [w]), f, sz) > WID: lines.append(l); l = [w]
        else: l.append(w)
    lines.append(l)
    for i, l in enumerate(lines):
        s = " ".join(l); t = c.beginText(); t.setTextOrigin(X, y); t.setFont(f, sz); t.setCharSpace(0); t.setWordSpace(0)
        if i < len(lines) - 1 and len(l) > 1: t.setWordSpace((WID - stringWidth(s, f, sz)) / (len(l) - 1))
        t.textOut(s); c.drawText(t); y -= lead
    return y - 6
spaced(790, "COMUNE DI VILLA SANTA LUCIA DEGLI ABRUZZI", sz=14, tc=1.5)
c.setFont("Times-Italic", 10.5); c.drawCentredString(W/2, 774, "Provincia dell'Aquila")
c.line(70, 766, W - 70, 766)
c.setFont("Times-Roman", 10.5); c.drawString(70, 745, "Prot. n. 611"); c.drawRightString(W - 70, 745, "Decreto n. 3 del 2 aprile 2026")
spaced(712, "DECRETO SINDACALE", sz=15, tc=4)
y = just(688, "OGGETTO: Nomina del Funzionario Responsabile della Tassa sui rifiuti (TARI) e dell'Imposta municipale propria (IMU) ai sensi dell'art. 1, commi 692 e 778, della Legge 27 dicembre 2013, n. 147 e della Legge 27 dicembre 2019, n. 160.", "Times-Bold")
spaced(y - 4, "IL SINDACO", sz=12, tc=3); y -= 26
for s in ["PREMESSO che i commi 692 e 778 dell'art. 1 delle leggi citate in oggetto prevedono che il Comune designi il funzionario cui sono attribuiti i poteri per l'esercizio di ogni attività organizzativa e gestionale dei tributi, compresa la sottoscrizione dei provvedimenti e la rappresentanza in giudizio;",
          "CONSIDERATO che a seguito del collocamento a riposo del precedente titolare occorre procedere a una nuova designazione, e che il Servizio Finanziario e Tributi è gestito in convenzione con il Comune di Castel del Monte;",
          "VISTI gli artt. 50, comma 10, e 109 del D.Lgs. 18 agosto 2000, n. 267 e il vigente Regolamento sull'ordinamento degli uffici e dei servizi;"]:
    y = just(y, s)
spaced(y - 4, "DECRETA", sz=12, tc=4); y -= 26
for i, s in enumerate(["di nominare la dott.ssa Ilaria Tarquini, istruttore direttivo contabile, Funzionario Responsabile della TARI e dell'IMU a decorrere dalla data del presente decreto e fino alla scadenza del mandato del Sindaco;",
                       "di attribuire alla stessa i poteri di cui all'art. 1, commi 692 e 778, citati, compresa la sottoscrizione degli avvisi di accertamento e dei provvedimenti di rimborso;",
                       "di trasmettere copia del presente decreto all'interessata, al Segretario comunale e al Ministero dell'Economia e delle Finanze tramite il portale del federalismo fiscale."], 1):
    c.setFont(F, SZ); c.drawString(70, y, f"{i}.")
    X, WID = 86, W - 156; y = just(y, s); X, WID = 70, W - 140
c.setFont(F, SZ); c.drawString(70, y - 6, "Villa Santa Lucia degli Abruzzi, lì 2 aprile 2026")
c.drawCentredString(430, y - 40, "IL SINDACO"); c.drawCentredString(430, y - 56, "Gianluca Colaiuda")
c.showPage(); c.save()
