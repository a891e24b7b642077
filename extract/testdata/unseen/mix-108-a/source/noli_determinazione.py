#!/usr/bin/env python3
"""Comune di Noli (SV) - determinazione in the 'Civilia' house style, written as a
report engine writes it: content streams by hand (pikepdf), every glyph placed by
its own Tm with no space characters, justified lines, the letterhead (with Tc
letter-spacing), the number box and the running foot in Form XObjects drawn at
the end of the page's stream, the signature drawn before the body, and the
Albo's publication stamp rotated up the left margin.
"""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1]
W, H = 595.28, 841.89
LM, RM = 62.0, 533.0          # text block (wider left margin: the stamp lives there)

FONTS = {"R": "Helvetica", "B": "Helvetica-Bold", "I": "Helvetica-Oblique"}
RES_NAME = {"R": "/F1", "B": "/F2", "I": "/F3"}


def enc(ch):
    return ch.encode("cp1252")


def hexs(ch):
    return "<" + enc(ch).hex() + ">"


def glyphs(x, y, text, font="R", size=10, tc=0.0):
    """every glyph by its own text matrix; spaces are only gaps"""
    out = ["BT %s %.1f Tf" % (RES_NAME[font], size)]
    fn = FONTS[font]
    for ch in text:
        w = stringWidth(ch, fn, size)
        if ch != " ":
            out.append("1 0 0 1 %.2f %.2f Tm %s Tj" % (x, y, hexs(ch)))
        x += w + tc
    out.append("ET")
    return "\n".join(out), x


def width(text, font, size):
    return stringWidth(text, FONTS[font], size)


def wrap(words, font, size, maxw):
    lines, cur = [], []
    for w in words:
        trial = " ".join(cur + [w])
        if cur and width(trial, font, size) > maxw:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def justified_line(x, y, words, font, size, maxw, last):
    """each word placed glyph by glyph; gaps stretched to fill the measure"""
    ops = []
    natural = sum(width(w, font, size) for w in words)
    gaps = len(words) - 1
    space = width(" ", font, size)
    gap = space if (last or gaps == 0) else (maxw - natural) / gaps
    for w in words:
        s, x2 = glyphs(x, y, w, font, size)
        ops.append(s)
        x = x2 + gap
    return "\n".join(ops)


class Page:
    def __init__(self):
        self.ops = []
        self.y = None


def paragraph(page, text, font="R", size=10, lead=13.0, x0=LM, x1=RM, indent=0.0,
              hang_label=None, after=4.0, align="J"):
    words = text.split()
    maxw = x1 - x0 - indent
    lines = wrap(words, font, size, maxw)
    for i, ln in enumerate(lines):
        if hang_label and i == 0:
            s, _ = glyphs(x0, page.y, hang_label, font, size)
            page.ops.append(s)
        last = i == len(lines) - 1
        if align == "C":
            lw = width(" ".join(ln), font, size)
            page.ops.append(justified_line(x0 + (x1 - x0 - lw) / 2, page.y, ln, font, size, maxw, True))
        else:
            page.ops.append(justified_line(x0 + indent, page.y, ln, font, size, maxw, last))
        page.y -= lead
    page.y -= after


pdf = pikepdf.new()
font_dict = Dictionary({
    "/F1": Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica, Encoding=Name.WinAnsiEncoding),
    "/F2": Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/Helvetica-Bold"), Encoding=Name.WinAnsiEncoding),
    "/F3": Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/Helvetica-Oblique"), Encoding=Name.WinAnsiEncoding),
})
font_dict = pdf.make_indirect(font_dict)


def xobject(ops, bbox):
    s = pikepdf.Stream(pdf, "\n".join(ops).encode("latin-1"))
    s.Type = Name.XObject
    s.Subtype = Name.Form
    s.BBox = Array(bbox)
    s.Resources = Dictionary(Font=font_dict)
    return pdf.make_indirect(s)


# --- Form XObject: letterhead (letter-spaced with Tc, as the template has it)
lh = []
title = "COMUNE DI NOLI"
tc = 3.2
tw = sum(width(c, "B", 17) + tc for c in title) - tc
lh.append("0.478 0.122 0.122 rg")
lh.append("BT /F2 17 Tf %.2f Tc 1 0 0 1 %.2f %.2f Tm %s Tj 0 Tc ET" % (
    tc, (W - tw) / 2, H - 52, "<" + title.encode("cp1252").hex() + ">"))
lh.append("0 0 0 rg")
for txt, sz, yy in [("Provincia di Savona", 10, H - 65),
                    ("Piazza Milite Ignoto, 6 – 17026 Noli (SV) – C.F. 00339060093", 7.5, H - 75)]:
    lw = width(txt, "R", sz)
    lh.append("BT /F1 %.1f Tf 1 0 0 1 %.2f %.2f Tm %s Tj ET" % (sz, (W - lw) / 2, yy, "<" + txt.encode("cp1252").hex() + ">"))
