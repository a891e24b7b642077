# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "decreto-provvercelli-groff.pdf", "role": "act",
 "what": "decreto del Presidente della Provincia n. 58 del 9.6.2026 appointing the Vice Presidente (groff -ms through gropdf, justified and hyphenated; the body's name in the letterhead and in the running foot)",
 "operative_points": 4,
 "act": {"municipality": "Provincia di Vercelli", "organ": "Presidente", "kind": "decreto", "number": 58, "date": "2026-06-09",
  "subject": "Nomina del Vice Presidente della Provincia ai sensi dell’art. 1, comma 66, della Legge 7 aprile 2014, n. 56 e conferimento di deleghe."}},
{"file": "determinazione-cmmessina-chromium.pdf", "role": "act",
 "what": "determinazione dirigenziale of the V Direzione of a Città metropolitana: register grid with Registro Generale n. 1247 del 10/06/2026 and Registro di Direzione n. 211 del 08/06/2026, proposal 263 (Chromium)",
 "operative_points": 4,
 "act": {"municipality": "Città Metropolitana di Messina", "organ": "V DIREZIONE – VIABILITÀ METROPOLITANA", "office": "Servizio Manutenzione Strade Zona Tirrenica", "kind": "determinazione",
  "number": 1247, "sector_number": 211, "date": "2026-06-10", "proposal_number": 263, "proposal_date": "2026-06-05",
  "subject": "S.P. 122 di Castroreale – Lavori urgenti di ripristino della sede stradale e consolidamento della scarpata di valle al km 4+600 danneggiata dagli eventi meteorici del febbraio 2026. Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. 36/2023 alla ditta Costruzioni Barcellonesi S.r.l. – CUP B47H26000180003 – CIG B9F21C07A4. Impegno di spesa."}},
{"file": "deliberazione-romagnaforlivese-wkhtml.pdf", "role": "act",
 "what": "deliberation 67/2026 of the Giunta dell'Unione of an Unione di Comuni (Unione montana): roll table with Presente/Assente X columns and the member Comune of each assessore; date in words (wkhtmltopdf)",
 "operative_points": 4,
 "act": {"municipality": "Unione di Comuni della Romagna forlivese", "organ": "Giunta dell'Unione", "kind": "deliberazione", "number": 67, "date": "2026-06-11", "time": "12:30",
  "subject": "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L'AZIENDA USL DELLA ROMAGNA PER LA GESTIONE ASSOCIATA DEL SERVIZIO DI ASSISTENZA DOMICILIARE NEL DISTRETTO DI FORLÌ – PERIODO 2026-2028.",
  "attendees": [A("ZANOTTI Gabriele", "Presidente"), A("FABBRI Elisa", "Vice Presidente"), A("MONTANARI Paolo", "Assessore"), A("BALDINI Francesca", "Assessore", False),
                A("CASADEI Roberto", "Assessore"), A("GUIDI Marta", "Assessore"), A("RICCI Stefano", "Assessore", False), A("SANTONI Luca", "Assessore")],
  "president": {"role": "Presidente", "name": "Gabriele Zanotti"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Annalisa Bertaccini"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-montilattari-civilia.pdf", "role": "act",
 "what": "deliberation 21/2026 of the Giunta Esecutiva of a Comunità Montana: number 'n. 21 del 12.6.2026', date and time in words, roll in prose with an 'assente giustificata'; majority vote with counts; every justified line sets Tw, headings letter-spaced with Tc (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comunità Montana Monti Lattari", "organ": "Giunta Esecutiva", "kind": "deliberazione", "number": 21, "date": "2026-06-12", "time": "11:30",
  "subject": "Programma regionale di forestazione e bonifica montana – Annualità 2026. Approvazione del piano degli interventi di sistemazione idraulico-forestale nei bacini del Reginna Maior e del Reginna Minor.",
  "attendees": [A("Giuseppe Apicella", "Presidente"), A("Antonio Vollaro", "Vice Presidente"), A("Carmine Russo", "Assessore"), A("Lucia Esposito", "Assessore", False), A("Raffaele Milano", "Assessore")],
  "president": {"title": "avv.", "role": "Presidente", "name": "Giuseppe Apicella"},
  "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "Gennaro Sorrentino"},
  "vote": "majority", "vote_counts": {"present": 4, "voters": 4, "in_favour": 3, "against": 1, "abstained": 0},
  "immediately_executive": True}},
{"file": "deliberazione-asllecce-fpdf.pdf", "role": "act",
 "what": "deliberation 812/2026 of the Direttore Generale of an ASL: the full name only in the logo picture, the text layer says 'ASL Lecce' in the running head repeated on both pages; label grid with proposing structure and proposal 934; CID TrueType fonts (fpdf2)",
 "operative_points": 5,
 "act": {"municipality": "ASL Lecce", "organ": "Direttore Generale", "office": "U.O.C. Area Gestione Tecnica", "kind": "deliberazione", "number": 812, "date": "2026-06-15",
  "proposal_number": 934, "proposal_date": "2026-06-11",
  "subject": "Presidio Ospedaliero \"Vito Fazzi\" di Lecce – Lavori di adeguamento antincendio del blocco operatorio e della terapia intensiva. Approvazione del progetto esecutivo e indizione della procedura negoziata. CUP G81B26000320006.",
  "immediately_executive": True}},
{"file": "allegato-aslteramo-calc.pdf", "role": "attachment",
 "what": "Allegato 1 to deliberation 1034/2026 of the Direttore Generale of ASL Teramo: 42 pieces of medical equipment to be scrapped, spreadsheet printed landscape by LibreOffice Calc over 2 pages, merged title cells, header row repeated, file name in the foot",
 "act": {"municipality": "Azienda Sanitaria Locale di Teramo"}},
{"file": "attestazione-valloni-enscript.pdf", "role": "certificate",
 "what": "certificate of publication of deliberation 18 of 04/06/2026 of the Consiglio di Amministrazione of an ASP (personal services), published 05/06-20/06/2026 (register 412/2026): Courier typewriter form with blanks filled between underscores (enscript + Ghostscript)",
 "act": {"municipality": "ASP Valloni Marecchia", "kind": "attestazione", "number": 18, "date": "2026-06-04",
  "subject": "RINNOVO DEL CONTRATTO DI SERVIZIO CON IL COMUNE DI RIMINI PER LA GESTIONE DEI SERVIZI SOCIO-ASSISTENZIALI RIVOLTI AGLI ANZIANI NON AUTOSUFFICIENTI - TRIENNIO 2026-2028"}},
{"file": "deliberazione-teverenera-latex.pdf", "role": "act",
 "what": "deliberation 34/2026 of the Consiglio di Amministrazione of a Consorzio di bonifica: roll table with merged 'Designazione' cells (multirow) and P/A marks, body and dispositive part in two columns, date and time in words (pdfLaTeX)",
 "operative_points": 4,
 "act": {"municipality": "Consorzio di Bonifica Tevere Nera", "organ": "Consiglio di Amministrazione", "kind": "deliberazione", "number": 34, "date": "2026-06-17", "time": "10:00",
  "subject": "Approvazione del Piano di classifica degli immobili per il riparto degli oneri consortili – aggiornamento 2026 e adozione del perimetro di contribuenza del comprensorio.",
  "attendees": [A("Marcello Paoletti", "Presidente"), A("Roberta Pacifici", "Vice Presidente"), A("Giulio Chiappini", "Consigliere"), A("Sandro Petrucci", "Consigliere", False),
                A("Ilaria Mattioli", "Consigliere"), A("Franco Bernardini", "Consigliere"), A("Carla Fioriti", "Consigliere")],
  "president": {"role": "Presidente", "name": "Marcello Paoletti"},
  "secretary": {"title": "ing.", "role": "Direttore", "name": "Lorenzo Carnevali"},
  "vote": "majority", "vote_counts": {"present": 6, "voters": 6, "in_favour": 5, "against": 1, "abstained": 0},
  "immediately_executive": True}},
{"file": "bando-forestecasentinesi-openpdf.pdf", "role": "act",
 "what": "numbered BANDO N. 4/2026 of a national park (grants for chestnut groves), protocol 3127 of 16/06/2026, signed 17/06/2026; letterhead and foot drawn by a page event on both pages; Albo stamp rotated 90° in the left margin (OpenPDF)",
 "act": {"municipality": "Ente Parco Nazionale delle Foreste Casentinesi, Monte Falterona e Campigna", "organ": "Direttore",
  "office": "Servizio Promozione, Conservazione, Ricerca e Divulgazione della Natura", "kind": "bando", "number": 4, "date": "2026-06-17",
  "subject": "CONCESSIONE DI CONTRIBUTI PER IL RECUPERO E LA MANUTENZIONE DEI CASTAGNETI DA FRUTTO TRADIZIONALI NEL TERRITORIO DEL PARCO – ANNUALITÀ 2026"}},
{"file": "convocazione-idricapugliese-xobject.pdf", "role": "notice",
 "what": "letter convening the Consiglio Direttivo of the Autorità Idrica Pugliese (ATO for water services) for 22/06/2026 at 15:30, protocol 3418 of 12 June 2026; letterhead ('AIP' box plus full name) and foot are Form XObjects reused on both pages; blocks drawn bottom-up, out of reading order (reportlab)",
 "act": {"municipality": "Autorità Idrica Pugliese", "kind": "convocazione", "date": "2026-06-12",
  "subject": "Convocazione del Consiglio Direttivo – seduta del 22 giugno 2026."}},
{"file": "determinazione-rivierediliguria-word.pdf", "role": "act",
 "what": "determinazione of the Segretario Generale of a Camera di commercio n. 147 of 18 June 2026 (voucher grants ranking): the body's name printed only in the running foot; subject in a two-cell table (python-docx, LibreOffice)",
 "operative_points": 4,
 "act": {"municipality": "Camera di Commercio Industria Artigianato e Agricoltura Riviere di Liguria – Imperia La Spezia Savona", "organ": "Segretario Generale", "kind": "determinazione",
  "number": 147, "date": "2026-06-18",
  "subject": "Bando “Voucher Digitali I4.0 – Anno 2026”: approvazione della graduatoria delle domande ammesse e concessione dei contributi alle imprese del territorio."}},
{"file": "ordinanza-provisernia-glyphs.pdf", "role": "act",
 "what": "ordinanza dirigenziale 'N. 47/2026 R.G.' (Settore n. 12/2026) of a Provincia closing a provincial road: every glyph drawn on its own with no space characters, justified by moving glyphs; Albo stamp rotated 90° in the left margin",
 "operative_points": 4,
 "act": {"municipality": "Provincia di Isernia", "organ": "SETTORE 3 – VIABILITÀ, TRASPORTI E PROTEZIONE CIVILE", "office": "Servizio Manutenzione e Sicurezza Stradale",
  "kind": "ordinanza", "number": 47, "sector_number": 12, "date": "2026-06-19",
  "subject": "Chiusura temporanea al transito veicolare della S.P. 84 Fondovalle del Volturno dal km 6+200 al km 8+900, in territorio dei Comuni di Colli a Volturno e Fornelli, per i lavori di rifacimento dell'impalcato del ponte sul torrente Vandra."}},
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
sys.exit(1 if bad else 0)
