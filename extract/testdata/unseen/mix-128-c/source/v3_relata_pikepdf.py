#!/usr/bin/env python3
"""Comune di Verrua Savoia, house style "CSI Piemonte": relata di pubblicazione
of an ordinanza of the Sindaco, written as a report engine writes it: a
hand-built content stream (pikepdf) where every glyph is placed alone with
its own Tm and no space characters, justified by moving the glyphs; the
letterhead is a Form XObject painted last, after the body, the footer is
painted first, and the Albo's stamp is rotated by 9 degrees."""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
MM = 72 / 25.4
W, H = 595.276, 841.89
FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique"}


def enc(ch):
    b = ch.encode("cp1252")
    return "<" + b.hex() + ">"


def glyphs(font, size, x, y, text, extra=0.0, rot=None):
    """one Tm and one Tj per glyph; spaces are only advances"""
    ops = ["BT", f"/{font} {size:g} Tf"]
    for ch in text:
        w = stringWidth(ch, FONTS[font], size)
        if ch != " ":
            if rot:
                a, b, cc, d = rot
                ops.append(f"{a:.4f} {b:.4f} {cc:.4f} {d:.4f} {x:.2f} {y:.2f} Tm {enc(ch)} Tj")
            else:
                ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm {enc(ch)} Tj")
        x += w + extra
    ops.append("ET")
    return ops


def width(font, size, text):
    return stringWidth(text, FONTS[font], size)


def wrap(font, size, text, maxw):
    lines, cur = [], []
    for w in text.split():
        trial = " ".join(cur + [w])
        if cur and width(font, size, trial) > maxw:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def justified(font, size, x, y, text, maxw, leading):
    ops = []
    lines = wrap(font, size, text, maxw)
    for i, words in enumerate(lines):
        last = i == len(lines) - 1
        wsum = sum(width(font, size, w) for w in words)
        gap = width(font, size, " ")
        if not last and len(words) > 1:
            gap = (maxw - wsum) / (len(words) - 1)
        cx = x
        for w in words:
            ops += glyphs(font, size, cx, y, w)
            cx += width(font, size, w) + gap
        y -= leading
    return ops, y


pdf = pikepdf.new()
fonts = Dictionary()
for k, base in FONTS.items():
    fonts[Name("/" + k)] = pdf.make_indirect(Dictionary(
        Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + base),
        Encoding=Name.WinAnsiEncoding))

# ---- letterhead as a Form XObject (the package's fixed header) ----------
lh = []
x0, y0 = 20 * MM, H - 42 * MM
lh.append("q 0.35 G 0.85 g")
lh.append(f"{x0:.2f} {y0 + 22*MM:.2f} m {x0 + 16*MM:.2f} {y0 + 22*MM:.2f} l "
          f"{x0 + 16*MM:.2f} {y0 + 8*MM:.2f} l "
          f"{x0 + 16*MM:.2f} {y0 + 3*MM:.2f} {x0 + 11*MM:.2f} {y0:.2f} {x0 + 8*MM:.2f} {y0 - 2*MM:.2f} c "
          f"{x0 + 5*MM:.2f} {y0:.2f} {x0:.2f} {y0 + 3*MM:.2f} {x0:.2f} {y0 + 8*MM:.2f} c h B")
lh.append(f"0.35 g {x0 + 3*MM:.2f} {y0 + 14*MM:.2f} {10*MM:.2f} {4*MM:.2f} re f Q")
lh.append("0 g")
lh += glyphs("F2", 15, 41 * MM, H - 24 * MM, "COMUNE DI VERRUA SAVOIA")
lh += glyphs("F1", 9.5, 41 * MM, H - 29.5 * MM, "Città Metropolitana di Torino")
lh += glyphs("F1", 9.5, 41 * MM, H - 34 * MM, "Ufficio Segreteria - Albo Pretorio on line")
lh.append(f"0.4 w {20*MM:.2f} {H - 47*MM:.2f} m {W - 20*MM:.2f} {H - 47*MM:.2f} l S")
form = pikepdf.Stream(pdf, "\n".join(lh).encode("latin-1"))
form["/Type"] = Name.XObject
form["/Subtype"] = Name.Form
form["/BBox"] = Array([0, 0, W, H])
form["/Resources"] = Dictionary(Font=fonts)
form = pdf.make_indirect(form)

ops = []
# ---- footer first ------------------------------------------------------
ops.append(f"0.3 w {20*MM:.2f} {18*MM:.2f} m {W - 20*MM:.2f} {18*MM:.2f} l S")
ops += glyphs("F1", 7.5, 20 * MM, 14 * MM,
              "Comune di Verrua Savoia - Relata di pubblicazione n. 147/2028")
t = "Pagina 1 di 1"
ops += glyphs("F1", 7.5, W - 20 * MM - width("F1", 7.5, t), 14 * MM, t)

# ---- signature block, then date ----------------------------------------
def centred(font, size, cx, y, text):
    return glyphs(font, size, cx - width(font, size, text) / 2, y, text)

ops += centred("F1", 10.5, 150 * MM, 92 * MM, "IL MESSO COMUNALE")
ops += centred("F3", 10.5, 150 * MM, 86.5 * MM, "Walter Bosticco")
ops += glyphs("F1", 10.5, 20 * MM, 112 * MM, "Verrua Savoia, 27/04/2028")

