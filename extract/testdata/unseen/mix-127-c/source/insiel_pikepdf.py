# -*- coding: utf-8 -*-
"""San Canzian d'Isonzo's Insiel 80-column report written as hand-made content
streams (pikepdf): Courier, the running head a Form XObject reused on every page,
the letterhead and the roll in Form XObjects drawn after the text below them, the
body drawn block by block out of reading order, the letterhead's glyphs placed one
at a time, and the Albo's stamp rotated up the right margin.

usage: python3 insiel_pikepdf.py FILE.pdf OUT.pdf
"""
import sys

import pikepdf
from pikepdf import Array, Dictionary, Name, Stream

import data
import insiel_text as it

W, H = 595.28, 841.89
LM, TOP, LEAD, FS = 60.0, 782.0, 11.6, 9.6
CW = FS * 0.6
PER_PAGE = 62


def esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("cp1252")


def line_ops(x, y, s, font="/F1", size=FS):
    return b"BT " + font.encode() + b" %.1f Tf 1 0 0 1 %.2f %.2f Tm (" % (size, x, y) + esc(s) + b") Tj ET\n"


def glyph_ops(x, y, s, font="/F1", size=FS):
    out = [b"BT " + font.encode() + b" %.1f Tf 1 0 0 1 %.2f %.2f Tm\n" % (size, x, y)]
    last = 0
    for i, ch in enumerate(s):
        if ch == " ":
            continue
        out.append(b"%.2f 0 Td (" % ((i - last) * size * 0.6) + esc(ch) + b") Tj\n")
        last = i
    out.append(b"ET\n")
    return b"".join(out)


def build(a, out):
    pdf = pikepdf.new()
    f1 = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Courier, Encoding=Name.WinAnsiEncoding))
    f2 = pdf.make_indirect(Dictionary(Type=Name("/Font"), Subtype=Name.Type1, BaseFont=Name("/Courier-Bold"), Encoding=Name.WinAnsiEncoding))
    fonts = Dictionary(F1=f1, F2=f2)

    def xobj(content, bbox):
        return pdf.make_indirect(Stream(pdf, content, Type=Name.XObject, Subtype=Name.Form,
                                        BBox=Array(bbox), Resources=Dictionary(Font=fonts)))

    L = it.lines(a)
    # running head (reused on every page)
    rh = xobj(line_ops(LM, 808, it.head_line(a), "/F1", 8) +
              b"0.4 w %.2f 803 m %.2f 803 l S\n" % (LM, LM + 80 * CW), [0, 795, W, 820])
    # letterhead: first four lines, glyph by glyph
    lh_ops = b""
    for i in range(4):
        y = TOP - i * LEAD
        lh_ops += glyph_ops(LM, y, L[i], "/F2" if i == 0 else "/F1")
    lh = xobj(lh_ops, [0, TOP - 4 * LEAD, W, TOP + LEAD])
    # roll block
    i0 = next(i for i, s in enumerate(L) if s.rstrip().endswith("Risultano:") or s.rstrip().endswith("risultano:")) + 2
    i1 = next(i for i in range(i0, len(L)) if "Presenti n." in L[i])
    roll_ops = b"".join(line_ops(LM, TOP - k * LEAD, L[k]) for k in range(i0, i1 + 1))
    roll = xobj(roll_ops, [0, TOP - (i1 + 1) * LEAD, W, TOP - (i0 - 1) * LEAD])

    npages = (len(L) + PER_PAGE - 1) // PER_PAGE
    for pno in range(npages):
        lo, hi = pno * PER_PAGE, min(len(L), (pno + 1) * PER_PAGE)
        ops = []
        # the publication stamp first, rotated up the right margin
        stamp = f"PUBBLICATO ALL'ALBO PRETORIO ON LINE DAL {a['pub_from']} AL {a['pub_to']} - N. REG. {a['pub_reg']}"
        ops.append(b"q 0.55 0.1 0.1 rg 0.55 0.1 0.1 RG 0 1 -1 0 %.2f 250 cm BT /F2 7.5 Tf 0 0 Td (" % (W - 28) + esc(stamp) +
                   b") Tj ET 0.8 w -3 -3 %.2f 12 re S Q\n" % (len(stamp) * 7.5 * 0.6 + 6))
        ops.append(b"q 1 0 0 1 0 0 cm /RH Do Q\n")
        ops.append(line_ops(LM + 72 * CW, 808, f"Pag. {pno + 1}/{npages}", "/F1", 8))
        # body lines of this page, grouped into blocks at blank lines, drawn last block first
        blocks, cur = [], []
        for k in range(lo, hi):
            if pno == 0 and (k < 4 or i0 <= k <= i1):
                if cur:
                    blocks.append(cur)
                    cur = []
                continue
            if not L[k].strip():
                if cur:
                    blocks.append(cur)
                    cur = []
                continue
            cur.append(k)
        if cur:
            blocks.append(cur)
        order = blocks[1::2][::-1] + blocks[0::2]
        for blk in order:
            for k in blk:
                y = TOP - (k - lo) * LEAD
                bold = L[k].startswith("OGGETTO:") or L[k].strip().startswith(("VERBALE", "D E L I B E R A"))
                ops.append(line_ops(LM, y, L[k], "/F2" if bold else "/F1"))
        if pno == 0:
            ops.append(b"q 1 0 0 1 0 0 cm /ROLL Do Q\n")
            ops.append(b"q 1 0 0 1 0 0 cm /LH Do Q\n")
        page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                                       Resources=Dictionary(Font=fonts, XObject=Dictionary(RH=rh, LH=lh, ROLL=roll)),
                                       Contents=pdf.make_stream(b"".join(ops))))
        pdf.pages.append(page)
    pdf.docinfo["/Producer"] = "Insiel ADWEB - Stampa atti"
    pdf.docinfo["/Title"] = it.head_line(a)
    pdf.save(out, compress_streams=True)


if __name__ == "__main__":
    a = dict(data.BY_FILE[sys.argv[1]])
    a.update(pub_from="21/03/2028", pub_to="05/04/2028", pub_reg=418)
    build(a, sys.argv[2])
