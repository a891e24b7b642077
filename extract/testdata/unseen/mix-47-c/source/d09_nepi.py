# Comune di Nepi - certificate of publication printed from a text-mode (Harbour/Clipper-like) application:
# a raw PDF written by hand, Courier 10 pt, WinAnsiEncoding, one text line per record line.
import zlib
lines = open("d09_nepi.txt", encoding="utf-8").read().rstrip("\n").split("\n")
def esc(s): return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
ops = ["BT", "/F1 10 Tf", "12 TL", "58 790 Td"]
for i, l in enumerate(lines):
    if i < 1: ops += ["/F2 10 Tf", "(%s) Tj" % esc(l), "/F1 10 Tf", "T*"]
    else: ops += ["(%s) Tj" % esc(l), "T*"]
ops += ["ET", "0.5 w 58 45 m 537 45 l S", "BT /F1 7 Tf 58 35 Td (NEPI - ALBO PRETORIO ON LINE - STAMPA CERTIFICATI  pag. 1/1) Tj ET"]
content = zlib.compress("\n".join(ops).encode("cp1252"))
objs = []
objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
objs.append(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>")
objs.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream")
objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>")
objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Bold /Encoding /WinAnsiEncoding >>")
objs.append(b"<< /Producer (HBPRINT 3.2 - stampa su file PDF) /Title (CERTIFICATO DI PUBBLICAZIONE 412/2026) /CreationDate (D:20260325091204+01'00') >>")
out = bytearray(b"%PDF-1.3\n%\xe2\xe3\xcf\xd3\n"); offs = []
for i, o in enumerate(objs, 1):
    offs.append(len(out)); out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
x = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offs)
out += b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
open("nepi.pdf", "wb").write(out)
