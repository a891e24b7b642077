# Comune di Albisola Superiore (SV): determinazione dirigenziale in a Kibernetes-like layout.
# ReportLab canvas, but every glyph is placed on its own (one Tm + Tj per glyph, no space
# characters in the text layer; justified lines move the glyphs); the page is laid out in
# reading order and then written in another order (stamp and foot first, letterhead last);
# a "firmato digitalmente" stamp runs up the left margin, rotated 90 degrees.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1]
W, H = A4
L, R = 70, W - 54
c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
c.setTitle("Determinazione Dirigenziale Reg. Gen. 402/2026")
c.setAuthor("Comune di Albisola Superiore")
c.setCreator("Kibernetes - Atti Web")
c.setProducer("Kibernetes PDF Engine 4.2")

pages = [[]]          # per page: list of (order, kind, payload)
def emit(order, fn):
    pages[-1].append((order, fn))

def glyphs(x, y, text, font, size, width=None, color=(0, 0, 0)):
    """place each glyph alone; if width is given, spread the spaces to fill it"""
    nsp = text.count(" ")
    extra = 0
    if width and nsp:
        extra = (width - stringWidth(text, font, size)) / nsp
    def fn():
        t = c.beginText()
        t.setFont(font, size)
        t.setFillColorRGB(*color)
        cx = x
        for ch in text:
            w = stringWidth(ch, font, size)
            if ch == " ":
                cx += w + extra
                continue
            t.setTextOrigin(cx, y)
            t.textOut(ch)
            cx += w
        c.drawText(t)
    return fn

def wrap(text, font, size, width):
    out, cur = [], ""
    for w in text.split():
        trial = (cur + " " + w).strip()
        if cur and stringWidth(trial, font, size) > width:
            out.append(cur); cur = w
        else:
            cur = trial
    if cur: out.append(cur)
    return out

y = [0]
ORDER = {"stamp": 0, "foot": 1, "sign": 2, "disp": 3, "prem": 4, "subj": 5, "grid": 6, "head": 7}

def newpage():
    pages.append([])
    y[0] = H - 70
    emit(ORDER["head"], glyphs(L, H - 48, "Comune di Albisola Superiore – Determinazione Dirigenziale Reg. Gen. n. 402 del 13/05/2026",
                               "Helvetica-Oblique", 7.5))
    foot()
    stamp()

def foot():
    n = len(pages)
    emit(ORDER["foot"], lambda: (c.setLineWidth(0.4), c.line(L, 44, R, 44)))
    emit(ORDER["foot"], glyphs(L, 34, "Kibernetes – Atti Web  ·  Comune di Albisola Superiore – Settore 3", "Helvetica", 7))
    emit(ORDER["foot"], glyphs(R - 40, 34, "Pag. %d/2" % n, "Helvetica", 7))

def stamp():
    s = "Documento firmato digitalmente da SICCARDI PAOLA il 13/05/2026 ai sensi del D.Lgs. 82/2005 e s.m.i."
    def fn():
        c.saveState()
        c.translate(40, 150)
        c.rotate(90)
        c.setStrokeColorRGB(0.2, 0.2, 0.6)
        c.setLineWidth(0.6)
        c.rect(-4, -5, stringWidth(s, "Helvetica", 7.5) + 8, 14)
        glyphs(0, 0, s, "Helvetica", 7.5, color=(0.2, 0.2, 0.6))()
        c.restoreState()
    emit(ORDER["stamp"], fn)

def para(text, kind, font="Helvetica", size=9.8, lead=13.4, indent=0, hang=0, after=5, label=None):
    width = R - L - indent - hang
    lines = wrap(text, font, size, width)
    for i, ln in enumerate(lines):
        if y[0] < 70:
            newpage()
        last = i == len(lines) - 1
        if i == 0 and label:
            emit(ORDER[kind], glyphs(L + indent, y[0], label, font, size))
        emit(ORDER[kind], glyphs(L + indent + hang, y[0], ln, font, size, None if last else width))
        y[0] -= lead
    y[0] -= after

# ---------------- page 1
y[0] = H - 50
foot(); stamp()
def head():
    c.setLineWidth(0.6)
    c.rect(L, H - 108, 44, 56)
    glyphs(L + 8, H - 84, "stemma", "Helvetica", 6)()
    glyphs(L + 58, H - 70, "COMUNE DI ALBISOLA SUPERIORE", "Times-Bold", 17)()
    glyphs(L + 58, H - 85, "Provincia di Savona", "Times-Roman", 10.5)()
    glyphs(L + 58, H - 98, "Piazza della Libertà, 19 – 17011 Albisola Superiore (SV) – tel. 019 482295", "Times-Roman", 8)()
    c.setLineWidth(1)
    c.line(L, H - 116, R, H - 116)
emit(ORDER["head"], head)

# label grid
gy = H - 136
rows = [("STRUTTURA", "SETTORE 3 – LAVORI PUBBLICI, PATRIMONIO E AMBIENTE"),
        ("SERVIZIO", "Servizio Manutenzioni e Demanio Marittimo"),
        ("RESPONSABILE DEL PROCEDIMENTO", "ing. Luca Ravera")]
def grid():
    c.setLineWidth(0.5)
    c.rect(L, gy - 86, R - L, 98)
    for k in range(1, 4):
        c.line(L, gy + 12 - k * 20, R, gy + 12 - k * 20)
    c.line(L + 160, gy + 12, L + 160, gy - 48)
