"""A small typesetter writing PDF content streams by hand (through pikepdf),
as report engines of municipal packages do: every glyph is placed alone with
its own text matrix and no space characters are written; justified lines get
their spacing from the glyph positions only. Blocks that repeat (letterhead,
foot) are Form XObjects, and a page may draw them after its body."""
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

FONTS = {"R": "Helvetica", "B": "Helvetica-Bold", "I": "Helvetica-Oblique",
         "TR": "Times-Roman", "TB": "Times-Bold", "TI": "Times-Italic"}


def enc(ch):
    b = ch.encode("cp1252")
    return "<%s>" % b.hex()


class Page:
    def __init__(self, w=595.28, h=841.89):
        self.w, self.h = w, h
        self.ops = []
        self.forms = []        # (name, x, y) drawn at the end

    # -- text -----------------------------------------------------------
    def glyphs(self, x, y, text, font="R", size=10, rot=False):
        """place each glyph alone; spaces only advance the pen"""
        out = ["BT", "/%s %.2f Tf" % (font, size)]
        fn = FONTS[font]
        for ch in text:
            adv = stringWidth(ch, fn, size)
            if ch != " ":
                if rot:
                    out.append("0 1 -1 0 %.2f %.2f Tm %s Tj" % (x, y, enc(ch)))
                else:
                    out.append("1 0 0 1 %.2f %.2f Tm %s Tj" % (x, y, enc(ch)))
            if rot:
                y += adv
            else:
                x += adv
        out.append("ET")
        self.ops.append("\n".join(out))
        return x

    def width(self, text, font="R", size=10):
        return stringWidth(text, FONTS[font], size)

    def center(self, y, text, font="R", size=10, x0=None, x1=None):
        x0 = 0 if x0 is None else x0
        x1 = self.w if x1 is None else x1
        self.glyphs((x0 + x1 - self.width(text, font, size)) / 2, y, text, font, size)

    def right(self, x, y, text, font="R", size=10):
        self.glyphs(x - self.width(text, font, size), y, text, font, size)

    def runs_par(self, x, y, width, runs, size=10.5, lead=13.5, justify=True, indent=0, hang=None):
        """runs: list of (text, font). Words keep their run's font. Returns new y."""
        words = []
        for text, font in runs:
            for i, wd in enumerate(text.split(" ")):
                if wd == "":
                    continue
                words.append((wd, font))
        lines, cur, curw = [], [], 0
        sp = stringWidth(" ", FONTS["TR"], size)
        avail = width - indent
        for wd, f in words:
            ww = self.width(wd, f, size)
            need = ww if not cur else curw + sp + ww
            if cur and need > avail:
                lines.append(cur)
                cur, curw = [], 0
                avail = width - (indent if hang is None else hang)
                need = ww
            cur.append((wd, f, ww))
            curw = need
        if cur:
            lines.append(cur)
        for li, ln in enumerate(lines):
            lx = x + (indent if li == 0 else (indent if hang is None else hang))
            lw = width - (lx - x)
            nat = sum(w for _, _, w in ln)
            gaps = len(ln) - 1
            if justify and li < len(lines) - 1 and gaps > 0:
                gap = (lw - nat) / gaps
            else:
                gap = sp
            cx = lx
            for wd, f, ww in ln:
                self.glyphs(cx, y, wd, f, size)
                cx += ww + gap
            y -= lead
        return y

    # -- graphics ---------------------------------------------------------
    def rect(self, x, y, w, h, lw=0.6, fill=None):
        s = "q %.2f w " % lw
        if fill:
            s += "%.3f %.3f %.3f rg %.2f %.2f %.2f %.2f re B Q" % (fill + (x, y, w, h))
        else:
            s += "%.2f %.2f %.2f %.2f re S Q" % (x, y, w, h)
        self.ops.append(s)

    def line(self, x0, y0, x1, y1, lw=0.5):
        self.ops.append("q %.2f w %.2f %.2f m %.2f %.2f l S Q" % (lw, x0, y0, x1, y1))

    def form(self, name, x=0, y=0, later=True):
        if later:
            self.forms.append((name, x, y))
        else:
            self.ops.append("q 1 0 0 1 %.2f %.2f cm /%s Do Q" % (x, y, name))

    def stream(self):
        ops = list(self.ops)
        for name, x, y in self.forms:
            ops.append("q 1 0 0 1 %.2f %.2f cm /%s Do Q" % (x, y, name))
        return "\n".join(ops).encode("latin-1")


class Doc:
    def __init__(self):
        self.pdf = pikepdf.new()
        self.fonts = Dictionary()
        for k, base in FONTS.items():
            self.fonts[Name("/" + k)] = self.pdf.make_indirect(Dictionary(
                Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + base), Encoding=Name.WinAnsiEncoding))
        self.xobjects = Dictionary()

    def add_form(self, name, page_like, bbox):
        """page_like: a Page whose ops become the form's content"""
        f = pikepdf.Stream(self.pdf, page_like.stream())
        f.Type = Name.XObject
        f.Subtype = Name.Form
        f.BBox = Array(bbox)
        f.Resources = Dictionary(Font=self.fonts)
        self.xobjects[Name("/" + name)] = self.pdf.make_indirect(f)

    def add_page(self, page):
        res = Dictionary(Font=self.fonts, XObject=self.xobjects)
        pg = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, page.w, page.h]),
                                     Resources=res,
                                     Contents=self.pdf.make_stream(page.stream())))
        self.pdf.pages.append(pg)

    def save(self, path, info):
        di = self.pdf.make_indirect(Dictionary())
        for k, v in info.items():
            di[Name("/" + k)] = pikepdf.String(v)
        self.pdf.trailer.Info = di
        self.pdf.save(path, compress_streams=True, object_stream_mode=pikepdf.ObjectStreamMode.disable)
