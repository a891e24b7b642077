#!/usr/bin/env python3
"""Comune di Quart - Giunta comunale n. 87 del 12/10/2026, bilingual INVA-like house style.

Content streams written by hand and assembled with pikepdf, the way a report
engine of a regional package writes them:
  * every glyph is placed on its own (a Tm per glyph, no space characters);
    justified lines get their slack spread over the word gaps;
  * the bilingual letterhead and the running foot are Form XObjects, reused on
    both pages, and drawn at the END of each page's stream (out of reading order);
  * on page 1 the roll table is drawn after the body text below it, on page 2
    the signature block is drawn before the text above it.
Helvetica family, WinAnsiEncoding (French accents in the bilingual headings).
Usage: quart_delibera_pikepdf.py OUT.pdf
"""
import sys

import pikepdf
from pikepdf import Array, Dictionary, Name, Pdf, Stream
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1]
W, H = 595.28, 841.89
LM, RM = 62.0, W - 56.0
FONTS = {"R": "Helvetica", "B": "Helvetica-Bold", "I": "Helvetica-Oblique"}


def esc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def glyphs(x, y, text, font="R", size=10, extra=0.0):
    """Place each glyph alone; spaces are not written, only skipped (plus extra)."""
    out = [b"BT /F%s %.2f Tf" % (font.encode(), size)]
    fn = FONTS[font]
    for ch in text:
        if ch == " ":
            x += stringWidth(" ", fn, size) + extra
            continue
        out.append(b"1 0 0 1 %.2f %.2f Tm (%s) Tj" % (x, y, esc(ch)))
        x += stringWidth(ch, fn, size)
    out.append(b"ET")
    return b"\n".join(out) + b"\n"


def width(text, font="R", size=10):
    return stringWidth(text, FONTS[font], size)


def centred(y, text, font="R", size=10):
    return glyphs((W - width(text, font, size)) / 2, y, text, font, size)


def right(xr, y, text, font="R", size=10):
    return glyphs(xr - width(text, font, size), y, text, font, size)


def wrap(text, font, size, w):
    words, lines, cur = text.split(), [], []
    for wd in words:
        if cur and width(" ".join(cur + [wd]), font, size) > w:
            lines.append(cur)
            cur = [wd]
        else:
            cur.append(wd)
    lines.append(cur)
    return lines


class Page:
    def __init__(self):
        self.blocks = {}

    def add(self, group, data):
        self.blocks.setdefault(group, []).append(data)


pages = [Page()]
y = 0.0


def newpage():
    global y
    pages.append(Page())
    y = H - 70


def para(text, font="R", size=10, lead=13.2, x0=LM, x1=RM, gap=5, group="body", justify=True,
         first_font=None):
    """A justified paragraph. first_font: bold lead-in word(s) ending at '|'."""
    global y
    lead_in = ""
    if first_font and "|" in text:
        lead_in, text = text.split("|", 1)
        text = lead_in + " " + text.lstrip()
    lines = wrap(text, font, size, x1 - x0)
    for i, ln in enumerate(lines):
        if y < 70:
            newpage()
        s = " ".join(ln)
        extra = 0.0
        if justify and i < len(lines) - 1 and len(ln) > 1:
            extra = (x1 - x0 - width(s, font, size)) / (len(ln) - 1)
        if i == 0 and lead_in:
            # the lead-in in bold, the rest of the line in roman
            nb = len(lead_in.split())
            b = " ".join(ln[:nb])
            r = " ".join(ln[nb:])
            if justify and i < len(lines) - 1 and len(ln) > 1:
                natural = width(b + " ", "B", size) + width(r, font, size)
                extra = (x1 - x0 - natural) / (len(ln) - 1)
            data = glyphs(x0, y, b, "B", size, extra)
            xr = x0 + width(b + " ", "B", size) + extra
            data += glyphs(xr, y, r, font, size, extra)
        else:
            data = glyphs(x0, y, s, font, size, extra)
        pages[-1].add(group, data)
        y -= lead
    y -= gap


