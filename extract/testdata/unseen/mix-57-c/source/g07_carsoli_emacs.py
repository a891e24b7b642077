# Ordinanza of the Comune di Carsoli printed from a plain-text buffer in the manner of Emacs
# ps-print-buffer-with-faces (grey two-line header box, Courier 10), then ps2pdf.
import sys, os, subprocess, datetime
src, out = sys.argv[1], sys.argv[2]
lines = open(src, encoding='utf-8').read().rstrip('\n').split('\n')
PER = 58
pages = [lines[i:i+PER] for i in range(0, len(lines), PER)]
def esc(s):
    b = s.encode('latin-1')
    o = ''
    for ch in b:
        if ch in (40, 41, 92): o += '\\' + chr(ch)
        elif ch > 126: o += '\\%03o' % ch
        else: o += chr(ch)
    return o
ps = ['%!PS-Adobe-3.0', '%%Title: ordinanza-14-2026.txt', '%%Creator: Emacs 29.1 ps-print', '%%Pages: %d' % len(pages),
      '%%BoundingBox: 0 0 595 842', '%%EndComments', '%%BeginProlog',
      '/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall',
      '  /Encoding ISOLatin1Encoding 256 array copy dup 39 /quotesingle put dup 96 /grave put def currentdict end definefont pop } def',
      '/F0 /Courier reenc /F1 /Courier-Bold reenc /H0 /Helvetica reenc /H1 /Helvetica-Bold reenc',
      '%%EndProlog']
for n, pg in enumerate(pages, 1):
    ps.append('%%%%Page: %d %d' % (n, n))
    ps.append('gsave 0.9 setgray 40 772 515 36 rectfill grestore 0.5 setlinewidth 40 772 515 36 rectstroke')
    ps.append('/H1 findfont 11 scalefont setfont 46 794 moveto (ordinanza-14-2026.txt) show')
    ps.append('/H0 findfont 8 scalefont setfont 46 780 moveto (/home/polizia.locale/ordinanze/2026/ordinanza-14-2026.txt) show')
    pn = '%d/%d' % (n, len(pages))
    ps.append('/H1 findfont 11 scalefont setfont 549 794 moveto (%s) dup stringwidth pop neg 0 rmoveto show' % pn)
    ps.append('/H0 findfont 8 scalefont setfont 549 780 moveto (17 apr 2026 10:42) dup stringwidth pop neg 0 rmoveto show')
    y = 752
    for ln in pg:
        font = 'F1' if ln.strip().startswith(('OGGETTO', 'ORDINA', 'DISPONE', 'IL SINDACO', 'COMUNE DI')) and ln.strip().upper() == ln.strip() or ln.strip().startswith('ORDINANZA SINDACALE') else 'F0'
        ps.append('/%s findfont 10 scalefont setfont 56 %d moveto (%s) show' % (font, y, esc(ln)))
        y -= 12
    ps.append('showpage')
ps.append('%%EOF')
work = os.path.dirname(os.path.abspath(out)) + '/scratch'
os.makedirs(work, exist_ok=True)
psf = os.path.join(work, 'ordinanza-carsoli.ps')
open(psf, 'w', encoding='latin-1').write('\n'.join(ps) + '\n')
subprocess.run(['ps2pdf', '-sPAPERSIZE=a4', psf, out], check=True)
