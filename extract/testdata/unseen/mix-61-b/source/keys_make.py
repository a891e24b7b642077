# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "deliberazione-sanmartinoinbadia-writer.pdf", "role": "act",
 "what": "Giunta comunale deliberation 64/2026 of San Martino in Badia (Ladin letterhead Comun de San Martin de Tor / Gemeinde St. Martin in Thurn): Italian and German subjects one under the other, body in two side-by-side columns (Italian left, German right), roll table with bilingual roles and marks (LibreOffice Writer from HTML)",
 "operative_points": 3,
 "act": {"municipality": "Comune di San Martino in Badia", "organ": "Giunta comunale", "kind": "deliberazione", "number": 64, "date": "2026-05-12", "time": "17:30",
  "subject": "Affidamento del servizio di manutenzione ordinaria dei sentieri comunali nelle frazioni di Longiarü e Antermoia per la stagione estiva 2026 – CIG B9D4E27A10",
  "attendees": [A("Frenademez Daniel", "Sindaco"), A("Pescollderungg Irene", "Vicesindaca"), A("Irsara Lukas", "Assessore"), A("Crazzolara Manuela", "Assessora", False), A("Mischì Roland", "Assessore")],
  "president": {"role": "Sindaco", "name": "Daniel Frenademez"},
  "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Matthias Castlunger"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-tschiderer-civilia.pdf", "role": "act",
 "what": "deliberation 14/2026 of the Consiglio di Amministrazione of a Trentino APSP (public company of personal services), date and hour in words, roll in prose with the absent member in a separate sentence; lines justified with Tw, headings letter-spaced with Tc, letterhead and foot repeated on both pages (ReportLab)",
 "operative_points": 4,
 "act": {"municipality": "Azienda Pubblica di Servizi alla Persona “Beato de Tschiderer”", "organ": "Consiglio di Amministrazione", "kind": "deliberazione", "number": 14, "date": "2026-05-11", "time": "14:30",
  "subject": "Approvazione del piano di formazione del personale per l'anno 2026 e affidamento del corso di aggiornamento sulla movimentazione manuale dei carichi. CIG B8F21C6D03.",
  "attendees": [A("Renato Dalpiaz", "Presidente"), A("Chiara Zanoni", "Vicepresidente"), A("Giorgio Moser", "Consigliere"), A("Elisabetta Pedrotti", "Consigliera"), A("Fabio Tomasi", "Consigliere", False)],
  "president": {"title": "dott.", "role": "Presidente", "name": "Renato Dalpiaz"},
  "secretary": {"title": "dott.", "role": "Direttore", "name": "Michele Giovannini"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-villafrancapiemonte-lineprinter.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica printed as a 132-column line-printer report in landscape Courier (enscript + Ghostscript): sector n. 41 of 12/05/2026, general register n. 187 of 13/05/2026 and proposal n. 52 of 08/05/2026 in a ruled box drawn with + - |",
 "operative_points": 4,
 "act": {"municipality": "Comune di Villafranca Piemonte", "organ": "AREA TECNICA", "office": "SERVIZIO LAVORI PUBBLICI E PATRIMONIO", "kind": "determinazione",
  "number": 187, "sector_number": 41, "date": "2026-05-13", "proposal_number": 52, "proposal_date": "2026-05-08",
  "subject": "LAVORI DI SISTEMAZIONE IDRAULICA DEL RIO CANTOGNO IN FRAZIONE MIRADOLO - APPROVAZIONE DEL CERTIFICATO DI REGOLARE ESECUZIONE E LIQUIDAZIONE DEL SALDO - CUP B47H25000630004 - CIG B6F3A90D21"}},
{"file": "decreto-triora-groff.pdf", "role": "act",
 "what": "DECRETO SINDACALE N. 5 DEL 8.5.2026 (date without leading zeros) appointing the head of the financial service, typeset by groff -ms (gropdf), hanging OGGETTO, numbered DECRETA points",
 "operative_points": 4,
 "act": {"municipality": "Comune di Triora", "organ": "Sindaco", "kind": "decreto sindacale", "number": 5, "date": "2026-05-08",
  "subject": "Nomina del Responsabile del Servizio Finanziario e conferimento dell’incarico di Elevata Qualificazione per il periodo 11 maggio – 31 dicembre 2026."}},
{"file": "attestazione-caprinoveronese-typewriter.pdf", "role": "certificate",
 "what": "certificate of publication of Giunta deliberation 29 of 07/05/2026, published 12/05-27/05/2026 (reg. n. 418), typed as on a typewriter: Courier struck one glyph at a time with jittered baseline and ink, values typed into blanks of dots, accents as apostrophes",
 "act": {"municipality": "Comune di Caprino Veronese", "organ": "Giunta Comunale", "kind": "attestazione", "number": 29, "date": "2026-05-07",
  "subject": "Approvazione del progetto di fattibilita' tecnico-economica per la riqualificazione del parco giochi di via Pesina - CUP H57B26000090004.",
  "immediately_executive": True}},
{"file": "ordinanza-breno-printserver.pdf", "role": "act",
 "what": "ORDINANZA SINDACALE N. 22/2026 closing streets for a flower fair; a hand-written PDF whose every line is one TJ array with a kerning number between every pair of glyphs (justification spread over the gaps); date only at the foot ('Breno, 13 maggio 2026')",
 "operative_points": 4,
 "act": {"municipality": "Comune di Breno", "organ": "Sindaco", "kind": "ordinanza", "number": 22, "date": "2026-05-13",
  "subject": "Divieto temporaneo di transito e di sosta in piazza Ronchi e in via Mazzini in occasione della manifestazione “Breno in Fiore” del 16 e 17 maggio 2026."}},
{"file": "deliberazione-manerbadelgarda-chromium.pdf", "role": "act",
 "what": "Giunta comunale deliberation 58/2026: number, date, hour, proposal and proposing office in a grey-labelled grid; roll table with P/A columns and a totals row (Chromium)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Manerba del Garda", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 58, "date": "2026-05-12", "time": "18:15",
  "proposal_number": 71, "proposal_date": "2026-05-07", "proposing_office": "Area Affari Generali",
  "subject": "Approvazione dello schema di convenzione con l'Associazione Pescatori Valtenesi per la gestione del pontile di Porto Dusano – stagione 2026.",
  "attendees": [A("BERTOLDI Andrea", "Sindaco"), A("ZANI Monica", "Vicesindaco"), A("FERRARI Giuseppe", "Assessore"), A("PASINI Laura", "Assessore", False), A("TONOLI Marco", "Assessore esterno")],
  "president": {"title": "sig.", "role": "Sindaco", "name": "Andrea Bertoldi"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Alessandra Pelizzari"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-pontebba-wkhtml.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 17/2026 (rendiconto 2025): register box right of the letterhead ('n. 17 del 11-05-2026'), numbered roll in two side-by-side blocks with P / A / AG marks, majority vote with counts and abstainers not voting (wkhtmltopdf)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Pontebba", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 17, "date": "2026-05-11", "time": "20:00",
  "subject": "Approvazione del rendiconto della gestione dell'esercizio finanziario 2025.",
  "attendees": [A("BUZZI Ivan", "Sindaco"), A("DI CENTA Luisa", "Consigliere"), A("SCHNEIDER Paolo", "Consigliere"), A("TASSOTTI Giulia", "Consigliere", False), A("ZANIER Roberto", "Consigliere"), A("CRAIGHERO Anna", "Consigliere"),
                A("MORO Stefano", "Consigliere"), A("KRAVINA Elena", "Consigliere"), A("PERESSON Matteo", "Consigliere", False), A("FABIAN Sara", "Consigliere"), A("ORSARIA Tiziano", "Consigliere")],
  "president": {"title": "sig.", "role": "Sindaco", "name": "Ivan Buzzi"},
  "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Paolo Pellarini"},
  "vote": "majority", "vote_counts": {"present": 9, "voters": 8, "in_favour": 7, "against": 1, "abstained": 1},
  "immediately_executive": True}},
{"file": "determinazione-cembra-word.pdf", "role": "act",
 "what": "determinazione n. 87 'di data 12 maggio 2026' of the Servizio Socio-Assistenziale of a Trentino Comunità di valle; general register n. 311 only in the running foot repeated on both pages; proposal 95 of 08/05/2026 under the title; letter-spaced 'd e t e r m i n a' (python-docx, LibreOffice)",
 "operative_points": 5,
 "act": {"municipality": "Comunità della Valle di Cembra", "organ": "SERVIZIO SOCIO-ASSISTENZIALE", "office": "Ufficio Politiche Familiari e Giovanili", "kind": "determinazione",
  "number": 311, "sector_number": 87, "date": "2026-05-12", "proposal_number": 95, "proposal_date": "2026-05-08",
  "subject": "Concessione dei contributi per la frequenza dei servizi estivi per minori – estate 2026: approvazione della graduatoria e impegno di spesa."}},
{"file": "convocazione-alpago-latex.pdf", "role": "notice",
 "what": "letter of the President convening the Consiglio of an Unione Montana for 14/05/2026 at 20:30 (second call 15/05), protocol 1022 of 7 May 2026, seven agenda items (pdfLaTeX, Helvetica)",
 "act": {"municipality": "Unione Montana Alpago", "kind": "convocazione", "date": "2026-05-07",
  "subject": "Convocazione del Consiglio dell’Unione – seduta ordinaria del 14 maggio 2026."}},
{"file": "allegato-recoaroterme-calc.pdf", "role": "attachment",
 "what": "Allegato A to determinazione 142 of 12/05/2026: 68 renewed cemetery concessions (holders by initials) with a totals row, printed by LibreOffice Calc over 2 pages with the header row repeated and 'Pagina x di y' in the foot",
 "act": {"municipality": "Comune di Recoaro Terme"}},
{"file": "bando-pragelato-openpdf.pdf", "role": "act",
 "what": "BANDO PUBBLICO N. 3/2026 for leasing two alpine pastures, Area/Servizio in the letterhead drawn by a page event on both pages, an Albo stamp set rotated 90° in the left margin of page 1 (OpenPDF 1.3.30)",
 "act": {"municipality": "Comune di Pragelato", "organ": "AREA TECNICA", "office": "Servizio Patrimonio, Boschi e Pascoli", "kind": "bando", "number": 3, "date": "2026-05-11",
  "subject": "PER L'ASSEGNAZIONE IN AFFITTO DEI PASCOLI COMUNALI DELL'ALPE DEL BEAL E DELL'ALPE LAVAL PER LE STAGIONI MONTICATORIE 2026–2031"}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower()
    a = k.get("act", {})
    strs = []
    for f in ("municipality", "organ", "office", "proposing_office", "subject"):
        if f in a: strs.append((f, a[f]))
    for p in a.get("attendees", []): strs += [("att", p["name"]), ("role", p["role"])]
    for f in ("president", "secretary"):
        if f in a: strs += [(f, v) for v in a[f].values()]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
print(len(K), "files,", bad, "with missing strings")
