#!/usr/bin/env python3
"""Comune di Grottazzolina - Ordinanza del Sindaco n. 21 del 15-09-2028.

Hand-written content streams assembled with pikepdf, the way a report engine
writes them: every glyph placed on its own (Td + one-character Tj, no space
characters, justification by wider gaps), the "ORDINANZA" heading letter-spaced
with Tc, the letterhead and the signature block in Form XObjects that the page
draws after the body (the letterhead last), and a running foot with the number.
"""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
W, H = 595.28, 841.89
LM, RM = 62.0, 62.0
TW = W - LM - RM

FONTS = {"R": ("F1", "Times-Roman"), "B": ("F2", "Times-Bold"), "I": ("F3", "Times-Italic")}


def enc(ch):
    b = ch.encode("cp1252")
    out = b""
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([c])
        elif c < 32 or c > 126:
            out += b"\\%03o" % c
        else:
            out += bytes([c])
    return out


def glyphs(text, x, y, font="R", size=11.0, extra=0.0):
    """place every glyph on its own; spaces become gaps (plus `extra` for justification)"""
    fid, fname = FONTS[font]
    ops = [b"BT /%s %.1f Tf" % (fid.encode(), size)]
    cx = x
    for ch in text:
        if ch == " ":
            cx += stringWidth(" ", fname, size) + extra
            continue
        ops.append(b"1 0 0 1 %.2f %.2f Tm (%s) Tj" % (cx, y, enc(ch)))
        cx += stringWidth(ch, fname, size)
    ops.append(b"ET")
    return b"\n".join(ops) + b"\n"


def wrap(text, font, size, width):
    fname = FONTS[font][1]
    words = text.split()
    lines, cur = [], []
    for w in words:
        trial = " ".join(cur + [w])
        if cur and stringWidth(trial, fname, size) > width:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self):
        self.ops = b""
        self.y = H - 150

    def para(self, text, font="R", size=11.0, lead=14.5, indent=0.0, hang=None, justify=True, after=5.0):
        fname = FONTS[font][1]
        width = TW - indent
        lines = wrap(text, font, size, width)
        for i, ws in enumerate(lines):
            s = " ".join(ws)
            extra = 0.0
            if justify and i < len(lines) - 1 and len(ws) > 1:
                extra = (width - stringWidth(s, fname, size)) / (len(ws) - 1)
            if hang and i == 0:
                self.ops += glyphs(hang, LM, self.y, font, size)
            self.ops += glyphs(s, LM + indent, self.y, font, size, extra)
            self.y -= lead
        self.y -= after

    def centre(self, text, font="B", size=11.5, tc=0.0, after=8.0):
        fid, fname = FONTS[font]
        n = len(text)
        w = stringWidth(text, fname, size) + tc * (n - 1)
        x = (W - w) / 2
        if tc:
            # letter-spaced heading: one string, character spacing by Tc
            self.ops += b"BT /%s %.1f Tf %.2f Tc 1 0 0 1 %.2f %.2f Tm (%s) Tj 0 Tc ET\n" % (
                fid.encode(), size, tc, x, self.y, b"".join(enc(c) for c in text))
        else:
            self.ops += glyphs(text, x, self.y, font, size)
        self.y -= size + after


def letterhead_form(pdf):
    ops = b""
    # a plain shield drawn as a crest
    ops += b"q 0.2 0.2 0.2 RG 1.2 w 70 30 m 70 62 l 100 62 l 100 30 l 85 14 l h S\n"
    ops += b"0.55 0.1 0.1 rg 74 34 m 74 58 l 96 58 l 96 34 l 85 21 l h f Q\n"
    ops += b"BT /F2 18 Tf 1 0 0 1 118 46 Tm (COMUNE DI GROTTAZZOLINA) Tj ET\n"
    ops += b"BT /F1 10.5 Tf 1 0 0 1 118 31 Tm (Provincia di Fermo) Tj ET\n"
    ops += b"BT /F3 8.5 Tf 1 0 0 1 118 18 Tm (Piazza Umberto I, 3 - 63844 Grottazzolina \\(FM\\) - tel. 0734 631042 - comune.grottazzolina@pec.it) Tj ET\n"
    ops += b"0.5 w 62 8 m 533 8 l S\n"
    return form(pdf, ops, [0, 0, W, 75])


