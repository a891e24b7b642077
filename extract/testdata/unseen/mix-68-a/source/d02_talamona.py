# Comune di Talamona (SO): determinazione di liquidazione in a Halley-like layout.
# ReportLab canvas; every justified body line sets its own word spacing (Tw), the
# headings are letter-spaced with Tc; the visto contabile stands alone on the last page.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1]
W, H = A4
L, R = 62, W - 56
c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
c.setTitle("Determinazione n. 71 del 11-05-2026")
c.setAuthor("Comune di Talamona")
c.setCreator("Halley Informatica - Atti Amministrativi")

page = [1]
y = [0]

def header(first):
    # crest placeholder
    c.setLineWidth(0.6)
    c.rect(L, H - 118, 46, 58)
    c.setFont("Helvetica", 5.5)
    c.drawCentredString(L + 23, H - 92, "STEMMA")
    t = c.beginText(L + 62, H - 78)
    t.setFont("Helvetica-Bold", 17)
    t.setCharSpace(1.6)
    t.textLine("COMUNE DI TALAMONA")
    t.setCharSpace(0.8)
    t.setFont("Helvetica", 10)
    t.textLine("PROVINCIA DI SONDRIO")
    t.setCharSpace(0)
    t.setFont("Helvetica", 7.5)
    t.textLine("Piazza IV Novembre, 1 - 23018 Talamona (SO) - tel. 0342 670153")
    c.drawText(t)
    c.setFont("Helvetica-Bold", 9)
    c.drawRightString(R, H - 70, "COPIA")
    c.setLineWidth(1.2)
    c.line(L, H - 126, R, H - 126)
    if not first:
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawString(L, H - 138, "Segue determinazione del Responsabile del Servizio n. 71 del 11-05-2026")

def footer():
    c.setFont("Helvetica", 7)
    c.drawString(L, 30, "Halley - Atti amministrativi")
    c.drawRightString(R, 30, "Pag. %d" % page[0])

def newpage():
    footer()
    c.showPage()
    page[0] += 1
    header(False)
    y[0] = H - 160

def wrap(text, font, size, width):
    words = text.split()
    lines, cur = [], []
    for w in words:
        trial = " ".join(cur + [w])
        if cur and stringWidth(trial, font, size) > width:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines

def para(text, font="Helvetica", size=9.6, lead=13.2, indent=0, first=None, after=5, justify=True):
    width = R - L - indent
    lines = wrap(text, font, size, width)
    for i, ws in enumerate(lines):
        if y[0] < 70:
            newpage()
        s = " ".join(ws)
        t = c.beginText(L + indent, y[0])
        t.setFont(font, size)
        last = i == len(lines) - 1
        if justify and not last and len(ws) > 1:
            gap = (width - stringWidth(s, font, size)) / (len(ws) - 1)
            t.setWordSpace(gap)
        t.textOut(s)
        t.setWordSpace(0)
        c.drawText(t)
        y[0] -= lead
    y[0] -= after

def spaced(text, size=11, cs=3.0, font="Helvetica-Bold", after=8):
    if y[0] < 80:
        newpage()
    w = stringWidth(text, font, size) + cs * (len(text) - 1)
    t = c.beginText((L + R) / 2 - w / 2, y[0])
    t.setFont(font, size)
    t.setCharSpace(cs)
    t.textOut(text)
    t.setCharSpace(0)
    c.drawText(t)
    y[0] -= size + after

# ---------------- page 1
header(True)
# Halley register box
top = H - 140
c.setLineWidth(0.8)
c.rect(L, top - 74, R - L, 74)
c.line(L, top - 38, R, top - 38)
c.line(L + (R - L) * 0.64, top - 74, L + (R - L) * 0.64, top - 38)
c.setFont("Helvetica-Bold", 10)
c.drawString(L + 8, top - 15, "AREA TECNICA")
c.setFont("Helvetica", 9)
c.drawString(L + 8, top - 29, "SERVIZIO LAVORI PUBBLICI E PATRIMONIO")
t = c.beginText(L + 8, top - 53)
t.setFont("Helvetica-Bold", 9)
t.setCharSpace(0.3)
t.textLine("DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO")
t.setCharSpace(0)
t.setFont("Helvetica-Bold", 10)
t.textLine("N. 71 DEL 11-05-2026")
c.drawText(t)
c.setFont("Helvetica", 8)
c.drawString(L + (R - L) * 0.64 + 8, top - 50, "Registro Generale")
c.setFont("Helvetica-Bold", 10)
c.drawString(L + (R - L) * 0.64 + 8, top - 64, "N. 198 del 12-05-2026")

