# Minimal PDF writer used by f_scalea (spool-to-PDF of a 132-column report) and
# l_sanluri (annex with Form XObjects, drawn out of reading order).
# Standard 14 fonts, WinAnsiEncoding, uncompressed or Flate streams.
import zlib


def pdfstr(s):
    b = s.encode('cp1252')
    out = bytearray(b'(')
    for c in b:
        if c in (0x28, 0x29, 0x5c):
            out += b'\\' + bytes([c])
        elif c < 32 or c > 126:
            out += b'\\%03o' % c
        else:
            out.append(c)
    out += b')'
    return bytes(out)


class Doc:
    def __init__(self, producer='', creator='', title=''):
        self.objs = []  # bytes or None (reserved)
        self.pages = []
        self.info = {'Producer': producer, 'Creator': creator, 'Title': title}
        self.pages_id = self.reserve()
        self.fonts = {}

    def reserve(self):
        self.objs.append(None)
        return len(self.objs)

    def set(self, oid, data):
        self.objs[oid - 1] = data

    def add(self, data):
        self.objs.append(data)
        return len(self.objs)

    def stream(self, content, extra=b'', compress=True):
        if compress:
            data = zlib.compress(content)
            return self.add(b'<< /Length %d /Filter /FlateDecode %s >>\nstream\n' % (len(data), extra) + data + b'\nendstream')
        return self.add(b'<< /Length %d %s >>\nstream\n' % (len(content), extra) + content + b'\nendstream')

    def font(self, base):
        if base not in self.fonts:
            self.fonts[base] = self.add(b'<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>' % base.encode())
        return self.fonts[base]

    def font_res(self, names):
        # names: dict resname -> basefont
        return b'<< ' + b' '.join(b'/%s %d 0 R' % (k.encode(), self.font(v)) for k, v in names.items()) + b' >>'

    def form(self, content, bbox, fonts, compress=True):
        extra = b'/Type /XObject /Subtype /Form /BBox [%s] /Resources << /Font %s >>' % (
            b' '.join(b'%g' % v for v in bbox), self.font_res(fonts))
        return self.stream(content, extra, compress)

    def page(self, content, size, fonts, xobjects=None, compress=True):
        cid = self.stream(content, compress=compress)
        res = b'<< /Font %s' % self.font_res(fonts)
        if xobjects:
            res += b' /XObject << ' + b' '.join(b'/%s %d 0 R' % (k.encode(), v) for k, v in xobjects.items()) + b' >>'
        res += b' >>'
        pid = self.add(b'<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %g %g] /Resources %s /Contents %d 0 R >>' % (
            self.pages_id, size[0], size[1], res, cid))
        self.pages.append(pid)
        return pid

    def write(self, path):
        self.set(self.pages_id, b'<< /Type /Pages /Kids [%s] /Count %d >>' % (
            b' '.join(b'%d 0 R' % p for p in self.pages), len(self.pages)))
        cat = self.add(b'<< /Type /Catalog /Pages %d 0 R >>' % self.pages_id)
        info = self.add(b'<< ' + b' '.join(b'/%s %s' % (k.encode(), pdfstr(v)) for k, v in self.info.items() if v) + b' >>')
        out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
        offs = []
        for i, o in enumerate(self.objs, 1):
            offs.append(len(out))
            out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
        x = len(out)
        out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(self.objs) + 1)
        for o in offs:
            out += b'%010d 00000 n \n' % o
        out += b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(self.objs) + 1, cat, info, x)
        with open(path, 'wb') as f:
            f.write(out)
