#!/usr/bin/env python3
"""Comune di Terrassa Padovana - Determinazione Area Tecnica, Reg. Gen. n. 291 del 13/12/2028.

Kibernetes-like layout written as hand-made content streams (pikepdf), the way
some report engines write them:
  * page 1: every glyph placed alone by its own Tm, with no space characters;
    justified lines are made by widening the gaps between words;
  * page 2: whole lines shown with Tj, justified by word spacing (Tw), and the
    heading "DETERMINA" letter-spaced by character spacing (Tc);
  * the letterhead, the number box and the running foot are reused Form
    XObjects, drawn after the body (out of reading order);
  * a publication stamp is drawn rotated up the left margin.
Fonts: the standard Helvetica and Helvetica-Bold, WinAnsiEncoding.
"""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "determinazione-terrassapadovana-kibernetes.pdf"
PW, PH = 595.28, 841.89
LM, RM = 62.0, 533.0          # text block (wider left margin leaves room for the stamp)
FONTS = {"R": ("F1", "Helvetica"), "B": ("F2", "Helvetica-Bold"), "I": ("F3", "Helvetica-Oblique")}


def enc(s):
    return s.encode("cp1252")


def lit(b):
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def width(s, f, size):
    return stringWidth(s, FONTS[f][1], size)


def wrap(text, f, size, w):
    words, lines, cur = text.split(), [], ""
    for wd in words:
        t = (cur + " " + wd).strip()
        if width(t, f, size) <= w or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = wd
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self):
        self.ops = []

    def add(self, s):
        self.ops.append(s if isinstance(s, bytes) else s.encode("latin-1"))

    # -- glyph by glyph -------------------------------------------------
    def glyphs(self, line, x, y, f, size, justify_to=None):
        words = line.split()
        gap = width(" ", f, size)
        if justify_to and len(words) > 1:
            total = sum(width(w, f, size) for w in words)
            gap = (justify_to - total) / (len(words) - 1)
        self.add("BT /%s %.2f Tf" % (FONTS[f][0], size))
        cx = x
        for wi, wd in enumerate(words):
            for ch in wd:
                self.add(b"1 0 0 1 %.2f %.2f Tm " % (cx, y) + lit(enc(ch)) + b" Tj")
                cx += width(ch, f, size)
            cx += gap
        self.add("ET")

    # -- whole lines with Tw / Tc ----------------------------------------
    def tj(self, line, x, y, f, size, justify_to=None, tc=0.0):
        tw = 0.0
        n = line.count(" ")
        if justify_to and n:
            tw = (justify_to - width(line, f, size) - tc * (len(line) - 1)) / n
        self.add(b"BT /%s %.2f Tf %.3f Tc %.3f Tw %.2f %.2f Td " % (
            FONTS[f][0].encode(), size, tc, tw, x, y) + lit(enc(line)) + b" Tj 0 Tc 0 Tw ET")

    def para(self, text, y, f="R", size=10, lead=13.2, mode="glyph", indent=0.0, x0=LM, x1=RM,
             align="J"):
        lines = wrap(text, f, size, x1 - x0 - indent)
        for i, ln in enumerate(lines):
            last = i == len(lines) - 1
            jt = (x1 - x0 - indent) if (align == "J" and not last) else None
            x = x0 + indent
            if align == "C":
                x = (x0 + x1 - width(ln, f, size)) / 2
            if mode == "glyph":
                self.glyphs(ln, x, y, f, size, jt)
            else:
                self.tj(ln, x, y, f, size, jt)
            y -= lead
        return y - 3.5


def xobject(pdf, ops, bbox, resources, matrix=None):
    d = Dictionary(Type=Name.XObject, Subtype=Name.Form, BBox=Array(bbox), Resources=resources)
    if matrix:
        d.Matrix = Array(matrix)
    return pdf.make_stream(b"\n".join(o if isinstance(o, bytes) else o.encode("latin-1")
                                      for o in ops), d)


pdf = pikepdf.new()
fontdict = Dictionary({"/" + v[0]: pdf.make_indirect(Dictionary(
    Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + v[1]), Encoding=Name.WinAnsiEncoding))
    for v in FONTS.values()})
res_fonts = Dictionary(Font=fontdict)

# --- Form XObjects ------------------------------------------------------
lh = Page()
lh.add("q 0.12 0.27 0.59 rg 0 0 0 RG 1 w")
lh.add("0 64 m 46 64 l 46 28 l 46 14 30 6 23 0 c 16 6 0 14 0 28 c h B")
lh.add("1 1 1 rg 14 24 m 32 24 l 32 40 l 23 50 l 14 40 l h B Q")
for s, f, sz, yy in (("COMUNE DI TERRASSA PADOVANA", "B", 17, 46), ("Provincia di Padova", "R", 11, 30),
                     ("Piazza Piave, 1 - 35020 Terrassa Padovana (PD) - Tel. 049 9500011 - C.F. 80010350288",
                      "R", 7.5, 16)):
    lh.tj(s, 62, yy, f, sz)
