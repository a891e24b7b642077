# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
K = [
{"file": "decreto-cmtorino-chromium.pdf", "role": "act",
 "what": "decreto del Sindaco metropolitano 38/2026 of the Città metropolitana di Torino; number in a box top right beside the letterhead, date under the heading (Chromium)",
 "operative_points": 3,
 "act": {"municipality": "Città metropolitana di Torino", "organ": "Sindaco metropolitano", "office": "Direzione Viabilità 1", "kind": "decreto", "number": 38, "date": "2026-02-17",
  "subject": "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON I COMUNI DELLA ZONA OMOGENEA 4 PER LA GESTIONE ASSOCIATA DEL SERVIZIO DI MANUTENZIONE DELLA RETE CICLABILE METROPOLITANA.",
  "immediately_executive": True}},
{"file": "ordinanza-settimotorinese-kibernetes.pdf", "role": "act",
 "what": "ordinanza dirigenziale of the Polizia Locale, 'Registro ordinanze n. 112', traffic (no parking, alternating one-way); every glyph drawn on its own, lines justified by moving glyphs (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Città di Settimo Torinese", "organ": "Polizia Locale", "office": "Ufficio Viabilità e Segnaletica", "kind": "ordinanza", "number": 112, "date": "2026-02-09",
  "subject": "Istituzione del divieto di sosta con rimozione forzata e del senso unico alternato in via Italia, tratto compreso tra via Roma e via Cavour, dal 16 al 27 febbraio 2026 per lavori di allaccio alla rete del teleriscaldamento."}},
{"file": "determinazione-collegno-writer.pdf", "role": "act",
 "what": "determinazione a contrarre with CIG, sector n. 47, Reg. Gen. 311 of 12/02/2026, proposal 402 of 10/02/2026 in a bordered register table (HTML through LibreOffice Writer)",
 "operative_points": 4,
 "act": {"municipality": "Città di Collegno", "organ": "SETTORE LAVORI PUBBLICI E PATRIMONIO", "office": "Servizio Manutenzioni", "kind": "determinazione",
  "number": 311, "sector_number": 47, "date": "2026-02-12", "proposal_number": 402, "proposal_date": "2026-02-10",
  "subject": "DETERMINAZIONE A CONTRARRE PER L'AFFIDAMENTO DIRETTO DEL SERVIZIO DI MANUTENZIONE DEGLI IMPIANTI SEMAFORICI CITTADINI PER L'ANNO 2026 AI SENSI DELL'ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023. CIG B9F2C71A30."}},
{"file": "ordinanza-sommalombardo-jiride.pdf", "role": "act",
 "what": "ordinanza of the Settore Mobilità e Trasporti whose number and date are printed only in a labelled box top right ('ORDINANZA N.' / '23', 'DATA' / '19.02.2026'); fpdf2",
 "operative_points": 3,
 "act": {"municipality": "Comune di Somma Lombardo", "organ": "Settore Mobilità e Trasporti", "kind": "ordinanza", "number": 23, "date": "2026-02-19",
  "subject": "Modifica temporanea della viabilità in via Giuseppe Mazzini e piazza Vittorio Veneto in occasione del Carnevale sommese del 22 febbraio 2026."}},
{"file": "decreto-cassanomagnago-latex.pdf", "role": "act",
 "what": "decreto sindacale 4/2026 appointing the Responsabile of the Area Tecnica; no date at the top, only in words at the end ('Dato a Cassano Magnago, il giorno dodici del mese di febbraio dell'anno duemilaventisei'); pdfLaTeX with letter-spaced headings",
 "operative_points": 3,
 "act": {"municipality": "Comune di Cassano Magnago", "organ": "Sindaco", "kind": "decreto", "number": 4, "date": "2026-02-12",
  "subject": "Nomina del Responsabile dell’Area Tecnica – Settore Lavori Pubblici e Ambiente e conferimento dell’incarico di Elevata Qualificazione."}},
{"file": "ordinanza-arcore-wkhtml.pdf", "role": "act",
 "what": "ordinanza sindacale contingibile e urgente 'n. 9 del 3.2.2026' (drinking-water ban); wkhtmltopdf",
 "operative_points": 4,
 "act": {"municipality": "Comune di Arcore", "organ": "Sindaco", "kind": "ordinanza", "number": 9, "date": "2026-02-03",
  "subject": "Misure urgenti per la tutela della salute pubblica: divieto di utilizzo dell'acqua erogata dalla rete idrica per uso potabile nelle vie Casati, Gilera e Monte Grappa."}},
{"file": "determinazione-valmadrera-halley.pdf", "role": "act",
 "what": "determina a contrarre with CIG, 80-column Courier capitals with a character-drawn box: sector n. 18 of 05/02/2026, Reg. Gen. n. 96 of 06/02/2026 (enscript + Ghostscript)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Valmadrera", "organ": "AREA AMMINISTRATIVA", "office": "SERVIZIO CULTURA E BIBLIOTECA", "kind": "determinazione",
  "number": 96, "sector_number": 18, "date": "2026-02-06",
  "subject": "DETERMINA A CONTRARRE PER LA FORNITURA DI LIBRI E MATERIALE MULTIMEDIALE PER LA BIBLIOTECA CIVICA - ANNO 2026 - AFFIDAMENTO DIRETTO TRAMITE PIATTAFORMA SINTEL - CIG B8D4A19E52"}},
{"file": "ordinanza-scorze-groff.pdf", "role": "act",
 "what": "2-page Polizia Locale traffic ordinanza whose number and date appear only in the running foot 'Ordinanza n. 15 del 24/02/2026' repeated on each page with 'pag. N di 2' (groff -ms, Ghostscript)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Scorzè", "organ": "Polizia Locale", "kind": "ordinanza", "number": 15, "date": "2026-02-24",
  "subject": "Regolamentazione temporanea della circolazione in via Venezia (S.R. 515) per lavori di rifacimento della segnaletica orizzontale."}},
{"file": "decreto-cadoneghe-word.pdf", "role": "act",
 "what": "decreto del Sindaco n. 3 of 02/02/2026 appointing the Vicesindaco; Word template with letterhead in the running head (python-docx, LibreOffice)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Cadoneghe", "organ": "Sindaco", "kind": "decreto", "number": 3, "date": "2026-02-02",
  "subject": "Nomina del Vicesindaco e attribuzione delle deleghe assessorili."}},
{"file": "attestazione-sedico-apkappa.pdf", "role": "certificate",
 "what": "certificate of publication of ordinanza 21 of 10/02/2026 of the Area Tecnica (published 11/02–26/02/2026, register n. 164); letterhead and foot are Form XObjects, signature/body drawn before the heading, Albo stamp rotated 90° in the left margin",
 "act": {"municipality": "Comune di Sedico", "kind": "attestazione", "number": 21, "date": "2026-02-10",
  "subject": "Divieto di transito in via Gresal per lavori di consolidamento del muro di sostegno a valle della carreggiata."}},
{"file": "ordinanza-savignone-civilia.pdf", "role": "act",
 "what": "ordinanza of the Servizio di Polizia Locale, 'Registro ordinanze n. 6/2026', date in words-and-figures 'Savignone, 13 febbraio 2026'; each justified line sets Tw, headings letter-spaced with Tc (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Savignone", "organ": "Servizio di Polizia Locale", "kind": "ordinanza", "number": 6, "date": "2026-02-13",
  "subject": "Divieto di transito ai veicoli di massa superiore a 3,5 t sulla strada comunale di Isorelle per cedimento della carreggiata."}},
{"file": "allegato-pontedassio-calc.pdf", "role": "attachment",
 "what": "Allegato A to ordinanza 5/2026: calendar of road closures, a spreadsheet with merged cells (lot and street cells spanning rows) printed landscape by LibreOffice Calc, file name in the running head",
 "act": {"municipality": "Comune di Pontedassio"}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower(); a = k.get("act", {})
    strs = [(f, a[f]) for f in ("municipality", "organ", "office", "subject") if f in a]
    for p in a.get("attendees", []): strs += [("att", p["name"]), ("role", p["role"])]
    for f in ("president", "secretary"):
        if f in a: strs += [(f, v) for v in a[f].values()]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
raise SystemExit(1 if bad else 0)
