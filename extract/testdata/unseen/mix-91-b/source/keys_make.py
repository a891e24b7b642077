# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
GC = "Giunta Comunale"
K = [
{"file": "deliberazione-castelvetere-halley.pdf", "role": "act",
 "what": "Giunta deliberation 18/2026 (\"N. 18 DEL 10.2.2026\"): 80-column Courier report in capitals, roll drawn with characters and P/A columns, signatures grid (enscript + Ghostscript)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Castelvetere sul Calore", "organ": GC, "kind": "deliberazione", "number": 18, "date": "2026-02-10", "time": "13:30",
  "subject": "APPROVAZIONE DEL PROGETTO ESECUTIVO PER LA RIQUALIFICAZIONE DEL CAMPO SPORTIVO COMUNALE DI VIA ROMA - CUP H81B26000120004.",
  "attendees": [A("DE ROSA ANTONIO", "SINDACO"), A("PETRILLO CARMINE", "VICESINDACO"), A("IANNACCONE GERARDA", "ASSESSORE", False), A("CAPONE LUIGI", "ASSESSORE")],
  "president": {"role": "Sindaco", "name": "DE ROSA ANTONIO"},
  "secretary": {"title": "DOTT.", "role": "Segretario Comunale", "name": "RUSSO MARIO"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-faicchio-sicraweb.pdf", "role": "act",
 "what": "Giunta deliberation 24/2026, register box Numero/Data/Seduta ore, roll table with P/A columns, Sindaco absent and the Vicesindaco presiding (wkhtmltopdf)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Faicchio", "organ": GC, "kind": "deliberazione", "number": 24, "date": "2026-02-17", "time": "12:15",
  "subject": "Concessione in comodato d'uso gratuito dei locali dell'ex scuola elementare di frazione Massa all'Associazione di Protezione Civile “Monte Acero”.",
  "attendees": [A("Sasso Domenico", "Sindaco", False), A("Di Lorenzo Angela", "Vicesindaco"), A("Mastrocinque Pasquale", "Assessore anziano"), A("Fappiano Rosaria", "Assessore")],
  "president": {"role": "Vicesindaco", "name": "Di Lorenzo Angela"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Cusano Maria Teresa"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-roccabascerana-civilia.pdf", "role": "act",
 "what": "Giunta deliberation 11/2026 (\"n. 11 del 19.02.2026\"): paragraphs justified with Tw, letter-spaced running head (Tc) and running foot on every page, roll split into two side-by-side column groups (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Roccabascerana", "organ": GC, "kind": "deliberazione", "number": 11, "date": "2026-02-19", "time": "17:00",
  "subject": "Approvazione del Piano triennale dei fabbisogni di personale 2026/2028 e ricognizione delle eccedenze di personale.",
  "attendees": [A("Iuliano Roberto", "Sindaco"), A("Ruggiero Mariangela", "Vicesindaco"), A("Fusco Gianluca", "Assessore", False), A("Tangredi Alfonso", "Assessore")],
  "president": {"title": "avv.", "role": "Sindaco", "name": "Roberto Iuliano"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Nicola Pisano"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-auletta-kibernetes.pdf", "role": "act",
 "what": "Giunta deliberation 9/2026 whose date and time are only in words (\"addì ventisei del mese di febbraio alle ore diciotto e minuti trenta\"); every glyph its own Tm+Tj, justified by spreading glyphs; Albo stamp rotated 90° in the margin; Sindaco absent",
 "operative_points": 3,
 "act": {"municipality": "Comune di Auletta", "organ": GC, "kind": "deliberazione", "number": 9, "date": "2026-02-26", "time": "18:30",
  "subject": "Adesione al progetto \"Borghi in rete\" per la valorizzazione turistica del centro storico e delle Grotte di Pertosa-Auletta. Approvazione dello schema di accordo di partenariato.",
  "attendees": [A("FERRARA Nicola", "Sindaco", False), A("PESSOLANO Carmela", "Vicesindaco"), A("CAPORALE Vito", "Assessore anziano"), A("D'AMATO Lucia", "Assessore")],
  "president": {"role": "Vicesindaco", "name": "Carmela Pessolano"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Giuseppe Marmo"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-ailano-halley.pdf", "role": "act",
 "what": "Giunta deliberation 15/2026 approving proposal 21 of 25/02/2026; the proposal's text (with its own numbered points) and the pareri of art. 49 TUEL follow the minute on page 2 (HTML through LibreOffice Writer)",
 "operative_points": 1,
 "act": {"municipality": "Comune di Ailano", "organ": GC, "kind": "deliberazione", "number": 15, "date": "2026-03-03", "time": "10:00",
  "proposal_number": 21, "proposal_date": "2026-02-25", "proposing_office": "Ufficio Affari Generali",
  "subject": "Contributo economico alla Parrocchia di San Giovanni Evangelista per la festa patronale 2026.",
  "attendees": [A("Lombardi Vincenzo", "Sindaco"), A("Zarone Filomena", "Vicesindaco"), A("Cervo Antonio", "Assessore", False)],
  "president": {"role": "Sindaco", "name": "Vincenzo Lombardi"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Anna Iannotta"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-melizzano-sicraweb.pdf", "role": "act",
 "what": "Giunta deliberation 31/2026 over 3 pages with running head (number repeated) and foot on every page, majority vote with an abstention, certificate of publication on the last page (headless Chromium)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Melizzano", "organ": GC, "kind": "deliberazione", "number": 31, "date": "2026-03-05", "time": "19:00",
  "subject": "Approvazione del programma degli eventi culturali “Melizzano d'Estate 2026” e richiesta di contributo alla Regione Campania.",
  "attendees": [A("Rossano Valentino", "Sindaco"), A("Izzo Carmela", "Vicesindaco"), A("Ciervo Raffaele", "Assessore anziano", False), A("Mazzarelli Giovanna", "Assessore"), A("Pascale Michele", "Assessore esterno")],
  "president": {"title": "dott.", "role": "Sindaco", "name": "Valentino Rossano"},
  "secretary": {"title": "avv.", "role": "Segretario Comunale", "name": "Luisa Parente"},
  "vote": "majority", "vote_counts": {"present": 4, "voters": 3, "in_favour": 3, "against": 0, "abstained": 1},
  "immediately_executive": True}},
{"file": "deliberazione-pastena-civilia.pdf", "role": "act",
 "what": "Giunta deliberation 7/2026 (\"n. 7 del 12.3.2026\", also in the running head): pdfLaTeX with microtype letter-spacing on the letterhead and headings, tabular roll with Pres./Ass. columns",
 "operative_points": 3,
 "act": {"municipality": "Comune di Pastena", "organ": GC, "kind": "deliberazione", "number": 7, "date": "2026-03-12", "time": "16:45",
  "subject": "Affidamento in concessione della gestione del servizio di visite guidate alle Grotte di Pastena per le stagioni 2026–2028. Atto di indirizzo.",
  "attendees": [A("Tulli Arturo", "Sindaco"), A("Grossi Sabrina", "Vicesindaco"), A("Marrocco Elio", "Assessore", False)],
  "president": {"role": "Sindaco", "name": "Arturo Tulli"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Fabio Cestra"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-falvaterra-kibernetes.pdf", "role": "act",
 "what": "Giunta deliberation 12/2026 with a grey label grid (Numero / Data \"16 marzo 2026\" / Ora / Luogo), roll with P/A columns, signatures grid (fpdf2)",
 "operative_points": 2,
 "act": {"municipality": "Comune di Falvaterra", "organ": GC, "kind": "deliberazione", "number": 12, "date": "2026-03-16", "time": "11:30",
  "subject": "Approvazione dello schema di convenzione con l'Istituto Comprensivo di Ceccano per l'utilizzo della palestra comunale in orario extrascolastico.",
  "attendees": [A("Tomassi Francesco", "Sindaco"), A("Palombo Ilaria", "Vicesindaco"), A("Ricci Gianni", "Assessore", False)],
  "president": {"role": "Sindaco", "name": "Francesco Tomassi"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Claudia Mastrantoni"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-bassiano-halley.pdf", "role": "act",
 "what": "Giunta deliberation 20/2026 (\"N. 20 del 18 marzo 2026\"), roll in prose with an Assessore absent justified, signatures in a tbl box (groff -ms + Ghostscript)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Bassiano", "organ": GC, "kind": "deliberazione", "number": 20, "date": "2026-03-18", "time": "12:00",
  "subject": "Approvazione del Regolamento per la disciplina del lavoro agile (smart working) del personale dipendente.",
  "attendees": [A("Domenico Guidi", "Sindaco"), A("Sara Pecorilli", "Vicesindaco"), A("Luigi Salvagni", "Assessore anziano"), A("Marco Ceccarelli", "Assessore", False)],
  "president": {"role": "Sindaco", "name": "Domenico Guidi"},
  "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Rita Colagiacomo"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-blera-sicraweb.pdf", "role": "act",
 "what": "Giunta deliberation \"N. 26/2026\" of 20 marzo 2026, Word layout with header/footer, Sindaco absent, majority vote in words (favorevoli due, astenuti uno) (python-docx + LibreOffice)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Blera", "organ": GC, "kind": "deliberazione", "number": 26, "date": "2026-03-20", "time": "13:00",
  "subject": "Approvazione del progetto “Estate ragazzi 2026” e determinazione delle tariffe di partecipazione.",
  "attendees": [A("Mancini Elena", "Sindaco", False), A("Ciucci Paola", "Vicesindaco"), A("Bartoli Giacomo", "Assessore anziano"), A("Fiorentini Sonia", "Assessore")],
  "president": {"role": "Vicesindaco", "name": "Paola Ciucci"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Alessandro Ruspantini"},
  "vote": "majority", "vote_counts": {"present": 3, "voters": 2, "in_favour": 2, "against": 0, "abstained": 1},
  "immediately_executive": True}},
{"file": "attestazione-guarcino-kibernetes.pdf", "role": "certificate",
 "what": "certificate of publication of Giunta deliberation 16 of 23/03/2026, published 25/03–09/04/2026 (register n. 211); letterhead and foot are Form XObjects drawn last, signature drawn before the body",
 "act": {"municipality": "Comune di Guarcino", "kind": "attestazione", "number": 16, "date": "2026-03-23",
  "subject": "Approvazione del Piano di protezione civile comunale - aggiornamento 2026."}},
{"file": "allegato-cervaradiroma-civilia.pdf", "role": "attachment",
 "what": "Allegato A to Giunta deliberation 14 of 24/03/2026: table of tariffs of the services on individual demand, spreadsheet with merged title cells printed landscape by LibreOffice Calc",
 "act": {"municipality": "Comune di Cervara di Roma"}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower()
    a = k.get("act", {})
    strs = []
    for f in ("municipality", "organ", "office", "proposing_office", "subject"):
        if f in a: strs.append((f, a[f]))
    for p in a.get("attendees", []): strs += [("att", p["name"]), ("role", p["role"])]
    for f in ("president", "secretary"):
        if f in a: strs += [(f, v) for v in a[f].values()]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
raise SystemExit(1 if bad else 0)
