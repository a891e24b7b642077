"""rawpdf: a small hand-written PDF writer used by the 'hand-written content
stream' documents of this set.  It writes objects, pages, fonts and an xref
table by hand, the way small report engines do, so that the content streams
are exactly what the generator scripts say (per-glyph Tm/Td, Tw/Tc, TJ with
kerning numbers, Form XObjects, rotated stamps, custom encodings).

Fonts offered:
  * Std14Font      - a standard-14 font, not embedded, /WinAnsiEncoding
  * Type1DiffFont  - an embedded URW Type 1 font whose codes are handed out in
                     order of first use (33, 34, ...) and described by an
                     /Encoding /Differences array, with a /ToUnicode CMap
  * TTIdentityFont - a subset TrueType (CIDFontType2) font used through
                     /Identity-H, two-byte glyph ids, with a /ToUnicode CMap
"""
import io
import re
import zlib

from fontTools.ttLib import TTFont
from fontTools import subset as ftsubset
from reportlab.pdfbase import pdfmetrics

URW = "/usr/share/fonts/type1/urw-base35/"


def pdfstr(b: bytes) -> bytes:
    """A PDF literal string for raw bytes."""
    out = bytearray(b"(")
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([c])
        elif c < 32 or c > 126:
            out += b"\\%03o" % c
        else:
            out.append(c)
    out += b")"
    return bytes(out)


def fmt(x):
    if isinstance(x, float):
        s = ("%.3f" % x).rstrip("0").rstrip(".")
        return s if s not in ("-0", "") else "0"
    return str(x)


class Ref:
    def __init__(self, num):
        self.num = num

    def __bytes__(self):
        return b"%d 0 R" % self.num


def ser(o) -> bytes:
    if isinstance(o, Ref):
        return bytes(o)
    if isinstance(o, bool):
        return b"true" if o else b"false"
    if isinstance(o, (int, float)):
        return fmt(o).encode()
    if isinstance(o, bytes):
        return o
    if isinstance(o, str):
        if o.startswith("/"):
            return o.encode("latin-1")
        return pdfstr(o.encode("latin-1"))
    if isinstance(o, list):
        return b"[" + b" ".join(ser(x) for x in o) + b"]"
    if isinstance(o, dict):
        return b"<<" + b"".join(b"/" + k.encode() + b" " + ser(v) for k, v in o.items()) + b">>"
    if o is None:
        return b"null"
    raise TypeError(type(o))


class PDF:
    def __init__(self, producer="", creator="", title="", compress=True):
        self.objs = {}
        self.n = 0
        self.pages = []
        self.compress = compress
        self.info = {"Producer": producer, "Creator": creator, "Title": title,
                     "CreationDate": "D:20260316093012+01'00'"}
        self.pages_ref = self.alloc()
        self.fonts = []

    def alloc(self):
        self.n += 1
        return Ref(self.n)

    def put(self, ref, obj):
        self.objs[ref.num] = ser(obj) if not isinstance(obj, bytes) else obj

    def add(self, obj):
        r = self.alloc()
        self.put(r, obj)
        return r

    def stream(self, data: bytes, extra=None, compress=None):
        d = dict(extra or {})
        if compress is None:
            compress = self.compress
        if compress:
            data = zlib.compress(data)
            d["Filter"] = "/FlateDecode"
        d["Length"] = len(data)
        return self.add(ser(d) + b"\nstream\n" + data + b"\nendstream")

    def form(self, content: bytes, bbox, resources):
        return self.stream(content, {"Type": "/XObject", "Subtype": "/Form", "BBox": bbox,
                                     "Resources": resources})

    def page(self, content: bytes, resources, size=(595.28, 841.89)):
        c = self.stream(content)
        p = self.add({"Type": "/Page", "Parent": self.pages_ref, "MediaBox": [0, 0, size[0], size[1]],
                      "Contents": c, "Resources": resources})
        self.pages.append(p)
        return p

    def write(self, path):
        for f in self.fonts:
            f.finish(self)
        self.put(self.pages_ref, {"Type": "/Pages", "Kids": self.pages, "Count": len(self.pages)})
        cat = self.add({"Type": "/Catalog", "Pages": self.pages_ref})
        info = self.add({k: v for k, v in self.info.items() if v})
        out = io.BytesIO()
        out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offs = {}
        for i in range(1, self.n + 1):
            offs[i] = out.tell()
            out.write(b"%d 0 obj\n" % i + self.objs[i] + b"\nendobj\n")
        x = out.tell()
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (self.n + 1))
        for i in range(1, self.n + 1):
            out.write(b"%010d 00000 n \n" % offs[i])
        out.write(b"trailer\n" + ser({"Size": self.n + 1, "Root": cat, "Info": info}) +
                  b"\nstartxref\n%d\n%%%%EOF\n" % x)
        with open(path, "wb") as fh:
            fh.write(out.getvalue())


