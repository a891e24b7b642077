#!/usr/bin/env python3
"""Domusnovas, Halley house style: decreto del Sindaco naming a commission,
whose members stand in a roll of two columns.

ReportLab canvas, written as some report engines write text: every glyph
placed on its own with an absolute text matrix, no space characters at all
(the gaps between words are only distances), justified lines spread by
moving the glyphs, the DECRETA heading letter-spaced by distance as well.
Embedded subset of Liberation Sans."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors

OUT = sys.argv[1] if len(sys.argv) > 1 else "decreto-domusnovas-halley.pdf"
LIB = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LS", LIB + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", LIB + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSI", LIB + "LiberationSans-Italic.ttf"))

W, H = A4
LM, RM = 20 * mm, 18 * mm
TW = W - LM - RM
c = canvas.Canvas(OUT, pagesize=A4, pageCompression=1)
c.setTitle("Decreto del Sindaco n. 7 del 16/03/2027")
c.setAuthor("Comune di Domusnovas")
c.setCreator("Halley - Gestione atti")


def glyphs(x, y, s, font="LS", size=10, gap_extra=0.0, track=0.0):
    """Draw s glyph by glyph; spaces are not drawn, only advanced."""
    t = c.beginText()
    t.setFont(font, size)
    for ch in s:
        w = pdfmetrics.stringWidth(ch, font, size)
        if ch == " ":
            x += w + gap_extra
            continue
        t.setTextOrigin(x, y)
        t.textOut(ch)
        x += w + track
    c.drawText(t)
    return x


def width(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


def para(y, text, size=10, lead=13.8, lead_bold=None, indent=0.0, hang=0.0, justify=True, font="LS"):
    words = text.split()
    nb = len(lead_bold.split()) if lead_bold else 0
    lines, cur = [], []
    def lw(ws, first):
        tot = 0.0
        for k, w in enumerate(ws):
            f = "LSB" if (first and k < nb) else font
            tot += width(w, f, size)
        return tot + width(" ", font, size) * (len(ws) - 1)
    for w in words:
        avail = TW - (indent if not lines else hang)
        if cur and lw(cur + [w], not lines) > avail:
            lines.append(cur); cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    for i, ws in enumerate(lines):
        x = LM + (indent if i == 0 else hang)
        avail = TW - (indent if i == 0 else hang)
        gaps = len(ws) - 1
        extra = 0.0
        if justify and i < len(lines) - 1 and gaps:
            extra = (avail - lw(ws, i == 0)) / gaps
        for k, w in enumerate(ws):
            f = "LSB" if (i == 0 and k < nb) else font
            x = glyphs(x, y, w, f, size)
            x += width(" ", font, size) + extra
        y -= lead
    return y


def center(y, s, font="LSB", size=10.5, track=0.0):
    w = width(s, font, size) + track * (len(s.replace(" ", "")) - 1)
    glyphs(LM + (TW - w) / 2, y, s, font, size, track=track)


def head_foot(page, total):
    c.setFillColor(colors.HexColor("#444444"))
    glyphs(LM, 12 * mm, "Decreto del Sindaco n. 7 del 16/03/2027", "LS", 7.5)
    s = "Pag. %d di %d" % (page, total)
    glyphs(W - RM - width(s, "LS", 7.5), 12 * mm, s, "LS", 7.5)
    c.setFillColor(colors.black)


# ---- page 1
# crest
c.setStrokeColor(colors.HexColor("#7a1d1d")); c.setFillColor(colors.HexColor("#f2dede")); c.setLineWidth(1.4)
p = c.beginPath()
x0, y0 = LM, H - 36 * mm
p.moveTo(x0, y0 + 18 * mm); p.lineTo(x0 + 13 * mm, y0 + 18 * mm); p.lineTo(x0 + 13 * mm, y0 + 6 * mm)
p.curveTo(x0 + 13 * mm, y0 + 1 * mm, x0 + 9 * mm, y0, x0 + 6.5 * mm, y0)
p.curveTo(x0 + 4 * mm, y0, x0, y0 + 1 * mm, x0, y0 + 6 * mm); p.close()
c.drawPath(p, fill=1, stroke=1)
c.setFillColor(colors.black)
glyphs(LM + 17 * mm, H - 25 * mm, "COMUNE DI DOMUSNOVAS", "LSB", 16)
glyphs(LM + 17 * mm, H - 31 * mm, "Provincia del Sud Sardegna", "LS", 9)
# register box, top right
bx, by, bw, bh = W - RM - 42 * mm, H - 37 * mm, 42 * mm, 20 * mm
c.setStrokeColor(colors.black); c.setLineWidth(1)
c.rect(bx, by, bw, bh)
for s, f, sz, dy in [("REGISTRO DEI DECRETI", "LS", 8.5, 6), ("N. 7", "LSB", 12, 12.5), ("del 16/03/2027", "LS", 8.5, 18)]:
    glyphs(bx + (bw - width(s, f, sz)) / 2, by + bh - dy * mm, s, f, sz)

y = H - 48 * mm
glyphs(LM, y, "IL SINDACO", "LSB", 12)
y -= 5 * mm
c.setLineWidth(1.1); c.line(LM, y, W - RM, y)
y -= 5.2 * mm
glyphs(LM, y, "DECRETO N. 7 DEL 16/03/2027", "LSB", 12)
y -= 2.8 * mm
c.line(LM, y, W - RM, y)
y -= 8 * mm
# subject with hanging indent
glyphs(LM, y, "OGGETTO:", "LSB", 10)
subj = ("NOMINA DEI COMPONENTI DELLA COMMISSIONE COMUNALE PER LA TOPONOMASTICA FINO ALLA SCADENZA "
        "DEL MANDATO AMMINISTRATIVO IN CORSO.")
save_lm = LM
y = para(y, subj, size=10, lead=13.5, indent=22 * mm, hang=22 * mm, font="LSB")
y -= 6 * mm
center(y, "IL SINDACO", "LSB", 10.5)
y -= 7 * mm
prem = [
    ("Premesso", "Premesso che il Regolamento comunale per la toponomastica e la numerazione civica, approvato "
     "con deliberazione del Consiglio Comunale n. 27 del 30/06/2025, all'art. 4 istituisce la Commissione "
     "comunale per la toponomastica, con funzioni consultive in ordine alla denominazione di aree di "
     "circolazione, spazi pubblici, edifici e impianti comunali;"),
    ("Dato atto", "Dato atto che, ai sensi del medesimo art. 4, la Commissione è nominata con decreto del Sindaco "
     "ed è composta dal Sindaco o da un assessore suo delegato, che la presiede, da tre esperti di storia, "
     "lingua e cultura locale, da un rappresentante della Biblioteca comunale e da un dipendente dell'Area "
     "Tecnica, mentre le funzioni di segretario sono svolte da un dipendente del Servizio Demografico;"),
    ("Viste", "Viste le disponibilità pervenute a seguito dell'avviso pubblicato all'Albo Pretorio dal 02/02/2027 "
     "al 17/02/2027 e le designazioni dei Responsabili dell'Area Tecnica e dell'Area Amministrativa;"),
    ("Visto", "Visto l'art. 50 del D.Lgs. 18 agosto 2000, n. 267;"),
]
for lb, t in prem:
    y = para(y, t, lead_bold=lb) - 3
y -= 4
center(y, "DECRETA", "LSB", 11, track=5.0)
y -= 7 * mm
pts = [
    "di nominare quali componenti della Commissione comunale per la toponomastica, fino alla scadenza del "
    "mandato amministrativo in corso, i signori:",
]
glyphs(LM, y, "1.", "LS", 10)
y = para(y, pts[0], indent=6 * mm, hang=6 * mm) - 4
# the roll, in two columns
roll = [("Dott. Massimo SERRA", "Assessore alla Cultura, delegato del Sindaco – Presidente"),
        ("Sig.ra Franca LOI", "rappresentante della Biblioteca comunale"),
        ("Prof.ssa Rita DEIANA", "esperta di storia locale"),
        ("Geom. Ivo SANNA", "Area Tecnica – Servizio Urbanistica"),
        ("Dott. Paolo MURGIA", "esperto di lingua e cultura sarda"),
        ("Sig. Carlo USAI", "Servizio Demografico – segretario"),
        ("Sig. Efisio CADEDDU", "esperto di storia mineraria"),
        ("", "")]
colx = [LM + 6 * mm, LM + 6 * mm + (TW - 6 * mm) / 2 + 3 * mm]
rows = (len(roll) + 1) // 2
for r in range(rows):
    for k in range(2):
        name, role = roll[r * 2 + k]
        if not name:
            continue
        glyphs(colx[k], y, name, "LSB", 9.5)
        glyphs(colx[k], y - 11, role, "LS", 8.5)
    y -= 26
y -= 2
rest = [
    "di dare atto che la partecipazione alle sedute della Commissione è a titolo gratuito e non comporta oneri a "
    "carico del bilancio comunale, salvo il rimborso delle spese di viaggio documentate per i componenti esterni;",
    "di stabilire che la Commissione si riunisce su convocazione del Presidente e che i suoi pareri sono "
    "trasmessi alla Giunta Comunale per le determinazioni di competenza;",
    "di notificare il presente decreto agli interessati e di disporne la pubblicazione all'Albo Pretorio on "
    "line per quindici giorni consecutivi.",
]
pending = list(enumerate(rest, start=2))
while pending and y > 30 * mm + 3 * 13.8:
    n, t = pending.pop(0)
    glyphs(LM, y, "%d." % n, "LS", 10)
    y = para(y, t, indent=6 * mm, hang=6 * mm) - 4
head_foot(1, 2)
c.showPage()

# ---- page 2
y = H - 26 * mm
for n, t in pending:
    glyphs(LM, y, "%d." % n, "LS", 10)
    y = para(y, t, indent=6 * mm, hang=6 * mm) - 4
y -= 6 * mm
glyphs(LM, y, "Domusnovas, 16/03/2027", "LS", 10)
y -= 12 * mm
for s, f, sz in [("IL SINDACO", "LSB", 10.5), ("Roberta Cadoni", "LS", 10.5),
                 ("(firmato digitalmente ai sensi del D.Lgs. 82/2005)", "LSI", 7.5)]:
    glyphs(W - RM - 70 * mm + (70 * mm - width(s, f, sz)) / 2, y, s, f, sz)
    y -= 5.2 * mm
y -= 12 * mm
c.setLineWidth(0.6); c.line(LM, y + 5 * mm, W - RM, y + 5 * mm)
glyphs(LM, y, "RELATA DI NOTIFICA", "LSB", 9)
y -= 5 * mm
y = para(y, "Il sottoscritto messo comunale dichiara di aver notificato il presente decreto ai componenti "
         "nominati mediante posta elettronica certificata in data 17/03/2027.", size=9, lead=12)
glyphs(W - RM - 55 * mm, y - 4 * mm, "Il Messo Comunale – Luigi Atzori", "LS", 9)
head_foot(2, 2)
c.showPage()
c.save()
