# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
SUBJ_GS = "Approvazione del programma delle manifestazioni civili e religiose in onore di Santa Gemma per l'anno 2026 e concessione del patrocinio comunale."
K = [
{"file": "deliberazione-gorianosicoli-halley.pdf", "role": "act",
 "what": "Giunta comunale deliberation 18/2026 of Goriano Sicoli: number/date in a two-cell box under the title, roll table with P/A columns and a totals row, justified text set with Tw (reportlab platypus)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Goriano Sicoli", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 18, "date": "2026-03-23", "time": "13:00",
  "subject": SUBJ_GS,
  "attendees": [A("PETRELLA Domenico", "Sindaco"), A("DI LORETO Anna", "Vice Sindaco"), A("CIPRIANI Marco", "Assessore", False)],
  "president": {"role": "Sindaco", "name": "Domenico Petrella"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Lucia Ferrante"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-gorianosicoli-halley.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica - Manutentiva, 'DETERMINAZIONE N. 27 DEL 24.03.2026 | REG. GEN. N. 96 DEL 25.03.2026' in a character-drawn box; 80-column Courier capitals (enscript + Ghostscript)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Goriano Sicoli", "organ": "AREA TECNICA - MANUTENTIVA", "office": "SERVIZIO LAVORI PUBBLICI E PROTEZIONE CIVILE", "kind": "determinazione",
  "number": 96, "sector_number": 27, "date": "2026-03-25",
  "subject": "FORNITURA DI SALE MARINO PER IL SERVIZIO DI SGOMBERO NEVE E ANTIGHIACCIO STAGIONE INVERNALE 2025/2026 - LIQUIDAZIONE FATTURA ALLA DITTA EDIL SUBEQUANA SRL - CIG B4D7E2A913"}},
{"file": "ordinanza-gorianosicoli-halley.pdf", "role": "act",
 "what": "ordinanza sindacale 5/2026 (fpdf2, DejaVu Serif): number and date in a box at the right of 'IL SINDACO', spaced 'O R D I N A', 3 numbered points",
 "operative_points": 3,
 "act": {"municipality": "Comune di Goriano Sicoli", "organ": "Sindaco", "kind": "ordinanza", "number": 5, "date": "2026-03-25",
  "subject": "Divieto di transito e di sosta in via Santa Gemma e in piazza Umberto I in occasione dei festeggiamenti patronali del 25, 26 e 27 aprile 2026."}},
{"file": "attestazione-gorianosicoli-halley.pdf", "role": "certificate",
 "what": "certificate of publication of Giunta deliberation 18 of 23.03.2026 (register n. 141/2026, 26.03-10.04.2026): groff -ms with a tbl label box, gropdf",
 "act": {"municipality": "Comune di Goriano Sicoli", "kind": "attestazione", "number": 18, "date": "2026-03-23", "subject": SUBJ_GS}},
{"file": "deliberazione-poggiosannita-sicraweb.pdf", "role": "act",
 "what": "Giunta comunale deliberation 22/2026 of Poggio Sannita (wkhtmltopdf): 'Numero 22 Data 24/03/2026', proposal 27 of 20/03/2026 at the top right, roll table with Presente/Assente columns, X marks, one absent justified",
 "operative_points": 4,
 "act": {"municipality": "Comune di Poggio Sannita", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 22, "date": "2026-03-24", "time": "12:30",
  "proposal_number": 27, "proposal_date": "2026-03-20",
  "subject": "Adesione al progetto di Servizio Civile Universale “Borghi vivi dell’Alto Molise” per l’anno 2026 in co-progettazione con i Comuni di Agnone e di Belmonte del Sannio.",
  "attendees": [A("MARINELLI Bruno", "Sindaco"), A("COLAVECCHIO Rita", "Vicesindaco", False), A("D’ANDREA Michele", "Assessore")],
  "president": {"role": "Sindaco", "name": "Bruno Marinelli"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Nicola Iacovone"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-poggiosannita-sicraweb.pdf", "role": "act",
 "what": "determinazione of the Settore Amministrativo-Contabile over 2 pages (Chromium): the general register 'Reg. Gen. 74 del 26.3.2026' only in the running head repeated on both pages (thead/tfoot), sector n. 15 and proposal 19 in a label grid",
 "operative_points": 3,
 "act": {"municipality": "Comune di Poggio Sannita", "organ": "Settore Amministrativo-Contabile", "office": "Servizio Finanziario e Personale", "kind": "determinazione",
  "number": 74, "sector_number": 15, "date": "2026-03-26", "proposal_number": 19, "proposal_date": "2026-03-23",
  "subject": "Rimborso degli oneri sostenuti dai datori di lavoro per i permessi retribuiti degli amministratori comunali ai sensi dell’art. 80 del D.Lgs. 267/2000 – primo trimestre 2026."}},
{"file": "decreto-poggiosannita-sicraweb.pdf", "role": "act",
 "what": "decreto sindacale 2/2026 (reportlab): every glyph its own Tm+Tj, justified by moving the glyphs after spaces; Albo stamp rotated 90° in the left margin; 'D E C R E T A' with 3 points",
 "operative_points": 3,
 "act": {"municipality": "Comune di Poggio Sannita", "organ": "Sindaco", "kind": "decreto", "number": 2, "date": "2026-03-27",
  "subject": "Nomina del Responsabile del Settore Tecnico e conferimento dell'incarico di elevata qualificazione ai sensi dell'art. 109 del D.Lgs. 267/2000."}},
{"file": "avviso-poggiosannita-sicraweb.pdf", "role": "notice",
 "what": "unnumbered AVVISO on the new door-to-door waste calendar (python-docx Word template, Settore/Servizio in the running head, exported by LibreOffice)",
 "act": {"municipality": "Comune di Poggio Sannita", "organ": "Settore Tecnico", "office": "Servizio Ambiente e Igiene Urbana", "kind": "avviso", "date": "2026-03-26",
  "subject": "RACCOLTA DIFFERENZIATA PORTA A PORTA: NUOVO CALENDARIO DEI CONFERIMENTI DAL 1° APRILE 2026"}},
{"file": "deliberazione-guardiaperticara-apkappa.pdf", "role": "act",
 "what": "Giunta comunale deliberation 31/2026 of Guardia Perticara (HTML opened as a Writer document, LibreOffice): number only in the top-right box 'G.C. N. 31', date and time in words ('addì ventisei del mese di marzo, alle ore diciassette e trenta'), roll table beside the secretary's paragraph, no immediate executivity",
 "operative_points": 2,
 "act": {"municipality": "Comune di Guardia Perticara", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 31, "date": "2026-03-26", "time": "17:30",
  "subject": "Concessione in comodato d'uso gratuito dei locali dell'ex scuola elementare di via San Nicola alla Associazione Pro Loco di Guardia Perticara per il triennio 2026-2028.",
  "attendees": [A("LAURINO Giuseppe", "Sindaco"), A("SANTORO Filomena", "Vice Sindaco"), A("GIORDANO Rocco", "Assessore")],
  "president": {"title": "avv.", "role": "Sindaco", "name": "Giuseppe Laurino"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Vito Lapenta"},
  "vote": "unanimous", "immediately_executive": False}},
{"file": "determinazione-guardiaperticara-apkappa.pdf", "role": "act",
 "what": "determinazione 'N. 41 R.G. del 27/03/2026', area number 12/AA, proposal 48 (pdfLaTeX, lmodern, letter-spaced headings with microtype \\lsstyle, small-caps Area/Servizi, register repeated in the fancyhdr foot)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Guardia Perticara", "organ": "Area Amministrativa", "office": "Servizi Sociali e Demografici", "kind": "determinazione",
  "number": 41, "sector_number": 12, "date": "2026-03-27", "proposal_number": 48, "proposal_date": "2026-03-25",
  "subject": "Servizio di trasporto sociale di anziani e disabili verso i presidi sanitari di Corleto Perticara e Potenza – Affidamento alla Associazione di volontariato Misericordia Val d’Agri per il periodo aprile – dicembre 2026 – CIG B2F6A0C913."}},
{"file": "ordinanza-guardiaperticara-apkappa.pdf", "role": "act",
 "what": "ordinanza contingibile e urgente 6/2026 (Java, OpenPDF): 'ORDINANZA N. 6 DEL 24-03-2026' in the boxed right cell of the letterhead table, 3 points as an ordered list, page-event foot",
 "operative_points": 3,
 "act": {"municipality": "Comune di Guardia Perticara", "organ": "Sindaco", "kind": "ordinanza", "number": 6, "date": "2026-03-24",
  "subject": "Ordinanza contingibile e urgente di messa in sicurezza del fabbricato pericolante sito in via Roma n. 14 (Foglio 12, Particella 318)."}},
{"file": "avviso-guardiaperticara-apkappa.pdf", "role": "act",
 "what": "numbered AVVISO PUBBLICO N. 3/2026 (reportlab): letterhead with Area/Servizio and foot are Form XObjects; body, signature, foot, title and letterhead written to the content stream in that (reverse) order; articles Art. 1-5",
 "act": {"municipality": "Comune di Guardia Perticara", "organ": "AREA TECNICA", "office": "Servizio Patrimonio e Ambiente", "kind": "avviso", "number": 3, "date": "2026-03-25",
  "subject": "Avviso pubblico per l'assegnazione di n. 2 orti sociali comunali in località Fontana Vecchia - triennio 2026-2028"}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
# deliberate exceptions (see NOTES.md): strings an extractor has to rebuild from the layout
EXCEPT = {("deliberazione-poggiosannita-sicraweb.pdf", "subject"),        # "co-" hyphen at a line end
          ("determinazione-guardiaperticara-apkappa.pdf", "municipality")}  # letter-spaced heading
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
    exc = [m for m in miss if (k["file"], m[0]) in EXCEPT]; miss = [m for m in miss if m not in exc]
    if exc: print("  expected exception:", exc)
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
raise SystemExit(1 if bad else 0)