lh.append("0.478 0.122 0.122 RG 0.8 w %.2f %.2f m %.2f %.2f l S" % (LM, H - 82, RM, H - 82))
LETTERHEAD = xobject(lh, [0, 0, W, H])

# --- Form XObject: number box (right)
bx = []
bx.append("0.6 w %.2f %.2f 190 46 re S" % (RM - 190, H - 142))
s, _ = glyphs(RM - 184, H - 110, "Registro Generale n. 312 del 17/07/2026", "B", 9.5)
bx.append(s)
s, _ = glyphs(RM - 184, H - 123, "Registro di Area n. 41 del 15/07/2026", "R", 9)
bx.append(s)
s, _ = glyphs(RM - 184, H - 136, "Esecutiva dal 17/07/2026", "I", 8)
bx.append(s)
NUMBOX = xobject(bx, [0, 0, W, H])


def footer(n, tot):
    f = ["0.4 w %.2f 48 m %.2f 48 l S" % (LM, RM)]
    s, _ = glyphs(LM, 38, "Comune di Noli – Determinazione R.G. n. 312 del 17/07/2026", "R", 7.5)
    f.append(s)
    s, _ = glyphs(RM - 40, 38, "pag. %d/%d" % (n, tot), "R", 7.5)
    f.append(s)
    return xobject(f, [0, 0, W, H])


# --- Form XObject: the Albo's stamp, up the left margin
st = []
st.append("q 0 1 -1 0 40 300 cm")   # rotate 90 degrees anticlockwise, origin at (40, 300)
st.append("0.1 0.25 0.55 RG 0.1 0.25 0.55 rg 0.8 w -4 -6 330 28 re S")
s, _ = glyphs(0, 10, "ALBO PRETORIO ON LINE – COMUNE DI NOLI", "B", 8)
st.append(s)
s, _ = glyphs(0, 0, "Pubblicazione n. 845 dal 17/07/2026 al 01/08/2026", "R", 8)
st.append(s)
st.append("Q")
STAMP = xobject(st, [0, 0, W, H])

SUBJECT = ("Servizio di salvamento a mare presso le spiagge libere comunali – stagione balneare 2026. "
           "Affidamento diretto alla Società Cooperativa Nuoto Soccorso Ponente – CIG B2C95D1E48. "
           "Impegno di spesa.")

# ---------------- page 1
p1 = Page()
# area heading (left) - drawn after the body in the stream, see below
area_ops = []
s, _ = glyphs(LM, H - 110, "AREA AMMINISTRATIVA", "B", 11)
area_ops.append(s)
s, _ = glyphs(LM, H - 124, "Servizio Turismo, Cultura e Demanio Marittimo", "I", 9.5)
area_ops.append(s)

p1.y = H - 172
tw_ = width("D E T E R M I N A Z I O N E", "B", 13)
s, _ = glyphs((W - tw_) / 2 + 10, p1.y, "D E T E R M I N A Z I O N E", "B", 13)
p1.ops.append(s)
p1.y -= 24
# OGGETTO with hanging label
lab_w = width("OGGETTO: ", "B", 10)
paragraph(p1, SUBJECT, "B", 10, 13, hang_label="OGGETTO:", indent=lab_w + 6, after=10)
p1.ops.append("0.4 w %.2f %.2f m %.2f %.2f l S" % (LM, p1.y + 6, RM, p1.y + 6))
p1.y -= 10
paragraph(p1, "IL RESPONSABILE DELL'AREA AMMINISTRATIVA", "B", 10.5, 14, align="C", after=6)

premesse = [
    "Visto il decreto del Sindaco n. 2 dell'08/01/2026, con il quale sono state conferite alla "
    "sottoscritta le funzioni di Responsabile dell'Area Amministrativa, comprensiva del Servizio "
    "Turismo, Cultura e Demanio Marittimo, ai sensi degli artt. 107 e 109 del D.Lgs. 18 agosto 2000, n. 267;",
    "Richiamata l'ordinanza balneare regionale e l'ordinanza della Capitaneria di Porto di Savona "
    "sulla sicurezza balneare, che impongono ai Comuni costieri di assicurare il servizio di "
    "salvamento presso le spiagge libere dal 1° luglio al 31 agosto;",
    "Dato atto che il servizio per la stagione 2026, affidato per il solo mese di giugno con "
    "determinazione R.G. n. 248 del 29/05/2026, deve essere garantito senza soluzione di continuità "
    "nelle tre postazioni delle spiagge libere di Capo Noli, del Molo e della Chiappella;",
    "Visto l'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, che consente l'affidamento "
    "diretto dei servizi di importo inferiore a euro 140.000,00;",
    "Vista l'offerta della Società Cooperativa Nuoto Soccorso Ponente, con sede in Finale Ligure, "
    "P.IVA 01623770090, pervenuta tramite la piattaforma telematica in data 14/07/2026, per "
    "l'importo di euro 21.400,00 oltre IVA al 22%, comprensivo di tre assistenti bagnanti abilitati "
    "per postazione, attrezzature di primo soccorso e imbarcazione di salvataggio;",
    "Accertata la regolarità contributiva della cooperativa (DURC prot. INPS_46118302, scadenza "
    "05/11/2026) e verificato il possesso dei requisiti di cui agli artt. 94 e seguenti del D.Lgs. 36/2023;",
    "Ritenuto di procedere all'affidamento e al relativo impegno di spesa;",
]
for pr in premesse:
    paragraph(p1, pr, "R", 10, 13, after=4)