def tounicode_cmap(pairs, two_byte):
    """pairs: list of (code, unicode string)."""
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def", "1 begincodespacerange",
             "<0000> <FFFF>" if two_byte else "<00> <FF>", "endcodespacerange"]
    pairs = sorted(pairs)
    for i in range(0, len(pairs), 100):
        chunk = pairs[i:i + 100]
        lines.append("%d beginbfchar" % len(chunk))
        for code, u in chunk:
            hexu = "".join("%04X" % ord(ch) for ch in u)
            lines.append(("<%04X> <%s>" if two_byte else "<%02X> <%s>") % (code, hexu))
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode()


class Std14Font:
    """Standard 14 font, not embedded, WinAnsiEncoding (accents at WinAnsi codes)."""

    def __init__(self, pdf, base, name):
        self.base, self.name = base, name
        self.ref = pdf.add({"Type": "/Font", "Subtype": "/Type1", "BaseFont": "/" + base,
                            "Encoding": "/WinAnsiEncoding"})

    def enc(self, s):
        return s.encode("cp1252")

    def width(self, s, size):
        return pdfmetrics.stringWidth(s, self.base, size)

    def finish(self, pdf):
        pass


def _read_afm(path):
    widths, kern = {}, {}
    for line in open(path, encoding="latin-1"):
        if line.startswith("C "):
            m = re.search(r"WX (\S+) ; N (\S+)", line)
            if m:
                widths[m.group(2)] = float(m.group(1))
        elif line.startswith("KPX "):
            _, a, b, v = line.split()
            kern[(a, b)] = float(v)
    return widths, kern


# unicode -> glyph name for the characters these documents use
GLYPHNAMES = {" ": "space", "!": "exclam", '"': "quotedbl", "#": "numbersign", "$": "dollar",
              "%": "percent", "&": "ampersand", "'": "quotesingle", "(": "parenleft",
              ")": "parenright", "*": "asterisk", "+": "plus", ",": "comma", "-": "hyphen",
              ".": "period", "/": "slash", ":": "colon", ";": "semicolon", "<": "less",
              "=": "equal", ">": "greater", "?": "question", "@": "at", "[": "bracketleft",
              "]": "bracketright", "_": "underscore", "°": "degree", "\u2019": "quoteright",
              "\u2013": "endash", "\u2014": "emdash", "\u201c": "quotedblleft",
              "\u201d": "quotedblright", "€": "Euro", "§": "section", "«": "guillemotleft",
              "»": "guillemotright",
              "à": "agrave", "è": "egrave", "é": "eacute", "ì": "igrave", "ò": "ograve",
              "ù": "ugrave", "À": "Agrave", "È": "Egrave", "É": "Eacute", "Ì": "Igrave",
              "Ò": "Ograve", "Ù": "Ugrave", "0": "zero", "1": "one", "2": "two", "3": "three",
              "4": "four", "5": "five", "6": "six", "7": "seven", "8": "eight", "9": "nine"}


def glyphname(ch):
    if ch in GLYPHNAMES:
        return GLYPHNAMES[ch]
    if ch.isascii() and ch.isalpha():
        return ch
    raise KeyError(repr(ch))


class Type1DiffFont:
    """Embedded URW Type 1 font; codes handed out from 33 upward in order of
    first use, described by /Differences, plus a /ToUnicode CMap.  The space
    keeps code 32 so that Tw still applies to it."""

    def __init__(self, pdf, urwname, pdfname, name):
        self.urw, self.pdfname, self.name = urwname, pdfname, name
        self.widths, self.kern = _read_afm(URW + urwname + ".afm")
        self.codes = {" ": 32}
        self.next = 33
        self.ref = pdf.alloc()
        pdf.fonts.append(self)

    def enc(self, s):
        out = bytearray()
        for ch in s:
            if ch not in self.codes:
                c = self.next
                if c in (40, 41, 92):  # keep the stream readable: skip ( ) \
                    c += 1
                    while c in (40, 41, 92):
                        c += 1
                self.codes[ch] = c
                self.next = c + 1
            out.append(self.codes[ch])
        return bytes(out)

    def width(self, s, size):
        return sum(self.widths[glyphname(ch)] for ch in s) * size / 1000.0

    def kerning(self, a, b):
        return self.kern.get((glyphname(a), glyphname(b)), 0.0)

    def finish(self, pdf):
        data = open(URW + self.urw + ".t1", "rb").read()
        i = data.find(b"eexec") + 5
        while data[i:i + 1] in (b"\r", b"\n"):
            i += 1
        j = data.rfind(b"cleartomark")
        k = data.rfind(b"\n", 0, j)
        # trailer: 512 zeros in lines before cleartomark
        t = j
        while True:
            p = data.rfind(b"0" * 64, 0, t)
            if p < 0 or t - p > 200:
                break
            t = p
        l1, l2 = i, t - i
        ff = pdf.stream(data, {"Length1": l1, "Length2": l2, "Length3": len(data) - t})
        inv = sorted((c, ch) for ch, c in self.codes.items())
        first, last = inv[0][0], inv[-1][0]
        diffs, widths = [], []
        prev = None
        for c, ch in inv:
            if prev is None or c != prev + 1:
                diffs.append(c)
            diffs.append("/" + glyphname(ch))
            prev = c
        wmap = {c: self.widths[glyphname(ch)] for c, ch in inv}
        widths = [round(wmap.get(c, 0)) for c in range(first, last + 1)]
        desc = pdf.add({"Type": "/FontDescriptor", "FontName": "/" + self.pdfname, "Flags": 34,
                        "FontBBox": [-168, -281, 1031, 924], "ItalicAngle": 0, "Ascent": 683,
                        "Descent": -217, "CapHeight": 662, "StemV": 84, "FontFile": ff})
        tu = pdf.stream(tounicode_cmap([(c, ch) for ch, c in self.codes.items()], False))
        pdf.put(self.ref, {"Type": "/Font", "Subtype": "/Type1", "BaseFont": "/" + self.pdfname,
                           "FirstChar": first, "LastChar": last, "Widths": widths,
                           "Encoding": {"Type": "/Encoding", "Differences": diffs},
                           "FontDescriptor": desc, "ToUnicode": tu})


