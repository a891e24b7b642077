"""A re-implementation of the classic text2pdf (P. Smith, 1998): plain text
to an uncompressed PDF 1.1, one Courier text object per page, a line per
T* operator, form feeds start a new page. Usage: text2pdf.py in.txt out.pdf"""
import sys


def esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def convert(src, dst, pw=595, ph=842, font=10, lead=12, lines=62, left=56, top=56,
            title="", creator="text2pdf v1.1"):
    text = open(src, encoding="latin-1").read().replace("\r", "")
    pages = []
    for chunk in text.split("\f"):
        ls = chunk.split("\n")
        if ls and ls[-1] == "":
            ls.pop()
        for i in range(0, max(len(ls), 1), lines):
            pages.append(ls[i:i + lines])
    objs = []

    def add(body):
        objs.append(body)
        return len(objs)

    catalog = add(None)
    outlines = add(b"<<\n/Type /Outlines\n/Count 0\n>>")
    pages_id = add(None)
    font_id = add(b"<<\n/Type /Font\n/Subtype /Type1\n/Name /F1\n/BaseFont /Courier\n/Encoding /WinAnsiEncoding\n>>")
    procset = add(b"[/PDF /Text]")
    kids = []
    for pg in pages:
        ops = ["BT", "/F1 %d Tf" % font, "1 0 0 1 %d %d Tm" % (left, ph - top), "%d TL" % lead]
        for l in pg:
            ops.append("(%s) '" % esc(l.rstrip()))
        ops.append("ET")
        stream = ("\n".join(ops) + "\n").encode("latin-1")
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream")
        page = add(("<<\n/Type /Page\n/Parent %d 0 R\n/Resources << /Font << /F1 %d 0 R >> /ProcSet %d 0 R >>\n"
                    "/MediaBox [0 0 %d %d]\n/Contents %d 0 R\n>>" % (pages_id, font_id, procset, pw, ph, content)).encode())
        kids.append(page)
    objs[pages_id - 1] = ("<<\n/Type /Pages\n/Count %d\n/Kids [%s]\n>>" % (
        len(kids), " ".join("%d 0 R" % k for k in kids))).encode()
    objs[catalog - 1] = ("<<\n/Type /Catalog\n/Pages %d 0 R\n/Outlines %d 0 R\n>>" % (pages_id, outlines)).encode()
    info = add(("<<\n/Creator (%s)\n/Title (%s)\n>>" % (esc(creator), esc(title))).encode("latin-1"))
    out = bytearray(b"%PDF-1.1\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<<\n/Size %d\n/Root %d 0 R\n/Info %d 0 R\n>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, catalog, info, xref)
    open(dst, "wb").write(out)


if __name__ == "__main__":
    convert(sys.argv[1], sys.argv[2], title=sys.argv[3] if len(sys.argv) > 3 else "")
