# -*- coding: utf-8 -*-
"""Boville Ernica n. 60: content streams written by hand and assembled with
pikepdf, as small report engines write them.

- base-14 Times fonts, WinAnsiEncoding, not embedded;
- justified lines by word spacing (Tw), the title letter-spaced (Tc);
- the letterhead, the foot and the signature block are Form XObjects, and
  each page draws its body first and the letterhead last (out of reading
  order);
- the Albo's publication stamp is written up the left margin, rotated 90
  degrees, in the middle of the page's stream;
- the roll is a ruled table with a P/A column.
Same house style as the other Boville Ernica minutes."""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

from content import DOCS
import boville_style as S

D = DOCS["B60"]
OUT = sys.argv[1] + "/" + D["file"]
W, H = 595.28, 841.89
LM, RM = 57.0, 538.0
FONTS = {"R": "Times-Roman", "B": "Times-Bold", "I": "Times-Italic"}


def enc(s):
    b = s.encode("cp1252")
    out = []
    for ch in b:
        if ch in (40, 41, 92):
            out.append("\\" + chr(ch))
        elif ch < 32 or ch > 126:
            out.append("\\%03o" % ch)
        else:
            out.append(chr(ch))
    return "(" + "".join(out) + ")"


def sw(s, f, size):
    return stringWidth(s, FONTS[f], size)


def text(x, y, s, f="R", size=11, tw=0.0, tc=0.0):
    ops = "BT /F%s %.2f Tf " % (f, size)
    if tw:
        ops += "%.4f Tw " % tw
    if tc:
        ops += "%.3f Tc " % tc
    ops += "1 0 0 1 %.2f %.2f Tm %s Tj " % (x, y, enc(s))
    if tw:
        ops += "0 Tw "
    if tc:
        ops += "0 Tc "
    return ops + "ET\n"


class Pages:
    def __init__(self):
        self.pages = [[]]
        self.y = H - 150          # below the letterhead drawn last
        self.top_next = H - 60

    @property
    def ops(self):
        return self.pages[-1]

    def need(self, h):
        if self.y - h < 80:
            self.pages.append([])
            self.y = self.top_next

    def wrap(self, s, f, size, width):
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

    def para(self, s, f="R", size=11, lead=13.6, x0=LM, x1=RM, justify=True, after=3, first=None):
        lines = self.wrap(s, f, size, x1 - x0)
        for i, ln in enumerate(lines):
            self.need(lead)
            self.y -= lead
            line = " ".join(ln)
            tw = 0.0
            if justify and i < len(lines) - 1 and len(ln) > 1:
                tw = (x1 - x0 - sw(line, f, size)) / (len(ln) - 1)
            self.ops.append(text(x0, self.y, line, f, size, tw=tw))
        self.y -= after

    def centre(self, s, f="B", size=11, tc=0.0, before=6, after=4):
        self.need(before + size + after)
        self.y -= before + size
        w = sw(s, f, size) + tc * (len(s) - 1)
        self.ops.append(text((W - w) / 2, self.y, s, f, size, tc=tc))
        self.y -= after


P = Pages()
def op(s):
    P.ops.append(s)
# title, letter-spaced
P.centre("DELIBERAZIONE DEL CONSIGLIO COMUNALE", "B", 12.5, tc=1.2, before=0, after=8)
# 2x2 grid
y0 = P.y
op("0.8 w %.2f %.2f %.2f %.2f re S\n" % (LM, y0 - 34, RM - LM, 34))
op("%.2f %.2f m %.2f %.2f l S\n" % (LM, y0 - 17, RM, y0 - 17))
op("%.2f %.2f m %.2f %.2f l S\n" % (LM + 190, y0 - 34, LM + 190, y0))
op(text(LM + 5, y0 - 12.5, "N. %d" % D["number"], "B", 11))
op(text(LM + 195, y0 - 12.5, "del %s" % D["date"], "B", 11))
op(text(LM + 5, y0 - 29, "Proposta n. %d del %s" % (D["proposal_number"], D["proposal_date"]), "R", 9))
op(text(LM + 195, y0 - 29, "Settore proponente: %s" % D["proposing_office"], "R", 9))
P.y = y0 - 46
# boxed subject
lines = P.wrap("OGGETTO: " + D["subject"], "B", 11, RM - LM - 10)
bh = 13.4 * len(lines) + 7
op("1.2 w %.2f %.2f %.2f %.2f re S\n" % (LM, P.y - bh, RM - LM, bh))
for i, ln in enumerate(lines):
    P.y -= 13.4
    line = " ".join(ln)
    tw = 0.0
    if i < len(lines) - 1:
        tw = (RM - LM - 10 - sw(line, "B", 11)) / (len(ln) - 1)
    op(text(LM + 5, P.y, line, "B", 11, tw=tw))
