# Writes ../keys.json (the answer keys, typed by hand from the documents) and checks that every keyed string
# occurs in the pdftotext -layout output of its PDF, whitespace collapsed.
import json, subprocess, re, sys
P = lambda n, r, pr=True: {"name": n, "role": r, "present": pr}
K = [
 {"file": "delibera-gavardo-wkhtmltopdf.pdf", "role": "act",
  "what": "Giunta deliberation 87/2026 (web atti page printed by wkhtmltopdf): register box, OGGETTO in a frame, roll as a presence table with X columns, vote in prose, points 1-4, publication box",
  "operative_points": 4,
  "act": {"municipality": "Comune di Gavardo", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 87, "date": "2026-03-12", "time": "18:00",
          "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI RIQUALIFICAZIONE DEL PARCO PUBBLICO DI VIA DELLE FORNACI – CUP H47B25000890004",
          "attendees": [P("ZANOLINI DAVIDE", "Sindaco"), P("PERINI ELENA", "Vice Sindaco"), P("BONTEMPI MARCO", "Assessore"), P("FERRARI CHIARA", "Assessore", False), P("TONONI GIACOMO", "Assessore")],
          "president": {"title": "Dott.", "role": "Sindaco", "name": "Davide Zanolini"},
          "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Alberto Lorenzetti"},
          "vote": "unanimous", "immediately_executive": True}},
 {"file": "delibera-monsummanoterme-jodconverter.pdf", "role": "act",
  "what": "Consiglio deliberation 14/2026 (.docx model merged and converted by LibreOffice): OGGETTO in a two-cell table, roll of 17 in a numbered two-column table (1-9 left, 10-17 right), vote in a five-cell table, points 1)-4), running head",
  "operative_points": 4,
  "act": {"municipality": "Comune di Monsummano Terme", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 14, "date": "2026-02-26", "time": "21:00",
          "subject": "REGOLAMENTO PER L'APPLICAZIONE DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA – MODIFICHE AGLI ARTICOLI 12, 27 E 41.",
          "attendees": [P("MARTINELLI SIMONE", "Sindaco"), P("BARONTINI LUCIA", "Presidente"), P("CECCHI ANDREA", "Consigliere"), P("GORI FEDERICA", "Consigliere"),
                        P("NICCOLAI PAOLO", "Consigliere", False), P("BIAGINI SARA", "Consigliere"), P("TADDEI LORENZO", "Consigliere"), P("VANNUCCI MARTA", "Consigliere"),
                        P("BARDELLI ENRICO", "Consigliere"), P("FRANCESCHI GIULIA", "Consigliere"), P("LAZZERINI MATTEO", "Consigliere", False), P("PAOLINI ROBERTA", "Consigliere"),
                        P("CINTOLESI FABIO", "Consigliere"), P("NESTI VALENTINA", "Consigliere"), P("BALDI ALESSIO", "Consigliere"), P("GIUNTINI CLAUDIA", "Consigliere"),
                        P("MELANI DARIO", "Consigliere")],
          "president": {"title": "Sig.ra", "role": "Presidente del Consiglio Comunale", "name": "Lucia Barontini"},
          "secretary": {"title": "Dott.ssa", "role": "Segretario Generale", "name": "Caterina Lenzi"},
          "vote": "majority", "vote_counts": {"present": 15, "voters": 14, "in_favour": 10, "against": 4, "abstained": 1},
          "immediately_executive": True}},
 {"file": "delibera-addamartesana-reportlab.pdf", "role": "act",
  "what": "Giunta dell'Unione deliberation 9/2026 (ReportLab): copy, number/date in a box, subject as a title block without label, roll in prose (three present, one absent), four bulleted points, relata box",
  "operative_points": 4,
  "act": {"municipality": "Unione di Comuni Lombarda Adda Martesana", "organ": "Giunta dell’Unione", "kind": "deliberazione", "number": 9, "date": "2026-03-10", "time": "17:30",
          "subject": "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L’ASSOCIAZIONE NAZIONALE CARABINIERI – SEZIONE DI GORGONZOLA PER IL SERVIZIO DI VIGILANZA AGLI INGRESSI DEI PLESSI SCOLASTICI – ANNO SCOLASTICO 2025/2026",
          "attendees": [P("SIRONI ANGELO", "Presidente"), P("CAZZANIGA MONICA", "Vice Presidente"), P("ROSSETTI LUCA", "Assessore"), P("MAGNI PIERA", "Assessore", False)],
          "president": {"title": "Sig.", "role": "Presidente", "name": "Angelo Sironi"},
          "secretary": {"title": "Dott.ssa", "role": "Segretario dell’Unione", "name": "Marina Colombo"},
          "vote": "unanimous", "immediately_executive": True}},
 {"file": "determina-riomaggiore-microfocus.pdf", "role": "act",
  "what": "determinazione of the Area Tecnica, sector n. 31 of 04/03/2026, general register n. 112 of 05/03/2026: a fixed-width COBOL-style spool (no accents, ' for accents) in Liberation Mono, points 1)-4) with an impegno table",
  "operative_points": 4,
  "act": {"municipality": "Comune di Riomaggiore", "organ": "Area Tecnica", "office": "Servizio Lavori Pubblici e Manutenzioni", "kind": "determinazione",
          "number": 112, "sector_number": 31, "date": "2026-03-05",
          "subject": "LAVORI DI SOMMA URGENZA PER IL RIPRISTINO DEL MURO DI SOSTEGNO IN PIETRA A SECCO LUNGO IL SENTIERO N. 531 IN LOCALITA' MONTENERO - AFFIDAMENTO E IMPEGNO DI SPESA - CIG B5F2A81C3D"}},
 {"file": "determina-tuscania-pdflatex.pdf", "role": "act",
  "what": "determinazione of Settore II, general register n. 203 of 10/03/2026, sector n. 41, proposal n. 245 of 06/03/2026 in a label grid (pdfLaTeX, running heads), OGGETTO in a hanging label, points 1-4",
  "operative_points": 4,
  "act": {"municipality": "Comune di Tuscania", "organ": "Settore II – Economico Finanziario", "office": "Servizio Tributi", "kind": "determinazione",
          "number": 203, "sector_number": 41, "date": "2026-03-10",
          "proposing_office": "Servizio Tributi", "proposal_number": 245, "proposal_date": "2026-03-06",
          "subject": "RIMBORSO DI SOMME INDEBITAMENTE VERSATE A TITOLO DI IMU PER LE ANNUALITÀ 2022 E 2023 – CONTRIBUENTE COD. 18734 – LIQUIDAZIONE."}},
 {"file": "determina-picerno-cairo.pdf", "role": "act",
  "what": "determinazione of the Area Amministrativa drawn with cairo: a four-cell label grid (Reg. Gen. 98 of 11/03/2026, Reg. Area 22 of 09/03/2026), OGGETTO with hanging indent, points 1.-4., signature on page 2",
  "operative_points": 4,
  "act": {"municipality": "Comune di Picerno", "organ": "Area Amministrativa", "office": "Ufficio Servizi Sociali e Pubblica Istruzione", "kind": "determinazione",
          "number": 98, "sector_number": 22, "date": "2026-03-11",
          "subject": "SERVIZIO DI TRASPORTO SCOLASTICO ALUNNI CON DISABILITÀ – A.S. 2025/2026 – LIQUIDAZIONE FATTURA N. 14/PA DEL 28/02/2026 ALLA DITTA «LUCANIA SERVICE S.R.L.» – CIG B2C7E05A19"}},
 {"file": "ordinanza-roccamandolfi-mutool.pdf", "role": "act",
  "what": "ordinanza of the Sindaco n. 4 of 09/03/2026 (hand-written content streams, mutool create): number in a framed box, subject after OGGETTO in mixed case, ORDINA with points 1.-3., AVVERTE and DISPONE",
  "operative_points": 3,
  "act": {"municipality": "Comune di Roccamandolfi", "organ": "Sindaco", "kind": "ordinanza", "number": 4, "date": "2026-03-09",
          "subject": "Divieto temporaneo di transito veicolare e pedonale sulla strada comunale «Via del Castello», nel tratto compreso tra Largo San Giacomo e il belvedere, per pericolo di caduta massi – Provvedimento contingibile e urgente."}},
 {"file": "avviso-regalbuto-lualatex.pdf", "role": "act",
  "what": "numbered avviso pubblico n. 3/2026 of Area 1 (LuaLaTeX, Libertine/Biolinum): title in a frame, RENDE NOTO, articles 1-6",
  "act": {"municipality": "Comune di Regalbuto", "organ": "Area 1 – Affari Generali e Servizi alla Persona", "kind": "avviso", "number": 3, "date": "2026-03-12",
          "subject": "AVVISO PUBBLICO PER L’ISCRIZIONE ALL’ALBO COMUNALE DEI VOLONTARI CIVICI PER LE ATTIVITÀ DI PUBBLICA UTILITÀ – ANNO 2026"}},
 {"file": "attestazione-spotorno-cairosvg.pdf", "role": "certificate",
  "what": "certificate of publication of Giunta deliberation 31 of 04/03/2026 (SVG form rendered by CairoSVG), published 06/03-21/03/2026, reg. 412, signed 23/03/2026",
  "act": {"municipality": "Comune di Spotorno", "kind": "attestazione", "number": 31, "date": "2026-03-04",
          "subject": "CONCESSIONE IN USO TEMPORANEO DEI LOCALI DELLA EX SCUOLA DI VIA AURELIA ALL'ASSOCIAZIONE DI VOLONTARIATO «IL FARO» – APPROVAZIONE SCHEMA DI CONVENZIONE."}},
 {"file": "allegato-arcidosso-unoconv.pdf", "role": "attachment",
  "what": "Allegato A to Giunta deliberation 22 of 03/03/2026: table of cemetery tariffs 2025/2026 (HTML opened by LibreOffice Writer), one page",
  "act": {"municipality": "Comune di Arcidosso"}},
 {"file": "convocazione-nemi-dvips.pdf", "role": "notice",
  "what": "convocation of the Consiglio Comunale for 19/03/2026 at 18:30, prot. 1532 of 11/03/2026, agenda of 7 items (LaTeX, dvips, ps2pdf)",
  "act": {"municipality": "Comune di Nemi", "kind": "convocazione", "date": "2026-03-11",
          "subject": "AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE"}},
 {"file": "avviso-calatafimisegesta-rst2pdf.pdf", "role": "notice",
  "what": "unnumbered avviso of the Area III Tecnica on bulky-waste collection, dated 10 marzo 2026 (reStructuredText, rst2pdf), heading AVVISO over a title",
  "act": {"municipality": "Comune di Calatafimi-Segesta", "organ": "Area III Tecnica", "office": "Servizio Ambiente", "kind": "avviso", "date": "2026-03-10",
          "subject": "RITIRO DEI RIFIUTI INGOMBRANTI A DOMICILIO: NUOVE MODALITÀ DI PRENOTAZIONE"}},
]
json.dump(K, open('../keys.json', 'w'), ensure_ascii=False, indent=1)

def norm(s): return re.sub(r'\s+', ' ', s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(['pdftotext', '-layout', '../' + k['file'], '-'], capture_output=True, text=True).stdout)
    low = txt.lower()
    a = k['act']
    strs = [a.get(f) for f in ('municipality', 'organ', 'office', 'subject', 'proposing_office', 'time')]
    for p in a.get('attendees', []): strs += [p['name'], p['role']]
    for who in ('president', 'secretary'):
        if who in a: strs += list(a[who].values())
    for s in strs:
        if s is None: continue
        hit = norm(s) in txt if s == a.get('subject') else norm(s).lower() in low
        if not hit:
            bad += 1; print('MISSING', k['file'], repr(s))
    for f in ('number', 'sector_number', 'proposal_number'):
        if f in a and not re.search(r'\b%d\b' % a[f], txt): bad += 1; print('MISSING number', k['file'], f)
    for f in ('date', 'proposal_date'):
        if f in a:
            y, m, d = a[f].split('-')
            if '%s/%s/%s' % (d, m, y) not in txt: print('note: date not as dd/mm/yyyy', k['file'], f, a[f])
print('checked', len(K), 'keys;', bad, 'missing')
