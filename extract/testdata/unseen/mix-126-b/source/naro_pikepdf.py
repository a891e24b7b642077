# -*- coding: utf-8 -*-
"""Comune di Naro n. 20: the Halley minute written as raw PDF content
streams with pikepdf. The letterhead, the running foot and the pareri and
signature blocks are Form XObjects; each page draws the foot first, then
the blocks, then the body lines from the bottom of the page up, and the
letterhead last, so the content order is not the reading order. Justified
lines use word spacing (Tw). Base-14 Times fonts, WinAnsiEncoding.

python3 naro_pikepdf.py OUTDIR -> OUTDIR/deliberazione-naro-halley-20.pdf
"""
import os
import sys

import pikepdf
from pikepdf import Dictionary, Name, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

from data import naro
from naro_text import ENTE, SUB, blocks, running

W, H = 595.28, 841.89
LM, RM = 62.0, W - 57.0
TOPY, BOTY = H - 108.0, 70.0
FONTS = {"R": "Times-Roman", "B": "Times-Bold", "I": "Times-Italic"}


def pstr(s):
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def sw(s, f, size):
    return stringWidth(s, FONTS[f], size)


def txt(x, y, s, f="R", size=11, tw=None):
    ops = b"BT /%s %.1f Tf " % (f.encode(), size)
    if tw is not None:
        ops += b"%.3f Tw " % tw
    ops += b"1 0 0 1 %.2f %.2f Tm " % (x, y) + pstr(s) + b" Tj"
    if tw is not None:
        ops += b" 0 Tw"
    return ops + b" ET\n"


def wrap(text, f, size, width):
    lines, cur = [], []
    for w in text.split():
        if cur and sw(" ".join(cur + [w]), f, size) > width:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return [" ".join(x) for x in lines]


class Page:
    def __init__(self, n):
        self.n = n
        self.body = []      # (y, ops) in reading order
        self.xobjs = []     # names of blocks drawn on this page
        self.graphics = b""


