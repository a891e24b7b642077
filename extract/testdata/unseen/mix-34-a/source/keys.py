# Writes ../keys.json and checks that every keyed string occurs in the
# `pdftotext -layout` output of its PDF (whitespace collapsed).
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def att(rows):
    return [{'name': n, 'role': r, 'present': p} for n, r, p in rows]


K = [
 {'file': 'deliberazione-unionesarrabus-sicraweb.pdf', 'role': 'act',
  'what': "Assemblea dell'Unione deliberation 6/2026 approving DUP and budget (Word template via LibreOffice, Sicraweb layout): register box, roll as a 5-column table, vote with counts, 4 numbered points",
  'operative_points': 4,
  'act': {'municipality': 'Unione dei Comuni del Sarrabus', 'organ': "Assemblea dell'Unione", 'kind': 'deliberazione',
          'number': 6, 'date': '2026-03-12', 'time': '17:30',
          'subject': "Approvazione del Documento Unico di Programmazione (DUP) 2026/2028 e del Bilancio di previsione finanziario 2026/2028 dell'Unione dei Comuni del Sarrabus.",
          'attendees': att([('PIRAS GIOVANNI ANTONIO', 'Presidente', True), ('MELIS ROBERTA', 'Vice Presidente', True),
                            ('CONGIU STEFANO', 'Componente', True), ('SERRA MARIA FRANCESCA', 'Componente', False),
                            ('LAI FABRIZIO', 'Componente', True), ('PORCU ELISABETTA', 'Componente', True),
                            ('ATZENI MASSIMILIANO', 'Componente', True), ('MURGIA ANTONELLA', 'Componente', True),
                            ('USAI PIERPAOLO', 'Componente', False), ('CABIDDU MARCO', 'Componente', True)]),
          'president': {'title': 'Sig.', 'role': "Presidente dell'Unione", 'name': 'Giovanni Antonio Piras'},
          'secretary': {'title': 'Dott.ssa', 'role': "Segretario dell'Unione", 'name': 'Ilaria Mereu'},
          'vote': 'majority',
          'vote_counts': {'present': 8, 'voters': 7, 'in_favour': 6, 'against': 1, 'abstained': 1},
          'immediately_executive': True}},
 {'file': 'determina-aspimolese-jiride.pdf', 'role': 'act',
  'what': 'determinazione 47/2026 of the Direttore Generale of an ASP (HTML printed by Chromium, J-Iride-like): register table with proposal and proposing Servizio, boxed subject, 5 numbered points, running foot',
  'operative_points': 5,
  'act': {'municipality': 'ASP Circondario Imolese', 'organ': 'Direttore Generale', 'kind': 'determinazione',
          'number': 47, 'date': '2026-03-11',
          'subject': "AFFIDAMENTO DIRETTO, AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023, DEL SERVIZIO DI MANUTENZIONE ORDINARIA E STRAORDINARIA DEGLI IMPIANTI ELEVATORI DELLE STRUTTURE RESIDENZIALI PER ANZIANI – PERIODO DAL 01/04/2026 AL 31/03/2028 – CIG B7A2C41F90",
          'proposing_office': 'Servizio Patrimonio e Acquisti', 'proposal_number': 58, 'proposal_date': '2026-03-09'}},
 {'file': 'decreto-provinciachieti-civilia.pdf', 'role': 'act',
  'what': 'decree 21/2026 of the Presidente della Provincia (LibreOffice Writer, Civilia layout): letterhead in the page header, register table, boxed subject, DECRETA with 4 points 1)-4), two signatures',
  'operative_points': 4,
  'act': {'municipality': 'Provincia di Chieti', 'organ': 'Presidente della Provincia', 'kind': 'decreto',
          'number': 21, 'date': '2026-03-10',
          'subject': 'S.P. 119 "Fondovalle Alento" – Lavori di messa in sicurezza del tratto compreso tra il km 4+200 e il km 6+850 – Approvazione del progetto di fattibilità tecnico-economica. CUP D87H25001230003.',
          'proposing_office': 'Settore 3 – Viabilità e Trasporti', 'proposal_number': 29, 'proposal_date': '2026-03-04',
          'immediately_executive': True}},
 {'file': 'convocazione-bonificaveronese-kibernetes.pdf', 'role': 'notice',
  'what': "letter convening the Assemblea of a consorzio di bonifica (ReportLab): protocol number and date, addressees, Oggetto, numbered agenda, signed by the Presidente",
  'act': {'municipality': 'Consorzio di Bonifica Veronese', 'kind': 'convocazione', 'date': '2026-03-09',
          'subject': "Convocazione dell'Assemblea consortile in seduta ordinaria – lunedì 23 marzo 2026."}},
 {'file': 'deliberazione-cicciano-saga.pdf', 'role': 'act',
  'what': 'Consiglio deliberation 9/2026 printed as a legacy 132-column Courier report (enscript + Ghostscript, landscape): capitals, dotted leaders, character boxes, two-column roll numbered down the columns, vote in a character box, 3 points',
  'operative_points': 3,
  'act': {'municipality': 'Comune di Cicciano', 'organ': 'Consiglio Comunale', 'kind': 'deliberazione',
          'number': 9, 'date': '2026-03-10', 'time': '18:30',
          'subject': 'MODIFICA DEL REGOLAMENTO COMUNALE PER L’APPLICAZIONE DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA (ART. 1, COMMI 816-836, LEGGE 160/2019) - ARTT. 12, 18 E 27. APPROVAZIONE.',
          'attendees': att([('SIBILIO GIUSEPPE', 'SINDACO', True), ('ESPOSITO ANTONIO', 'PRESIDENTE', True),
                            ('NAPOLITANO CARMELA', 'CONSIGLIERE', True), ('DE LUCA SALVATORE', 'CONSIGLIERE', True),
                            ('RUSSO ANNAMARIA', 'CONSIGLIERE', False), ('AMBROSIO VINCENZO', 'CONSIGLIERE', True),
                            ('PICCOLO GENNARO', 'CONSIGLIERE', True), ('IERVOLINO TERESA', 'CONSIGLIERE', True),
                            ('MAIONE PASQUALE', 'CONSIGLIERE', True), ('SORRENTINO LUIGI', 'CONSIGLIERE', True),
                            ('CIRILLO ROSARIA', 'CONSIGLIERE', False), ('FERRARA DOMENICO', 'CONSIGLIERE', True),
                            ('BARRA MICHELE', 'CONSIGLIERE', True), ('TUFANO ASSUNTA', 'CONSIGLIERE', True),
                            ('MONTANINO CIRO', 'CONSIGLIERE', False), ('ALIPERTA FRANCESCO', 'CONSIGLIERE', True),
                            ('SANTORELLI ILARIA', 'CONSIGLIERE', True)]),
          'president': {'title': 'Sig.', 'role': 'Presidente del Consiglio', 'name': 'ESPOSITO ANTONIO'},
          'secretary': {'title': 'Dott.', 'role': 'Segretario Generale', 'name': 'RAFFAELE CAPASSO'},
          'vote': 'majority',
          'vote_counts': {'present': 14, 'voters': 14, 'in_favour': 10, 'against': 4, 'abstained': 0},
          'immediately_executive': True}},
 {'file': 'determina-piossasco-datagraph.pdf', 'role': 'act',
  'what': 'determinazione printed as an 80-column fixed-width report (DejaVu Sans Mono, box-drawing characters, dotted leaders): sector number 38/LP and general register 162 side by side, 4 numbered points, visto contabile',
  'operative_points': 4,
  'act': {'municipality': 'Comune di Piossasco', 'organ': 'AREA TECNICA', 'office': 'SERVIZIO LAVORI PUBBLICI E MANUTENZIONI',
          'kind': 'determinazione', 'number': 162, 'sector_number': 38, 'date': '2026-03-09',
          'subject': 'LAVORI DI MANUTENZIONE STRAORDINARIA DELLA COPERTURA DELLA SCUOLA PRIMARIA "G. RODARI" DI VIA ALFIERI - APPROVAZIONE DEL CERTIFICATO DI REGOLARE ESECUZIONE E LIQUIDAZIONE DEL SALDO ALLA DITTA EDILTETTI CANAVESE S.R.L. - CUP G37H25000410004 - CIG B54E1A07C3.'}},
 {'file': 'certificato-pianella-wordtemplate.pdf', 'role': 'certificate',
  'what': 'certificate of publication of Giunta deliberation 27/2026: a typewriter-like Word form (Courier New -> Liberation Mono, justified) whose blanks of underscores are filled in',
  'act': {'municipality': 'Comune di Pianella', 'kind': 'attestazione', 'number': 27, 'date': '2026-03-05',
          'subject': 'Approvazione del piano delle alienazioni e valorizzazioni immobiliari per il triennio 2026/2028 (art. 58 D.L. n. 112/2008) - Proposta al Consiglio Comunale.'}},
 {'file': 'allegato-conselve-excel.pdf', 'role': 'attachment',
  'what': 'Allegato A to determinazione 88/2026: a spreadsheet printed to PDF by LibreOffice Calc (landscape, bordered grid, totals row, sheet header and footer): text on every page',
  'pages_without_text': [],
  'act': {'municipality': 'Comune di Conselve'}},
 {'file': 'deliberazione-valfabbrica-halley.pdf', 'role': 'act',
  'what': 'Giunta deliberation 31/2026 (hand-made PDF, Halley layout): every body glyph placed by its own Tm, letter-spaced heading, roll as a dotted-leader list, subject boxed after the roll, Albo stamp rotated along the left margin, 5 points',
  'operative_points': 5,
  'act': {'municipality': 'Comune di Valfabbrica', 'organ': 'Giunta Comunale', 'kind': 'deliberazione',
          'number': 31, 'date': '2026-03-11', 'time': '12:15',
          'subject': 'Approvazione schema di convenzione con l\'Associazione “Pro Loco Valfabbrica” per la gestione del Centro di aggregazione giovanile di Casa Castalda – anni 2026/2027.',
          'attendees': att([('MORETTI ALBERTO', 'Sindaco', True), ('BRUNELLI FRANCESCA', 'Vice Sindaco', True),
                            ('CAPORALI SIMONE', 'Assessore', False), ('FIORUCCI LAURA', 'Assessore', True)]),
          'president': {'title': 'Sig.', 'role': 'Sindaco', 'name': 'Alberto Moretti'},
          'secretary': {'title': 'Dott.ssa', 'role': 'Segretario Comunale', 'name': 'Patrizia Scarponi'},
          'vote': 'unanimous', 'immediately_executive': True}},
 {'file': 'determina-teano-studiok.pdf', 'role': 'act',
  'what': 'determinazione typeset by pdfLaTeX (Studio K layout): Settore and Servizio heading, register table with general and sector numbers, boxed subject, hyphenated justified body, 4 numbered points',
  'operative_points': 4,
  'act': {'municipality': 'Comune di Teano', 'organ': 'SETTORE ECONOMICO-FINANZIARIO', 'office': 'Servizio Tributi',
          'kind': 'determinazione', 'number': 211, 'sector_number': 34, 'date': '2026-03-10',
          'subject': 'Rimborso dell’Imposta Municipale Propria (IMU) versata e non dovuta per l’anno d’imposta 2024 – Contribuente cod. 10427 – Impegno e liquidazione della spesa.'}},
 {'file': 'avviso-scanzanojonico-apkappa.pdf', 'role': 'act',
  'what': 'numbered avviso pubblico 3/2026 (ReportLab, APKappa layout): letterhead is a picture with a text caption under it, boxed Oggetto, articles in two columns, content drawn out of reading order',
  'act': {'municipality': 'Comune di Scanzano Jonico', 'organ': 'AREA AMMINISTRATIVA', 'office': 'Servizio Politiche Sociali',
          'kind': 'avviso', 'number': 3, 'date': '2026-03-11',
          'subject': 'Concessione di contributi economici a sostegno del pagamento dei canoni di locazione per nuclei familiari in condizione di disagio economico – Anno 2026.'}},
 {'file': 'avviso-senorbi-zuddas.pdf', 'role': 'notice',
  'what': 'unnumbered avviso di deposito of a PUC variant (hand-made PDF, Zuddas layout): letterhead, running foot and protocol stamp in Form XObjects, letter-spaced title on four lines, body justified with Tw and Tc',
  'act': {'municipality': 'Comune di Senorbì', 'organ': 'AREA TECNICA', 'office': 'Servizio Urbanistica ed Edilizia Privata',
          'kind': 'avviso', 'date': '2026-03-12',
          'subject': 'AVVISO DI DEPOSITO DELLA VARIANTE N. 4 AL PIANO URBANISTICO COMUNALE (PUC) ADOTTATA CON DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 7 DEL 26/02/2026'}},
]

json.dump(K, open(os.path.join(OUT, 'keys.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


bad = 0
for k in K:
    txt = norm(subprocess.run(['pdftotext', '-layout', os.path.join(OUT, k['file']), '-'],
                              capture_output=True, text=True).stdout)
    low = txt.lower()
    a = k['act']
    checks = []
    for f in ('municipality', 'organ', 'office', 'subject', 'proposing_office'):
        if f in a:
            checks.append((f, a[f]))
    for p in ('president', 'secretary'):
        if p in a:
            for f, v in a[p].items():
                checks.append((p + '.' + f, v))
    for x in a.get('attendees', []):
        checks.append(('attendee', x['name']))
        checks.append(('attendee.role', x['role']))
    for f, v in checks:
        hit = (v in txt) if f == 'subject' else (norm(v).lower() in low)
        if not hit:
            bad += 1
            print('MISSING', k['file'], f, repr(v))
print('checked', len(K), 'keys;', bad, 'missing')