y[0] = top - 96
c.setFont("Helvetica-Bold", 9.6)
c.drawString(L, y[0], "Oggetto:")
subj = ("LIQUIDAZIONE DEL PRIMO STATO DI AVANZAMENTO DEI LAVORI DI RIQUALIFICAZIONE ENERGETICA "
        "DELLA PALESTRA COMUNALE DI VIA ROMA ALLA DITTA EDILVALTELLINA S.R.L. - "
        "CUP D17H25000940004 - CIG B5F38C21D9")
para(subj, font="Helvetica-Bold", size=9.6, indent=52, after=12)

spaced("IL RESPONSABILE DEL SERVIZIO", size=10, cs=1.5, after=8)

P = [
 "PREMESSO che con deliberazione della Giunta Comunale n. 58 del 24-09-2025 è stato approvato il progetto "
 "esecutivo dei lavori di riqualificazione energetica della palestra comunale di via Roma, per un importo "
 "complessivo di euro 285.000,00, finanziato con contributo regionale e con fondi propri di bilancio;",
 "RICHIAMATA la propria determinazione n. 112 del 03-11-2025 (Reg. Gen. n. 402), con la quale i lavori sono "
 "stati aggiudicati alla ditta EDILVALTELLINA S.R.L., con sede in Morbegno (SO), per l'importo contrattuale "
 "di euro 198.640,00 oltre IVA, compresi gli oneri per la sicurezza;",
 "VISTO il contratto d'appalto rep. n. 1187 del 15-12-2025 e dato atto che i lavori sono stati consegnati "
 "in data 12-01-2026, come risulta dal relativo verbale;",
 "VISTI lo stato di avanzamento dei lavori n. 1 a tutto il 17-04-2026 e il certificato di pagamento n. 1 "
 "emesso dal Direttore dei Lavori in data 21-04-2026, per l'importo netto di euro 26.000,00 oltre IVA al 22%;",
 "VISTA la fattura elettronica n. 14/PA del 04-05-2026 emessa dalla ditta EDILVALTELLINA S.R.L. per "
 "l'importo di euro 26.000,00 oltre IVA al 22% pari a euro 5.720,00, per complessivi euro 31.720,00, "
 "registrata al protocollo comunale al n. 4311 del 05-05-2026;",
 "ACCERTATA la regolarità contributiva della ditta mediante DURC on line prot. INPS_50177342 con scadenza "
 "il 29-08-2026 e verificata l'assenza di inadempienze ai sensi dell'art. 48-bis del D.P.R. 602/1973;",
 "DATO ATTO che il Responsabile Unico del Progetto è il geom. Elisa Moretti, la quale ha attestato la "
 "regolare esecuzione delle prestazioni fatturate;",
 "VISTI il D.Lgs. 18 agosto 2000, n. 267, e in particolare l'art. 184; il D.Lgs. 31 marzo 2023, n. 36; "
 "lo Statuto comunale e il vigente Regolamento di contabilità; il decreto sindacale n. 2 del 07-01-2026 "
 "di nomina dei Responsabili di Servizio;",
]
for p in P:
    para(p)

y[0] -= 4
spaced("D E T E R M I N A", size=10.5, cs=1.0, after=8)