lh.add("0 0 0 RG 0.8 w 0 -6 m 471 -6 l S")
LETTERHEAD = xobject(pdf, lh.ops, [-2, -8, 473, 68], res_fonts)

nb = Page()
nb.add("0 0 0 RG 0.9 w 0 0 210 78 re S 0 52 m 210 52 l S")
nb.tj("DETERMINAZIONE", 105 - width("DETERMINAZIONE", "B", 12) / 2, 60, "B", 12)
for s, yy in (("Reg. Gen. n. 291 del 13/12/2028", 36), ("Reg. Area n. 88 del 12/12/2028", 20)):
    nb.tj(s, 105 - width(s, "R", 10.5) / 2, yy, "R", 10.5)
nb.tj("Documento soggetto a pubblicazione", 105 - width("Documento soggetto a pubblicazione", "I", 7) / 2,
      6, "I", 7)
NUMBOX = xobject(pdf, nb.ops, [-1, -1, 211, 79], res_fonts)

ft = Page()
ft.add("0 0 0 RG 0.4 w 0 12 m 471 12 l S")
ft.tj("Comune di Terrassa Padovana - Determinazione Reg. Gen. n. 291 del 13/12/2028", 0, 0, "I", 7.5)
FOOT = xobject(pdf, ft.ops, [-1, -2, 472, 14], res_fonts)

st = Page()
st.add("0.55 0.1 0.1 RG 0.55 0.1 0.1 rg 1 w 0 0 330 34 re S")
st.tj("COMUNE DI TERRASSA PADOVANA - ALBO PRETORIO ON LINE", 8, 22, "B", 8)
st.tj("Pubblicata dal 13/12/2028 al 28/12/2028 - Reg. Pubbl. n. 1022", 8, 8, "R", 8)
STAMP = xobject(pdf, st.ops, [-1, -1, 331, 35], res_fonts)

xres = Dictionary(LH=LETTERHEAD, NB=NUMBOX, FT=FOOT, ST=STAMP)

# --- page 1: glyph by glyph ------------------------------------------------
p1 = Page()
y = 648
p1.glyphs("AREA TECNICA", LM, y, "B", 12)
p1.glyphs("Servizio Manutenzioni e Patrimonio", LM, y - 15, "R", 10.5)
y = 596
p1.glyphs("OGGETTO:", LM, y, "B", 10)
subject = ("MANUTENZIONE STRAORDINARIA DELL'IMPIANTO DI PUBBLICA ILLUMINAZIONE DI VIA ROMA - "
           "DETERMINA A CONTRARRE E AFFIDAMENTO DIRETTO ALLA DITTA ELETTROVENETA S.R.L. - "
           "CIG B8E2A41C7D - CUP H47H28000310004")
y = p1.para(subject, y, f="B", size=10, x0=LM + 62, align="L")
p1.add("0 0 0 RG 0.5 w %.2f %.2f m %.2f %.2f l S" % (LM, y + 2, RM, y + 2))
y -= 14
y = p1.para("IL RESPONSABILE DELL'AREA TECNICA", y, f="B", size=10.5, align="C")
y -= 2
body1 = [
    "Visto il decreto del Sindaco n. 2 del 04/01/2028, di nomina della sottoscritta quale Responsabile "
    "dell'Area Tecnica, con attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 18 agosto 2000, "
    "n. 267;",
    "Richiamata la deliberazione del Consiglio Comunale n. 11 del 26/02/2028, esecutiva, di approvazione "
    "del bilancio di previsione 2028/2030, e la deliberazione della Giunta Comunale n. 19 del 05/03/2028, "
    "di approvazione del Piano esecutivo di gestione;",
    "Premesso che l'impianto di pubblica illuminazione di via Roma, nel tratto compreso tra piazza "
    "Piave e l'incrocio con via Conselve, presenta numerosi punti luce guasti e pali ammalorati, come "
    "rilevato nel sopralluogo dell'Ufficio Tecnico del 28/11/2028, e che occorre intervenire con urgenza "
    "per garantire la sicurezza della circolazione nel periodo invernale;",
    "Visto il preventivo della ditta Elettroveneta S.r.l., con sede in Conselve (PD), P.IVA "
    "04561230287, acquisito al prot. n. 6590 del 05/12/2028, per la sostituzione di n. 14 corpi "
    "illuminanti con apparecchi a LED e di n. 3 sostegni, per l'importo di euro 12.480,00 oltre IVA "
    "al 22%, comprensivo di euro 380,00 per oneri della sicurezza non soggetti a ribasso;",
    "Visti l'art. 17, comma 2, e l'art. 50, comma 1, lett. a), del D.Lgs. 31 marzo 2023, n. 36, che "
    "consentono l'affidamento diretto dei lavori di importo inferiore a 150.000,00 euro, anche senza "
    "consultazione di più operatori economici;",
    "Ritenuto il preventivo congruo in rapporto ai prezzi del prezzario regionale del Veneto 2028 e "
    "accertata la regolarità contributiva della ditta (DURC prot. INPS_48120335, valido fino al "
    "15/03/2029);",

    "Dato atto che il Responsabile unico del progetto, ai sensi dell'art. 15 del D.Lgs. 36/2023, "
    "è il geom. Nicola Bortolami, istruttore tecnico dell'Area Tecnica, e che non sussistono "
    "situazioni di conflitto di interesse;",
    "Visto il parere favorevole di regolarità tecnica reso dalla sottoscritta ai sensi dell'art. "
    "147-bis del D.Lgs. 267/2000;",
]
for t in body1:
    y = p1.para(t, y, size=10)
