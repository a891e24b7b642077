# Comune di Valgrana - unnumbered AVVISO of the Ufficio Tributi; reportlab canvas, every glyph placed by its own
# text object (Tm + Tj), lines justified by spreading glyphs; Albo stamp rotated 90 degrees in the right margin.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
out = sys.argv[1]
c = canvas.Canvas(out, pagesize=A4); c.setTitle("Avviso TARI 2026"); c.setCreator("Sipal Albo Web 4")
W, Hh = A4; L, R = 62, W - 62
def glyphs(x, y, s, f, sz, width=None):
    w = stringWidth(s, f, sz); gap = 0
    if width and len(s) > 1: gap = (width - w) / (len(s) - 1)
    for ch in s:
        t = c.beginText(); t.setTextOrigin(x, y); t.setFont(f, sz); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, f, sz) + gap
def centre(y, s, f, sz): glyphs((W - stringWidth(s, f, sz)) / 2, y, s, f, sz)
def para(y, text, f="Helvetica", sz=10.5, lead=14.5):
    words = text.split(); line = []
    lines = []
    for wd in words:
        if stringWidth(" ".join(line + [wd]), f, sz) > R - L: lines.append(line); line = [wd]
        else: line.append(wd)
    lines.append(line)
    for i, ln in enumerate(lines):
        s = " ".join(ln); glyphs(L, y, s, f, sz, (R - L) if i < len(lines) - 1 else None); y -= lead
    return y - 5
centre(790, "COMUNE DI VALGRANA", "Helvetica-Bold", 17); centre(774, "Provincia di Cuneo", "Helvetica", 10)
centre(758, "Area Amministrativa e Contabile - Servizio Tributi", "Helvetica-Oblique", 10)
c.line(L, 750, R, 750)
centre(712, "A V V I S O", "Helvetica-Bold", 26)
centre(686, "PAGAMENTO DELLA TASSA SUI RIFIUTI (TARI) 2026", "Helvetica-Bold", 12.5)
centre(670, "SCADENZE E MODALITÀ DI VERSAMENTO", "Helvetica-Bold", 12.5)
y = 640
y = para(y, "Si informano i contribuenti che con deliberazione del Consiglio comunale n. 6 del 27 febbraio 2026 sono state approvate le tariffe della tassa sui rifiuti (TARI) per l'anno 2026, che restano invariate rispetto all'anno precedente.")
y = para(y, "Gli avvisi di pagamento, con i modelli F24 precompilati, saranno recapitati al domicilio dei contribuenti entro la fine del mese di aprile. Il versamento potrà essere effettuato in due rate con le seguenti scadenze:")
for s in ["- prima rata: entro il 31 maggio 2026;", "- seconda rata: entro il 30 novembre 2026;", "- rata unica: entro il 31 maggio 2026."]:
    glyphs(L + 20, y, s, "Helvetica-Bold", 10.5); y -= 15
y -= 6
y = para(y, "Chi non ricevesse l'avviso entro il 15 maggio 2026 potrà richiederne copia all'Ufficio Tributi, aperto al pubblico il martedì e il giovedì dalle ore 9.00 alle ore 12.00 (tel. 0171 98101, e-mail tributi@comune.valgrana.cn.it).")
y = para(y, "Si ricorda che le variazioni di superficie, di occupazione o di composizione del nucleo familiare devono essere dichiarate entro il 30 giugno dell'anno successivo a quello in cui si sono verificate.")
glyphs(L, y - 10, "Valgrana, 27/03/2026", "Helvetica", 10.5)
for i, s in enumerate(["IL RESPONSABILE DEL SERVIZIO TRIBUTI", "rag. Marisa Ellena"]):
    glyphs(330, y - 40 - 14 * i, s, "Helvetica-Bold" if i == 0 else "Helvetica", 10)
# Albo stamp, rotated, right margin
c.saveState(); c.translate(W - 30, 300); c.rotate(90); c.setStrokeColorRGB(0.1, 0.2, 0.6); c.setFillColorRGB(0.1, 0.2, 0.6)
c.rect(-4, -6, 300, 30); c.setFont("Helvetica-Bold", 8); c.drawString(0, 13, "ALBO PRETORIO ON LINE - COMUNE DI VALGRANA")
c.setFont("Helvetica", 8); c.drawString(0, 2, "Reg. pubbl. n. 131 - affisso dal 27/03/2026 al 30/05/2026"); c.restoreState()
c.showPage(); c.save()