def build(a, out):
    pdf = pikepdf.new()
    fonts = Dictionary({"/" + k: pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                                         BaseFont=Name("/" + v),
                                                         Encoding=Name.WinAnsiEncoding))
                        for k, v in FONTS.items()})
    res_fonts = Dictionary(Font=fonts)

    def form(ops, bbox):
        st = pikepdf.Stream(pdf, ops)
        st.Type = Name.XObject
        st.Subtype = Name.Form
        st.BBox = Array(bbox)
        st.Resources = res_fonts
        return pdf.make_indirect(st)

    # letterhead (reused by every page)
    lh = b""
    lh += txt(W / 2 - sw(ENTE, "B", 18) / 2, H - 62, ENTE, "B", 18)
    lh += txt(W / 2 - sw(SUB, "I", 11) / 2, H - 79, SUB, "I", 11)
    lh += b"0.8 w %.2f %.2f m %.2f %.2f l S\n" % (LM, H - 88, RM, H - 88)
    LH = form(lh, [0, 0, W, H])
    FT = form(txt(LM, 34, running(a), "R", 8), [0, 0, W, 60])

    pages = [Page(1)]
    y = [TOPY]

    def need(h):
        if y[0] - h < BOTY:
            pages.append(Page(len(pages) + 1))
            y[0] = TOPY

    def emit(ops):
        pages[-1].body.append((y[0], ops))

    def par(text, f="R", size=11, lead=14.0, x=LM, width=None, justify=True, center=False,
            after=4.0, prefix=None):
        width = width or (RM - x)
        L = wrap(text, f, size, width)
        for i, s in enumerate(L):
            need(lead)
            y[0] -= lead
            if prefix and i == 0:
                emit(txt(x - 16, y[0], prefix, f, size))
            if center:
                emit(txt(x + (width - sw(s, f, size)) / 2, y[0], s, f, size))
            elif justify and i < len(L) - 1 and " " in s:
                tw = (width - sw(s, f, size)) / s.count(" ")
                emit(txt(x, y[0], s, f, size, tw))
            else:
                emit(txt(x, y[0], s, f, size))
        y[0] -= after

    blocks_ = blocks(a)
    tail = [b for b in blocks_ if b[0] in ("parere", "sign")]
    for b in blocks_:
        k = b[0]
        if k == "title":
            par(b[1], "B", 12.5, 20, center=True, after=6)
        elif k == "numline":
            need(24)
            y[0] -= 20
            wbox = 200
            pages[-1].graphics += b"0.8 w %.2f %.2f %.2f %.2f re S\n" % (W / 2 - wbox / 2, y[0] - 5, wbox, 19)
            emit(txt(W / 2 - sw(b[1], "B", 12) / 2, y[0], b[1], "B", 12))
            y[0] -= 12
        elif k == "subject":
            need(30)
            emit(txt(LM, y[0] - 14, "OGGETTO:", "B", 11))
            par(b[1], "B", x=LM + 64, after=6)
        elif k == "propbox":
            top = y[0]
            for line in b[1]:
                y[0] -= 12
                emit(txt(LM + 4, y[0], line, "R", 9.5))
            y[0] -= 4
            pages[-1].graphics += b"0.5 w %.2f %.2f %.2f %.2f re S\n" % (LM, y[0], RM - LM, top - y[0])
            y[0] -= 8
        elif k == "p":
            if b[1].startswith("Letto,"):
                continue  # goes with the signature block
            par(b[1])
        elif k == "h":
            need(40)
            par(b[1], "B", 11.5, 20, center=True, after=4)
        elif k == "h2":
            need(200)
            par(b[1], "B", 10, 18, center=True, after=2)
        elif k == "roll":
            cols = [LM + 6, LM + 30, LM + 200, LM + 320, LM + 395, LM + 470]
            rows = [("N.", "Cognome e Nome", "Carica", "Presente", "Assente")] + \
                   [(str(n), nm, rl, "SI" if p else "", "" if p else "SI") for n, nm, rl, p in b[1]]
            need(16 * len(rows) + 10)
            top = y[0] - 4
            g = b"0.4 w "
            for r, row in enumerate(rows):
                y[0] = top - 16 * (r + 1)
                f = "B" if r == 0 else "R"
                for j, v in enumerate(row):
                    if not v:
                        continue
                    x = (cols[j] + cols[j + 1]) / 2 - sw(v, f, 10.5) / 2 if j >= 3 else cols[j] + 4
                    emit(txt(x, y[0] + 4.5, v, f, 10.5))
            for x in cols:
                g += b"%.2f %.2f m %.2f %.2f l " % (x, top, x, top - 16 * len(rows))
            for r in range(len(rows) + 1):
                g += b"%.2f %.2f m %.2f %.2f l " % (cols[0], top - 16 * r, cols[-1], top - 16 * r)
            pages[-1].graphics += g + b"S\n"
            y[0] -= 10
        elif k == "ol":
            for i, p in enumerate(b[1], 1):
                par(p, x=LM + 18, prefix="%d)" % i)

    # pareri + signatures: one Form XObject placed under the last body line
    blk = b""
    yy = 0.0
    for b in tail:
        if b[0] == "parere":
            _, title, text, date, role, name = b
            yy -= 12
            blk += txt(LM, yy, title, "B", 9.5)
            for s in wrap(text, "R", 9.5, RM - LM):
                yy -= 12
                blk += txt(LM, yy, s, "R", 9.5)
            for s in (date, role, name):
                yy -= 12
                blk += txt(RM - sw(s, "R", 9.5), yy, s, "R", 9.5)
            yy -= 8
        else:
            yy -= 16
            blk += txt(LM, yy, "Letto, approvato e sottoscritto.", "R", 11)
            yy -= 24
            third = (RM - LM) / 3
            for j, (r, n) in enumerate(b[1]):
                x0 = LM + j * third
                blk += txt(x0 + (third - sw(r, "B", 9.5)) / 2, yy, r, "B", 9.5)
                blk += txt(x0 + (third - sw(n, "R", 9.5)) / 2, yy - 30, n, "R", 9.5)
            yy -= 34
    hblk = -yy
    need(hblk + 6)
    shift = y[0] - 4
    PA = form(blk, [0, -hblk - 10, W, 10])
    pages[-1].xobjs.append(("Pa", shift))

    total = len(pages)
    for pg in pages:
        ops = b"q 1 0 0 1 0 0 cm /Ft Do Q\n"
        ops += txt(RM - sw("Pagina %d di %d" % (pg.n, total), "R", 8), 34,
                   "Pagina %d di %d" % (pg.n, total), "R", 8)
        for nm, sh in pg.xobjs:
            ops += b"q 1 0 0 1 0 %.2f cm /%s Do Q\n" % (sh, nm.encode())
        # body lines bottom-up
        for _, o in sorted(pg.body, key=lambda t: t[0]):
            ops += o
        ops += pg.graphics
        ops += b"q /Lh Do Q\n"
        xo = Dictionary(Lh=LH, Ft=FT)
        if pg.xobjs:
            xo.Pa = PA
        page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                                       Resources=Dictionary(Font=fonts, XObject=xo),
                                       Contents=pikepdf.Stream(pdf, ops)))
        pdf.pages.append(page)
    with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
        m["dc:title"] = running(a)
    pdf.docinfo[Name.Title] = running(a)
    pdf.docinfo[Name.Producer] = "Halley PDF Writer 3.1"
    pdf.docinfo[Name.Creator] = "Halley Atti Amministrativi"
    pdf.save(os.path.join(out, a["file"]), compress_streams=True)


if __name__ == "__main__":
    for a in naro:
        if a["number"] == 20:
            build(a, sys.argv[1])
