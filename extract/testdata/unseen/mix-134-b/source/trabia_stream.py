# -*- coding: utf-8 -*-
"""Trabia, "Progesi" house style, as the package's Albo module re-renders a
minute for publication: content streams written by hand (pikepdf), every glyph
placed alone with its own text matrix and no space characters, lines justified by
moving the glyphs; the letterhead, the number box and the running head are Form
XObjects painted at the end of each page (out of reading order), the footer
first; the Albo's publication stamp is set up the left margin, rotated 90 degrees.
usage: python3 trabia_stream.py OUTDIR
"""
import sys, os
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth
import acts

A = acts.T2
PW, PH = 595.28, 841.89
LM, RM, TOP, BOT = 72, 56, 700, 78
FONTS = {"R": "Times-Roman", "B": "Times-Bold", "I": "Times-Italic", "H": "Helvetica-Bold", "h": "Helvetica"}
RES = {"R": "/F1", "B": "/F2", "I": "/F3", "H": "/F4", "h": "/F5"}


def pstr(s):
    b = s.encode("cp1252")
    out = "("
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out += "\\" + chr(c)
        elif 32 <= c < 127:
            out += chr(c)
        else:
            out += "\\%03o" % c
    return out + ")"


def w(s, f, size):
    return stringWidth(s, FONTS[f], size)


def glyphs(x, y, s, f, size, extra_gap=0.0):
    """One glyph at a time: Tm + Tj for each, spaces only as gaps."""
    ops = ["BT", "%s %.2f Tf" % (RES[f], size)]
    for ch in s:
        if ch == " ":
            x += w(" ", f, size) + extra_gap
            continue
        ops.append("1 0 0 1 %.2f %.2f Tm %s Tj" % (x, y, pstr(ch)))
        x += w(ch, f, size)
    ops.append("ET")
    return ops


def wrap(text, f, size, width, first_indent=0.0):
    words, lines, cur = text.split(), [], []
    avail = width - first_indent
    for wd in words:
        t = " ".join(cur + [wd])
        if cur and w(t, f, size) > avail:
            lines.append(cur)
            cur, avail = [wd], width
        else:
            cur.append(wd)
    if cur:
        lines.append(cur)
    return lines


class Pages:
    def __init__(self):
        self.pages = []
        self.new()

    def new(self):
        self.ops = []
        self.pages.append(self.ops)
        self.y = TOP if len(self.pages) == 1 else PH - 92

    def need(self, h):
        if self.y - h < BOT:
            self.new()

    def para(self, text, f="R", size=11, lead=14.2, indent=0.0, hang=0.0, justify=True, after=4):
        width = PW - LM - RM - hang
        lines = wrap(text, f, size, width, indent)
        for i, ln in enumerate(lines):
            self.need(lead)
            x = LM + hang + (indent if i == 0 else 0)
            s = " ".join(ln)
            gap = 0.0
            if justify and i < len(lines) - 1 and len(ln) > 1:
                gap = (width - (indent if i == 0 else 0) - w(s, f, size)) / (len(ln) - 1)
            self.ops += glyphs(x, self.y, s, f, size, gap)
            self.y -= lead
        self.y -= after

    def item(self, n, text):
        self.need(14.2)
        self.ops += glyphs(LM + 8, self.y, "%d." % n, "R", 11)
        self.para(text, hang=26)

    def centre(self, text, f="B", size=12, before=6, after=8):
        self.y -= before
        self.need(size + after)
        self.ops += glyphs((PW - w(text, f, size)) / 2, self.y, text, f, size)
        self.y -= size + after


def form(pdf, ops, bbox):
    xo = pikepdf.Stream(pdf, "\n".join(ops).encode("latin-1"))
    xo["/Type"] = Name.XObject
    xo["/Subtype"] = Name.Form
    xo["/BBox"] = Array(bbox)
    return xo


