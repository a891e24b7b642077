#!/usr/bin/env python3
"""Comune di Civezzano - Decreto del Sindaco n. 9 di data 4 agosto 2027.

Hand-written content streams assembled with pikepdf, as a report engine
writes them: every glyph is placed alone with its own Tm and no space
characters are written (justified lines spread the words); the title is
letter-spaced; the letterhead, the signature block and the protocol stamp are
Form XObjects; the page draws the stamp (rotated 90 degrees up the left
margin), then the signature, then the dispositivo, then the premises and the
title, and the letterhead last. Standard Type 1 fonts, WinAnsiEncoding.
"""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = sys.argv[1] if len(sys.argv) > 1 else "decreto-civezzano-civilianext.pdf"
W, H = 595.28, 841.89
L, R = 62.0, W - 56.7
FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique"}


def esc(ch):
    b = ch.encode("cp1252")
    out = ""
    for x in b:
        c = chr(x)
        if c in "()\\":
            out += "\\" + c
        elif x < 32 or x > 126:
            out += "\\%03o" % x
        else:
            out += c
    return out


def glyphs(font, size, x, y, text, tracking=0.0):
    """Each glyph alone; spaces are not written, only advanced over."""
    fname = FONTS[font]
    ops = ["BT", "/%s %.1f Tf" % (font, size)]
    for ch in text:
        if ch != " ":
            ops.append("1 0 0 1 %.2f %.2f Tm (%s) Tj" % (x, y, esc(ch)))
        x += stringWidth(ch, fname, size) + tracking
    ops.append("ET")
    return "\n".join(ops), x


def width(font, size, text):
    return stringWidth(text, FONTS[font], size)


def wrap(font, size, text, maxw, first_indent=0.0):
    words, lines, cur = text.split(), [], []
    avail = maxw - first_indent
    for w in words:
        trial = " ".join(cur + [w])
        if cur and width(font, size, trial) > avail:
            lines.append(cur)
            cur, avail = [w], maxw
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def justified(font, size, x0, y, text, maxw, leading, indent=0.0, hang=None, last_left=True):
    """Lay a paragraph justified; returns (ops, new_y). hang: label printed at x0, text at x0+indent."""
    ops = []
    lines = wrap(font, size, text, maxw - indent)
    for i, words in enumerate(lines):
        x = x0 + indent
        avail = maxw - indent
        wsum = sum(width(font, size, w) for w in words)
        last = i == len(lines) - 1
        gap = width(font, size, " ")
        if not last and len(words) > 1:
            gap = (avail - wsum) / (len(words) - 1)
        for w in words:
            o, _ = glyphs(font, size, x, y, w)
            ops.append(o)
            x += width(font, size, w) + gap
        y -= leading
    return "\n".join(ops), y


def mixed_line(parts, x, y):
    ops = []
    for font, size, text in parts:
        o, x = glyphs(font, size, x, y, text)
        ops.append(o)
    return "\n".join(ops), x


pdf = pikepdf.new()
font_res = Dictionary({"/" + k: Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + v),
                                     Encoding=Name.WinAnsiEncoding) for k, v in FONTS.items()})
font_res = pdf.make_indirect(font_res)


def form(content, bbox):
    s = pikepdf.Stream(pdf, content.encode("latin-1"))
    s.Type = Name.XObject
    s.Subtype = Name.Form
    s.BBox = Array(bbox)
    s.Resources = Dictionary(Font=font_res)
    return pdf.make_indirect(s)


# --- letterhead form (page coordinates)
lh = ["q 0.35 0.35 0.35 RG 0.93 0.96 0.93 rg 0.8 w %.1f %.1f 37 48 re B Q" % (L, H - 98)]
o, _ = glyphs("F2", 16, L + 48, H - 66, "COMUNE DI CIVEZZANO"); lh.append(o)
o, _ = glyphs("F1", 10, L + 48, H - 79, "Provincia di Trento"); lh.append(o)
o, _ = glyphs("F1", 7.5, L + 48, H - 90, "Piazza Municipio, 1 – 38045 Civezzano (TN) – C.F. 80006990225"); lh.append(o)
o, _ = glyphs("F1", 8, R - width("F1", 8, "Codice ente 22063"), H - 60, "Codice ente 22063"); lh.append(o)
lh.append("q 0 0 0 RG 0.7 w %.1f %.1f 125 26 re S Q" % (R - 125, H - 92))
o, _ = glyphs("F2", 8, R - 62.5 - width("F2", 8, "COPIA CONFORME") / 2, H - 77, "COPIA CONFORME"); lh.append(o)
o, _ = glyphs("F1", 8, R - 62.5 - width("F1", 8, "all'originale digitale") / 2, H - 87, "all'originale digitale"); lh.append(o)
LH = form("\n".join(lh), [0, 0, W, H])

# --- protocol stamp form, drawn rotated up the left margin
st_txt1 = "COMUNE DI CIVEZZANO - Protocollo n. 0006127/P di data 04/08/2027"
st_txt2 = "Classifica 1.4.1 - Fascicolo 2027-3"
stw = max(width("F2", 7.5, st_txt1), width("F1", 7.5, st_txt2)) + 12
st = ["q 0.1 0.2 0.6 RG 0.8 w 0 0 %.1f 24 re S Q" % stw, "0.1 0.2 0.6 rg"]
o, _ = glyphs("F2", 7.5, 6, 14, st_txt1); st.append(o)
o, _ = glyphs("F1", 7.5, 6, 5, st_txt2); st.append(o)
STAMP = form("\n".join(st), [0, 0, stw, 24])

