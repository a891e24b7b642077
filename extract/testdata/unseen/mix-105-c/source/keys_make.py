# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "determinazione-vallidilanzo-chromium.pdf", "role": "act",
 "what": "determinazione of the Segretario-Direttore of an Unione Montana, Reg. Gen. Unione n. 87 and Reg. Servizio n. 14 in a label table (Chromium)",
 "operative_points": 4,
 "act": {"municipality": "Unione Montana Valli di Lanzo, Ceronda e Casternone", "organ": "Segretario-Direttore", "office": "Servizio associato Personale e Organizzazione", "kind": "determinazione",
  "number": 87, "sector_number": 14, "date": "2026-03-16",
  "subject": "Approvazione dello schema di convenzione per l'utilizzo condiviso di personale dell'area tecnica tra l'Unione e i Comuni di Ceres e Groscavallo ai sensi dell'art. 1, comma 557, della Legge 311/2004. Anno 2026."}},
{"file": "determinazione-vialattea-wkhtml.pdf", "role": "act",
 "what": "determinazione of the Servizio associato di Polizia Locale of an Unione Montana: one-row grid (Reg. Servizio n. 9, Reg. Gen. Unione n. 112, 20.3.2026, proposal 131 of 18.3.2026), office in a running head, bulleted dispositive part (wkhtmltopdf)",
 "operative_points": 4,
 "act": {"municipality": "Unione Montana Comuni Olimpici Via Lattea", "organ": "Responsabile del Servizio", "office": "Servizio associato di Polizia Locale", "kind": "determinazione",
  "number": 112, "sector_number": 9, "date": "2026-03-20", "proposal_number": 131, "proposal_date": "2026-03-18",
  "subject": "Servizio associato di Polizia Locale – Fornitura di due apparecchi per il rilevamento della velocità e relativo software di gestione – Affidamento diretto alla ditta Segnaletica Alpina S.r.l. – CIG B9D4E27A15 – Impegno di spesa."}},
{"file": "avviso-tobbiocolma-latex.pdf", "role": "act",
 "what": "numbered AVVISO PUBBLICO N. 3/2026 of the Centrale Unica di Committenza of an Unione Montana (market survey), body in two columns (multicol), letter-spaced CUC heading, running head (pdfLaTeX)",
 "act": {"municipality": "Unione Montana dal Tobbio al Colma", "organ": "Centrale Unica di Committenza", "kind": "avviso", "number": 3, "date": "2026-03-24",
  "subject": "Indagine di mercato per l’individuazione di operatori economici da invitare alla procedura negoziata per i lavori di messa in sicurezza della strada comunale Voltaggio–Fraconalto. CUP H97H25001020005."}},
{"file": "determinazione-giarolo-enscript.pdf", "role": "act",
 "what": "determinazione N. 47/2026 R.G., Reg. Servizio n. 11, proposal 55: an 80-column Courier report in capitals with a character-drawn box, executed for a member Comune (enscript + Ghostscript)",
 "operative_points": 4,
 "act": {"municipality": "Unione Montana Terre del Giarolo", "organ": "Responsabile del Servizio", "office": "SERVIZIO ASSOCIATO TECNICO - MANUTENTIVO", "kind": "determinazione",
  "number": 47, "sector_number": 11, "date": "2026-03-19", "proposal_number": 55, "proposal_date": "2026-03-17",
  "subject": "SGOMBERO NEVE E TRATTAMENTO ANTIGHIACCIO DELLE STRADE COMUNALI DI MONTACUTO - STAGIONE INVERNALE 2025/2026 - LIQUIDAZIONE DEL SECONDO STATO DI AVANZAMENTO ALLA DITTA VAL CURONE SERVIZI S.N.C. - CIG B6F2A90C13"}},
{"file": "deliberazione-vigneevini-writer.pdf", "role": "act",
 "what": "Giunta dell'Unione deliberation 11/2026, date in words ('addì diciotto del mese di marzo, alle ore 18,30'), roll table with P/A columns and totals row (LibreOffice Writer)",
 "operative_points": 4,
 "act": {"municipality": "Unione Collinare Vigne & Vini", "organ": "Giunta dell'Unione", "kind": "deliberazione", "number": 11, "date": "2026-03-18", "time": "18:30",
  "subject": "Approvazione del progetto “Strade del Moscato 2026” per la valorizzazione turistica dei percorsi ciclopedonali tra i vigneti e richiesta di contributo alla Regione Piemonte.",
  "attendees": [A("CAVALLERO Enrico", "Presidente"), A("BERTOLDI Simona", "Vicepresidente"), A("GALLESIO Marco", "Assessore", False), A("ROVERO Daniela", "Assessore"), A("SCAGLIOLA Piero", "Assessore")],
  "president": {"title": "sig.", "role": "Presidente", "name": "Enrico Cavallero"},
  "secretary": {"title": "dott.", "role": "Segretario dell'Unione", "name": "Gianluca Fasano"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "decreto-alpidelmare-kibernetes.pdf", "role": "act",
 "what": "Decreto del Presidente n. 3 of 23 March 2026 of an Unione Montana (appointment of the head of the associated civil-protection service): every glyph its own BT/Tm/Tj, justified by moving glyphs; Albo stamp rotated 90° in the left margin",
 "operative_points": 4,
 "act": {"municipality": "Unione Montana Alpi del Mare", "organ": "Presidente", "kind": "decreto", "number": 3, "date": "2026-03-23",
  "subject": "Nomina del Responsabile del Servizio associato di Protezione civile dell'Unione e attribuzione della relativa posizione di elevata qualificazione per l'anno 2026."}},
{"file": "determinazione-valtellinadisondrio-fpdf.pdf", "role": "act",
 "what": "DETERMINAZIONE DIRIGENZIALE n. 311 del 25.3.2026 (Reg. Gen. 311, Reg. Settore n. 27) of a Comunità Montana: label grid, office in the running head, Carlito embedded as a CID font (fpdf2)",
 "operative_points": 5,
 "act": {"municipality": "Comunità Montana Valtellina di Sondrio", "organ": "Settore Agricoltura, Foreste e Territorio", "office": "Servizio associato Vincolo idrogeologico", "kind": "determinazione",
  "number": 311, "sector_number": 27, "date": "2026-03-25",
  "subject": "Autorizzazione alla trasformazione d'uso del suolo in area soggetta a vincolo idrogeologico per la realizzazione di una pista agro-silvo-pastorale in località Prati Alti, Comune di Caspoggio. Richiedente: Consorzio Forestale Valmalenco."}},
{"file": "certificato-altogardabresciano-groff.pdf", "role": "certificate",
 "what": "certificate of publication (30/03/2026) of Giunta esecutiva deliberation 21 of 12/03/2026 of a Comunità Montana, published 13/03–28/03/2026 at n. 204 (groff -ms, gropdf)",
 "act": {"municipality": "Comunità Montana Parco Alto Garda Bresciano", "kind": "certificato", "number": 21, "date": "2026-03-12",
  "subject": "Approvazione del programma degli interventi di manutenzione della rete sentieristica del Parco per la stagione estiva 2026 e riparto delle risorse tra i Comuni aderenti."}},
{"file": "avviso-terredifrontiera-word.pdf", "role": "notice",
 "what": "unnumbered AVVISO (prot. 2214 of 27 March 2026) on rent-support grants; Word template with the Unione's name over the member Comuni in the page header and the office in the footer (python-docx, LibreOffice)",
 "act": {"municipality": "Unione di Comuni Lombarda Terre di Frontiera", "office": "Servizio associato Servizi Sociali", "kind": "avviso", "date": "2026-03-27",
  "subject": "CONTRIBUTI PER IL SOSTEGNO AL PAGAMENTO DEI CANONI DI LOCAZIONE – ANNO 2026"}},
{"file": "allegato-cmscalve-calc.pdf", "role": "attachment",
 "what": "Allegato A to determinazione Reg. Gen. n. 64 of 26/03/2026: ranking of 10 pseudonymised grant applications, spreadsheet with merged title and group-header cells, landscape (openpyxl, LibreOffice Calc)",
 "act": {"municipality": "Comunità Montana di Scalve"}},
{"file": "determinazione-appenninopistoiese-reportlab.pdf", "role": "act",
 "what": "determinazione Reg. Gen. Unione n. 96 / Reg. Servizio n. 18 of an Unione di Comuni Montani managing the regional forest estate; letterhead and running foot are Form XObjects on both pages; lines justified with Tw, headings letter-spaced with Tc; page 2 carries the accounting visa and publication note (reportlab)",
 "operative_points": 5,
 "act": {"municipality": "Unione di Comuni Montani Appennino Pistoiese", "organ": "Responsabile del Servizio", "office": "Servizio associato Gestione del Patrimonio Forestale Regionale", "kind": "determinazione",
  "number": 96, "sector_number": 18, "date": "2026-03-27",
  "subject": "Patrimonio agricolo forestale regionale “Complesso Forestale Abetone” – Lavori di ripristino della viabilità forestale danneggiata dagli eventi meteorologici di novembre 2025 – Approvazione del progetto esecutivo e determinazione a contrarre. CUP D47B25000930002."}},
{"file": "convocazione-chiantifiorentino-chromium.pdf", "role": "notice",
 "what": "letter convening the Consiglio dell'Unione for 2 April 2026 at 18:00 (prot. 1932 of 26 March 2026), body and agenda in two CSS columns (Chromium)",
 "act": {"municipality": "Unione Comunale del Chianti Fiorentino", "organ": "Consiglio dell'Unione", "kind": "convocazione", "date": "2026-03-26",
  "subject": "Convocazione del Consiglio dell'Unione in seduta ordinaria per il giorno 2 aprile 2026."}},
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
raise SystemExit(1 if bad else 0)
