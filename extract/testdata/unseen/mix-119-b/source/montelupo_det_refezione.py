#!/usr/bin/env python3
"""Comune di Montelupo Fiorentino - house style "sicraweb": name flush left,
the line "Area ... - Servizio ..." under it, number and date on one line with
the sector number on the right, "Oggetto:" then the text, centred signature,
running head from page 2.

Written the way report engines write text: every glyph is placed alone (one
BT/Tj per glyph, no space characters, justification only in the positions);
the letterhead, the subject box and the signature block are Form XObjects
drawn after the body (out of reading order); the publication stamp runs up
the left margin, rotated. ReportLab canvas."""
import sys, os
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib import colors

out = os.path.join(sys.argv[1] if len(sys.argv) > 1 else ".", "determinazione-montelupofiorentino-sicraweb.pdf")
W, H = A4
L, R = 25 * mm, W - 20 * mm
TW = R - L

c = canvas.Canvas(out, pagesize=A4, pageCompression=1)
c.setTitle("Determinazione n. 533 del 22/07/2027")
c.setAuthor("Comune di Montelupo Fiorentino")
c.setCreator("Sicraweb - Atti")

def glyphs(x, y, s, font, size, cs=0.0):
    """place every glyph of s alone; spaces are only gaps"""
    for ch in s:
        if ch != " ":
            c.setFont(font, size)
            c.drawString(x, y, ch)
        x += stringWidth(ch, font, size) + cs
    return x

def words_line(y, words, font, size, x0, width, justify):
    nat = sum(stringWidth(w, font, size) for w in words)
    sp = stringWidth(" ", font, size)
    gap = (width - nat) / (len(words) - 1) if justify and len(words) > 1 else sp
    x = x0
    for w in words:
        glyphs(x, y, w, font, size)
        x += stringWidth(w, font, size) + gap

def wrap(text, font, size, width):
    lines, cur = [], []
    for w in text.split():
        trial = " ".join(cur + [w])
        if cur and stringWidth(trial, font, size) > width:
            lines.append(cur); cur = [w]
        else:
            cur.append(w)
    if cur: lines.append(cur)
    return lines

# ---- reusable forms --------------------------------------------------------
def make_forms():
    c.beginForm("LH")
    c.setFillColor(colors.HexColor("#8a1c1c"))
    c.rect(L, H - 33 * mm, 11 * mm, 14 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white); c.circle(L + 5.5 * mm, H - 26 * mm, 3 * mm, fill=1, stroke=0)
    c.setFillColor(colors.black)
    glyphs(L + 14 * mm, H - 24 * mm, "COMUNE DI MONTELUPO FIORENTINO", "Helvetica-Bold", 15)
    glyphs(L + 14 * mm, H - 29 * mm, "Città Metropolitana di Firenze", "Helvetica-Oblique", 9.5)
    glyphs(L + 14 * mm, H - 34.5 * mm, "Area Servizi alla Persona – Servizio Scuola, Sport e Politiche Giovanili", "Helvetica", 9.5)
    c.setLineWidth(0.8); c.line(L, H - 38 * mm, R, H - 38 * mm)
    c.endForm()

    c.beginForm("RH")  # running head, pages 2..n
    c.setLineWidth(0.4); c.line(L, H - 16 * mm, R, H - 16 * mm)
    glyphs(L, H - 14.5 * mm, "Comune di Montelupo Fiorentino – Determinazione n. 533 del 22/07/2027", "Helvetica", 8)
    c.endForm()

    c.beginForm("SIG")
    for i, (t, f, s) in enumerate([("LA RESPONSABILE DELL'AREA SERVIZI ALLA PERSONA", "Times-Roman", 11),
                                    ("Dott.ssa Silvia Mannucci", "Times-Roman", 11),
                                    ("(sottoscritto digitalmente ai sensi dell'art. 21 del D.Lgs. 82/2005)", "Times-Italic", 8.5)]):
        wdt = stringWidth(t, f, s)
        glyphs(W / 2 + 20 * mm - wdt / 2, (2 - i) * 5.2 * mm, t, f, s)
    c.endForm()

    c.beginForm("STAMP")
    c.setStrokeColor(colors.HexColor("#1d3f8f")); c.setFillColor(colors.HexColor("#1d3f8f"))
    c.setLineWidth(0.7); c.roundRect(0, 0, 150 * mm, 8 * mm, 2 * mm, fill=0, stroke=1)
    glyphs(3 * mm, 2.7 * mm, "ALBO PRETORIO ON LINE – Reg. Pubbl. n. 1456 – pubblicata dal 23/07/2027 al 07/08/2027",
           "Helvetica-Bold", 7.5)
    c.endForm()

