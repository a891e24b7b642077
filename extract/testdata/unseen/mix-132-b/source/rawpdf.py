# Minimal PDF writer used by the hand-written content streams of this set.
import zlib
class PDF:
    def __init__(self):
        self.objs=[]
    def add(self, body):
        self.objs.append(body); return len(self.objs)
    def reserve(self):
        self.objs.append(None); return len(self.objs)
    def set(self, n, body): self.objs[n-1]=body
    def stream(self, data, dict_extra='', compress=True):
        if isinstance(data,str): data=data.encode('latin-1')
        if compress:
            data=zlib.compress(data); dict_extra+=' /Filter /FlateDecode'
        return b'<< /Length %d%s >>\nstream\n' % (len(data), dict_extra.encode()) + data + b'\nendstream'
    def write(self, path, root, info):
        out=bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'); offs=[]
        for i,o in enumerate(self.objs):
            offs.append(len(out))
            if isinstance(o,str): o=o.encode('latin-1')
            out+=b'%d 0 obj\n' % (i+1) + o + b'\nendobj\n'
        x=len(out)
        out+=b'xref\n0 %d\n0000000000 65535 f \n' % (len(self.objs)+1)
        for o in offs: out+=b'%010d 00000 n \n' % o
        out+=b'trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(self.objs)+1, root, info, x)
        open(path,'wb').write(out)

def pdfstr(s):
    """Escape a text string for a PDF literal (WinAnsi / Latin-1 bytes)."""
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
