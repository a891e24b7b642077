#!/usr/bin/env python3
"""Writes ../keys.json and checks that every keyed string is in the PDF's
`pdftotext -layout` text (whitespace collapsed, case ignored). Exit 1 on a miss."""
import json, os, re, subprocess, sys

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
G, N, P = 'Città di Grugliasco', 'Comune di Nocera Umbra', 'Comune di Petralia Soprana'
SUBJ_GD = 'APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA PER LA RIQUALIFICAZIONE DEL PARCO LE SERRE - LOTTO 2. CUP J17H26000410004.'
SUBJ_PD = 'Concessione di un contributo straordinario alla Pro Loco di Petralia Soprana per la realizzazione del Presepe vivente 2026. Atto di indirizzo.'

def att(rows):
    return [{'name': n, 'role': r, 'present': p} for n, r, p in rows]

KEYS = [
 {'file': 'deliberazione-grugliasco-jiride.pdf', 'role': 'act',
  'what': 'Giunta Comunale minute 214/2026 with roll table and running head; ReportLab, justified lines with Tw and a letter-spaced DELIBERA (Tc)',
  'operative_points': 4,
  'act': {'municipality': G, 'organ': 'Giunta Comunale', 'kind': 'deliberazione', 'number': 214, 'date': '2026-11-17', 'time': '15:30',
          'proposal_number': 238, 'proposal_date': '2026-11-12', 'proposing_office': 'SETTORE LAVORI PUBBLICI E INFRASTRUTTURE',
          'subject': SUBJ_GD,
          'attendees': att([('FERRERO Marco', 'Sindaco', True), ('GIORDANO Elisa', 'Vicesindaco', True), ('BERTOLOTTO Andrea', 'Assessore', True),
                            ('CAVALLERO Silvia', 'Assessore', False), ('MONDINO Luca', 'Assessore', True), ('RASPINO Chiara', 'Assessore', True),
                            ('VIETTI Paolo', 'Assessore', True)]),
          'president': {'role': 'Sindaco', 'name': 'Marco FERRERO'},
          'secretary': {'title': 'dott.ssa', 'role': 'Segretario Generale', 'name': 'Laura BONINO'},
          'vote': 'unanimous', 'immediately_executive': True}},
 {'file': 'determinazione-grugliasco-jiride.pdf', 'role': 'act',
  'what': 'determinazione dirigenziale, general register 1187 and sector 96 in a ruled header grid; HTML printed by headless Chromium',
  'operative_points': 5,
  'act': {'municipality': G, 'organ': 'SETTORE POLITICHE SOCIALI E ABITATIVE', 'office': 'Servizio Casa ed Edilizia Residenziale Pubblica',
          'kind': 'determinazione', 'number': 1187, 'sector_number': 96, 'date': '2026-11-18',
          'subject': 'AFFIDAMENTO DIRETTO DEL SERVIZIO DI MANUTENZIONE ORDINARIA DEGLI ALLOGGI DI EDILIZIA RESIDENZIALE PUBBLICA DI PROPRIETÀ COMUNALE ALLA DITTA EDILCOLLINA S.R.L. - CIG B8F2A41C77 - IMPEGNO DI SPESA'}},
 {'file': 'ordinanza-grugliasco-jiride.pdf', 'role': 'act',
  'what': 'Polizia Locale traffic ordinance 142/2026, header table beside a crest box, Word header with the number; .docx (python-docx) through LibreOffice Writer',
  'operative_points': 3,
  'act': {'municipality': G, 'organ': 'SETTORE POLIZIA LOCALE', 'office': 'Ufficio Viabilità e Traffico', 'kind': 'ordinanza', 'number': 142, 'date': '2026-11-19',
          'subject': 'Istituzione del divieto di sosta con rimozione forzata e del senso unico alternato in via Lupo, nel tratto compreso tra corso Torino e via Perotti, per lavori di rifacimento della rete gas, dal 23 al 27 novembre 2026.'}},
 {'file': 'certificato-grugliasco-jiride.pdf', 'role': 'certificate',
  'what': 'certificate of publication of G.C. 214/2026, a printed form with its blanks (underscores, ruled lines) filled in blue monospace; fpdf2',
  'act': {'municipality': G, 'kind': 'attestazione', 'number': 214, 'date': '2026-11-17', 'subject': SUBJ_GD}},
 {'file': 'deliberazione-noceraumbra-halley.pdf', 'role': 'act',
  'what': 'Consiglio Comunale minute 38/2026 as an 80-column Courier report with the roll in two columns; enscript and ps2pdf',
  'operative_points': 4,
  'act': {'municipality': N, 'organ': 'Consiglio Comunale', 'kind': 'deliberazione', 'number': 38, 'date': '2026-11-20', 'time': '18:00',
          'subject': 'APPROVAZIONE DELLA VARIAZIONE DI ASSESTAMENTO GENERALE AL BILANCIO DI PREVISIONE 2026-2028 AI SENSI DELL\u2019ART. 175 DEL D.LGS. 267/2000',
          'attendees': att([('PASQUALONI Giulio', 'Sindaco', True), ('BARTOLETTI Renato', 'Presidente', True), ('CAPPELLI Marta', 'Consigliere', True),
                            ('FEDERICI Luca', 'Consigliere', True), ('MONTAGNOLI Sara', 'Consigliere', False), ('ROSSETTI Ivano', 'Consigliere', True),
                            ('TOMASSINI Elena', 'Consigliere', True), ('BURZACCA Dario', 'Consigliere', True), ('CARLONI Francesca', 'Consigliere', True),
                            ('ANGELUCCI Marco', 'Consigliere', True), ('MARIANI Paola', 'Consigliere', False), ('PIERSANTI Giorgio', 'Consigliere', True),
                            ('SBRICCOLI Andrea', 'Consigliere', True)]),
          'president': {'title': 'sig.', 'role': 'Presidente del Consiglio Comunale', 'name': 'Renato BARTOLETTI'},
          'secretary': {'title': 'dott.', 'role': 'Segretario Comunale', 'name': 'Fabio MARINELLI'},
          'vote': 'majority', 'vote_counts': {'present': 11, 'voters': 11, 'in_favour': 8, 'against': 3, 'abstained': 0},
          'immediately_executive': True}},
 {'file': 'determinazione-noceraumbra-halley.pdf', 'role': 'act',
  'what': 'determinazione of the Area Economico-Finanziaria (Servizio Tributi), register numbers in a ruled box, letter-spaced title by kerns; pdfLaTeX',
  'operative_points': 4,
  'act': {'municipality': N, 'organ': 'AREA ECONOMICO-FINANZIARIA', 'office': 'Servizio Tributi', 'kind': 'determinazione', 'number': 512,
          'sector_number': 87, 'date': '2026-11-16',
          'subject': 'Rimborso di somme indebitamente versate a titolo di IMU per gli anni 2023 e 2024 in favore di contribuenti diversi. Impegno e liquidazione della spesa'}},
 {'file': 'decreto-noceraumbra-halley.pdf', 'role': 'act',
  'what': "Sindaco's decree 21/2026 appointing a Responsabile; plain troff through groff -Tps and ps2pdf, adjusted lines",
  'operative_points': 3,
  'act': {'municipality': N, 'organ': 'Sindaco', 'kind': 'decreto', 'number': 21, 'date': '2026-11-17',
          'subject': 'Nomina del Responsabile del Servizio Tecnico Manutentivo e conferimento di incarico di Elevata Qualificazione per il periodo dal 1 dicembre 2026 al 31 dicembre 2027.'}},
 {'file': 'convocazione-noceraumbra-halley.pdf', 'role': 'notice',
  'what': 'convocation of the Consiglio Comunale for 20/11/2026 by the Presidente del Consiglio, letter with protocol number; wkhtmltopdf',
  'act': {'municipality': N, 'kind': 'convocazione', 'date': '2026-11-13',
          'subject': 'Convocazione del Consiglio Comunale in sessione straordinaria.'}},
 {'file': 'deliberazione-petraliasoprana-urbi.pdf', 'role': 'act',
  'what': 'Giunta Municipale minute 97/2026; ReportLab writing every glyph in its own text object, letterhead as a Form XObject drawn last, rotated publication stamp up the margin',
  'operative_points': 4,
  'act': {'municipality': P, 'organ': 'Giunta Municipale', 'kind': 'deliberazione', 'number': 97, 'date': '2026-11-16', 'time': '13:15',
          'proposal_number': 104, 'proposal_date': '2026-11-11', 'proposing_office': 'Area Amministrativa - Servizio Turismo e Cultura',
          'subject': SUBJ_PD,
          'attendees': att([('LO VERDE Salvatore', 'Sindaco', True), ('CASCIO Maria', 'Vice Sindaco', True), ('GENNARO Pietro', 'Assessore', True),
                            ('LIPANI Rosalia', 'Assessore', False), ('MACALUSO Vincenzo', 'Assessore', True)]),
          'president': {'title': 'dott.', 'role': 'Sindaco', 'name': 'Salvatore Lo Verde'},
          'secretary': {'title': 'dott.ssa', 'role': 'Segretario Comunale', 'name': 'Giuseppa Sciortino'},
          'vote': 'unanimous', 'immediately_executive': True}},
 {'file': 'determinazione-petraliasoprana-urbi.pdf', 'role': 'act',
  'what': 'determinazione of the Area Tecnica, Reg. Gen. 689 and Area 212 in two boxes, running head and foot with both numbers; fpdf2 core fonts',
  'operative_points': 4,
  'act': {'municipality': P, 'organ': 'AREA TECNICA', 'office': 'Servizio Lavori Pubblici e Manutenzioni', 'kind': 'determinazione', 'number': 689,
          'sector_number': 212, 'date': '2026-11-19',
          'subject': 'Lavori di messa in sicurezza della strada comunale Petralia Soprana - contrada Raffo. Approvazione dello stato finale e del certificato di regolare esecuzione. Liquidazione alla ditta Madonie Strade s.r.l. - CUP I87H25001230002 - CIG B6D4E2F911.'}},
 {'file': 'avviso-petraliasoprana-urbi.pdf', 'role': 'notice',
  'what': 'unnumbered avviso on school-book grants with a letter-spaced AVVISO heading; HTML printed by headless Chromium',
  'act': {'municipality': P, 'organ': 'AREA AMMINISTRATIVA', 'office': 'Servizi Sociali e Pubblica Istruzione', 'kind': 'avviso', 'date': '2026-11-18',
          'subject': 'Fornitura gratuita o semigratuita dei libri di testo - anno scolastico 2026/2027 (L. 448/1998, art. 27)'}},
 {'file': 'certificato-petraliasoprana-urbi.pdf', 'role': 'certificate',
  'what': 'certificate of publication of G.M. 97/2026 as an 80-column Courier form with dotted labels; a2ps and ps2pdf',
  'act': {'municipality': P, 'kind': 'attestazione', 'number': 97, 'date': '2026-11-16', 'subject': SUBJ_PD}},
]

