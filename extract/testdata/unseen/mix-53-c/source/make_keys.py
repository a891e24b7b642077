# writes ../keys.json (the answer keys) and checks every keyed string against pdftotext -layout
import json, subprocess, re, sys, os
D = os.path.dirname(os.path.abspath(__file__)) + '/..'
def A(name, role, present=True): 
    d = {'name': name, 'present': present}
    if role: d['role'] = role
    return d
fr = [('ARGENTIERI VITO', 'Sindaco', 1), ('LANZILOTTI COSIMO', 'Presidente', 1), ('CAVALLO MARIA TERESA', None, 1), ('ELIA GIOVANNI', None, 1),
      ('DE NITTO ANGELO', None, 0), ('CARAMIA FRANCESCA', None, 1), ('SPECCHIA ROCCO', None, 1), ('MARINOSCI ANNA', None, 1), ('ROMA ANTONIO', None, 1),
      ('CALABRESE LUCIA', None, 1), ('SOLAZZO PIETRO', None, 0), ('PALMISANO DANIELA', None, 1), ('URSO DONATO', None, 1), ('LIGORIO SERENA', None, 1),
      ('CAVALIERE MASSIMO', None, 0), ('BARLETTA ORONZO', None, 1), ("D'AMICO GIUSEPPINA", None, 1), ('TAURISANO LUCA', None, 0), ('CAMPANELLA ROSARIA', None, 1),
      ('FISCHETTI NICOLA', None, 1), ('PERRUCCI ANGELA', None, 0), ('ANDRIULLI FABIO', None, 1), ('QUARANTA MICHELE', None, 1), ('DELLA CORTE ILARIA', None, 0),
      ('MICCOLI SALVATORE', None, 1)]
