#!/usr/bin/env python3
# Writes ../keys.json and checks every keyed string against `pdftotext -layout` (whitespace collapsed).
import json, subprocess, re, sys, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
 {"file": "deliberazione-burana-jiride.pdf", "role": "act",
  "what": "Deliberazione del Comitato Amministrativo of a land-reclamation consortium (Emilia-Romagna), web report printed by Chromium: letterhead, proposal band, subject box, roll table with X columns, numbered points, vote with counts and one abstention, footer running head",
  "operative_points": 5,
  "act": {"municipality": "Consorzio della Bonifica Burana", "organ": "Comitato Amministrativo", "kind": "deliberazione",
          "number": 42, "date": "2026-03-16", "time": "15:00",
          "subject": "LAVORI DI RIPRESA FRANE E RISEZIONAMENTO DEL CANALE DIVERSIVO DI BURANA NEL TRATTO COMPRESO TRA LA BOTTE NAPOLEONICA E IL PONTE DI VIA PRINCIPALE, IN COMUNE DI BONDENO (FE) – APPROVAZIONE DEL PROGETTO ESECUTIVO E DETERMINAZIONE A CONTRARRE – CUP G17H25000410002",
          "proposing_office": "Area Tecnica", "proposal_number": 51, "proposal_date": "2026-03-10",
          "attendees": [A("MANTOVANI ALBERTO", "Presidente"), A("BORGHI LUCIA", "Vice Presidente"), A("FERRARI GIANNI", "Componente"),
                        A("CAVAZZUTI MARCO", "Componente", False), A("SALVIOLI ROBERTA", "Rappresentante dei Comuni"), A("POLETTI ELENA", "Componente")],
          "president": {"role": "Presidente", "name": "Alberto Mantovani"},
          "secretary": {"title": "Ing.", "role": "Direttore Generale", "name": "Cinzia Baraldi"},
          "vote": "majority", "vote_counts": {"present": 5, "in_favour": 4, "abstained": 1},
          "immediately_executive": True}},
 {"file": "deliberazione-crescentino-datagraph.pdf", "role": "act",
  "what": "Giunta deliberation printed as a 132-column fixed-width report (Courier 8, landscape, enscript+ghostscript): capitals, boxes and roll drawn with + - | characters, dotted leaders for the opinions, CITTA'-style accents (the ASCII apostrophe prints as a right quote), running head on each page",
  "operative_points": 4,
  "act": {"municipality": "Comune di Crescentino", "organ": "Giunta Comunale", "kind": "deliberazione",
          "number": 31, "date": "2026-03-12", "time": "18:00",
          "subject": "APPROVAZIONE TARIFFE DEI SERVIZI A DOMANDA INDIVIDUALE E DEI SERVIZI CIMITERIALI PER L’ANNO 2026 - CONFERMA DELLE TARIFFE DELL’ASILO NIDO E DEL SERVIZIO DI REFEZIONE SCOLASTICA - PERCENTUALE DI COPERTURA DEL COSTO.",
          "attendees": [A("BARBERIS VITTORIO", "SINDACO"), A("COSTANZO ALESSIA", "VICE SINDACO"), A("GHIGO PIERLUIGI", "ASSESSORE"),
                        A("ROSSO DANIELA", "ASSESSORE", False), A("TRAVERSA MATTEO", "ASSESSORE")],
          "president": {"title": "SIG.", "role": "SINDACO", "name": "BARBERIS VITTORIO"},
          "secretary": {"title": "DOTT.SSA", "role": "SEGRETARIO COMUNALE", "name": "GIORDANO PAOLA"},
          "vote": "unanimous", "immediately_executive": True}},
 {"file": "deliberazione-grottaminarda-halley.pdf", "role": "act",
  "what": "Consiglio Comunale deliberation typeset with pdfLaTeX (Latin Modern, justified and hyphenated, ligatures) on a Halley-like layout: register box, roll of 13 in two columns (P/A), subject placed after the roll, vote printed as Presenti/Votanti/Favorevoli/Contrari/Astenuti, numbered points",
  "operative_points": 3,
  "act": {"municipality": "Comune di Grottaminarda", "organ": "Consiglio Comunale", "kind": "deliberazione",
          "number": 9, "date": "2026-03-13", "time": "18:30",
          "subject": "Approvazione delle modifiche al Regolamento comunale per la disciplina del canone unico patrimoniale di concessione, autorizzazione o esposizione pubblicitaria – Artt. 12, 18 e 27.",
          "attendees": [A("CAPOBIANCO ANGELO", "Sindaco"), A("DE PALMA ROSARIA", "Consigliere"), A("FIORE MICHELE", "Consigliere"),
                        A("GRASSO ANTONIETTA", "Consigliere"), A("IANNACCONE GERARDO", "Consigliere", False), A("LO CONTE SABINO", "Consigliere"),
                        A("MARANO CARMINE", "Consigliere"), A("PISANI LUCIA", "Presidente"), A("RICCIARDI DOMENICO", "Consigliere"),
                        A("SANTORO FILOMENA", "Consigliere"), A("TARANTINO NICOLA", "Consigliere", False), A("VESSICHELLI ANNA", "Consigliere"),
                        A("ZOINA PASQUALE", "Consigliere")],
          "president": {"title": "Avv.", "role": "Presidente del Consiglio", "name": "Lucia Pisani"},
          "secretary": {"title": "Dott.", "role": "Segretario Generale", "name": "Raffaele Mottola"},
          "vote": "majority", "vote_counts": {"present": 11, "voters": 10, "in_favour": 8, "against": 2, "abstained": 1},
          "immediately_executive": True}},
 {"file": "determina-badiapolesine-word.pdf", "role": "act",
  "what": "Determinazione of the Area Tecnica typed as a typewriter-like Word document (Courier New -> Liberation Mono, LibreOffice): letter-spaced D E T E R M I N A Z I O N E, general and sector register lines, subject hard-wrapped over four indented lines, points 1) to 4)",
  "operative_points": 4,
  "act": {"municipality": "Comune di Badia Polesine", "organ": "Area Tecnica", "office": "Servizio Lavori Pubblici e Manutenzioni",
          "kind": "determinazione", "number": 187, "sector_number": 54, "date": "2026-03-11",
          "subject": "Affidamento diretto ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. 36/2023 del servizio di manutenzione ordinaria del verde pubblico - periodo aprile/ottobre 2026. Impegno di spesa. CIG B7A2C41D09."}},
 {"file": "determina-jerzu-zuddas.pdf", "role": "act",
  "what": "Determinazione del Responsabile del Servizio (Zuddas-like): letterhead set glyph by glyph, letter-spaced headings (Tc), body justified line by line with Tw in the standard Type 1 fonts, register box with general/sector/proposal numbers, bulleted dispositive part",
  "operative_points": 4,
  "act": {"municipality": "Comune di Jerzu", "organ": "Area Socio-Culturale", "office": "Servizio Sociale",
          "kind": "determinazione", "number": 143, "sector_number": 52, "date": "2026-03-10",
          "subject": "Legge n. 162/1998 – Piani personalizzati di sostegno in favore di persone con disabilità grave. Liquidazione dei contributi ai beneficiari per il mese di febbraio 2026.",
          "proposal_number": 61, "proposal_date": "2026-03-09"}},
 {"file": "determina-walser-writer.pdf", "role": "act",
  "what": "Determinazione del Segretario of a Valdostan Unité des Communes, LibreOffice Writer (ODT): bilingual letterhead table, office line, subject paragraph, numbered list 1.-4., page footer with field page numbers",
  "operative_points": 4,
  "act": {"municipality": "Unité des Communes valdôtaines Walser", "organ": "Segretario",
          "office": "Servizio associato istruzione e trasporto scolastico", "kind": "determinazione", "number": 27, "date": "2026-03-09",
          "subject": "Servizio di trasporto scolastico per gli alunni della scuola primaria di Gressoney-Saint-Jean – anno scolastico 2025/2026. Liquidazione fatture periodo gennaio–febbraio 2026 alla ditta «Walser Bus s.r.l.»."}},
 {"file": "ordinanza-mormanno-sicraweb.pdf", "role": "act",
  "what": "Ordinanza sindacale (Sicraweb-like), 2 pages: letterhead in a Form XObject reused on both pages, Albo stamp rotated 90° along the left margin, content drawn out of reading order (footer and ORDINA before the heading), numbered ORDINA points",
  "operative_points": 4,
  "act": {"municipality": "Comune di Mormanno", "organ": "Sindaco", "kind": "ordinanza", "number": 8, "date": "2026-03-14",
          "subject": "Divieto temporaneo di transito e di sosta in Via Alfieri e in Piazza Umberto I per lavori di rifacimento della rete idrica comunale dal 16 al 27 marzo 2026."}},
 {"file": "avviso-granparadiso-wordtemplate.pdf", "role": "act",
  "what": "Numbered public notice (AVVISO PUBBLICO N. 3/2026) of a national park authority on a Word template (Calibri -> Carlito, LibreOffice): logo/name table, running header, protocol and date lines, title in capitals, articles Art. 1-6, Direttore's signature",
  "act": {"municipality": "Ente Parco Nazionale Gran Paradiso", "organ": "Direttore", "kind": "avviso", "number": 3, "date": "2026-03-12",
          "subject": "CONTRIBUTI A SOSTEGNO DELLE ATTIVITÀ AGRO-SILVO-PASTORALI TRADIZIONALI NEI COMUNI DEL PARCO – ANNO 2026"}},
 {"file": "attestazione-ficulle-modulo.pdf", "role": "certificate",
  "what": "Certificate of publication on a pre-printed form (Times) whose underscore blanks were filled in Courier (fpdf2): act number/date/subject in the blanks, publication dates, check boxes",
  "act": {"municipality": "Comune di Ficulle", "kind": "attestazione", "number": 22, "date": "2026-03-05",
          "subject": "APPROVAZIONE DEL PROGETTO \"ESTATE RAGAZZI 2026\" - CENTRO ESTIVO PER MINORI DAI 6 AI 14 ANNI - DEFINIZIONE DELLE QUOTE DI COMPARTECIPAZIONE A CARICO DELLE FAMIGLIE."}},
 {"file": "allegato-filadelfia-excel.pdf", "role": "attachment",
  "what": "Annex A to a determinazione: a spreadsheet (xlsx) printed by LibreOffice Calc, landscape, bordered table of 38 beneficiaries with repeated header row, sheet-name header and page footer, totals row",
  "act": {"municipality": "Comune di Filadelfia"}},
 {"file": "convocazione-auri-dedagroup.pdf", "role": "notice",
  "what": "Convocation of the Assemblea dei Sindaci of the Umbrian water/waste authority (Chromium print): letterhead, protocol and date line, addressees block, title, numbered agenda, President's signature",
  "act": {"municipality": "Autorità Umbra per Rifiuti e Idrico", "kind": "convocazione", "date": "2026-03-13",
          "subject": "Convocazione dell'Assemblea dei Sindaci – seduta ordinaria del 30 marzo 2026"}},
 {"file": "avviso-thiesi-apkappa.pdf", "role": "notice",
  "what": "Unnumbered avviso of a Comune: letterhead is a picture (the Comune's name is pixels) with a text caption, letter-spaced title (Tc), two-column body drawn right column first, heading drawn last; the body's name as text only in the footer",
  "act": {"municipality": "Comune di Thiesi", "organ": "Area Tecnica", "office": "Servizio Ambiente e Igiene Urbana", "kind": "avviso",
          "date": "2026-03-16",
          "subject": "Servizio di raccolta differenziata porta a porta – Variazione del calendario in occasione delle festività pasquali 2026"}},
]
json.dump(K, open('../keys.json', 'w'), ensure_ascii=False, indent=1)
bad = 0
for k in K:
    txt = subprocess.run(['pdftotext', '-layout', '../' + k['file'], '-'], capture_output=True, text=True).stdout
    flat = re.sub(r'\s+', ' ', txt).lower()
    a = k['act']
    strs = []
    for f in ('municipality', 'organ', 'office', 'subject', 'proposing_office'):
        if f in a: strs.append((f, a[f]))
    for p in a.get('attendees', []): strs += [('att', p['name']), ('attrole', p['role'])]
    for who in ('president', 'secretary'):
        for f, v in a.get(who, {}).items(): strs.append((who + '.' + f, v))
    for f, v in strs:
        if re.sub(r'\s+', ' ', v).lower() not in flat:
            bad += 1; print('MISSING', k['file'], f, repr(v))
print('checked', len(K), 'keys;', bad, 'missing')
