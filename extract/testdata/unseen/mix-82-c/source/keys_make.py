# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "determinazione-vobarno-word.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica whose heading joins both registers on one line: 'DETERMINAZIONE N. 47 DEL 10/03/2026 – REG. GEN. N. 311 DEL 12/03/2026'; Area/Servizio in the Word running head (python-docx, LibreOffice)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Vobarno", "organ": "AREA TECNICA", "office": "Servizio Lavori Pubblici e Patrimonio", "kind": "determinazione",
  "number": 311, "sector_number": 47, "date": "2026-03-12",
  "subject": "LAVORI DI MESSA IN SICUREZZA DEL PONTE SUL FIUME CHIESE IN VIA GIUSEPPE MAZZINI – APPROVAZIONE DEL PROGETTO ESECUTIVO E DETERMINAZIONE A CONTRARRE – CUP C27H25001120004"}},
{"file": "determinazione-valdengo-halley.pdf", "role": "act",
 "what": "determinazione of the Responsabile del Servizio Finanziario e Tributi, boxed line 'N. Reg. Gen. 311 / N. Reg. Sett. 47 del 17/03/2026'; justified lines drawn with Tw, headings letter-spaced with Tc (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Valdengo", "organ": "Responsabile del Servizio", "office": "SERVIZIO FINANZIARIO E TRIBUTI", "kind": "determinazione",
  "number": 311, "sector_number": 47, "date": "2026-03-17",
  "subject": "AFFIDAMENTO DEL SERVIZIO DI SUPPORTO ALLA RISCOSSIONE COATTIVA DELLE ENTRATE TRIBUTARIE PER IL BIENNIO 2026-2027. CIG B9F2C71E30. IMPEGNO DI SPESA."}},
{"file": "determinazione-tarsia-kibernetes.pdf", "role": "act",
 "what": "determinazione of the Area Amministrativa with a register box: merged heading cells 'REGISTRO DI SETTORE' / 'REGISTRO GENERALE' over 'Numero' and 'Data' cells for each (23 of 05/03/2026, 139 of 06/03/2026) (fpdf2)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Tarsia", "organ": "AREA AMMINISTRATIVA", "office": "Servizio Affari Generali e Servizi Demografici", "kind": "determinazione",
  "number": 139, "sector_number": 23, "date": "2026-03-06",
  "subject": "Fornitura di arredi per la nuova sala consiliare e per l'ufficio anagrafe. Affidamento diretto alla ditta Arredufficio Sud S.r.l. - CIG B83D09A2C1 - Impegno di spesa."}},
{"file": "determinazione-cittareale-chromium.pdf", "role": "act",
 "what": "determinazione of the Responsabile del Settore n. 12 of 09/03/2026 in two CSS columns; the general register number (87 of 10/03/2026) is written only in the certificate of publication on page 2 (Chromium)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Cittareale", "organ": "Settore II – Tecnico Manutentivo", "kind": "determinazione",
  "number": 87, "sector_number": 12, "date": "2026-03-10",
  "subject": "Servizio di sgombero neve e trattamento antighiaccio delle strade comunali – Liquidazione del secondo acconto stagione invernale 2025/2026 alla ditta Velino Servizi S.n.c. – CIG B4A71E92D5."}},
{"file": "determinazione-buonalbergo-enscript.pdf", "role": "act",
 "what": "80-column Courier determinazione of the Responsabile del Servizio, 'N. 31 DEL 16.3.2026   Reg. Gen. 118' on one line; the Settore is named only in the signature block (enscript + Ghostscript)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Buonalbergo", "organ": "Responsabile del Servizio", "office": "SETTORE AMMINISTRATIVO - CONTABILE", "kind": "determinazione",
  "number": 118, "sector_number": 31, "date": "2026-03-16",
  "subject": "Acquisto di materiale di cancelleria e toner per gli uffici comunali - Affidamento diretto tramite MePA alla ditta Sannio Ufficio S.r.l. - CIG B6D2F08E47 - Impegno di spesa."}},
{"file": "determinazione-montefalconenelsannio-sicraweb.pdf", "role": "act",
 "what": "determinazione with a grey-labelled grid: Area, Ufficio, 'Proposta n. 62 del 20/03/2026', 'N. 47/2026 R.G. – n. 19 di Area – del 23/03/2026'; bulleted dispositive part (wkhtmltopdf)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Montefalcone nel Sannio", "organ": "AREA TECNICA", "office": "Ufficio Urbanistica ed Edilizia Privata", "kind": "determinazione",
  "number": 47, "sector_number": 19, "date": "2026-03-23", "proposal_number": 62, "proposal_date": "2026-03-20",
  "subject": "Conferimento dell'incarico professionale per la redazione della variante al Piano di Recupero del centro storico – Affidamento diretto all'arch. Luca Di Iorio – CIG B2E8A07C93."}},
{"file": "deliberazione-ovindoli-latex.pdf", "role": "act",
 "what": "Giunta comunale deliberation 22/2026, date in words ('addì diciotto del mese di marzo'), roll table with P/A marks, letter-spaced headings (pdfLaTeX microtype), number repeated in the running head",
 "operative_points": 3,
 "act": {"municipality": "Comune di Ovindoli", "organ": "Giunta comunale", "kind": "deliberazione", "number": 22, "date": "2026-03-18", "time": "13:30",
  "subject": "Approvazione delle tariffe per l’utilizzo del palazzetto dello sport e degli impianti sportivi comunali per l’anno 2026.",
  "attendees": [A("ANGELOSANTE Simone", "Sindaco"), A("DI FABIO Laura", "Vice Sindaco"), A("CIPRIANI Roberto", "Assessore", False)],
  "president": {"role": "Sindaco", "name": "Simone Angelosante"},
  "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Anna Maria Ciccone"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-roccellavaldemone-glyph.pdf", "role": "act",
 "what": "determinazione of the Area Economico-Finanziaria, 'DETERMINAZIONE N. 9 DEL 04/03/2026 – REG. GEN. N. 52 DEL 05/03/2026'; every glyph its own text object (justified by moving glyphs); Albo stamp rotated 90° in the left margin (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Roccella Valdemone", "organ": "Area Economico-Finanziaria", "kind": "determinazione",
  "number": 52, "sector_number": 9, "date": "2026-03-05",
  "subject": "Rimborso ai contribuenti di somme versate e non dovute a titolo di IMU per l'anno d'imposta 2024. Impegno e liquidazione."}},
{"file": "attestazione-fiumalbo-groff.pdf", "role": "certificate",
 "what": "certificate of publication (03/03–18/03/2026, register n. 121) of the Area Tecnica determinazione n. 18 di settore, Reg. Gen. 64 of 02/03/2026 (groff -ms, PostScript, Ghostscript)",
 "act": {"municipality": "Comune di Fiumalbo", "kind": "attestazione", "number": 64, "sector_number": 18, "date": "2026-03-02",
  "subject": "Manutenzione ordinaria degli impianti di illuminazione pubblica per l’anno 2026 – Affidamento alla ditta Frignano Impianti S.r.l. – CIG B1F3A60D28"}},
{"file": "allegato-zianodifiemme-calc.pdf", "role": "attachment",
 "what": "Allegato A to determinazione of the Segretario comunale n. 14 of 11/03/2026 (Reg. Gen. 73): table of grants to associations, spreadsheet printed landscape by LibreOffice Calc, file name in the running head",
 "act": {"municipality": "Comune di Ziano di Fiemme"}},
{"file": "determinazione-pievetorina-apkappa.pdf", "role": "act",
 "what": "determinazione of the Responsabile del Servizio Ricostruzione, register box 'Registro di Settore N. 8 del 24/03/2026' / 'Registro Generale N. 96 del 26/03/2026 – Proposta N. 131 del 23/03/2026'; 'addì ventisei del mese di marzo'; letterhead and foot are Form XObjects; blocks drawn out of reading order (reportlab), 2 pages",
 "operative_points": 4,
 "act": {"municipality": "Comune di Pieve Torina", "organ": "Responsabile del Servizio", "office": "Servizio Ricostruzione", "kind": "determinazione",
  "number": 96, "sector_number": 8, "date": "2026-03-26", "proposal_number": 131, "proposal_date": "2026-03-23",
  "subject": "Contributo per la riparazione con rafforzamento locale dell'edificio residenziale in via Sant'Agostino n. 14, danneggiato dagli eventi sismici del 2016 – Concessione del contributo – Pratica MUDE n. 043037-2026-0112."}},
{"file": "avviso-ruvodelmonte-writer.pdf", "role": "notice",
 "what": "AVVISO PUBBLICO for rent grants, protocol 1502 of 13/03/2026, issued under determinazione n. 11 (Reg. Gen. n. 58) of 12/03/2026 (HTML opened as a Writer document, LibreOffice)",
 "act": {"municipality": "Comune di Ruvo del Monte", "organ": "Area Amministrativa", "office": "Servizi Sociali", "kind": "avviso", "date": "2026-03-13",
  "subject": "CONTRIBUTI PER IL PAGAMENTO DEI CANONI DI LOCAZIONE – ANNO 2026"}},
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
sys.exit(1 if bad else 0)
