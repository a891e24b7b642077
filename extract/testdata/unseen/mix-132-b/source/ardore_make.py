# -*- coding: utf-8 -*-
"""Print the Ardore minutes: usage  ardore_make.py ID PRODUCER OUT.pdf TMPDIR
PRODUCER is enscript, a2ps, groff or rawpdf (glyphs placed one at a time)."""
import os, subprocess, sys, zlib
from acts import BY_ID, it_date
from ardore import ardore_pages, write_text
from rawpdf import PDF, pdfstr

def run(*cmd, **kw):
    subprocess.run(cmd, check=True, **kw)

def via_enscript(a, out, tmp):
    txt = os.path.join(tmp, 'delibera.txt'); ps = os.path.join(tmp, 'delibera.ps')
    write_text(a, txt)
    run('enscript', '-q', '-B', '-X', 'latin1', '-f', 'Courier10', '--margins=56:40:36:30',
        '-t', 'Deliberazione G.C. n. %d' % a['number'], '-o', ps, txt)
    run('ps2pdf', '-sPAPERSIZE=a4', ps, out)

def via_a2ps(a, out, tmp):
    # a2ps prints its own header and footer: the office set them to the act's number
    txt = os.path.join(tmp, 'delibera.txt'); ps = os.path.join(tmp, 'delibera.ps')
    write_text(a, txt, running_foot=True, running_head=False)
    ab = 'Giunta Comunale' if a['organ'] == 'Giunta Comunale' else 'Consiglio Comunale'
    run('a2ps', '-q', '-1', '--portrait', '--medium=A4', '--encoding=latin1', '--chars-per-line=80',
        '--borders=no', '--header=COMUNE DI ARDORE',
        '--center-title=Deliberazione %s n. %d del %s' % (ab, a['number'], it_date(a['date'])),
        '--left-title=', '--right-title=', '--left-footer=', '--footer=', '--right-footer=',
        '--pretty-print=plain', '-o', ps, txt)
    run('ps2pdf', '-sPAPERSIZE=a4', ps, out)

def troff_escape(line):
    line = line.replace('\\', '\\e')
    if line.startswith('.') or line.startswith("'"):
        line = '\\&' + line
    return line

def via_groff(a, out, tmp):
    pages = ardore_pages(a)
    src = ['.\\" Comune di Ardore - stampa deliberazione (ASMENET) - plain troff, no macro package',
           '.pl 11.69i', '.ll 6.8i', '.po 0.75i', '.ft CR', '.ps 10', '.vs 12p', '.nf', '.nh']
    for i, p in enumerate(pages):
        if i:
            src.append('.bp')
        src.append('.sp |0.55i')
        src += [troff_escape(l) for l in p]
    tr = os.path.join(tmp, 'delibera.tr'); ps = os.path.join(tmp, 'delibera.ps')
    open(tr, 'w', encoding='latin-1').write('\n'.join(src) + '\n')
    with open(ps, 'wb') as f:
        run('groff', '-Tps', '-P-pa4', '-Klatin1', tr, stdout=f)
    run('ps2pdf', '-sPAPERSIZE=a4', ps, out)

def via_rawpdf(a, out, tmp):
    """A print driver that writes every glyph at its own position (no spaces)."""
    pages = ardore_pages(a)
    p = PDF()
    font = p.add('<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>')
    pages_id = p.reserve()
    kids = []
    size, lead, x0, y0 = 9.6, 11.8, 58, 800
    cw = size * 0.6
    for pg in pages:
        ops = ['BT', '/F1 %.1f Tf' % size]
        for ln, line in enumerate(pg):
            y = y0 - ln * lead
            for col, ch in enumerate(line):
                if ch == ' ':
                    continue
                ops.append('1 0 0 1 %.2f %.2f Tm (%s) Tj' % (x0 + col * cw, y, pdfstr(ch)))
        ops.append('ET')
        c = p.add(p.stream('\n'.join(ops) + '\n'))
        kids.append(p.add('<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595.28 841.89] /Contents %d 0 R '
                          '/Resources << /Font << /F1 %d 0 R >> /ProcSet [/PDF /Text] >> >>' % (pages_id, c, font)))
    p.set(pages_id, '<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), len(kids)))
    root = p.add('<< /Type /Catalog /Pages %d 0 R >>' % pages_id)
    info = p.add('<< /Title (Deliberazione C.C. n. %d/2028) /Creator (ASMENET Atti Amministrativi rel. 3.2) '
                 '/Producer (ASMENET StampaPDF 1.4) /CreationDate (D:20280807101522+02\'00\') >>' % a['number'])
    p.write(out, root, info)

if __name__ == '__main__':
    aid, prod, out, tmp = sys.argv[1:5]
    {'enscript': via_enscript, 'a2ps': via_a2ps, 'groff': via_groff, 'rawpdf': via_rawpdf}[prod](BY_ID[aid], out, tmp)
