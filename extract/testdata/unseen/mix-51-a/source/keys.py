# Writes ../keys.json and checks every keyed string against pdftotext -layout.
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def A(name, role, present=True):
    return {'name': name, 'role': role, 'present': present}


keys = [
 {'file': 'delibera-villabassa-word.pdf', 'role': 'act',
  'what': 'Giunta deliberation 47/2026 of Niederdorf/Villabassa (BZ), German and Italian side by side in borderless table columns, roll as a grid with separate Funktion/Carica columns (Word template via LibreOffice)',
  'operative_points': 4,
  'act': {'municipality': 'Comune di Villabassa', 'organ': 'Giunta Comunale', 'kind': 'deliberazione',
          'number': 47, 'date': '2026-03-17', 'time': '18:00',
          'subject': 'Approvazione della convenzione con il Comune di Dobbiaco per la gestione associata del centro di riciclaggio – anni 2026-2028',
          'attendees': [A('STEINER GÜNTHER', 'Sindaco'), A('MAIR MONIKA', 'Vicesindaca'), A('HOFER ALOIS', 'Assessore'),
                        A('PATZLEINER KARIN', 'Assessora', False), A('WALDER MARTIN', 'Assessore')],
          'president': {'title': 'dott.', 'role': 'Sindaco', 'name': 'Günther Steiner'},
          'secretary': {'title': 'dott.ssa', 'role': 'Segretaria comunale', 'name': 'Elisabeth Kargruber'},
          'vote': 'unanimous', 'immediately_executive': True}},
 {'file': 'delibera-prepotto-insiel.pdf', 'role': 'act',
  'what': 'Consiglio deliberation 12/2026 of Prepotto/Prapotno (UD), Italian with the Slovene text under it and the Slovene operative part on page 3; roll in two numbered columns; page objects written out of reading order; Albo stamp rotated along the left margin (Insiel-style)',
  'operative_points': 4,
  'act': {'municipality': 'Comune di Prepotto', 'organ': 'Consiglio Comunale', 'kind': 'deliberazione',
          'number': 12, 'date': '2026-03-26', 'time': '20:00',
          'subject': 'APPROVAZIONE DEL DOCUMENTO UNICO DI PROGRAMMAZIONE (DUP) 2026-2028 E DEL BILANCIO DI PREVISIONE FINANZIARIO 2026-2028.',
          'attendees': [A('JURETIG MARCO', 'Sindaco'), A('QUALIZZA ELENA', 'Vicesindaco'), A('CRAINICH DANIELE', 'Consigliere'),
                        A('BERGNACH SARA', 'Consigliere'), A('DORBOLÒ LUCA', 'Consigliere', False), A('TRUSGNACH IVAN', 'Consigliere'),
                        A('MARTINIG ANNA', 'Consigliere'), A('CERNOIA PAOLO', 'Consigliere'), A('SIMONETTI GIULIA', 'Consigliere'),
                        A('COREN STEFANO', 'Consigliere', False), A('FLORENCIG MAURO', 'Consigliere')],
          'president': {'title': 'sig.', 'role': 'Sindaco', 'name': 'Marco Juretig'},
          'secretary': {'title': 'dott.', 'role': 'Segretario comunale', 'name': 'Renato Podrecca'},
          'vote': 'majority',
          'vote_counts': {'present': 9, 'voters': 9, 'in_favour': 7, 'against': 2, 'abstained': 0},
          'immediately_executive': True}},
 {'file': 'delibera-bonificaferrara-jiride.pdf', 'role': 'act',
  'what': 'deliberation 58/2026 of the Consiglio di Amministrazione of the Consorzio di Bonifica Pianura di Ferrara: register grid with proposal, roll in prose, dash-bulleted operative points; letterhead and running foot are Form XObjects reused on each page (J-Iride-style)',
  'operative_points': 5,
  'act': {'municipality': 'Consorzio di Bonifica Pianura di Ferrara', 'organ': 'Consiglio di Amministrazione', 'kind': 'deliberazione',
          'number': 58, 'date': '2026-03-12', 'time': '15:00',
          'subject': 'APPROVAZIONE DEI RUOLI DI CONTRIBUENZA DELL\'ESERCIZIO 2026 E DELLE MODALITÀ DI RISCOSSIONE DEL CONTRIBUTO CONSORTILE',
          'proposing_office': 'AREA AMMINISTRATIVA – Settore Catasto e Contribuenza',
          'proposal_number': 71, 'proposal_date': '2026-03-05',
          'attendees': [A('Francesca Guidi', 'Presidente'), A('Roberto Tassinari', 'Vice Presidente'), A('Marco Bellini', 'Consigliere'),
                        A('Lucia Zanella', 'Consigliere'), A('Giorgio Malaguti', 'Consigliere', False)],
          'president': {'role': 'Presidente', 'name': 'Francesca Guidi'},
          'secretary': {'title': 'Dott. Ing.', 'role': 'Segretario', 'name': 'Marco Volta'},
          'vote': 'unanimous',
          'vote_counts': {'present': 4, 'voters': 4, 'in_favour': 4},
          'immediately_executive': True}},
 {'file': 'determina-nichelino-siscom.pdf', 'role': 'act',
  'what': 'determinazione dirigenziale, general register 412 of 18/03/2026, sector register 57 of 16/03/2026: a 132-column Courier line-printer report (capitals, +-| boxes, dotted leaders, CITTA\' accents) made with enscript and Ghostscript, landscape, 2 pages',
  'operative_points': 5,
  'act': {'municipality': 'Città di Nichelino', 'organ': 'SETTORE LAVORI PUBBLICI E PATRIMONIO',
          'office': 'SERVIZIO MANUTENZIONE STRADE E VERDE PUBBLICO', 'kind': 'determinazione',
          'number': 412, 'sector_number': 57, 'date': '2026-03-18',
          'subject': 'AFFIDAMENTO DIRETTO AI SENSI DELL’ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023 DEL SERVIZIO DI SFALCIO DEI BANCHINAMENTI STRADALI E DELLE AREE VERDI DI PERTINENZA - ANNO 2026 - DITTA VERDE CANAVESE S.R.L. - CIG B7A4E21F93 - IMPEGNO DI SPESA.'}},
 {'file': 'determina-pianodisorrento-halley.pdf', 'role': 'act',
  'what': 'determinazione, sector n. 45 of 10/03/2026, general register n. 210 of 11/03/2026 (Halley-style): every body glyph placed on its own, justification by moving glyphs, letter-spaced (Tc) headings, Tw in the register box',
  'operative_points': 4,
  'act': {'municipality': 'Comune di Piano di Sorrento', 'organ': 'AREA AFFARI GENERALI E SERVIZI ALLA PERSONA',
          'office': 'Servizio Pubblica Istruzione', 'kind': 'determinazione',
          'number': 210, 'sector_number': 45, 'date': '2026-03-11',
          'subject': 'Servizio di refezione scolastica a.s. 2025/2026 – Liquidazione fatture mesi di gennaio e febbraio 2026 alla ditta “Sapori del Golfo S.r.l.” – CIG B3C71D0A52'}},
 {'file': 'determina-provinciapotenza-sicraweb.pdf', 'role': 'act',
  'what': 'determinazione dirigenziale 389/2026 of the Provincia di Potenza (Sicraweb-style): letterhead is a picture with a text caption under it, Albo stamp rotated down the right margin, proposal number in the register box',
  'operative_points': 4,
  'act': {'municipality': 'Provincia di Potenza', 'organ': 'SETTORE VIABILITÀ E TRASPORTI',
          'office': 'Servizio Manutenzione Strade Provinciali – Zona Nord', 'kind': 'determinazione',
          'number': 389, 'date': '2026-03-20', 'proposal_number': 412, 'proposal_date': '2026-03-17',
          'subject': 'S.P. 6 “Appulo-Lucana” – Lavori di ripristino del piano viabile dal km 12+300 al km 15+800 – Approvazione perizia di variante e impegno di spesa – CUP H17H25000410003 – CIG B8F23C11D4'}},
 {'file': 'ordinanza-gignod-word.pdf', 'role': 'act',
  'what': 'ordonnance/ordinanza contingibile e urgente n. 9 of 24/03/2026 of the Syndic/Sindaco of Gignod (AO), French (italic) and Italian alternating paragraph by paragraph, points numbered in both languages (Word template via LibreOffice)',
  'operative_points': 4,
  'act': {'municipality': 'Comune di Gignod', 'organ': 'Sindaco', 'kind': 'ordinanza',
          'number': 9, 'date': '2026-03-24',
          'subject': 'Ordinanza contingibile e urgente di divieto di utilizzo a scopo potabile dell\'acqua dell\'acquedotto comunale nelle frazioni di Variney e Arliod.'}},
 {'file': 'avviso-unionetirso-chromium.pdf', 'role': 'act',
  'what': 'numbered avviso pubblico n. 2/2026 (prot. 1184 of 23/03/2026) of an Unione dei Comuni in Sardinia, articles Art. 1-6 and a scoring table, HTML printed by Chromium',
  'act': {'municipality': 'Unione dei Comuni della Bassa Valle del Tirso e del Grighine', 'organ': 'Area Servizi alla Persona',
          'office': 'Ufficio di Piano', 'kind': 'avviso', 'number': 2, 'date': '2026-03-23',
          'subject': 'AVVISO PUBBLICO PER L\'ACCESSO AL SERVIZIO EDUCATIVO DOMICILIARE IN FAVORE DI MINORI E FAMIGLIE – ANNO 2026'}},
 {'file': 'attestazione-giove-word.pdf', 'role': 'certificate',
  'what': 'certificate of publication of Giunta deliberation 31 of 12/03/2026, published 16/03-31/03/2026 (reg. n. 118), issued 01/04/2026: a typewriter-face Word form whose blanks of underscores are filled in, ASCII e\' accents',
  'act': {'municipality': 'Comune di Giove', 'kind': 'attestazione', 'number': 31, 'date': '2026-03-12',
          'subject': 'APPROVAZIONE SCHEMA DI CONVENZIONE CON L\'ASSOCIAZIONE PRO LOCO GIOVE PER LA GESTIONE DEL PUNTO DI INFORMAZIONE TURISTICA PRESSO PALAZZO DUCALE - ANNO 2026.'}},
 {'file': 'allegato-serino-calc.pdf', 'role': 'attachment',
  'what': 'Allegato A to determinazione 88/2026: a spreadsheet (riparto of grants to 9 sports associations, totals by formula) printed to PDF by LibreOffice Calc with gridlines, sheet name as header, landscape',
  'act': {'municipality': 'Comune di Serino'}},
 {'file': 'convocazione-zerobranco-latex.pdf', 'role': 'notice',
  'what': 'convocation of the Consiglio comunale for 26/03/2026 20:30 (prot. 4521 of 20/03/2026) with a 7-item order of the day, typeset by pdflatex in OT1 (accents as separate glyphs, ligatures)',
  'act': {'municipality': 'Comune di Zero Branco', 'kind': 'convocazione', 'date': '2026-03-20',
          'subject': 'AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE'}},
 {'file': 'avviso-parcoserre-wkhtmltopdf.pdf', 'role': 'notice',
  'what': 'unnumbered notice to visitors of a trail closure, signed by the Director of the Ente Parco Naturale Regionale delle Serre (Calabria), HTML printed by wkhtmltopdf',
  'act': {'municipality': 'Ente Parco Naturale Regionale delle Serre', 'office': 'Direttore', 'kind': 'avviso', 'date': '2026-03-23',
          'subject': 'AVVISO AGLI UTENTI – CHIUSURA TEMPORANEA DEL SENTIERO «BOSCO ARCHIFORO – FERDINANDEA» PER LAVORI DI MESSA IN SICUREZZA'}},
]

with open(os.path.join(OUT, 'keys.json'), 'w', encoding='utf-8') as f:
    json.dump(keys, f, ensure_ascii=False, indent=1)
    f.write('\n')

# ---- check
def norm(s):
    return re.sub(r'\s+', ' ', s).strip()

for k in keys:
    txt = norm(subprocess.run(['pdftotext', '-layout', os.path.join(OUT, k['file']), '-'],
                              capture_output=True, text=True).stdout)
    a = k['act']
    strs = []
    for f in ('municipality', 'organ', 'office', 'subject', 'proposing_office'):
        if f in a:
            strs.append((f, a[f]))
    for p in a.get('attendees', []):
        strs += [('att.name', p['name']), ('att.role', p['role'])]
    for who in ('president', 'secretary'):
        for f, v in a.get(who, {}).items():
            strs.append((who + '.' + f, v))
    bad = []
    for f, v in strs:
        if norm(v) in txt:
            continue
        if norm(v).lower() in txt.lower():
            bad.append('%s: case only: %s' % (f, v))
        else:
            bad.append('%s: MISSING: %s' % (f, v))
    print(k['file'], 'OK' if not bad else '')
    for b in bad:
        print('   ', b)