def main(out):
    P = Pages()
    # subject box is drawn by the page itself, under the number box XObject
    P.y = 662
    P.ops += glyphs(LM, P.y, "OGGETTO:", "B", 11)
    for i, ln in enumerate(wrap(A["subject"], "B", 11, PW - LM - RM - 70)):
        s = " ".join(ln)
        P.ops += glyphs(LM + 70, P.y, s, "B", 11)
        P.y -= 14
    P.y -= 2
    P.ops += ["0.6 w %.2f %.2f m %.2f %.2f l S" % (LM, P.y, PW - RM, P.y)]
    P.y -= 16
    P.para(A["proposal"], "I", 9.5, lead=12, justify=False, after=8)
    P.para(A["opening"])
    roll = "Sono presenti i signori: " + "; ".join("%s – %s" % pr for pr in A["present"]) + \
           ". Risultano assenti: " + "; ".join("%s – %s" % ab for ab in A["absent"]) + "."
    P.para(roll)
    P.para(A["chair"])
    P.centre(A["body_title"])
    for p in A["premises"]:
        P.para(p)
    P.para(A["vote"])
    P.centre("D E L I B E R A")
    for i, p in enumerate(A["points"]):
        P.item(i + 1, p)
    P.para(A["ie"])
    P.y -= 10
    P.need(80)
    P.para("Letto, approvato e sottoscritto.", "I", justify=False, after=12)
    cols = [LM + 70, PW / 2 + 10, PW - RM - 80]
    for (role, name), cx in zip(A["signs"], cols):
        P.ops += glyphs(cx - w(role, "B", 10) / 2, P.y, role, "B", 10)
        nm = "F.to " + name
        P.ops += glyphs(cx - w(nm, "R", 10) / 2, P.y - 14, nm, "R", 10)
    P.y -= 40
    P.need(90)
    P.centre("ATTESTAZIONE DI ESECUTIVITÀ", "B", 10.5, before=14, after=6)
    P.para("Il sottoscritto Vice Segretario Comunale, visti gli atti d'ufficio, attesta che la "
           "presente deliberazione è divenuta esecutiva il 26/10/2028, perché dichiarata "
           "immediatamente esecutiva ai sensi dell'art. 12, comma 2, della L.R. 44/1991.", size=10, lead=13)
    P.para("Trabia, 27/10/2028 – Il Vice Segretario Comunale, F.to dott. Antonio Lo Verde", "I", 10,
           lead=13, justify=False)

    pdf = pikepdf.new()
    fonts = Dictionary()
    for k, base in FONTS.items():
        fonts[RES[k]] = Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + base),
                                   Encoding=Name.WinAnsiEncoding)
    n = len(P.pages)
    # letterhead (first page) as a Form XObject
    lh = ["0.55 0.1 0.1 RG 1.4 w",
          "%.2f 760 m %.2f 806 l %.2f 806 l %.2f 760 l %.2f 742 %.2f 736 %.2f 730 c %.2f 736 %.2f 742 %.2f 760 c S"
          % (LM, LM, LM + 36, LM + 36, LM + 36, LM + 24, LM + 18, LM + 12, LM, LM),
          "0.55 0.1 0.1 rg %.2f 758 12 26 re f %.2f 784 20 5 re f" % (LM + 12, LM + 8), "0 0 0 rg 0 0 0 RG"]
    lh += glyphs((PW - w(acts.TRABIA_HEAD[0], "B", 20)) / 2, 792, acts.TRABIA_HEAD[0], "B", 20)
    lh += glyphs((PW - w(acts.TRABIA_HEAD[1], "I", 12.5)) / 2, 776, acts.TRABIA_HEAD[1], "I", 12.5)
    lh += glyphs((PW - w(acts.TRABIA_HEAD[2], "R", 8)) / 2, 764, acts.TRABIA_HEAD[2], "R", 8)
    lh += ["1.2 w %.2f 752 m %.2f 752 l S" % (LM, PW - RM)]
    lh += ["0.8 w %.2f 790 62 16 re S" % (PW - RM - 62)] + glyphs(PW - RM - 56, 794.5, "ORIGINALE", "H", 9)
    # number box
    nb = ["0.8 w %.2f 712 %.2f 26 re S %.2f 712 m %.2f 738 l S" % (LM, PW - LM - RM, PW - RM - 150, PW - RM - 150)]
    t = "DELIBERAZIONE DELLA " + A["organ"]
    nb += glyphs(LM + (PW - LM - RM - 150 - w(t, "B", 11.5)) / 2, 721, t, "B", 11.5)
    t = "N. %d del %s" % (A["number"], A["date"])
    nb += glyphs(PW - RM - 75 - w(t, "B", 11.5) / 2, 721, t, "B", 11.5)
    # running head (pages 2 on)
    rh = glyphs(LM, PH - 52, "Comune di Trabia – Deliberazione della Giunta Municipale n. %d del %s"
                % (A["number"], A["date"]), "I", 9) + ["0.5 w %.2f %.2f m %.2f %.2f l S" % (LM, PH - 58, PW - RM, PH - 58)]
    xobjs = {"/Lh": form(pdf, lh, [0, 700, PW, PH]), "/Nb": form(pdf, nb, [0, 700, PW, 750]),
             "/Rh": form(pdf, rh, [0, PH - 70, PW, PH])}
    for xo in xobjs.values():
        xo["/Resources"] = Dictionary(Font=fonts)
    for i, ops in enumerate(P.pages):
        foot = ["0.5 w %.2f 56 m %.2f 56 l S" % (LM, PW - RM)]
        foot += glyphs(LM, 44, "Deliberazione %s n. %d del %s" % (A["abbr"], A["number"], A["date"]), "R", 8.5)
        t = "pag. %d di %d" % (i + 1, n)
        foot += glyphs(PW - RM - w(t, "R", 8.5), 44, t, "R", 8.5)
        content = foot + ops
        if i == 0:
            # the Albo's stamp up the left margin, then letterhead and number box
            st = A["stamp"]
            sw = w(st, "H", 7.5)
            content += ["0.1 0.2 0.6 RG 0.1 0.2 0.6 rg 0.7 w 30 %.2f 14 %.2f re S" % (120, sw + 12)]
            content += ["BT /F4 7.5 Tf 0 1 -1 0 41.5 126 Tm %s Tj ET" % pstr(st), "0 0 0 rg 0 0 0 RG"]
            content += ["q /Lh Do Q", "q /Nb Do Q"]
        else:
            content += ["q /Rh Do Q"]
        page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, PW, PH]),
                                       Resources=Dictionary(Font=fonts, XObject=Dictionary(xobjs)),
                                       Contents=pikepdf.Stream(pdf, "\n".join(content).encode("latin-1"))))
        pdf.pages.append(page)
    pdf.docinfo["/Title"] = "Deliberazione G.M. n. %d del %s" % (A["number"], A["date"])
    pdf.docinfo["/Producer"] = "Progesi Albo Pretorio - PDF renderer 3.1"
    pdf.docinfo["/Creator"] = "Progesi Atti"
    pdf.save(os.path.join(out, A["file"]), compress_streams=True)


main(sys.argv[1])
