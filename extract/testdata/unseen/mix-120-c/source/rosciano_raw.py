# -*- coding: utf-8 -*-
"""Rosciano's Giunta minute n. 79 in the same Halley-like layout, written as a
report engine writes it: hand-made content streams (pikepdf) in which every
glyph is placed alone with its own text matrix and no space character is
ever drawn; lines are justified by widening the gaps.  The letterhead is a
Form XObject painted at the end of the first page's stream.

Usage: python3 rosciano_raw.py OUT.pdf
"""
import os
import sys

import pikepdf
from pikepdf import Array, Dictionary, Name
from reportlab.pdfbase.pdfmetrics import stringWidth

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import ACTS, ROSCIANO  # noqa: E402

a = ACTS["R2"]
MM = 72 / 25.4
PW, PH = 595.28, 841.89
LM, RM = 22 * MM, 20 * MM
TW = PW - LM - RM
FONTS = {"F1": "Times-Roman", "F2": "Times-Bold", "F3": "Helvetica", "F4": "Helvetica-Bold",
         "F5": "Helvetica-Oblique"}
RES = {v: k for k, v in FONTS.items()}


def enc(ch):
    b = ch.encode("cp1252")
    return "".join("\\%03o" % x if x > 126 or ch in "()\\" else chr(x) for x in b)


def glyphs(ops, text, font, size, x, y, gap_extra=0.0):
    """Place every glyph of text alone; spaces are skipped and widened."""
    ops.append("BT /%s %.1f Tf" % (RES[font], size))
    cx = x
    for ch in text:
        w = stringWidth(ch, font, size)
        if ch == " ":
            cx += w + gap_extra
            continue
        ops.append("1 0 0 1 %.2f %.2f Tm (%s) Tj" % (cx, y, enc(ch)))
        cx += w
    ops.append("ET")


def wrap(text, font, size, width):
    lines, cur = [], []
    for w in text.split():
        t = " ".join(cur + [w])
        if stringWidth(t, font, size) <= width or not cur:
            cur.append(w)
        else:
            lines.append(" ".join(cur))
            cur = [w]
    if cur:
        lines.append(" ".join(cur))
    return lines


class Pages:
    def __init__(self):
        self.pages = []
        self.new()

    def new(self):
        self.ops = []
        self.pages.append(self.ops)
        self.y = PH - (44 * MM if len(self.pages) == 1 else 24 * MM)

    def need(self, h):
        if self.y - h < 24 * MM:
            self.new()

    def para(self, text, font="Times-Roman", size=10.5, lead=13.6, indent=0, first=None,
             justify=True, after=3):
        lines = wrap(text, font, size, TW - indent)
        for i, ln in enumerate(lines):
            self.need(lead)
            self.y -= lead
            extra = 0.0
            gaps = ln.count(" ")
            if justify and i < len(lines) - 1 and gaps:
                extra = (TW - indent - stringWidth(ln, font, size)) / gaps
            if i == 0 and first:
                glyphs(self.ops, first, font, size, LM, self.y)
            glyphs(self.ops, ln, font, size, LM + indent, self.y, extra)
        self.y -= after

    def center(self, text, font="Times-Bold", size=11, before=6, after=6):
        self.need(size + before + after)
        self.y -= before + size
        w = stringWidth(text, font, size)
        glyphs(self.ops, text, font, size, LM + (TW - w) / 2, self.y)
        self.y -= after

    def rule(self, x1, y1, x2, y2, w=0.5):
        self.ops.append("%.2f w %.2f %.2f m %.2f %.2f l S" % (w, x1, y1, x2, y2))

    def box(self, x, y, w, h, lw=0.6):
        self.ops.append("%.2f w %.2f %.2f %.2f %.2f re S" % (lw, x, y, w, h))


