# -*- coding: utf-8 -*-
"""Comune di Oschiri: the 'SIPAL Gestione Delibere' form (module DG01).  A
fixed-width form whose blanks (number, date, day, hour, session) are filled
over underscores.  Lines are lists of segments: a string, or ('F', value,
width) for a blank.  The enscript and a2ps prints fill the blanks inline;
the hand-written PDF and PostScript prints draw the form and then the
values over its underscores."""
from acts import BY_ID, it_date, DAYWORD
from textfmt import wrap, center

W = 80
BODY = 54
SW = 'SIPAL Gestione Delibere - Mod. DG01'

def F(v, w):
    return ('F', v, w)

def fill_inline(v, w):
    w = max(w, len(v) + 2)
    l = (w - len(v)) // 2
    return '_' * l + v + '_' * (w - len(v) - l)

def as_text(line):
    return ''.join(s if isinstance(s, str) else fill_inline(s[1], s[2]) for s in line)

def as_form(line):
    """-> (form text with blank underscores, [(column, value)])"""
    out, fills, col = '', [], 0
    for s in line:
        if isinstance(s, str):
            out += s
        else:
            w = max(s[2], len(s[1]) + 2)
            out += '_' * w
            fills.append((len(out) - w + (w - len(s[1])) // 2, s[1]))
    return out, fills

def roll_lines(a):
    giunta = a['organ'] == 'Giunta Comunale'
    L = []
    if giunta:
        L.append(['-' * W])
        L.append(['  ' + 'COMPONENTE'.ljust(33) + 'CARICA'.ljust(20) + 'PRESENTE   ASSENTE'])
        L.append(['-' * W])
        for n, r, p in a['roll']:
            L.append(['  ' + n.ljust(33) + r.ljust(20) + ('    X' if p else '').ljust(11) + ('' if p else '   X')])
        L.append(['-' * W])
    else:
        half = lambda n, r, p: n.ljust(21) + r.ljust(12) + (' X ' if p else '   ') + ('X ' if not p else '  ')
        L.append(['-' * W])
        h = 'COMPONENTE'.ljust(21) + 'CARICA'.ljust(12) + ' P ' + 'A '
        L.append([' ' + h + ' | ' + h])
        L.append(['-' * W])
        r = a['roll']
        for i in range(0, len(r), 2):
            left = half(*r[i])
            right = half(*r[i + 1]) if i + 1 < len(r) else ''
            L.append([' ' + left + ' | ' + right])
        L.append(['-' * W])
        L.append(['  (P = presente   A = assente)'])
    np = sum(1 for x in a['roll'] if x[2])
    L.append(['  Presenti n. ', F(str(np), 4), '          Assenti n. ', F(str(len(a['roll']) - np), 4)])
    return L

def body(a):
    giunta = a['organ'] == 'Giunta Comunale'
    d = int(a['date'][-2:])
    L = []
    L.append([center('VERBALE DI DELIBERAZIONE ' + ('DELLA GIUNTA COMUNALE' if giunta else 'DEL CONSIGLIO COMUNALE'))])
    L.append([''])
    L.append([' N. ', F(str(a['number']), 10), ' ' * 40 + 'del ', F(it_date(a['date']), 14)])
    L.append([''])
    pn, pd, po = a['proposal']
    L.append([' Proposta n. %d del %s - Area proponente: %s' % (pn, it_date(pd), po)])
    L.append([''])
    for i, s in enumerate(wrap(a['subject'], 68)):
        L.append([(' OGGETTO: ' if i == 0 else ' ' * 10) + s])
    L.append([' ' + '=' * (W - 2)])
    L.append([''])
    L.append([" L'anno DUEMILAVENTOTTO addi' ", F(DAYWORD[d].upper(), 10), ' del mese di ', F('AGOSTO', 8),
              ' alle ore ', F(a['time_print'], 7)])
    if giunta:
        L.append([" nella sala delle adunanze del Comune, convocata nei modi di legge, si e'"])
        L.append([" riunita la Giunta Comunale. Risultano all'appello:"])
    else:
        L.append([" nella sala consiliare del Comune, convocato nei modi di legge, si e' riunito"])
        L.append([' il Consiglio Comunale in sessione ', F('ORDINARIA', 11), ' e in seduta ', F('PUBBLICA', 10),
                  ' di ', F('PRIMA', 7)])
        L.append([" convocazione. Risultano all'appello:"])
    L.append([''])
    L += roll_lines(a)
    L.append([''])
    s, p = a['secretary'], a['president']
    for t in wrap("Assiste il %s %s %s, incaricato della redazione del verbale." % (s['role'], s['title'], s['name']), 78):
        L.append([' ' + t])
    for t in wrap("Assume la presidenza il %s %s %s che, riconosciuto legale il numero degli intervenuti, "
                  "dichiara aperta la seduta." % (p['role'], p['title'], p['name']), 78):
        L.append([' ' + t])
    L.append([''])
    L.append([center('LA GIUNTA COMUNALE' if giunta else 'IL CONSIGLIO COMUNALE')])
    L.append([''])
    for pr in a['premises']:
        for t in wrap(pr, 78):
            L.append([' ' + t])
    for t in wrap(a['vote_text'], 78):
        L.append([' ' + t])
    L.append([''])
    L.append([center('D E L I B E R A')])
    L.append([''])
    for i, pt in enumerate(a['points']):
        for j, t in enumerate(wrap(pt, 74)):
            L.append([(' %d.  ' % (i + 1) if j == 0 else '     ') + t])
    L.append([''])
    for t in wrap(a['ie_text'], 78):
        L.append([' ' + t])
    L.append([''])
    L.append([" PARERI AI SENSI DELL'ART. 49 DEL D.LGS. N. 267/2000"])
    L.append([" Regolarita' tecnica:   FAVOREVOLE   Il Responsabile dell'Area proponente"])
    L.append([' ' * 38 + 'F.to ' + RESP[a['proposal'][2]]])
    L.append([" Regolarita' contabile: FAVOREVOLE   Il Responsabile dell'Area Finanziaria"])
    L.append([' ' * 38 + 'F.to rag. Maria Rosa Sini'])
    L.append([''])
    L.append([' Letto, approvato e sottoscritto.'])
    L.append([''])
    L.append(['       IL PRESIDENTE' + ' ' * 28 + 'IL SEGRETARIO COMUNALE'])
    L.append(['  F.to %s %s' % (p['title'], p['name']) + ' ' * (42 - len(p['title'] + p['name'])) +
              'F.to %s %s' % (s['title'], s['name'])])
    L.append([''])
    L.append([' ' + '-' * (W - 2)])
    L.append([center('CERTIFICATO DI PUBBLICAZIONE')])
    dpub, npub = a['pub']
    L.append([" Si certifica che la presente deliberazione e' pubblicata all'Albo Pretorio"])
    L.append([' on line dal ', F(dpub, 14), ' al n. ', F(str(npub), 7), ' del Registro delle pubblicazioni'])
    L.append([" e vi rimarra' per quindici giorni consecutivi (art. 124 D.Lgs. n. 267/2000)."])
    L.append([' Oschiri, ', F(dpub, 14), ' ' * 16 + "L'ADDETTO ALLA PUBBLICAZIONE"])
    L.append([' ' * 50 + 'F.to Gavina Fresu'])
    return L

RESP = {'AREA TECNICA': 'geom. Antonio Pinna', 'AREA SOCIO-CULTURALE': 'dott.ssa Lucia Muzzu',
        'AREA FINANZIARIA': 'rag. Maria Rosa Sini', 'AREA AMMINISTRATIVA': 'dott.ssa Giovanna Piras'}

LETTERHEAD = [[' COMUNE DI OSCHIRI' + ' ' * 46 + '[ ORIGINALE ]'],
              [' Provincia di Sassari'],
              [' Via Marconi, 2 - 07027 Oschiri (SS) - Tel. 079 734000 - C.F. 00236290904'],
              [' ' + '-' * (W - 2)]]

def foot(a, i, n):
    ab = 'G.C.' if a['organ'] == 'Giunta Comunale' else 'C.C.'
    mid = '  %s N. %d del %s' % (ab, a['number'], it_date(a['date']))
    right = ' Pag. %d/%d' % (i + 1, n)
    return ' ' + SW + mid.center(W - 1 - len(SW) - len(right)) + right

def pages(a):
    b = body(a)
    out = []
    first = True
    while b:
        n = BODY - (4 if first else 0)
        chunk, b = b[:n], b[n:]
        while b and as_text(b[0]).strip() == '':
            b = b[1:]
        out.append(((LETTERHEAD if first else []), chunk))
        first = False
    return out

def text_pages(a):
    ps = pages(a)
    res = []
    for i, (lh, ch) in enumerate(ps):
        lines = [as_text(l) for l in lh + ch]
        lines += [''] * (BODY + 2 - len(lines))
        lines += [' ' + '-' * (W - 2), foot(a, i, len(ps))]
        res.append(lines)
    return res

if __name__ == '__main__':
    import sys
    for p in text_pages(BY_ID[sys.argv[1]]):
        print('\n'.join(p)); print('\f')
