"""House style of the Comune di Pedaso (imitating a Halley print): crest and
name at the top left, ORIGINALE/COPIA at the top right, a ruled grid with the
kind of act, its number and date, the subject in a ruled box, the foot with
the act's number and the page; signatures under 'Letto, approvato e
sottoscritto' in two columns, opinions (pareri) at the end."""
from pslib import Page, pstr, width

NAME = 'COMUNE DI PEDASO'


def crest_ps(x, y):
    return ('gsave 0.7 setlinewidth %g %g moveto 0 34 rlineto 30 0 rlineto 0 -34 rlineto '
            '-15 -12 rlineto closepath stroke %g %g moveto 8 10 rlineto 7 -7 rlineto 7 7 rlineto '
            '8 -10 rlineto stroke grestore' % (x, y, x, y + 14))


def letterhead_ps():
    p = Page()
    p.add(crest_ps(52, 778))
    p.text(92, 800, NAME, 'F5', 16)
    p.text(92, 786, 'Provincia di Fermo', 'F4', 10)
    p.text(92, 775, 'Piazza Roma, 8 \u2013 63827 Pedaso (FM) \u2013 C.F. 81000730449', 'F4', 7)
    return p.body()


def forms():
    return ('/PedasoHead << /FormType 1 /BBox [40 760 560 830] /Matrix [1 0 0 1 0 0]\n'
            ' /PaintProc { pop\n' + letterhead_ps() + '\n } >> def\n')


def cell(p, x, y, w, h, text='', f='F4', size=9, align='l', pad=4, box=True):
    if box:
        p.rect(x, y, w, h, 0.5)
    if text:
        ty = y + (h - size) / 2 + 1.5
        if align == 'c':
            p.center(x + w / 2, ty, text, f, size)
        elif align == 'r':
            p.right(x + w - pad, ty, text, f, size)
        else:
            p.text(x + pad, ty, text, f, size)


def foot_form(name, text):
    p = Page()
    p.line(50, 46, 545, 46, 0.4)
    p.text(50, 36, text, 'F8', 7.5)
    return '/%s << /FormType 1 /BBox [40 30 560 50] /Matrix [1 0 0 1 0 0]\n /PaintProc { pop\n%s\n } >> def\n' % (name, p.body())
