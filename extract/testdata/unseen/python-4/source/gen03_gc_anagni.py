# Giunta Comunale di Anagni (FR) - ReportLab canvas, core Helvetica.
# Boxed number/date (dd.mm.yyyy), proposal number, the Vice Sindaco presiding for an absent Sindaco,
# a drawn attendance grid and a publication stamp.
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from common_rl import CanvasWriter

OUT = "gc-anagni-variazione-peg.pdf"
W, H = A4
L, R = 22 * mm, 20 * mm
c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Deliberazione di Giunta Comunale n. 45 del 22.05.2025")
c.setAuthor("Comune di Anagni")
TOTAL = 2


def on_page(cv, n):
    cv.setFont("Helvetica", 7.5)
    cv.drawRightString(W - R, 10 * mm, "Pag. %d/%d" % (n, TOTAL))
    cv.drawString(L, 10 * mm, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 e s.m.i.")
    if n > 1:
        cv.setFont("Helvetica-Oblique", 8)
        cv.drawRightString(W - R, H - 14 * mm, "Comune di Anagni - Deliberazione G.C. n. 45 del 22.05.2025")
        cv.setLineWidth(0.4)
        cv.line(L, H - 16 * mm, W - R, H - 16 * mm)


# --- first page heading, drawn by hand -------------------------------------------------------
c.setStrokeColor(colors.black)
c.setLineWidth(0.8)
cx, cy = L + 11 * mm, H - 26 * mm
c.circle(cx, cy, 10 * mm)
c.setFont("Helvetica", 5.5)
c.drawCentredString(cx, cy + 1, "STEMMA")
c.drawCentredString(cx, cy - 6, "COMUNALE")
c.setFont("Helvetica-Bold", 17)
c.drawString(L + 26 * mm, H - 23 * mm, "COMUNE DI ANAGNI")
c.setFont("Helvetica", 10)
c.drawString(L + 26 * mm, H - 28.5 * mm, "Provincia di Frosinone")
c.setFont("Helvetica-Oblique", 9)
c.drawString(L + 26 * mm, H - 33 * mm, "Città dei Papi")

top = H - 44 * mm
c.setFillColor(colors.HexColor("#dddddd"))
c.rect(L, top - 8 * mm, W - L - R, 8 * mm, fill=1, stroke=1)
c.setFillColor(colors.black)
c.setFont("Helvetica-Bold", 11.5)
c.drawCentredString(W / 2, top - 5.6 * mm, "DELIBERAZIONE DELLA GIUNTA COMUNALE")
# number / date boxes
bw = (W - L - R) / 3
row = top - 8 * mm
labels = [("N.", "45"), ("Data", "22.05.2025"), ("Proposta n.", "58 del 19.05.2025")]
for i, (lab, val) in enumerate(labels):
    x = L + i * bw
    c.rect(x, row - 9 * mm, bw, 9 * mm)
    c.setFont("Helvetica", 8)
    c.drawString(x + 2 * mm, row - 3.5 * mm, lab)
    c.setFont("Helvetica-Bold", 11)
    c.drawCentredString(x + bw / 2 + 4 * mm, row - 7.3 * mm, val)
row -= 9 * mm
# subject box
from reportlab.lib.utils import simpleSplit
subject = ("Variazione al Piano Esecutivo di Gestione 2025/2027 ai sensi dell’art. 175, comma 5-bis, lett. a), "
           "del D.Lgs. n. 267/2000 – Assegnazione delle risorse per il potenziamento del trasporto scolastico.")
lines = simpleSplit(subject, "Helvetica-Bold", 10, W - L - R - 24 * mm)
bh = (len(lines) * 5 + 4) * mm
c.rect(L, row - bh, W - L - R, bh)
c.setFont("Helvetica", 9)
c.drawString(L + 2 * mm, row - 5.5 * mm, "Oggetto :")
c.setFont("Helvetica-Bold", 10)
for i, ln in enumerate(lines):
    c.drawString(L + 21 * mm, row - 5.5 * mm - i * 5 * mm, ln)
row -= bh

w = CanvasWriter(c, L, R, H - row + 5 * mm, 20 * mm, on_page=None)
w.on_page = on_page
w.top = 24 * mm  # later pages start under the running head
on_page(c, 1)
body = "Helvetica"
J = dict(align="justify")
w.para("L’anno 2025, il giorno 22 del mese di maggio, alle ore 13,00, presso la Sede Comunale, convocata nelle "
       "forme di legge, si è riunita la Giunta Comunale con l’intervento dei signori:", body, 10, 13, **J)
w.space(2 * mm)

# attendance grid
cols = [70 * mm, 45 * mm, 25 * mm, 25 * mm]
heads = ["Componenti", "Qualifica", "Presenti", "Assenti"]
members = [("NARDONI FABIO", "Sindaco", False), ("CELLETTI ROBERTA", "Vice Sindaco", True),
           ("PIETROSANTI MARCO", "Assessore", True), ("FIORINI ILARIA", "Assessore", True),
           ("TAGLIAFERRI GIANLUCA", "Assessore", True), ("DE ANGELIS SARA", "Assessore", False)]
rh = 5.6 * mm
x0 = L + 3 * mm
y = w.y
c.setFont("Helvetica-Bold", 9)
xs = [x0]
for cw in cols:
    xs.append(xs[-1] + cw)
c.rect(x0, y - rh, sum(cols), rh)
for i, hd in enumerate(heads):
    if i < 2:
        c.drawString(xs[i] + 2 * mm, y - rh + 1.7 * mm, hd)
    else:
        c.drawCentredString((xs[i] + xs[i + 1]) / 2, y - rh + 1.7 * mm, hd)
y -= rh
c.setFont("Helvetica", 9.5)
for name, role, pres in members:
    c.rect(x0, y - rh, sum(cols), rh)
    c.drawString(xs[0] + 2 * mm, y - rh + 1.7 * mm, name)
    c.drawString(xs[1] + 2 * mm, y - rh + 1.7 * mm, role)
    col = 2 if pres else 3
    c.drawCentredString((xs[col] + xs[col + 1]) / 2, y - rh + 1.7 * mm, "X")
    y -= rh
for xv in xs[1:-1]:
    c.line(xv, w.y, xv, y)
c.setFont("Helvetica-Bold", 9)
c.drawString(xs[1] + 2 * mm, y - rh + 1.7 * mm, "Totale")
c.drawCentredString((xs[2] + xs[3]) / 2, y - rh + 1.7 * mm, "4")
c.drawCentredString((xs[3] + xs[4]) / 2, y - rh + 1.7 * mm, "2")
w.y = y - rh - 3 * mm

w.para("Presiede la seduta il Vice Sindaco Avv. Roberta Celletti, in assenza del Sindaco.", body, 10, 13, **J)
w.para("Partecipa il Segretario Generale Dott. Fulvio Cristofari, incaricato della redazione del verbale.",
       body, 10, 13, **J)
w.para("Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la riunione ed invita i "
       "convenuti a deliberare sull’oggetto sopra indicato.", body, 10, 13, **J)
w.space(2 * mm)
w.para("LA GIUNTA COMUNALE", "Helvetica-Bold", 10.5, 14, align="center")
w.space(1 * mm)
prem = [
    "Vista la proposta di deliberazione n. 58 del 19.05.2025 predisposta dal Settore II – Servizi Finanziari, "
    "su richiesta del Responsabile del Servizio Pubblica Istruzione;",
    "Richiamate la deliberazione del Consiglio Comunale n. 9 del 27.02.2025, di approvazione del bilancio di "
    "previsione finanziario 2025/2027, e la deliberazione della Giunta Comunale n. 21 del 13.03.2025, di "
    "approvazione del Piano Esecutivo di Gestione 2025/2027;",
    "Premesso che, a seguito dell’incremento delle iscrizioni al servizio di trasporto scolastico per le frazioni "
    "di Osteria della Fontana e San Bartolomeo, si rende necessario attivare una ulteriore linea di percorrenza "
    "a decorrere dal mese di settembre 2025;",
    "Dato atto che la maggiore spesa, quantificata in euro 14.600,00 per l’esercizio 2025, può essere finanziata "
    "mediante storno di pari importo tra capitoli appartenenti al medesimo macroaggregato della Missione 4, "
    "Programma 6, senza alterare gli equilibri di bilancio;",
    "Visto l’art. 175, comma 5-bis, lett. a), del D.Lgs. n. 267/2000, che attribuisce all’organo esecutivo le "
    "variazioni del Piano Esecutivo di Gestione non aventi natura di variazioni di bilancio;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell’art. 49 del D.Lgs. "
    "n. 267/2000, allegati al presente atto;",
    "Con votazione unanime, resa nelle forme di legge,",
]
for p in prem:
    w.para(p, body, 10, 13, gap=2.5, **J)
w.space(1 * mm)
w.para("D E L I B E R A", "Helvetica-Bold", 10.5, 14, align="center")
w.space(1 * mm)
pts = [
    "di approvare la variazione al Piano Esecutivo di Gestione 2025/2027, annualità 2025, come dettagliata nel "
    "prospetto allegato sub “A”, che forma parte integrante e sostanziale del presente atto;",
    "di assegnare al Responsabile del Servizio Pubblica Istruzione le risorse pari ad euro 14.600,00 per "
    "l’attivazione della nuova linea del trasporto scolastico;",
    "di trasmettere il presente provvedimento al Tesoriere comunale e all’Organo di revisione economico-"
    "finanziaria, per quanto di rispettiva competenza.",
]
for i, p in enumerate(pts, 1):
    w.para(p, body, 10, 13, hang=8 * mm, label="%d)" % i, gap=2.5, **J)
w.space(1 * mm)
w.para("Inoltre, con successiva ed unanime votazione, la Giunta Comunale dichiara la presente deliberazione "
       "immediatamente eseguibile, ai sensi dell’art. 134, comma 4, del D.Lgs. n. 267/2000, al fine di "
       "consentire l’organizzazione del servizio prima dell’avvio dell’anno scolastico.", body, 10, 13, **J)
w.space(6 * mm)
w.need(30 * mm)
half = (W - L - R) / 2
c.setFont("Helvetica-Bold", 9.5)
c.drawCentredString(L + half / 2, w.y, "IL PRESIDENTE")
c.drawCentredString(L + half * 1.5, w.y, "IL SEGRETARIO GENERALE")
c.setFont("Helvetica", 9.5)
c.drawCentredString(L + half / 2, w.y - 5 * mm, "Avv. Roberta Celletti")
c.drawCentredString(L + half * 1.5, w.y - 5 * mm, "Dott. Fulvio Cristofari")
c.setFont("Helvetica-Oblique", 7.5)
c.drawCentredString(L + half / 2, w.y - 9 * mm, "(firmato digitalmente)")
c.drawCentredString(L + half * 1.5, w.y - 9 * mm, "(firmato digitalmente)")
w.y -= 16 * mm

# publication stamp, slightly tilted, in blue
c.saveState()
c.translate(W - R - 64 * mm, w.y - 26 * mm)
c.rotate(4)
c.setStrokeColor(colors.HexColor("#1f3f99"))
c.setFillColor(colors.HexColor("#1f3f99"))
c.setLineWidth(1.2)
c.roundRect(0, 0, 60 * mm, 21 * mm, 3 * mm)
c.setFont("Helvetica-Bold", 8)
c.drawCentredString(30 * mm, 16 * mm, "ALBO PRETORIO ON LINE")
c.setFont("Helvetica", 7.5)
c.drawCentredString(30 * mm, 11.5 * mm, "Pubblicata dal 27.05.2025 al 11.06.2025")
c.drawCentredString(30 * mm, 7.5 * mm, "Reg. pubbl. n. 884")
c.drawCentredString(30 * mm, 3.5 * mm, "Il Messo Comunale")
c.restoreState()
c.save()
print("wrote", OUT, "pages", w.page)
