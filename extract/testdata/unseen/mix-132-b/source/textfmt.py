# -*- coding: utf-8 -*-
"""Fixed-width helpers shared by the 80-column prints."""
import textwrap

def justify(text, width, first_indent=0, indent=0, last_left=True):
    words = text.split()
    lines, cur = [], []
    avail = width - first_indent
    for w in words:
        if cur and len(' '.join(cur + [w])) > avail:
            lines.append(cur); cur = [w]; avail = width - indent
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    out = []
    for i, ws in enumerate(lines):
        ind = first_indent if i == 0 else indent
        w = width - ind
        if i == len(lines) - 1 or len(ws) == 1:
            s = ' '.join(ws)
        else:
            gaps = len(ws) - 1
            extra = w - sum(len(x) for x in ws)
            base, rem = divmod(extra, gaps)
            s = ''
            for j, x in enumerate(ws[:-1]):
                s += x + ' ' * (base + (1 if j < rem else 0))
            s += ws[-1]
        out.append(' ' * ind + s)
    return out

def wrap(text, width, first_indent=0, indent=0):
    return textwrap.wrap(text, width, initial_indent=' ' * first_indent,
                         subsequent_indent=' ' * indent, break_on_hyphens=False)

def center(s, width=80):
    return s.center(width).rstrip()

def spaced(s):
    return ' '.join(s)