# letterhead, number box, foot and stamp drawn last
p1.add("q 1 0 0 1 %.2f 742 cm /LH Do Q" % LM)
p1.add("q 1 0 0 1 %.2f 636 cm /NB Do Q" % (RM - 210))
p1.add("q 1 0 0 1 %.2f 40 cm /FT Do Q" % LM)
p1.glyphs("pag. 1 di 2", RM - width("pag. 1 di 2", "I", 7.5), 40, "I", 7.5)
p1.add("q 0 1 -1 0 44 250 cm /ST Do Q")

# --- page 2: lines with Tw, heading with Tc --------------------------------
p2 = Page()
y = 772
p2.tj("DETERMINA", (LM + RM) / 2 - (width("DETERMINA", "B", 11) + 6 * 8) / 2, y, "B", 11, tc=6)
y -= 20
points = [
    "di affidare, per le motivazioni espresse in premessa, i lavori di manutenzione straordinaria "
    "dell'impianto di pubblica illuminazione di via Roma alla ditta Elettroveneta S.r.l. di Conselve "
    "(PD), per l'importo di euro 12.480,00 oltre IVA al 22%, per complessivi euro 15.225,60;",
    "di impegnare la spesa di euro 15.225,60 alla Missione 10, Programma 05, capitolo 8260 "
    "\"Manutenzione straordinaria illuminazione pubblica\" del bilancio 2028/2030, esercizio 2028, "
    "dando atto che l'obbligazione diverrà esigibile entro il 31/12/2028;",
    "di stabilire che il contratto sarà stipulato mediante scambio di lettere commerciali secondo "
    "l'uso del commercio e che i lavori dovranno essere ultimati entro 20 giorni dalla consegna;",
    "di dare atto che il codice CIG è B8E2A41C7D e il codice CUP è H47H28000310004;",
    "di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione "
    "\"Amministrazione Trasparente\", ai sensi del D.Lgs. 33/2013.",
]
for i, t in enumerate(points, 1):
    p2.tj("%d." % i, LM, y, "R", 10)
    y = p2.para(t, y, size=10, mode="tw", indent=16)
y -= 16
for s, f in (("IL RESPONSABILE DELL'AREA TECNICA", "B"), ("arch. Elisa Menegazzo", "R"),
             ("(documento firmato digitalmente)", "I")):
    p2.tj(s, 400 - width(s, f, 10) / 2, y, f, 10)
    y -= 13
y -= 22
p2.add("0 0 0 RG 0.6 w %.2f %.2f %.2f %.2f re S" % (LM, y - 72, RM - LM, 86))
y = p2.para("VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", y, f="B",
            size=9.5, align="C")
y = p2.para("Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarità "
            "contabile attestante la copertura finanziaria della spesa. Impegno n. 702/2028.",
            y, size=9.5, mode="tw", x0=LM + 8, x1=RM - 8)
y -= 4
p2.tj("Terrassa Padovana, 13/12/2028", LM + 8, y, "R", 9.5)
for s, f in (("IL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA", "B"), ("dott.ssa Paola Trevisan", "R")):
    p2.tj(s, 390 - width(s, f, 9.5) / 2, y, f, 9.5)
    y -= 12
p2.add("q 1 0 0 1 %.2f 40 cm /FT Do Q" % LM)
p2.tj("pag. 2 di 2", RM - width("pag. 2 di 2", "I", 7.5), 40, "I", 7.5)
p2.add("q 0 1 -1 0 44 250 cm /ST Do Q")

for pg in (p1, p2):
    content = pdf.make_stream(b"\n".join(pg.ops))
    page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, PW, PH]),
                                   Resources=Dictionary(Font=fontdict, XObject=xres),
                                   Contents=content))
    pdf.pages.append(page)
pdf.docinfo[Name.Title] = "Determinazione Reg. Gen. n. 291 del 13/12/2028"
pdf.docinfo[Name.Author] = "Comune di Terrassa Padovana - Area Tecnica"
pdf.docinfo[Name.Producer] = "terrassa_determina.py (pikepdf, hand-written content streams)"
pdf.save(OUT)
