# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "deliberazione-gressoneylatrinite-chromium.pdf", "role": "act",
 "what": "Giunta deliberation 41/2026 of Gressoney-La-Trinité: French/Italian letterhead, labels and opening formula, Italian body; roll table with X in Présent/Absent columns (Chromium)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Gressoney-La-Trinité", "organ": "Giunta comunale", "kind": "deliberazione", "number": 41, "date": "2026-04-02", "time": "17:30",
  "subject": "Approvazione del progetto esecutivo dei lavori di rifacimento della passerella pedonale sul torrente Lys in località Edelboden. CUP D27H25001230005.",
  "attendees": [A("SQUINDO Alessandro", "Sindaco"), A("LINTY Monica", "Vicesindaco"), A("THEDY Marco", "Assessore", False), A("BECQUET Elisa", "Assessore"), A("ZUMSTEIN Pietro", "Assessore")],
  "president": {"role": "Sindaco", "name": "Alessandro Squindo"},
  "secretary": {"title": "dott.ssa", "role": "Segretario dell'Ente locale", "name": "Nadia Vuillermoz"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-selvadivalgardena-writer.pdf", "role": "act",
 "what": "Giunta deliberation 97/2026 of Selva di Val Gardena / Wolkenstein / Sëlva: trilingual German-Ladin-Italian letterhead, Italian and German subject, roll table with P/A marks, absent justified (HTML opened by LibreOffice Writer)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Selva di Val Gardena", "organ": "Giunta comunale", "kind": "deliberazione", "number": 97, "date": "2026-04-07", "time": "08:30",
  "subject": "Approvazione della convenzione con l'Associazione turistica Selva per la gestione del servizio navetta estivo \"Dolomites Shuttle\" – anno 2026.",
  "attendees": [A("Demetz Roland", "Sindaco"), A("Runggaldier Verena", "Vicesindaca"), A("Perathoner Lukas", "Assessore", False), A("Insam Hannes", "Assessore"), A("Senoner Petra", "Assessora")],
  "president": {"role": "Sindaco", "name": "Roland Demetz"},
  "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Matthias Prinoth"},
  "vote": "unanimous", "immediately_executive": False}},
{"file": "decreto-marebbe-kibernetes.pdf", "role": "act",
 "what": "Decreto del Sindaco 7/2026 of Marebbe / Enneberg / Mareo (Ladin-German-Italian heading): every glyph its own BT/Tm/Tj, justified by moving glyphs; Albo stamp rotated 90 degrees in the left margin",
 "operative_points": 3,
 "act": {"municipality": "Comune di Marebbe", "organ": "Sindaco", "kind": "decreto", "number": 7, "date": "2026-04-09",
  "subject": "Nomina del Responsabile della prevenzione della corruzione e della trasparenza per il triennio 2026-2028."}},
{"file": "deliberazione-oltradigebassaatesina-reportlab.pdf", "role": "act",
 "what": "deliberation 14/2026 of the Consiglio comprensoriale of the Bezirksgemeinschaft Überetsch-Unterland: German and Italian in two justified columns (Tw per line), letter-spaced letterhead (Tc) repeated as running head; roll table with bilingual roles; majority vote with counts",
 "operative_points": 3,
 "act": {"municipality": "Comunità Comprensoriale Oltradige-Bassa Atesina", "organ": "Consiglio comprensoriale", "kind": "deliberazione", "number": 14, "date": "2026-03-26", "time": "19:00",
  "subject": "Approvazione del rendiconto della gestione per l'esercizio finanziario 2025",
  "attendees": [A("Oberhofer Edmund", "Presidente"), A("Zelger Christine", "Vicepresidente"), A("Bologna Fabio", "Consigliere"), A("Pernter Josef", "Consigliere", False),
                A("Ranzi Manuela", "Consigliera"), A("Terleth Georg", "Consigliere"), A("Dalvai Monika", "Consigliera")],
  "president": {"role": "Presidente", "name": "Edmund Oberhofer"},
  "secretary": {"title": "dott.", "role": "Segretario generale", "name": "Walter Pichler"},
  "vote": "majority", "vote_counts": {"present": 6, "voters": 6, "in_favour": 5, "against": 1, "abstained": 0},
  "immediately_executive": True}},
{"file": "determinazione-montemitro-halley.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica of Montemitro / Opcina Mundimitar (Molise Croatian), sector n. 19 of 27/03/2026, Reg. Gen. 71 of 30/03/2026, proposal 24: 80-column Courier report in capitals with a character-drawn box (enscript + Ghostscript)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Montemitro", "organ": "AREA TECNICA", "office": "SERVIZIO LAVORI PUBBLICI, PATRIMONIO E AMBIENTE", "kind": "determinazione",
  "number": 71, "sector_number": 19, "date": "2026-03-30", "proposal_number": 24, "proposal_date": "2026-03-26",
  "subject": "FORNITURA E POSA IN OPERA DI SEGNALETICA STRADALE BILINGUE ITALIANO-CROATO (NA-NASU) NEL CENTRO ABITATO - AFFIDAMENTO DIRETTO AI SENSI DELL’ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023 - CIG B9F2A71C05."}},
{"file": "ordinanza-frascineto-jserfin.pdf", "role": "act",
 "what": "ordinanza sindacale 11/2026 of Frascineto / Bashkia e Frasnitës (Arbëreshë): fpdf2 with embedded DejaVu (CID Type0) fonts, bilingual letterhead and number line repeated on both pages, boxed OGGETTO, Albanian subject under it",
 "operative_points": 5,
 "act": {"municipality": "Comune di Frascineto", "organ": "Sindaco", "kind": "ordinanza", "number": 11, "date": "2026-04-01",
  "subject": "Disciplina temporanea della circolazione e della sosta in occasione dei festeggiamenti della Vallja di martedì dopo Pasqua, 7 aprile 2026."}},
{"file": "attestazione-sancostantinoalbanese-groff.pdf", "role": "certificate",
 "what": "certificate of publication (Vërtetim botimi) of Giunta deliberation 18 of 24.03.2026, published 26.03-10.04.2026 (register n. 142), issued 11.04.2026 (groff -ms, gropdf)",
 "act": {"municipality": "Comune di San Costantino Albanese", "kind": "attestazione", "number": 18, "date": "2026-03-24",
  "subject": "Approvazione del programma delle manifestazioni culturali arbëreshe per l’estate 2026 e concessione del patrocinio all’Associazione Vatra Arbëreshe."}},
{"file": "deliberazione-contessaentellina-word.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 9/2026 of Contessa Entellina / Bashkia e Kundisës: Word document with the letterhead in the page header, number/date/OGGETTO table with a merged cell, roll in two side-by-side halves under a merged heading, P/A marks, majority vote with counts (python-docx, LibreOffice)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Contessa Entellina", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 9, "date": "2026-03-30", "time": "18:00",
  "subject": "Approvazione del Regolamento comunale per la tutela e la valorizzazione della lingua e della cultura arbëreshe.",
  "attendees": [A("DI MAGGIO Rosaria", "Consigliere"), A("SCHIRÒ Giorgio", "Consigliere"), A("LALA Domenico", "Consigliere"), A("PARRINO Anna", "Consigliere", False), A("CUCCIA Salvatore", "Consigliere"),
                A("MATRANGA Giuseppina", "Consigliere"), A("BECCADELLI Marco", "Consigliere"), A("ALESSI Francesca", "Consigliere", False), A("SPATA Nicolò", "Consigliere"), A("MUSACCHIA Elena", "Consigliere")],
  "president": {"role": "Presidente del Consiglio", "name": "Giorgio Schirò"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Vincenzo Genova"},
  "vote": "majority", "vote_counts": {"present": 8, "voters": 7, "in_favour": 6, "against": 1, "abstained": 1},
  "immediately_executive": False}},
{"file": "avviso-coseano-latex.pdf", "role": "notice",
 "what": "unnumbered AVVISO / AVÍS of Coseano / Comun di Cosean (Friulian), Italian with Friulian paragraphs in italics; letter-spaced heading (microtype \\lsstyle), running head with Area/Servizio (pdfLaTeX)",
 "act": {"municipality": "Comune di Coseano", "organ": "Area Tecnica", "office": "Servizio Ambiente", "kind": "avviso", "date": "2026-04-08",
  "subject": "RACCOLTA STRAORDINARIA DEI RIFIUTI INGOMBRANTI E DEI RAEE A DOMICILIO – APRILE 2026"}},
{"file": "determinazione-comungeneraldefascia-wkhtml.pdf", "role": "act",
 "what": "determinazione 88/2026 of the responsible of the social-care service of the Comun General de Fascia (Ladin/Italian labels in a grey label grid), proposal 102 of 31.03.2026, bulleted dispositive part (wkhtmltopdf)",
 "operative_points": 4,
 "act": {"municipality": "Comun General de Fascia", "organ": "Responsabile del Servizio", "office": "Servizio Socio-Assistenziale", "kind": "determinazione",
  "number": 88, "date": "2026-04-03", "proposal_number": 102, "proposal_date": "2026-03-31",
  "subject": "Affidamento del servizio di trasporto per persone con disabilità verso i centri diurni della valle per il periodo aprile-dicembre 2026. CIG B81E6D4A90. Impegno di spesa."}},
{"file": "allegato-vialattea-calc.pdf", "role": "attachment",
 "what": "Allegato A to Giunta dell'Unione deliberation 12/2026 of the Unione Montana dei Comuni Olimpici – Via Lattea: table of 12 trail works, landscape, file name as running head (openpyxl, LibreOffice Calc)",
 "act": {"municipality": "Unione Montana dei Comuni Olimpici – Via Lattea"}},
{"file": "deliberazione-apspfassa-chromium.pdf", "role": "act",
 "what": "deliberation 6/2026 of the Consiglio di Amministrazione of the APSP di Fassa (Italian/Ladin name), number and date in a boxed grid beside the letterhead, roll in prose, director as secretary (Chromium)",
 "operative_points": 4,
 "act": {"municipality": "Azienda Pubblica di Servizi alla Persona di Fassa", "organ": "Consiglio di Amministrazione", "kind": "deliberazione", "number": 6, "date": "2026-03-20", "time": "14:30",
  "subject": "Approvazione del bilancio d'esercizio 2025 e della relazione sulla gestione.",
  "attendees": [A("Elena Pederiva", "Presidente"), A("Paolo Bernard", "Vicepresidente"), A("Chiara Soraperra", "Consigliera"), A("Stefano Dellantonio", "Consigliere", False), A("Lucia Chiocchetti", "Consigliera")],
  "president": {"role": "Presidente", "name": "Elena Pederiva"},
  "secretary": {"title": "dott.", "role": "Direttore", "name": "Thomas Lorenz"},
  "vote": "unanimous", "immediately_executive": True}},
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
assert len(K) == 12
raise SystemExit(1 if bad else 0)