P.y -= 16
P.para(D["opening"])
# roll table
cols = [LM + 20, LM + 50, LM + 230, LM + 400, LM + 460]   # N., name, role, P/A, right edge
P.y -= 2
rowh = 14.5
top = P.y
op(text(cols[0] + 6, P.y - 11, "N.", "B", 10))
op(text(cols[1] + 4, P.y - 11, "Cognome e Nome", "B", 10))
op(text(cols[2] + 4, P.y - 11, "Carica", "B", 10))
op(text(cols[3] + 8, P.y - 11, "P/A", "B", 10))
P.y -= rowh
for i, (n, r, p) in enumerate(D["roll"], 1):
    op(text(cols[0] + 6, P.y - 11, "%d" % i, "R", 10))
    op(text(cols[1] + 4, P.y - 11, n, "R", 10))
    op(text(cols[2] + 4, P.y - 11, r, "R", 10))
    op(text(cols[3] + 23, P.y - 11, "P" if p else "A", "R", 10))
    P.y -= rowh
rows = len(D["roll"]) + 1
op("0.5 w\n")
for k in range(rows + 1):
    yy = top - k * rowh
    op("%.2f %.2f m %.2f %.2f l S\n" % (cols[0], yy, cols[4], yy))
for x in cols:
    op("%.2f %.2f m %.2f %.2f l S\n" % (x, top, x, top - rows * rowh))
npres = sum(1 for x in D["roll"] if x[2])
P.y -= 4
tot = "Presenti n. %d - Assenti n. %d" % (npres, len(D["roll"]) - npres)
P.y -= 12
op(text(RM - sw(tot, "B", 11), P.y, tot, "B", 11))
P.y -= 4
P.para(D["after_roll"])
# the publication stamp, rotated up the left margin, written mid-stream
STAMP = ["ALBO PRETORIO ON LINE - COMUNE DI BOVILLE ERNICA",
         "Pubblicata dal 27/12/2027 al 11/01/2028 - Reg. Pubbl. n. 1531"]
op("q 0 1 -1 0 %.2f %.2f cm\n" % (30, 250))
op("0.6 0.1 0.1 RG 0.8 w -4 -22 310 30 re S\n")
op("0.6 0.1 0.1 rg\n")
op(text(0, 0, STAMP[0], "B", 7.5))
op(text(0, -10, STAMP[1], "R", 7.5))
op("0 0 0 rg Q\n")
P.centre("IL CONSIGLIO COMUNALE", "B", 11, before=6, after=4)
for t in D["premesse"]:
    P.para(t)
P.para(D["vote"])
P.centre("DELIBERA", "B", 11, tc=2.5, before=4, after=4)
for i, t in enumerate(D["points"], 1):
    lines = P.wrap(t, "R", 11, RM - LM - 22)
    for j, ln in enumerate(lines):
        P.need(13.6)
        P.y -= 13.6
        if j == 0:
            op(text(LM, P.y, "%d)" % i, "R", 11))
        line = " ".join(ln)
        tw = (RM - LM - 22 - sw(line, "R", 11)) / (len(ln) - 1) if j < len(lines) - 1 else 0
        op(text(LM + 22, P.y, line, "R", 11, tw=tw))
    P.y -= 3
P.para(D["exec_text"], after=8)
P.para(S.CLOSING, after=6)
P.need(60)
sig_y = P.y - 52
P.y = sig_y - 20
P.need(90)
cert_lines = P.wrap(S.pub_text(D["number"]), "R", 10, RM - LM - 12)
ch = 18 + 12.4 * len(cert_lines) + 30
cy = P.y
op("0.6 w %.2f %.2f %.2f %.2f re S\n" % (LM, cy - ch, RM - LM, ch))
op(text((W - sw("CERTIFICATO DI PUBBLICAZIONE", "B", 10)) / 2, cy - 14, "CERTIFICATO DI PUBBLICAZIONE", "B", 10))
yy = cy - 14
for j, ln in enumerate(cert_lines):
    yy -= 12.4
    line = " ".join(ln)
    tw = (RM - LM - 12 - sw(line, "R", 10)) / (len(ln) - 1) if j < len(cert_lines) - 1 else 0
    op(text(LM + 6, yy, line, "R", 10, tw=tw))