SUBJECT = ("APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L'UNITÉ DES COMMUNES VALDÔTAINES "
           "MONT-ÉMILIUS PER LA GESTIONE ASSOCIATA DEL SERVIZIO DI TRASPORTO SCOLASTICO - "
           "ANNO SCOLASTICO 2026/2027.")

# ---------------- page 1 -----------------------------------------------------
y = H - 118
pages[0].add("head", centred(y, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", "B", 12.5))
y -= 15
pages[0].add("head", centred(y, "PROCÈS-VERBAL DE DÉLIBÉRATION DE LA JUNTE COMMUNALE", "I", 10.5))
y -= 24
pages[0].add("head", glyphs(LM, y, "N. 87", "B", 12))
pages[0].add("head", right(RM, y, "del / du 12/10/2026", "B", 12))
y -= 8
pages[0].add("head", b"0.6 w %.2f %.2f m %.2f %.2f l S\n" % (LM, y, RM, y))
y -= 16
pages[0].add("head", glyphs(LM, y, "OGGETTO / OBJET:", "B", 10))
y0 = y
for ln in wrap(SUBJECT, "B", 10, RM - (LM + 100)):
    pages[0].add("head", glyphs(LM + 100, y, " ".join(ln), "B", 10))
    y -= 13
y -= 6
pages[0].add("head", b"0.6 w %.2f %.2f m %.2f %.2f l S\n" % (LM, y, RM, y))
y -= 18

para("L'anno duemilaventisei, addì dodici del mese di ottobre, alle ore 18:00, nella sala delle riunioni "
     "del Municipio, convocata nei modi e nei termini di legge, si è riunita la Giunta comunale nelle "
     "persone dei signori:", group="head")

# roll table (drawn after the body of the page: group "roll")
cols = [LM, LM + 170, LM + 300, LM + 395]
rows = [("PERRIN Stefano", "Sindaco", True), ("JACCOD Nadia", "Vice Sindaco", True),
        ("BIONAZ Ivo", "Assessore", True), ("CERISE Daniela", "Assessore", False),
        ("THIÉBAT Luca", "Assessore", True)]
top = y + 4
rt = []
rt.append(b"0.92 g %.2f %.2f %.2f %.2f re f 0 g\n" % (LM, y - 18, RM - LM, 22))
rt.append(glyphs(cols[0] + 4, y - 4, "Cognome e nome", "B", 8.5))
rt.append(glyphs(cols[0] + 4, y - 14, "Nom et prénom", "I", 8))
rt.append(glyphs(cols[1] + 4, y - 4, "Carica", "B", 8.5))
rt.append(glyphs(cols[1] + 4, y - 14, "Fonction", "I", 8))
rt.append(glyphs(cols[2] + 4, y - 4, "Presente", "B", 8.5))
rt.append(glyphs(cols[2] + 4, y - 14, "Présent", "I", 8))
rt.append(glyphs(cols[3] + 4, y - 4, "Assente", "B", 8.5))
rt.append(glyphs(cols[3] + 4, y - 14, "Absent", "I", 8))
y -= 18
for name, role, pres in rows:
    y -= 15
    rt.append(glyphs(cols[0] + 4, y + 4, name, "R", 9.5))
    rt.append(glyphs(cols[1] + 4, y + 4, role, "R", 9.5))
    rt.append(glyphs(cols[2 if pres else 3] + 38, y + 4, "X", "R", 9.5))
bottom = y
lines = [b"0.5 w %.2f %.2f %.2f %.2f re S\n" % (LM, bottom, RM - LM, top - bottom)]
for x in cols[1:]:
    lines.append(b"%.2f %.2f m %.2f %.2f l S\n" % (x, bottom, x, top))
yy = top - 22
while yy > bottom + 1:
    lines.append(b"%.2f %.2f m %.2f %.2f l S\n" % (LM, yy, RM, yy))
    yy -= 15
pages[0].add("roll", b"".join(lines) + b"".join(rt))
y -= 18

pages[0].add("body", glyphs(LM, y, "Presenti / Présents: n. 4", "B", 10))
pages[0].add("body", glyphs(LM + 200, y, "Assenti / Absents: n. 1", "B", 10))
y -= 20
para("Assiste alla seduta il Segretario comunale dott.ssa Michela Vuillermoz, che provvede alla redazione "
     "del presente verbale.")
para("Il Sig. Stefano Perrin, nella sua qualità di Sindaco, assume la presidenza e, riconosciuta legale "
     "l'adunanza, dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.")
y -= 4
pages[-1].add("body", centred(y, "LA GIUNTA COMUNALE", "B", 11))
y -= 18
para("Richiamata|la legge regionale 7 dicembre 1998, n. 54 (Sistema delle autonomie in Valle d'Aosta), e "
     "la legge regionale 5 agosto 2014, n. 6, che disciplina l'esercizio associato di funzioni e servizi "
     "comunali per il tramite delle Unités des Communes valdôtaines;", first_font="B")
para("Premesso|che il servizio di trasporto scolastico degli alunni della scuola dell'infanzia e della scuola "
     "primaria residenti nel Comune è stato svolto, fino all'anno scolastico 2025/2026, in forma diretta, e "
     "che l'Unité des Communes valdôtaines Mont-Émilius ha proposto ai Comuni aderenti la gestione "
     "associata del servizio, con affidamento unitario e ripartizione dei costi in base ai chilometri "
     "percorsi e agli alunni trasportati;", first_font="B")
para("Visto|lo schema di convenzione trasmesso dall'Unité con nota prot. n. 8812 del 25/09/2026, composto "
     "da 14 articoli, che prevede una durata di tre anni scolastici e una spesa stimata a carico del Comune "
     "di euro 38.400,00 per l'anno scolastico 2026/2027;", first_font="B")
para("Ritenuto|lo schema meritevole di approvazione, in quanto consente economie di scala e una migliore "
     "organizzazione dei percorsi;", first_font="B")
para("Visto|il parere favorevole di legittimità espresso dal Segretario comunale e il parere favorevole di "
     "regolarità contabile espresso dal responsabile del servizio finanziario, ai sensi dell'art. 49 bis "
     "della legge regionale 7 dicembre 1998, n. 54;", first_font="B")
para("Con voti favorevoli unanimi, espressi in forma palese,")
y -= 4
if y < 120:
    newpage()
pages[-1].add("body", centred(y, "DELIBERA", "B", 11))
y -= 18
for i, t in enumerate([
    "di approvare lo schema di convenzione con l'Unité des Communes valdôtaines Mont-Émilius per la "
    "gestione associata del servizio di trasporto scolastico per gli anni scolastici 2026/2027, "
    "2027/2028 e 2028/2029, allegato alla presente deliberazione quale parte integrante e sostanziale;",
    "di autorizzare il Sindaco alla sottoscrizione della convenzione, con facoltà di apportarvi le "
    "modifiche non sostanziali che si rendessero necessarie;",
    "di dare atto che la spesa stimata di euro 38.400,00 per l'anno scolastico 2026/2027 trova copertura "
    "al capitolo 4510 del bilancio di previsione 2026/2028, esercizi 2026 e 2027;",
    "di trasmettere copia della presente deliberazione all'Unité des Communes valdôtaines Mont-Émilius.",
], 1):
    pages[-1].add("body", glyphs(LM, y, "%d." % i, "R", 10))
    para(t, x0=LM + 16)
y -= 2
para("La presente deliberazione diviene esecutiva dal primo giorno di pubblicazione all'albo pretorio "
     "comunale, ai sensi dell'art. 52 ter della legge regionale 7 dicembre 1998, n. 54.", font="I", size=9.5)

# signature block (drawn first on its page: group "sign")
y -= 14
if y < 150:
    newpage()
sg = []
sg.append(glyphs(LM, y, "Letto, approvato e sottoscritto / Lu, approuvé et signé", "I", 9))
y -= 24
xl, xr = LM + 80, RM - 95
for x, a, b, c in [(xl, "IL PRESIDENTE", "LE PRÉSIDENT", "Stefano Perrin"),
                   (xr, "IL SEGRETARIO COMUNALE", "LE SECRÉTAIRE COMMUNAL", "dott.ssa Michela Vuillermoz")]:
    sg.append(glyphs(x - width(a, "B", 10) / 2, y, a, "B", 10))
    sg.append(glyphs(x - width(b, "I", 9) / 2, y - 12, b, "I", 9))
    sg.append(glyphs(x - width(c, "R", 10) / 2, y - 30, c, "R", 10))
    sg.append(glyphs(x - width("(firmato digitalmente)", "I", 8) / 2, y - 42,
                     "(firmato digitalmente)", "I", 8))
pages[-1].add("sign", b"".join(sg))
y -= 60

# ---------------- assemble ---------------------------------------------------
pdf = Pdf.new()
fonts = Dictionary()
for k, base in FONTS.items():
    fonts["/F" + k] = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                                   BaseFont=Name("/" + base),
                                                   Encoding=Name.WinAnsiEncoding))
