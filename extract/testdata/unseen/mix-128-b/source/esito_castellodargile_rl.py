#!/usr/bin/env python3
"""Castello d'Argile, Area Affari Generali: numbered avviso of a tender's
outcome, drawn line by line with ReportLab's canvas the way a report engine
does: body lines justified with word spacing (Tw), headings letter-spaced
with character spacing (Tc). House style "civilia". Usage: esito_castellodargile_rl.py OUT.pdf"""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth, registerFont
from reportlab.pdfbase.ttfonts import TTFont

out = sys.argv[1]
# the standard 14 fonts (WinAnsi, space is code 32, so Tw applies to it)

W, H = A4
L, R = 20 * mm, W - 20 * mm
BLUE = (27 / 255, 79 / 255, 138 / 255)
c = canvas.Canvas(out, pagesize=A4, pageCompression=1)
c.setTitle("Esito gara refezione scolastica")
c.setAuthor("Ufficio Contratti")
c.setCreator("Civilia Next - modulo Atti")
page = [1]


def crest(x, y):
    c.saveState()
    c.setStrokeColorRGB(*BLUE); c.setLineWidth(1.4); c.setFillColorRGB(0.95, 0.95, 0.95)
    p = c.beginPath()
    p.moveTo(x, y + 20 * mm); p.lineTo(x + 16 * mm, y + 20 * mm); p.lineTo(x + 16 * mm, y + 8 * mm)
    p.curveTo(x + 16 * mm, y + 3 * mm, x + 11 * mm, y + 1 * mm, x + 8 * mm, y)
    p.curveTo(x + 5 * mm, y + 1 * mm, x, y + 3 * mm, x, y + 8 * mm); p.close()
    c.drawPath(p, fill=1, stroke=1)
    c.setStrokeColorRGB(0.54, 0.1, 0.1); c.setFillColorRGB(0.54, 0.1, 0.1)
    c.rect(x + 4.5 * mm, y + 5 * mm, 7 * mm, 8 * mm, fill=0)
    c.rect(x + 7 * mm, y + 5 * mm, 2 * mm, 4 * mm, fill=1)
    c.restoreState()


def letterhead():
    crest(L, H - 36 * mm)
    c.setFont("Times-Bold", 18); c.drawString(L + 21 * mm, H - 23 * mm, "COMUNE DI CASTELLO D'ARGILE")
    c.setFont("Times-Italic", 10); c.drawString(L + 21 * mm, H - 28 * mm, "Città Metropolitana di Bologna")
    c.setStrokeColorRGB(*BLUE); c.setLineWidth(1.2); c.line(L + 21 * mm, H - 30.5 * mm, R, H - 30.5 * mm)
    c.setFillColorRGB(*BLUE)
    t = c.beginText(L + 21 * mm, H - 35 * mm); t.setFont("Helvetica-Bold", 9.5); t.setCharSpace(2.2)
    t.textOut("AREA AFFARI GENERALI E ISTITUZIONALI"); t.setCharSpace(0); c.drawText(t)
    c.setFont("Helvetica", 9); c.drawString(L + 21 * mm, H - 39.5 * mm, "Ufficio Contratti e Appalti")
    c.setFillColorRGB(0, 0, 0)


def footer():
    c.setStrokeColorRGB(0.6, 0.6, 0.6); c.setLineWidth(0.5); c.line(L, 14 * mm, R, 14 * mm)
    c.setFont("Helvetica", 7.5); c.setFillColorRGB(0.33, 0.33, 0.33)
    c.drawCentredString(W / 2, 10 * mm, "Comune di Castello d'Argile – Piazza A. Gadani 2 – 40050 Castello d'Argile (BO) – "
                        "tel. 051 976911 – PEC comune.castellodargile@cert.provincia.bo.it")
    c.drawRightString(R, 6 * mm, "pag. %d" % page[0])
    c.setFillColorRGB(0, 0, 0)


y = [0]


def newpage():
    footer(); c.showPage(); page[0] += 1
    y[0] = H - 22 * mm


def need(h):
    if y[0] - h < 22 * mm:
        newpage()


def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], []
    for w in words:
        trial = " ".join(cur + [w])
        if cur and stringWidth(trial, font, size) > width:
            lines.append(cur); cur = [w]
        else:
            cur.append(w)
    if cur: lines.append(cur)
    return lines


def justified(text, font="Helvetica", size=10.5, lead=13.4, indent=0, after=4, x0=None, width=None):
    x0 = L + indent if x0 is None else x0
    width = (R - x0) if width is None else width
    lines = wrap(text, font, size, width)
    for i, ws in enumerate(lines):
        need(lead)
        t = c.beginText(x0, y[0]); t.setFont(font, size)
        s = " ".join(ws)
        if i < len(lines) - 1 and len(ws) > 1:
            extra = (width - stringWidth(s, font, size)) / (len(ws) - 1)
            t.setWordSpace(extra)            # Tw
        t.textOut(s); t.setWordSpace(0); c.drawText(t)
        y[0] -= lead
    y[0] -= after


def spaced(text, size=11.5, cs=3.0, after=8):
    need(size + 6)
    wdt = stringWidth(text, "Helvetica-Bold", size) + cs * (len(text) - 1)
    t = c.beginText(W / 2 - wdt / 2, y[0]); t.setFont("Helvetica-Bold", size); t.setCharSpace(cs)   # Tc
    t.textOut(text); t.setCharSpace(0); c.drawText(t)
    y[0] -= size + after


