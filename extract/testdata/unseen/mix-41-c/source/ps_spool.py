# Turn a line-printer text (\f = new page) into Courier PostScript, as an old
# DOS/Unix spool sent to a PostScript printer would. Usage: ps_spool.py in.txt out.ps [pt] [title]
import sys
src, out = sys.argv[1], sys.argv[2]
pt = float(sys.argv[3]) if len(sys.argv) > 3 else 10
title = sys.argv[4] if len(sys.argv) > 4 else src
text = open(src, encoding='utf-8').read().replace('\\f', '\f')
pages = text.split('\f')
def esc(s):
    b = s.encode('latin-1')
    r = ''
    for c in b:
        ch = chr(c)
        if ch in '()\\': r += '\\' + ch
        elif c > 126: r += '\\%03o' % c
        else: r += ch
    return r
o = ['%!PS-Adobe-3.0', '%%Creator: CLIPPER 5.2 PRINT DRIVER / PSPRINT', '%%Title: ' + title,
     '%%Pages: %d' % len(pages), '%%DocumentNeededResources: font Courier', '%%EndComments',
     '/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall',
     ' /Encoding ISOLatin1Encoding 256 array copy dup 39 /quotesingle put dup 45 /hyphen put def currentdict end definefont pop } bind def',
     '/CourierL /Courier reenc', '%%EndProlog']
lead = pt * 1.18
for n, pg in enumerate(pages, 1):
    o.append('%%%%Page: %d %d' % (n, n))
    o.append('/CourierL findfont %g scalefont setfont' % pt)
    y = 800
    for line in pg.strip('\n').split('\n'):
        if line.strip():
            o.append('%d %.1f moveto (%s) show' % (50, y, esc(line)))
        y -= lead
    o.append('showpage')
o.append('%%EOF')
open(out, 'w', encoding='latin-1').write('\n'.join(o) + '\n')