make_forms()

SUBJ = ("SERVIZIO DI REFEZIONE SCOLASTICA PER LE SCUOLE DELL'INFANZIA, PRIMARIE E SECONDARIA DI PRIMO GRADO – "
        "PROROGA TECNICA DEL CONTRATTO CON LA DITTA RISTORAZIONE TOSCANA SOC. COOP. PER IL PERIODO "
        "01/09/2027 – 31/12/2027 E IMPEGNO DI SPESA – CIG B7D3E55A18.")

body = [
    ("h", "LA RESPONSABILE DELL'AREA"),
    ("p", "Premesso che con propria determinazione n. 611 del 29/07/2024 il servizio di refezione scolastica per le "
          "scuole dell'infanzia, primarie e secondaria di primo grado del territorio comunale è stato aggiudicato alla "
          "ditta Ristorazione Toscana Soc. Coop., con sede in Empoli (FI), per gli anni scolastici dal 2024/2025 al "
          "2026/2027, con scadenza contrattuale al 31/08/2027;"),
    ("p", "Dato atto che con determinazione n. 402 del 03/06/2027 è stata indetta la nuova procedura aperta per "
          "l'affidamento del servizio per gli anni scolastici dal 2027/2028 al 2030/2031, tramite la piattaforma "
          "START della Regione Toscana, e che la procedura non potrà concludersi, per la complessità della "
          "verifica delle offerte, prima dell'avvio del nuovo anno scolastico;"),
    ("p", "Considerato che il servizio di refezione è essenziale per garantire il tempo pieno e il prolungamento "
          "dell'orario scolastico e che la sua interruzione arrecherebbe grave pregiudizio agli alunni e alle famiglie;"),
    ("p", "Visto l'art. 120, comma 11, del D.Lgs. 31 marzo 2023, n. 36, che consente, nelle more della conclusione "
          "delle procedure necessarie per l'individuazione del nuovo contraente, la proroga del contratto in corso "
          "di esecuzione alle medesime condizioni contrattuali;"),
    ("p", "Vista la nota prot. n. 18830 del 15/07/2027 con la quale la ditta ha dichiarato la propria disponibilità a "
          "proseguire il servizio fino al 31/12/2027 agli stessi prezzi, patti e condizioni del contratto in essere, "
          "per un numero stimato di 61.500 pasti e per l'importo di € 313.650,00 oltre IVA 4%;"),
    ("p", "Visti il D.Lgs. 18 agosto 2000, n. 267, e in particolare gli articoli 107, 183 e 192; il decreto del "
          "Sindaco n. 14 del 28/12/2026 di nomina della sottoscritta quale Responsabile dell'Area Servizi alla Persona;"),
    ("h", "DETERMINA"),
    ("n", "1.", "di prorogare, per le motivazioni espresse in premessa, il contratto per il servizio di refezione "
                "scolastica con la ditta Ristorazione Toscana Soc. Coop. per il periodo dal 01/09/2027 al "
                "31/12/2027, alle medesime condizioni economiche e contrattuali;"),
    ("n", "2.", "di impegnare la spesa complessiva di € 326.196,00, IVA 4% compresa, alla Missione 4, Programma 6, "
                "capitolo 10450 \"Servizio mensa scolastica – appalto\" del bilancio 2027/2029, esercizio 2027;"),
    ("n", "3.", "di dare atto che Responsabile Unico del Progetto è la dott.ssa Chiara Bagnoli del Servizio Scuola, "
                "Sport e Politiche Giovanili;"),
    ("n", "4.", "di trasmettere il presente atto al Servizio Finanziario per l'apposizione del visto di regolarità "
                "contabile attestante la copertura finanziaria."),
]

FONT, SIZE, LEAD = "Times-Roman", 11.2, 14.6

