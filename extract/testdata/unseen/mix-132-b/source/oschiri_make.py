# -*- coding: utf-8 -*-
"""Print the Oschiri minutes: usage  oschiri_make.py ID PRODUCER OUT.pdf TMPDIR
PRODUCER: rawpdf (form and letterhead in Form XObjects drawn after the
filled text, values over the underscores, a rotated publication stamp),
ps (the same written as PostScript and distilled by ps2pdf), enscript,
a2ps (blanks filled inline)."""
import os, subprocess, sys
from acts import BY_ID, it_date
import oschiri
from oschiri import pages, as_form, as_text, foot, text_pages, LETTERHEAD, W, BODY, SW
from rawpdf import PDF, pdfstr
import psback

X0, Y0, SIZE, LEAD = 54, 800, 10, 12.2
CW = SIZE * 0.6

def run(*cmd, **kw):
    subprocess.run(cmd, check=True, **kw)

def split_page(a, i, lh, ch):
    """-> form_lines [(row, text)], fills [(row, col, value)], plain [(row, text)]"""
    form, fills, plain = [], [], []
    rows = lh + ch
    for r, line in enumerate(rows):
        has_field = any(not isinstance(s, str) for s in line)
        t, fl = as_form(line)
        if r < len(lh) or has_field or t.strip().startswith('VERBALE DI') or t.strip().startswith('COMPONENTE'):
            form.append((r, t))
            fills += [(r, c, v) for c, v in fl]
        else:
            plain.append((r, t))
    return form, fills, plain

def stamp_lines(a):
    dpub, npub = a['pub']
    return ['COMUNE DI OSCHIRI - ALBO PRETORIO ON LINE', 'Pubblicata il %s  Reg. n. %d' % (dpub, npub)]

