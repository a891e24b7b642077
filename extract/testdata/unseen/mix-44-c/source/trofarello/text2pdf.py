# Minimal text2pdf-style converter: Courier 10pt, one content stream per page, WinAnsiEncoding
import sys
src,out=sys.argv[1],sys.argv[2]
lines=open(src,encoding='utf-8').read().split('\n')
if lines and lines[-1]=='': lines.pop()
LPP=60; pages=[lines[i:i+LPP] for i in range(0,len(lines),LPP)] or [[]]
def esc(s): return s.replace('\\','\\\\').replace('(','\\(').replace(')','\\)')
objs=[]
def add(b): objs.append(b); return len(objs)
font=add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>")
pages_id=len(objs)+1; objs.append(None)
kids=[]
for pg in pages:
    body="BT\n/F1 10 Tf\n12 TL\n60 790 Td\n"+"".join("(%s) '\n"%esc(l) for l in pg)+"ET\n"
    data=body.encode('cp1252')
    c=add(b"<< /Length %d >>\nstream\n"%len(data)+data+b"endstream")
    p=add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"%(pages_id,font,c))
    kids.append(p)
objs[pages_id-1]=b"<< /Type /Pages /Kids [%s] /Count %d >>"%(b" ".join(b"%d 0 R"%k for k in kids),len(kids))
cat=add(b"<< /Type /Catalog /Pages %d 0 R >>"%pages_id)
info=add(b"<< /Creator (text2pdf-style converter, m44c text2pdf.py) /Title (CERTPUB.TXT) /CreationDate (D:20260317091500) >>")
res=b"%PDF-1.3\n"; offs=[]
for i,o in enumerate(objs,1):
    offs.append(len(res)); res+=b"%d 0 obj\n"%i+o+b"\nendobj\n"
x=len(res)
res+=b"xref\n0 %d\n0000000000 65535 f \n"%(len(objs)+1)+b"".join(b"%010d 00000 n \n"%o for o in offs)
res+=b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"%(len(objs)+1,cat,info,x)
open(out,'wb').write(res)
