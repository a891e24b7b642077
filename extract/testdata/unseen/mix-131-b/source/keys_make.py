#!/usr/bin/env python3
"""Writes ../keys.json for mix-131-b and checks that every keyed string is
found in `pdftotext -layout` of its PDF (white space collapsed on both
sides; municipality, organ, office, roles and titles also without regard to
case, as the keys are compared). Exits 1 on a miss."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)


def att(rows):
    return [{'name': n, 'role': r, 'present': p} for n, r, p in rows]


CONTURSI = 'Comune di Contursi Terme'
LAMORRA = 'Comune di La Morra'
PEDASO = 'Comune di Pedaso'
SUBJ_C1 = ('Approvazione del progetto di fattibilit\u00e0 tecnico-economica dei lavori di messa in '
           'sicurezza e adeguamento funzionale della strada comunale di Contrada Bagni. '
           'CUP H67H28000140004.')

KEYS = [
    {'file': 'deliberazione-contursiterme-asmenet.pdf', 'role': 'act',
     'what': 'Giunta deliberation 87/2028 of Contursi Terme, a .docx printed by LibreOffice Writer, '
             'through pdftocairo -ps and ps2pdf; roll of five in a ruled table, two per row',
     'operative_points': 4,
     'act': {'municipality': CONTURSI, 'organ': 'Giunta Comunale', 'kind': 'deliberazione',
             'number': 87, 'date': '2028-07-10', 'time': '12:30',
             'proposal_number': 102, 'proposal_date': '2028-07-06', 'proposing_office': 'Area Tecnica',
             'subject': SUBJ_C1,
             'attendees': att([('CUOZZO Gerardo', 'Sindaco', True), ('LAMATTINA Rosa', 'Vice Sindaco', True),
                               ('FORLENZA Vito', 'Assessore', True), ('GAUDIANO Teresa', 'Assessore', False),
                               ('TROTTA Alfonso', 'Assessore', True)]),
             'president': {'title': 'dott.', 'role': 'Sindaco', 'name': 'Gerardo Cuozzo'},
             'secretary': {'title': 'dott.ssa', 'role': 'Segretario Comunale', 'name': 'Maria Rosaria Sica'},
             'vote': 'unanimous', 'immediately_executive': True}},
    {'file': 'determinazione-contursiterme-asmenet.pdf', 'role': 'act',
     'what': 'determinazione of the Area Tecnica of Contursi Terme (Reg. Gen. 412, Reg. Settore 96), '
             'hand-written PostScript (widthshow justification, ashow headings, letterhead form drawn '
             'last, stamp rotated up the margin), ps2pdf',
     'operative_points': 4,
     'act': {'municipality': CONTURSI, 'organ': 'Area Tecnica',
             'office': 'Servizio Lavori Pubblici e Manutenzioni', 'kind': 'determinazione',
             'number': 412, 'sector_number': 96, 'date': '2028-07-18',
             'subject': "Affidamento diretto, ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. n. "
                        "36/2023, del servizio di sfalcio e diserbo delle aree verdi e delle banchine "
                        "stradali comunali per la stagione estiva 2028 alla ditta Verde Sele s.r.l. "
                        "\u2013 CIG B3A7D52E10 \u2013 Impegno di spesa."}},
    {'file': 'ordinanza-contursiterme-asmenet.pdf', 'role': 'act',
     'what': "the Sindaco's ordinanza 21/2028 of Contursi Terme limiting the use of drinking water, "
             'plain troff through groff -Tps and ps2pdf, running head and foot with the number',
     'operative_points': 3,
     'act': {'municipality': CONTURSI, 'organ': 'Sindaco', 'kind': 'ordinanza',
             'number': 21, 'date': '2028-07-20',
             'subject': 'Limitazione dell\u2019uso dell\u2019acqua potabile erogata dalla rete idrica '
                        'comunale per scopi diversi da quello igienico-domestico. Periodo 21 luglio '
                        '\u2013 30 settembre 2028.'}},
    {'file': 'certificato-contursiterme-asmenet.pdf', 'role': 'certificate',
     'what': 'certificate of publication (and executivity) of Giunta deliberation 87/2028 of Contursi '
             'Terme: a pre-set form of underscores with the values overlaid in Courier-Bold, '
             'hand-written PostScript, ps2pdf',
     'act': {'municipality': CONTURSI, 'kind': 'attestazione', 'number': 87, 'date': '2028-07-10',
             'subject': SUBJ_C1}},
    {'file': 'consiglio-lamorra-sipal.pdf', 'role': 'act',
     'what': 'Consiglio Comunale deliberation 31/2028 of La Morra, an 80-column Courier report printed '
             'by enscript (running head with number and page), ps2pdf; roll of eleven, two per row, '
             'P/A columns',
     'operative_points': 3,
     'act': {'municipality': LAMORRA, 'organ': 'Consiglio Comunale', 'kind': 'deliberazione',
             'number': 31, 'date': '2028-07-27', 'time': '21:00',
             'subject': 'ASSESTAMENTO GENERALE E SALVAGUARDIA DEGLI EQUILIBRI DI BILANCIO PER '
                        'L\u2019ESERCIZIO 2028 AI SENSI DEGLI ARTT. 175, COMMA 8, E 193 DEL D.LGS. N. '
                        '267/2000. APPROVAZIONE.',
             'attendees': att([('MARENGO Paolo', 'Sindaco', True), ('OBERTO Silvia', 'Consigliere', True),
                               ('CAGNASSO Luca', 'Consigliere', True), ('REVELLI Marta', 'Consigliere', True),
                               ('BORGOGNO Enrico', 'Consigliere', False), ('CORINO Daniela', 'Consigliere', True),
                               ('PRUNOTTO Fabio', 'Consigliere', True), ('SCAVINO Giorgio', 'Consigliere', True),
                               ('GIACOSA Elena', 'Consigliere', True), ('RIVETTO Stefano', 'Consigliere', True),
                               ('ALTARE Chiara', 'Consigliere', False)]),
             'president': {'title': 'Sig.', 'role': 'SINDACO', 'name': 'MARENGO Paolo'},
             'secretary': {'title': 'Dott.', 'role': 'Segretario Comunale', 'name': 'BERTOLA Massimo'},
             'vote': 'majority',
             'vote_counts': {'present': 9, 'voters': 8, 'in_favour': 7, 'against': 1, 'abstained': 1},
             'immediately_executive': True}},
    {'file': 'determinazione-lamorra-sipal-tributi.pdf', 'role': 'act',
     'what': 'determinazione of the Area Finanziaria (Servizio Tributi) of La Morra, Reg. Gen. 188 / '
             'Reg. Area 41, an 80-column report printed by a2ps (title with the number), ps2pdf',
     'operative_points': 3,
     'act': {'municipality': LAMORRA, 'organ': 'AREA FINANZIARIA', 'office': 'Servizio Tributi',
             'kind': 'determinazione', 'number': 188, 'sector_number': 41, 'date': '2028-07-12',
             'subject': 'RIMBORSO DI SOMME VERSATE E NON DOVUTE A TITOLO DI IMPOSTA MUNICIPALE PROPRIA '
                        '(IMU) PER L\u2019ANNUALITA\u2019 2027 \u2212 IMPEGNO E LIQUIDAZIONE DELLA SPESA.'}},
    {'file': 'giunta-lamorra-sipal.pdf', 'role': 'act',
     'what': 'Giunta deliberation 64/2028 of La Morra (copy), the 80-column report set in Courier by '
             'groff with a running foot, ps2pdf; roll of three, two per row',
     'operative_points': 3,
     'act': {'municipality': LAMORRA, 'organ': 'Giunta Comunale', 'kind': 'deliberazione',
             'number': 64, 'date': '2028-07-19', 'time': '18:00',
             'subject': 'CONCESSIONE DEL PATROCINIO E DI UN CONTRIBUTO ECONOMICO ALL\u2019ASSOCIAZIONE '
                        'TURISTICA PRO LOCO DI LA MORRA PER LA RASSEGNA "NOTTI IN LANGA 2028". ATTO DI '
                        'INDIRIZZO.',
             'attendees': att([('MARENGO Paolo', 'Sindaco', True), ('OBERTO Silvia', 'Vicesindaco', True),
                               ('CAGNASSO Luca', 'Assessore', False)]),
             'president': {'title': 'Sig.', 'role': 'SINDACO', 'name': 'MARENGO Paolo'},
             'secretary': {'title': 'Dott.', 'role': 'Segretario Comunale', 'name': 'BERTOLA Massimo'},
             'vote': 'unanimous', 'immediately_executive': True}},
    {'file': 'determinazione-lamorra-sipal-tecnica.pdf', 'role': 'act',
     'what': 'determinazione of the Area Tecnica of La Morra, Reg. Gen. 197 / Reg. Area 58, the '
             '80-column report sent through a line-printer emulation: every glyph placed alone, no '
             'space characters; hand-written PostScript, ps2pdf',
     'operative_points': 4,
     'act': {'municipality': LAMORRA, 'organ': 'AREA TECNICA', 'office': 'Servizio Manutenzioni e Patrimonio',
             'kind': 'determinazione', 'number': 197, 'sector_number': 58, 'date': '2028-07-21',
             'subject': 'LAVORI DI MANUTENZIONE STRAORDINARIA DELLA COPERTURA DELLA SCUOLA PRIMARIA DEL '
                        'CAPOLUOGO - APPROVAZIONE DEL CERTIFICATO DI REGOLARE ESECUZIONE E LIQUIDAZIONE '
                        'DEL SALDO ALLA DITTA EDILCOPERTURE LANGHE S.N.C. - CUP D47H27001230004 - CIG '
                        'B1F2A4C7D9'}},
    {'file': 'giunta-pedaso-halley.pdf', 'role': 'act',
     'what': "Giunta deliberation 58/2028 of Pedaso, a package's PostScript print: grid and roll set "
             'cell by cell with moveto/show, widthshow justification, letter-spaced headings, '
             'letterhead and foot as Form XObjects drawn out of reading order; ps2pdf',
     'operative_points': 4,
     'act': {'municipality': PEDASO, 'organ': 'Giunta Comunale', 'kind': 'deliberazione',
             'number': 58, 'date': '2028-07-13', 'time': '13:00',
             'proposal_number': 63, 'proposal_date': '2028-07-10', 'proposing_office': 'AREA TECNICA',
             'subject': 'Stagione balneare 2028. Approvazione del piano di utilizzo delle spiagge libere '
                        "e del servizio di salvataggio. Indirizzi al Responsabile dell'Area Tecnica.",
             'attendees': att([('VESPRINI Alessandro', 'Sindaco', True), ('CONCETTI Laura', 'Vicesindaco', True),
                               ('MARZIALI Daniele', 'Assessore', True)]),
             'president': {'title': 'avv.', 'role': 'Sindaco', 'name': 'Alessandro Vesprini'},
             'secretary': {'title': 'dott.ssa', 'role': 'Segretario Comunale', 'name': 'Paola Traini'},
             'vote': 'unanimous', 'immediately_executive': True}},
    {'file': 'consiglio-pedaso-halley.pdf', 'role': 'act',
     'what': 'Consiglio Comunale deliberation 22/2028 of Pedaso, HTML printed by headless Chromium '
             '(@page foot with number and page), through pdftocairo -ps and ps2pdf; roll of eleven, '
             'two per row',
     'operative_points': 3,
     'act': {'municipality': PEDASO, 'organ': 'Consiglio Comunale', 'kind': 'deliberazione',
             'number': 22, 'date': '2028-07-25', 'time': '18:30',
             'proposal_number': 41, 'proposal_date': '2028-07-12', 'proposing_office': 'AREA FINANZIARIA',
             'subject': "Modifica del Regolamento comunale per l'applicazione del canone patrimoniale di "
                        'concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale. '
                        'Approvazione.',
             'attendees': att([('VESPRINI Alessandro', 'Sindaco', True),
                               ('PROPERZI Marco', 'Presidente del Consiglio', True),
                               ('CONCETTI Laura', 'Consigliere', True), ('MARZIALI Daniele', 'Consigliere', True),
                               ('TOMASSINI Giulia', 'Consigliere', True), ('CANNELLA Sara', 'Consigliere', False),
                               ('NEPI Francesco', 'Consigliere', True), ('LUCIANI Roberta', 'Consigliere', True),
                               ('GENTILI Matteo', 'Consigliere', True), ('SILENZI Anna', 'Consigliere', False),
                               ('MIRCOLI Pietro', 'Consigliere', True)]),
             'president': {'title': 'sig.', 'role': 'Presidente del Consiglio Comunale', 'name': 'Marco Properzi'},
             'secretary': {'title': 'dott.ssa', 'role': 'Segretario Comunale', 'name': 'Paola Traini'},
             'vote': 'majority',
             'vote_counts': {'present': 9, 'voters': 9, 'in_favour': 6, 'against': 3, 'abstained': 0}}},
    {'file': 'determinazione-pedaso-halley.pdf', 'role': 'act',
     'what': 'determinazione of the Area Amministrativa (Servizi Sociali) of Pedaso, Reg. Gen. 301 / '
             'Reg. Area 77, LaTeX through dvips and ps2pdf',
     'operative_points': 4,
     'act': {'municipality': PEDASO, 'organ': 'Area Amministrativa', 'office': 'Servizi Sociali',
             'kind': 'determinazione', 'number': 301, 'sector_number': 77, 'date': '2028-07-26',
             'subject': 'Contributi economici a sostegno delle famiglie per la frequenza dei centri estivi '
                        '2028. Approvazione della graduatoria dei beneficiari e impegno di spesa.'}},
    {'file': 'allegato-pedaso-halley.pdf', 'role': 'attachment',
     'what': 'annex A to determinazione 301/2028 of Pedaso, the ranking of 31 applicants by protocol '
             'number; .docx printed by LibreOffice Writer, through pdftocairo -ps and ps2pdf',
     'act': {'municipality': PEDASO}},
]

FOLD = {'municipality', 'organ', 'office', 'proposing_office', 'role', 'title'}


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


def strings(act):
    for k in ('municipality', 'organ', 'office', 'proposing_office', 'subject', 'time'):
        if k in act:
            yield k, act[k]
    for a in act.get('attendees', []):
        yield 'name', a['name']
        yield 'role', a['role']
    for who in ('president', 'secretary'):
        for k, v in act.get(who, {}).items():
            yield (k if k != 'name' else 'name'), v


def main():
    misses = 0
    for key in KEYS:
        path = os.path.join(SET, key['file'])
        if not os.path.exists(path):
            print('MISSING FILE', key['file'])
            misses += 1
            continue
        text = norm(subprocess.run(['pdftotext', '-layout', path, '-'], capture_output=True,
                                   text=True, check=True).stdout)
        low = text.casefold()
        for field, value in strings(key.get('act', {})):
            v = norm(value)
            if v in text or (field in FOLD and v.casefold() in low):
                continue
            print('MISS %s %s: %r' % (key['file'], field, value))
            misses += 1
    with open(os.path.join(SET, 'keys.json'), 'w', encoding='utf-8') as f:
        json.dump(KEYS, f, ensure_ascii=False, indent=2)
        f.write('\n')
    print('%d keys written, %d misses' % (len(KEYS), misses))
    return 1 if misses else 0


if __name__ == '__main__':
    sys.exit(main())
