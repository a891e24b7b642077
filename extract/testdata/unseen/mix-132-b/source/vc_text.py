# -*- coding: utf-8 -*-
"""Comune di Villa Carcina: the 'Dedalo' minute as a list of blocks, shared
by the four producers (groff, pdfLaTeX, hand-written PDF, hand-written PS)."""
from acts import BY_ID, it_date, DAYWORD

SW = 'Dedalo Atti 7'

def blocks(a):
    giunta = a['organ'] == 'Giunta Comunale'
    d = int(a['date'][-2:])
    B = []
    B.append(('title', 'VERBALE DI DELIBERAZIONE %s' % ('DELLA GIUNTA COMUNALE' if giunta else 'DEL CONSIGLIO COMUNALE')))
    B.append(('meta', 'Deliberazione n. %d' % a['number'], 'Seduta del %s' % it_date(a['date'])))
    pn, pd, po = a['proposal']
    B.append(('small', 'Proposta n. %d del %s – Ufficio proponente: %s' % (pn, it_date(pd), po)))
    B.append(('subject', 'OGGETTO:', a['subject']))
    if giunta:
        intro = ("L’anno duemilaventotto, addì %s del mese di agosto, alle ore %s, nella sede municipale, "
                 "previa osservanza di tutte le formalità prescritte dalla vigente normativa, sono stati "
                 "convocati a seduta i componenti della Giunta Comunale. All’appello risultano:" % (DAYWORD[d], a['time_print']))
    else:
        intro = ("L’anno duemilaventotto, addì %s del mese di agosto, alle ore %s, nella sala consiliare del "
                 "Palazzo municipale, convocato con avviso scritto prot. n. 14220 del 22/08/2028, si è riunito "
                 "in sessione ordinaria e in seduta pubblica di prima convocazione il Consiglio Comunale. "
                 "All’appello nominale risultano:" % (DAYWORD[d], a['time_print']))
    B.append(('para', intro))
    B.append(('roll', a['roll'], giunta))
    np = sum(1 for r in a['roll'] if r[2])
    B.append(('totals', np, len(a['roll']) - np))
    s, p = a['secretary'], a['president']
    B.append(('para', 'Assiste il %s %s %s, il quale provvede alla redazione del presente verbale.' %
              (s['role'], s['title'], s['name'])))
    if p['role'] == 'Vice Sindaco':
        B.append(('para', 'Essendo assente il Sindaco e legale il numero degli intervenuti, la %s %s %s assume la '
                  'presidenza e dichiara aperta la seduta per la trattazione dell’oggetto sopra indicato.' %
                  (p['role'], p['title'], p['name'])))
    elif giunta:
        B.append(('para', 'Essendo legale il numero degli intervenuti, il %s, %s, assume la presidenza e '
                  'dichiara aperta la seduta per la trattazione dell’oggetto sopra indicato.' % (p['role'], p['name'])))
    else:
        B.append(('para', 'Il %s, %s, assume la presidenza e, riconosciuta legale l’adunanza, dichiara aperta '
                  'la seduta.' % (p['role'], p['name'])))
    B.append(('heading', 'LA GIUNTA COMUNALE' if giunta else 'IL CONSIGLIO COMUNALE'))
    for pr in a['premises']:
        B.append(('para', pr))
    B.append(('para', a['vote_text']))
    B.append(('heading', 'DELIBERA'))
    B.append(('points', a['points']))
    B.append(('para', a['ie_text']))
    B.append(('small', 'Pareri ex art. 49 del D.Lgs. n. 267/2000: regolarità tecnica favorevole, il Responsabile '
              'dell’Area proponente; regolarità contabile favorevole, il Responsabile dell’Area '
              'Economico-Finanziaria dott.ssa Monica Bertussi.'))
    B.append(('para', 'Letto, approvato e sottoscritto.'))
    lrole = {'Sindaco': 'IL SINDACO', 'Vice Sindaco': 'LA VICE SINDACO'}[p['role']]
    lname = (p.get('title', '') + ' ' + p['name']).strip()
    B.append(('sign', [(lrole, lname), ('IL SEGRETARIO COMUNALE', '%s %s' % (s['title'], s['name']))]))
    B.append(('note', '(documento firmato digitalmente ai sensi del D.Lgs. n. 82/2005 e norme collegate)'))
    dpub, npub = a['pub']
    B.append(('heading2', 'REFERTO DI PUBBLICAZIONE'))
    B.append(('para', 'Si certifica che la presente deliberazione viene pubblicata all’Albo Pretorio on line del '
              'Comune il giorno %s (n. %d del registro delle pubblicazioni) e vi rimarrà per quindici giorni '
              'consecutivi.%s' % (dpub, npub, ' Contestualmente è comunicata ai Capigruppo consiliari.' if giunta else '')))
    B.append(('sign', [('', ''), ('IL SEGRETARIO COMUNALE', '%s %s' % (s['title'], s['name']))]))
    return B

def head_text(a):
    return 'Comune di Villa Carcina – %s' % a['organ']

def foot_text(a):
    ab = 'G.C.' if a['organ'] == 'Giunta Comunale' else 'C.C.'
    return 'Deliberazione %s n. %d del %s' % (ab, a['number'], it_date(a['date']))

LETTERHEAD = ['COMUNE DI VILLA CARCINA', 'Provincia di Brescia',
              'Via Glisenti, 20 – 25069 Villa Carcina (BS) – Tel. 030 8984311 – protocollo@pec.comune.villacarcina.bs.it']
