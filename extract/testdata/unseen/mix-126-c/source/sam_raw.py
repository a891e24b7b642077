# -*- coding: utf-8 -*-
"""Comune di Samarate, house style "civilianext": deliberation 9 as the
package's own report engine writes it, content streams by hand (pikepdf):

- the letterhead, the running head, the foot and the roll are Form XObjects
  (the foot and head reused on every page);
- each page draws its blocks bottom-up (foot first, letterhead last);
- every line is one TJ whose words are separate strings with no space
  characters: the gaps are numeric adjustments, stretched to justify;
- the Albo's publication stamp is drawn rotated up the left margin.

usage: sam_raw.py OUTDIR
"""
import os
import sys

import pikepdf
from pikepdf import Array, Dictionary, Name, Stream
from reportlab.pdfbase.pdfmetrics import stringWidth

from acts import act, BODIES, roll
from common import sam_opening, sam_after_roll, sam_sign, sam_foot, sam_exec, PUB

OUT = sys.argv[1]
a = act("S9")
B = BODIES["samarate"]
W, H = 595.28, 841.89
LM, RM, TOP, BOT = 56.7, 538.6, 800.0, 70.0
FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique"}
BLUE = "0.122 0.306 0.549"


def enc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def sw(s, f, size):
    return stringWidth(s, FONTS[f], size)


def tj_line(x, y, words, f, size, width=None):
    """One line as a TJ array of words without space characters."""
    natural = sw(" ", f, size)
    gap = natural
    if width is not None and len(words) > 1:
        gap = (width - sum(sw(w, f, size) for w in words)) / (len(words) - 1)
    parts = []
    for i, w in enumerate(words):
        if i:
            parts.append(b"%.1f" % (-gap / size * 1000))
        parts.append(b"(" + enc(w) + b")")
    return b"BT /%s %.2f Tf 1 0 0 1 %.2f %.2f Tm [%s] TJ ET\n" % (f.encode(), size, x, y, b" ".join(parts))


def text(x, y, s, f, size):
    return b"BT /%s %.2f Tf %.2f %.2f Td (%s) Tj ET\n" % (f.encode(), size, x, y, enc(s))


def wrap(s, f, size, width):
    lines, cur = [], []
    for w in s.split():
        if cur and sw(" ".join(cur + [w]), f, size) > width:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


pdf = pikepdf.new()
fontres = Dictionary({"/" + k: pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + v),
                                                      Encoding=Name.WinAnsiEncoding))
                      for k, v in FONTS.items()})


def form(content, bbox):
    return pdf.make_indirect(Stream(pdf, content, Type=Name.XObject, Subtype=Name.Form,
                                    BBox=Array(bbox), Resources=Dictionary(Font=fontres)))


# ---- letterhead form (crest, name, number box)
lh = b"q " + BLUE.encode() + b" rg 0 g 0.8 w\n"
lh += b"%s rg 58 818 m 96 818 l 96 790 l 77 772 l 58 790 l h B\n" % BLUE.encode()
lh += b"1 g 69 784 16 22 re f 69 806 4 4 re f 75 806 4 4 re f 81 806 4 4 re f\n"
lh += b"%s rg 74.5 784 5 8 re f 0 g Q\n" % BLUE.encode()
lh += text(106, 800, "COMUNE DI SAMARATE", "F2", 17)
lh += text(106, 787, B["province"], "F1", 9)
lh += b"0.33 g\n" + text(106, 776, B["address"], "F1", 7) + b"0 g\n"
lh += b"0.8 w 430 772 108.6 44 re S 0.4 w 0.5 G 430 784 m 538.6 784 l S 0 G\n"
t1 = "Deliberazione N. %d" % a["number"]
lh += text(484.3 - sw(t1, "F2", 11) / 2, 802, t1, "F2", 11)
t2 = "del %s" % a["date_it"]
lh += text(484.3 - sw(t2, "F1", 9.5) / 2, 789, t2, "F1", 9.5)
lh += text(484.3 - sw("ORIGINALE", "F3", 7) / 2, 776.5, "ORIGINALE", "F3", 7)
LH = form(lh, [50, 765, 545, 825])