letterhead()
c.setFont("Helvetica-Bold", 9.5)
c.drawRightString(R, H - 50 * mm, "Avviso n. 14/2028")
c.setFont("Helvetica", 9.5)
c.drawRightString(R, H - 55 * mm, "del 21/04/2028")
y[0] = H - 63 * mm

spaced("AVVISO DI APPALTO AGGIUDICATO", 13, 2.6, 4)
spaced("ESITO DI GARA", 10.5, 4.0, 12)

# Oggetto with a hanging indent, justified
lab = "OGGETTO:"
c.setFont("Helvetica-Bold", 10.5); c.drawString(L, y[0], lab)
justified("Procedura aperta telematica per l'affidamento in concessione del servizio di refezione scolastica e dei "
          "servizi connessi per gli anni scolastici 2028/2029, 2029/2030 e 2030/2031. CIG B7A41C93E2.",
          font="Helvetica-Bold", size=10.5, x0=L + 22 * mm, after=10)

justified("Ai sensi degli articoli 111 e 225 del decreto legislativo 31 marzo 2023, n. 36, si rende noto l'esito della "
          "procedura in oggetto, indetta con determinazione dell'Area Affari Generali e Istituzionali n. 21 del "
          "02/02/2028 e svolta sulla piattaforma telematica SATER della Regione Emilia-Romagna.")

items = [
    ("1) Amministrazione aggiudicatrice:", "Comune di Castello d'Argile, Piazza A. Gadani 2, 40050 Castello d'Argile (BO), "
     "codice AUSA 0000241568, Area Affari Generali e Istituzionali – Ufficio Contratti e Appalti."),
    ("2) Procedura e criterio:", "procedura aperta, criterio dell'offerta economicamente più vantaggiosa sulla base del "
     "miglior rapporto qualità/prezzo (offerta tecnica 80 punti, offerta economica 20 punti)."),
    ("3) Valore stimato della concessione:", "euro 1.146.600,00 oltre IVA, per n. 84.000 pasti stimati nel triennio."),
    ("4) Offerte ricevute:", "n. 4 entro il termine del 12/03/2028, ore 13:00; nessuna offerta esclusa."),
    ("5) Aggiudicatario:", "Ristorazione Pianura Società Cooperativa, con sede in San Giorgio di Piano (BO), "
     "P.IVA 03179420376, punteggio complessivo 88,41/100, ribasso del 3,15% sul prezzo unitario del pasto "
     "a base di gara di euro 5,35, per un prezzo offerto di euro 5,18 oltre IVA."),
    ("6) Provvedimento di aggiudicazione:", "determinazione n. 104 del 17/04/2028, efficace a seguito della verifica dei requisiti."),
]
for lab, txt in items:
    need(30)
    c.setFont("Helvetica-Bold", 10.5); c.drawString(L, y[0], lab)
    y[0] -= 14
    justified(txt, indent=6 * mm, after=5)

need(80)
y[0] -= 2
c.setFont("Helvetica-Bold", 10); c.drawString(L, y[0], "Graduatoria finale")
y[0] -= 6
cols = [L, L + 12 * mm, L + 105 * mm, L + 133 * mm, R]
heads = ["Pos.", "Operatore economico", "Tecnica", "Economica", "Totale"]
rows = [("1", "Ristorazione Pianura Società Cooperativa", "70,12", "18,29", "88,41"),
        ("2", "Emiliana Mense S.r.l.", "66,80", "20,00", "86,80"),
        ("3", "Servizi Scolastici Reno S.p.A.", "64,05", "17,62", "81,67"),
        ("4", "Cooperativa La Tavola Bassa Bolognese", "61,30", "16,94", "78,24")]
rh = 6.2 * mm
xs = [L, L + 12 * mm, L + 110 * mm, L + 130 * mm, L + 152 * mm, R]
c.setLineWidth(0.5)
for i, row in enumerate([heads] + rows):
    c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 9.5)
    top = y[0]
    for j in range(5):
        c.rect(xs[j], top - rh, xs[j + 1] - xs[j], rh)
        c.drawString(xs[j] + 1.5 * mm, top - rh + 2 * mm, row[j])
    y[0] -= rh
y[0] -= 16

justified("Avverso il provvedimento di aggiudicazione è ammesso ricorso al Tribunale Amministrativo Regionale per "
          "l'Emilia-Romagna, sede di Bologna, entro 30 giorni dalla comunicazione o dalla pubblicazione. "
          "Responsabile unico del progetto: dott. Stefano Cavicchi. Il presente avviso è pubblicato all'Albo Pretorio "
          "on line, sul profilo del committente e sulla Banca Dati Nazionale dei Contratti Pubblici.")

need(52)
y[0] -= 6
c.setFont("Helvetica", 10.5); c.drawString(L, y[0], "Castello d'Argile, 21/04/2028")
y[0] -= 20
cx = R - 45 * mm
for s, f in [("IL RESPONSABILE DELL'AREA", "Helvetica"), ("AFFARI GENERALI E ISTITUZIONALI", "Helvetica"),
             ("dott. Stefano Cavicchi", "Helvetica-Bold")]:
    c.setFont(f, 10.5); c.drawCentredString(cx, y[0], s); y[0] -= 13
c.setFont("Helvetica", 7.5); c.drawCentredString(cx, y[0], "firmato digitalmente ai sensi dell'art. 21 del D.Lgs. 82/2005")
footer()
c.save()
