"""House style of the Comune di Contursi Terme (imitating the print module
of an 'Asmenet' municipal package): centred letterhead, the issuing office at
the top left, the number and date in a box at the top right, signatures in
two columns, a foot with the number and the page."""
from pslib import Page, pstr

NAME = 'COMUNE DI CONTURSI TERME'
ADDR = ('Piazza Garibaldi, 1 \u2013 84024 Contursi Terme (SA) \u2013 Tel. 0828 991013 \u2013 '
        'PEC: protocollo@pec.comune.contursiterme.sa.it')


def letterhead_ps():
    p = Page()
    # a plain drawn crest: shield outline with a tower
    p.add('gsave 0.6 setlinewidth 60 772 moveto 60 812 lineto 96 812 lineto 96 772 lineto '
          '78 760 lineto closepath stroke 70 780 moveto 70 800 lineto 86 800 lineto 86 780 lineto stroke '
          '68 800 moveto 68 805 lineto 72 805 lineto 72 802 lineto 76 802 lineto 76 805 lineto 80 805 lineto '
          '80 802 lineto 84 802 lineto 84 805 lineto 88 805 lineto 88 800 lineto stroke grestore')
    p.center(310, 800, NAME, 'F2', 18)
    p.center(310, 785, 'Provincia di Salerno', 'F3', 11)
    p.center(310, 772, ADDR, 'F4', 7)
    p.line(50, 764, 545, 764, 0.8)
    p.line(50, 762, 545, 762, 0.3)
    return p.body()


def forms():
    return ('/ContursiHead << /FormType 1 /BBox [0 740 595 842] /Matrix [1 0 0 1 0 0]\n'
            ' /PaintProc { pop\n' + letterhead_ps() + '\n } >> def\n')


def office_and_box(p, office, unit, box_lines):
    """office at the top left, number box at the top right"""
    p.text(50, 738, office, 'F2', 11)
    y = 724
    for u in unit:
        p.text(50, y, u, 'F3', 10)
        y -= 12
    h = 14 * len(box_lines) + 8
    p.rect(345, 746 - h, 200, h, 0.8)
    y = 746 - 15
    for i, (s, f) in enumerate(box_lines):
        p.center(445, y, s, f, 10)
        y -= 14


def foot(p, text, n, tot):
    p.line(50, 44, 545, 44, 0.3)
    p.text(50, 34, text, 'F4', 7.5)
    p.right(545, 34, 'Pag. %d di %d' % (n, tot), 'F4', 7.5)
