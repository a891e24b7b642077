# -*- coding: utf-8 -*-
"""A4: Cassano d'Adda, Consiglio n. 5 - content streams written by hand with
pikepdf, as a report engine writes them: the letterhead, the running head,
the foot and the signature block are Form XObjects (head and foot reused on
every page), the body is drawn grouped by font (bold first, then regular,
then italic) rather than in reading order, justified lines are TJ arrays
with offsets after the spaces, and the Albo's publication stamp runs up the
left margin, rotated 90 degrees."""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
import cassano
from flow import PAGE_W, PAGE_H, sw
from data import A4, it_date

FONTS = {"Helvetica": "F1", "Helvetica-Bold": "F2", "Helvetica-Oblique": "F3"}


def pstr(s):
    b = s.encode("cp1252")
    out = bytearray(b"(")
    for c in b:
        if c in b"()\\":
            out += b"\\" + bytes([c])
        elif c > 126:
            out += b"\\%03o" % c
        else:
            out.append(c)
    out += b")"
    return bytes(out)


def num(v):
    s = ("%.3f" % v).rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"


def ops_to_stream(ops, tj=True):
    parts = []
    for op in ops:
        k = op[0]
        if k == "text":
            _, x, y, font, size, s, ws, cs = op
            head = "BT /%s %s Tf %s Tc 1 0 0 1 %s %s Tm " % (FONTS[font], num(size), num(cs), num(x), num(y))
            if ws and tj:
                words = s.split(" ")
                adj = -ws * 1000.0 / size
                arr = bytearray(b"[")
                for i, w in enumerate(words):
                    piece = w + (" " if i < len(words) - 1 else "")
                    arr += pstr(piece)
                    if i < len(words) - 1:
                        arr += (" %s " % num(adj)).encode()
                arr += b"] TJ ET\n"
                parts.append(head.encode() + bytes(arr))
            else:
                parts.append(head.encode() + pstr(s) + b" Tj ET\n")
        elif k == "line":
            _, x1, y1, x2, y2, w = op
            parts.append(("%s w %s %s m %s %s l S\n" % (num(w), num(x1), num(y1), num(x2), num(y2))).encode())
        elif k == "rect":
            _, x, y, w, h, lw, fill = op
            if fill is not None:
                parts.append(("q %s g %s %s %s %s re f Q\n" % (num(fill), num(x), num(y), num(w), num(h))).encode())
            parts.append(("%s w %s %s %s %s re S\n" % (num(lw), num(x), num(y), num(w), num(h))).encode())
        elif k == "shield":
            _, x, y, s = op
            parts.append(("1.1 w %s %s m %s %s l %s %s l %s %s %s %s %s %s c %s %s %s %s %s %s c h S\n" % (
                num(x), num(y + s), num(x + s * .8), num(y + s), num(x + s * .8), num(y + s * .4),
                num(x + s * .8), num(y + s * .15), num(x + s * .4), num(y), num(x + s * .4), num(y),
                num(x), num(y + s * .15), num(x), num(y + s * .4), num(x), num(y + s * .4))).encode())
            parts.append(("%s %s m %s %s l S %s %s m %s %s l S\n" % (
                num(x + s * .4), num(y + 2), num(x + s * .4), num(y + s - 2),
                num(x + 2), num(y + s * .65), num(x + s * .8 - 2), num(y + s * .65))).encode())
    return b"".join(parts)