emit(ORDER["grid"], grid)
for k, (lab, val) in enumerate(rows):
    emit(ORDER["grid"], glyphs(L + 5, gy - k * 20, lab, "Helvetica-Bold", 7.8))
    emit(ORDER["grid"], glyphs(L + 166, gy - k * 20, val, "Helvetica", 9))
emit(ORDER["grid"], glyphs(L + 5, gy - 62, "DETERMINAZIONE DIRIGENZIALE", "Helvetica-Bold", 11))
emit(ORDER["grid"], glyphs(L + 5, gy - 78, "Reg. Gen. n. 402 del 13/05/2026", "Helvetica-Bold", 9.5))
emit(ORDER["grid"], glyphs(L + 250, gy - 78, "Reg. Sett. n. 95 del 12/05/2026", "Helvetica", 9.5))

y[0] = gy - 112
para("Lavori urgenti di ripristino della passeggiata a mare di Albisola Capo danneggiata dalle mareggiate "
     "dell'aprile 2026 – Approvazione della perizia e affidamento diretto alla ditta Marinedil S.r.l. – "
     "CUP D57H26000310004 – CIG B4A9E2C715.", "subj", font="Helvetica-Bold", size=9.8, hang=58,
     label="Oggetto:", after=12)
emit(ORDER["subj"], glyphs((L + R) / 2 - 60, y[0], "IL DIRIGENTE DEL SETTORE 3", "Helvetica-Bold", 10))
y[0] -= 20

PRE = [
 "Premesso che nei giorni 14 e 15 aprile 2026 il litorale comunale è stato interessato da violente mareggiate "
 "che hanno danneggiato la pavimentazione, il parapetto e l'impianto di illuminazione della passeggiata a mare "
 "di Albisola Capo, nel tratto compreso tra il torrente Sansobbia e la spiaggia libera attrezzata;",
 "Vista l'ordinanza sindacale n. 21 del 16/04/2026, con la quale è stata disposta la chiusura al transito "
 "pedonale del tratto danneggiato, per ragioni di pubblica incolumità;",
 "Vista la perizia tecnica redatta dal Servizio Manutenzioni in data 05/05/2026, che quantifica gli interventi "
 "urgenti in euro 68.900,00 oltre IVA, di cui euro 2.100,00 per oneri della sicurezza non soggetti a ribasso;",
 "Visto l'art. 50, comma 1, lett. a) del D.Lgs. 31 marzo 2023, n. 36, che consente l'affidamento diretto dei "
 "lavori di importo inferiore a 150.000,00 euro, anche senza consultazione di più operatori economici;",
 "Dato atto che la ditta Marinedil S.r.l. di Celle Ligure (SV), interpellata tramite la piattaforma "
 "telematica, ha offerto un ribasso del 6,20% sull'importo soggetto a ribasso, per un importo contrattuale "
 "di euro 64.757,40 oltre IVA 22%;",
 "Dato atto che il Responsabile del Procedimento, ing. Luca Ravera, ha verificato la congruità dell'offerta "
 "e il possesso dei requisiti di ordine generale e che non sussistono conflitti di interesse;",
 "Visti gli artt. 107 e 183 del D.Lgs. 267/2000 e il decreto sindacale n. 9 del 30/12/2025 di conferimento "
 "dell'incarico dirigenziale del Settore 3;",
]
for p in PRE:
    para(p, "prem")

y[0] -= 2
if y[0] < 90:
    newpage()
emit(ORDER["disp"], glyphs((L + R) / 2 - 30, y[0], "DETERMINA", "Helvetica-Bold", 10.5))
y[0] -= 18
DISP = [
 "di approvare la perizia dei lavori urgenti di ripristino della passeggiata a mare di Albisola Capo, per "
 "l'importo complessivo di euro 84.058,00 IVA compresa;",
 "di affidare i lavori alla ditta Marinedil S.r.l., con sede in Celle Ligure (SV), per l'importo contrattuale "
 "di euro 64.757,40 oltre IVA 22%, per complessivi euro 79.004,03;",
 "di impegnare la spesa di euro 79.004,03 alla Missione 10, Programma 05, Capitolo 28140 del bilancio "
 "2026-2028, esercizio 2026, dando atto che l'obbligazione diverrà esigibile entro il 31/12/2026;",
 "di dare atto che il Responsabile del Procedimento è l'ing. Luca Ravera e che il contratto sarà stipulato "
 "mediante scrittura privata in modalità elettronica;",
 "di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione Amministrazione "
 "trasparente, ai sensi dell'art. 28 del D.Lgs. 36/2023.",
]
for i, p in enumerate(DISP, 1):
    para(p, "disp", indent=0, hang=18, label="%d." % i)

y[0] -= 14
if y[0] < 110:
    newpage()
emit(ORDER["sign"], glyphs(L, y[0], "Albisola Superiore, 13/05/2026", "Helvetica", 9.8))
emit(ORDER["sign"], glyphs(R - 190, y[0], "IL DIRIGENTE DEL SETTORE 3", "Helvetica-Bold", 9.8))
emit(ORDER["sign"], glyphs(R - 176, y[0] - 14, "arch. Paola Siccardi", "Helvetica", 9.8))
y[0] -= 44
para("Visto di regolarità contabile attestante la copertura finanziaria (art. 183, comma 7, D.Lgs. 267/2000): "
     "impegno n. 1093/2026 – Il Dirigente del Settore 2 – Finanze, dott. Giorgio Bruzzone.", "sign", size=8.6, lead=11.5)

for pg in pages:
    for _, fn in sorted(pg, key=lambda e: e[0]):
        fn()
    c.showPage()
c.save()