# ---- the stamp of the Albo, rotated ------------------------------------
import math
ang = math.radians(9)
ca, sa = math.cos(ang), math.sin(ang)
sx, sy = 30 * MM, 62 * MM
ops.append(f"q 0.15 0.25 0.6 RG 0.15 0.25 0.6 rg 1.2 w {ca:.4f} {sa:.4f} {-sa:.4f} {ca:.4f} {sx:.2f} {sy:.2f} cm "
           f"0 0 {62*MM:.2f} {22*MM:.2f} re S 1.5 1.5 {59*MM:.2f} {19*MM:.2f} re S Q")
st_lines = [("F2", 8.5, "COMUNE DI VERRUA SAVOIA", 16.5),
            ("F1", 7.5, "ALBO PRETORIO ON LINE", 11.5),
            ("F2", 8.5, "PUBBLICATO  n. 147", 6.0)]
ops.append("q 0.15 0.25 0.6 rg")
for f, s, txt, dy in st_lines:
    ww = width(f, s, txt)
    lx = (62 * MM - ww) / 2
    ly = dy * MM
    gx = sx + lx * ca - ly * sa
    gy = sy + lx * sa + ly * ca
    # each glyph along the rotated baseline
    o = ["BT", f"/{f} {s:g} Tf"]
    for ch in txt:
        w = width(f, s, ch)
        if ch != " ":
            o.append(f"{ca:.4f} {sa:.4f} {-sa:.4f} {ca:.4f} {gx:.2f} {gy:.2f} Tm {enc(ch)} Tj")
        gx += w * ca
        gy += w * sa
    o.append("ET")
    ops += o
ops.append("Q")

# ---- body ----------------------------------------------------------------
L, R = 20 * MM, W - 20 * MM
y = H - 118 * MM
ops += glyphs("F1", 10.5, L, y, "Il sottoscritto Messo Comunale, visti gli atti d'ufficio,")
y -= 9 * MM
ops += centred("F2", 10.5, W / 2, y, "DICHIARA")
y -= 9 * MM
body = ("che l'ordinanza sopra indicata è stata pubblicata all'Albo Pretorio on "
        "line di questo Comune per quindici giorni consecutivi, dal 11/04/2028 al "
        "26/04/2028, con il numero 147 del Registro delle pubblicazioni, ai sensi "
        "dell'art. 32, comma 1, della Legge 18 giugno 2009, n. 69, e che durante "
        "il periodo di pubblicazione non sono pervenuti reclami od opposizioni.")
o, y = justified("F1", 10.5, L, y, body, R - L, 15)
ops += o

# ---- the act's fields ----------------------------------------------------
y = H - 76 * MM
for k, v in [("Atto:", "Ordinanza del Sindaco"), ("Numero:", "6"), ("Data:", "10/04/2028")]:
    ops += glyphs("F1", 10, L, y, k)
    ops += glyphs("F2", 10, 52 * MM, y, v)
    y -= 7.1 * MM
ops += glyphs("F1", 10, L, y, "Oggetto:")
subj = ("DIVIETO DI ABBRUCIAMENTO DI RESIDUI VEGETALI E DI ACCENSIONE DI FUOCHI "
        "NELLE AREE BOSCATE, NEI TERRENI INCOLTI E NELLE AREE AGRICOLE DEL "
        "TERRITORIO COMUNALE.")
o, y2 = justified("F2", 10, 52 * MM, y, subj, R - 52 * MM, 13)
ops += o
ops.append(f"0.3 w {L:.2f} {y2 - 3*MM:.2f} m {R:.2f} {y2 - 3*MM:.2f} l S")

# ---- title, letter-spaced by placing glyphs apart ---------------------
title = "RELATA DI PUBBLICAZIONE"
ex = 3.2
tw = width("F2", 13, title) + ex * (len(title) - 1)
ops += glyphs("F2", 13, (W - tw) / 2, H - 62 * MM, title, extra=ex)

# ---- register box, then the letterhead XObject last --------------------
bx, by, bw, bh = 140 * MM, H - 41 * MM, 50 * MM, 22 * MM
ops.append(f"0.8 w {bx:.2f} {by:.2f} {bw:.2f} {bh:.2f} re S")
ops += centred("F1", 7.5, bx + bw / 2, by + bh - 5 * MM, "REGISTRO DELLE PUBBLICAZIONI")
ops += centred("F2", 12, bx + bw / 2, by + bh - 11.5 * MM, "N. 147")
ops += centred("F1", 9, bx + bw / 2, by + 3.5 * MM, "del 11/04/2028")
ops.append("q /LH Do Q")

content = pikepdf.Stream(pdf, "\n".join(ops).encode("latin-1"))
page = Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                  Resources=Dictionary(Font=fonts, XObject=Dictionary(LH=form)),
                  Contents=pdf.make_indirect(content))
pdf.pages.append(pikepdf.Page(page))
pdf.docinfo["/Title"] = "Relata di pubblicazione n. 147/2028"
pdf.docinfo["/Creator"] = "CSI Piemonte - Albo Pretorio on line (modulo relate)"
pdf.save(out, compress_streams=True)
