# Writes ../keys.json (the answers) and checks every keyed string against the
# whitespace-collapsed `pdftotext -layout` text of its PDF.
import json, os, re, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def A(name, role, present=True):
    return {"name": name, "role": role, "present": present}


keys = [
 {"file": "deliberazione-unionelunigiana-wordtemplate.pdf", "role": "act",
  "what": "Giunta dell'Unione deliberation 27/2026 of a Tuscan Unione di Comuni (Word template via LibreOffice): register box with the subject, roll as a 6-column table, numbered points 1-5, publication and executivity boxes on page 3",
  "operative_points": 5,
  "act": {"municipality": "Unione di Comuni Montana Lunigiana", "organ": "Giunta dell’Unione", "kind": "deliberazione",
          "number": 27, "date": "2026-03-12", "time": "15:30",
          "subject": "Approvazione dello schema di convenzione con la Regione Toscana per l’esercizio delle funzioni in materia di vincolo idrogeologico e di forestazione – annualità 2026-2027.",
          "proposing_office": "Servizio Forestazione e Vincolo Idrogeologico", "proposal_number": 31, "proposal_date": "2026-03-09",
          "attendees": [A("BERTOLINI ANDREA", "Presidente"), A("CASONI MARIA LUISA", "Vice Presidente"),
                        A("FERDANI PAOLO", "Assessore", False), A("GHELFI ROBERTO", "Assessore"),
                        A("MORACCHINI ELENA", "Assessore"), A("RICCI DAVIDE", "Assessore"),
                        A("TONARELLI LUCA", "Assessore", False)],
          "president": {"title": "Sig.", "role": "Presidente dell’Unione", "name": "Andrea Bertolini"},
          "secretary": {"title": "Dott.ssa", "role": "Segretario dell’Unione", "name": "Chiara Baldassini"},
          "vote": "unanimous", "immediately_executive": True}},
 {"file": "deliberazione-dianomarina-tex.pdf", "role": "act",
  "what": "Consiglio Comunale deliberation 14/2026 typeset with pdfLaTeX (Latin Modern, T1): subject in a frame above the preamble, roll in two columns (multicol), vote as a small table with names, points 1)-4), running head",
  "operative_points": 4,
  "act": {"municipality": "Comune di Diano Marina", "organ": "Consiglio Comunale", "kind": "deliberazione",
          "number": 14, "date": "2026-03-09", "time": "20:45",
          "subject": "APPROVAZIONE DELLE MODIFICHE AL REGOLAMENTO PER L’APPLICAZIONE DELL’IMPOSTA DI SOGGIORNO (ARTT. 4, 7 E 12) CON DECORRENZA 1° MAGGIO 2026.",
          "proposing_office": "Servizio Tributi", "proposal_number": 9, "proposal_date": "2026-02-20",
          "attendees": [A("ANFOSSI GIACOMO", "Sindaco"), A("BALESTRA CHIARA", "Consigliere"), A("CASTELLARO DIEGO", "Consigliere"),
                        A("DULBECCO ILARIA", "Presidente"), A("FERRARI MAURIZIO", "Consigliere"), A("GANDOLFO SIMONA", "Consigliere", False),
                        A("LANTERI PAOLO", "Consigliere"), A("MARVALDI ROBERTA", "Consigliere"), A("NOVARO FABIO", "Consigliere"),
                        A("ORENGO SILVIA", "Consigliere", False), A("RAIMONDO LUCA", "Consigliere"), A("SASSO MARCO", "Consigliere"),
                        A("VIALE ANNA", "Consigliere")],
          "president": {"title": "Sig.ra", "role": "Presidente del Consiglio Comunale", "name": "Ilaria Dulbecco"},
          "secretary": {"title": "Dott.", "role": "Segretario Generale", "name": "Roberto Ghiglione"},
          "vote": "majority",
          "vote_counts": {"present": 11, "voters": 10, "in_favour": 8, "against": 2, "abstained": 1},
          "immediately_executive": True}},
 {"file": "deliberazione-giardininaxos-halley.pdf", "role": "act",
  "what": "Giunta Municipale deliberation 41/2026 of a Sicilian comune, Halley-like: letter-spaced (Tc) headings, body drawn glyph by glyph with no space characters, premises justified with Tw, roll in prose, points 1)-3), Albo stamp rotated along the left margin, publication and executivity boxes on page 2",
  "operative_points": 3,
  "act": {"municipality": "Comune di Giardini Naxos", "organ": "Giunta Municipale", "kind": "deliberazione",
          "number": 41, "date": "2026-03-10", "time": "13:15",
          "subject": "Concessione in uso temporaneo della Sala Polifunzionale “Ex Mercato” di via Schisò all’Associazione culturale “Kalé Arte” per la rassegna “Naxos in Scena” dal 2 al 4 aprile 2026. Atto di indirizzo.",
          "proposing_office": "Area Amministrativa", "proposal_number": 48, "proposal_date": "2026-03-05",
          "attendees": [A("STRACUZZI GIORGIO", "Sindaco"), A("LO GIUDICE CARMELA", "Vice Sindaco"),
                        A("BONACCORSO NUNZIO", "Assessore"), A("SCIGLIO ANTONINO", "Assessore"),
                        A("FICHERA ROSARIO", "Assessore", False)],
          "president": {"title": "Dott.", "role": "Sindaco", "name": "Giorgio Stracuzzi"},
          "secretary": {"title": "Dott.ssa", "role": "Segretario Generale", "name": "Maria Catena Russo"},
          "vote": "unanimous", "immediately_executive": True}},
 {"file": "determinazione-mortara-datagraph.pdf", "role": "act",
  "what": "determinazione dirigenziale as an 80-column Courier report (enscript + Ghostscript): character-drawn boxes, dotted leaders, capitals, general register 187 and sector register 42 in a two-cell box, points 1)-4) with a character-drawn table",
  "operative_points": 4,
  "act": {"municipality": "Città di Mortara", "organ": "SETTORE LAVORI PUBBLICI - MANUTENZIONI - AMBIENTE",
          "office": "SERVIZIO MANUTENZIONE PATRIMONIO", "kind": "determinazione",
          "number": 187, "sector_number": 42, "date": "2026-03-09",
          "subject": "AFFIDAMENTO DIRETTO AI SENSI DELL’ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023 DEL SERVIZIO DI MANUTENZIONE ORDINARIA E CONDUZIONE DEGLI IMPIANTI TERMICI DEGLI EDIFICI COMUNALI - PERIODO 01/04/2026-31/03/2027 - DITTA TERMOIDRAULICA LOMELLINA S.R.L. - IMPEGNO DI SPESA - CIG B7A41C09E2"}},
 {"file": "determinazione-bonificacalabria-chromium.pdf", "role": "act",
  "what": "determinazione dirigenziale 112/2026 of a consorzio di bonifica (Chromium): Area and Servizio under the letterhead, register table with the proposal, subject in a shaded box, five bulleted points",
  "operative_points": 5,
  "act": {"municipality": "Consorzio di Bonifica della Calabria", "organ": "Area Tecnica",
          "office": "Servizio Gestione Impianti Irrigui – Comprensorio Sibaritide", "kind": "determinazione",
          "number": 112, "date": "2026-03-11", "proposal_number": 139, "proposal_date": "2026-03-10",
          "subject": "Lavori di somma urgenza per il ripristino della condotta adduttrice DN 800 dell’impianto irriguo “Piana di Sibari – Lotto Crati Sinistra” in località Thurio del Comune di Corigliano-Rossano. Approvazione verbale di somma urgenza, affidamento ai sensi dell’art. 140 del D.Lgs. n. 36/2023 e impegno di spesa. CIG B8F2D77A10."}},
 {"file": "determinazione-palestrina-sicraweb.pdf", "role": "act",
  "what": "determinazione dirigenziale, Sicraweb-like: the body's name is lettering inside the letterhead picture with a small text caption under the crest; running head and foot in one reused Form XObject; blocks drawn out of reading order; register box (general 298, sector 61); points 1.-6.",
  "operative_points": 6,
  "act": {"municipality": "Città di Palestrina", "organ": "SETTORE IV – AMBIENTE, VERDE PUBBLICO E PATRIMONIO",
          "office": "Servizio Verde Pubblico e Arredo Urbano", "kind": "determinazione",
          "number": 298, "sector_number": 61, "date": "2026-03-11",
          "subject": "Servizio di manutenzione ordinaria del verde pubblico, dei parchi e delle aree scolastiche – periodo aprile/ottobre 2026. Determina a contrarre e affidamento diretto ai sensi dell’art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023 alla Verde Prenestino Soc. Coop. Sociale – CIG B81E2F0C47."}},
 {"file": "ordinanza-carpinone-word.pdf", "role": "act",
  "what": "ordinanza sindacale contingibile e urgente 5/2026, typewriter-like Word document in Courier New (Liberation Mono) via LibreOffice: spaced-out headings, underscores as rules, points 1)-3) under ORDINA",
  "operative_points": 3,
  "act": {"municipality": "Comune di Carpinone", "organ": "Sindaco", "kind": "ordinanza",
          "number": 5, "date": "2026-03-13",
          "subject": "Chiusura temporanea al transito veicolare e pedonale di Via Castello, nel tratto compreso tra Piazza Municipio e Largo San Rocco, per pericolo di caduta di materiale dal fabbricato distinto in catasto al foglio 18, particella 342."}},
 {"file": "avviso-altogardaledro-writer.pdf", "role": "act",
  "what": "numbered avviso pubblico 3/2026 of a Trentino Comunità (LibreOffice Writer): Servizio under the letterhead, protocol and date in a borderless table, boxed Oggetto, articles 1-6",
  "act": {"municipality": "Comunità Alto Garda e Ledro", "office": "Servizio Socio-Assistenziale", "kind": "avviso",
          "number": 3, "date": "2026-03-11",
          "subject": "Contributi a sostegno di progetti di inclusione sociale promossi da associazioni di volontariato e cooperative sociali del territorio – anno 2026."}},
 {"file": "attestazione-gioiatauro-modulo.pdf", "role": "certificate",
  "what": "certificate of publication on a pre-printed office form, blanks of underscores typed over (fpdf2, Liberation Serif): Giunta deliberation 38 of 26/02/2026, affixed 27/02-14/03/2026 (n. 402), certificate dated 16/03/2026",
  "act": {"municipality": "Comune di Gioia Tauro", "kind": "attestazione", "number": 38, "date": "2026-02-26",
          "subject": "Approvazione del programma degli interventi di manutenzione straordinaria delle strade comunali e della segnaletica orizzontale – anno 2026 – Atto di indirizzo al Responsabile dell’Area Tecnica."}},
 {"file": "allegato-poggiomirteto-calc.pdf", "role": "attachment",
  "what": "Allegato A to determinazione 76/2026: a spreadsheet (xlsx) printed by LibreOffice Calc, landscape, 34-row ranking of rent-subsidy applications by protocol number, sheet header and footer with the file name",
  "act": {"municipality": "Comune di Poggio Mirteto"}},
 {"file": "convocazione-parcomadonie-chromium.pdf", "role": "notice",
  "what": "letter convening the Consiglio del Parco of a Sicilian regional park for 19/03/2026 (Chromium): protocol line, addressees, Oggetto, numbered agenda of 7 items, signed by the Presidente",
  "act": {"municipality": "Ente Parco delle Madonie", "kind": "convocazione", "date": "2026-03-09",
          "subject": "Convocazione del Consiglio del Parco – seduta ordinaria del 19 marzo 2026."}},
 {"file": "avviso-castiglionedellapescaia-publisher.pdf", "role": "notice",
  "what": "unnumbered avviso to the public set like a leaflet (reportlab): coloured letterhead band with Settore and Servizio, heading A V V I S O letter-spaced with Tc, two-column body with a small table in the right column",
  "act": {"municipality": "Comune di Castiglione della Pescaia", "organ": "Settore Ambiente e Protezione Civile",
          "office": "Servizio Igiene Urbana", "kind": "avviso", "date": "2026-03-12",
          "subject": "RACCOLTA DEI RIFIUTI PORTA A PORTA: VARIAZIONE DEL CALENDARIO PER LE FESTIVITÀ PASQUALI 2026"}},
]