def letterhead_ops():
    ops = ["q 0.549 0.114 0.094 rg 0.29 0.059 0.047 RG",
           "%.2f %.2f m %.2f %.2f l %.2f %.2f l %.2f %.2f %.2f %.2f %.2f %.2f c "
           "%.2f %.2f %.2f %.2f %.2f %.2f c h B" % (
               LM, PH - 33 * MM + 40, LM + 32, PH - 33 * MM + 40, LM + 32, PH - 33 * MM + 16,
               LM + 32, PH - 33 * MM + 6, LM + 22, PH - 33 * MM + 1, LM + 16, PH - 33 * MM - 2,
               LM + 10, PH - 33 * MM + 1, LM, PH - 33 * MM + 6, LM, PH - 33 * MM + 16),
           "0.902 0.761 0.161 rg %.2f %.2f 26 3 re f" % (LM + 3, PH - 33 * MM + 34),
           "%.2f %.2f 7 7 re f Q" % (LM + 12.5, PH - 33 * MM + 18.5)]
    for text, font, size, yy in ((ROSCIANO["name"], "Helvetica-Bold", 15, PH - 20 * MM),
                                 (ROSCIANO["sub"].upper(), "Helvetica", 9, PH - 25 * MM),
                                 (ROSCIANO["addr"], "Helvetica", 7, PH - 29 * MM)):
        w = stringWidth(text, font, size)
        glyphs(ops, text, font, size, (PW - w) / 2, yy)
    ops.append("0.8 w %.2f %.2f m %.2f %.2f l S" % (LM, PH - 33 * MM, PW - RM, PH - 33 * MM))
    ops.append("0.6 w %.2f %.2f %.2f %.2f re S" % (PW - RM - 26 * MM, PH - 26 * MM, 26 * MM, 8 * MM))
    w = stringWidth("COPIA", "Helvetica-Bold", 10)
    glyphs(ops, "COPIA", "Helvetica-Bold", 10, PW - RM - 13 * MM - w / 2, PH - 23.3 * MM)
    return "\n".join(ops)


