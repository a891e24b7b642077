# Cursi (LE) - Giunta deliberation, Hypersic-like house style; reportlab, every glyph its own Tm+Tj, lines justified by moving glyphs; Albo stamp rotated 90 degrees in the left margin
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
out = sys.argv[1]
c = canvas.Canvas(out, pagesize=A4); c.setCreator("Hypersic Atti - PDF Engine 4"); c.setTitle("Delibera G.C. n. 52/2026")
L, R = 70, 530; y = [800]
def glyphs(x, yy, s, font, size, extra=0.0):
    for ch in s:
        t = c.beginText(); t.setFont(font, size); t.setTextOrigin(x, yy); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + (extra if ch == " " else 0)
def line(s, font="Times-Roman", size=10.5, just=False, center=False, lead=14, x0=None):
    w = stringWidth(s, font, size); x = x0 if x0 is not None else L
    extra = 0
    if center: x = (L + R - w) / 2
    elif just and s.count(" "): extra = (R - x - w) / s.count(" ")
    glyphs(x, y[0], s, font, size, extra); y[0] -= lead
def para(s, font="Times-Roman", size=10.5, indent=0, gap=4):
    words = s.split(); cur = ""; lines = []
    for wd in words:
        tr = (cur + " " + wd).strip()
        if stringWidth(tr, font, size) > R - L - indent: lines.append(cur); cur = wd
        else: cur = tr
    lines.append(cur)
    for i, ln in enumerate(lines): line(ln, font, size, just=(i < len(lines) - 1), x0=L + indent)
    y[0] -= gap
def page_furniture():
    c.saveState(); c.setFont("Times-Bold", 16); c.drawCentredString(300, 805, "COMUNE DI CURSI"); c.setFont("Times-Roman", 10)
    c.drawCentredString(300, 791, "Provincia di Lecce"); c.line(L, 784, R, 784)
    c.setFont("Times-Italic", 7.5); c.drawCentredString(300, 30, "Comune di Cursi - Piazza Pio XII - 73020 Cursi (LE) - www.comune.cursi.le.it")
    c.restoreState()
    c.saveState(); c.translate(38, 260); c.rotate(90); c.setStrokeColorRGB(0.1, 0.2, 0.6); c.setFillColorRGB(0.1, 0.2, 0.6)
    c.rect(0, -6, 330, 26); c.setFont("Helvetica-Bold", 8); c.drawString(6, 8, "ALBO PRETORIO ON LINE - REG. PUBBL. N. 611")
    c.setFont("Helvetica", 7.5); c.drawString(6, -2, "Pubblicata dal 15/04/2026 al 30/04/2026"); c.restoreState()
page_furniture(); y[0] = 760
line("DELIBERAZIONE DELLA GIUNTA COMUNALE", "Times-Bold", 13, center=True, lead=17)
line("N. 52", "Times-Bold", 13, center=True, lead=20)
c.rect(L - 4, y[0] - 30, R - L + 8, 44)
glyphs(L + 2, y[0], "OGGETTO:", "Times-Bold", 10.5); y0 = y[0]
for i, s in enumerate(["Adesione al progetto regionale \u201cPuglia Sociale IN - Cantieri di Cittadinanza\u201d per l'inserimento", "lavorativo temporaneo di soggetti svantaggiati. Approvazione schema di convenzione con l'Ambito", "Territoriale Sociale di Maglie."]):
    glyphs(L + 58 if i == 0 else L + 2, y0 - 14 * i, s, "Times-Roman", 10.5)
y[0] = y0 - 52
for s in ["L'anno duemilaventisei, addì quattordici del mese di aprile alle ore 13,00, nella sala delle adunanze della Casa Comunale, convocata con appositi avvisi, si è riunita la Giunta Comunale nelle persone dei signori:"]:
    para(s)