with open(os.path.join(OUT, 'keys.json'), 'w', encoding='utf-8') as f:
    json.dump(keys, f, ensure_ascii=False, indent=1)
    f.write('\n')


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


def fold(s):
    return norm(s).lower().replace('’', "'")


bad = 0
for k in keys:
    txt = subprocess.run(['pdftotext', '-layout', os.path.join(OUT, k['file']), '-'], capture_output=True, text=True).stdout
    nt, ft = norm(txt), fold(txt)
    a = k['act']
    checks = []
    for f in ('municipality', 'organ', 'office', 'proposing_office'):
        if f in a:
            checks.append((f, a[f], False))
    if 'subject' in a:
        checks.append(('subject', a['subject'], True))
    for p in ('president', 'secretary'):
        if p in a:
            for f in ('title', 'role', 'name'):
                if f in a[p]:
                    checks.append((p + '.' + f, a[p][f], False))
    for at in a.get('attendees', []):
        checks.append(('attendee', at['name'], False))
        checks.append(('attendee.role', at['role'], False))
    for n in ('number', 'sector_number', 'proposal_number'):
        if n in a:
            checks.append((n, str(a[n]), False))
    for d in ('date', 'proposal_date'):
        if d in a:
            y, m, dd = a[d].split('-')
            checks.append((d, f'{dd}/{m}/{y}', False))
    for what, val, exact in checks:
        ok = (norm(val) in nt) if exact else (fold(val) in ft)
        if not ok:
            bad += 1
            print('MISSING', k['file'], what, repr(val))
print('checked', len(keys), 'files;', bad, 'missing')