def signature_form(pdf):
    ops = b""
    ops += glyphs("IL SINDACO", 40, 52, "B", 11)
    ops += glyphs("Alberto Marinozzi", 34, 36, "R", 11)
    ops += b"BT /F3 7.5 Tf 1 0 0 1 0 18 Tm (documento firmato digitalmente ai sensi dell'art. 21 del D.Lgs. 82/2005) Tj ET\n"
    return form(pdf, ops, [-5, 0, 260, 70])


def form(pdf, ops, bbox):
    f = pikepdf.Stream(pdf, ops)
    f.Type = Name.XObject
    f.Subtype = Name.Form
    f.BBox = Array(bbox)
    f.Resources = Dictionary(Font=fonts_dict)
    return pdf.make_indirect(f)


pdf = pikepdf.new()
fonts_dict = Dictionary()
for k, (fid, fname) in FONTS.items():
    fonts_dict[Name("/" + fid)] = pdf.make_indirect(Dictionary(
        Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + fname), Encoding=Name.WinAnsiEncoding))

LH = letterhead_form(pdf)
SIG = signature_form(pdf)

NUM, DATE = "21", "15-09-2028"
pages = []

p = Page()
p.y = H - 132
p.centre("ORDINANZA SINDACALE", "B", 13, tc=5.0, after=14)
# number box
p.ops += b"q 0.6 w %.2f %.2f 170 34 re S Q\n" % (W - RM - 170, p.y - 22)
p.ops += glyphs("ORDINANZA N. %s" % NUM, W - RM - 160, p.y - 1, "B", 11)
p.ops += glyphs("del %s" % DATE, W - RM - 160, p.y - 16, "R", 11)
p.ops += glyphs("Registro delle Ordinanze", LM, p.y - 1, "I", 9.5)
p.ops += glyphs("anno 2028", LM, p.y - 16, "I", 9.5)
p.y -= 56
p.ops += glyphs("OGGETTO:", LM, p.y, "B", 11)
subj = ("Misure urgenti a tutela della salute pubblica - divieto di utilizzo dell'acqua erogata dalla rete "
        "idrica per il consumo umano nelle contrade Ete e Sant'Andrea.")
p.para(subj, "B", 11, 14.5, indent=62, justify=False, after=16)
p.centre("IL SINDACO", "B", 12, tc=0, after=10)

pre = [
    "Vista la nota prot. n. 6688 del 14-09-2028 con la quale l'Azienda Sanitaria Territoriale di Fermo - "
    "Dipartimento di Prevenzione, Servizio Igiene degli Alimenti e della Nutrizione, ha comunicato l'esito "
    "sfavorevole delle analisi eseguite sui campioni di acqua prelevati il 12-09-2028 presso le fontanelle "
    "pubbliche di contrada Ete e di contrada Sant'Andrea, per la presenza di batteri coliformi ed "
    "Escherichia coli in misura superiore ai valori di parametro fissati dal D.Lgs. 23 febbraio 2023, n. 18;",
    "Considerato che il Dipartimento di Prevenzione ha espresso parere favorevole all'adozione di un "
    "provvedimento di divieto di utilizzo dell'acqua per il consumo umano nelle zone servite dal serbatoio "
    "di contrada Ete, fino al ripristino dei requisiti di potabilità accertato con nuove analisi;",
    "Ritenuto necessario ed urgente adottare ogni misura idonea a prevenire pericoli per la salute della "
    "popolazione interessata;",
    "Visti l'art. 50, comma 5, del D.Lgs. 18 agosto 2000, n. 267, e l'art. 32 della Legge 23 dicembre "
    "1978, n. 833;",
]
for t in pre:
    p.para(t, "R", 11, 14.5)
