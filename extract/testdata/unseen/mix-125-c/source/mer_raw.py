# -*- coding: utf-8 -*-
"""M2: Merano minute written as raw content streams with pikepdf, as some
report engines write them: every glyph is placed alone with its own Td (no
space characters; gaps are moves), justified lines spread the gaps, the
letterhead and the running head are Form XObjects drawn after the body, and a
publication stamp is drawn up the left margin, rotated 90 degrees."""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth
from data import MER_ACTS
from mer_model import blocks, running
from rlutil import wrap

FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Times-Roman", "F4": "Times-Bold",
         "F5": "Times-Italic", "F6": "Helvetica-Oblique"}
BYNAME = {v: k for k, v in FONTS.items()}
W, H = 595.28, 841.89
L, R = 64, 531


def enc(ch):
    b = ch.encode("cp1252")
    if b in (b"(", b")", b"\\"):
        return b"\\" + b
    return b


def glyph_ops(x, y, font, size, text, gap_extra=0.0):
    """One BT..ET; each glyph is moved to with Td and shown alone."""
    ops = [b"BT /%s %.2f Tf %.2f %.2f Td" % (BYNAME[font].encode(), size, x, y)]
    cx = 0.0
    last = 0.0
    for ch in text:
        w = stringWidth(ch, font, size)
        if ch == " ":
            cx += w + gap_extra
            continue
        ops.append(b"%.2f 0 Td (%s) Tj" % (cx - last, enc(ch)))
        last = cx
        cx += w
    ops.append(b"ET")
    return b"\n".join(ops)


class Page:
    def __init__(self):
        self.ops = []
        self.late = []  # drawn after the body (out of reading order)

    def text(self, x, y, font, size, s, extra=0.0):
        self.ops.append(glyph_ops(x, y, font, size, s, extra))

    def ctext(self, cx, y, font, size, s):
        self.text(cx - stringWidth(s, font, size) / 2.0, y, font, size, s)

    def line(self, x1, y1, x2, y2, w=0.5):
        self.ops.append(b"%.2f w %.2f %.2f m %.2f %.2f l S" % (w, x1, y1, x2, y2))

    def rect(self, x, y, w, h, lw=0.5):
        self.ops.append(b"%.2f w %.2f %.2f %.2f %.2f re S" % (lw, x, y, w, h))


def form(pdf, ops, bbox, resources):
    return pdf.make_stream(b"\n".join(ops), Type=Name.XObject, Subtype=Name.Form,
                           BBox=Array(bbox), Resources=resources)


