# A minimal hand-written PDF writer: standard 14 fonts with WinAnsiEncoding,
# Form XObjects, explicit text operators (Tw, Tc, Tm). Used to imitate
# producers whose text layer is "awkward" though the page looks normal.
import zlib
from reportlab.pdfbase.pdfmetrics import stringWidth
FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Helvetica-Oblique", "F4": "Times-Roman", "F5": "Times-Bold"}
def esc(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
class Page:
    def __init__(self): self.ops = []
    def raw(self, s): self.ops.append(s.encode("latin-1") if isinstance(s, str) else s)
    def text(self, x, y, s, font="F1", size=10, tc=0, tw=0, gray=0):
        self.raw("BT %.3g g /%s %.2f Tf %.3f Tc %.3f Tw %.2f %.2f Td (" % (gray, font, size, tc, tw, x, y))
        self.ops.append(esc(s)); self.raw(") Tj ET\n")
    def text_rot(self, x, y, s, font="F1", size=8, gray=0.3):
        self.raw("BT %.3g g /%s %.2f Tf 0 1 -1 0 %.2f %.2f Tm (" % (gray, font, size, x, y))
        self.ops.append(esc(s)); self.raw(") Tj ET\n")
    def rect(self, x, y, w, h, lw=0.6, fill=None):
        if fill is not None: self.raw("%.3g g %.2f %.2f %.2f %.2f re f 0 g\n" % (fill, x, y, w, h))
        else: self.raw("%.2f w %.2f %.2f %.2f %.2f re S\n" % (lw, x, y, w, h))
    def line(self, x1, y1, x2, y2, lw=0.6): self.raw("%.2f w %.2f %.2f m %.2f %.2f l S\n" % (lw, x1, y1, x2, y2))
    def do(self, name): self.raw("q /%s Do Q\n" % name)
    def data(self): return b"".join(self.ops)
def sw(s, font, size, tc=0): return stringWidth(s, FONTS[font], size) + tc * len(s)
def wrap(s, font, size, width):
    words, lines, cur = s.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if sw(t, font, size) <= width or not cur: cur = t
        else: lines.append(cur); cur = w
    if cur: lines.append(cur)
    return lines
def justified(pg, x, y, s, font, size, width, lead, indent=0, last_just=False):
    """Paragraph justified with the Tw operator (word spacing), one Tj per line."""
    lines = wrap(s, font, size, width - indent)
    for i, ln in enumerate(lines):
        tw = 0
        n = ln.count(" ")
        if n and (i < len(lines) - 1 or last_just):
            tw = (width - indent - sw(ln, font, size)) / n
        pg.text(x + (indent if i == 0 or True else 0), y, ln, font, size, tw=tw)
        y -= lead
    return y
def write(fn, pages, forms=None, info=None, size=(595.28, 841.89)):
    forms = forms or {}
    objs = []
    def add(b): objs.append(b); return len(objs)
    font_ids = {k: add(("<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % v).encode()) for k, v in FONTS.items()}
    fres = "/Font << " + " ".join("/%s %d 0 R" % (k, i) for k, i in font_ids.items()) + " >>"
    form_ids = {}
    for name, (pg, bbox) in forms.items():
        d = zlib.compress(pg.data())
        form_ids[name] = add(b"<< /Type /XObject /Subtype /Form /BBox [%s] /Resources << %s >> /Filter /FlateDecode /Length %d >>\nstream\n" % (
            " ".join("%.2f" % v for v in bbox).encode(), fres.encode(), len(d)) + d + b"\nendstream")
    xres = ("/XObject << " + " ".join("/%s %d 0 R" % (k, i) for k, i in form_ids.items()) + " >>") if form_ids else ""
    pages_id = len(objs) + 1 + 2 * len(pages) + 1  # placeholder computed below
    kids = []
    content_ids = []
    for pg in pages:
        d = zlib.compress(pg.data())
        content_ids.append(add(b"<< /Filter /FlateDecode /Length %d >>\nstream\n" % len(d) + d + b"\nendstream"))
    pages_id = len(objs) + len(pages) + 1
    for cid in content_ids:
        kids.append(add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Resources << %s %s >> /Contents %d 0 R >>" % (
            pages_id, size[0], size[1], fres, xres, cid)).encode()))
    assert add(("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))).encode()) == pages_id
    cat = add(("<< /Type /Catalog /Pages %d 0 R >>" % pages_id).encode())
    inf = None
    if info:
        inf = add(("<< " + " ".join("/%s (%s)" % (k, v) for k, v in info.items()) + " >>").encode("latin-1"))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"); offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out)); out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs: out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R" % (len(objs) + 1, cat)
    if inf: out += b" /Info %d 0 R" % inf
    out += b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    open(fn, "wb").write(bytes(out))
