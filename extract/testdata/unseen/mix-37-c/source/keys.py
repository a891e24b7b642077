# Writes ../keys.json and checks that every keyed string occurs in `pdftotext -layout` (whitespace collapsed)
import json, subprocess, re, sys, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))

def A(name, role, present=True): return {"name": name, "role": role, "present": present}

keys = [
 {"file": "deliberazione-barge-wkhtmltopdf.pdf", "role": "act",
  "what": "Giunta deliberation 38/2026 printed from a web application with wkhtmltopdf: letterhead, label grid (number, date, time, proposal), boxed OGGETTO, roll as a table with X columns, numbered DELIBERA, publication and executivity boxes",
  "operative_points": 4,
  "act": {"municipality": "Comune di Barge", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 38, "date": "2026-03-12", "time": "18:00",
   "subject": "APPROVAZIONE PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MANUTENZIONE STRAORDINARIA DELLA COPERTURA DELLA PALESTRA COMUNALE DI VIA MONTEBRACCO – CUP F37H25001230004",
   "proposing_office": "Area Tecnica – Servizio Lavori Pubblici", "proposal_number": 45, "proposal_date": "2026-03-09",
   "attendees": [A("GARNERO ELIO", "Sindaco"), A("BERTORELLO SILVANA", "Vice Sindaco"), A("MIRETTI DAVIDE", "Assessore", False), A("OSELLA CHIARA", "Assessore"), A("PEIRETTI GIANLUCA", "Assessore")],
   "president": {"title": "Sig.", "role": "Sindaco", "name": "Elio Garnero"},
   "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Paola Giordanengo"},
   "vote": "unanimous", "immediately_executive": True}},
 {"file": "deliberazione-cavarzere-venis.pdf", "role": "act",
  "what": "Consiglio deliberation 12/2026 (OpenPDF, Venis-style atti print): label grid with number, date, time, proposal and Oggetto; 17-member roll in two numbered columns with P/A; vote counts in a small table; points 1)–3); running head and foot",
  "operative_points": 3,
  "act": {"municipality": "Comune di Cavarzere", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 12, "date": "2026-02-26", "time": "20:30",
   "subject": "APPROVAZIONE DEL REGOLAMENTO PER LA DISCIPLINA DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA – MODIFICHE AGLI ARTICOLI 12, 27 E 41",
   "proposing_office": "Settore Economico Finanziario - Servizio Tributi", "proposal_number": 15, "proposal_date": "2026-02-16",
   "attendees": [A("FERRO GIANLUCA", "Sindaco"), A("BALDIN RENZO", "Presidente"), A("TOSELLO MARIKA", "Consigliere"), A("MARCHETTO ALBERTO", "Consigliere"),
                 A("ZANELLATO FEDERICA", "Consigliere"), A("BELLAN STEFANO", "Consigliere", False), A("CREPALDI NICOLA", "Consigliere"), A("PREVIATO ELISA", "Consigliere"),
                 A("SCARPARO DANIELE", "Consigliere"), A("GIBIN VALENTINA", "Consigliere"), A("ROSSETTO LUCA", "Consigliere"), A("BONAFÈ ANTONELLA", "Consigliere"),
                 A("FINOTTI MATTEO", "Consigliere", False), A("MANTOAN SIMONE", "Consigliere"), A("VOLTAN GIULIA", "Consigliere"), A("BORELLA PAOLO", "Consigliere"),
                 A("SALMASO ENRICO", "Consigliere")],
   "president": {"title": "Sig.", "role": "Presidente del Consiglio", "name": "Renzo Baldin"},
   "secretary": {"title": "Dott.", "role": "Segretario Generale", "name": "Michele Tagliapietra"},
   "vote": "majority", "vote_counts": {"present": 15, "voters": 14, "in_favour": 10, "against": 4, "abstained": 1},
   "immediately_executive": True}},
 {"file": "deliberazione-vietrisulmare-chromeprint.pdf", "role": "act",
  "what": "Giunta deliberation 41/2026 printed from HTML by headless Chrome: centred letterhead, register stamp box, number and date under the title, subject as an unlabelled title block between rules, roll in prose (four present, one absent), lettered points a)–e), publication attestation box",
  "operative_points": 5,
  "act": {"municipality": "Comune di Vietri sul Mare", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 41, "date": "2026-03-17", "time": "13:15",
   "subject": "Concessione in uso temporaneo della Villa Comunale per la manifestazione “Vietri in Ceramica – Primavera 2026”. Patrocinio e indirizzi al Responsabile dell’Area Affari Generali.",
   "attendees": [A("Vincenzo Sorrentino", "Sindaco"), A("Annalisa Pisacane", "Vice Sindaco"), A("Gerardo Benincasa", "Assessore"), A("Francesco Paolo Landi", "Assessore"), A("Rosaria Cuomo", "Assessore", False)],
   "president": {"title": "avv.", "role": "Sindaco", "name": "Vincenzo Sorrentino"},
   "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Ciro Amendola"},
   "vote": "unanimous", "immediately_executive": True}},
 {"file": "determinazione-sandrigo-reportlab.pdf", "role": "act",
  "what": "determinazione of the Area Tecnica (ReportLab report): register box top right with general register n. 187 of 11/03/2026 and the Area's n. 42 of 10/03/2026, Area and Servizio headings, OGGETTO between rules, points 1.–5., accounting visa box, running foot",
  "operative_points": 5,
  "act": {"municipality": "Comune di Sandrigo", "organ": "Area Tecnica", "office": "Servizio Lavori Pubblici e Manutenzioni", "kind": "determinazione",
   "number": 187, "sector_number": 42, "date": "2026-03-11",
   "subject": "LAVORI DI RIQUALIFICAZIONE DELL'ILLUMINAZIONE PUBBLICA DI VIA ASTICO E VIA PIGAFETTA CON TECNOLOGIA LED. APPROVAZIONE DEL CERTIFICATO DI REGOLARE ESECUZIONE E LIQUIDAZIONE DEL SALDO ALLA DITTA ELETTROVENETA IMPIANTI S.R.L. - CUP G27H24000880004 - CIG B2F19D6A41."}},
 {"file": "determinazione-bassareggiana-latex.pdf", "role": "act",
  "what": "determinazione dirigenziale 96/2026 of the Unione's police corps, typeset with pdfLaTeX: running head with the number and date and 'pag. x di y', centred headings, OGGETTO in a ruled table, bulleted premises and five bulleted DETERMINA points, two pages",
  "operative_points": 5,
  "act": {"municipality": "Unione Bassa Reggiana", "organ": "Corpo Unico di Polizia Locale", "office": "Ufficio Amministrativo e Contabile", "kind": "determinazione",
   "number": 96, "date": "2026-03-13",
   "subject": "AFFIDAMENTO DIRETTO AI SENSI DELL’ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023 DELLA FORNITURA DI N. 2 ETILOMETRI OMOLOGATI E DEL RELATIVO SERVIZIO DI TARATURA BIENNALE – CIG B7A4C21D09 – IMPEGNO DI SPESA."}},
 {"file": "determinazione-sorianocalabro-ooxml.pdf", "role": "act",
  "what": "determinazione of the Area Amministrativa, a Word-style .docx printed by LibreOffice: register grid (Reg. Gen. 134, Reg. Area 28, Reg. Albo 402), OGGETTO in sentence case, points 1)–4), F.to signature, accounting visa box split over the page break",
  "operative_points": 4,
  "act": {"municipality": "Comune di Soriano Calabro", "organ": "Area Amministrativa", "office": "Servizi Sociali e Pubblica Istruzione", "kind": "determinazione",
   "number": 134, "sector_number": 28, "date": "2026-03-16",
   "subject": "Servizio di trasporto scolastico alunni con disabilità frequentanti gli istituti superiori di Vibo Valentia – periodo marzo/giugno 2026. Affidamento all’Associazione di volontariato “Il Sorriso ODV” e impegno di spesa. CIG B8C6E37F02."}},
 {"file": "ordinanza-zocca-symfony.pdf", "role": "act",
  "what": "traffic ordinance 9/2026 of the Settore Tecnico printed by a PHP web app through TCPDF: running letterhead with the Servizio, protocol stamp box, title with number and date, OGGETTO in a two-cell table, ORDINA points 1.–4., DISPONE, QR code with verification caption",
  "operative_points": 4,
  "act": {"municipality": "Comune di Zocca", "organ": "Settore Tecnico", "office": "Servizio Viabilità, Manutenzioni e Protezione Civile", "kind": "ordinanza",
   "number": 9, "date": "2026-03-18",
   "subject": "Istituzione del senso unico alternato regolato da impianto semaforico e del limite di velocità di 30 km/h sulla S.P. 27 “Via Tesi”, tratto compreso tra i civici 12 e 48, per lavori di consolidamento del muro di sostegno."}},
 {"file": "avviso-trevi-fodt.pdf", "role": "act",
  "what": "numbered public notice (AVVISO PUBBLICO N. 3/2026) for grants, a Writer document: Area and Servizio under the letterhead, title block, RENDE NOTO, seven articles, resources table, signature of the Area's head, footer with page x di y",
  "act": {"municipality": "Comune di Trevi", "organ": "Area Amministrativa", "office": "Servizio Cultura, Turismo e Sport", "kind": "avviso",
   "number": 3, "date": "2026-03-16",
   "subject": "PER LA CONCESSIONE DI CONTRIBUTI ECONOMICI A SOSTEGNO DI ATTIVITÀ E MANIFESTAZIONI CULTURALI, TURISTICHE E SPORTIVE – ANNO 2026"}},
 {"file": "attestazione-solopaca-a2ps.pdf", "role": "certificate",
  "what": "certificate of publication of Giunta deliberation 27/2026 of 10/03/2026 (published 19/03–03/04/2026, Reg. Pubbl. 187), a fixed-pitch spool printed with a2ps and Ghostscript: a2ps title bar, dotted label list (Atto, Numero, Data atto, Oggetto), check boxes for executivity",
  "act": {"municipality": "Comune di Solopaca", "kind": "attestazione", "number": 27, "date": "2026-03-10",
   "subject": "ADESIONE AL PROGETTO \"BORGHI DEL TABURNO IN RETE\". APPROVAZIONE DELLO SCHEMA DI ACCORDO DI PARTENARIATO CON I COMUNI DI FRASSO TELESINO E TOCCO CAUDIO"}},
 {"file": "allegato-gonnosfanadiga-excel.pdf", "role": "attachment",
  "what": "Allegato A to determinazione 211/2026: the definitive list of 26 rent-grant beneficiaries by protocol number (ISEE, rent, incidence, grant), an Excel sheet printed by LibreOffice Calc with header and 'Pagina 1 di 1' footer",
  "act": {"municipality": "Comune di Gonnosfanadiga"}},
 {"file": "convocazione-montone-quarkxpress.pdf", "role": "notice",
  "what": "poster convening the Consiglio Comunale for 30/03/2026 at 18:30 (fpdf2, DTP-manifesto layout): framed page, crest caption, big title, CONVOCA, date line in bold, six-item agenda, Sindaco's signature",
  "act": {"municipality": "Comune di Montone", "kind": "convocazione", "date": "2026-03-18",
   "subject": "CONVOCAZIONE DEL CONSIGLIO COMUNALE"}},
 {"file": "avviso-nus-powerpoint.pdf", "role": "notice",
  "what": "bilingual (French/Italian) one-page notice of a water interruption, a PowerPoint-style A4 slide exported by LibreOffice Impress: red band with both names of the Commune, AVIS • AVVISO, French then Italian title, two text columns, Le Syndic – Il Sindaco",
  "act": {"municipality": "Comune di Nus", "kind": "avviso", "date": "2026-03-17",
   "subject": "INTERRUZIONE DELL’EROGAZIONE DELL’ACQUA POTABILE A ROVAREY E MESSIGNÉ"}},
]

def norm(s): return re.sub(r'\s+', ' ', s).strip()
bad = 0
for k in keys:
    txt = norm(subprocess.run(['pdftotext', '-layout', '../' + k['file'], '-'], capture_output=True, text=True).stdout)
    low = txt.lower()
    a = k.get('act', {})
    strs = []
    for f in ('municipality', 'organ', 'office', 'subject', 'proposing_office'):
        if f in a: strs.append((f, a[f]))
    for p in ('president', 'secretary'):
        if p in a:
            strs += [(p + '.' + x, a[p][x]) for x in ('title', 'role', 'name')]
    for at in a.get('attendees', []):
        strs += [('attendee', at['name']), ('attendee role', at['role'])]
    for f, s in strs:
        if f == 'subject':
            ok = norm(s) in txt
        else:
            ok = norm(s).lower() in low
        if not ok:
            bad += 1; print('MISSING', k['file'], f, repr(s))
json.dump(keys, open('../keys.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(keys), 'keys;', bad, 'missing')
