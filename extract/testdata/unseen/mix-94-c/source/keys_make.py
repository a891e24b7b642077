# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
MS = "Provincia di Massa-Carrara"; LIRI = "Unione dei Comuni della Media Valle del Liri"; GIO = "Unione dei Comuni Valle del Giovenco"
K = [
{"file": "decreto-provmassacarrara-writer.pdf", "role": "act",
 "what": "Decreto del Presidente della Provincia n. 12 del 9 febbraio 2026 (date in words in the register line), HTML opened as a Writer document and exported by LibreOffice",
 "operative_points": 4,
 "act": {"municipality": MS, "organ": "Presidente della Provincia", "kind": "decreto", "number": 12, "date": "2026-02-09",
  "subject": "Approvazione dello schema di accordo con i Comuni di Aulla e Fivizzano per la gestione della rete di monitoraggio idrometrico del fiume Magra – annualità 2026.",
  "immediately_executive": True}},
{"file": "decreto-provmassacarrara-glyphs.pdf", "role": "act",
 "what": "DECRETO PRESIDENZIALE n. 13 del 10.2.2026: every glyph its own text object, justified by moving glyphs; Albo stamp rotated 90 degrees in the left margin and drawn first; ASCII apostrophe accents (e', puo')",
 "operative_points": 3,
 "act": {"municipality": MS, "organ": "Presidente", "kind": "decreto", "number": 13, "date": "2026-02-10",
  "subject": "Attribuzione ai Consiglieri provinciali delle deleghe per materia ai sensi dell'art. 1, comma 66, della legge 7 aprile 2014, n. 56."}},
{"file": "determinazione-provmassacarrara-wkhtml.pdf", "role": "act",
 "what": "DETERMINAZIONE DIRIGENZIALE, grey-labelled register grid: Reg. Gen. 311 del 11/02/2026, Numero di Settore 47, Proposta n. 402 del 10/02/2026; Settore/Servizio in the letterhead; bulleted dispositive part (wkhtmltopdf)",
 "operative_points": 4,
 "act": {"municipality": MS, "organ": "SETTORE 3 – VIABILITÀ, TRASPORTI E PROTEZIONE CIVILE", "office": "Servizio Manutenzione Strade Provinciali", "kind": "determinazione",
  "number": 311, "sector_number": 47, "date": "2026-02-11", "proposal_number": 402, "proposal_date": "2026-02-10",
  "subject": "S.P. 446 \"della Val di Lucido\" – Intervento urgente di ripristino della carreggiata al km 6+200 in Comune di Fivizzano – Affidamento diretto alla ditta Apuana Strade S.r.l. – CIG B9F3C21A07 – Impegno di spesa."}},
{"file": "determinazione-provmassacarrara-enscript.pdf", "role": "act",
 "what": "DETERMINAZIONE DIRIGENZIALE N. 318/2026 R.G., sector number 22, proposal 415 of 11/02/2026: a 64-column Courier report in capitals with dotted leaders (enscript + Ghostscript)",
 "operative_points": 3,
 "act": {"municipality": MS, "organ": "SETTORE 4 - EDILIZIA SCOLASTICA E PATRIMONIO", "office": "SERVIZIO PROGETTAZIONE E MANUTENZIONE IMMOBILI", "kind": "determinazione",
  "number": 318, "sector_number": 22, "date": "2026-02-12", "proposal_number": 415, "proposal_date": "2026-02-11",
  "subject": "LICEO \"E. REPETTI\" DI CARRARA - LAVORI DI SOSTITUZIONE DEGLI INFISSI DELLA PALESTRA - APPROVAZIONE DEL PROGETTO ESECUTIVO E DETERMINA A CONTRARRE - CUP E86B25000310003"}},
{"file": "deliberazione-provmassacarrara-fpdf.pdf", "role": "act",
 "what": "Consiglio provinciale deliberation 5/2026 (DUP and budget): roll in two side-by-side column groups with P/A marks, majority vote with counts, running head repeating number and date, signatures alone on page 2 (fpdf2)",
 "operative_points": 3,
 "act": {"municipality": MS, "organ": "Consiglio Provinciale", "kind": "deliberazione", "number": 5, "date": "2026-02-12", "time": "15:30",
  "proposal_number": 7, "proposal_date": "2026-01-28", "proposing_office": "Settore 1 – Finanze e Bilancio",
  "subject": "Approvazione del Documento Unico di Programmazione (DUP) 2026-2028 e del bilancio di previsione 2026-2028.",
  "attendees": [A("Lorenzetti Gianni", "Presidente"), A("Bertocchi Marco", "Consigliere"), A("Giannarelli Sara", "Consigliere"), A("Tognini Andrea", "Consigliere", False),
                A("Del Nero Federica", "Consigliere"), A("Baldassini Paolo", "Consigliere"), A("Fruzzetti Ilaria", "Consigliere"), A("Lazzerini Simone", "Consigliere", False),
                A("Mosti Chiara", "Consigliere"), A("Pucciarelli Dario", "Consigliere"), A("Vannucci Elisa", "Consigliere")],
  "president": {"role": "Presidente della Provincia", "name": "Gianni Lorenzetti"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Monica Pellegrini"},
  "vote": "majority", "vote_counts": {"present": 9, "voters": 9, "in_favour": 7, "against": 2, "abstained": 0},
  "immediately_executive": True}},
{"file": "certificato-provmassacarrara-latex.pdf", "role": "certificate",
 "what": "CERTIFICATO DI PUBBLICAZIONE of Decreto del Presidente n. 4 of 20/01/2026, published 21/01-05/02/2026 (Albo reg. 87), issued 9 February 2026; act data in a ruled grid, letter-spaced heading (pdfLaTeX, microtype)",
 "act": {"municipality": MS, "kind": "attestazione", "number": 4, "date": "2026-01-20",
  "subject": "Approvazione del Piano esecutivo di gestione provvisorio per l’esercizio 2026 e assegnazione delle risorse ai Dirigenti."}},
{"file": "avviso-provmassacarrara-chromium.pdf", "role": "notice",
 "what": "unnumbered AVVISO PUBBLICO (manifestation of interest), prot. 2984 of 13/02/2026; Settore and Servizio in the letterhead, subject in a framed box without an 'Oggetto' label (Chromium)",
 "act": {"municipality": MS, "organ": "Settore 2 – Pianificazione Territoriale e Ambiente", "office": "Servizio Rifiuti e Bonifiche", "kind": "avviso", "date": "2026-02-13",
  "subject": "Manifestazione di interesse per l'iscrizione all'elenco provinciale dei tecnici esperti in materia di bonifica dei siti inquinati – anno 2026"}},
{"file": "deliberazione-unionemedialiri-word.pdf", "role": "act",
 "what": "Giunta dell'Unione deliberation 6/2026, date only in words ('addì dieci del mese di febbraio') and in the footer; roll table with Presente/Assente X columns (python-docx, LibreOffice)",
 "operative_points": 3,
 "act": {"municipality": LIRI, "organ": "Giunta dell'Unione", "kind": "deliberazione", "number": 6, "date": "2026-02-10", "time": "17:00",
  "proposal_number": 9, "proposal_date": "2026-02-03",
  "subject": "Approvazione del Piano intercomunale di protezione civile – aggiornamento 2026.",
  "attendees": [A("Di Palma Roberto", "Presidente"), A("Capuano Marina", "Vice Presidente"), A("Tomassi Luigi", "Assessore", False), A("Mancini Fabio", "Assessore"), A("Pantano Giulia", "Assessore")],
  "president": {"role": "Presidente", "name": "Roberto Di Palma"},
  "secretary": {"title": "dott.", "role": "Segretario dell'Unione", "name": "Vincenzo Ruggiero"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-unionemedialiri-reportlab.pdf", "role": "act",
 "what": "determinazione 'N. 47/2026 R.G.', 'N. 9 del Servizio', 'Data: 11.02.2026' in a box right of the letterhead; justified lines set Tw, headings letter-spaced with Tc (reportlab)",
 "operative_points": 4,
 "act": {"municipality": LIRI, "organ": "AREA TECNICA", "office": "Servizio associato di Protezione civile", "kind": "determinazione",
  "number": 47, "sector_number": 9, "date": "2026-02-11",
  "subject": "Fornitura di dotazioni e dispositivi per il gruppo intercomunale di volontariato di protezione civile – Affidamento diretto alla ditta Ciociaria Sicurezza S.r.l. – CIG B9A7E55D12 – Impegno di spesa."}},
{"file": "allegato-unionemedialiri-calc.pdf", "role": "attachment",
 "what": "Allegato A to determinazione 47/2026 R.G.: list of supplies with quantities, unit prices and total, a spreadsheet printed by LibreOffice Calc with the file name in the running head",
 "act": {"municipality": LIRI}},
{"file": "deliberazione-unionegiovenco-groff.pdf", "role": "act",
 "what": "COPIA DI DELIBERAZIONE DELLA GIUNTA DELL'UNIONE n. 3 of 11/02/2026 in a boxed Numero/Data table; roll in prose; groff -ms with tbl (gropdf)",
 "operative_points": 3,
 "act": {"municipality": GIO, "organ": "Giunta dell’Unione", "kind": "deliberazione", "number": 3, "date": "2026-02-11", "time": "16:30",
  "subject": "Servizio associato di polizia locale - approvazione del piano dei turni e degli obiettivi di sicurezza stradale per l’anno 2026.",
  "attendees": [A("Stefano Iulianella", "Presidente"), A("Maria Grazia Cipollone", "Assessore"), A("Domenico Taglieri", "Assessore", False), A("Antonio Di Cesare", "Assessore")],
  "president": {"role": "Presidente", "name": "Stefano Iulianella"},
  "secretary": {"title": "dott.ssa", "role": "Segretario dell’Unione", "name": "Lucia Amiconi"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "avviso-unionegiovenco-xobject.pdf", "role": "notice",
 "what": "unnumbered 'A V V I S O' to citizens, prot. 415 of 12/02/2026: letterhead and foot are Form XObjects, body lines drawn bottom-up and signature before heading, rotated red Albo stamp (reportlab)",
 "act": {"municipality": GIO, "office": "Servizio associato Ambiente e Igiene urbana", "kind": "avviso", "date": "2026-02-12",
  "subject": "Nuove modalità di ritiro a domicilio dei rifiuti ingombranti dal 2 marzo 2026."}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower()
    a = k.get("act", {})
    strs = []
    for f in ("municipality", "organ", "office", "subject", "proposing_office"):
        if f in a: strs.append((f, a[f]))
    for p in a.get("attendees", []): strs += [("att", p["name"]), ("role", p["role"])]
    for f in ("president", "secretary"):
        if f in a: strs += [(f, v) for v in a[f].values()]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else norm(s).lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
sys.exit(1 if bad else 0)
