"""House style of the Comune di La Morra: its package ('Sipal' style, an old
character-mode procedure) prints every act as an 80-column report in Courier:
name of the Comune at the top left with ORIGINALE/COPIA at the right, the
organ or office at the left and the number and date in a box of dashes at
the right, the subject under OGGETTO:, prose justified by padding spaces,
the signatures side by side with F.to. The printing tool adds a running
head or foot with the number and the page. This module writes the plain
text (ISO-8859-1) the tools print."""
import textwrap

W = 80


def justify(text, width=W, indent=0, first=0):
    lines = textwrap.wrap(text, width - indent, initial_indent=' ' * first,
                          break_long_words=False, break_on_hyphens=False)
    out = []
    for i, ln in enumerate(lines):
        if i < len(lines) - 1:
            lead = len(ln) - len(ln.lstrip(' '))
            words = ln.split()
            gaps = len(words) - 1
            short = width - indent - len(ln)
            if gaps > 0 and short > 0:
                base, extra = divmod(short, gaps)
                s = ''
                for j, w in enumerate(words[:-1]):
                    s += w + ' ' * (1 + base + (1 if j < extra else 0))
                ln = ' ' * lead + s + words[-1]
        out.append(' ' * indent + ln)
    return out


def header(copy, organ_lines, box):
    """box: list of (label, value) rows, e.g. [('DELIBERAZIONE N.', '31'), ('DEL', '27/07/2028')]"""
    out = []
    out.append('COMUNE DI LA MORRA'.ljust(W - len(copy)) + copy)
    out.append('PROVINCIA DI CUNEO')
    out.append("Via Umberto I n. 1 - 12064 La Morra (CN) - Tel. 0173 509201")
    out.append('=' * W)
    bw = 32
    rows = ['| ' + (l.ljust(bw - 4 - len(v)) + v) + ' |' for l, v in box]
    bar = '+' + '-' * (bw - 2) + '+'
    right = [bar] + rows + [bar]
    left = organ_lines + [''] * (len(right) - len(organ_lines))
    for l, r in zip(left, right):
        out.append(l.ljust(W - bw) + r)
    out.append('')
    return out


def subject(text):
    lines = textwrap.wrap(text, W - 9, break_long_words=False)
    return ['OGGETTO: ' + lines[0]] + ['         ' + l for l in lines[1:]] + ['-' * W]


def center(s):
    return ' ' * ((W - len(s)) // 2) + s


def points(items, label='%d) '):
    out = []
    for i, t in enumerate(items, 1):
        lab = label % i
        ls = justify(t, W, indent=len(lab))
        ls[0] = lab + ls[0][len(lab):]
        out += ls
    return out


def roll(members, name_w=15, role_w=11):
    """members: (name, role, present); two per row, P and A columns"""
    def seg(m):
        if m is None:
            return '|' + ' ' * (name_w + 2) + '|' + ' ' * (role_w + 1) + '|   |   '
        n, r, p = m
        return '| %s | %s|%s|%s' % (n.ljust(name_w), r.ljust(role_w), ' X ' if p else '   ',
                                    '   ' if p else ' X ')
    sep = '+' + '-' * (name_w + 2) + '+' + '-' * (role_w + 1) + '+---+---'
    hd = '| %s | %s|%s|%s' % ('Cognome e Nome'.ljust(name_w), 'Carica'.ljust(role_w), ' P ', ' A ')
    out = [sep + sep + '+', hd + hd + '|', sep + sep + '+']
    for k in range(0, len(members), 2):
        a = members[k]
        b = members[k + 1] if k + 1 < len(members) else None
        out.append(seg(a) + seg(b) + '|')
    out.append(sep + sep + '+')
    out.append('(P = Presente   A = Assente)'.rjust(W))
    return out


def signatures(left, right):
    out = []
    for l, r in zip(left, right):
        out.append(l.center(40).rstrip().ljust(40) + r.center(40).rstrip())
    return out


def write(path, lines):
    with open(path, 'w', encoding='latin-1', newline='\n') as f:
        for ln in lines:
            assert len(ln) <= W or ln.startswith('\f'), (len(ln), ln)
            f.write(ln.rstrip() + '\n')