# ---------------- page 2
p2 = Page()
p2.y = H - 80
paragraph(p2, "D E T E R M I N A", "B", 11, 15, align="C", after=6)
punti = [
    "di affidare alla Società Cooperativa Nuoto Soccorso Ponente, con sede in Finale Ligure, il "
    "servizio di salvamento a mare presso le spiagge libere comunali dal 18 luglio al 31 agosto 2026, "
    "per l'importo di euro 21.400,00 oltre IVA al 22%, per complessivi euro 26.108,00;",
    "di impegnare la somma di euro 26.108,00 alla Missione 07, Programma 01, capitolo 1542 "
    "«Servizi per la balneazione e il demanio marittimo» del bilancio di previsione 2026-2028, "
    "esercizio 2026, finanziato con i proventi dell'imposta di soggiorno;",
    "di dare atto che il contratto è stipulato mediante scambio di lettere commerciali ai sensi "
    "dell'art. 18, comma 1, del D.Lgs. 36/2023 e che il pagamento avverrà su fattura elettronica, "
    "previa attestazione della regolare esecuzione del servizio;",
    "di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione "
    "Amministrazione Trasparente, sottosezione Bandi di gara e contratti.",
]
for i, pt in enumerate(punti, 1):
    paragraph(p2, pt, "R", 10, 13, hang_label="%d." % i, indent=18, after=5)
p2.y -= 4
paragraph(p2, "Il presente provvedimento diviene esecutivo con l'apposizione del visto di regolarità "
          "contabile attestante la copertura finanziaria, ai sensi dell'art. 183, comma 7, del "
          "D.Lgs. 267/2000.", "I", 9.5, 12.5, after=10)

# signature block (written before the visto, as the engine draws it)
sig = []
sy = p2.y - 10
for txt, f, sz in [("IL RESPONSABILE DELL'AREA AMMINISTRATIVA", "B", 9.5),
                   ("dott.ssa Silvia Accame", "R", 10),
                   ("(documento firmato digitalmente)", "I", 8)]:
    lw = width(txt, f, sz)
    s, _ = glyphs(RM - 120 - lw / 2, sy, txt, f, sz)
    sig.append(s)
    sy -= 13
p2.y = sy - 24

visto = Page()
visto.y = p2.y
visto.ops.append("0.5 w %.2f %.2f m %.2f %.2f l S" % (LM, visto.y + 12, RM, visto.y + 12))
paragraph(visto, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA", "B", 9.5, 13, after=2)
paragraph(visto, "Si appone il visto di regolarità contabile attestante la copertura finanziaria della "
          "spesa (impegno n. 611/2026, capitolo 1542, euro 26.108,00).", "R", 9.5, 12.5, after=2)
paragraph(visto, "Noli, 17/07/2026 – Il Responsabile dell'Area Economico-Finanziaria, dott. Marco Siccardi",
          "R", 9.5, 12.5, after=2)

pages = []
# page 1 stream: stamp first, then body, then area heading, then the Form XObjects
c1 = ["q /Xs Do Q"] + p1.ops + area_ops + ["q /Xn Do Q", "q /Xf Do Q", "q /Xl Do Q"]
# page 2 stream: signature first, then the dispositivo, then the visto, then the foot
c2 = ["q /Xs Do Q"] + sig + p2.ops + visto.ops + ["q /Xf Do Q"]
for n, ops, xo in [(1, c1, {"/Xl": LETTERHEAD, "/Xn": NUMBOX}), (2, c2, {})]:
    xo = dict(xo)
    xo["/Xf"] = footer(n, 2)
    xo["/Xs"] = STAMP
    content = pikepdf.Stream(pdf, "\n".join(ops).encode("latin-1"))
    page = Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                      Resources=Dictionary(Font=font_dict, XObject=Dictionary(xo)),
                      Contents=pdf.make_indirect(content))
    pdf.pages.append(pikepdf.Page(page))

with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
    m["dc:title"] = "Determinazione R.G. n. 312 del 17/07/2026"
pdf.docinfo["/Title"] = "Determinazione R.G. n. 312 del 17/07/2026"
pdf.docinfo["/Creator"] = "Civilia Next - Determinazioni"
pdf.docinfo["/Producer"] = "Civilia Report Engine (pikepdf %s)" % pikepdf.__version__
pdf.save(OUT, compress_streams=True)