D = [
 "1) di liquidare alla ditta EDILVALTELLINA S.R.L., con sede in Morbegno (SO), P.IVA 00911230149, la fattura "
 "n. 14/PA del 04-05-2026 relativa al primo stato di avanzamento dei lavori in oggetto, per l'importo "
 "imponibile di euro 26.000,00, disponendo il pagamento a favore della ditta;",
 "2) di versare all'Erario l'IVA pari a euro 5.720,00, secondo il meccanismo della scissione dei pagamenti "
 "di cui all'art. 17-ter del D.P.R. 633/1972;",
 "3) di imputare la spesa complessiva di euro 31.720,00 alla Missione 06, Programma 01, Capitolo 20410/3 "
 "del bilancio 2026-2028, esercizio 2026, impegno n. 127/2026, assunto con la determinazione sopra richiamata;",
 "4) di trasmettere il presente provvedimento al Servizio Finanziario per i controlli e i riscontri "
 "amministrativi, contabili e fiscali di cui all'art. 184, comma 3, del D.Lgs. 267/2000;",
 "5) di dare atto che il presente provvedimento sarà pubblicato all'Albo Pretorio on line per quindici "
 "giorni consecutivi e nella sezione \"Amministrazione trasparente\" del sito istituzionale.",
]
for p in D:
    para(p, indent=0)

y[0] -= 10
if y[0] < 140:
    newpage()
c.setFont("Helvetica", 9.4)
c.drawString(L, y[0], "Talamona, 11-05-2026")
c.setFont("Helvetica-Bold", 9.4)
c.drawCentredString(R - 110, y[0], "IL RESPONSABILE DEL SERVIZIO")
c.setFont("Helvetica", 9.4)
c.drawCentredString(R - 110, y[0] - 14, "F.to ing. Davide Ruffoni")
y[0] -= 46
para("Il sottoscritto Responsabile del Servizio attesta la regolarità tecnica e la correttezza dell'azione "
     "amministrativa ai sensi dell'art. 147-bis del D.Lgs. 267/2000.", size=8.6, lead=11.5)

# ---------------- last page: visto contabile
newpage()
spaced("VISTO DI REGOLARITA' CONTABILE", size=11, cs=1.2, after=4)
c.setFont("Helvetica", 8.6)
c.drawCentredString((L + R) / 2, y[0], "(art. 184, comma 4, del D.Lgs. 18 agosto 2000, n. 267)")
y[0] -= 22
para("Il Responsabile del Servizio Finanziario, esaminata la determinazione del Responsabile del Servizio "
     "n. 71 del 11-05-2026 (Registro Generale n. 198), appone il visto di regolarità contabile e dà corso "
     "alla liquidazione come segue:")
# table
cols = [L, L + 70, L + 150, L + 230, L + 330, R]
heads = ["Esercizio", "Capitolo", "Impegno", "Liquidazione", "Importo"]
row = ["2026", "20410/3", "127/2026", "388/2026", "euro 31.720,00"]
c.setLineWidth(0.6)
ty = y[0]
for j in range(3):
    c.line(L, ty - j * 16, R, ty - j * 16)
for x in cols:
    c.line(x, ty, x, ty - 32)
c.setFont("Helvetica-Bold", 8.6)
for i, h in enumerate(heads):
    c.drawString(cols[i] + 4, ty - 11, h)
c.setFont("Helvetica", 8.6)
for i, v in enumerate(row):
    c.drawString(cols[i] + 4, ty - 27, v)
y[0] = ty - 50
para("Si attesta che il presente provvedimento è esecutivo dalla data di apposizione del visto.", size=9.2)
y[0] -= 8
c.setFont("Helvetica", 9.4)
c.drawString(L, y[0], "Talamona, 12-05-2026")
c.setFont("Helvetica-Bold", 9.4)
c.drawCentredString(R - 110, y[0], "IL RESPONSABILE DEL SERVIZIO FINANZIARIO")
c.setFont("Helvetica", 9.4)
c.drawCentredString(R - 110, y[0] - 14, "F.to dott.ssa Chiara Tarca")
y[0] -= 60
c.setLineWidth(0.4)
c.line(L, y[0] + 12, R, y[0] + 12)
para("Copia conforme all'originale per uso amministrativo. Talamona, 12-05-2026. "
     "Il Responsabile del Servizio: ing. Davide Ruffoni", size=8, lead=10.5)
footer()
c.save()