p.y -= 4
p.centre("O R D I N A", "B", 12, after=10)
pages.append(p)

pts = [
    "il divieto, con decorrenza immediata e fino a revoca, di utilizzare per il consumo umano, per la "
    "preparazione di alimenti e bevande e per l'igiene orale l'acqua erogata dalla rete idrica pubblica "
    "nelle contrade Ete e Sant'Andrea, come individuate nella planimetria allegata alla presente;",
    "che l'acqua possa continuare ad essere utilizzata per gli usi igienico-sanitari diversi da quelli "
    "indicati al punto 1 e per gli scarichi dei servizi igienici;",
    "al gestore del servizio idrico integrato di procedere senza indugio alla disinfezione del serbatoio "
    "di contrada Ete e delle condotte di distribuzione, e di assicurare nel frattempo la fornitura di "
    "acqua potabile mediante autobotte presso il piazzale della chiesa di Sant'Andrea, tutti i giorni "
    "dalle ore 8:00 alle ore 20:00.",
]
q = None
for i, t in enumerate(pts, 1):
    cur = p if p.y > 200 else None
    if cur is None:
        if q is None:
            q = Page()
            q.y = H - 80
            pages.append(q)
        cur = q
    cur.para(t, "R", 11, 14.5, indent=22, hang="%d." % i)
    p = cur

q = pages[-1]
if q is pages[0]:
    q = Page()
    q.y = H - 80
    pages.append(q)
q.centre("D I S P O N E", "B", 12, after=10)
for t in [
    "che la presente ordinanza sia resa nota alla cittadinanza mediante pubblicazione all'Albo Pretorio on "
    "line, sul sito istituzionale del Comune e con avvisi affissi nelle zone interessate, e sia trasmessa "
    "all'Azienda Sanitaria Territoriale di Fermo, al gestore del servizio idrico integrato, alla Prefettura "
    "di Fermo e alla Stazione dei Carabinieri competente per territorio.",
]:
    q.para(t)
q.centre("A V V E R T E", "B", 12, after=10)
q.para("che contro il presente provvedimento è ammesso ricorso al Tribunale Amministrativo Regionale per le "
       "Marche entro 60 giorni dalla pubblicazione, ovvero ricorso straordinario al Presidente della "
       "Repubblica entro 120 giorni.")
q.y -= 6
q.ops += glyphs("Dalla Residenza Municipale, 15-09-2028", LM, q.y, "R", 11)
sig_y = q.y - 90

streams = []
for i, pg in enumerate(pages, 1):
    ops = b""
    if i > 1:
        ops += glyphs("Comune di Grottazzolina - Ordinanza n. %s del %s" % (NUM, DATE), LM, H - 48, "I", 8.5)
        ops += b"q 0.4 w %.2f %.2f m %.2f %.2f l S Q\n" % (LM, H - 53, W - RM, H - 53)
    ops += pg.ops
    ops += glyphs("pag. %d di %d" % (i, len(pages)), W / 2 - 20, 32, "R", 8.5)
    if i == len(pages):
        ops += b"q 1 0 0 1 %.2f %.2f cm /Fx2 Do Q\n" % (W - RM - 230, sig_y)
    if i == 1:
        ops += b"q 1 0 0 1 0 %.2f cm /Fx1 Do Q\n" % (H - 115)
    page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                                   Resources=Dictionary(Font=fonts_dict,
                                                        XObject=Dictionary(Fx1=LH, Fx2=SIG)),
                                   Contents=pikepdf.Stream(pdf, ops)))
    pdf.pages.append(page)

with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
    pass
pdf.docinfo[Name.Title] = "Ordinanza n. 21/2028"
pdf.docinfo[Name.Producer] = "Halley PDF Writer 3.2"
pdf.docinfo[Name.Creator] = "Halley Informatica - Ordinanze e Decreti"
pdf.save(out, compress_streams=True)
