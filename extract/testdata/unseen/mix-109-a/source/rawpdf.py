"""A small PDF writer imitating a municipal report engine (the "Asmenet" prints of Falerna).

Pages are written as hand-made content streams with the standard Type 1
fonts (WinAnsiEncoding), assembled by pikepdf. Two ways of setting text:

* mode "glyph": every glyph is placed alone with its own text matrix and no
  space characters are written; justification is done by moving the words;
* mode "tw": each line is one string with its spaces; justification by word
  spacing (Tw), letter-spaced headings by character spacing (Tc).

Blocks (letterhead, signatures, foot) can be made into Form XObjects that the
pages reuse, and each page draws its parts in the order the caller gives, not
in reading order.
"""
import pikepdf
from pikepdf import Array, Dictionary, Name, Stream
from reportlab.pdfbase.pdfmetrics import stringWidth

FONTS = {"R": "Times-Roman", "B": "Times-Bold", "I": "Times-Italic", "BI": "Times-BoldItalic",
         "H": "Helvetica", "HB": "Helvetica-Bold", "C": "Courier"}


def enc(s):
    return s.encode("cp1252")


def hexs(s):
    return "<" + enc(s).hex().upper() + ">"


def lits(s):
    b = enc(s)
    out = []
    for ch in b:
        c = chr(ch)
        if c in "()\\":
            out.append("\\" + c)
        elif ch < 32 or ch > 126:
            out.append("\\%03o" % ch)
        else:
            out.append(c)
    return "(" + "".join(out) + ")"


def width(s, f, size):
    return stringWidth(s, FONTS[f], size)


class Block:
    """A list of drawing operators in PDF user space."""

    def __init__(self, mode="glyph"):
        self.ops = []
        self.mode = mode

    # -- primitives ----------------------------------------------------
    def line(self, x1, y1, x2, y2, w=0.5):
        self.ops.append("%.2f w %.2f %.2f m %.2f %.2f l S" % (w, x1, y1, x2, y2))

    def rect(self, x, y, w, h, lw=0.5):
        self.ops.append("%.2f w %.2f %.2f %.2f %.2f re S" % (lw, x, y, w, h))

    def glyphs(self, x, y, s, f="R", size=11, cs=0.0):
        """Place each glyph of s alone; spaces are only a gap."""
        o = ["BT /%s %.1f Tf" % (f, size)]
        for ch in s:
            if ch != " ":
                o.append("1 0 0 1 %.2f %.2f Tm %s Tj" % (x, y, hexs(ch)))
            x += width(ch, f, size) + cs
        o.append("ET")
        self.ops.append(" ".join(o))
        return x

    def string(self, x, y, s, f="R", size=11, tw=0.0, tc=0.0):
        """One string, as a text line with its spaces (Tw/Tc as given)."""
        self.ops.append("BT /%s %.1f Tf %.3f Tw %.3f Tc %.2f %.2f Td %s Tj ET"
                        % (f, size, tw, tc, x, y, lits(s)))

    def text(self, x, y, s, f="R", size=11, cs=0.0):
        if self.mode == "glyph":
            return self.glyphs(x, y, s, f, size, cs)
        self.string(x, y, s, f, size, tc=cs)
        return x + width(s, f, size) + cs * len(s)

    def centred(self, cx, y, s, f="R", size=11, cs=0.0):
        w = width(s, f, size) + cs * (len(s) - 1)
        self.text(cx - w / 2, y, s, f, size, cs)

    def right(self, rx, y, s, f="R", size=11):
        self.text(rx - width(s, f, size), y, s, f, size)

    # -- paragraphs --------------------------------------------------
    def para(self, x, y, w, runs, size=11, lead=14.0, align="J", first=0.0, hang=0.0):
        """runs: list of (text, font). Returns y after the paragraph."""
        words = []
        for text, f in runs:
            for i, wd in enumerate(text.split(" ")):
                if wd == "":
                    continue
                words.append((wd, f))
        lines, cur, curw = [], [], 0.0
        avail = w - first
        for wd, f in words:
            ww = width(wd, f, size)
            sp = width(" ", f, size)
            need = ww if not cur else curw + sp + ww
            if cur and need > avail:
                lines.append((cur, avail))
                cur, curw = [(wd, f)], ww
                avail = w - hang
            else:
                cur.append((wd, f))
                curw = need
        if cur:
            lines.append((cur, avail))
        for li, (ln, av) in enumerate(lines):
            lx = x + (first if li == 0 else hang)
            last = li == len(lines) - 1
            natural = sum(width(wd, f, size) for wd, f in ln)
            spaces = [width(" ", f, size) for wd, f in ln[1:]]
            gap_extra = 0.0
            if align == "J" and not last and len(ln) > 1:
                gap_extra = (av - natural - sum(spaces)) / (len(ln) - 1)
            if align == "C":
                lx = x + (w - natural - sum(spaces)) / 2
            if self.mode == "glyph":
                cx = lx
                for i, (wd, f) in enumerate(ln):
                    if i:
                        cx += spaces[i - 1] + gap_extra
                    cx = self.glyphs(cx, y, wd, f, size)
            else:
                # one string per font run, justified with Tw
                cx = lx
                i = 0
                while i < len(ln):
                    f = ln[i][1]
                    j = i
                    while j < len(ln) and ln[j][1] == f:
                        j += 1
                    s = " ".join(wd for wd, _ in ln[i:j])
                    if j < len(ln):
                        s += " "
                    nsp = s.count(" ")
                    self.string(cx, y, s, f, size, tw=gap_extra)
                    cx += width(s, f, size) + nsp * gap_extra
                    i = j
            y -= lead
        return y


class Doc:
    def __init__(self, info):
        self.pages = []      # list of list-of-(kind, payload)
        self.forms = {}      # name -> (bbox, Block)
        self.info = info

    def form(self, name, bbox, block):
        self.forms[name] = (bbox, block)

    def page(self, parts):
        """parts: list of Block or ("form", name, dx, dy) in drawing order."""
        self.pages.append(parts)

    def save(self, path):
        pdf = pikepdf.new()
        fonts = Dictionary()
        for k, base in FONTS.items():
            fonts[Name("/" + k)] = pdf.make_indirect(Dictionary(
                Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + base),
                Encoding=Name.WinAnsiEncoding))
        res_fonts = pdf.make_indirect(fonts)
        xo = Dictionary()
        for name, (bbox, blk) in self.forms.items():
            st = Stream(pdf, "\n".join(blk.ops).encode("latin-1"))
            st.Type = Name.XObject
            st.Subtype = Name.Form
            st.BBox = Array(bbox)
            st.Resources = Dictionary(Font=res_fonts)
            xo[Name("/" + name)] = pdf.make_indirect(st)
        for parts in self.pages:
            ops = []
            for p in parts:
                if isinstance(p, Block):
                    ops.append("q")
                    ops.extend(p.ops)
                    ops.append("Q")
                else:
                    _, name, dx, dy = p
                    ops.append("q 1 0 0 1 %.2f %.2f cm /%s Do Q" % (dx, dy, name))
            content = Stream(pdf, "\n".join(ops).encode("latin-1"))
            pg = pikepdf.Page(Dictionary(
                Type=Name.Page, MediaBox=Array([0, 0, 595.28, 841.89]),
                Resources=Dictionary(Font=res_fonts, XObject=xo),
                Contents=pdf.make_indirect(content)))
            pdf.pages.append(pg)
        for k, v in self.info.items():
            pdf.docinfo[Name("/" + k)] = v
        pdf.save(path, compress_streams=True)