# --- signature block form (page coordinates)
SIGY = 170
sg = []
for font, size, txt, dy in (("F1", 10.5, "Civezzano, 4 agosto 2027", 0),):
    o, _ = glyphs(font, size, L, SIGY + 40, txt); sg.append(o)
cx = R - 110
for font, size, txt, dy in (("F2", 10.5, "IL SINDACO", 40), ("F1", 10.5, "Fabrizio Moser", 26),
                            ("F3", 8, "documento firmato digitalmente", 14)):
    o, _ = glyphs(font, size, cx - width(font, size, txt) / 2, SIGY + dy, txt); sg.append(o)
o, _ = glyphs("F1", 9, L, SIGY - 22, "Per presa visione e accettazione:"); sg.append(o)
o, _ = glyphs("F1", 9, L, SIGY - 34, "dott.ssa Elena Broll - Vicesegretario comunale"); sg.append(o)
o, _ = glyphs("F3", 8, L, SIGY - 45, "documento firmato digitalmente"); sg.append(o)
SIG = form("\n".join(sg), [0, 0, W, H])

# --- body
maxw = R - L
LEAD = 14.2
y = H - 128
top = []
title = "DECRETO DEL SINDACO"
tw = width("F2", 14, title) + 2.2 * (len(title) - 1)
o, _ = glyphs("F2", 14, (W - tw) / 2, y, title, tracking=2.2); top.append(o)
y -= 17
t2 = "N. 9 di data 4 agosto 2027"
o, _ = glyphs("F1", 11, (W - width("F1", 11, t2)) / 2, y, t2); top.append(o)
y -= 30
o, _ = glyphs("F2", 10.5, L, y, "OGGETTO:"); top.append(o)
subject = ("Incarico di reggenza della Segreteria comunale al Vicesegretario dott.ssa Elena Broll "
           "per il periodo dal 9 al 27 agosto 2027.")
o, y = justified("F2", 10.5, L, y, subject, maxw, LEAD, indent=62); top.append(o)
y -= 12
t3 = "IL SINDACO"
o, _ = glyphs("F2", 10.5, (W - width("F2", 10.5, t3)) / 2, y, t3); top.append(o)
y -= 20
prem = [
    "Premesso che il Segretario comunale titolare, dott. Andrea Zanon, sarà assente per congedo "
    "ordinario dal 9 al 27 agosto 2027, come da richiesta prot. n. 5980 di data 26 luglio 2027;",
    "visto l'art. 148 del Codice degli enti locali della Regione autonoma Trentino-Alto Adige, approvato "
    "con L.R. 3 maggio 2018, n. 2, il quale prevede che il vicesegretario sostituisca il segretario "
    "comunale in caso di assenza o impedimento;",
    "richiamato il proprio decreto n. 2 di data 10 gennaio 2025, con il quale sono state attribuite le "
    "funzioni di Vicesegretario comunale alla dott.ssa Elena Broll, funzionario amministrativo "
    "responsabile del Servizio Segreteria e Affari generali, in possesso dei requisiti di legge;",
    "ritenuto di assicurare la continuità delle funzioni di assistenza giuridico-amministrativa, di "
    "verbalizzazione delle sedute degli organi collegiali e di rogito dei contratti;",
]
for ptxt in prem:
    o, y = justified("F1", 10.5, L, y, ptxt, maxw, LEAD); top.append(o)
    y -= 4
y -= 6
t4 = "DECRETA"
dec_y = y
y -= 20
disp = []
pts = [
    "di incaricare la dott.ssa Elena Broll, Vicesegretario comunale, della reggenza della Segreteria "
    "comunale di Civezzano per il periodo dal 9 al 27 agosto 2027, con tutte le funzioni attribuite "
    "al Segretario comunale dalla legge, dallo Statuto e dai regolamenti;",
    "di dare atto che per la reggenza spetta al Vicesegretario il trattamento economico previsto dal "
    "contratto collettivo provinciale di lavoro del personale del comparto autonomie locali;",
    "di disporre la pubblicazione del presente decreto all'albo telematico e la sua notifica "
    "all'interessata e al Servizio finanziario per gli adempimenti di competenza.",
]
o, _ = glyphs("F2", 10.5, (W - width("F2", 10.5, t4)) / 2, dec_y, t4); disp.append(o)
for i, ptxt in enumerate(pts, 1):
    o, _ = glyphs("F1", 10.5, L, y, "%d." % i); disp.append(o)
    o, y = justified("F1", 10.5, L, y, ptxt, maxw, LEAD, indent=18); disp.append(o)
    y -= 4
assert y > SIGY + 55, y

foot, _ = glyphs("F1", 7.5, L, 34, "Decreto del Sindaco n. 9 di data 4 agosto 2027 - pag. 1 di 1")

# stamp rotated 90 degrees, standing in the left margin, reading upward
stamp_ops = "q 0 1 -1 0 %.1f %.1f cm /St Do Q" % (40, 300)
content = "\n".join([
    stamp_ops,
    "q /Sig Do Q",
    "\n".join(disp),
    "\n".join(top),
    foot,
    "q /Lh Do Q",
])
page = pdf.add_blank_page(page_size=(W, H))
page.obj.Resources = Dictionary(Font=font_res, XObject=Dictionary(Lh=LH, Sig=SIG, St=STAMP))
page.obj.Contents = pdf.make_stream(content.encode("latin-1"))
pdf.docinfo[Name.Title] = "Decreto del Sindaco n. 9/2027"
pdf.docinfo[Name.Creator] = "Civilia Next - Decreti"
pdf.docinfo[Name.Producer] = "pikepdf %s" % pikepdf.__version__
pdf.save(OUT)
