# -*- coding: utf-8 -*-
"""Back end: typeset.Layout -> DSC PostScript written by hand (Windows-1252
re-encoded base fonts, widthshow for justified lines, ashow for letter
spacing), to be distilled by ps2pdf."""
import codecs

def glyphnames():
    import unicodedata
    # names for the cp1252 code points used by these documents
    names = {}
    std = {' ': 'space', '!': 'exclam', '"': 'quotedbl', '#': 'numbersign', '$': 'dollar', '%': 'percent',
           '&': 'ampersand', "'": 'quotesingle', '(': 'parenleft', ')': 'parenright', '*': 'asterisk',
           '+': 'plus', ',': 'comma', '-': 'hyphen', '.': 'period', '/': 'slash', ':': 'colon',
           ';': 'semicolon', '<': 'less', '=': 'equal', '>': 'greater', '?': 'question', '@': 'at',
           '[': 'bracketleft', '\\': 'backslash', ']': 'bracketright', '^': 'asciicircum', '_': 'underscore',
           '`': 'grave', '{': 'braceleft', '|': 'bar', '}': 'braceright', '~': 'asciitilde'}
    digits = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
    for i in range(32, 127):
        c = chr(i)
        if c in std: names[i] = std[c]
        elif c.isdigit(): names[i] = digits[int(c)]
        else: names[i] = c
    extra = {0x92: 'quoteright', 0x91: 'quoteleft', 0x93: 'quotedblleft', 0x94: 'quotedblright',
             0x96: 'endash', 0x97: 'emdash', 0x80: 'Euro', 0xAB: 'guillemotleft', 0xBB: 'guillemotright',
             0xB0: 'degree', 0xA7: 'section'}
    names.update(extra)
    acc = {'à': 'agrave', 'è': 'egrave', 'é': 'eacute', 'ì': 'igrave', 'ò': 'ograve', 'ù': 'ugrave',
           'À': 'Agrave', 'È': 'Egrave', 'É': 'Eacute', 'Ì': 'Igrave', 'Ò': 'Ograve', 'Ù': 'Ugrave'}
    for c, n in acc.items():
        names[c.encode('cp1252')[0]] = n
    return names

PROLOG = r"""%%BeginProlog
/WinVec 256 array def
0 1 255 { WinVec exch /.notdef put } for
{GLYPHS}
/ReEnc { % newname basefont
  findfont dup length dict begin
    { 1 index /FID ne { def } { pop pop } ifelse } forall
    /Encoding WinVec def
    currentdict
  end definefont pop } bind def
/FR /Times-Roman ReEnc /FB /Times-Bold ReEnc /FI /Times-Italic ReEnc
/FC /Courier ReEnc /FCB /Courier-Bold ReEnc
/F { exch findfont exch scalefont setfont } bind def
/J { % tw x y (s)  -> justified line: widthshow on the space
  4 1 roll moveto 0 32 4 -1 roll widthshow } bind def
/A { % tc x y (s) -> letter spaced
  4 1 roll moveto 0 3 -1 roll ashow } bind def
/S { 3 1 roll moveto show } bind def
/R { setlinewidth newpath moveto lineto stroke } bind def
%%EndProlog
"""

FN = {'R': '/FR', 'B': '/FB', 'I': '/FI', 'C': '/FC', 'CB': '/FCB'}

def psstr(s):
    b = s.encode('cp1252')
    out = []
    for ch in b:
        if ch in (0x28, 0x29, 0x5c): out.append('\\' + chr(ch))
        elif ch < 32 or ch > 126: out.append('\\%03o' % ch)
        else: out.append(chr(ch))
    return '(' + ''.join(out) + ')'

def render(layout, title, creator, extra_page=None):
    g = glyphnames()
    glyphs = '\n'.join('WinVec %d /%s put' % (k, v) for k, v in sorted(g.items()))
    out = ['%!PS-Adobe-3.0', '%%Title: ' + title, '%%Creator: ' + creator,
           '%%Pages: %d' % layout.npages, '%%DocumentMedia: A4 595 842 0 () ()', '%%EndComments',
           PROLOG.replace('{GLYPHS}', glyphs)]
    for pg in range(layout.npages):
        out.append('%%%%Page: %d %d' % (pg + 1, pg + 1))
        out.append('save')
        cur = None
        for it in layout.items:
            if it[1] != pg:
                continue
            if it[0] == 'l':
                _, _, x1, y1, x2, y2, w = it
                out.append('%.2f %.2f %.2f %.2f %.2f R' % (x2, y2, x1, y1, w))
                continue
            _, _, x, y, f, size, s, tw, tc = it
            if (f, size) != cur:
                out.append('%s %.1f F' % (FN[f], size)); cur = (f, size)
            if tc:
                out.append('%.3f %.2f %.2f %s A' % (tc, x, y, psstr(s)))
            elif tw:
                out.append('%.3f %.2f %.2f %s J' % (tw, x, y, psstr(s)))
            else:
                out.append('%.2f %.2f %s S' % (x, y, psstr(s)))
        if extra_page:
            out.append(extra_page(pg))
        out.append('restore showpage')
    out.append('%%EOF')
    return '\n'.join(out) + '\n'
