"""A very small page-flow writer that emits raw PDF content streams through pikepdf.

Standard 14 fonts with WinAnsiEncoding, text placed line by line with absolute Tm (as
JasperReports-style report engines do), optional justification with Tw, rules and boxes
drawn with re / l. Widths are measured with ReportLab's AFM metrics (measuring only)."""
import pikepdf
from reportlab.pdfbase.pdfmetrics import stringWidth

FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique"}
RES_NAME = {v: k for k, v in FONTS.items()}


def pdfstr(s):
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


class Flow:
    def __init__(self, width=595.28, height=841.89, left=56, right=539, top=760, bottom=70):
        self.W, self.H = width, height
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.pages = []
        self.ops = None
        self.y = None
        self.new_page()

    # -- low level
    def new_page(self):
        self.ops = []
        self.pages.append(self.ops)
        self.y = self.top

    def emit(self, s):
        self.ops.append(s if isinstance(s, bytes) else s.encode("latin-1"))

    def text(self, x, y, s, font="Helvetica", size=10, tw=0.0):
        f = RES_NAME[font]
        tws = "%.3f Tw " % tw
        self.emit(b"BT /" + f.encode() + (" %.1f Tf %s1 0 0 1 %.2f %.2f Tm " % (size, tws, x, y)).encode()
                  + pdfstr(s) + b" Tj ET")

    def line(self, x1, y1, x2, y2, w=0.6, gray=0):
        self.emit("q %.2f w %.2f G %.2f %.2f m %.2f %.2f l S Q" % (w, gray, x1, y1, x2, y2))

    def rect(self, x, y, w, h, lw=0.6, fill=None):
        if fill is not None:
            self.emit("q %.2f g %.2f %.2f %.2f %.2f re f Q" % (fill, x, y, w, h))
        self.emit("q %.2f w %.2f %.2f %.2f %.2f re S Q" % (lw, x, y, w, h))

    def form(self, name):
        self.emit("q /%s Do Q" % name)

    # -- flow
    def need(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    def space(self, h):
        self.y -= h

    def wrap(self, s, width, font, size):
        words = s.split(" ")
        lines, cur = [], []
        for w in words:
            trial = " ".join(cur + [w])
            if cur and stringWidth(trial, font, size) > width:
                lines.append(cur)
                cur = [w]
            else:
                cur.append(w)
        if cur:
            lines.append(cur)
        return lines

    def para(self, s, font="Helvetica", size=10, leading=13, indent=0, hang=None, justify=True, align="left",
             after=3):
        x0 = self.left + indent
        width = self.right - x0
        first_prefix = None
        if hang is not None:  # hang = (label, label_width)
            first_prefix = hang
            x0 += hang[1]
            width -= hang[1]
        lines = self.wrap(s, width, font, size)
        for i, ws in enumerate(lines):
            self.need(leading)
            self.y -= leading
            txt = " ".join(ws)
            if i == 0 and first_prefix:
                self.text(x0 - first_prefix[1], self.y, first_prefix[0], font, size)
            if align == "center":
                w = stringWidth(txt, font, size)
                self.text((self.left + self.right) / 2 - w / 2, self.y, txt, font, size)
            elif align == "right":
                w = stringWidth(txt, font, size)
                self.text(self.right - w, self.y, txt, font, size)
            elif justify and i < len(lines) - 1 and len(ws) > 1:
                w = stringWidth(txt, font, size)
                tw = (width - w) / (len(ws) - 1)
                self.text(x0, self.y, txt, font, size, tw=tw)
            else:
                self.text(x0, self.y, txt, font, size)
        self.y -= after

    def write(self, path, producer, creator, title, forms=None, form_bbox=None, form_on_every_page=None):
        pdf = pikepdf.new()
        fonts = pikepdf.Dictionary()
        for k, v in FONTS.items():
            fonts["/" + k] = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                            BaseFont=pikepdf.Name("/" + v),
                                                            Encoding=pikepdf.Name.WinAnsiEncoding))
        xobjs = pikepdf.Dictionary()
        for name, data in (forms or {}).items():
            fx = pikepdf.Stream(pdf, data)
            fx.Type = pikepdf.Name.XObject
            fx.Subtype = pikepdf.Name.Form
            fx.BBox = pikepdf.Array(form_bbox or [0, 0, self.W, self.H])
            fx.Resources = pikepdf.Dictionary(Font=fonts)
            xobjs["/" + name] = pdf.make_indirect(fx)
        for ops in self.pages:
            content = list(ops)
            if form_on_every_page:
                content.append(("q /%s Do Q" % form_on_every_page).encode())
            data = b"\n".join(content)
            page = pikepdf.Page(pikepdf.Dictionary(
                Type=pikepdf.Name.Page, MediaBox=pikepdf.Array([0, 0, self.W, self.H]),
                Resources=pikepdf.Dictionary(Font=fonts, XObject=xobjs),
                Contents=pdf.make_stream(data)))
            pdf.pages.append(page)
        with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
            m["dc:title"] = title
        pdf.docinfo["/Producer"] = producer
        pdf.docinfo["/Creator"] = creator
        pdf.docinfo["/Title"] = title
        pdf.save(path)
