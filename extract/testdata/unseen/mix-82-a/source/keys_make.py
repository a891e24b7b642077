# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role=None, present=True):
    a = {"name": name}
    if role: a["role"] = role
    a["present"] = present; return a
K = [
{"file": "deliberazione-verzegnis-insiel.pdf", "role": "act",
 "what": "Giunta comunale deliberation 18/2026 of Verzegnis (UD), Insiel style: register box, roll table with 'Presenti'/'Assenti' columns marked X and AG and a totals row (fpdf2)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Verzegnis", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 18, "date": "2026-02-05", "time": "18:30",
  "subject": "Approvazione del progetto di fattibilità tecnica ed economica dei lavori di sistemazione della strada comunale per la frazione di Chiaulis. CUP B57H25001830002.",
  "attendees": [A("Paschini Andrea", "Sindaco"), A("De Prato Luisa", "Vice Sindaco"), A("Candotti Marco", "Assessore", False), A("Rossitti Elena", "Assessore"), A("Vidoni Sergio", "Assessore")],
  "president": {"title": "sig.", "role": "Sindaco", "name": "Paschini Andrea"},
  "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Marina Tondolo"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-trasaghis-civilia.pdf", "role": "act",
 "what": "Giunta comunale deliberation 9/2026 of Trasaghis (UD): letterhead and running foot are Form XObjects drawn on both pages; the 9-member roll table starts at the foot of page 1 and continues on page 2 with no header row (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Trasaghis", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 9, "date": "2026-01-29", "time": "17:45",
  "subject": "CONCESSIONE IN COMODATO D'USO GRATUITO DELLA EX SCUOLA ELEMENTARE DI BRAULINS ALL'ASSOCIAZIONE \"AMICI DEL LAGO DEI TRE COMUNI\" PER IL TRIENNIO 2026-2028.",
  "attendees": [A("ROMANO STEFANO", "Sindaco"), A("COLOMBA ILARIA", "Vice Sindaco"), A("DI GIUSTO FRANCO", "Assessore"), A("BRUNETTI SARA", "Assessore", False),
                A("PICCO ALBERTO", "Assessore"), A("TOSONE CHIARA", "Assessore"), A("MIOTTI RENZO", "Assessore esterno", False), A("BURELLI NADIA", "Assessore"), A("GIROLAMI LUCA", "Assessore")],
  "president": {"title": "sig.", "role": "Sindaco", "name": "Stefano Romano"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Paolo Cargnelutti"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-valdaora-chromium.pdf", "role": "act",
 "what": "Giunta comunale deliberation 27/2026 of Valdaora/Olang (BZ): German/Italian letterhead, roll table whose roles stand in a column headed 'Qualifica', three presence columns with X (Chromium)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Valdaora", "organ": "Giunta comunale", "kind": "deliberazione", "number": 27, "date": "2026-02-10", "time": "08:30",
  "subject": "Affidamento del servizio di sgombero neve sulle strade comunali della frazione Valdaora di Sopra per la stagione invernale 2026/2027 – CIG B9F27C31A8",
  "attendees": [A("Georg Reden", "Sindaco"), A("Verena Niederegger", "Vicesindaca"), A("Hannes Rieder", "Assessore"), A("Manuela Oberhammer", "Assessora", False), A("Stefan Mairhofer", "Assessore"), A("Elisabeth Steger", "Assessora")],
  "president": {"role": "Sindaco", "name": "Georg Reden"},
  "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Martin Plankensteiner"},
  "vote": "unanimous", "immediately_executive": False}},
{"file": "deliberazione-parcines-wkhtml.pdf", "role": "act",
 "what": "Giunta comunale deliberation 33/2026 of Parcines/Partschins (BZ): header fields in a grey label grid; Sindaco and Vicesindaca absent, the Assessore anziano presides; majority vote with an abstention (wkhtmltopdf)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Parcines", "organ": "Giunta comunale", "kind": "deliberazione", "number": 33, "date": "2026-02-17", "time": "19:00",
  "subject": "Concessione di un contributo ordinario alla Banda musicale di Parcines per l'attività dell'anno 2026.",
  "attendees": [A("Alois Forcher", "Sindaco", False), A("Katrin Platzer", "Vicesindaca", False), A("Josef Gruber", "Assessore"), A("Anna Laimer", "Assessora"), A("Werner Pichler", "Assessore"), A("Miriam Hofer", "Assessora")],
  "president": {"role": "Assessore anziano", "name": "Josef Gruber"},
  "secretary": {"title": "dott.ssa", "role": "Segretaria comunale", "name": "Barbara Kaserer"},
  "vote": "majority", "vote_counts": {"present": 4, "voters": 3, "in_favour": 3, "against": 0, "abstained": 1},
  "immediately_executive": False}},
{"file": "deliberazione-valdizoldo-latex.pdf", "role": "act",
 "what": "Giunta comunale deliberation 14/2026 of Val di Zoldo (BL), 'N. 14 del 3.2.2026': roll set as 'nome – carica – presente' lines; letter-spaced headings (pdfLaTeX, microtype), running head",
 "operative_points": 3,
 "act": {"municipality": "Comune di Val di Zoldo", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 14, "date": "2026-02-03", "time": "18:00",
  "subject": "Adesione al progetto «Dolomiti senz’auto» per la chiusura estiva del Passo Duran – anno 2026.",
  "attendees": [A("Camillo De Pellegrin", "Sindaco"), A("Giovanna Lazzarin", "Vice Sindaco"), A("Davide Molin Pradel", "Assessore", False), A("Roberta Costa", "Assessore"), A("Ivano Fontanive", "Assessore")],
  "president": {"title": "sig.", "role": "Sindaco", "name": "Camillo De Pellegrin"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Antonella Galli"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-possagno-word.pdf", "role": "act",
 "what": "Giunta comunale deliberation 11/2026 of Possagno (TV): Word template with letterhead in the page header, Numero/Data/Ora grid, roll table with merged 'PRESENZE' cell over P / A columns (python-docx, LibreOffice)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Possagno", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 11, "date": "2026-02-12", "time": "20:15",
  "subject": "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON LA FONDAZIONE CANOVA ONLUS PER LA GESTIONE COORDINATA DEI SERVIZI TURISTICI E DI ACCOGLIENZA – ANNI 2026-2027.",
  "attendees": [A("ZILIO ADRIANO", "Sindaco"), A("BERNARDI MONICA", "Vice Sindaco"), A("CANOVA MATTEO", "Assessore", False), A("FAVERO ROBERTA", "Assessore"), A("SEBEN NICOLA", "Assessore")],
  "president": {"title": "sig.", "role": "Sindaco", "name": "Adriano Zilio"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Renato Bertoldo"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-fiemme-writer.pdf", "role": "act",
 "what": "Consiglio deliberation 4/2026 of the Comunità territoriale della Val di Fiemme (TN): 11-member roll table with Presenti / Assenti giust. / Assenti ingiust. columns; majority vote with counts (HTML opened as a Writer document, LibreOffice)",
 "operative_points": 3,
 "act": {"municipality": "Comunità territoriale della Val di Fiemme", "organ": "Consiglio della Comunità", "kind": "deliberazione", "number": 4, "date": "2026-02-26", "time": "20:30",
  "subject": "Approvazione del Piano sociale di Comunità 2026-2028.",
  "attendees": [A("Zanon Fabio", "Presidente"), A("Bonelli Silvia"), A("Ciresa Marco"), A("Delugan Paola", None, False), A("Felicetti Andrea"), A("Gilmozzi Elisa"),
                A("Jellici Roberto"), A("Morandini Giulia", None, False), A("Vanzo Michele"), A("Varesco Chiara"), A("Zorzi Luca")],
  "president": {"title": "signor", "role": "Presidente del Consiglio", "name": "Fabio Zanon"},
  "secretary": {"title": "dott.", "role": "Segretario generale", "name": "Giampaolo Trettel"},
  "vote": "majority", "vote_counts": {"present": 9, "voters": 8, "in_favour": 7, "against": 1, "abstained": 1},
  "immediately_executive": False}},
{"file": "deliberazione-rotaliana-jiride.pdf", "role": "act",
 "what": "Consiglio deliberation 6/2026 of the Comunità Rotaliana-Königsberg (TN), 'N. 6 DI DATA 2 MARZO 2026': justified lines set with Tw, headings letter-spaced with Tc; 10-member roll in two side-by-side columns (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comunità Rotaliana-Königsberg", "organ": "Consiglio della Comunità", "kind": "deliberazione", "number": 6, "date": "2026-03-02", "time": "20:00",
  "subject": "Approvazione del Regolamento per la concessione di contributi alle associazioni sportive e culturali del territorio della Comunità.",
  "attendees": [A("Dalpiaz Walter"), A("Fedrizzi Laura"), A("Kaswalder Ivo"), A("Melchiori Sara", None, False), A("Pedron Claudio"),
                A("Rossi Tiziana"), A("Sandri Diego"), A("Tait Elena", None, False), A("Zadra Matteo"), A("Zeni Francesca")],
  "president": {"title": "signor", "role": "Presidente del Consiglio", "name": "Walter Dalpiaz"},
  "secretary": {"title": "dott.ssa", "role": "Segretario generale", "name": "Nicoletta Pedrotti"},
  "vote": "majority", "vote_counts": {"present": 8, "voters": 8, "in_favour": 6, "against": 0, "abstained": 2},
  "immediately_executive": True}},
{"file": "determinazione-cavazzocarnico-halley.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica, sector n. 21/AT of 09/02/2026, general register 'N. 47/2026 R.G.', proposal 52 of 06/02/2026: 80-column Courier report with a character-drawn box (enscript + Ghostscript)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Cavazzo Carnico", "organ": "AREA TECNICA E TECNICO-MANUTENTIVA", "office": "UFFICIO MANUTENZIONI E PATRIMONIO", "kind": "determinazione",
  "number": 47, "sector_number": 21, "date": "2026-02-09", "proposal_number": 52, "proposal_date": "2026-02-06",
  "subject": "FORNITURA DI SALE DISGELANTE PER LA VIABILITA’ COMUNALE - STAGIONE INVERNALE 2025/2026 - AFFIDAMENTO DIRETTO ALLA DITTA CARNIA SALI S.R.L. - CIG B8D40E17C2 - IMPEGNO DI SPESA EURO 6.710,00"}},
{"file": "attestazione-rasunanterselva-groff.pdf", "role": "certificate",
 "what": "certificate of publication (10 days, 06.02–16.02.2026, register 97/2026) of Giunta deliberation 22 of 04.02.2026 of Rasun-Anterselva/Rasen-Antholz (BZ) (groff -ms)",
 "act": {"municipality": "Comune di Rasun-Anterselva", "kind": "attestazione", "number": 22, "date": "2026-02-04",
  "subject": "Approvazione della convenzione con la Società Biathlon Anterselva per l’uso degli impianti sportivi comunali nella stagione 2026."}},
{"file": "allegato-villasantina-calc.pdf", "role": "attachment",
 "what": "Allegato A to Giunta deliberation 15 of 19/02/2026: table of sports-hall tariffs 2026, a spreadsheet printed by LibreOffice Calc with the file name in the running head",
 "act": {"municipality": "Comune di Villa Santina"}},
{"file": "ordinanza-vigolana-kibernetes.pdf", "role": "act",
 "what": "ordinanza del Sindaco n. 5 of 20 February 2026 (prot. 1954): every glyph placed on its own (Tm+Tj per glyph), justified by moving glyphs; Albo stamp rotated 90° in the left margin (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Altopiano della Vigolana", "organ": "Sindaco", "kind": "ordinanza", "number": 5, "date": "2026-02-20",
  "subject": "Divieto temporaneo di transito ai veicoli di massa superiore a 3,5 tonnellate sul ponte della strada comunale di Valle in località Centa San Nicolò."}},
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
    for p in a.get("attendees", []): strs += [("att", p["name"])] + ([("role", p["role"])] if "role" in p else [])
    for f in ("president", "secretary"):
        if f in a: strs += [(f, v) for v in a[f].values()]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
sys.exit(1 if bad else 0)
