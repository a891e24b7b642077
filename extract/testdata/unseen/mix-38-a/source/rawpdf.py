# Minimal hand-written PDF writer (base-14 fonts, WinAnsiEncoding, Form XObjects), used by d06 and d12.
# Text metrics come from reportlab's AFM tables; no reportlab canvas is used, so the content
# streams are exactly as written here (glyph-by-glyph placement, Tw/Tc justification, XObjects).
import zlib
from reportlab.pdfbase.pdfmetrics import stringWidth

FONTS = {'F1': 'Helvetica', 'F2': 'Helvetica-Bold', 'F3': 'Times-Roman', 'F4': 'Times-Bold', 'F5': 'Times-Italic', 'F6': 'Helvetica-Oblique'}
FNAME = {v: k for k, v in FONTS.items()}

def enc(s):
    b = s.encode('cp1252')
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')

def width(s, font, size):
    return stringWidth(s, font, size)

class Stream:
    def __init__(self):
        self.parts = []
    def raw(self, s):
        self.parts.append(s.encode('latin-1') if isinstance(s, str) else s)
    def text(self, x, y, s, font='Helvetica', size=10, tc=0, tw=0, angle=None):
        self.raw('BT /%s %.2f Tf %.3f Tc %.3f Tw ' % (FNAME[font], size, tc, tw))
        if angle == 90:
            self.raw('0 1 -1 0 %.2f %.2f Tm (' % (x, y))
        else:
            self.raw('1 0 0 1 %.2f %.2f Tm (' % (x, y))
        self.raw(enc(s)); self.raw(') Tj ET\n')
    def glyphs(self, x, y, s, font='Helvetica', size=10, extra=0.0):
        """each glyph in its own text object at its own absolute position"""
        for ch in s:
            if ch != ' ':
                self.raw('BT /%s %.2f Tf 1 0 0 1 %.2f %.2f Tm (' % (FNAME[font], size, x, y)); self.raw(enc(ch)); self.raw(') Tj ET\n')
            x += width(ch, font, size) + extra
        return x
    def line(self, x1, y1, x2, y2, w=0.5):
        self.raw('%.2f w %.2f %.2f m %.2f %.2f l S\n' % (w, x1, y1, x2, y2))
    def rect(self, x, y, w, h, lw=0.6, fill=None):
        if fill is not None:
            self.raw('q %.3f g %.2f %.2f %.2f %.2f re f Q\n' % (fill, x, y, w, h))
        self.raw('%.2f w %.2f %.2f %.2f %.2f re S\n' % (lw, x, y, w, h))
    def do(self, name, x=0, y=0):
        self.raw('q 1 0 0 1 %.2f %.2f cm /%s Do Q\n' % (x, y, name))
    def data(self):
        return b''.join(self.parts)

def justify_lines(text, font, size, maxw):
    words = text.split(); lines = []; cur = []
    for w in words:
        if cur and width(' '.join(cur + [w]), font, size) > maxw:
            lines.append(cur); cur = [w]
        else:
            cur.append(w)
    if cur: lines.append(cur)
    return lines

class Doc:
    def __init__(self, info):
        self.pages = []; self.forms = {}; self.info = info
    def add_form(self, name, stream, bbox):
        self.forms[name] = (stream, bbox)
    def add_page(self, stream, w=595.28, h=841.89):
        self.pages.append((stream, w, h))
    def write(self, path, compress=True):
        objs = []
        def add(b):
            objs.append(b); return len(objs)
        font_ids = {}
        for k, v in FONTS.items():
            font_ids[k] = add(('<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>' % v).encode())
        fres = ' '.join('/%s %d 0 R' % (k, i) for k, i in font_ids.items())
        def streamobj(dict_extra, data):
            if compress:
                data = zlib.compress(data); dict_extra += ' /Filter /FlateDecode'
            return ('<< %s /Length %d >>\nstream\n' % (dict_extra, len(data))).encode() + data + b'\nendstream'
        form_ids = {}
        for name, (st, bbox) in self.forms.items():
            form_ids[name] = add(streamobj('/Type /XObject /Subtype /Form /BBox [%s] /Resources << /Font << %s >> >>' % (' '.join('%.2f' % v for v in bbox), fres), st.data()))
        xres = ' '.join('/%s %d 0 R' % (k, i) for k, i in form_ids.items())
        pages_id = len(objs) + 1 + 2 * len(self.pages)
        kids = []
        for st, w, h in self.pages:
            cid = add(streamobj('', st.data()))
            pid = add(('<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /Font << %s >> /XObject << %s >> >> /Contents %d 0 R >>' % (pages_id, w, h, fres, xres, cid)).encode())
            kids.append(pid)
        assert add(('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), len(kids))).encode()) == pages_id
        cat = add(('<< /Type /Catalog /Pages %d 0 R >>' % pages_id).encode())
        info = add(('<< ' + ' '.join('/%s (%s)' % (k, v) for k, v in self.info.items()) + ' >>').encode('latin-1'))
        out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'); offs = []
        for i, b in enumerate(objs, 1):
            offs.append(len(out)); out += b'%d 0 obj\n' % i + b + b'\nendobj\n'
        x = len(out)
        out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
        for o in offs: out += b'%010d 00000 n \n' % o
        out += b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, cat, info, x)
        open(path, 'wb').write(out)