res_fonts = Dictionary(Font=fonts)

lh = b"q 0.13 0.25 0.5 RG 0.13 0.25 0.5 rg\n"
lh += b"1.2 w %.2f %.2f 34 40 re S\n" % (W / 2 - 17, H - 92)
lh += b"%.2f %.2f 34 12 re f\n" % (W / 2 - 17, H - 64)
lh += glyphs(LM, H - 66, "COMUNE DI QUART", "B", 15)
lh += right(RM, H - 66, "COMMUNE DE QUART", "B", 15)
lh += glyphs(LM, H - 80, "Regione Autonoma Valle d'Aosta", "R", 8.5)
lh += right(RM, H - 80, "Région Autonome Vallée d'Aoste", "R", 8.5)
lh += b"0.8 w %.2f %.2f m %.2f %.2f l S Q\n" % (LM, H - 100, RM, H - 100)
letterhead = Stream(pdf, lh)
letterhead.Type = Name.XObject
letterhead.Subtype = Name.Form
letterhead.BBox = Array([0, 0, W, H])
letterhead.Resources = res_fonts

ft = b"q 0.4 g\n" + glyphs(LM, 34, "Comune di Quart / Commune de Quart - Deliberazione della Giunta "
                                   "comunale n. 87 del 12/10/2026", "R", 7.5)
