# -*- coding: utf-8 -*-
"""Comune di Ardore: 80-column minute as printed by the 'ASMENET Atti
Amministrativi' package.  ardore_pages() builds the pages of text; the
producers (enscript, a2ps, groff, a hand-written PDF) print them."""
import sys
from acts import BY_ID, it_date, DAYWORD
from textfmt import justify, wrap, center, spaced

W = 80
BODY = 54          # lines of body per page
SW = 'ASMENET Atti Amministrativi rel. 3.2'

def box_line(txt=''):
    return '| ' + txt.ljust(W - 4) + ' |'

def rule(ch='-'):
    return '+' + ch * (W - 2) + '+'

def roll_box(roll):
    sep = ('+' + '-' * 19 + '+' + '-' * 14 + '+---') * 2 + '+'
    out = [sep, ('|' + 'COMPONENTE'.ljust(19) + '|' + 'CARICA'.ljust(14) + '|P/A') * 2 + '|', sep]
    cells = []
    for n, r, p in roll:
        cells.append('|' + n.ljust(19) + '|' + r.ljust(14) + '| ' + ('P' if p else 'A') + ' ')
    if len(cells) % 2:
        cells.append('|' + ' ' * 19 + '|' + ' ' * 14 + '|   ')
    for i in range(0, len(cells), 2):
        out.append(cells[i] + cells[i + 1] + '|')
    out.append(sep)
    return out

def body_lines(a):
    giunta = a['organ'] == 'Giunta Comunale'
    L = []
    org = 'DELLA GIUNTA COMUNALE' if giunta else 'DEL CONSIGLIO COMUNALE'
    L += ['', ' ORIGINALE' + ' ' * 47 + 'Registro Deliberazioni', rule()]
    L.append(box_line(('VERBALE DI DELIBERAZIONE ' + org).center(W - 4)))
    L.append(rule())
    left = 'Numero: %d' % a['number']
    right = 'Data: %s' % it_date(a['date'])
    L.append('| ' + left.ljust(36) + ' | ' + right.ljust(W - 43) + ' |')
    pn, pd, po = a['proposal']
    L.append(rule())
    L.append(box_line('Proposta n. %d del %s' % (pn, it_date(pd))))
    L.append(box_line('Ufficio proponente: ' + po))
    L.append(rule())
    subj = wrap(a['subject'], W - 14)
    for i, s in enumerate(subj):
        L.append(box_line(('OGGETTO: ' if i == 0 else ' ' * 9) + s))
    L.append(rule())
    L.append('')
    d = int(a['date'][-2:])
    if giunta:
        intro = ("L'anno DUEMILAVENTOTTO, il giorno %s del mese di AGOSTO, alle ore %s, nella sala delle adunanze "
                 "della Casa Comunale, convocata nei modi di legge, si e' riunita la Giunta Comunale con "
                 "l'intervento dei Signori:" % (DAYWORD[d].upper(), a['time_print']))
    else:
        intro = ("L'anno DUEMILAVENTOTTO, il giorno %s del mese di AGOSTO, alle ore %s, nella sala consiliare "
                 "della Casa Comunale, a seguito di avviso di convocazione prot. n. 6532 del 29/07/2028, "
                 "notificato ai singoli Consiglieri nei modi di legge, si e' riunito il Consiglio Comunale in "
                 "sessione ordinaria, in seduta pubblica di prima convocazione. Fatto l'appello nominale, "
                 "risultano:" % (DAYWORD[d].upper(), a['time_print']))
    L += justify(intro, W)
    L.append('')
    L += roll_box(a['roll'])
    np = sum(1 for x in a['roll'] if x[2])
    L.append('    PRESENTI N. %d' % np + ' ' * 30 + 'ASSENTI N. %d' % (len(a['roll']) - np))
    L.append('')
    s = a['secretary']
    L += justify("Partecipa il %s %s %s, che provvede alla redazione del presente verbale." %
                 (s['role'], s['title'], s['name']), W)
    p = a['president']
    if giunta:
        t = ("Il %s %s %s, assunta la presidenza e constatato il numero legale degli intervenuti, "
             "dichiara aperta la seduta e invita la Giunta a deliberare sull'argomento in oggetto." %
             (p['role'], p['title'], p['name']))
    else:
        t = ("Assume la presidenza il %s %s %s, il quale, constatato il numero legale, dichiara aperta "
             "la seduta." % (p['role'], p['title'], p['name']))
    L += justify(t, W)
    L.append('')
    L.append(center('LA GIUNTA COMUNALE' if giunta else 'IL CONSIGLIO COMUNALE'))
    L.append('')
    for pr in a['premises']:
        L += justify(pr, W, first_indent=4)
    L += justify(a['vote_text'], W, first_indent=4)
    L.append('')
    L.append(center(spaced('DELIBERA')))
    L.append('')
    for i, pt in enumerate(a['points']):
        L += justify('%d) %s' % (i + 1, pt), W, first_indent=0, indent=3)
    L.append('')
    L += justify(a['ie_text'], W, first_indent=4)
    L.append('')
    # pareri
    L.append(rule())
    for what, who, name in a['pareri']:
        L.append(box_line("PARERE DI %s (art. 49 D.Lgs. 267/2000): FAVOREVOLE" % what))
        L.append(box_line("Ardore, %s" % it_date(a['proposal'][1]) + ' ' * 8 + who))
        L.append(box_line(' ' * 26 + 'F.to ' + name))
        L.append(rule())
    L.append('')
    L.append('Letto, confermato e sottoscritto.')
    L.append('')
    lt = 'IL SINDACO' if giunta else 'IL PRESIDENTE'
    L.append('      ' + lt.ljust(40) + s['role'].upper().replace('SEGRETARIO', 'IL SEGRETARIO'))
    L.append('  ' + ('F.to %s %s' % (p['title'], p['name'])).ljust(42) + 'F.to %s %s' % (s['title'], s['name']))
    L.append('')
    L.append('=' * W)
    L.append(center('CERTIFICATO DI PUBBLICAZIONE'))
    L.append('')
    dpub, npub = a['pub']
    L += justify("Il sottoscritto Messo comunale attesta che copia della presente deliberazione viene "
                 "pubblicata all'Albo Pretorio on line del Comune dal %s per quindici giorni consecutivi "
                 "(Reg. Pubbl. n. %d), ai sensi dell'art. 124 del D.Lgs. n. 267/2000." % (dpub, npub), W)
    if giunta:
        L += justify("Contestualmente comunicata ai Capigruppo consiliari ai sensi dell'art. 125 del "
                     "D.Lgs. n. 267/2000.", W)
    L.append('')
    L.append('Ardore, %s' % dpub + ' ' * 28 + 'IL MESSO COMUNALE')
    L.append(' ' * 44 + "F.to Antonio Luca'")
    L.append('')
    L.append(center("ESECUTIVITA'"))
    L.append('[%s] dichiarata immediatamente eseguibile (art. 134, comma 4, D.Lgs. 267/2000)' % ('X' if a['ie'] else ' '))
    L.append('[%s] divenuta esecutiva decorsi 10 giorni dalla pubblicazione (art. 134, c. 3)' % (' ' if a['ie'] else 'X'))
    return L

