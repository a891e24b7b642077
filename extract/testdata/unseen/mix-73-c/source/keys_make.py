# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "determinazione-provcrotone-sicraweb.pdf", "role": "act",
 "what": "DETERMINAZIONE DIRIGENZIALE of a Provincia: register grid with Settore/Servizio, sector register n. 64 of 08/04/2026, general register n. 287 of 09/04/2026, proposal 312 of 07/04/2026 (wkhtmltopdf)",
 "operative_points": 4,
 "act": {"municipality": "Provincia di Crotone", "organ": "SETTORE 3 – VIABILITÀ, TRASPORTI ED EDILIZIA SCOLASTICA", "office": "Servizio Manutenzione Strade Provinciali", "kind": "determinazione",
  "number": 287, "sector_number": 64, "date": "2026-04-09", "proposal_number": 312, "proposal_date": "2026-04-07",
  "subject": "S.P. 48 – Lavori di messa in sicurezza del ponte sul torrente Lese in agro di Cerenzia – Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a) del D.Lgs. 36/2023 – CIG B9D4E71A20 – Impegno di spesa."}},
{"file": "deliberazione-ovestsolidale-civilia.pdf", "role": "act",
 "what": "deliberation 7/2026 of the Consiglio di Amministrazione of an Azienda Speciale Consortile; roll in prose; justified lines set with Tw, letterhead and headings letter-spaced with Tc (reportlab)",
 "operative_points": 4,
 "act": {"municipality": "Azienda Speciale Consortile Ovest Solidale", "organ": "Consiglio di Amministrazione", "kind": "deliberazione", "number": 7, "date": "2026-04-14", "time": "17:30",
  "subject": "Approvazione del Piano Programma 2026-2028 e del Budget economico 2026 del Servizio di Assistenza Domiciliare.",
  "attendees": [A("Luca Brambilla", "Presidente"), A("Paola Re", "Vicepresidente"), A("Andrea Colombo", "Consigliere"), A("Marta Sala", "Consigliere", False)],
  "president": {"title": "avv.", "role": "Presidente", "name": "Luca Brambilla"},
  "secretary": {"title": "dott.", "role": "Direttore", "name": "Giorgio Fumagalli"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-priula-writer.pdf", "role": "act",
 "what": "deliberation 5/2026 of the Assemblea consortile of a waste-management Consorzio; roll table of member Comuni with representative, role, quota and P/A columns; majority vote with counts (HTML through LibreOffice Writer)",
 "operative_points": 3,
 "act": {"municipality": "Consorzio Priula", "organ": "Assemblea consortile", "kind": "deliberazione", "number": 5, "date": "2026-04-21", "time": "18:00",
  "subject": "Approvazione della tariffa corrispettiva puntuale per l'anno 2026 e del Piano Economico Finanziario 2026-2029.",
  "attendees": [A("Tessari Elisa", "Sindaco"), A("Bortoluzzi Ivano", "Assessore delegato"), A("Pellizzari Nicola", "Assessore delegato"), A("Favaro Lucia", "Sindaco", False),
                A("Durante Michele", "Sindaco"), A("Zanin Chiara", "Assessore delegato"), A("Gatto Roberto", "Sindaco"), A("Cenedese Marta", "Sindaco"),
                A("Scattolin Franco", "Sindaco"), A("Marcon Sara", "Assessore delegato")],
  "president": {"title": "sig.ra", "role": "Presidente dell'Assemblea", "name": "Tessari Elisa"},
  "secretary": {"title": "dott.", "role": "Direttore Generale", "name": "Franco Zanatta"},
  "vote": "majority", "vote_counts": {"present": 9, "voters": 9, "in_favour": 8, "against": 1, "abstained": 0},
  "immediately_executive": True}},
{"file": "decreto-paganella-latex.pdf", "role": "act",
 "what": "decreto del Presidente n. 9 'di data 16 aprile 2026' of a Trentino Comunità di Valle; letter-spaced letterhead and headings (pdfLaTeX microtype \\lsstyle), boxed subject, fancyhdr foot",
 "operative_points": 3,
 "act": {"municipality": "Comunità della Paganella", "organ": "Presidente", "kind": "decreto", "number": 9, "date": "2026-04-16",
  "subject": "Nomina del responsabile della prevenzione della corruzione e della trasparenza per il triennio 2026-2028."}},
{"file": "convocazione-altipianicimbri-apkappa.pdf", "role": "notice",
 "what": "letter convening the Consiglio of a Trentino Comunità di Valle for 28/04/2026 at 20:00, prot. 1532 of 20/04/2026; letterhead and foot are Form XObjects reused on both pages; agenda drawn before the letterhead and heading",
 "act": {"municipality": "Magnifica Comunità degli Altipiani Cimbri", "kind": "convocazione", "date": "2026-04-20",
  "subject": "Convocazione del Consiglio della Comunità – seduta ordinaria del 28 aprile 2026."}},
{"file": "determinazione-parcocollieuganei-chromium.pdf", "role": "act",
 "what": "DETERMINAZIONE DEL DIRETTORE 58 of a regional Parco, numbers and dates in a floated box as '13.4.2026', proposal 71 of 10.4.2026, ordered list (Chromium)",
 "operative_points": 3,
 "act": {"municipality": "Ente Parco Regionale dei Colli Euganei", "organ": "Direttore", "office": "Ufficio Ambiente e Agricoltura", "kind": "determinazione",
  "number": 58, "date": "2026-04-13", "proposal_number": 71, "proposal_date": "2026-04-10",
  "subject": "Contributi per il recupero dei muretti a secco nei terrazzamenti collinari – Approvazione della graduatoria delle domande ammesse – Bando anno 2026."}},
{"file": "attestazione-parcoalpiliguri-kibernetes.pdf", "role": "certificate",
 "what": "certificate of publication of determinazione del Direttore 22 of 08/04/2026 of a Parco, published 09/04-24/04/2026 (reg. pubbl. 118/2026), issued 27/04/2026; every glyph its own Tm+Tj, Albo stamp rotated 90° in the left margin",
 "act": {"municipality": "Ente Parco delle Alpi Liguri", "kind": "attestazione", "number": 22, "date": "2026-04-08",
  "subject": "Affidamento del servizio di manutenzione della sentieristica dell'Alta Via dei Monti Liguri nel tratto Colle di Nava – Monte Saccarello. CIG B8F2C4D913."}},
{"file": "avviso-ats21-word.pdf", "role": "notice",
 "what": "numbered AVVISO PUBBLICO N. 3/2026 of an Ambito Territoriale Sociale (care allowances), prot. 27315 of 15/04/2026; Word header with the ATS and its lead Comune, footer listing the member Comuni (python-docx, LibreOffice)",
 "act": {"municipality": "Ambito Territoriale Sociale 21", "organ": "Ufficio di Piano", "kind": "avviso", "number": 3, "date": "2026-04-15",
  "subject": "AVVISO PUBBLICO PER LA CONCESSIONE DI ASSEGNI DI CURA A FAVORE DI ANZIANI NON AUTOSUFFICIENTI – ANNUALITÀ 2026"}},
{"file": "avviso-acermodena-groff.pdf", "role": "notice",
 "what": "unnumbered avviso d'asta pubblica of an ACER (sale of non-residential units in Carpi), prot. 4417 of 10/04/2026 in a label box, lots table (groff -ms + tbl, gropdf)",
 "act": {"municipality": "ACER Modena", "office": "Servizio Patrimonio e Vendite", "kind": "avviso", "date": "2026-04-10",
  "subject": "AVVISO DI ASTA PUBBLICA PER LA VENDITA DI UNITÀ IMMOBILIARI AD USO NON ABITATIVO IN COMUNE DI CARPI"}},
{"file": "determinazione-cssmonregalese-halley.pdf", "role": "act",
 "what": "determinazione del Direttore of a Consorzio socio-assistenziale, 'N. 47/2026 R.G.', sector n. 19, proposal 58 of 10/04/2026, in a character-drawn box with dotted leaders; 80-column Courier capitals (enscript + Ghostscript)",
 "operative_points": 4,
 "act": {"municipality": "Consorzio per i Servizi Socio Assistenziali del Monregalese", "organ": "SETTORE AMMINISTRATIVO", "office": "UFFICIO CONTRATTI E ACQUISTI", "kind": "determinazione",
  "number": 47, "sector_number": 19, "date": "2026-04-14", "proposal_number": 58, "proposal_date": "2026-04-10",
  "subject": "FORNITURA DI AUSILI PER LA DOMICILIARITA’ DEGLI UTENTI DISABILI E ANZIANI - ADESIONE ALLA CONVENZIONE SCR PIEMONTE - CIG DERIVATO B6E1F03D58 - IMPEGNO DI SPESA"}},
{"file": "determinazione-comuninsieme-fpdf.pdf", "role": "act",
 "what": "determinazione del Direttore Generale n. 38 / Reg. Gen. 311 of 17/04/2026 of an Azienda Speciale Consortile; label grid, recitals in two columns, running head and register foot (fpdf2)",
 "operative_points": 5,
 "act": {"municipality": "Azienda Speciale Consortile \"Comuni Insieme\"", "organ": "Direttore Generale", "office": "Area Minori e Famiglia", "kind": "determinazione",
  "number": 311, "sector_number": 38, "date": "2026-04-17",
  "subject": "Affidamento del servizio di spazio neutro per il periodo 1° maggio 2026 – 30 aprile 2027 – CIG B7A9E05C31 – Impegno di spesa."}},
{"file": "allegato-bonificasudpontino-calc.pdf", "role": "attachment",
 "what": "Allegato A to deliberation 31/2026 of the Comitato esecutivo of a Consorzio di Bonifica: 18 canal-maintenance works with total, spreadsheet printed landscape by LibreOffice Calc over 2 pages, header row repeated, file name in the running head",
 "act": {"municipality": "Consorzio di Bonifica Sud Pontino"}},
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
assert len(K) == 12 and len([f for f in os.listdir(D) if f.endswith(".pdf")]) == 12
raise SystemExit(1 if bad else 0)
