"""A small hand-written PDF page writer, as report engines write them.

Text is laid out here, not by a library: each line is wrapped and justified
by this code, and written glyph by glyph (one Tm and one Tj per glyph, no
space characters at all) or, for headings, as one string letter-spaced with
Tc. The standard 14 fonts with WinAnsiEncoding; widths from ReportLab's AFM
tables. pikepdf assembles and compresses the file.
"""
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Times-Roman", "F4": "Times-Bold",
         "F5": "Times-Italic"}
BYNAME = {v: k for k, v in FONTS.items()}


def esc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


class Page:
    def __init__(self, w=595.28, h=841.89):
        self.w, self.h = w, h
        self.ops = []

    def raw(self, s):
        self.ops.append(s if isinstance(s, bytes) else s.encode("latin-1"))

    # --- whole strings -------------------------------------------------
    def text(self, x, y, s, font="Helvetica", size=10, tc=0.0):
        f = BYNAME[font]
        self.raw(b"BT /%s %.2f Tf %.2f Tc 1 0 0 1 %.2f %.2f Tm (" % (f.encode(), size, tc, x, y)
                 + esc(s) + b") Tj 0 Tc ET")

    def text_right(self, x, y, s, font="Helvetica", size=10):
        self.text(x - stringWidth(s, font, size), y, s, font, size)

    def text_centre(self, x, y, s, font="Helvetica", size=10, tc=0.0):
        w = stringWidth(s, font, size) + tc * (len(s) - 1)
        self.text(x - w / 2, y, s, font, size, tc)

    # --- glyph by glyph --------------------------------------------------
    def glyphs(self, x, y, s, font="Times-Roman", size=10.5, gap_extra=0.0):
        f = BYNAME[font]
        out = [b"BT /%s %.2f Tf" % (f.encode(), size)]
        sw = stringWidth(" ", font, size)
        for ch in s:
            if ch == " ":
                x += sw + gap_extra
                continue
            out.append(b"1 0 0 1 %.2f %.2f Tm (%s) Tj" % (x, y, esc(ch)))
            x += stringWidth(ch, font, size)
        out.append(b"ET")
        self.raw(b"\n".join(out))
        return x

    def para(self, x, y, width, text, font="Times-Roman", size=10.5, leading=13.5,
             indent=0.0, hang=0.0, justify=True):
        """Wrap and justify; returns the y below the paragraph.
        indent: first line; hang: left indent of the following lines."""
        words = text.split()
        lines, cur = [], []
        first = True
        for wd in words:
            avail = width - (indent if first else hang)
            trial = " ".join(cur + [wd])
            if cur and stringWidth(trial, font, size) > avail:
                lines.append((cur, first))
                cur, first = [wd], False
            else:
                cur.append(wd)
        if cur:
            lines.append((cur, first))
        for i, (ws, isfirst) in enumerate(lines):
            lx = x + (indent if isfirst else hang)
            avail = width - (indent if isfirst else hang)
            line = " ".join(ws)
            extra = 0.0
            if justify and i < len(lines) - 1 and len(ws) > 1:
                extra = (avail - stringWidth(line, font, size)) / (len(ws) - 1)
            self.glyphs(lx, y, line, font, size, extra)
            y -= leading
        return y

    def line(self, x1, y1, x2, y2, w=0.5):
        self.raw("%.2f w %.2f %.2f m %.2f %.2f l S" % (w, x1, y1, x2, y2))

    def rect(self, x, y, w, h, lw=0.5, fill=None):
        if fill:
            self.raw("q %.3f %.3f %.3f rg %.2f %.2f %.2f %.2f re f Q" % (fill + (x, y, w, h)))
        self.raw("%.2f w %.2f %.2f %.2f %.2f re S" % (lw, x, y, w, h))


def save(pages, path, info=None):
    pdf = pikepdf.new()
    fonts = Dictionary()
    for k, base in FONTS.items():
        fonts[Name("/" + k)] = pdf.make_indirect(Dictionary(
            Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + base),
            Encoding=Name.WinAnsiEncoding))
    res = Dictionary(Font=fonts)
    for p in pages:
        content = pikepdf.Stream(pdf, b"\n".join(p.ops))
        page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, p.w, p.h]),
                                       Resources=res, Contents=pdf.make_indirect(content)))
        pdf.pages.append(page)
    if info:
        for k, v in info.items():
            pdf.docinfo[Name("/" + k)] = pikepdf.String(v)
    pdf.save(path, compress_streams=True, object_stream_mode=pikepdf.ObjectStreamMode.generate)