K = [
 {'file': 'deliberazione-giunta-quiliano-apra.pdf', 'role': 'act',
  'what': 'Giunta deliberation 58/2026 (ReportLab): letterhead with crest caption, register box N./date with COPIA, subject after OGGETTO:, roll as a 5-row table with Presente/Assente columns and totals, points 1-4, publication box, running foot',
  'operative_points': 4,
  'act': {'municipality': 'Comune di Quiliano', 'organ': 'Giunta Comunale', 'kind': 'deliberazione', 'number': 58, 'date': '2026-04-14', 'time': '17:30',
          'subject': 'APPROVAZIONE DEL PROGETTO ESECUTIVO DEI LAVORI DI MESSA IN SICUREZZA DEL MURO DI CONTENIMENTO IN VIA VALLEGGIA – CUP D47H25001230004.',
          'proposing_office': 'Settore Lavori Pubblici', 'proposal_number': 71, 'proposal_date': '2026-04-09',
          'attendees': [A('FERRANDO NICOLA', 'Sindaco'), A('BOZZANO LAURA', 'Vice Sindaco'), A('GAGGERO MARCO', 'Assessore'), A('PESCE ELENA', 'Assessore', False), A('ROSSELLO DAVIDE', 'Assessore')],
          'president': {'title': 'Dott.', 'role': 'Sindaco', 'name': 'Nicola Ferrando'},
          'secretary': {'title': 'Dott.ssa', 'role': 'Segretario Comunale', 'name': 'Maria Grazia Oddone'},
          'vote': 'unanimous', 'immediately_executive': True}},
 {'file': 'deliberazione-consiglio-francavillafontana-asmez.pdf', 'role': 'act',
  'what': 'Consiglio deliberation 21/2026 (Word template, .docx via LibreOffice): letterhead in the page header, label grid Numero/Data, subject after OGGETTO:, 25-councillor roll in two side-by-side columns (N./Consigliere/P/A), vote counts in one bold line, points 1)-3), not declared immediately executive',
  'operative_points': 3,
  'act': {'municipality': 'Città di Francavilla Fontana', 'organ': 'Consiglio Comunale', 'kind': 'deliberazione', 'number': 21, 'date': '2026-03-27', 'time': '18:00',
          'subject': "Regolamento comunale per l'applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria. Modifiche agli articoli 12, 18 e 27.",
          'proposing_office': 'Servizio Tributi', 'proposal_number': 28, 'proposal_date': '2026-03-10',
          'attendees': [A(n, r, bool(p)) for n, r, p in fr],
          'president': {'title': 'Avv.', 'role': 'Presidente del Consiglio', 'name': 'Cosimo Lanzilotti'},
          'secretary': {'title': 'Dott.', 'role': 'Segretario Generale', 'name': 'Pietro Caliandro'},
          'vote': 'majority', 'vote_counts': {'present': 19, 'voters': 18, 'in_favour': 13, 'against': 5, 'abstained': 1},
          'immediately_executive': False}},
 {'file': 'deliberazione-giunta-acicatena-actalis.pdf', 'role': 'act',
  'what': 'Giunta Municipale deliberation 87/2026 of a Sicilian comune (wkhtmltopdf): crest caption, title and N./date centred, subject in a ruled box under OGGETTO:, roll in prose (present, then the absent one), points a)-c), signature footer naming the signers',
  'operative_points': 3,
  'act': {'municipality': 'Comune di Aci Catena', 'organ': 'Giunta Municipale', 'kind': 'deliberazione', 'number': 87, 'date': '2026-04-22', 'time': '13:15',
          'subject': 'Concessione contributo straordinario all’Associazione “Amici della Musica di Aci Catena” per la realizzazione della rassegna “Note d’Estate 2026”. Atto di indirizzo.',
          'proposing_office': 'Area Servizi Culturali, Turistici e Sportivi', 'proposal_number': 94, 'proposal_date': '2026-04-17',
          'attendees': [A('MUSUMECI ROSARIO', 'Sindaco'), A('CONSOLI AGATA', 'Vice Sindaco'), A('LEONARDI SALVATORE', 'Assessore'), A('PATANÈ GIUSEPPA', 'Assessore'), A('RAPISARDA ORAZIO', 'Assessore'), A('FICHERA ANTONINO', 'Assessore', False)],
          'president': {'title': 'Avv.', 'role': 'Sindaco', 'name': 'Rosario Musumeci'},
          'secretary': {'title': 'Dott.ssa', 'role': 'Segretario Generale', 'name': 'Carmela Sciacca'},
          'vote': 'unanimous', 'immediately_executive': True}},
 {'file': 'determinazione-vallefoglia-docushare.pdf', 'role': 'act',
  'what': 'determinazione Reg. Gen. 214 / Reg. Settore 62 (Chromium from HTML): protocol stamp box top right, label grid Settore/Servizio/Determinazione/Oggetto, points 1-4 with a commitment table between 2 and 3, visto contabile box, one-line foot',
  'operative_points': 4,
  'act': {'municipality': 'Comune di Vallefoglia', 'organ': 'Settore 3 – Servizi Tecnici', 'office': 'Servizio Manutenzioni e Patrimonio', 'kind': 'determinazione',
          'number': 214, 'sector_number': 62, 'date': '2026-04-15',
          'subject': "AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023 DEL SERVIZIO DI SFALCIO DELLE AREE VERDI COMUNALI – STAGIONE 2026 – CIG B8F2A41C07. IMPEGNO DI SPESA."}},
 {'file': 'determinazione-canosadipuglia-mepa.pdf', 'role': 'act',
  'what': 'determinazione dirigenziale R.G. 388 / Settore 97 (fpdf2): Settore in the running head, register label grid, subject after OGGETTO:, MePA order summary box, four dash-bulleted points, visto contabile box, Pag. x/y foot',
  'operative_points': 4,
  'act': {'municipality': 'Città di Canosa di Puglia', 'organ': 'Settore Affari Generali e Servizi Sociali', 'office': 'Economato e Provveditorato', 'kind': 'determinazione',
          'number': 388, 'sector_number': 97, 'date': '2026-04-20',
          'subject': "Fornitura di materiale di cancelleria per gli uffici comunali mediante Ordine Diretto d'Acquisto (ODA) sul MePA. Affidamento alla ditta Cartoleria Ufficio Sud s.r.l. e impegno di spesa. CIG B91C3D2E55."}},
 {'file': 'determinazione-marcadicamerino-intesi.pdf', 'role': 'act',
  'what': "determinazione of an Unione Montana, Reg. Gen. 45 / Area 12 (OpenPDF): running head with number and date, two-cell box Area+Servizio | register, subject after Oggetto:, points 1)-3) with a table of the member comuni's amounts, signature-provider foot line",
  'operative_points': 3,
  'act': {'municipality': 'Unione Montana Marca di Camerino', 'organ': 'Area Tecnica', 'office': 'Servizio Forestazione e Viabilità Rurale', 'kind': 'determinazione',
          'number': 45, 'sector_number': 12, 'date': '2026-04-08',
          'subject': 'Liquidazione del contributo regionale per interventi di manutenzione della viabilità rurale e forestale - annualità 2025 - ai Comuni aderenti.'}},
 {'file': 'ordinanza-laigueglia-unimatica.pdf', 'role': 'act',
  'what': 'traffic ordinanza 19/2026 (Writer document via odfpy/LibreOffice): Area and Servizio under the letterhead, ORDINANZA N. ... DEL ... title, subject in a bordered paragraph after OGGETTO:, three bulleted ORDINA points, DISPONE prose, conservation footer',
  'operative_points': 3,
  'act': {'municipality': 'Comune di Laigueglia', 'organ': 'Area Vigilanza', 'office': 'Servizio Polizia Locale', 'kind': 'ordinanza', 'number': 19, 'date': '2026-04-24',
          'subject': 'Istituzione del divieto di transito e di sosta con rimozione forzata in Piazza Garibaldi, via Roma e vie limitrofe in occasione della manifestazione "Laigueglia in Fiore" del 1° maggio 2026.'}},
 {'file': 'bando-apricena-empulia.pdf', 'role': 'act',
  'what': 'numbered tender notice BANDO DI GARA N. 3/2026 (TCPDF): Settore and Ufficio in the page header, protocol line, subject in a two-cell OGGETTO: table, nine numbered sections (not dispositive points), signature block',
  'act': {'municipality': 'Comune di Apricena', 'organ': 'Settore IV – Lavori Pubblici e Manutenzioni', 'office': 'Ufficio Gare e Contratti', 'kind': 'bando', 'number': 3, 'date': '2026-04-21',
          'subject': 'PROCEDURA APERTA TELEMATICA PER L\'AFFIDAMENTO DEI LAVORI DI EFFICIENTAMENTO ENERGETICO DELLA SCUOLA PRIMARIA "SAN GIOVANNI BOSCO" – CUP H37G25000410006 – CIG B9A1E07C35'}},
 {'file': 'attestazione-sestocampano-mfiles.pdf', 'role': 'certificate',
  'what': 'certificate of publication (WeasyPrint, DMS print header) of Giunta deliberation 31 of 16/04/2026, publication register n. 176, affixed 17/04/2026; the subject is printed in italics on its own line',
  'act': {'municipality': 'Comune di Sesto Campano', 'kind': 'attestazione', 'number': 31, 'date': '2026-04-16',
          'subject': "Rendiconto della gestione per l'esercizio finanziario 2025 – Approvazione dello schema e della relazione illustrativa della Giunta."}},
 {'file': 'allegato-mascalucia-excel.pdf', 'role': 'attachment',
  'what': 'Allegato A to determinazione 412/2026: a spreadsheet printout (xlsx via LibreOffice Calc) of 38 beneficiaries by code with a total, sheet name and file name in header/footer',
  'act': {'municipality': 'Comune di Mascalucia'}},
 {'file': 'convocazione-racale-quarkxpress.pdf', 'role': 'notice',
  'what': 'poster-style convocation of the Consiglio Comunale for 05/05/2026 18:30 (PyMuPDF, DTP layout): coloured letterhead band, big title, meeting date in red, six-item agenda, dated 28/04/2026',
  'act': {'municipality': 'Comune di Racale', 'kind': 'convocazione', 'date': '2026-04-28', 'subject': 'AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE'}},
 {'file': 'avviso-pievediteco-gmail.pdf', 'role': 'notice',
  'what': "an e-mail printed from webmail (Chromium): the avviso's title is the e-mail subject, the notice text sits in the body, the comune and office are named in the signature",
  'act': {'municipality': 'Comune di Pieve di Teco', 'office': 'Ufficio Tecnico', 'kind': 'avviso', 'date': '2026-04-29',
          'subject': "Avviso alla cittadinanza - Sospensione dell'erogazione idrica in frazione Acquetico il 6 maggio 2026"}},
]
json.dump(K, open(D + '/keys.json', 'w'), ensure_ascii=False, indent=1)
# check
bad = 0
for k in K:
    txt = subprocess.run(['pdftotext', '-layout', D + '/' + k['file'], '-'], capture_output=True, text=True).stdout
    flat = re.sub(r'\s+', ' ', txt).lower()
    a = k['act']; strs = []
    for f in ('municipality', 'organ', 'office', 'subject', 'proposing_office'):
        if f in a: strs.append((f, a[f]))
    for x in a.get('attendees', []):
        strs.append(('att', x['name']))
        if 'role' in x: strs.append(('role', x['role']))
    for f in ('president', 'secretary'):
        if f in a:
            for g in ('title', 'role', 'name'): strs.append((f + '.' + g, a[f][g]))
    for f, s in strs:
        if re.sub(r'\s+', ' ', s).lower() not in flat:
            bad += 1; print('MISSING', k['file'], f, repr(s))
print('checked', len(K), 'missing', bad)
