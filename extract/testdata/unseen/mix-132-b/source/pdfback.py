# -*- coding: utf-8 -*-
"""Back end: typeset.Layout -> PDF with hand-written content streams."""
from rawpdf import PDF, pdfstr
from typeset import FONTS

FKEY = {'R': 'F1', 'B': 'F2', 'I': 'F3', 'C': 'F4', 'CB': 'F5'}

def enc(s):
    return pdfstr(s.encode('cp1252').decode('latin-1'))

def page_ops(items, order=None):
    ops = []
    cur = None
    for it in items:
        if it[0] == 'l':
            _, _, x1, y1, x2, y2, w = it
            ops.append('%.2f w %.2f %.2f m %.2f %.2f l S' % (w, x1, y1, x2, y2))
    ops.append('BT')
    tw0 = tc0 = 0.0
    for it in items:
        if it[0] != 't':
            continue
        _, _, x, y, f, size, s, tw, tc = it
        if (f, size) != cur:
            ops.append('/%s %.1f Tf' % (FKEY[f], size)); cur = (f, size)
        if abs(tw - tw0) > 1e-4:
            ops.append('%.3f Tw' % tw); tw0 = tw
        if abs(tc - tc0) > 1e-4:
            ops.append('%.3f Tc' % tc); tc0 = tc
        ops.append('1 0 0 1 %.2f %.2f Tm (%s) Tj' % (x, y, enc(s)))
    ops.append('ET')
    return '\n'.join(ops) + '\n'

def fonts(p):
    d = {}
    for k, name in FONTS.items():
        d[FKEY[k]] = p.add('<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>' % name)
    return d
