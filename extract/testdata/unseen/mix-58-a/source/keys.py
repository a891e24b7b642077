# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, sys, os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
def att(rows, default_role=None):
    r = []
    for x in rows:
        d = {'name': x[0]}
        if x[1] is not None: d['role'] = x[1]
        d['present'] = x[2]; r.append(d)
    return r
K = [
 {"file": "deliberazione-gardachiese-chromium.pdf", "role": "act",
  "what": "Consiglio di Amministrazione deliberation 27/2026 of a Lombard land-reclamation consortium; roll as an 8-row table with X in Presente/Assente, subject in a shaded box, points 1-4 (Chromium HTML print)",
  "operative_points": 4,
  "act": {"municipality": "Consorzio di Bonifica Garda Chiese", "organ": "Consiglio di Amministrazione", "kind": "deliberazione",
          "number": 27, "date": "2026-03-12", "time": "15:00",
          "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI RIFACIMENTO DELLE SPONDE DEL CANALE “FOSSA MAESTRA” IN COMUNE DI GOITO – CUP G32E25000140005",
          "attendees": att([("ZANARDI MICHELE", "Presidente", True), ("BELLINTANI ROSANNA", "Vice Presidente", True),
                            ("CAVICCHINI PAOLO", "Consigliere", True), ("FERRARI ELENA", "Consigliere", False),
                            ("MARCHI GIOVANNI", "Consigliere", True), ("PERETTI LUCIANO", "Consigliere", True),
                            ("RIGHETTI ANNALISA", "Consigliere (rappr. Regione Lombardia)", True),
                            ("TOSONI FABRIZIO", "Consigliere (rappr. Comuni)", True)]),
          "president": {"role": "Presidente", "name": "Michele Zanardi"},
          "secretary": {"title": "Ing.", "role": "Direttore Generale", "name": "Stefano Bonatti"},
          "vote": "majority",
          "vote_counts": {"present": 7, "voters": 7, "in_favour": 6, "against": 1, "abstained": 0},
          "immediately_executive": True}},
 {"file": "deliberazione-valpusteria-gvcc.pdf", "role": "act",
  "what": "South Tyrol district community: Beschluss des Bezirksausschusses / deliberazione della Giunta comprensoriale 58/2026, German and Italian side by side in two columns, bilingual roll table (anw./pres., abw. entsch./ass. giust.), points 1-4 in both languages (reportlab)",
  "operative_points": 4,
  "act": {"municipality": "Comunità Comprensoriale Valle Pusteria", "organ": "Giunta comprensoriale", "kind": "deliberazione",
          "number": 58, "date": "2026-03-17", "time": "17:30",
          "subject": "Servizi sociali - Approvazione della convenzione con il Comune di Campo Tures per la gestione del servizio di centro diurno per anziani - periodo 2026-2028",
          "attendees": att([("OBERHOLLENZER ROBERT", "Presidente", True), ("PLANKENSTEINER JUDITH", "Vicepresidente", True),
                            ("MAIR AM TINKHOF GEORG", "Membro", True), ("DE ZORDO CRISTINA", "Membro", False),
                            ("HOFER MANFRED", "Membro", True), ("NIEDERKOFLER ANNA", "Membro", True)]),
          "president": {"role": "Presidente", "name": "Robert Oberhollenzer"},
          "secretary": {"title": "dott.", "role": "Segretario generale", "name": "Lukas Gasser"},
          "vote": "unanimous", "immediately_executive": True}},
 {"file": "deliberazione-montesangiusto-tex.pdf", "role": "act",
  "what": "Consiglio Comunale deliberation 9/2026, pdflatex (Latin Modern, T1): hyphenated subject, roll of 13 as a two-column numbered list with P/A, vote in prose with counts, points 1-4, running head from page 2",
  "operative_points": 4,
  "act": {"municipality": "Comune di Monte San Giusto", "organ": "Consiglio Comunale", "kind": "deliberazione",
          "number": 9, "date": "2026-02-26", "time": "21:00",
          "subject": "APPROVAZIONE DEL REGOLAMENTO PER LA DISCIPLINA DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA – MODIFICHE AGLI ARTICOLI 12, 18 E 27.",
          "attendees": att([("CARDINALI ANDREA", "Sindaco", True), ("PALLOTTA SILVIA", None, True), ("MORESCHI FABIO", None, True),
                            ("TIRANTI LORENZA", None, True), ("BRACALENTE MASSIMO", None, True), ("CIARLANTINI ELISA", None, False),
                            ("FORMICA DANIELE", None, True), ("GIUSTOZZI ROBERTA", None, True), ("MARINOZZI PIERLUIGI", None, True),
                            ("ORAZI VALENTINA", None, True), ("PAOLONI ENRICO", None, True), ("SABBATINI MARCO", None, True),
                            ("VITALI ILARIA", None, True)]),
          "president": {"title": "sig.", "role": "Presidente del Consiglio comunale", "name": "Fabio Moreschi"},
          "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Maria Grazia Antinori"},
          "vote": "majority",
          "vote_counts": {"present": 12, "voters": 11, "in_favour": 8, "against": 3, "abstained": 1},
          "immediately_executive": True}},
 {"file": "determinazione-bonefro-datagraph.pdf", "role": "act",
  "what": "determinazione printed as a 132-column Courier report (enscript, landscape, 2 pages): boxes of +---+ and |, dotted leaders for register numbers, all capitals with E' / RESPONSABILITA', impegno table, visto contabile and publication box on page 2",
  "operative_points": 4,
  "act": {"municipality": "Comune di Bonefro", "organ": "AREA TECNICA", "office": "SERVIZIO LAVORI PUBBLICI - MANUTENZIONI - PATRIMONIO",
          "kind": "determinazione", "number": 87, "sector_number": 23, "date": "2026-03-10",
          "proposal_number": 31, "proposal_date": "2026-03-06",
          "subject": "LAVORI DI MANUTENZIONE STRAORDINARIA DELLA RETE DI PUBBLICA ILLUMINAZIONE IN VIA SAN NICOLA E LARGO CASTELLO - AFFIDAMENTO DIRETTO AI SENSI DELL’ART. 50, COMMA 1, LETT. A), DEL D.LGS. 36/2023 ALLA DITTA ELETTROMOLISE S.R.L. - IMPEGNO DI SPESA - CIG B6A1F27D90"}},
 {"file": "determinazione-saintmarcel-word.pdf", "role": "act",
  "what": "bilingual determinazione of a Valle d'Aosta commune: French then Italian section by section (Objet/Oggetto, DÉCIDE/DETERMINA), register box in two languages, points 1)-3) in each (python-docx, LibreOffice Writer)",
  "operative_points": 3,
  "act": {"municipality": "Comune di Saint-Marcel", "organ": "Area tecnica", "office": "Servizio lavori pubblici",
          "kind": "determinazione", "number": 42, "date": "2026-03-05",
          "subject": "Lavori di sistemazione del parcheggio pubblico in località Surpian – Approvazione dello stato finale e del certificato di regolare esecuzione – Liquidazione del saldo all’impresa Edilvallée s.r.l."}},
 {"file": "determinazione-barrafranca-saga.pdf", "role": "act",
  "what": "determinazione dirigenziale with an awkward text layer: subject and signer drawn glyph by glyph, body justified with Tw, letter-spaced (Tc) letterhead and heading, Albo stamp rotated 90° along the left margin; register box with general and sector numbers (reportlab)",
  "operative_points": 3,
  "act": {"municipality": "Comune di Barrafranca", "organ": "SETTORE III - SERVIZI FINANZIARI E TRIBUTI", "office": "Servizio Tributi",
          "kind": "determinazione", "number": 214, "sector_number": 38, "date": "2026-03-16",
          "proposal_number": 52, "proposal_date": "2026-03-12",
          "subject": "Rimborso alla contribuente R.M. di somme indebitamente versate a titolo di IMU per le annualità 2021, 2022 e 2023 - Impegno e liquidazione della spesa."}},
 {"file": "ordinanza-sagrado-insiel.pdf", "role": "act",
  "what": "ordinanza sindacale of a Friuli municipality with a Slovene minority: Italian text, then the Slovene translation under it; register box ORDINANZA SINDACALE / ŽUPANOVA ODREDBA, points 1-4 in each language (fpdf2, DejaVu)",
  "operative_points": 4,
  "act": {"municipality": "Comune di Sagrado", "organ": "Sindaco", "kind": "ordinanza", "number": 6, "date": "2026-03-11",
          "subject": "Istituzione del divieto di transito e di sosta in via Dante Alighieri, nel tratto compreso tra piazza Sandro Pertini e via Giuseppe Verdi, dal 16 al 27 marzo 2026, per lavori di rifacimento della rete idrica."}},
 {"file": "avviso-sirentevelino-word.pdf", "role": "act",
  "what": "numbered AVVISO PUBBLICO n. 3/2026 of a regional park authority, title under the number, articles Art. 1-5, signed by the Direttore (Word template, LibreOffice)",
  "act": {"municipality": "Ente Parco Naturale Regionale Sirente Velino", "organ": "Direttore", "kind": "avviso", "number": 3, "date": "2026-03-18",
          "subject": "PER LA FORMAZIONE DI UN ELENCO DI GUIDE ED OPERATORI ABILITATI AL SERVIZIO DI ACCOMPAGNAMENTO ESCURSIONISTICO NELLE AREE DEL PARCO – STAGIONE 2026"}},
 {"file": "attestazione-roccagorga-modulo.pdf", "role": "certificate",
  "what": "certificato di pubblicazione of Giunta deliberation 34 of 10/03/2026: a printed form with blanks of underscores, values typed in Courier over the blanks (subject over three blank lines), published 12/03-27/03/2026, Reg. Pubbl. 298",
  "act": {"municipality": "Comune di Roccagorga", "kind": "attestazione", "number": 34, "date": "2026-03-10",
          "subject": "Approvazione dello schema di convenzione con l'Associazione di Protezione Civile \"Monti Lepini\" per il servizio di avvistamento incendi boschivi - anno 2026."}},
 {"file": "allegato-centrosudpuglia-calc.pdf", "role": "attachment",
  "what": "Allegato A to deliberation 58/2026 of the Commissario Straordinario: a spreadsheet (24 rows of canals, lengths and amounts, total) printed landscape by LibreOffice Calc, header row repeated on page 2",
  "act": {"municipality": "Consorzio di Bonifica Centro-Sud Puglia"}},
 {"file": "convocazione-bergeggi-word.pdf", "role": "notice",
  "what": "typewriter-like Word letter (Courier, capitals, E'/avra'/GIOVEDI'): convocation of the Consiglio Comunale for 19/03/2026 at 18,30 with a six-item agenda; letterhead letter-spaced",
  "act": {"municipality": "Comune di Bergeggi", "kind": "convocazione", "date": "2026-03-13",
          "subject": "AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE"}},
 {"file": "avviso-peccioli-word365.pdf", "role": "notice",
  "what": "unnumbered avviso alla cittadinanza (2 pages): letterhead is a picture with a text caption under it, caption and foot are reused Form XObjects, body drawn bottom-up out of reading order",
  "act": {"municipality": "Comune di Peccioli", "organ": "SETTORE TECNICO", "office": "Servizio Lavori Pubblici e Cimiteri",
          "kind": "avviso", "date": "2026-03-17",
          "subject": "Chiusura temporanea del cimitero comunale del capoluogo per lavori di consolidamento del muro di cinta lato nord."}},
]
json.dump(K, open(os.path.join(OUT, 'keys.json'), 'w'), ensure_ascii=False, indent=1)
if '--check' in sys.argv:
    norm = lambda s: re.sub(r'\s+', ' ', s).strip()
    for k in K:
        t = norm(subprocess.run(['pdftotext', '-layout', os.path.join(OUT, k['file']), '-'], capture_output=True, text=True).stdout)
        tl = t.lower()
        a = k.get('act', {})
        strs = [a.get(f) for f in ('municipality', 'organ', 'office', 'subject') if a.get(f)]
        for x in a.get('attendees', []): strs += [x['name']] + ([x['role']] if 'role' in x else [])
        for f in ('president', 'secretary'):
            if f in a: strs += [v for v in a[f].values()]
        for s in strs:
            if norm(s).lower() not in tl: print('MISSING', k['file'], '|', s)
