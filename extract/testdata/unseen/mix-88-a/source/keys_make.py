# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "deliberazione-gimigliano-writer.pdf", "role": "act",
 "what": "Giunta comunale deliberation 18/2026 of Gimigliano (CZ): roll table with Presente/Assente columns marked X and a totals row, Sindaco absent so the Vicesindaco presides, Segretario Comunale titolare (HTML opened as a Writer document, LibreOffice)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Gimigliano", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 18, "date": "2026-03-10", "time": "12:30",
  "subject": "Approvazione dello schema di convenzione con l'Associazione di volontariato \"Misericordia di Gimigliano\" per il servizio di trasporto sociale – anno 2026.",
  "attendees": [A("COSCO Francesco", "Sindaco", False), A("LEONE Maria Teresa", "Vicesindaco"), A("PUGLIESE Antonio", "Assessore"), A("TALARICO Giuseppina", "Assessore"), A("MAZZEI Domenico", "Assessore")],
  "president": {"role": "Vicesindaco", "name": "Maria Teresa Leone"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale titolare", "name": "Raffaele Scalzo"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-teana-halley.pdf", "role": "act",
 "what": "Giunta comunale deliberation 9/2026 of Teana (PZ), date and time in words ('addì ventisei del mese di marzo', 'alle ore tredici e minuti trenta'); every glyph its own BT/Tm/Tj, justified by moving words; roll table with Presente/Assente X columns; Sindaco absent, Vicesindaco presides; Segretario Comunale reggente (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Teana", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 9, "date": "2026-03-26", "time": "13:30",
  "subject": "Concessione in uso gratuito dei locali dell'ex edificio scolastico di via Garibaldi alla Pro Loco di Teana per attività culturali e turistiche – anno 2026.",
  "attendees": [A("Vincenzo Fiore", "Sindaco", False), A("Rocco Lofiego", "Vicesindaco"), A("Angela Propato", "Assessore")],
  "president": {"role": "Vicesindaco", "name": "Rocco Lofiego"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale reggente", "name": "Michele Grieco"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-caposele-chromium.pdf", "role": "act",
 "what": "Giunta comunale deliberation 41/2026 of Caposele (AV): number/date in a box, roll table with Presente/Assente X columns, one assessore absent, Sindaco presides, Segretario Comunale titolare, vote in prose (headless Chromium)",
 "operative_points": 2,
 "act": {"municipality": "Comune di Caposele", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 41, "date": "2026-03-19", "time": "17:15",
  "subject": "Adesione al progetto \"Cammino di San Gerardo\" promosso dalla Regione Campania – Approvazione del protocollo d'intesa.",
  "attendees": [A("Farina Lorenzo", "Sindaco"), A("Cibellis Annamaria", "Vicesindaco"), A("Russomanno Gerardo", "Assessore", False), A("Sozio Carmela", "Assessore")],
  "president": {"role": "Sindaco", "name": "Lorenzo Farina"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale titolare", "name": "Giovanna Melillo"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-orsomarso-enscript.pdf", "role": "act",
 "what": "determinazione of the Settore Tecnico-Manutentivo of Orsomarso (CS): Settore/Servizio in a character-drawn box over the heading, 'Reg. Settore N. 27 del 12/03/2026' and 'Reg. Generale N. 154 del 13/03/2026' side by side in one line; impegno di spesa with CIG (80-column Courier, enscript + ps2pdf)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Orsomarso", "organ": "SETTORE TECNICO - MANUTENTIVO", "office": "Servizio Manutenzione Patrimonio", "kind": "determinazione",
  "number": 154, "sector_number": 27, "date": "2026-03-13",
  "subject": "FORNITURA DI MATERIALE ELETTRICO PER LA MANUTENZIONE DELLA PUBBLICA ILLUMINAZIONE - AFFIDAMENTO DIRETTO E IMPEGNO DI SPESA - CIG B9D47A21C3"}},
{"file": "determinazione-cancellara-wkhtml.pdf", "role": "act",
 "what": "DETERMINAZIONE A CONTRARRE of the Area Tecnica of Cancellara (PZ): small-caps Area/Servizio over the heading, 'Det. n. 33/AT del 05.03.2026' and 'Reg. Gen. 311' at the two ends of one bordered line; CUP and CIG (wkhtmltopdf)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Cancellara", "organ": "Area Tecnica", "office": "Servizio Lavori Pubblici", "kind": "determinazione",
  "number": 311, "sector_number": 33, "date": "2026-03-05",
  "subject": "Determinazione a contrarre per l'affidamento dei lavori di efficientamento energetico della scuola dell'infanzia di via Roma, mediante procedura negoziata ai sensi dell'art. 50, comma 1, lett. c), del D.Lgs. 36/2023. CUP G47H25001230001 – CIG B8F2C90E15."}},
{"file": "determinazione-olivetocitra-latex.pdf", "role": "act",
 "what": "determinazione of the Settore Amministrativo of Oliveto Citra (SA): letter-spaced 'SETTORE AMMINISTRATIVO' and a small-caps Servizio over the heading, 'N. 12 del Settore' and 'N. 47/2026 R.G.' on one line, date '17.3.2026' under the heading; impegno di spesa with CIG; running foot (pdfLaTeX, microtype)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Oliveto Citra", "organ": "SETTORE AMMINISTRATIVO", "office": "Servizio Affari Generali e Istruzione", "kind": "determinazione",
  "number": 47, "sector_number": 12, "date": "2026-03-17",
  "subject": "Servizio di refezione scolastica per le scuole dell’infanzia e primaria – periodo aprile/giugno 2026 – Impegno di spesa in favore della ditta Sapori del Sele s.r.l. – CIG B6A1F37D90."}},
{"file": "determinazione-filandari-kibernetes.pdf", "role": "act",
 "what": "determinazione (liquidazione) of the Servizio Economico-Finanziario of Filandari (VV): letter-spaced headings (Tc), justified lines (Tw), service number, general number, date and proposal in one boxed line (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Filandari", "organ": "SERVIZIO ECONOMICO - FINANZIARIO", "office": "Ufficio Ragioneria e Tributi", "kind": "determinazione",
  "number": 96, "sector_number": 8, "date": "2026-03-24", "proposal_number": 11, "proposal_date": "2026-03-20",
  "subject": "Liquidazione del compenso all'Organo di revisione economico-finanziaria per il secondo semestre 2025. CIG esente."}},
{"file": "ordinanza-furore-groff.pdf", "role": "act",
 "what": "ordinanza sindacale 5/2026 of Furore (SA) on traffic for a walking event, 'N. 5 del 20.3.2026', hyphenated body, running foot (groff -ms + ps2pdf)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Furore", "organ": "Sindaco", "kind": "ordinanza", "number": 5, "date": "2026-03-20",
  "subject": "Disciplina della circolazione e della sosta lungo la Strada Statale 163 Amalfitana e via Mola in occasione della manifestazione “Furore Cammina” del 6 aprile 2026."}},
{"file": "decreto-calanna-fpdf.pdf", "role": "act",
 "what": "decreto sindacale 4/2026 of Calanna (RC) appointing the head of the Area Tecnica: label grid (Tipo atto / Numero / Data / Oggetto), footer repeating number and date (fpdf2)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Calanna", "organ": "Sindaco", "kind": "decreto", "number": 4, "date": "2026-03-02",
  "subject": "Nomina del Responsabile dell'Area Tecnica e attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 267/2000 – periodo 1° marzo – 31 dicembre 2026."}},
{"file": "attestazione-conflenti-word.pdf", "role": "certificate",
 "what": "certificate of publication of Giunta deliberation 22 of 12/03/2026, published 16/03/2026 to 31/03/2026 (register n. 203); Word template with letterhead in the header (python-docx, LibreOffice)",
 "act": {"municipality": "Comune di Conflenti", "kind": "attestazione", "number": 22, "date": "2026-03-12",
  "subject": "Approvazione del piano comunale per la prevenzione degli incendi boschivi e di interfaccia – stagione 2026."}},
{"file": "allegato-ricigliano-calc.pdf", "role": "attachment",
 "what": "Allegato A to determinazione of the Settore Tecnico n. 19 of 18/03/2026 (Reg. Gen. n. 88): road-maintenance bill of quantities, merged title and total cells, file name in the running head (openpyxl, LibreOffice Calc)",
 "act": {"municipality": "Comune di Ricigliano"}},
{"file": "avviso-noepoli-reportlab.pdf", "role": "notice",
 "what": "unnumbered AVVISO PUBBLICO of the Area Amministrativa – Servizi Sociali of Noepoli (PZ) on a register of civic volunteers; letterhead and foot are Form XObjects drawn after the body, headings drawn last, Albo stamp rotated 90° in the left margin (reportlab)",
 "act": {"municipality": "Comune di Noepoli", "organ": "AREA AMMINISTRATIVA", "office": "SERVIZI SOCIALI", "kind": "avviso", "date": "2026-03-23",
  "subject": "ISTITUZIONE DELL'ALBO DEI VOLONTARI CIVICI COMUNALI"}},
]
# deliberate exceptions: strings that an extractor must rebuild (see NOTES.md)
EXC = {("determinazione-olivetocitra-latex.pdf", "SETTORE AMMINISTRATIVO")}
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
    exc = [m for m in miss if (k["file"], m[1]) in EXC]
    miss = [m for m in miss if (k["file"], m[1]) not in EXC]
    bad += len(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss, "(deliberate: %s)" % exc if exc else "")
sys.exit(1 if bad else 0)
