#!/usr/bin/env python3
"""Comune di Casella - Sindaco's ordinanza, written as a report engine writes
its pages: hand-made content streams (pikepdf), every glyph placed on its own
with Tm and no space characters, justified lines by glyph positions only; the
bands are drawn out of reading order (body first, then the title block, then
the letterhead as a reused Form XObject) and the Albo's stamp runs up the left
margin, rotated by 90 degrees."""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "ordinanza-casella-jiride.pdf"
PW, PH = 595.28, 841.89
L, R = 70.0, 535.0
FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique"}


def esc(ch):
    b = ch.encode("cp1252")
    out = b""
    for c in b:
        if c in b"()\\":
            out += b"\\" + bytes([c])
        elif c >= 128:
            out += b"\\%03o" % c
        else:
            out += bytes([c])
    return out


def glyphs(x, y, text, font, size, extra=0.0, cs=0.0):
    """place each glyph alone; spaces are not written, they only move the pen"""
    out = []
    for ch in text:
        w = stringWidth(ch, FONTS[font], size)
        if ch == " ":
            x += w + extra + cs
            continue
        out.append(b"1 0 0 1 %.2f %.2f Tm (%s) Tj" % (x, y, esc(ch)))
        x += w + cs
    return b"/%s %.1f Tf\n" % (font.encode(), size) + b"\n".join(out) + b"\n"


def wrap(text, font, size, width, indent=0.0):
    words = text.split()
    lines, cur = [], []
    for w in words:
        trial = " ".join(cur + [w])
        lim = width - (indent if not lines else 0)
        if cur and stringWidth(trial, FONTS[font], size) > lim:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


class Pager:
    def __init__(self):
        self.pages = []
        self.new()

    def new(self):
        self.cur = [b"BT\n"]
        self.pages.append(self.cur)
        self.y = PH - 250 if len(self.pages) == 1 else PH - 110

    def need(self, h):
        if self.y - h < 80:
            self.cur.append(b"ET\n")
            self.new()

    def para(self, text, font="F1", size=10.5, lead=14.0, indent=0.0, justify=True, after=5.0,
             left=None, hang=None):
        x0 = L if left is None else left
        lines = wrap(text, font, size, R - x0, indent)
        for i, ws in enumerate(lines):
            self.need(lead)
            xs = x0 + (indent if i == 0 else 0)
            if i == 0 and hang:
                self.cur.append(glyphs(x0 - 18, self.y, hang, font, size))
            line = " ".join(ws)
            natural = stringWidth(line, FONTS[font], size)
            extra = 0.0
            if justify and i < len(lines) - 1 and len(ws) > 1:
                extra = (R - xs - natural) / (len(ws) - 1)
            self.cur.append(glyphs(xs, self.y, line, font, size, extra))
            self.y -= lead
        self.y -= after

    def center(self, text, font="F2", size=11, cs=0.0, after=6.0):
        self.need(16)
        w = stringWidth(text, FONTS[font], size) + cs * (len(text) - 1)
        self.cur.append(glyphs((PW - w) / 2, self.y, text, font, size, 0, cs))
        self.y -= size + after

    def at(self, x, text, font="F1", size=10.5, dy=14.0):
        self.need(dy)
        self.cur.append(glyphs(x, self.y, text, font, size))
        self.y -= dy


pg = Pager()
P = pg.para
pg.center("IL SINDACO", "F2", 11.5, cs=2.2, after=8)
P("Premesso che il gestore del servizio idrico integrato, con nota acquisita al protocollo comunale n. 6221 "
  "dell\u201908/08/2028, ha comunicato una significativa riduzione della portata delle sorgenti e dei pozzi "
  "che alimentano l\u2019acquedotto del capoluogo e delle frazioni, a causa della prolungata assenza di "
  "precipitazioni e delle elevate temperature del periodo;")
P("Considerato che, nel periodo estivo, i consumi aumentano in misura rilevante per effetto "
  "dell\u2019innaffiamento di orti e giardini, del lavaggio di automezzi e del riempimento di piscine, con il "
  "rischio di interruzioni dell\u2019erogazione nelle zone più elevate del territorio comunale;")
P("Ritenuto necessario e urgente, a tutela della salute e dell\u2019igiene pubblica, limitare l\u2019uso "
  "dell\u2019acqua potabile agli usi essenziali fino al ripristino di condizioni di normale disponibilità "
  "della risorsa;")
P("Visti l\u2019art. 50, commi 5 e 7, e l\u2019art. 7-bis del D.Lgs. 18 agosto 2000, n. 267, il D.Lgs. 3 aprile "
  "2006, n. 152, e il vigente Regolamento comunale del servizio acquedotto;", after=8)
pg.center("O R D I N A", "F2", 11.5, after=8)
P("a tutta la cittadinanza, con decorrenza immediata e fino al 30 settembre 2028:", after=4)
pts = [
    "il divieto di utilizzare l\u2019acqua potabile dell\u2019acquedotto comunale per l\u2019innaffiamento di "
    "orti, giardini e prati, per il lavaggio di veicoli e di aree cortilizie e per il riempimento di piscine "
    "e vasche, anche fuori terra;",
    "di limitare il consumo dell\u2019acqua potabile agli usi domestici, alimentari e igienico-sanitari;",
    "ai titolari di attività commerciali, artigianali e agricole di adottare ogni accorgimento utile a "
    "evitare sprechi e dispersioni.",
]
for i, t in enumerate(pts, 1):
    P(t, left=L + 18, hang="%d." % i, after=4)
pg.y -= 4
pg.center("A V V E R T E", "F2", 11.5, after=8)
P("che le violazioni alla presente ordinanza, salvo che il fatto costituisca reato, sono punite con la "
  "sanzione amministrativa pecuniaria da \u20ac 25,00 a \u20ac 500,00 ai sensi dell\u2019art. 7-bis del D.Lgs. "
  "n. 267/2000.", after=8)
