# Spool-to-PDF converter for fixed-width reports: one Courier text object per page,
# one Tj per line with T* (as line-printer emulators do). Landscape A4.
import sys
sys.path.insert(0, __file__.rsplit('/', 1)[0])
from rawpdf import Doc, pdfstr

src, out = sys.argv[1], sys.argv[2]
size, lead = 8.6, 9.7
W, H = 842, 595
d = Doc(producer='SPOOL2PDF 2.1 (line printer emulation)', creator='DET0312', title='DETERMINAZIONE REG. GEN. N. 212/2026')
for pg in open(src, encoding='ascii').read().split('\f'):
    lines = pg.rstrip('\n').split('\n')
    if not any(l.strip() for l in lines):
        continue
    c = [b'BT', b'/F1 %g Tf' % size, b'%g TL' % lead, b'1 0 0 1 36 %g Tm' % (H - 40)]
    for ln in lines:
        if ln:
            c.append(pdfstr(ln.rstrip()) + b' Tj')
        c.append(b'T*')
    c.append(b'ET')
    d.page(b'\n'.join(c), (W, H), {'F1': 'Courier'})
d.write(out)