def via_rawpdf(a, out, tmp):
    p = PDF()
    courier = p.add('<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>')
    cbold = p.add('<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Bold /Encoding /WinAnsiEncoding >>')
    helv = p.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>')
    fres = '<< /Font << /F1 %d 0 R /F2 %d 0 R /F3 %d 0 R >> >>' % (courier, cbold, helv)
    # footer furniture: one Form XObject reused on every page
    piede = p.add(p.stream('0.5 w %.2f 50 m %.2f 50 l S BT /F1 8 Tf %.2f 40 Td (%s) Tj ET\n' %
                           (X0, X0 + W * CW, X0, pdfstr(SW)),
                           ' /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources %s' % fres))
    pgs = pages(a)
    pages_id = p.reserve()
    kids = []
    for i, (lh, ch) in enumerate(pgs):
        form, fills, plain = split_page(a, i, lh, ch)
        y = lambda r: Y0 - r * LEAD
        # the pre-printed module of this page as a Form XObject
        fops = ['BT']
        for r, t in form:
            bold = r == 0 and i == 0
            fops.append('/%s %.1f Tf 1 0 0 1 %.2f %.2f Tm (%s) Tj' % ('F2' if bold else 'F1', SIZE, X0, y(r), pdfstr(t)))
        fops.append('ET')
        modulo = p.add(p.stream('\n'.join(fops) + '\n', ' /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources %s' % fres))
        ops = ['BT /F1 %.1f Tf' % SIZE]
        for r, t in plain:
            if t.strip():
                ops.append('1 0 0 1 %.2f %.2f Tm (%s) Tj' % (X0, y(r), pdfstr(t)))
        ops.append('ET')
        # values typed over the blanks of the module
        ops.append('BT /F2 %.1f Tf' % SIZE)
        for r, c, v in fills:
            ops.append('1 0 0 1 %.2f %.2f Tm (%s) Tj' % (X0 + c * CW, y(r) + 1.2, pdfstr(v)))
        ops.append('ET')
        ops.append('q /Mod Do Q q /Piede Do Q')
        ft = foot(a, i, len(pgs))[len(SW) + 1:].strip()
        ops.append('BT /F1 8 Tf 1 0 0 1 %.2f 40 Tm (%s) Tj ET' % (X0 + W * CW - len(ft) * 4.8, pdfstr(ft)))
        if i == 0:
            s1, s2 = stamp_lines(a)
            # publication stamp up the left margin (rotated 90 degrees)
            ops.append('q 0.8 0 0 RG 0.8 0 0 rg 1.2 w 0 1 -1 0 44 330 cm 0 -6 250 30 re S '
                       'BT /F3 8.5 Tf 1 0 0 1 8 14 Tm (%s) Tj /F1 8.5 Tf 1 0 0 1 8 2 Tm (%s) Tj ET Q' % (pdfstr(s1), pdfstr(s2)))
        c = p.add(p.stream('\n'.join(ops) + '\n'))
        kids.append(p.add('<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R '
                          '/Resources << /Font << /F1 %d 0 R /F2 %d 0 R /F3 %d 0 R >> /XObject << /Mod %d 0 R /Piede %d 0 R >> >> >>'
                          % (pages_id, c, courier, cbold, helv, modulo, piede)))
    p.set(pages_id, '<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join('%d 0 R' % k for k in kids), len(kids)))
    root = p.add('<< /Type /Catalog /Pages %d 0 R >>' % pages_id)
    info = p.add('<< /Title (Delibera G.C. %d/2028) /Creator (SIPAL Gestione Delibere 5.3) /Producer (SIPAL PDFPrint 2.0) '
                 '/CreationDate (D:20280802113010+02\'00\') >>' % a['number'])
    p.write(out, root, info)

def via_ps(a, out, tmp):
    g = psback.glyphnames()
    glyphs = '\n'.join('WinVec %d /%s put' % (k, v) for k, v in sorted(g.items()))
    pgs = pages(a)
    o = ['%!PS-Adobe-3.0', '%%Title: Delibera ' + str(a['number']), '%%Creator: SIPAL Gestione Delibere 5.3 - driver PostScript',
         '%%Pages: ' + str(len(pgs)), '%%EndComments', psback.PROLOG.replace('{GLYPHS}', glyphs),
         '/FH /Helvetica-Bold findfont def']
    for i, (lh, ch) in enumerate(pgs):
        o += ['%%%%Page: %d %d' % (i + 1, i + 1), 'save']
        form, fills, plain = split_page(a, i, lh, ch)
        y = lambda r: Y0 - r * LEAD
        o.append('%% modulo prestampato')
        for r, t in form:
            o.append('%s %.1f F %.2f %.2f %s S' % ('/FCB' if (r == 0 and i == 0) else '/FC', SIZE, X0, y(r), psstr(t)))
        o.append('%% testo')
        o.append('/FC %.1f F' % SIZE)
        for r, t in plain:
            if t.strip():
                o.append('%.2f %.2f %s S' % (X0, y(r), psstr(t)))
        o.append('%% campi')
        o.append('/FCB %.1f F' % SIZE)
        for r, c, v in fills:
            o.append('%.2f %.2f %s S' % (X0 + c * CW, y(r) + 1.2, psstr(v)))
        o.append('0.5 setlinewidth newpath %.2f 50 moveto %.2f 50 lineto stroke' % (X0, X0 + W * CW))
        o.append('/FC 8 F %.2f 40 %s S' % (X0, psstr(foot(a, i, len(pgs)).strip())))
        if i == 0:
            s1, s2 = stamp_lines(a)
            o.append('gsave 0.8 0 0 setrgbcolor 44 330 translate 90 rotate 1.2 setlinewidth newpath 0 -6 250 30 rectstroke '
                     '/FH 8.5 selectfont 8 14 moveto %s show /FC 8.5 F 8 2 moveto %s show grestore' % (psstr(s1), psstr(s2)))
        o.append('restore showpage')
    o.append('%%EOF')
    ps = os.path.join(tmp, 'delibera.ps')
    open(ps, 'w', encoding='latin-1').write('\n'.join(o) + '\n')
    run('ps2pdf', '-sPAPERSIZE=a4', ps, out)

psstr = psback.psstr

def write_txt(a, path):
    with open(path, 'w', encoding='latin-1') as f:
        f.write('\f'.join('\n'.join(p) + '\n' for p in text_pages(a)))

def via_enscript(a, out, tmp):
    txt = os.path.join(tmp, 'delibera.txt'); ps = os.path.join(tmp, 'delibera.ps')
    write_txt(a, txt)
    run('enscript', '-q', '-B', '-X', 'latin1', '-f', 'Courier9.6', '--margins=50:30:40:30', '-o', ps, txt)
    run('ps2pdf', '-sPAPERSIZE=a4', ps, out)

def via_a2ps(a, out, tmp):
    txt = os.path.join(tmp, 'delibera.txt'); ps = os.path.join(tmp, 'delibera.ps')
    write_txt(a, txt)
    run('a2ps', '-q', '-1', '--portrait', '--medium=A4', '--encoding=latin1', '--chars-per-line=80',
        '--borders=no', '--no-header', '--pretty-print=plain', '-o', ps, txt)
    run('ps2pdf', '-sPAPERSIZE=a4', ps, out)

if __name__ == '__main__':
    aid, prod, out, tmp = sys.argv[1:5]
    {'rawpdf': via_rawpdf, 'ps': via_ps, 'enscript': via_enscript, 'a2ps': via_a2ps}[prod](BY_ID[aid], out, tmp)