def build(a, out):
    pdf = pikepdf.new()
    fonts = Dictionary({"/" + k: Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + v),
                                      Encoding=Name.WinAnsiEncoding) for k, v in FONTS.items()})
    fontres = Dictionary(Font=fonts)
    bl = blocks(a)
    pages = []
    pg = Page()
    pages.append(pg)
    y = [H - 150]

    def need(h):
        nonlocal pg
        if y[0] - h < 70:
            pg = Page()
            pages.append(pg)
            y[0] = H - 70

    def para(s, font="Times-Roman", size=10.5, lead=13.5, indent=0, justify=True):
        width = R - L - indent
        lines = wrap(s, font, size, width)
        for i, ln in enumerate(lines):
            need(lead)
            extra = 0.0
            gaps = ln.count(" ")
            if justify and i < len(lines) - 1 and gaps:
                extra = (width - stringWidth(ln, font, size)) / gaps
            pg.text(L + indent, y[0], font, size, ln, extra)
            y[0] -= lead

    lh = None
    for b in bl:
        k = b[0]
        if k == "letterhead":
            lh = b
        elif k == "title":
            pg.ctext(W / 2, y[0], "Times-Bold", 14, b[1])
            pg.ctext(W / 2, y[0] - 15, "Times-Italic", 11.5, b[2])
            y[0] -= 34
        elif k == "numrow":
            x = L + 40
            widths = [90, 190, 110]
            for (it, de, v), w in zip(b[1], widths):
                pg.rect(x, y[0] - 6, w, 20)
                lab = "%s / %s " % (it, de)
                pg.text(x + 5, y[0], "Helvetica", 8.5, lab)
                pg.text(x + 5 + stringWidth(lab, "Helvetica", 8.5), y[0], "Helvetica-Bold", 10.5, v)
                x += w
            y[0] -= 30
        elif k == "proposal":
            pg.text(L, y[0], "Helvetica", 8, b[1])
            pg.text(R - stringWidth(b[2], "Helvetica", 8), y[0], "Helvetica", 8, b[2])
            y[0] -= 20
        elif k == "subject":
            pg.text(L, y[0], "Helvetica-Bold", 10, b[1])
            for ln in wrap(b[2], "Helvetica-Bold", 10, R - L - 70):
                pg.text(L + 70, y[0], "Helvetica-Bold", 10, ln)
                y[0] -= 12.5
            y[0] -= 3
            pg.text(L, y[0], "Helvetica-Oblique", 9.5, b[3])
            for ln in wrap(b[4], "Helvetica-Oblique", 9.5, R - L - 70):
                pg.text(L + 70, y[0], "Helvetica-Oblique", 9.5, ln)
                y[0] -= 12
            y[0] -= 8
        elif k == "para":
            para(b[1])
            y[0] -= 3
        elif k == "roll2":
            left, right = b[1]
            colx = [L, L + 110, L + 180, L + 233, L + 343, L + 413, R]
            rows = max(len(left), len(right))
            rh = 13
            need(rh * (rows + 2) + 20)
            top = y[0] + 10
            heads = [("Cognome e nome", "Zu- und Vorname"), ("Carica", "Amt"), ("pres.", "anw.")] * 2
            for i, (h1, h2) in enumerate(heads):
                pg.text(colx[i] + 3, y[0], "Helvetica-Bold", 8, h1)
                pg.text(colx[i] + 3, y[0] - 9, "Helvetica-Oblique", 7.5, h2)
            y[0] -= 9 + rh
            for r in range(rows):
                for half, base in ((left, 0), (right, 3)):
                    if r < len(half):
                        n, role, p = half[r]
                        pg.text(colx[base] + 3, y[0], "Helvetica", 8.5, n)
                        pg.text(colx[base + 1] + 3, y[0], "Helvetica", 8.5, role)
                        m = "X" if p else "a.g."
                        pg.ctext((colx[base + 2] + colx[base + 3]) / 2, y[0], "Helvetica", 8.5, m)
                y[0] -= rh
            bottom = y[0] + rh - 4
            pg.rect(L, bottom, R - L, top - bottom)
            pg.line(L, top - 24, R, top - 24)
            for x in colx[1:-1]:
                pg.line(x, top, x, bottom, 1.2 if x == colx[3] else 0.5)
            y[0] -= 2
            pg.text(L, y[0], "Helvetica", 6.5, "X = presente / anwesend   a.g. = assente giustificato / entschuldigt abwesend")
            y[0] -= 16
        elif k == "center":
            need(24)
            y[0] -= 4
            if b[1] == "delibera":
                s = "delibera"
                tw = stringWidth(s, "Times-Bold", 11.5) + 4.5 * (len(s) - 1)
                x = W / 2 - tw / 2
                for ch in s:  # spread by hand, one glyph at a time
                    pg.text(x, y[0], "Times-Bold", 11.5, ch)
                    x += stringWidth(ch, "Times-Bold", 11.5) + 4.5
            else:
                pg.ctext(W / 2, y[0], "Times-Bold", 11.5, b[1])
            y[0] -= 18
        elif k == "points":
            for i, p in enumerate(b[1]):
                need(14)
                pg.text(L + 6, y[0], "Times-Roman", 10.5, "%d." % (i + 1))
                para(p, indent=22)
                y[0] -= 2
        elif k == "signatures":
            need(60)
            y[0] -= 10
            for (t, n), cx in ((b[1], L + 110), (b[2], R - 110)):
                pg.ctext(cx, y[0], "Times-Bold", 10, t)
                pg.ctext(cx, y[0] - 14, "Times-Roman", 10.5, n)
                pg.ctext(cx, y[0] - 26, "Times-Italic", 7.5, b[3])
            y[0] -= 48
        elif k == "pubhead":
            need(50)
            pg.line(L, y[0] + 10, R, y[0] + 10)
            pg.text(L, y[0], "Times-Bold", 10.5, b[1])
            y[0] -= 16

    # Form XObjects: letterhead (page 1), running head and foot (every page), stamp
    lhx = form(pdf, [
        glyph_ops(0, 36, "Helvetica-Bold", 12.5, lh[1]),
        glyph_ops(0, 24, "Helvetica", 8.5, lh[2]),
        glyph_ops(R - L - stringWidth(lh[3], "Helvetica-Bold", 12.5), 36, "Helvetica-Bold", 12.5, lh[3]),
        glyph_ops(R - L - stringWidth(lh[4], "Helvetica", 8.5), 24, "Helvetica", 8.5, lh[4]),
        b"0.6 g %.2f 18 24 30 re f 0 g" % ((R - L) / 2 - 12),
        glyph_ops((R - L) / 2 - stringWidth(lh[5], "Helvetica", 6.5) / 2, 6, "Helvetica", 6.5, lh[5]),
        b"0.9 w 0 0 m %.2f 0 l S" % (R - L),
    ], [0, -4, R - L, 52], fontres)
    run = running(a)
    headx = form(pdf, [glyph_ops(0, 4, "Helvetica", 7.5, run), b"0.4 w 0 0 m %.2f 0 l S" % (R - L)],
                 [0, -2, R - L, 14], fontres)
    stamp_txt = "ALBO PRETORIO DIGITALE / DIGITALE AMTSTAFEL - pubblicato dal / veröffentlicht vom %s al / bis %s" % (a["pub_from"], a["pub_to"])
    sw = stringWidth(stamp_txt, "Helvetica-Bold", 8)
    stampx = form(pdf, [b"0.75 0 0 RG 0.75 0 0 rg 0.8 w 0 0 %.2f 14 re S" % (sw + 12),
                        b"BT /F2 8 Tf 6 4 Td (" + stamp_txt.encode("cp1252") + b") Tj ET"],
                  [0, 0, sw + 12, 14], fontres)
    n = len(pages)
    for i, p in enumerate(pages):
        foot = "Pag./Seite %d / %d" % (i + 1, n)
        body = [b"q"] + p.ops + [b"Q"]
        body.append(b"q 0 0 0 rg " + glyph_ops(R - stringWidth(foot, "Helvetica", 7.5), 40, "Helvetica", 7.5, foot) + b" Q")
        # out of reading order: the head and the letterhead come last in the stream
        body.append(b"q 1 0 0 1 %.2f %.2f cm /Xh Do Q" % (L, H - 44))
        if i == 0:
            body.append(b"q 1 0 0 1 %.2f %.2f cm /Xl Do Q" % (L, H - 120))
            body.append(b"q 0 1 -1 0 34 %.2f cm /Xs Do Q" % (H / 2 - (sw + 12) / 2))
        stream = pdf.make_stream(b"\n".join(body))
        res = Dictionary(Font=fonts, XObject=Dictionary(Xh=headx, Xl=lhx, Xs=stampx))
        page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                                       Contents=stream, Resources=res))
        pdf.pages.append(page)
    pdf.docinfo["/Title"] = run
    pdf.docinfo["/Producer"] = "GVCC Report Engine 4.2"
    pdf.docinfo["/Creator"] = "GVCC Delibere"
    pdf.save(out)


if __name__ == "__main__":
    act = [x for x in MER_ACTS if x["id"] == sys.argv[1]][0]
    build(act, sys.argv[2])