class TTIdentityFont:
    """Subset TrueType font through Identity-H (CID = glyph id), ToUnicode."""

    def __init__(self, pdf, path, tag, name):
        self.path, self.tag, self.name = path, tag, name
        self.tt = TTFont(path)
        self.cmap = self.tt.getBestCmap()
        self.upm = self.tt["head"].unitsPerEm
        self.hmtx = self.tt["hmtx"]
        self.order = self.tt.getGlyphOrder()
        self.used = {}  # gid -> unicode
        self.psname = self.tt["name"].getDebugName(6)
        self.ref = pdf.alloc()
        pdf.fonts.append(self)

    def gid(self, ch):
        g = self.tt.getGlyphID(self.cmap[ord(ch)])
        self.used.setdefault(g, ch)
        return g

    def enc(self, s):
        return b"".join(b"%c%c" % divmod(self.gid(ch), 256) for ch in s)

    def width(self, s, size):
        return sum(self.hmtx[self.cmap[ord(ch)]][0] for ch in s) * size / self.upm

    def finish(self, pdf):
        opts = ftsubset.Options()
        opts.retain_gids = True
        opts.notdef_outline = True
        opts.name_IDs = ["*"]
        opts.drop_tables += ["GSUB", "GPOS", "GDEF", "kern"]
        sub = ftsubset.Subsetter(opts)
        f = TTFont(self.path)
        sub.populate(gids=sorted(self.used))
        sub.subset(f)
        buf = io.BytesIO()
        f.save(buf)
        data = buf.getvalue()
        ff = pdf.stream(data, {"Length1": len(data)})
        scale = 1000.0 / self.upm
        head = self.tt["head"]
        os2 = self.tt["OS/2"]
        fname = self.tag + "+" + self.psname
        desc = pdf.add({"Type": "/FontDescriptor", "FontName": "/" + fname, "Flags": 32,
                        "FontBBox": [round(head.xMin * scale), round(head.yMin * scale),
                                     round(head.xMax * scale), round(head.yMax * scale)],
                        "ItalicAngle": 0, "Ascent": round(os2.sTypoAscender * scale),
                        "Descent": round(os2.sTypoDescender * scale),
                        "CapHeight": round(getattr(os2, "sCapHeight", 700) * scale),
                        "StemV": 80, "FontFile2": ff})
        w = []
        for g in sorted(self.used):
            w += [g, [round(self.hmtx[self.order[g]][0] * scale)]]
        cid = pdf.add({"Type": "/Font", "Subtype": "/CIDFontType2", "BaseFont": "/" + fname,
                       "CIDSystemInfo": {"Registry": "Adobe", "Ordering": "Identity", "Supplement": 0},
                       "FontDescriptor": desc, "DW": 1000, "W": w, "CIDToGIDMap": "/Identity"})
        tu = pdf.stream(tounicode_cmap(list(self.used.items()), True))
        pdf.put(self.ref, {"Type": "/Font", "Subtype": "/Type0", "BaseFont": "/" + fname,
                           "Encoding": "/Identity-H", "DescendantFonts": [cid], "ToUnicode": tu})


def lit(b: bytes) -> bytes:
    return pdfstr(b)


def hexs(b: bytes) -> bytes:
    return b"<" + b.hex().upper().encode() + b">"
