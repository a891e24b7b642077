# Comune di Ferentillo - attestazione di pubblicazione (Sicraweb-like stamp of the
# Albo). Drawn straight on a ReportLab canvas OUT OF READING ORDER: the rotated Albo
# stamp along the left margin first, then the signature, the body bottom-up, the
# title, the letterhead last.
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
import rlfonts; rlfonts.reg()

c = canvas.Canvas("../attestazione-ferentillo-sicraweb.pdf", pagesize=A4)
c.setTitle("Attestazione di pubblicazione"); c.setCreator("Sicraweb - Albo Pretorio (Maggioli)")
W, H = A4
def wrapped(text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) > width: lines.append(cur); cur = w
        else: cur = t
    lines.append(cur); return lines

# 1. rotated stamp along the left margin
c.saveState()
c.translate(1.2 * cm, 3 * cm); c.rotate(90)
c.setStrokeColor(colors.HexColor("#8a1c1c")); c.setFillColor(colors.HexColor("#8a1c1c"))
c.rect(0, -0.25 * cm, 23.5 * cm, 0.85 * cm, stroke=1, fill=0)
c.setFont("LibSans-B", 7.5)
c.drawString(0.2 * cm, 0.0, "ALBO PRETORIO ON LINE – COMUNE DI FERENTILLO – Reg. Pubbl. n. 214/2026 – "
             "pubblicato dal 18/03/2026 al 02/04/2026 – Documento firmato digitalmente")
c.restoreState()

x0, x1 = 2.6 * cm, 19 * cm
# 2. signature block (bottom of the page)
c.setFont("LibSerif", 11)
c.drawCentredString(14.5 * cm, 8.6 * cm, "IL RESPONSABILE DELLA PUBBLICAZIONE")
c.drawCentredString(14.5 * cm, 8.1 * cm, "Il Segretario Comunale")
c.setFont("LibSerif-B", 11)
c.drawCentredString(14.5 * cm, 7.5 * cm, "Dott.ssa Roberta Ciccioli")
c.setFont("LibSerif-I", 8)
c.drawCentredString(14.5 * cm, 7.0 * cm, "(firmato digitalmente ai sensi dell'art. 21 D.Lgs. 82/2005)")
c.setFont("LibSerif", 11)
c.drawString(x0, 9.6 * cm, "Ferentillo, lì 18/03/2026")

# 3. body, drawn from the last paragraph up
paras = [
 ("LibSerif", "che la stessa è stata contestualmente comunicata in elenco ai Capigruppo "
  "consiliari ai sensi dell'art. 125 del D.Lgs. 267/2000."),
 ("LibSerif", "che copia della deliberazione sopra indicata è stata pubblicata all'Albo Pretorio "
  "on line di questo Comune, accessibile dal sito istituzionale, il giorno 18/03/2026 e vi "
  "rimarrà per quindici giorni consecutivi, fino al 02/04/2026, ai sensi dell'art. 124, comma 1, "
  "del D.Lgs. 18 agosto 2000, n. 267 e dell'art. 32 della Legge 18 giugno 2009, n. 69;"),
]
y = 10.9 * cm
for font, t in paras:
    ls = wrapped(t, font, 11, x1 - x0 - 0.8 * cm)
    top = y + 14 * (len(ls) - 1)
    for i, l in enumerate(ls):
        c.setFont(font, 11); c.drawString(x0 + 0.8 * cm, top - 14 * i, l)
    c.drawString(x0, top, "–")
    y = top + 22
c.setFont("LibSerif-B", 11)
c.drawCentredString(W / 2 + 0.4 * cm, y + 4, "A T T E S T A")
y += 30
intro = ("Il sottoscritto Segretario Comunale, responsabile della pubblicazione degli atti, visti "
         "gli atti d'ufficio,")
for i, l in enumerate(reversed(wrapped(intro, "LibSerif", 11, x1 - x0))):
    c.setFont("LibSerif", 11); c.drawString(x0, y + 14 * i, l)
y += 14 * 2 + 16
# the certified act, in a box
SUBJ = ("APPROVAZIONE DEL PROGETTO \"FERENTILLO PAESE DELLE MUMMIE – PERCORSI DI VISITA "
        "ACCESSIBILI\" E RICHIESTA DI CONTRIBUTO A VALERE SUL BANDO REGIONALE PER LA "
        "VALORIZZAZIONE DEI BORGHI STORICI 2026.")
sl = wrapped(SUBJ, "LibSerif-B", 10.5, x1 - x0 - 2.6 * cm)
bh = 14 * len(sl) + 34
c.setStrokeColor(colors.black); c.rect(x0, y, x1 - x0, bh)
for i, l in enumerate(reversed(sl)):
    c.setFont("LibSerif-B", 10.5); c.drawString(x0 + 2.3 * cm, y + 8 + 14 * i, l)
c.setFont("LibSerif", 10.5); c.drawString(x0 + 0.2 * cm, y + 8 + 14 * (len(sl) - 1), "Oggetto:")
c.setFont("LibSerif", 10.5)
c.drawString(x0 + 0.2 * cm, y + bh - 16, "Deliberazione della Giunta Comunale n. 22 del 12/03/2026")
y += bh + 24
# 4. title
c.setFont("LibSerif-B", 14)
c.drawCentredString(W / 2 + 0.4 * cm, y + 18, "ATTESTAZIONE DI PUBBLICAZIONE")
c.setFont("LibSerif-I", 10)
c.drawCentredString(W / 2 + 0.4 * cm, y + 4, "(art. 124 D.Lgs. 18 agosto 2000, n. 267)")
# 5. letterhead last
c.setFont("LibSerif-B", 18); c.drawCentredString(W / 2 + 0.4 * cm, H - 2.6 * cm, "COMUNE DI FERENTILLO")
c.setFont("LibSerif", 10.5); c.drawCentredString(W / 2 + 0.4 * cm, H - 3.15 * cm, "Provincia di Terni")
c.setFont("LibSerif", 8); c.drawCentredString(W / 2 + 0.4 * cm, H - 3.6 * cm,
    "Piazza Giovanni Fabrizi, 1 – 05034 Ferentillo (TR) – comune.ferentillo@postacert.umbria.it")
c.setLineWidth(0.8); c.line(x0, H - 3.85 * cm, x1, H - 3.85 * cm)
c.setFont("LibSans", 7); c.setFillColor(colors.grey)
c.drawCentredString(W / 2 + 0.4 * cm, 1.4 * cm, "Sicraweb – Albo Pretorio – stampa attestazione del 18/03/2026 10:22")
c.showPage(); c.save()