op(text(RM - 6 - sw(S.PUB_SIGN[0], "R", 10), yy - 14, S.PUB_SIGN[0], "R", 10))
op(text(RM - 6 - sw(S.PUB_SIGN[1], "R", 10), yy - 26, S.PUB_SIGN[1], "R", 10))
last_sig_y = sig_y

# ---------------------------------------------------------------- assemble
pdf = pikepdf.new()
fonts = Dictionary()
for k, base in FONTS.items():
    fonts[Name("/F" + k)] = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                                         BaseFont=Name("/" + base),
                                                         Encoding=Name.WinAnsiEncoding))
res_fonts = Dictionary(Font=fonts)


def form(ops, bbox):
    st = pikepdf.Stream(pdf, "".join(ops).encode("latin-1"))
    st.Type = Name.XObject
    st.Subtype = Name.Form
    st.BBox = Array(bbox)
    st.Resources = Dictionary(Font=fonts)
    return pdf.make_indirect(st)


# letterhead form: crest paths and the three cells
hd = []
hd.append("q 0.98 0.92 0.78 rg 0.47 0.12 0.12 RG 1.6 w\n")
hd.append("60 805 m 100 805 l 100 775 l 93 762 l 80 755 l 67 762 l 60 775 l h B\n")
hd.append("0.47 0.12 0.12 rg 75 768 10 24 re f 0.16 0.35 0.16 rg 72 792 m 88 792 l 80 800 l h f Q\n")
hd.append(text((W - sw("COMUNE DI BOVILLE ERNICA", "B", 16)) / 2, 790, "COMUNE DI BOVILLE ERNICA", "B", 16))
hd.append(text((W - sw("Provincia di Frosinone", "R", 11)) / 2, 775, "Provincia di Frosinone", "R", 11))
addr = "Piazza Vittorio Emanuele II - 03022 Boville Ernica (FR)"
hd.append(text((W - sw(addr, "R", 8)) / 2, 763, addr, "R", 8))
hd.append(text(480, 785, "COPIA", "B", 12))
HEAD = form(hd, [0, 740, W, H])

ft = ["0.4 w %.2f 52 m %.2f 52 l S\n" % (LM, RM), text(LM, 40, S.foot(D), "R", 8)]
FOOT = form(ft, [0, 30, W, 60])

sg = []
for x, (a, b) in [(LM + 120, D["sign_president"]), (LM + 360, D["sign_secretary"])]:
    sg.append(text(x - sw(a, "B", 11) / 2, 30, a, "B", 11))
    sg.append(text(x - sw("f.to " + b, "R", 11) / 2, 14, "f.to " + b, "R", 11))
SIG = form(sg, [0, 0, W, 50])

n = len(P.pages)
for i, ops in enumerate(P.pages, 1):
    body = "".join(ops)
    tail = "q 1 0 0 1 0 0 cm /Foot Do Q\n"
    tail += text(RM - sw("Pag. %d di %d" % (i, n), "R", 8), 40, "Pag. %d di %d" % (i, n), "R", 8)
    if i == n:
        tail += "q 1 0 0 1 0 %.2f cm /Sig Do Q\n" % (last_sig_y)
    if i == 1:
        tail += "q 1 0 0 1 0 0 cm /Head Do Q\n"   # letterhead drawn last
    st = pikepdf.Stream(pdf, (body + tail).encode("latin-1"))
    page = Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]), Contents=pdf.make_indirect(st),
                      Resources=Dictionary(Font=fonts,
                                           XObject=Dictionary(Head=HEAD, Foot=FOOT, Sig=SIG)))
    pdf.pages.append(pikepdf.Page(page))
pdf.docinfo["/Title"] = "Deliberazione C.C. n. %d del %s" % (D["number"], D["date"])
pdf.docinfo["/Author"] = "Comune di Boville Ernica"
pdf.docinfo["/Creator"] = "Sicraweb - Stampa atti"
pdf.docinfo["/Producer"] = "pikepdf %s (hand-written content streams)" % pikepdf.__version__
pdf.save(OUT)
