# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
K = [
{"file": "decreto-cmnapoli-writer.pdf", "role": "act", "what": "decreto sindacale metropolitano n. 58 del 12.03.2026, Direzione/Area heading levels, subject in a bordered OGGETTO table (HTML -> LibreOffice Writer)", "operative_points": 3,
 "act": {"municipality": "CITTÀ METROPOLITANA DI NAPOLI", "organ": "Sindaco Metropolitano", "kind": "decreto", "number": 58, "date": "2026-03-12", "proposing_office": "Direzione Edilizia Scolastica",
  "subject": "Approvazione del Programma degli interventi di manutenzione straordinaria degli edifici scolastici di competenza metropolitana – annualità 2026 – Atto di indirizzo.", "immediately_executive": True}},
{"file": "decreto-provavellino-latex.pdf", "role": "act", "what": "DECRETO PRESIDENZIALE N. 21/2026, date only in words at the end ('addì nove del mese di marzo dell'anno duemilaventisei'), letter-spaced headings, running head (pdfLaTeX)", "operative_points": 4,
 "act": {"municipality": "PROVINCIA DI AVELLINO", "organ": "Presidente della Provincia", "kind": "decreto", "number": 21, "date": "2026-03-09", "proposing_office": "Segreteria Generale – Servizio Affari Istituzionali",
  "subject": "Nomina del Vice Presidente della Provincia e attribuzione di deleghe ai Consiglieri provinciali."}},
{"file": "determinazione-provfoggia-sicraweb.pdf", "role": "act", "what": "determinazione dirigenziale N. 287 of 17/03/2026: header is a two-row table (body name in a merged cell, Settore/Servizio in the middle, number and date in the right cells) (wkhtmltopdf)", "operative_points": 4,
 "act": {"municipality": "PROVINCIA DI FOGGIA", "organ": "SETTORE ASSETTO DEL TERRITORIO", "office": "Servizio Concessioni e Autorizzazioni Stradali", "kind": "determinazione", "number": 287, "date": "2026-03-17",
  "subject": "S.P. 141 “delle Saline” – Lavori urgenti di rifacimento della segnaletica orizzontale e sostituzione della segnaletica verticale danneggiata tra Margherita di Savoia e Zapponeta – Affidamento diretto – CIG B9F2C17A44 – Impegno di spesa."}},
{"file": "determinazione-provtaranto-maggioli.pdf", "role": "act", "what": "determinazione dirigenziale with a box 'Registro Generale n. 412 del 18/03/2026 / Registro di Settore n. 63 del 16/03/2026'; Settore/Servizio/Ufficio levels; Tw-justified lines, Tc letter-spaced headings; 2 pages with repeated letterhead (reportlab)", "operative_points": 3,
 "act": {"municipality": "PROVINCIA DI TARANTO", "organ": "SETTORE 4 – PIANIFICAZIONE E AMBIENTE", "office": "Servizio Rifiuti e Bonifiche", "kind": "determinazione", "number": 412, "sector_number": 63, "date": "2026-03-18",
  "subject": "Autorizzazione unica ex art. 208 del D.Lgs. 152/2006 – Ditta Ecoservizi Jonici S.r.l. – Impianto di recupero di rifiuti non pericolosi in agro di Massafra, contrada Parete Pinto – Rinnovo dell'autorizzazione."}},
{"file": "determinazione-provcatanzaro-chromium.pdf", "role": "act", "what": "DETERMINAZIONE DIRIGENZIALE N. 198 with no date in the header: the only act date is the digital-signature line '... firmato digitalmente da ROTUNDO FRANCESCA il 19/03/2026 11:42:07'; proposal 231 of 16/03/2026 (Chromium)", "operative_points": 3,
 "act": {"municipality": "PROVINCIA DI CATANZARO", "organ": "SETTORE EDILIZIA SCOLASTICA E PATRIMONIO", "office": "Servizio Gestione e Manutenzione Immobili", "kind": "determinazione", "number": 198, "date": "2026-03-19", "proposal_number": 231, "proposal_date": "2026-03-16",
  "subject": "Istituto Tecnico Industriale “E. Scalfaro” di Catanzaro – Verifiche periodiche biennali degli impianti elevatori ai sensi del D.P.R. 162/1999 – Affidamento all'organismo notificato e impegno di spesa – CIG B4D71E09C2."}},
{"file": "determinazione-cmlepini-halley.pdf", "role": "act", "what": "80-column Courier report in capitals, ASCII box 'N. 47/2026 R.G. | DEL 10/03/2026 / N. 12 REG. SERVIZIO | DEL 06/03/2026' (enscript + Ghostscript)", "operative_points": 3,
 "act": {"municipality": "COMUNITÀ MONTANA MONTI LEPINI E AUSONI", "organ": "SETTORE TECNICO", "office": "SERVIZIO FORESTAZIONE E PROTEZIONE CIVILE", "kind": "determinazione", "number": 47, "sector_number": 12, "date": "2026-03-10",
  "subject": "INTERVENTI DI PREVENZIONE DEGLI INCENDI BOSCHIVI - CAMPAGNA AIB 2026 - MANUTENZIONE DEI VIALI TAGLIAFUOCO IN LOCALITA’ MONTE SEMPREVISA - AFFIDAMENTO E IMPEGNO DI SPESA - CIG B3A9F5D210"}},
{"file": "determinazione-provbat-kibernetes.pdf", "role": "act", "what": "determinazione 'Reg. Gen. 311 del 12.3.2026 (Reg. Settore n. 44 del 10.3.2026)'; every glyph its own Tm+Tj, justified by moving glyphs; Albo stamp rotated 90° in the left margin (reportlab)", "operative_points": 3,
 "act": {"municipality": "PROVINCIA DI BARLETTA - ANDRIA - TRANI", "organ": "SETTORE RISORSE UMANE, ORGANIZZAZIONE E AFFARI GENERALI", "office": "Servizio Reclutamento e Gestione Giuridica del Personale", "kind": "determinazione", "number": 311, "sector_number": 44, "date": "2026-03-12",
  "subject": "Approvazione dell'avviso pubblico di mobilità esterna volontaria, ai sensi dell'art. 30 del D.Lgs. 165/2001, per la copertura di n. 2 posti di Istruttore Direttivo Tecnico – Area dei Funzionari e dell'Elevata Qualificazione – a tempo pieno e indeterminato."}},
{"file": "determinazione-lcagrigento-groff.pdf", "role": "act", "what": "determinazione dirigenziale n. 402 whose only date is 'Data di esecutività: 20/03/2026' in the boxed executivity statement at the end; Direzione/Settore/Servizio heading (groff -ms)", "operative_points": 4,
 "act": {"municipality": "LIBERO CONSORZIO COMUNALE DI AGRIGENTO", "organ": "DIREZIONE INFRASTRUTTURE STRADALI, EDILIZIA E MOBILITÀ", "office": "Settore Viabilità – Servizio Manutenzione Strade Zona Est", "kind": "determinazione", "number": 402, "date": "2026-03-20",
  "subject": "Lavori di manutenzione straordinaria della S.P. 17-A “Favara – Aragona” – Approvazione perizia di variante e quadro economico rimodulato – CUP B47H24001320001."}},
{"file": "determinazione-unionesavuto-word.pdf", "role": "act", "what": "determinazione of an Unione dei Comuni: Area/Servizio in the Word running head, boxed table 'Registro Generale n. 88 | data 11/03/2026 / Registro di Settore n. 14 | data 09/03/2026' (python-docx -> LibreOffice)", "operative_points": 4,
 "act": {"municipality": "UNIONE DEI COMUNI DELLA VALLE DEL SAVUTO", "organ": "Area Vigilanza", "office": "Servizio Associato di Polizia Locale", "kind": "determinazione", "number": 88, "sector_number": 14, "date": "2026-03-11",
  "subject": "Servizio associato di Polizia Locale – Acquisto di n. 2 autoveicoli in allestimento di servizio mediante adesione a convenzione Consip – Impegno di spesa – CIG B2E5C74D18."}},
{"file": "certificato-cmalburni-halley.pdf", "role": "certificate", "what": "certificato di pubblicazione of determinazione n. 36 of 09/03/2026 (reg. pubbl. 142/2026, 10/03-25/03/2026); letterhead/foot Form XObjects drawn after the body, rotated COPIA CONFORME stamp (reportlab)",
 "act": {"municipality": "COMUNITÀ MONTANA ALBURNI", "kind": "certificato", "number": 36, "date": "2026-03-09",
  "subject": "Lavori di consolidamento del costone roccioso in località Grotta di Castelcivita – Approvazione dello stato finale e del certificato di regolare esecuzione."}},
{"file": "allegato-provlecce-calc.pdf", "role": "attachment", "what": "Allegato A to determinazione R.G. 233 of 16/03/2026: riparto among 10 schools, openpyxl -> LibreOffice Calc, landscape, merged title rows, formulas", "act": {"municipality": "PROVINCIA DI LECCE"}},
{"file": "avviso-provviterbo-fpdf.pdf", "role": "notice", "what": "unnumbered AVVISO PUBBLICO (manifestazione di interesse), Prot. n. 7741 del 13/03/2026, body in two balanced justified columns, running head/foot (fpdf2)",
 "act": {"municipality": "PROVINCIA DI VITERBO", "organ": "Settore Viabilità e Infrastrutture", "office": "Servizio Manutenzione Strade Area Nord", "kind": "avviso", "date": "2026-03-13",
  "subject": "MANIFESTAZIONE DI INTERESSE PER L'AFFIDAMENTO DEL SERVIZIO DI SGOMBERO NEVE E SPARGIMENTO SALE SULLE STRADE PROVINCIALI DELL'AREA NORD – STAGIONE INVERNALE 2026/2027"}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower(); a = k.get("act", {})
    strs = [(f, a[f]) for f in ("municipality", "organ", "office", "proposing_office", "subject") if f in a]
    miss = [(f, s) for f, s in strs if (s not in txt if f == "subject" else s.lower() not in low)]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
raise SystemExit(1 if bad else 0)