ft += b"0.4 G 0.4 w %.2f 44 m %.2f 44 l S Q\n" % (LM, RM)
footer = Stream(pdf, ft)
footer.Type = Name.XObject
footer.Subtype = Name.Form
footer.BBox = Array([0, 0, W, H])
footer.Resources = res_fonts

ORDER = ["sign", "body", "head", "roll"]
n = len(pages)
for i, pg in enumerate(pages, 1):
    parts = [b"/Fo Do\n"]
    for g in ORDER:
        parts += pg.blocks.get(g, [])
    parts.append(right(RM, 34, "pag. %d/%d" % (i, n), "R", 7.5))
    if i == 1:
        parts.append(b"/Lh Do\n")
    else:
        parts.append(glyphs(LM, H - 50, "Comune di Quart - Deliberazione G.C. n. 87 del 12/10/2026",
                            "I", 7.5))
    page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                                   Resources=Dictionary(Font=fonts,
                                                        XObject=Dictionary(Lh=letterhead, Fo=footer)),
                                   Contents=Stream(pdf, b"".join(parts))))
    pdf.pages.append(page)

pdf.docinfo["/Title"] = "Deliberazione della Giunta comunale n. 87 del 12/10/2026"
pdf.docinfo["/Author"] = "Comune di Quart"
pdf.docinfo["/Creator"] = "INVA - Atti deliberativi"
pdf.docinfo["/Producer"] = "pikepdf %s (hand-written content streams)" % pikepdf.__version__
pdf.save(OUT)