def letterhead():
    return [center('C O M U N E   D I   A R D O R E'),
            center("CITTA' METROPOLITANA DI REGGIO CALABRIA"),
            center('Piazza Municipio, 1 - 89031 Ardore (RC) - Tel. 0964 629011'),
            '=' * W]

def ardore_pages(a, running_foot=True, running_head=True):
    body = body_lines(a)
    ab = 'G.C.' if a['organ'] == 'Giunta Comunale' else 'C.C.'
    pages = []
    first = True
    while body:
        n = BODY - (4 if first else 0)
        chunk, body = body[:n], body[n:]
        # don't leave a lone blank line at the top of a page
        while body and not body[0].strip():
            body = body[1:]
        pages.append(chunk)
        first = False
    total = len(pages)
    out = []
    for i, ch in enumerate(pages):
        pg = []
        if i == 0:
            pg += letterhead()
        elif running_head:
            pg += ['Comune di Ardore - Deliberazione %s n. %d del %s' % (
                'di Giunta Comunale' if ab == 'G.C.' else 'di Consiglio Comunale', a['number'], it_date(a['date'])), '-' * W]
        pg += ch
        if running_foot:
            pg += [''] * (BODY - len(ch) + (0 if i == 0 else 4) - (0 if i == 0 or not running_head else 2))
            left = SW
            mid = 'Delib. %s n. %d/2028' % (ab, a['number'])
            right = 'Pag. %d di %d' % (i + 1, total)
            pg += ['-' * W, left + mid.center(W - len(left) - len(right)) + right]
        out.append(pg)
    return out

def write_text(a, path, **kw):
    pages = ardore_pages(a, **kw)
    with open(path, 'w', encoding='latin-1') as f:
        f.write('\f'.join('\n'.join(p) + '\n' for p in pages))
    return pages

if __name__ == '__main__':
    a = BY_ID[sys.argv[1]]
    for p in ardore_pages(a):
        print('\n'.join(p)); print('\f')