def norm(s):
    return re.sub(r'\s+', ' ', s).strip().lower()

def strings(k):
    a = k.get('act', {})
    for f in ('municipality', 'organ', 'office', 'subject', 'proposing_office'):
        if f in a:
            yield f, a[f]
    for f in ('president', 'secretary'):
        if f in a:
            yield f, a[f]['name']
    for x in a.get('attendees', []):
        yield 'attendee', x['name']; yield 'role', x['role']
    for f in ('number', 'sector_number', 'proposal_number'):
        if f in a:
            yield f, str(a[f])
    for f in ('date', 'proposal_date'):
        if f in a:
            y, m, d = a[f].split('-'); yield f, '%s/%s/%s' % (d, m, y)

miss = 0
for k in KEYS:
    txt = norm(subprocess.run(['pdftotext', '-layout', os.path.join(D, k['file']), '-'], capture_output=True, text=True, check=True).stdout)
    for f, s in strings(k):
        if norm(s) not in txt:
            # municipalities print as "COMUNE DI X" / "CITTÀ DI X"; names may print surname first
            print('MISS %s %s: %r' % (k['file'], f, s)); miss += 1
with open(os.path.join(D, 'keys.json'), 'w') as fh:
    json.dump(KEYS, fh, ensure_ascii=False, indent=1)
print('%d files, %d misses' % (len(KEYS), miss))
sys.exit(1 if miss else 0)
