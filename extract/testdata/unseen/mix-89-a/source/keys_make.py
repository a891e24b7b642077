# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "deliberazione-campomorone-writer.pdf", "role": "act",
 "what": "Giunta deliberation 27/2026 of Campomorone (GE): page 1 is a frontespizio with a field table (Tipo atto, Numero registro generale, Data, Settore, Oggetto, Data esecutività), the minute from page 2; roll table with P/A marks and merged 'Presenti'/'Assenti' count rows under it (python-docx, LibreOffice)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Campomorone", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 27, "date": "2026-02-24", "time": "17:30",
  "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN SICUREZZA DEL MURO DI SOSTEGNO DI VIA GAVINO - CUP C77H26000120004",
  "attendees": [A("PERSICO Giovanni", "Sindaco"), A("ODONE Marta", "Vice Sindaco"), A("CAVIGLIA Stefano", "Assessore", False), A("REPETTO Luisa", "Assessore"), A("BRUZZONE Andrea", "Assessore")],
  "president": {"role": "Sindaco", "name": "Giovanni Persico"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Paola Ghiglione"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-uscio-wkhtml.pdf", "role": "act",
 "what": "determinazione of the Area Amministrativa e Finanziaria / Servizio Tributi of Uscio (GE): header table with the labels in one row (Reg. Gen. N., Data, N. Settore, Proposta N., Data proposta) and the values in the row under it; 3 numbered points (wkhtmltopdf)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Uscio", "organ": "AREA AMMINISTRATIVA E FINANZIARIA", "office": "Servizio Tributi", "kind": "determinazione",
  "number": 64, "sector_number": 11, "date": "2026-03-05", "proposal_number": 19, "proposal_date": "2026-03-03",
  "subject": "Affidamento del servizio di stampa e postalizzazione degli avvisi di pagamento TARI anno 2026 alla ditta Postel Liguria S.r.l. – CIG B9C4D17E22 – Impegno di spesa."}},
{"file": "decreto-borgomaro-reportlab.pdf", "role": "act",
 "what": "decreto del Sindaco 3/2026 of Borgomaro (IM): the number and date are printed only in the right margin, rotated 90° ('Decreto n. 3 del 2 marzo 2026'); subject and body drawn glyph by glyph (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Borgomaro", "organ": "Sindaco", "kind": "decreto", "number": 3, "date": "2026-03-02",
  "subject": "Nomina del Responsabile del Servizio Finanziario e attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 267/2000 per l'anno 2026."}},
{"file": "certificato-beverino-fpdf.pdf", "role": "certificate",
 "what": "certificato di pubblicazione of Consiglio deliberation 9 of 26/02/2026 (Beverino, SP): act fields in a form of labelled boxes (Organo, Tipo, Numero, Data adozione, Oggetto, Immediatamente eseguibile, Registro pubblicazioni 143/2026), published 03/03-18/03/2026 (fpdf2)",
 "act": {"municipality": "Comune di Beverino", "organ": "Consiglio Comunale", "kind": "attestazione", "number": 9, "date": "2026-02-26",
  "subject": "Approvazione del Documento Unico di Programmazione (DUP) 2026/2028 e del bilancio di previsione finanziario 2026/2028.",
  "immediately_executive": True}},
{"file": "determinazione-coazze-chromium.pdf", "role": "act",
 "what": "determinazione of the Area Servizi alla Persona of Coazze (TO): frontespizio table on page 1, act on page 2 with a header table of labels in one row and values under it (general number, date, sector number, proposal); 3 points (headless Chromium)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Coazze", "organ": "Area Servizi alla Persona", "office": "Ufficio Assistenza", "kind": "determinazione",
  "number": 118, "sector_number": 21, "date": "2026-03-10", "proposal_number": 133, "proposal_date": "2026-03-06",
  "subject": "Concessione di contributi economici straordinari a nuclei familiari in condizione di disagio – primo trimestre 2026 – Impegno di spesa."}},
{"file": "deliberazione-narzole-civilia.pdf", "role": "act",
 "what": "Consiglio deliberation 8/2026 of Narzole (CN): frontespizio table on page 1, minute from page 2; roll in prose with a 'Presenti 6, assenti 2' count; majority vote with counts; lines justified with Tw, headings letter-spaced with Tc (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Narzole", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 8, "date": "2026-02-27", "time": "20:45",
  "subject": "Approvazione del Regolamento per l'applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria. Modifiche.",
  "attendees": [A("Paolo Tibaldi", "Sindaco"), A("Chiara Bergesio", "Consigliere"), A("Marco Calleri", "Consigliere"), A("Giorgio Sordo", "Consigliere", False),
                A("Anna Rinaldi", "Consigliere"), A("Luca Vigna", "Consigliere"), A("Simona Perotti", "Consigliere", False), A("Davide Olivero", "Consigliere")],
  "president": {"role": "Sindaco", "name": "Paolo Tibaldi"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Fabrizio Cerrato"},
  "vote": "majority", "vote_counts": {"present": 6, "voters": 6, "in_favour": 5, "against": 1, "abstained": 0},
  "immediately_executive": True}},
{"file": "ordinanza-valdieri-groff.pdf", "role": "act",
 "what": "ordinanza del Sindaco 4/2026 of Valdieri (CN), 'N. 4 del 9.3.2026', traffic limit during the thaw; hyphenated body, running foot with number (groff -ms + ps2pdf)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Valdieri", "organ": "Sindaco", "kind": "ordinanza", "number": 4, "date": "2026-03-09",
  "subject": "Limitazione del transito ai veicoli di massa superiore a 3,5 tonnellate sulla strada comunale per Sant’Anna di Valdieri per il periodo di disgelo."}},
{"file": "convocazione-mombaruzzo-enscript.pdf", "role": "notice",
 "what": "convocation of the Consiglio Comunale of Mombaruzzo (AT) for 25/03/2026 at 21:00, protocol 1027 of 13/03/2026, 5-item agenda; 80-column Courier letter (enscript + ps2pdf)",
 "act": {"municipality": "Comune di Mombaruzzo", "kind": "convocazione", "date": "2026-03-13",
  "subject": "CONVOCAZIONE DEL CONSIGLIO COMUNALE - SESSIONE ORDINARIA"}},
{"file": "determinazione-guiglia-latex.pdf", "role": "act",
 "what": "determinazione dirigenziale of the Settore Lavori Pubblici e Ambiente of Guiglia (MO): frontespizio table on page 1, act on page 2 with a ruled header table (labels row, values row); running foot with the register number on every page (pdfLaTeX)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Guiglia", "organ": "Settore Lavori Pubblici e Ambiente", "kind": "determinazione",
  "number": 96, "sector_number": 27, "date": "2026-03-12", "proposal_number": 104, "proposal_date": "2026-03-10",
  "subject": "Manutenzione straordinaria della copertura della palestra comunale di via Roncoscaglia. Aggiudicazione dei lavori alla ditta Edil Panaro s.n.c. CUP D67H25002210004 – CIG B8E21C4F60."}},
{"file": "avviso-casina-fpdf.pdf", "role": "act",
 "what": "numbered AVVISO PUBBLICO N. 2/2026 of Casina (RE) for study grants, 2 pages (articles, then the application form); letterhead with Settore/Servizio and the foot repeated on every page (fpdf2 header/footer)",
 "act": {"municipality": "Comune di Casina", "organ": "SETTORE AFFARI GENERALI", "office": "Servizio Scuola e Cultura", "kind": "avviso", "number": 2, "date": "2026-03-16",
  "subject": "PER L'ASSEGNAZIONE DI BORSE DI STUDIO A STUDENTI DELLE SCUOLE SECONDARIE DI SECONDO GRADO RESIDENTI NEL COMUNE DI CASINA - ANNO SCOLASTICO 2025/2026"}},
{"file": "allegato-gatteo-calc.pdf", "role": "attachment",
 "what": "Allegato A to Giunta deliberation 22/2026 of Gatteo (FC): tariffs of the municipal sports facilities, merged title rows, gridded table (openpyxl, LibreOffice Calc)",
 "act": {"municipality": "Comune di Gatteo"}},
{"file": "bando-predappio-writer.pdf", "role": "act",
 "what": "BANDO DI ASTA PUBBLICA N. 1/2026 of Predappio (FC) for selling a former school, number and protocol in a two-cell box, title line under it, articles (HTML opened by LibreOffice Writer)",
 "act": {"municipality": "Comune di Predappio", "organ": "SETTORE TECNICO", "office": "Servizio Patrimonio", "kind": "bando", "number": 1, "date": "2026-03-17",
  "subject": "ALIENAZIONE DI UN IMMOBILE DI PROPRIETÀ COMUNALE SITO IN VIA MAZZINI – EX SCUOLA ELEMENTARE DI FIUMANA"}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower()
    a = k.get("act", {})
    strs = []
    for f in ("municipality", "organ", "office", "subject"):
        if f in a: strs.append((f, a[f]))
    for p in a.get("attendees", []): strs += [("att", p["name"]), ("role", p["role"])]
    for f in ("president", "secretary"):
        if f in a: strs += [(f, v) for v in a[f].values()]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
assert len(K) == 12 and len({k["file"] for k in K}) == 12
raise SystemExit(1 if bad else 0)
