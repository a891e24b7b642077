# A tiny hand-made PDF writer used by d09 and d12: standard Type1 fonts with
# WinAnsiEncoding, content streams written by hand, Form XObjects.
# ReportLab is used only for the font metrics (stringWidth).
import zlib
from reportlab.pdfbase.pdfmetrics import stringWidth

FONTS = {'F1': 'Helvetica', 'F2': 'Helvetica-Bold', 'F3': 'Times-Roman', 'F4': 'Times-Bold',
         'F5': 'Times-Italic', 'F6': 'Helvetica-Oblique'}
FONTNAME = {v: k for k, v in FONTS.items()}


def esc(s):
    b = s.encode('cp1252')
    out = bytearray()
    for c in b:
        if c in b'()\\':
            out += b'\\' + bytes([c])
        elif c < 32 or c > 126:
            out += b'\\%03o' % c
        else:
            out.append(c)
    return out.decode('latin-1')


def sw(s, font, size):
    return stringWidth(s, font, size)


def wrap(text, font, size, width):
    words = text.split()
    lines, cur = [], []
    for w in words:
        t = ' '.join(cur + [w])
        if sw(t, font, size) > width and cur:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


class Doc:
    def __init__(self, w=595.28, h=841.89, info=None):
        self.w, self.h = w, h
        self.pages = []      # list of (content bytes, xobject names)
        self.xobjects = {}   # name -> (content, bbox)
        self.info = info or {}

    def xobject(self, name, content, bbox):
        self.xobjects[name] = (content, bbox)

    def page(self, content):
        self.pages.append(content)

    def save(self, path):
        objs = []

        def add(b):
            objs.append(b)
            return len(objs)

        font_ids = {}
        for k, base in FONTS.items():
            font_ids[k] = add(f'<< /Type /Font /Subtype /Type1 /BaseFont /{base} /Encoding /WinAnsiEncoding >>'.encode())
        fontdict = '<< ' + ' '.join(f'/{k} {v} 0 R' for k, v in font_ids.items()) + ' >>'
        xo_ids = {}
        for name, (content, bbox) in self.xobjects.items():
            data = zlib.compress(content.encode('latin-1'))
            xo_ids[name] = add(
                (f'<< /Type /XObject /Subtype /Form /BBox [{bbox[0]} {bbox[1]} {bbox[2]} {bbox[3]}] '
                 f'/Resources << /Font {fontdict} >> /Filter /FlateDecode /Length {len(data)} >>\nstream\n').encode()
                + data + b'\nendstream')
        xodict = '<< ' + ' '.join(f'/{k} {v} 0 R' for k, v in xo_ids.items()) + ' >>'
        pages_id_placeholder = len(objs) + 1
        add(b'')  # Pages, filled later
        page_ids = []
        for content in self.pages:
            data = zlib.compress(content.encode('latin-1'))
            cid = add(f'<< /Filter /FlateDecode /Length {len(data)} >>\nstream\n'.encode() + data + b'\nendstream')
            page_ids.append(add(
                f'<< /Type /Page /Parent {pages_id_placeholder} 0 R /MediaBox [0 0 {self.w} {self.h}] '
                f'/Resources << /Font {fontdict} /XObject {xodict} /ProcSet [/PDF /Text] >> /Contents {cid} 0 R >>'.encode()))
        objs[pages_id_placeholder - 1] = (f'<< /Type /Pages /Kids [{" ".join(f"{i} 0 R" for i in page_ids)}] '
                                          f'/Count {len(page_ids)} >>').encode()
        cat = add(f'<< /Type /Catalog /Pages {pages_id_placeholder} 0 R >>'.encode())
        info = add(('<< ' + ' '.join(f'/{k} ({esc(v)})' for k, v in self.info.items()) + ' >>').encode('latin-1'))
        out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
        offs = []
        for i, b in enumerate(objs, 1):
            offs.append(len(out))
            out += f'{i} 0 obj\n'.encode() + b + b'\nendobj\n'
        xref = len(out)
        out += f'xref\n0 {len(objs) + 1}\n0000000000 65535 f \n'.encode()
        for o in offs:
            out += f'{o:010d} 00000 n \n'.encode()
        out += f'trailer\n<< /Size {len(objs) + 1} /Root {cat} 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n'.encode()
        open(path, 'wb').write(out)


class Stream:
    """Collects content operators for a page or a form."""

    def __init__(self):
        self.ops = []

    def raw(self, s):
        self.ops.append(s)

    def text(self, x, y, s, font='Helvetica', size=10, tc=0, tw=0, gray=None):
        g = f'{gray} g ' if gray is not None else ''
        self.ops.append(f'BT {g}/{FONTNAME[font]} {size} Tf {tc} Tc {tw} Tw 1 0 0 1 {x:.2f} {y:.2f} Tm ({esc(s)}) Tj ET')

    def centred(self, cx, y, s, font='Helvetica', size=10, tc=0):
        w = sw(s, font, size) + tc * len(s)
        self.text(cx - w / 2, y, s, font, size, tc)

    def glyphs(self, x, y, s, font, size, extra_per_space=0.0):
        """Each glyph in its own Tm/Tj: what some report engines emit."""
        parts = [f'BT /{FONTNAME[font]} {size} Tf']
        cx = x
        for ch in s:
            if ch != ' ':
                parts.append(f'1 0 0 1 {cx:.2f} {y:.2f} Tm ({esc(ch)}) Tj')
            cx += sw(ch, font, size) + (extra_per_space if ch == ' ' else 0)
        parts.append('ET')
        self.ops.append('\n'.join(parts))

    def line(self, x1, y1, x2, y2, w=0.5):
        self.ops.append(f'{w} w {x1:.2f} {y1:.2f} m {x2:.2f} {y2:.2f} l S')

    def rect(self, x, y, w, h, lw=0.5, fill=None):
        if fill is not None:
            self.ops.append(f'q {fill} g {x:.2f} {y:.2f} {w:.2f} {h:.2f} re f Q')
        self.ops.append(f'{lw} w {x:.2f} {y:.2f} {w:.2f} {h:.2f} re S')

    def do(self, name, x=0, y=0):
        self.ops.append(f'q 1 0 0 1 {x:.2f} {y:.2f} cm /{name} Do Q')

    def getvalue(self):
        return '\n'.join(self.ops) + '\n'