def build(out):
    P = Pages()
    # title and number box
    P.center(a["kind_title"], "Helvetica-Bold", 11.5, before=0, after=8)
    top = P.y
    P.box(LM, top - 7 * MM, 82 * MM, 7 * MM)
    P.rule(LM + 18 * MM, top, LM + 18 * MM, top - 7 * MM, 0.3)
    P.rule(LM + 40 * MM, top, LM + 40 * MM, top - 7 * MM, 0.3)
    P.rule(LM + 52 * MM, top, LM + 52 * MM, top - 7 * MM, 0.3)
    by = top - 4.6 * MM
    glyphs(P.ops, "Numero", "Helvetica", 8, LM + 2, by)
    glyphs(P.ops, str(a["number"]), "Helvetica-Bold", 9, LM + 18 * MM + 3, by)
    glyphs(P.ops, "Del", "Helvetica", 8, LM + 40 * MM + 3, by)
    glyphs(P.ops, a["date"], "Helvetica-Bold", 9, LM + 52 * MM + 3, by)
    prop = "Proposta n. %d del %s" % a["proposal"][:2]
    glyphs(P.ops, prop, "Helvetica", 8, PW - RM - stringWidth(prop, "Helvetica", 8), by)
    P.y = top - 7 * MM - 3 * MM
    sl = wrap(a["subject"], "Helvetica-Bold", 9.5, 146 * MM)
    h = len(sl) * 12 + 6
    P.box(LM, P.y - h, TW, h)
    glyphs(P.ops, "Oggetto:", "Helvetica", 8, LM + 3, P.y - 10)
    yy = P.y - 10
    for ln in sl:
        glyphs(P.ops, ln, "Helvetica-Bold", 9.5, LM + 20 * MM, yy)
        yy -= 12
    P.y -= h + 9
    glyphs(P.ops, "Ufficio proponente: " + a["proposal"][2], "Helvetica", 8, LM, P.y)
    P.y -= 8 * MM
    P.y += 13.6
    for t in a["opening"]:
        P.para(t)
    # roll: X in Presente / Assente
    P.y -= 4
    cols = [LM + 24 * MM, LM + 86 * MM, LM + 124 * MM, LM + 146 * MM]
    P.y -= 11
    for x, t in zip(cols, ("Cognome e Nome", "Carica", "Presente", "Assente")):
        glyphs(P.ops, t, "Helvetica-Bold", 8.5, x, P.y)
    P.rule(cols[0], P.y - 3, LM + 164 * MM, P.y - 3, 0.6)
    for n, r, p in a["roll"]:
        P.y -= 12.5
        glyphs(P.ops, n, "Helvetica", 9, cols[0], P.y)
        glyphs(P.ops, r, "Helvetica", 9, cols[1], P.y)
        glyphs(P.ops, "X", "Helvetica", 9, (cols[2] + 6 * MM) if p else (cols[3] + 5 * MM), P.y)
    P.rule(cols[0], P.y - 4, LM + 164 * MM, P.y - 4, 0.6)
    P.y -= 12
    for t in a["after_roll"]:
        P.para(t)
    P.center(a["organ_line"])
    for t in a["premesse"]:
        P.para(t)
    P.para(a["vote_pre"])
    P.center("DELIBERA")
    for i, t in enumerate(a["points"], 1):
        P.para(t, indent=8 * MM, first="%d." % i)
    for t in a["post"]:
        P.para(t)
    P.y -= 4
    P.para("Letto, approvato e sottoscritto.", justify=False)
    P.need(40)
    P.y -= 10
    (r1, n1), (r2, n2) = a["signs"]
    for (rr, nn), cx in (((r1, n1), LM + 42 * MM), ((r2, n2), LM + 126 * MM)):
        w = stringWidth(rr, "Helvetica-Bold", 9)
        glyphs(P.ops, rr, "Helvetica-Bold", 9, cx - w / 2, P.y)
        w = stringWidth(nn, "Helvetica", 9.5)
        glyphs(P.ops, nn, "Helvetica", 9.5, cx - w / 2, P.y - 14)
    P.y -= 30
    P.need(80)
    P.center("CERTIFICATO DI PUBBLICAZIONE", before=10)
    P.para("Della suestesa deliberazione viene iniziata oggi la pubblicazione all'Albo Pretorio "
           "on line per quindici giorni consecutivi a decorrere dal 19-08-2027 (n. 951 del "
           "Registro delle pubblicazioni).")
    P.para("Rosciano, lì 19-08-2027", justify=False)
    for t in ("IL RESPONSABILE DELLA PUBBLICAZIONE", "f.to Gabriella Di Marzio"):
        P.y -= 11
        w = stringWidth(t, "Helvetica", 9)
        glyphs(P.ops, t, "Helvetica", 9, LM + 126 * MM - w / 2, P.y)

    pdf = pikepdf.new()
    fonts = Dictionary()
    for k, v in FONTS.items():
        fonts[Name("/" + k)] = pdf.make_indirect(Dictionary(
            Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + v),
            Encoding=Name.WinAnsiEncoding))
    res = Dictionary(Font=fonts)
    lh = pikepdf.Stream(pdf, letterhead_ops().encode("latin-1"))
    lh.Type = Name.XObject
    lh.Subtype = Name.Form
    lh.BBox = Array([0, 0, PW, PH])
    lh.Resources = res
    lh = pdf.make_indirect(lh)
    n = len(P.pages)
    for i, ops in enumerate(P.pages, 1):
        extra = []
        if i > 1:
            t = "Deliberazione di Giunta Comunale n. %d del %s" % (a["number"], a["date"])
            glyphs(extra, "Comune di Rosciano", "Helvetica-Oblique", 7.5, LM, PH - 14 * MM)
            glyphs(extra, t, "Helvetica-Oblique", 7.5,
                   PW - RM - stringWidth(t, "Helvetica-Oblique", 7.5), PH - 14 * MM)
            extra.append("0.4 w %.2f %.2f m %.2f %.2f l S" % (LM, PH - 15.5 * MM, PW - RM, PH - 15.5 * MM))
        t = "Pag. %d" % i
        glyphs(extra, t, "Helvetica", 7.5, (PW - stringWidth(t, "Helvetica", 7.5)) / 2, 12 * MM)
        if i == 1:
            extra.append("q /Lh Do Q")  # letterhead painted last
        content = "\n".join(ops + extra).encode("latin-1")
        page = pikepdf.Page(Dictionary(
            Type=Name.Page, MediaBox=Array([0, 0, PW, PH]),
            Resources=Dictionary(Font=fonts, XObject=Dictionary(Lh=lh)),
            Contents=pdf.make_stream(content)))
        pdf.pages.append(page)
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta["dc:title"] = "Deliberazione n. %d del %s" % (a["number"], a["date"])
    pdf.docinfo["/Title"] = "Deliberazione n. %d del %s" % (a["number"], a["date"])
    pdf.docinfo["/Creator"] = "Halley - Atti Amministrativi (motore di stampa)"
    pdf.save(out, compress_streams=True)


if __name__ == "__main__":
    build(sys.argv[1])
