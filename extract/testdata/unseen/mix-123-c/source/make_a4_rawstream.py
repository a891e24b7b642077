# -*- coding: utf-8 -*-
"""A4: Castrezzato minute n. 141, its content streams written by hand and
assembled with pikepdf, as a report engine that places every glyph alone
would write them.

- every glyph is placed with its own Tm, no space characters are written;
- the letterhead (crest, name, address) is a Form XObject drawn at the end of
  page 1's stream, after the body; the running foot's fixed part is another
  Form XObject, reused on every page and drawn first;
- the lower band of each page (from "LA GIUNTA COMUNALE" on) is drawn before
  the upper band;
- the Albo's publication stamp runs up the left margin, rotated 90 degrees.
"""
import sys

import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

from castrezzato_layout import layout, W, H
from content import A4
from crest import crest_ops

FONTS = {"Helvetica": "/F1", "Helvetica-Bold": "/F2", "Helvetica-Oblique": "/F3"}


def pdfstr(s):
    b = s.encode("cp1252")
    out = []
    for ch in b:
        if ch in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(ch))
        elif 32 <= ch < 127:
            out.append(chr(ch))
        else:
            out.append("\\%03o" % ch)
    return "(" + "".join(out) + ")"


def glyph_ops(op, state):
    """One text line as one glyph per Tm/Tj, honouring word and char spacing."""
    _, x, y, font, size, s, ws, cs = op
    out = []
    if state.get("font") != (font, size):
        out.append("%s %.1f Tf" % (FONTS[font], size))
        state["font"] = (font, size)
    pos = x
    for ch in s:
        if ch != " ":
            out.append("1 0 0 1 %.2f %.2f Tm %s Tj" % (pos, y, pdfstr(ch)))
        pos += stringWidth(ch, font, size) + cs + (ws if ch == " " else 0.0)
    return out


def draw_ops(ops, state, glyphs=True):
    out = []
    intext = False
    for op in ops:
        if op[0] == "t":
            if not intext:
                out.append("BT")
                intext = True
                state.pop("font", None)
            out.extend(glyph_ops(op, state))
            continue
        if intext:
            out.append("ET")
            intext = False
        if op[0] == "l":
            _, x1, y1, x2, y2, lw = op
            out.append("%.2f w %.2f %.2f m %.2f %.2f l S" % (lw, x1, y1, x2, y2))
        elif op[0] == "r":
            _, x, y, w, h, g = op
            out.append("%.3f g %.2f %.2f %.2f %.2f re f 0 g" % (g, x, y, w, h))
        elif op[0] == "crest":
            out.append(crest_ops(op[1], op[2]))
    if intext:
        out.append("ET")
    return out


def main(out_path):
    pages = layout(A4, letter_spacing=1.4)
    pdf = pikepdf.new()
    fonts = Dictionary()
    for base, key in FONTS.items():
        fonts[key] = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                                  BaseFont=Name("/" + base),
                                                  Encoding=Name.WinAnsiEncoding))

    def form(ops_text, bbox):
        f = pikepdf.Stream(pdf, ops_text.encode("latin-1"))
        f.Type = Name.XObject
        f.Subtype = Name.Form
        f.BBox = Array(bbox)
        f.Resources = Dictionary(Font=fonts)
        return pdf.make_indirect(f)

    head = form("\n".join(draw_ops(pages[0]["head"], {})), [0, 700, W, H])
    fixed_foot = [op for op in pages[0]["foot"] if not (op[0] == "t" and "Pag." in op[5])]
    foot = form("\n".join(draw_ops(fixed_foot, {})), [0, 0, W, 60])

    for k, p in enumerate(pages):
        st = {}
        body = p["body"]
        # split the body in two bands at "LA GIUNTA COMUNALE" (or halfway)
        cut = None
        for i, op in enumerate(body):
            if op[0] == "t" and op[5] == "LA GIUNTA COMUNALE":
                cut = i
        if cut is None:
            cut = len(body) // 2
        lines = ["/Ft Do"]
        lines += draw_ops([op for op in p["foot"] if op[0] == "t" and "Pag." in op[5]], st)
        lines += draw_ops(body[cut:], st)
        lines += draw_ops(body[:cut], st)
        xobj = Dictionary(Ft=foot)
        if k == 0:
            lines.append("/Lh Do")
            xobj.Lh = head
            # the Albo's stamp, up the left margin
            lines.append("q 0 1 -1 0 30 300 cm 0.15 0.25 0.6 RG 0.15 0.25 0.6 rg 0.8 w "
                         "-4 -10 258 30 re S BT /F2 8 Tf 1 0 0 1 0 10 Tm "
                         + pdfstr("ALBO PRETORIO ON LINE - COMUNE DI CASTREZZATO")
                         + " Tj /F1 7.5 Tf 1 0 0 1 0 0 Tm "
                         + pdfstr("Pubblicata il %s - Reg. Pubbl. n. %s" % A4["pub"])
                         + " Tj ET Q")
        page = pdf.add_blank_page(page_size=(W, H))
        page.Resources = Dictionary(Font=fonts, XObject=xobj)
        page.Contents = pdf.make_stream("\n".join(lines).encode("latin-1"))
    pdf.docinfo["/Title"] = "Deliberazione G.C. n. 141 del 25/11/2027"
    pdf.docinfo["/Producer"] = "Civilia Next report engine (pikepdf %s)" % pikepdf.__version__
    pdf.save(out_path, compress_streams=True)


if __name__ == "__main__":
    main(sys.argv[1])
