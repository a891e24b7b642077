# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "deliberazione-marlengo-writer.pdf", "role": "act",
 "what": "Giunta comunale deliberation 87/2026 of Marlengo/Marling, German and Italian side by side in a two-column table (LibreOffice Writer); roll table with separate German and Italian role columns",
 "operative_points": 4,
 "act": {"municipality": "Comune di Marlengo", "organ": "Giunta comunale", "kind": "deliberazione", "number": 87, "date": "2026-03-17", "time": "18:00",
  "subject": "Approvazione del progetto esecutivo per il risanamento del marciapiede in via Palade – CUP J61B25000410004",
  "attendees": [A("Pircher Felix", "Sindaco"), A("Gamper Martina", "Vicesindaca"), A("Laimer Andreas", "Assessore"), A("Kofler Sabine", "Assessora", False), A("Waldner Thomas", "Assessore")],
  "president": {"role": "Sindaco", "name": "Felix Pircher"},
  "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Stefan Rainer"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-montenars-insiel.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 12/2026 of Montenars/Občina Gorjani, each Italian paragraph followed by its Slovene version; roll in two side-by-side columns; majority vote with counts",
 "operative_points": 3,
 "act": {"municipality": "Comune di Montenars", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 12, "date": "2026-03-26", "time": "20:30",
  "subject": "Approvazione del Regolamento comunale per l'utilizzo delle sale e degli spazi pubblici.",
  "attendees": [A("Zamolo Claudio", "Sindaco"), A("Madussi Erika", "Consigliere"), A("Londero Paolo", "Consigliere"), A("Pauluzzi Elena", "Consigliere"), A("Treppo Marco", "Consigliere"), A("Rovere Giada", "Consigliere", False),
                A("Venchiarutti Ivan", "Consigliere"), A("Calligaro Sonia", "Consigliere"), A("Fabris Luca", "Consigliere"), A("Cargnelutti Mauro", "Consigliere", False), A("Patat Denis", "Consigliere")],
  "president": {"title": "sig.", "role": "Sindaco", "name": "Zamolo Claudio"},
  "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Lorena Mattiussi"},
  "vote": "majority", "vote_counts": {"present": 9, "voters": 9, "in_favour": 7, "against": 2, "abstained": 0},
  "immediately_executive": True}},
{"file": "deliberazione-aspreggioemilia-civilia.pdf", "role": "act",
 "what": "deliberation 9/2026 of the Consiglio di Amministrazione of an ASP (public company of personal services); roll in prose; lines justified with Tw, headings letter-spaced with Tc",
 "operative_points": 5,
 "act": {"municipality": "ASP Reggio Emilia – Città delle Persone", "organ": "Consiglio di Amministrazione", "kind": "deliberazione", "number": 9, "date": "2026-03-19", "time": "15:00",
  "subject": "AGGIORNAMENTO DELLE RETTE DI OSPITALITÀ NELLE CASE RESIDENZA ANZIANI A GESTIONE DIRETTA E NEI CENTRI DIURNI PER L'ANNO 2026.",
  "attendees": [A("Marco Ferretti", "Presidente"), A("Giulia Incerti", "Vicepresidente"), A("Davide Bonacini", "Consigliere", False)],
  "president": {"title": "dott.", "role": "Presidente", "name": "Marco Ferretti"},
  "secretary": {"title": "dott.ssa", "role": "Direttore Generale", "name": "Silvia Montanari"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-saracena-halley.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica, sector n. 58 of 12/03/2026, general register n. 214 of 13/03/2026: an 80-column Courier report in capitals with character-drawn boxes and dotted leaders (enscript + Ghostscript)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Saracena", "organ": "AREA TECNICA", "office": "SERVIZIO LAVORI PUBBLICI E MANUTENZIONI", "kind": "determinazione",
  "number": 214, "sector_number": 58, "date": "2026-03-13",
  "subject": "LAVORI DI MANUTENZIONE STRAORDINARIA DELLA VIABILITA’ RURALE IN LOCALITA’ CAMPOLONGO E SAN NICOLA - AFFIDAMENTO DIRETTO AI SENSI DELL’ART. 50, COMMA 1, LETT. A) DEL D.LGS. 36/2023 - IMPEGNO DI SPESA - CIG B7C1E04A2F"}},
{"file": "determinazione-montcervin-chromium.pdf", "role": "act",
 "what": "determinazione 34/2026 of the responsible of the personal services of an Unité des Communes valdôtaines: French/Italian letterhead and labels (N° / N., Objet / Oggetto), Italian body (Chromium)",
 "operative_points": 3,
 "act": {"municipality": "Unione dei Comuni valdostani Mont-Cervin", "organ": "Responsabile del Servizio", "office": "Servizi alla persona", "kind": "determinazione",
  "number": 34, "date": "2026-03-10", "proposal_number": 41, "proposal_date": "2026-03-06",
  "subject": "Affidamento del servizio di trasporto dei pasti a domicilio per gli utenti anziani dei Comuni dell'Unité per il periodo 1° aprile 2026 – 31 marzo 2027. CIG B8A3D21F07. Impegno di spesa."}},
{"file": "determinazione-provasti-sicraweb.pdf", "role": "act",
 "what": "DETERMINAZIONE DIRIGENZIALE 412/2026 of a Provincia, register box as a grey-labelled table, proposal 498 of 09/03/2026, bulleted dispositive part (wkhtmltopdf)",
 "operative_points": 4,
 "act": {"municipality": "Provincia di Asti", "organ": "SETTORE INFRASTRUTTURE, VIABILITÀ E EDILIZIA", "office": "Servizio Manutenzione Strade Provinciali", "kind": "determinazione",
  "number": 412, "date": "2026-03-11", "proposal_number": 498, "proposal_date": "2026-03-09",
  "subject": "S.P. 10 \"Padana Inferiore\" – Lavori di ripristino del piano viabile tra le progressive km 21+300 e km 22+150 in Comune di Villanova d'Asti – Approvazione del certificato di regolare esecuzione e liquidazione del saldo. CUP F37H25000880003 – CIG B5E90A1C44."}},
{"file": "ordinanza-montediprocida-kibernetes.pdf", "role": "act",
 "what": "ordinanza sindacale contingibile e urgente 15/2026: every glyph placed on its own (Tm+Tj per glyph), justified by moving glyphs; Albo stamp rotated 90° along the left margin",
 "operative_points": 4,
 "act": {"municipality": "Comune di Monte di Procida", "organ": "Sindaco", "kind": "ordinanza", "number": 15, "date": "2026-03-13",
  "subject": "Chiusura temporanea al transito pedonale e veicolare di via Panoramica nel tratto compreso tra via Torrione e via Miliscola per rischio di caduta massi dal costone tufaceo."}},
{"file": "bando-marsiconuovo-word.pdf", "role": "act",
 "what": "numbered BANDO PUBBLICO N. 2/2026 for grants to shops of the historic centre, protocol 2871 of 16/03/2026; Word template with Area/Servizio in the running head (python-docx, LibreOffice)",
 "act": {"municipality": "Comune di Marsico Nuovo", "organ": "AREA AMMINISTRATIVA", "office": "Servizio Attività Produttive e SUAP", "kind": "bando", "number": 2, "date": "2026-03-16",
  "subject": "CONTRIBUTI A FONDO PERDUTO PER IL SOSTEGNO DELLE ATTIVITÀ COMMERCIALI E ARTIGIANALI DEL CENTRO STORICO – ANNUALITÀ 2026"}},
{"file": "attestazione-nulvi-siscom.pdf", "role": "certificate",
 "what": "certificate of publication of Giunta deliberation 31 of 05/03/2026, affixed 09/03/2026 (register n. 188): a typewriter-like Courier form whose blanks are filled between underscores",
 "act": {"municipality": "Comune di Nulvi", "kind": "attestazione", "number": 31, "date": "2026-03-05",
  "subject": "Concessione contributo straordinario all'Associazione Turistica Pro Loco di Nulvi per l'organizzazione dei riti della Settimana Santa 2026."}},
{"file": "allegato-montecastellodivibio-calc.pdf", "role": "attachment",
 "what": "Allegato A to determinazione 47/2026: list of 23 pseudonymised beneficiaries of the school-book grant, a spreadsheet printed landscape by LibreOffice Calc over 2 pages, header row repeated, file name in the running head",
 "act": {"municipality": "Comune di Monte Castello di Vibio"}},
{"file": "convocazione-sarcidano-apkappa.pdf", "role": "notice",
 "what": "letter convening the Assemblea of an Unione dei Comuni for 20/03/2026 at 17:00, protocol 1146 of 12/03/2026; letterhead and foot are Form XObjects reused on both pages; blocks drawn out of reading order",
 "act": {"municipality": "Unione dei Comuni del Sarcidano Barbagia di Seulo", "kind": "convocazione", "date": "2026-03-12",
  "subject": "Convocazione dell'Assemblea dell'Unione – seduta ordinaria del 20 marzo 2026."}},
{"file": "avviso-liscianoniccone-latex.pdf", "role": "notice",
 "what": "unnumbered AVVISO to citizens on school-transport enrolment, pdfLaTeX with a letter-spaced 'A V V I S O' heading and a small-caps Area/Servizi line",
 "act": {"municipality": "Comune di Lisciano Niccone", "organ": "Area Amministrativa", "office": "Servizi Scolastici", "kind": "avviso", "date": "2026-03-13",
  "subject": "ISCRIZIONI AL SERVIZIO DI TRASPORTO SCOLASTICO A.S. 2026/2027"}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
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
    print(k["file"], "MISSING:" if miss else "ok", miss)