roll = [("CORVAGLIA ANTONIO", "Sindaco", "SI", ""), ("DE DONNO MARIA LUCE", "Vice Sindaco", "SI", ""), ("PAPADIA GIUSEPPE", "Assessore", "", "SI"), ("LEO ANNALISA", "Assessore", "SI", ""), ("SURDO FRANCESCO", "Assessore", "SI", "")]
xs = [L + 10, L + 200, L + 330, L + 400]
for j, h in enumerate(["Nominativo", "Carica", "Presente", "Assente"]): glyphs(xs[j], y[0], h, "Times-Bold", 10)
y[0] -= 14
for r in roll:
    for j, v in enumerate(r): glyphs(xs[j] + (14 if j >= 2 else 0), y[0], v, "Times-Roman", 10)
    y[0] -= 13
y[0] -= 6
for s in ["Partecipa il Segretario Generale dott. Vito Giuseppe Perrone, incaricato della redazione del verbale.",
          "Il Presidente dott. Antonio Corvaglia, nella sua qualità di Sindaco, constatato il numero legale degli intervenuti, dichiara aperta la riunione ed invita i convenuti a deliberare sull'oggetto sopra indicato."]:
    para(s)
line("LA GIUNTA COMUNALE", "Times-Bold", 11, center=True, lead=16)
for s in ["PREMESSO che la Regione Puglia, con deliberazione della Giunta Regionale n. 312 del 10/03/2026, ha rifinanziato la misura \u201cCantieri di Cittadinanza\u201d per l'attivazione di tirocini di inclusione sociale presso enti pubblici e soggetti del terzo settore;",
          "CONSIDERATO che il Comune di Cursi intende ospitare n. 4 tirocinanti da impiegare in attività di manutenzione del verde pubblico e di supporto alla biblioteca comunale;",
          "VISTO lo schema di convenzione predisposto dall'Ambito Territoriale Sociale di Maglie, allegato al presente atto quale parte integrante e sostanziale;",
          "ACQUISITI i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
          "Con voti unanimi favorevoli, espressi nei modi di legge,"]:
    para(s)
line("DELIBERA", "Times-Bold", 11, center=True, lead=16)
for i, s in enumerate(["di aderire al progetto regionale \u201cPuglia Sociale IN - Cantieri di Cittadinanza\u201d, rendendosi disponibile ad ospitare n. 4 tirocinanti;",
          "di approvare lo schema di convenzione con l'Ambito Territoriale Sociale di Maglie e di autorizzare il Sindaco alla sottoscrizione;",
          "di individuare quale tutor aziendale il Responsabile del Settore Tecnico, arch. Luigi Stefanelli."], 1):
    glyphs(L, y[0], "%d)" % i, "Times-Roman", 10.5); para(s, indent=16)
para("Di dichiarare, con separata e unanime votazione, il presente provvedimento immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.")
c.showPage(); page_furniture(); y[0] = 750
line("Letto, confermato e sottoscritto.", lead=30)
for a, b in [("IL SINDACO", "IL SEGRETARIO GENERALE"), ("dott. Antonio Corvaglia", "dott. Vito Giuseppe Perrone")]:
    glyphs(L + 20, y[0], a, "Times-Bold" if a.isupper() else "Times-Roman", 10.5); glyphs(L + 280, y[0], b, "Times-Bold" if b.isupper() else "Times-Roman", 10.5); y[0] -= 15
y[0] -= 20
line("CERTIFICATO DI PUBBLICAZIONE", "Times-Bold", 11, center=True, lead=16)
para("Si certifica che copia della presente deliberazione viene pubblicata all'Albo Pretorio on line del Comune il 15/04/2026 per quindici giorni consecutivi (Reg. Pubbl. n. 611) e contestualmente comunicata ai Capigruppo consiliari.")
line("Cursi, 15/04/2026", lead=14); line("IL SEGRETARIO GENERALE - dott. Vito Giuseppe Perrone", x0=L + 200)
c.showPage(); c.save()
