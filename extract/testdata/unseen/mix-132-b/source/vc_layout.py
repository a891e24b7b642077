# -*- coding: utf-8 -*-
"""Villa Carcina 'Dedalo' house style laid out with typeset.Layout (for the
hand-written PDF and PostScript prints)."""
from typeset import Layout, sw
from vc_text import blocks, head_text, foot_text, LETTERHEAD, SW
from acts import it_date

L0, R0 = 70, 525

def roll_giunta(L, roll):
    xP, xA = 400, 465
    L.need(16 * (len(roll) + 2))
    L.skip(4)
    L.rule(L0, L.y, R0, L.y)
    L.line('Componenti della Giunta', 'B', 10, 14)
    L.text(xP - sw('Presente', 'B', 10) / 2, L.y, 'Presente', 'B', 10)
    L.text(xA - sw('Assente', 'B', 10) / 2, L.y, 'Assente', 'B', 10)
    L.rule(L0, L.y - 4, R0, L.y - 4)
    top = L.y + 10
    for n, r, p in roll:
        L.line('%s – %s' % (n, r), 'R', 10, 14, x=L0 + 8)
        x = xP if p else xA
        L.text(x - sw('X', 'R', 10) / 2, L.y, 'X', 'R', 10)
    L.rule(L0, L.y - 5, R0, L.y - 5)
    for x in (L0, 365, 432, R0):
        L.rule(x, top, x, L.y - 5)
    L.skip(6)

def roll_two(L, roll):
    """Two members per line, bars between the halves, P/A columns as X."""
    half = (R0 - L0) / 2
    cols = [(L0, L0 + half), (L0 + half, R0)]
    rows = (len(roll) + 1) // 2
    L.need(14 * (rows + 2))
    L.skip(4)
    L.rule(L0, L.y, R0, L.y)
    L.y -= 13
    for a, b in cols:
        L.text(a + 4, L.y, 'N.', 'B', 9)
        L.text(a + 22, L.y, 'Componente', 'B', 9)
        L.text(b - 52, L.y, 'Pres.', 'B', 9)
        L.text(b - 24, L.y, 'Ass.', 'B', 9)
    L.rule(L0, L.y - 4, R0, L.y - 4)
    top = L.y + 13
    for i in range(rows):
        L.y -= 13.5
        for c, (a, b) in enumerate(cols):
            k = i + c * rows  # numbered down the first column, then the second
            if k >= len(roll):
                continue
            n, r, p = roll[k]
            L.text(a + 4, L.y, '%d' % (k + 1), 'R', 9.5)
            L.text(a + 22, L.y, '%s – %s' % (n, r), 'R', 9.5)
            x = b - 43 if p else b - 15
            L.text(x - 3, L.y, 'X', 'R', 9.5)
    L.rule(L0, L.y - 5, R0, L.y - 5)
    for x in (L0, L0 + half - 56, L0 + half - 28, L0 + half, R0 - 56, R0 - 28, R0):
        L.rule(x, top, x, L.y - 5)
    L.skip(6)

def layout(a):
    L = Layout(L0, R0, top=775, bottom=80, first_top=800)
    # letterhead
    L.line(LETTERHEAD[0], 'B', 16, 18, 'center')
    L.line(LETTERHEAD[1], 'I', 11, 13, 'center')
    L.line(LETTERHEAD[2], 'R', 7.5, 11, 'center')
    L.rule(L0, L.y - 5, R0, L.y - 5, 1.2)
    L.skip(8)
    for b in blocks(a):
        k = b[0]
        if k == 'title':
            L.skip(6)
            L.line(b[1], 'B', 12, 16, 'center', tc=1.6)
        elif k == 'meta':
            L.line(b[1], 'B', 11, 18)
            L.text(R0 - sw(b[2], 'B', 11), L.y, b[2], 'B', 11)
        elif k == 'small':
            L.para(b[1], 'R', 8.5, 10.5, justify=False)
        elif k == 'subject':
            L.skip(8)
            L.need(30)
            y0 = L.y
            L.text(L0, L.y - 13, b[1], 'B', 11)
            L.left += 62
            L.para(b[2], 'B', 11, 13, justify=False)
            L.left -= 62
            L.rule(L0, L.y - 6, R0, L.y - 6)
            L.skip(8)
        elif k == 'para':
            L.skip(3)
            L.para(b[1], 'R', 10.5, 13, first=18)
        elif k == 'roll':
            (roll_giunta if b[2] else roll_two)(L, b[1])
        elif k == 'totals':
            s = 'Presenti n. %d – Assenti n. %d' % (b[1], b[2])
            L.line(s, 'B', 10, 13, 'right')
        elif k == 'heading':
            L.skip(6)
            tc = 3.0 if b[1] == 'DELIBERA' else 0.6
            L.line(b[1], 'B', 11.5, 15, 'center', tc=tc)
            L.skip(2)
        elif k == 'heading2':
            L.skip(14)
            L.need(60)
            L.rule(L0, L.y, R0, L.y, 0.8)
            L.line(b[1], 'B', 10, 15, 'center', tc=1.0)
        elif k == 'points':
            for i, pt in enumerate(b[1]):
                L.skip(2)
                L.need(26)
                L.text(L0 + 6, L.y - 13, '%d.' % (i + 1), 'R', 10.5)
                L.left += 24
                L.para(pt, 'R', 10.5, 13)
                L.left -= 24
        elif k == 'sign':
            L.skip(10)
            L.need(40)
            L.y -= 13
            for (role, name), cx in zip(b[1], (175, 420)):
                if role:
                    L.text(cx - sw(role, 'B', 10) / 2, L.y, role, 'B', 10)
            L.y -= 13
            for (role, name), cx in zip(b[1], (175, 420)):
                if name:
                    L.text(cx - sw(name, 'R', 10) / 2, L.y, name, 'R', 10)
        elif k == 'note':
            L.skip(4)
            L.line(b[1], 'I', 8, 11, 'center')
    # running heads and foots (pages known now)
    for pg in range(L.npages):
        if pg:
            h = head_text(a)
            L.text(L0, 806, h, 'I', 8.5, page=pg)
            L.text(R0 - sw(foot_text(a), 'I', 8.5), 806, foot_text(a), 'I', 8.5, page=pg)
            L.rule(L0, 801, R0, 801, 0.4, page=pg)
        L.rule(L0, 60, R0, 60, 0.4, page=pg)
        f = foot_text(a)
        r = 'Pagina %d di %d' % (pg + 1, L.npages)
        L.text(L0, 48, SW, 'I', 8, page=pg)
        L.text((L0 + R0 - sw(f, 'R', 8.5)) / 2, 48, f, 'R', 8.5, page=pg)
        L.text(R0 - sw(r, 'R', 8.5), 48, r, 'R', 8.5, page=pg)
    return L