def main(out):
    f = cassano.build(A4, "absent")
    sig = cassano.signatures(f, A4, "IL PRESIDENTE")
    sig_page = len(f.pages) - 1
    ref = "Deliberazione di Consiglio Comunale n. %d del %s" % (A4["number"], it_date(A4["date"]))
    # furniture is drawn by XObjects below, not by flow's header/footer
    f.header = f.footer = None
    pages = f.finish()
    n = len(pages)

    pdf = pikepdf.new()
    fonts = Dictionary()
    for base, tag in FONTS.items():
        fonts[Name("/" + tag)] = pdf.make_indirect(Dictionary(
            Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + base),
            Encoding=Name.WinAnsiEncoding))
    res_fonts = Dictionary(Font=fonts)

    def form(ops, bbox):
        st = pikepdf.Stream(pdf, ops_to_stream(ops))
        st.Type = Name.XObject
        st.Subtype = Name.Form
        st.BBox = Array(bbox)
        st.Resources = res_fonts
        return pdf.make_indirect(st)

    lh = form(cassano.letterhead(A4), [0, 0, PAGE_W, PAGE_H])
    hd = form([("text", 62, PAGE_H - 40, "Helvetica", 8, "Comune di Cassano d'Adda", 0, 0),
               ("text", PAGE_W - 62 - sw(ref, "Helvetica", 8), PAGE_H - 40, "Helvetica", 8, ref, 0, 0),
               ("line", 62, PAGE_H - 45, PAGE_W - 62, PAGE_H - 45, 0.4)], [0, PAGE_H - 60, PAGE_W, PAGE_H])
    ft = form([("line", 62, 52, PAGE_W - 62, 52, 0.4),
               ("text", 62, 40, "Helvetica", 7.5, "DM Atti - Delibere  |  " + ref, 0, 0)], [0, 0, PAGE_W, 60])
    sg = form(sig, [0, 0, PAGE_W, PAGE_H])
    d, reg = A4["pub"]
    stamp_txt = ("PUBBLICATA ALL'ALBO PRETORIO ON LINE DAL %s AL 06/03/2027 - REG. PUBBL. N. %d"
                 % (it_date(d), reg))
    stamp_w = sw(stamp_txt, "Helvetica-Bold", 7)
    stamp = form([("rect", -4, -4, stamp_w + 8, 15, 0.7, None),
                  ("text", 0, 0, "Helvetica-Bold", 7, stamp_txt, 0, 0)], [-6, -6, stamp_w + 6, 13])

    for i, ops in enumerate(pages):
        body = [o for o in ops if o[0] != "mark"]
        # the report engine flushes its text by font: bold, regular, italic
        order = {"Helvetica-Bold": 0, "Helvetica": 1, "Helvetica-Oblique": 2}
        texts = sorted([o for o in body if o[0] == "text"], key=lambda o: order[o[3]])
        graphics = [o for o in body if o[0] != "text"]
        xobjs = Dictionary()
        parts = []
        if i == sig_page:
            xobjs[Name.Sg] = sg
            parts.append(b"q /Sg Do Q\n")
        right = "Pagina %d di %d" % (i + 1, n)
        parts.append(ops_to_stream([("text", PAGE_W - 62 - sw(right, "Helvetica", 7.5), 40,
                                     "Helvetica", 7.5, right, 0, 0)]))
        parts.append(ops_to_stream(texts))
        parts.append(ops_to_stream(graphics))
        xobjs[Name.Ft] = ft
        parts.append(b"q /Ft Do Q\n")
        if i == 0:
            xobjs[Name.Lh] = lh
            xobjs[Name.St] = stamp
            parts.append(b"q /Lh Do Q\n")
            # the stamp up the left margin, from the bottom
            parts.append(b"q 0 1 -1 0 36 180 cm /St Do Q\n")
        else:
            xobjs[Name.Hd] = hd
            parts.append(b"q /Hd Do Q\n")
        page = pdf.add_blank_page(page_size=(PAGE_W, PAGE_H))
        page.Resources = Dictionary(Font=fonts, XObject=xobjs)
        page.Contents = pdf.make_stream(b"".join(parts))
    pdf.docinfo[Name.Producer] = "DM Atti PDF Engine 3.1"
    pdf.docinfo[Name.Creator] = "DM Atti - modulo Delibere"
    pdf.docinfo[Name.Title] = "Deliberazione C.C. 5/2027"
    pdf.save(out, compress_streams=True)


main(sys.argv[1])