pg.center("D I S P O N E", "F2", 11.5, after=8)
P("che la presente ordinanza sia pubblicata all\u2019Albo Pretorio on line, resa nota alla cittadinanza "
  "mediante avvisi affissi nei luoghi pubblici e sul sito istituzionale, e trasmessa al Comando di Polizia "
  "Locale, alla Stazione Carabinieri di Casella e al gestore del servizio idrico integrato, incaricati "
  "della vigilanza sulla sua osservanza.")
pg.need(90)
P("Contro la presente ordinanza è ammesso ricorso al Tribunale Amministrativo Regionale della Liguria entro "
  "60 giorni dalla pubblicazione, oppure ricorso straordinario al Presidente della Repubblica entro 120 "
  "giorni.", size=9.5, lead=12.5, after=14)
pg.need(60)
pg.at(L, "Casella, 10/08/2028", dy=10)
pg.at(360, "IL SINDACO", "F2", dy=14)
pg.at(360, "Francesco Dagnino", dy=12)
pg.at(360, "(firmato digitalmente)", "F3", 8.5, dy=12)
pg.cur.append(b"ET\n")

npages = len(pg.pages)


def title_block():
    """drawn after the body: number, date and subject of the act"""
    s = b"q 0.8 w 70 676 465 -60 re S 70 656 m 535 656 l S Q\nBT\n"
    s += glyphs(78, 662, "ORDINANZA N. 19", "F2", 12.5, cs=0.6)
    s += glyphs(390, 662, "del 10/08/2028", "F2", 12.5)
    s += glyphs(78, 641, "OGGETTO:", "F2", 10.5)
    subj = ("Limitazione dell\u2019uso dell\u2019acqua potabile dell\u2019acquedotto comunale per usi diversi "
            "da quello domestico e igienico-sanitario fino al 30 settembre 2028")
    y = 641
    for ws in wrap(subj, "F2", 10.5, 530 - 138):
        s += glyphs(138, y, " ".join(ws), "F2", 10.5)
        y -= 13.5
    s += b"ET\n"
    return s


def letterhead_xobject(pdf):
    s = b"q 0.113 0.306 0.537 rg 0 64 m 48 64 l 48 26 l 48 10 32 4 24 0 c 16 4 0 10 0 26 c h f\n"
    s += b"1 1 1 rg 21 12 6 44 re f 9 36 30 6 re f Q\n"
    s += b"BT 0 g\n" + glyphs(62, 44, "COMUNE DI CASELLA", "F2", 16)
    s += glyphs(62, 29, "Citt\u00e0 Metropolitana di Genova", "F1", 10)
    s += glyphs(62, 17, "Piazza Europa, 1 \u2013 16015 Casella (GE) \u2013 C.F. 00954390102 \u2013 Tel. 010 9677011",
                "F1", 7.5)
    s += b"ET\nq 1.2 w 0 -8 m 465 -8 l S Q\n"
    fx = pikepdf.Stream(pdf, s)
    fx.Type = Name.XObject
    fx.Subtype = Name.Form
    fx.BBox = Array([0, -10, 466, 66])
    fx.Resources = Dictionary(Font=fontdict)
    return fx


pdf = pikepdf.new()
fontdict = Dictionary()
for k, base in FONTS.items():
    fontdict[Name("/" + k)] = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                                            BaseFont=Name("/" + base),
                                                            Encoding=Name.WinAnsiEncoding))
lh = pdf.make_indirect(letterhead_xobject(pdf))

for i, body in enumerate(pg.pages, 1):
    s = b"0 g\n" + b"".join(body)
    if i == 1:
        s += title_block()
    # running foot with the act's number
    s += b"q 0.5 w 70 58 m 535 58 l S Q\nBT\n"
    s += glyphs(70, 47, "Comune di Casella \u2013 Ordinanza n. 19 del 10/08/2028", "F1", 7.5)
    s += glyphs(492, 47, "Pag. %d di %d" % (i, npages), "F1", 7.5)
    s += b"ET\n"
    # letterhead last (first page full, later pages too: the engine reuses the band)
    s += b"q 1 0 0 1 70 752 cm /LH Do Q\n"
    if i == 1:
        # Albo stamp up the left margin
        s += b"q 0.55 0.1 0.1 RG 0.55 0.1 0.1 rg 0.9 w 30 330 18 300 re S\n"
        s += b"BT\n"
        stamp = "ALBO PRETORIO ON LINE \u2013 pubblicata dal 10/08/2028 al 25/08/2028 \u2013 Reg. n. 812"
        x = 0.0
        parts = []
        for ch in stamp:
            w = stringWidth(ch, "Helvetica-Bold", 7.5)
            if ch != " ":
                parts.append(b"0 1 -1 0 %.2f %.2f Tm (%s) Tj" % (42.5, 338 + x, esc(ch)))
            x += w
        s += b"/F2 7.5 Tf\n" + b"\n".join(parts) + b"\nET Q\n"
    page = pikepdf.Page(pdf.make_indirect(Dictionary(
        Type=Name.Page, MediaBox=Array([0, 0, PW, PH]),
        Resources=Dictionary(Font=fontdict, XObject=Dictionary(LH=lh)),
        Contents=pdf.make_stream(s))))
    pdf.pages.append(page)

pdf.docinfo["/Title"] = "Ordinanza n. 19/2028"
pdf.docinfo["/Creator"] = "J-Iride Atti - modulo Ordinanze"
pdf.docinfo["/Producer"] = "pikepdf " + pikepdf.__version__ + " (hand-written content streams)"
pdf.save(OUT)