# ---- running head (pages 2..n) and foot (every page)
rh = text(LM, 812, "Comune di Samarate - Verbale di deliberazione del Consiglio Comunale", "F1", 7.5)
s = "N. %d del %s" % (a["number"], a["date_it"])
rh += text(RM - sw(s, "F1", 7.5), 812, s, "F1", 7.5) + b"0.5 G 0.4 w %.1f 808 m %.1f 808 l S\n" % (LM, RM)
RH = form(rh, [50, 800, 545, 822])
ft = b"0.5 G 0.4 w %.1f 46 m %.1f 46 l S 0 G\n" % (LM, RM) + text(LM, 35, sam_foot(a), "F1", 7.5)
FT = form(ft, [50, 30, 545, 50])

# ---- roll form
r = roll(a)
cols = [LM, LM + 93.5, LM + 215.4, LM + 229.6, LM + 243.8, LM + 337.3, LM + 459.2, LM + 473.4, RM]
rowh = 12.4
nrows = 1 + (len(r) + 1) // 2
RT = 0  # the roll's top, set when laid out
roll_ops = []


def roll_form(top):
    ops = b"0.851 0.886 0.937 rg %.1f %.1f %.1f %.1f re f 0 g\n" % (LM, top - rowh, RM - LM, rowh)
    ops += b"0.498 0.561 0.651 RG 0.4 w\n"
    for i in range(nrows + 1):
        ops += b"%.1f %.1f m %.1f %.1f l S\n" % (LM, top - i * rowh, RM, top - i * rowh)
    for x in cols:
        ops += b"%.1f %.1f m %.1f %.1f l S\n" % (x, top, x, top - nrows * rowh)
    ops += b"0 G 1.3 w %.1f %.1f m %.1f %.1f l S 0.4 w\n" % (cols[4], top, cols[4], top - nrows * rowh)
    hd = ["Cognome e nome", "Carica", "P", "A"] * 2
    for j, h in enumerate(hd):
        x = cols[j] + 2.5 if j % 4 < 2 else (cols[j] + cols[j + 1]) / 2 - sw(h, "F2", 8) / 2
        ops += text(x, top - rowh + 3.6, h, "F2", 8)
    for i in range(0, len(r), 2):
        y = top - (1 + i // 2) * rowh - rowh + 3.4
        for k, (n, ro, p) in enumerate(r[i:i + 2]):
            c = 4 * k
            ops += text(cols[c] + 2.5, y, n, "F1", 8.5) + text(cols[c + 1] + 2.5, y, ro, "F1", 8.5)
            mark = cols[c + 2] if p else cols[c + 3]
            ops += text(mark + 7.1 - sw("X", "F1", 8.5) / 2, y, "X", "F1", 8.5)
    return form(ops, [LM - 2, top - nrows * rowh - 2, RM + 2, top + 2])


# ---- lay out the body into blocks
pages = [[]]  # each page: list of block byte-strings, in reading order
y = [760.0]


def need(h):
    if y[0] - h < BOT:
        pages.append([])
        y[0] = TOP - 14


def para(s, f="F1", size=9.5, lead=12.6, align="J", after=4, indent=0, hang=None):
    lines = wrap(s, f, size, RM - LM - indent)
    blk = b""
    for i, ws in enumerate(lines):
        need(lead)
        y[0] -= lead
        x = LM + indent
        last = i == len(lines) - 1
        if align == "C":
            wd = sw(" ".join(ws), f, size)
            blk_line = tj_line((LM + RM) / 2 - wd / 2, y[0], ws, f, size)
        elif align == "R":
            wd = sw(" ".join(ws), f, size)
            blk_line = tj_line(RM - wd, y[0], ws, f, size)
        else:
            blk_line = tj_line(x, y[0], ws, f, size, None if last else RM - x)
        pages[-1].append(blk_line)
    y[0] -= after


# title bar and session
bar = b"%s rg %.1f %.1f %.1f 16 re f 1 g\n" % (BLUE.encode(), LM, y[0] - 16, RM - LM)
t = "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE"
bar += text((LM + RM) / 2 - sw(t, "F2", 11) / 2, y[0] - 12, t, "F2", 11) + b"0 g\n"
pages[-1].append(bar)
y[0] -= 16
para(a["session"], size=8.5, lead=11, align="C", after=3)
pb = b"0.5 G 0.4 w %.1f %.1f %.1f 13 re S %.1f %.1f m %.1f %.1f l S 0 G\n" % (
    LM, y[0] - 13, RM - LM, LM + 155.9, y[0] - 13, LM + 155.9, y[0])
pb += text(LM + 3, y[0] - 9.5, "Proposta n. %d del %s" % (a["proposal_number"], a["proposal_it"]), "F1", 8.5)
pb += text(LM + 159, y[0] - 9.5, "Settore proponente: %s" % a["proposing_office"], "F1", 8.5)
pages[-1].append(pb)
y[0] -= 20
# subject beside its label
sl = wrap(a["subject"], "F2", 9.5, RM - LM - 71)
ob = text(LM, y[0] - 12.6, "OGGETTO:", "F2", 9.5)
for i, ws in enumerate(sl):
    ob += tj_line(LM + 71, y[0] - 12.6 * (i + 1), ws, "F2", 9.5, None if i == len(sl) - 1 else RM - LM - 71)
y[0] -= 12.6 * len(sl) + 4
ob += b"0.8 w %.1f %.1f m %.1f %.1f l S\n" % (LM, y[0], RM, y[0])
pages[-1].append(ob)
y[0] -= 6
para(sam_opening(a))
RT = y[0]
ROLL = roll_form(RT)
pages[-1].append(b"q 1 0 0 1 0 0 cm /Roll Do Q\n")
y[0] -= nrows * rowh + 6
ar = sam_after_roll(a)
para(ar[0], f="F2", align="R")
for x in ar[1:]:
    para(x)
para("IL CONSIGLIO COMUNALE", f="F2", size=10.5, align="C", after=6)
for p in a["premises"]:
    para(p)
para(a["vote"])
para("D E L I B E R A", f="F2", size=10.5, align="C", after=6)
for i, p in enumerate(a["points"], 1):
    lines = wrap(p, "F1", 9.5, RM - LM - 18)
    for k, ws in enumerate(lines):
        need(12.6)
        y[0] -= 12.6
        blk = b""
        if k == 0:
            blk += text(LM + 4, y[0], "%d." % i, "F1", 9.5)
        blk += tj_line(LM + 18, y[0], ws, "F1", 9.5, None if k == len(lines) - 1 else RM - LM - 18)
        pages[-1].append(blk)
    y[0] -= 4
para(sam_exec(a))
(lr, ln), (rr, rn) = sam_sign(a)
need(70)
y[0] -= 14
sig = text(LM, y[0], "Letto, confermato e sottoscritto", "F3", 8.5)
for cx, role, name in ((LM + 120.5, lr, ln), (LM + 361.5, rr, rn)):
    sig += text(cx - sw(role, "F2", 9) / 2, y[0] - 24, role, "F2", 9)
    sig += text(cx - sw(name, "F1", 9.5) / 2, y[0] - 37, name, "F1", 9.5)
    sig += text(cx - sw("(firmato digitalmente)", "F1", 7) / 2, y[0] - 48, "(firmato digitalmente)", "F1", 7)
pages[-1].append(sig)

# ---- the stamp, rotated up the left margin
pf, pn = PUB[a["id"]]
st = b"q 0 1 -1 0 34 300 cm 0.7 0 0 RG 0.7 0 0 rg 1 w 0 -4 262 26 re S\n"
st += text(6, 12, "COMUNE DI SAMARATE - ALBO PRETORIO ON LINE", "F2", 7.5)
st += text(6, 2, "Pubblicata dal %s al 16/03/2028 - Reg. pubbl. n. %d" % (pf, pn), "F1", 7.5)
st += b"Q\n"

# ---- assemble, bottom-up
n = len(pages)
for i, blocks in enumerate(pages):
    ops = b"q /Foot Do Q\n"
    s = "Pag. %d di %d" % (i + 1, n)
    ops += text(RM - sw(s, "F1", 7.5), 35, s, "F1", 7.5)
    if i == 0:
        ops += st
    ops += b"".join(reversed(blocks))
    ops += b"q /Head Do Q\n" if i else b"q /Letterhead Do Q\n"
    page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                                   Contents=pdf.make_stream(ops),
                                   Resources=Dictionary(Font=fontres, XObject=Dictionary(
                                       Letterhead=LH, Head=RH, Foot=FT, Roll=ROLL))))
    pdf.pages.append(page)

pdf.docinfo["/Title"] = "Delibera C.C. n. %d/2028" % a["number"]
pdf.docinfo["/Creator"] = "Civilia Next - Report engine"
pdf.save(os.path.join(OUT, a["file"]))