# ---- layout pass: lines per page -------------------------------------------
subj_lines = wrap(SUBJ, "Helvetica-Bold", 10, TW - 24 * mm)
pages = [[]]
y = H - 52 * mm - len(subj_lines) * 12.5 - 8 * mm
for item in body:
    kind = item[0]
    if kind == "h":
        y -= 5
        if y < 32 * mm:
            pages.append([]); y = H - 26 * mm
        pages[-1].append(("h", y, item[1])); y -= LEAD + 3
        continue
    if kind == "p":
        x0, width, text = L, TW, item[1]
    else:
        x0, width, text = L + 7 * mm, TW - 7 * mm, item[2]
    lines = wrap(text, FONT, SIZE, width)
    for i, ln in enumerate(lines):
        if y < 32 * mm:
            pages.append([]); y = H - 26 * mm
        pages[-1].append(("l", y, x0, width, ln, i < len(lines) - 1, item[1] if kind == "n" and i == 0 else None))
        y -= LEAD
    y -= 3
if y - 10 * mm - 12 * mm < 30 * mm:
    pages.append([]); y = H - 26 * mm
sig_y = y - 10 * mm - 10.4 * mm
y = sig_y - 16 * mm
VISTO = ("Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità contabile "
         "attestante la copertura finanziaria della spesa: impegno n. 2027/1744, capitolo 10450, esercizio 2027, "
         "importo € 326.196,00.")
if y - 60 * mm < 30 * mm:
    pages.append([]); y = H - 26 * mm
pages[-1].append(("h", y, "VISTO DI REGOLARITÀ CONTABILE")); y -= LEAD + 3
vl = wrap(VISTO, FONT, SIZE, TW)
for i, ln in enumerate(vl):
    pages[-1].append(("l", y, L, TW, ln, i < len(vl) - 1, None)); y -= LEAD
y -= 4
pages[-1].append(("l", y, L, TW, "Montelupo Fiorentino, 22/07/2027".split(), False, None)); y -= LEAD + 8
for t in ["IL RESPONSABILE DEL SERVIZIO FINANZIARIO", "Dott. Marco Lensi"]:
    pages[-1].append(("c", y, t)); y -= 5.2 * mm
N = len(pages)

# ---- drawing pass: body first, forms after ---------------------------------
for pn, ops in enumerate(pages, 1):
    if pn == 1:  # the stamp first, rotated, up the left margin
        c.saveState(); c.translate(13 * mm, 55 * mm); c.rotate(90); c.doForm("STAMP"); c.restoreState()
    for op in ops:
        if op[0] == "h":
            t = op[2]
            glyphs(W / 2 - stringWidth(t, "Times-Bold", 11.5) / 2, op[1], t, "Times-Bold", 11.5)
        elif op[0] == "c":
            t = op[2]
            glyphs(W / 2 + 20 * mm - stringWidth(t, FONT, 11) / 2, op[1], t, FONT, 11)
        else:
            _, yy, x0, width, ln, just, num = op
            if num:
                glyphs(L, yy, num, FONT, SIZE)
            words_line(yy, ln, FONT, SIZE, x0, width, just)
    if pn == N:
        c.saveState(); c.translate(0, sig_y); c.doForm("SIG"); c.restoreState()
    glyphs(L, 12 * mm, "Documento firmato digitalmente", "Helvetica", 7.5)
    t = "pag. %d di %d" % (pn, N)
    glyphs(R - stringWidth(t, "Helvetica", 7.5), 12 * mm, t, "Helvetica", 7.5)
    if pn == 1:
        # subject box, then the register line, then the letterhead: last in the stream
        top = H - 52 * mm
        c.setLineWidth(0.5)
        c.rect(L, top - len(subj_lines) * 12.5 - 3.5 * mm, TW, len(subj_lines) * 12.5 + 6 * mm, stroke=1, fill=0)
        glyphs(L + 2 * mm, top - 10, "Oggetto:", "Helvetica-Bold", 10)
        for i, ln in enumerate(subj_lines):
            words_line(top - 10 - i * 12.5, ln, "Helvetica-Bold", 10, L + 22 * mm, TW - 24 * mm, i < len(subj_lines) - 1)
        glyphs(L, H - 45 * mm, "DETERMINAZIONE N. 533 DEL 22/07/2027", "Helvetica-Bold", 11.5)
        t = "Numero settoriale: 112"
        glyphs(R - stringWidth(t, "Helvetica", 9.5), H - 45 * mm, t, "Helvetica", 9.5)
        t = "Proposta n. 1287 del 20/07/2027"
        glyphs(R - stringWidth(t, "Helvetica", 8.5), H - 49 * mm, t, "Helvetica", 8.5)
        c.doForm("LH")
    else:
        c.doForm("RH")
    c.showPage()
c.save()
