# Writes keys.json and checks that every keyed string occurs in `pdftotext -layout` (whitespace collapsed).
import json, re, subprocess, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)

def roll(rows): return [{"name": n, "role": r, "present": p} for n, r, p in rows]

K = [
 {"file": "delibera-venaria-bludata.pdf", "role": "act",
  "what": "Giunta deliberation 58/2026 (TCPDF, Bludata-style): register box with number/date/time/proposal, subject after OGGETTO:, roll table with X columns, numbered points, running head on p.2",
  "operative_points": 4,
  "act": {"municipality": "Città di Venaria Reale", "organ": "Giunta Comunale", "kind": "deliberazione",
          "number": 58, "date": "2026-03-12", "time": "15:30",
          "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI RIQUALIFICAZIONE DEI MARCIAPIEDI DI VIALE BURIDANI E DI VIA MASCAGNI – CUP I37H25001230004",
          "proposing_office": "Settore Lavori Pubblici", "proposal_number": 71, "proposal_date": "2026-03-05",
          "attendees": roll([("BERTOLOTTO FABIO", "Sindaco", True), ("MARCHETTI ELENA", "Vice Sindaco", True),
                             ("GIORDANO PAOLO", "Assessore", True), ("RACCA SILVIA", "Assessore", False),
                             ("CHIAPPERO LUCA", "Assessore", True), ("DEMICHELIS ANNA", "Assessore", True)]),
          "president": {"title": "Avv.", "role": "Sindaco", "name": "Fabio Bertolotto"},
          "secretary": {"title": "Dott.ssa", "role": "Segretario Generale", "name": "Raffaella Monticone"},
          "vote": "unanimous", "immediately_executive": True}},
 {"file": "delibera-rosolina-parsec.pdf", "role": "act",
  "what": "Consiglio deliberation 9/2026 (python-docx → LibreOffice, Parsec-style): subject in a bordered two-cell table, 13-member roll in two numbered columns with P/A, vote counts in one centred line, numbered points",
  "operative_points": 3,
  "act": {"municipality": "Comune di Rosolina", "organ": "Consiglio Comunale", "kind": "deliberazione",
          "number": 9, "date": "2026-03-10", "time": "20:30",
          "subject": "MODIFICA DEL REGOLAMENTO PER L'APPLICAZIONE DELL'IMPOSTA DI SOGGIORNO. APPROVAZIONE.",
          "proposing_office": "Servizio Tributi", "proposal_number": 12, "proposal_date": "2026-02-26",
          "attendees": roll([("VIANELLO MICHELE", "Sindaco", True), ("BELLATO GIORGIA", "Consigliere", True),
                             ("CREPALDI ROBERTO", "Consigliere", True), ("TOMBOLATO SARA", "Consigliere", True),
                             ("BOSCOLO MARCHI DENIS", "Consigliere", True), ("FERRO ALESSANDRA", "Consigliere", False),
                             ("MANTOVAN LUIGI", "Consigliere", True), ("SACCHETTO ILARIA", "Consigliere", True),
                             ("FINOTTI MATTEO", "Consigliere", True), ("ZANIN CHIARA", "Consigliere", True),
                             ("PAGANIN STEFANO", "Consigliere", False), ("GIBIN MARTINA", "Consigliere", True),
                             ("CAVALLARO ENRICO", "Consigliere", True)]),
          "president": {"title": "Sig.", "role": "Sindaco", "name": "Michele Vianello"},
          "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Giorgio Ferrarese"},
          "vote": "majority",
          "vote_counts": {"present": 11, "voters": 10, "in_favour": 8, "against": 2, "abstained": 1},
          "immediately_executive": True}},
 {"file": "delibera-castelritaldi-omnis.pdf", "role": "act",
  "what": "Giunta deliberation 21/2026 (fpdf2, Omnis-report style): number/date/time/proposal in a grey label grid, subject as a ruled title block, roll in prose (three present, one absent), dash-bulleted points, signature boxes and publication box on p.2",
  "operative_points": 3,
  "act": {"municipality": "Comune di Castel Ritaldi", "organ": "Giunta Comunale", "kind": "deliberazione",
          "number": 21, "date": "2026-03-13", "time": "12:00",
          "subject": "Concessione di contributo straordinario alla Pro Loco di Castel Ritaldi per la manifestazione \"Castel Ritaldi in Fiore 2026\". Indirizzi al Responsabile dell'Area Amministrativa.",
          "proposing_office": "Area Amministrativa - Servizio Cultura, Turismo e Sport", "proposal_number": 19, "proposal_date": "2026-03-09",
          "attendees": roll([("Elisa Fantauzzi", "Sindaco", True), ("Marco Properzi", "Vice Sindaco", True),
                             ("Simone Cappelletti", "Assessore", True), ("Giulia Mattioli", "Assessore", False)]),
          "president": {"title": "Sig.ra", "role": "Sindaco", "name": "Elisa Fantauzzi"},
          "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Fabrizio Nardoni"},
          "vote": "unanimous", "immediately_executive": True}},
 {"file": "determina-santanastasia-abcpdf.pdf", "role": "act",
  "what": "determinazione dirigenziale, general register 312 of 16/03/2026, sector register 47 of 13/03/2026 (Chromium from HTML, web-app/ABCpdf style): Settore band and Servizio strip, register grid, boxed OGGETTO, numbered points, fixed footer",
  "operative_points": 5,
  "act": {"municipality": "Comune di Sant'Anastasia", "organ": "Settore III – Lavori Pubblici e Manutenzione",
          "office": "Servizio Manutenzione Patrimonio e Cimitero", "kind": "determinazione",
          "number": 312, "sector_number": 47, "date": "2026-03-16",
          "subject": "Affidamento diretto, ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. 36/2023, del servizio di manutenzione ordinaria degli impianti di illuminazione votiva del Cimitero comunale per l'anno 2026 – Ditta Elettro Vesuviana S.r.l. – CIG B5F2A9C31D – Impegno di spesa."}},
 {"file": "determina-davoli-natural.pdf", "role": "act",
  "what": "determinazione 87 (general register 214) of 11/03/2026, a fixed-pitch host-report print (ReportLab, Natural style): dashed rules, number and register on one line, subject under OGGETTO:, points 1)–4), job line with PAG.",
  "operative_points": 4,
  "act": {"municipality": "Comune di Davoli", "organ": "Area Amministrativa", "office": "Servizio Servizi Sociali",
          "kind": "determinazione", "number": 214, "sector_number": 87, "date": "2026-03-11",
          "subject": "LIQUIDAZIONE CONTRIBUTO ECONOMICO STRAORDINARIO A NUCLEI FAMILIARI IN CONDIZIONI DI DISAGIO SOCIO-ECONOMICO - I TRIMESTRE 2026.",
          "proposal_number": 102, "proposal_date": "2026-03-09"}},
 {"file": "determina-altoastico-deltadator.pdf", "role": "act",
  "what": "determinazione 36/2026 of an Unione Montana (OpenPDF, Delta Dator style): Area heading with Servizio under it, three-cell register band, subject in a label/value table, points a)–d), boxed visto contabile",
  "operative_points": 4,
  "act": {"municipality": "Unione Montana Alto Astico", "organ": "Area Vigilanza", "office": "Servizio Polizia Locale",
          "kind": "determinazione", "number": 36, "date": "2026-03-17",
          "subject": "Acquisto di n. 2 etilometri omologati e relativo servizio di taratura biennale per il Servizio associato di Polizia Locale. Affidamento alla ditta Safety Control Veneto S.r.l. e impegno di spesa (CIG B61D0E4A77)."}},
 {"file": "ordinanza-poirino-textedit.pdf", "role": "act",
  "what": "ordinanza sindacale 14/2026 typed as a plain TextEdit page (LibreOffice Writer from flat ODT, US Letter, no page furniture): number and date in a centred heading line, ORDINA with points 1–3",
  "operative_points": 3,
  "act": {"municipality": "Comune di Poirino", "organ": "Sindaco", "kind": "ordinanza", "number": 14, "date": "2026-03-17",
          "subject": "Rimozione e smaltimento di rifiuti abbandonati su area privata in frazione Favari (Foglio 31, mappale 245) – art. 192 del D.Lgs. 152/2006."}},
 {"file": "avviso-molinella-quarkxpress.pdf", "role": "act",
  "what": "numbered avviso pubblico 4/2026, a one-page manifesto (ReportLab, QuarkXPress style): green bands, display title in two lines, two text columns, deadline box",
  "act": {"municipality": "Comune di Molinella", "organ": "Settore Territorio", "office": "Servizio Ambiente",
          "kind": "avviso", "number": 4, "date": "2026-03-16",
          "subject": "ASSEGNAZIONE DI ORTI URBANI COMUNALI IN COMODATO D'USO – BIENNIO 2026-2027"}},
 {"file": "attestazione-crevalcore-cognos.pdf", "role": "certificate",
  "what": "certificate of publication of Giunta deliberation 22 of 19/02/2026 (wkhtmltopdf, Cognos report style): key/value table, ATTESTA paragraph, published 25/02–12/03/2026 (reg. 311/2026), certified 16/03/2026",
  "act": {"municipality": "Comune di Crevalcore", "kind": "attestazione", "number": 22, "date": "2026-02-19",
          "subject": "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE \"AUSER CREVALCORE ODV\" PER IL SERVIZIO DI ACCOMPAGNAMENTO SOCIALE E TRASPORTO DI PERSONE FRAGILI – ANNI 2026-2027"}},
 {"file": "allegato-ravello-excel.pdf", "role": "attachment",
  "what": "Allegato A to Giunta deliberation 31/2026: tariff table of the services on individual demand, an Excel sheet printed to PDF (openpyxl → LibreOffice Calc): sheet-name header, gridded table with section rows, notes, 'Pagina 1 di 1'",
  "act": {"municipality": "Comune di Ravello"}},
 {"file": "convocazione-attigliano-beamer.pdf", "role": "notice",
  "what": "convocation of the Consiglio Comunale for 26/03/2026 18:00 (second call 27/03), a 4-frame LaTeX beamer deck (pdflatex, Boadilla theme): title frame, blocks, numbered agenda, footline on every frame",
  "act": {"municipality": "Comune di Attigliano", "kind": "convocazione", "date": "2026-03-18",
          "subject": "CONVOCAZIONE DEL CONSIGLIO COMUNALE"}},
 {"file": "avviso-briatico-notepad.pdf", "role": "notice",
  "what": "unnumbered avviso alla cittadinanza (water cut), a Notepad print (ReportLab, DejaVu Sans Mono): file name as running head, 'Pagina 1' foot, subject after 'Oggetto:'",
  "act": {"municipality": "Comune di Briatico", "organ": "Area Tecnica", "office": "Servizio Idrico Integrato",
          "kind": "avviso", "date": "2026-03-17",
          "subject": "sospensione dell'erogazione idrica nelle frazioni San Costantino e Potenzoni per lavori urgenti sulla condotta di adduzione."}},
]
json.dump(K, open(os.path.join(OUT, 'keys.json'), 'w'), ensure_ascii=False, indent=1)

def norm(s): return re.sub(r'\s+', ' ', s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(['pdftotext', '-layout', os.path.join(OUT, k['file']), '-'], capture_output=True, text=True).stdout)
    low = txt.lower()
    a = k['act']
    checks = []
    for f in ('municipality', 'organ', 'office', 'subject', 'proposing_office'):
        if f in a: checks.append((f, a[f], f == 'subject'))
    for at in a.get('attendees', []):
        checks += [('att', at['name'], False), ('role', at['role'], False)]
    for p in ('president', 'secretary'):
        if p in a:
            for f in ('title', 'role', 'name'): checks.append((p, a[p][f], False))
    for f in ('number', 'sector_number', 'proposal_number'):
        if f in a: checks.append((f, str(a[f]), False))
    for f in ('date', 'proposal_date'):
        if f in a:
            y, m, d = a[f].split('-'); checks.append((f, f'{d}/{m}/{y}', False))
    if 'time' in a: checks.append(('time', a['time'], False))
    for f, v, exact in checks:
        ok = (norm(v) in txt) if exact else (norm(v).lower() in low)
        if not ok:
            bad += 1; print('MISSING', k['file'], f, repr(v))
print('checked', len(K), 'bad', bad)
