#!/usr/bin/env python3
"""Carmiano (LE) - bando n. 3/2027, posteggi del mercato settimanale.
House style "halley": centred letterhead, protocol under it at left, the
Settore and Servizio under the title, place and date at the foot at left,
signature at right.  Drawn as a report engine draws it: every glyph placed on
its own with a text matrix, no space characters, justified lines spread by the
gaps; running head and foot with the bando's number on every page."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib import colors

OUT = sys.argv[1] if len(sys.argv) > 1 else "bando-carmiano-halley.pdf"
W, H = A4
LM, RM = 22 * mm, W - 22 * mm
TOP, BOT = H - 28 * mm, 26 * mm
NUMBER = "Bando n. 3/2027"

FONTS = {"r": "Times-Roman", "b": "Times-Bold", "i": "Times-Italic"}


def glyphs(c, x, y, text, font, size, extra=0.0, charspace=0.0):
    """Place each non-space glyph alone; a space only moves the pen."""
    t = c.beginText()
    t.setFont(font, size)
    for ch in text:
        if ch == " ":
            x += stringWidth(" ", font, size) + extra + charspace
            continue
        t.setTextOrigin(x, y)
        t.textOut(ch)
        x += stringWidth(ch, font, size) + charspace
    c.drawText(t)
    return x


def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w_ in words:
        trial = (cur + " " + w_).strip()
        if stringWidth(trial, font, size) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = w_
    if cur:
        lines.append(cur)
    return lines


# ---- content: (kind, text) ----
C = []
add = lambda k, t="": C.append((k, t))
add("title", "BANDO PUBBLICO")
add("subject", "ASSEGNAZIONE IN CONCESSIONE DECENNALE DEI POSTEGGI LIBERI NEL MERCATO "
               "SETTIMANALE DEL GIOVEDÌ IN VIA LECCE")
add("gap", 4)
add("unit", "SETTORE SVILUPPO ECONOMICO")
add("unit2", "Servizio Attività Produttive – SUAP")
add("gap", 6)
add("center", "IL RESPONSABILE DEL SETTORE")
add("gap", 2)
add("p", "Visto il D.Lgs. 31 marzo 1998, n. 114, e la Legge Regionale Puglia 16 aprile 2015, n. 24 "
         "(Codice del Commercio), con il relativo regolamento attuativo;")
add("p", "Visto il Regolamento comunale per il commercio su aree pubbliche, approvato con "
         "deliberazione del Consiglio Comunale n. 27 del 29/06/2022;")
add("p", "Vista la propria determinazione n. 96 del 28/10/2027 (Reg. Gen. n. 781), con la quale è "
         "stato approvato lo schema del presente bando;")
add("gap", 3)
add("center", "RENDE NOTO")
add("gap", 2)
add("p", "che è indetta la procedura di selezione per l’assegnazione in concessione, per la durata "
         "di anni dieci, dei posteggi liberi nel mercato settimanale che si svolge ogni giovedì, "
         "dalle ore 7:00 alle ore 13:00, in via Lecce e piazza Mercato, di seguito elencati:")
add("gap", 2)
add("row", ("Posteggio", "Dimensioni (m)", "Superficie (mq)", "Settore merceologico"))
for r in [("n. 7", "8,00 x 5,00", "40,00", "alimentare"),
          ("n. 12", "6,00 x 4,00", "24,00", "non alimentare"),
          ("n. 15", "6,00 x 4,00", "24,00", "non alimentare"),
          ("n. 22", "10,00 x 5,00", "50,00", "alimentare (autonegozio)"),
          ("n. 31", "5,00 x 4,00", "20,00", "produttori agricoli")]:
    add("row", r)
add("gap", 4)
add("h", "Art. 1 – Requisiti di partecipazione")
add("p", "Possono partecipare le persone fisiche, le società di persone e le società di capitali "
         "regolarmente costituite, in possesso dei requisiti morali di cui all’art. 71 del D.Lgs. "
         "59/2010 e, per il settore alimentare, dei requisiti professionali previsti dalla medesima "
         "norma. Ciascun operatore può presentare domanda per non più di due posteggi.")
add("h", "Art. 2 – Criteri di assegnazione")
add("p", "La graduatoria è formata sulla base dei seguenti criteri: a) maggiore professionalità "
         "acquisita, comprovata dall’anzianità di iscrizione al Registro delle Imprese quale "
         "impresa attiva nel commercio su aree pubbliche (fino a 40 punti); b) anzianità di "
         "presenza nel mercato di Carmiano (fino a 30 punti); c) impegno a vendere prodotti a "
         "chilometro zero o da filiera corta (10 punti). A parità di punteggio prevale la domanda "
         "presentata per prima.")
add("h", "Art. 3 – Modalità e termine di presentazione delle domande")
add("p", "La domanda, in bollo, è presentata esclusivamente in modalità telematica tramite il "
         "portale impresainungiorno.gov.it – SUAP del Comune di Carmiano, a pena di esclusione, "
         "dal 15 novembre 2027 al 14 dicembre 2027. Le domande inviate prima o dopo tali termini "
         "non sono prese in considerazione e non danno luogo ad alcuna priorità.")
add("h", "Art. 4 – Graduatoria e rilascio della concessione")
add("p", "La graduatoria provvisoria è pubblicata all’Albo Pretorio on line entro il 31 gennaio "
         "2028; entro i successivi quindici giorni gli interessati possono presentare osservazioni. "
         "La concessione è rilasciata dal SUAP contestualmente all’autorizzazione per l’esercizio "
         "del commercio su aree pubbliche, previo pagamento del canone unico patrimoniale.")
add("h", "Art. 5 – Disposizioni finali")
add("p", "Ai sensi della Legge 241/1990 il responsabile del procedimento è il sig. Cosimo "
         "Leo, istruttore amministrativo del Servizio (tel. 0832 600 214). Per quanto non previsto "
         "si rinvia alla normativa vigente e al Regolamento comunale. I dati personali sono "
         "trattati ai sensi del Regolamento UE 2016/679.")
add("gap", 8)
add("sign", None)


def layout():
    """Return list of pages; each page a list of draw ops (kind, y, payload)."""
    pages, ops, y = [], [], TOP - 50 * mm  # first page: letterhead takes space
    width = RM - LM

    def need(h):
        nonlocal ops, y
        if y - h < BOT:
            pages.append(ops)
            ops, y = [], TOP

    for kind, t in C:
        if kind == "gap":
            y -= t * 1.0 * mm
        elif kind == "title":
            need(20)
            y -= 16
            ops.append(("title", y, t))
            y -= 6
        elif kind == "subject":
            for ln in wrap(t, FONTS["b"], 12, width - 20 * mm):
                need(15)
                y -= 15
                ops.append(("cb", y, (ln, 12)))
        elif kind in ("unit", "center"):
            need(15)
            y -= 14
            ops.append(("cb", y, (t, 11)))
        elif kind == "unit2":
            need(14)
            y -= 13
            ops.append(("ci", y, (t, 11)))
        elif kind == "h":
            need(30)
            y -= 18
            ops.append(("h", y, t))
        elif kind == "p":
            lines = wrap(t, FONTS["r"], 11, width)
            for i, ln in enumerate(lines):
                need(14)
                y -= 14
                ops.append(("line", y, (ln, i == len(lines) - 1)))
        elif kind == "row":
            need(14)
            y -= 14
            ops.append(("row", y, t))
        elif kind == "sign":
            need(90)
            ops.append(("sign", y, None))
            y -= 90
    pages.append(ops)
    return pages


def letterhead(c):
    c.saveState()
    # crest: a tower in a shield
    cx, cy = W / 2, H - 24 * mm
    c.setStrokeColor(colors.HexColor("#7a1f1f"))
    c.setFillColor(colors.HexColor("#f3e6d0"))
    p = c.beginPath()
    p.moveTo(cx - 8 * mm, cy + 9 * mm)
    p.lineTo(cx + 8 * mm, cy + 9 * mm)
    p.lineTo(cx + 8 * mm, cy - 1 * mm)
    p.curveTo(cx + 8 * mm, cy - 6 * mm, cx + 2 * mm, cy - 8 * mm, cx, cy - 9 * mm)
    p.curveTo(cx - 2 * mm, cy - 8 * mm, cx - 8 * mm, cy - 6 * mm, cx - 8 * mm, cy - 1 * mm)
    p.close()
    c.drawPath(p, stroke=1, fill=1)
    c.setFillColor(colors.HexColor("#7a1f1f"))
    c.rect(cx - 3 * mm, cy - 5 * mm, 6 * mm, 10 * mm, stroke=0, fill=1)
    c.rect(cx - 4 * mm, cy + 4 * mm, 8 * mm, 2 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    for txt, font, size, y in [("COMUNE DI CARMIANO", "Times-Bold", 18, H - 41 * mm),
                               ("Provincia di Lecce", "Times-Italic", 11, H - 46.5 * mm),
                               ("Piazza Assunta, 1 – 73041 Carmiano (LE) – tel. 0832 600 200 – "
                                "protocollo.comune.carmiano@pec.rupar.puglia.it", "Times-Roman", 8, H - 51 * mm)]:
        glyphs(c, (W - stringWidth(txt, font, size)) / 2, y, txt, font, size)
    c.setLineWidth(0.8)
    c.line(LM, H - 54 * mm, RM, H - 54 * mm)
    glyphs(c, LM, H - 60 * mm, "Prot. n. 21044 del 04/11/2027", "Times-Roman", 10)
    c.restoreState()


def running(c, pno, total):
    c.saveState()
    c.setFont("Times-Italic", 8.5)
    if pno > 1:
        glyphs(c, LM, H - 16 * mm, "Comune di Carmiano – " + NUMBER + " – Posteggi mercato settimanale",
               "Times-Italic", 8.5)
        c.setLineWidth(0.4)
        c.line(LM, H - 17.5 * mm, RM, H - 17.5 * mm)
    c.setLineWidth(0.4)
    c.line(LM, 17 * mm, RM, 17 * mm)
    glyphs(c, LM, 13 * mm, NUMBER + " – Settore Sviluppo Economico", "Times-Italic", 8.5)
    s = "pag. %d di %d" % (pno, total)
    glyphs(c, RM - stringWidth(s, "Times-Italic", 8.5), 13 * mm, s, "Times-Italic", 8.5)
    c.restoreState()


COLS = [0, 28 * mm, 62 * mm, 96 * mm]


def draw(pages):
    c = canvas.Canvas(OUT, pagesize=A4, pageCompression=1)
    c.setTitle("Bando n. 3/2027 - posteggi mercato settimanale")
    c.setAuthor("Comune di Carmiano")
    c.setCreator("Halley Atti - modulo Commercio")
    total = len(pages)
    width = RM - LM
    for pno, ops in enumerate(pages, 1):
        if pno == 1:
            letterhead(c)
        running(c, pno, total)
        for kind, y, pl in ops:
            if kind == "title":
                f, s, cs = FONTS["b"], 15, 3.0
                wdt = stringWidth(pl, f, s) + cs * (len(pl) - 1)
                glyphs(c, (W - wdt) / 2, y, pl, f, s, charspace=cs)
            elif kind in ("cb", "ci"):
                txt, s = pl
                f = FONTS["b"] if kind == "cb" else FONTS["i"]
                glyphs(c, (W - stringWidth(txt, f, s)) / 2, y, txt, f, s)
            elif kind == "h":
                glyphs(c, LM, y, pl, FONTS["b"], 11)
            elif kind == "line":
                txt, last = pl
                gaps = txt.count(" ")
                extra = 0 if last or gaps == 0 else (width - stringWidth(txt, FONTS["r"], 11)) / gaps
                glyphs(c, LM, y, txt, FONTS["r"], 11, extra=extra)
            elif kind == "row":
                f = FONTS["b"] if pl[0] == "Posteggio" else FONTS["r"]
                for x, cell in zip(COLS, pl):
                    glyphs(c, LM + 8 * mm + x, y, cell, f, 10.5)
                c.setLineWidth(0.3)
                c.line(LM + 6 * mm, y - 3.5, RM - 6 * mm, y - 3.5)
            elif kind == "sign":
                glyphs(c, LM, y - 20, "Carmiano, lì 04/11/2027", FONTS["r"], 11)
                sx = LM + 100 * mm
                for i, (t, f) in enumerate([("IL RESPONSABILE DEL SETTORE", FONTS["b"]),
                                            ("SVILUPPO ECONOMICO", FONTS["b"]),
                                            ("dott. Antonio Quarta", FONTS["r"])]):
                    glyphs(c, sx + (60 * mm - stringWidth(t, f, 11)) / 2, y - 20 - i * 14 - (8 if i == 2 else 0), t, f, 11)
                t = "(firmato digitalmente ai sensi del D.Lgs. 82/2005)"
                glyphs(c, sx + (60 * mm - stringWidth(t, FONTS["i"], 8)) / 2, y - 72, t, FONTS["i"], 8)
        c.showPage()
    c.save()


draw(layout())
