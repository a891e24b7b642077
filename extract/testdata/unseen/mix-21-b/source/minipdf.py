"""minipdf: a tiny hand-rolled PDF writer (objects, xref, Flate streams) for the documents
of this set whose content streams are written by hand: standard-14 fonts with
/WinAnsiEncoding (not embedded), Form XObjects, any text operators the caller writes."""
import zlib
from reportlab.pdfbase.pdfmetrics import stringWidth


def enc(s):
    """text -> PDF literal string bytes in WinAnsi (cp1252)."""
    b = s.encode("cp1252")
    out = bytearray(b"(")
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([c])
        elif c < 32 or c > 126:
            out += b"\\%03o" % c
        else:
            out.append(c)
    return bytes(out + b")")


def f(x):
    s = ("%.3f" % x).rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def width(s, font, size, tc=0.0, tw=0.0):
    return stringWidth(s, font, size) + tc * len(s) + tw * s.count(" ")


class PDF:
    def __init__(self):
        self.objs = []          # bytes or None (reserved)
        self.pages = []
        self.fonts = {}         # resource name -> object number
        self.xobjs = {}
        self.info = {}

    def reserve(self):
        self.objs.append(None)
        return len(self.objs)

    def put(self, num, body):
        self.objs[num - 1] = body if isinstance(body, bytes) else body.encode("latin-1")

    def add(self, body):
        n = self.reserve(); self.put(n, body); return n

    def stream(self, data, extra="", compress=True):
        if isinstance(data, str):
            data = data.encode("latin-1")
        if compress:
            data = zlib.compress(data)
            extra += " /Filter /FlateDecode"
        return self.add(b"<< /Length %d%s >>\nstream\n" % (len(data), extra.encode()) + data + b"\nendstream")

    def font(self, name, base):
        self.fonts[name] = self.add("<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % base)

    def resources(self):
        fr = " ".join("/%s %d 0 R" % (k, v) for k, v in self.fonts.items())
        xr = " ".join("/%s %d 0 R" % (k, v) for k, v in self.xobjs.items())
        r = "<< /ProcSet [/PDF /Text] /Font << %s >>" % fr
        if xr:
            r += " /XObject << %s >>" % xr
        return r + " >>"

    def form(self, name, content, bbox):
        """a Form XObject (may use the fonts registered so far)."""
        fr = " ".join("/%s %d 0 R" % (k, v) for k, v in self.fonts.items())
        extra = " /Type /XObject /Subtype /Form /BBox [%s] /Resources << /Font << %s >> >>" % (" ".join(f(v) for v in bbox), fr)
        self.xobjs[name] = self.stream(content, extra)

    def page(self, content, size=(595.28, 841.89)):
        self.pages.append((content, size))

    def write(self, path):
        pages_num = self.reserve()
        kids = []
        res = self.add(self.resources())
        for content, size in self.pages:
            c = self.stream(content)
            kids.append(self.add("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %s %s] /Resources %d 0 R /Contents %d 0 R >>"
                                 % (pages_num, f(size[0]), f(size[1]), res, c)))
        self.put(pages_num, "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids)))
        cat = self.add("<< /Type /Catalog /Pages %d 0 R >>" % pages_num)
        info = None
        if self.info:
            info = self.add(b"<< " + b" ".join(b"/" + k.encode() + b" " + enc(v) for k, v in self.info.items()) + b" >>")
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offs = []
        for i, body in enumerate(self.objs, 1):
            offs.append(len(out))
            out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
        x = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.objs) + 1)
        for o in offs:
            out += b"%010d 00000 n \n" % o
        out += b"trailer\n<< /Size %d /Root %d 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
            len(self.objs) + 1, cat, (b" /Info %d 0 R" % info) if info else b"", x)
        open(path, "wb").write(out)


def wrap_words(text, font, size, maxw, tc=0.0):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if width(t, font, size, tc) <= maxw or not cur:
            cur = t
        else:
            lines.append(cur); cur = w
    if cur:
        lines.append(cur)
    return lines
