# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "determinazione-amaseno-writer.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica with the one-line register box 'DETERMINAZIONE N. 47 / AREA TECNICA / REG. GEN. N. 311', date 'del 9.3.2026'; office printed under the letterhead (HTML opened by LibreOffice Writer)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Amaseno", "organ": "AREA TECNICA", "office": "Servizio Manutenzioni e Patrimonio", "kind": "determinazione",
  "number": 311, "sector_number": 47, "date": "2026-03-09",
  "subject": "Lavori di manutenzione straordinaria della copertura della scuola primaria di via Roma – Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. 36/2023 – CIG B9F2A41C07 – Impegno di spesa."}},
{"file": "determinazione-castrodeivolsci-halley.pdf", "role": "act",
 "what": "determinazione with the register code 'DT-2026-208' in a box and 'Registro di settore n. 19 del 12 marzo 2026'; every glyph its own Tm+Tj, lines justified by moving glyphs (reportlab)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Castro dei Volsci", "organ": "Area Amministrativa", "office": "Servizi Sociali", "kind": "determinazione",
  "number": 208, "sector_number": 19, "date": "2026-03-12",
  "subject": "Concessione contributo economico straordinario a nucleo familiare in condizioni di disagio socio-economico – Impegno e liquidazione."}},
{"file": "determinazione-prossedi-chromium.pdf", "role": "act",
 "what": "determinazione whose number is only in a grey-labelled table cell 'N. Reg. | 62', proposal 70 of 13/03/2026 in the same grid, subject in a merged cell; office top right of the letterhead (Chromium)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Prossedi", "organ": "Settore Polizia Locale", "office": "Servizio Viabilità e Traffico", "kind": "determinazione",
  "number": 62, "date": "2026-03-16", "proposal_number": 70, "proposal_date": "2026-03-13",
  "subject": "Acquisto di segnaletica stradale verticale per le strade comunali – Affidamento alla ditta Segnal Sud S.r.l. – CIG B3D7E19A55"}},
{"file": "determinazione-camerota-sicraweb.pdf", "role": "act",
 "what": "determinazione 'n. 52/AT del 17/03/2026' (sector number with area suffix); the general register n. 389 of 18/03/2026 only in the registration note on the last page; office only in the running foot (fpdf2, 2 pages)",
 "operative_points": 5,
 "act": {"municipality": "Comune di Camerota", "organ": "AREA TECNICA", "office": "Servizio Demanio Marittimo e Ambiente", "kind": "determinazione",
  "number": 389, "sector_number": 52, "date": "2026-03-18",
  "subject": "Servizio di pulizia degli arenili comunali di Marina di Camerota e Lentiscelle – stagione balneare 2026 – Approvazione verbali di gara e aggiudicazione – CIG B6A0C3D812"}},
{"file": "determinazione-torelladeilombardi-enscript.pdf", "role": "act",
 "what": "determinazione of the Responsabile del Servizio Finanziario n. 9 of 05/03/2026, Registro generale n. 74, in an 80-column Courier report with character-drawn box and dotted leader (enscript + Ghostscript)",
 "operative_points": 3,
 "act": {"municipality": "COMUNE DI TORELLA DEI LOMBARDI", "organ": "AREA ECONOMICO-FINANZIARIA", "office": "SERVIZIO FINANZIARIO E TRIBUTI", "kind": "determinazione",
  "number": 74, "sector_number": 9, "date": "2026-03-05",
  "subject": "RIMBORSO DI SOMME ERRONEAMENTE VERSATE A TITOLO DI IMU - ANNUALITA 2024 - LIQUIDAZIONE A FAVORE DI N. 3 CONTRIBUENTI"}},
{"file": "determinazione-altocilento-wkhtml.pdf", "role": "act",
 "what": "determinazione of the Responsabile of the Centrale Unica di Committenza of an Unione dei Comuni (n. 14 of 19/03/2026, Registro generale n. 102) naming a tender commission for a member Comune; register line and subject in a bordered box (wkhtmltopdf)",
 "operative_points": 4,
 "act": {"municipality": "Unione dei Comuni Alto Cilento", "organ": "CENTRALE UNICA DI COMMITTENZA", "kind": "determinazione",
  "number": 102, "sector_number": 14, "date": "2026-03-19",
  "subject": "Procedura aperta per l'affidamento dei lavori di messa in sicurezza della strada comunale Fontana Vecchia per conto del Comune di Perdifumo – Nomina della commissione giudicatrice – CUP D47H25001230002 – CIG B4C8E2F611."}},
{"file": "determinazione-padria-latex.pdf", "role": "act",
 "what": "DETERMINAZIONE N. 27/2026 R.G. dated only in words ('addì diciannove del mese di marzo' 2026); area and office only in the footer (pdfLaTeX)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Padria", "organ": "Area Amministrativa", "office": "Ufficio Cultura e Turismo", "kind": "determinazione",
  "number": 27, "date": "2026-03-19",
  "subject": "Organizzazione della manifestazione culturale Padria in festa 2026 – Impegno di spesa a favore dell’Associazione Culturale Gurulis Vetus."}},
{"file": "determinazione-genoni-reportlab.pdf", "role": "act",
 "what": "determinazione in a label grid (AREA / UFFICIO / DETERMINAZIONE 'N. 33 del 20.3.2026' / REG. GEN. 141); lines justified with Tw, headings letter-spaced with Tc (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Genoni", "organ": "Area Tecnico-Manutentiva", "office": "Patrimonio e Ambiente", "kind": "determinazione",
  "number": 141, "sector_number": 33, "date": "2026-03-20",
  "subject": "Servizio di sfalcio e pulizia delle aree verdi comunali e del Parco della Giara – Proroga tecnica e integrazione impegno di spesa."}},
{"file": "determinazione-cianciana-groff.pdf", "role": "act",
 "what": "DETERMINA A CONTRARRE: 'Determinazione Dirigenziale n. 58 del 23/03/2026 (Reg. Gen. n. 217)'; office in the page foot (groff -ms → ps2pdf)",
 "operative_points": 4,
 "act": {"municipality": "COMUNE DI CIANCIANA", "organ": "SETTORE TECNICO", "office": "Ufficio Lavori Pubblici e Manutenzioni", "kind": "determinazione",
  "number": 217, "sector_number": 58, "date": "2026-03-23",
  "subject": "Determina a contrarre per l’affidamento del servizio di manutenzione della pubblica illuminazione – Anno 2026 – CIG B1E4C7A903."}},
{"file": "deliberazione-blufi-word.pdf", "role": "act",
 "what": "Giunta Municipale deliberation 21 of 24/03/2026 (proposal 25 of 20/03/2026), roll table with a P / A column, unanimous, immediately executive under L.R. 44/1991 (python-docx → LibreOffice)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Blufi", "organ": "Giunta Municipale", "kind": "deliberazione", "number": 21, "date": "2026-03-24", "time": "13:00",
  "proposal_number": 25, "proposal_date": "2026-03-20",
  "subject": "Assegnazione risorse al Responsabile dell'Area Amministrativa per la manifestazione \"Blufi d'Estate 2026\".",
  "attendees": [A("Migliazzo Salvatore", "Sindaco"), A("Guarcello Rosalia", "Vice Sindaco"), A("Di Gangi Antonino", "Assessore", False), A("Castiglia Giuseppina", "Assessore")],
  "president": {"role": "Sindaco", "name": "Salvatore Migliazzo"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Maria Lo Bue"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "attestazione-mugnanodelcardinale-maggioli.pdf", "role": "certificate",
 "what": "certificate of publication of determinazione 61 of 10/03/2026 (Area Amministrativa), published 11/03-26/03/2026 (reg. pubbl. 256/2026), issued 27/03/2026; letterhead and foot are Form XObjects, body drawn before the heading, rotated Albo stamp",
 "act": {"municipality": "Comune di Mugnano del Cardinale", "kind": "attestazione", "number": 61, "date": "2026-03-10",
  "subject": "Affidamento del servizio di manutenzione ordinaria degli impianti di riscaldamento degli edifici comunali per la stagione termica 2026/2027 – Impegno di spesa."}},
{"file": "allegato-sangiovannigemini-calc.pdf", "role": "attachment",
 "what": "Allegato A to determinazione 44/AS of 25/03/2026 (R.G. 233): list of 18 pseudonymised school-book grant beneficiaries, a spreadsheet printed by LibreOffice Calc with merged title rows and a footer",
 "act": {"municipality": "Comune di San Giovanni Gemini"}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower(); a = k.get("act", {}); strs = []
    for f in ("municipality", "organ", "office", "subject"):
        if f in a: strs.append((f, a[f]))
    for p in a.get("attendees", []): strs += [("att", p["name"]), ("role", p["role"])]
    for f in ("president", "secretary"):
        if f in a: strs += [(f, v) for v in a[f].values()]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss); print(k["file"], "MISSING:" if miss else "ok", miss)
raise SystemExit(1 if bad else 0)
