# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "deliberazione-riesi-halley.pdf", "role": "act", "what": "Consiglio comunale 14/2026 of Riesi: roll table split into two side-by-side halves with P/A marks, two councillors enter later, Presidente del Consiglio presiding, Segretario Generale, prose vote counts and separate immediate-executability vote (Chromium)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Riesi", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 14, "date": "2026-03-27", "time": "18:30", "proposal_number": 21, "proposal_date": "2026-03-12",
  "subject": "Approvazione del Regolamento comunale per la disciplina del canone patrimoniale di concessione per l'occupazione delle aree destinate ai mercati.",
  "attendees": [A("Bonaffini Salvatore", "Consigliere"), A("Giordano Maria Concetta", "Consigliere"), A("Pititto Calogero", "Consigliere", False), A("Di Forti Giuseppe", "Consigliere"), A("Palermo Lucia", "Consigliere"), A("Sciascia Vincenzo", "Consigliere"), A("Russo Michele", "Consigliere", False), A("Buttaci Serena", "Consigliere"),
                A("Cammarata Rosalia", "Consigliere"), A("Lo Monaco Filippo", "Consigliere", False), A("Tumminelli Angela", "Consigliere"), A("Nicoletti Rocco", "Consigliere"), A("Lauricella Gaetano", "Consigliere", False), A("Ferrara Giovanna", "Consigliere"), A("Alaimo Carmelo", "Consigliere"), A("Scibetta Antonino", "Consigliere", False)],
  "president": {"title": "dott.", "role": "Presidente del Consiglio", "name": "Salvatore Bonaffini"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Annalisa Trubia"},
  "vote": "majority", "vote_counts": {"present": 13, "in_favour": 9, "against": 2, "abstained": 2}, "immediately_executive": True}},
{"file": "deliberazione-ramacca-saga.pdf", "role": "act", "what": "Giunta municipale 38/2026 of Ramacca, roll in prose (Sono presenti i Signori: ... Sono assenti i Signori: ...); justified lines with Tw, letter-spaced headings with Tc (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Ramacca", "organ": "Giunta Municipale", "kind": "deliberazione", "number": 38, "date": "2026-03-24", "time": "13:15", "proposal_number": 45, "proposal_date": "2026-03-19",
  "subject": "Concessione in comodato d'uso gratuito all'Associazione di volontariato \"Misericordia di Ramacca\" dei locali comunali siti in via Roma n. 112 per le attività di assistenza sociale.",
  "attendees": [A("Nunzio Vitale", "Sindaco"), A("Carmela Zappalà", "Vice Sindaco"), A("Alfio Gulisano", "Assessore"), A("Graziella Amore", "Assessore"), A("Sebastiano Caruso", "Assessore", False), A("Rosaria Pappalardo", "Assessore", False)],
  "president": {"role": "Sindaco", "name": "Nunzio Vitale"},
  "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "Giovanni Privitera"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-santagiusta-apkappa.pdf", "role": "act", "what": "Consiglio comunale 9/2026 of Santa Giusta: roll in prose with the role in brackets after each name, two councillors enter before the vote, prose counts, separate immediate-executability vote; running head and foot on both pages (fpdf2)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Santa Giusta", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 9, "date": "2026-03-30", "time": "17:00", "proposal_number": 12, "proposal_date": "2026-03-23",
  "subject": "Variazione al bilancio di previsione finanziario 2026/2028 ai sensi dell'art. 175, comma 2, del D.Lgs. n. 267/2000 e applicazione di quota dell'avanzo di amministrazione vincolato.",
  "attendees": [A("Marras Andrea", "Sindaco"), A("Porcu Silvia", "Presidente del Consiglio"), A("Atzori Gianluca", "Consigliere"), A("Deiana Manuela", "Consigliere"), A("Melis Roberto", "Consigliere"), A("Obinu Federica", "Consigliere"), A("Serra Giampaolo", "Consigliere"), A("Cossu Marta", "Consigliere"), A("Lai Efisio", "Consigliere"),
                A("Pinna Fabrizio", "Consigliere", False), A("Zucca Antonella", "Consigliere", False), A("Piras Luigi", "Consigliere", False), A("Sanna Maria Grazia", "Consigliere", False)],
  "president": {"role": "Presidente del Consiglio", "name": "Porcu Silvia"},
  "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "Ignazio Mura"},
  "vote": "majority", "vote_counts": {"present": 11, "voters": 11, "in_favour": 8, "against": 3, "abstained": 0}, "immediately_executive": True}},
{"file": "deliberazione-villanovafranca-writer.pdf", "role": "act", "what": "Giunta comunale 27/2026 of Villanovafranca: register box top right, P/A roll table with 'A (giust.)' and a total row (HTML opened in LibreOffice Writer)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Villanovafranca", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 27, "date": "2026-03-25", "time": "12:00", "proposal_number": 31, "proposal_date": "2026-03-20",
  "subject": "Approvazione del progetto \"Cantiere di nuova attivazione LavoRAS 2026\" per la manutenzione del verde pubblico e delle aree archeologiche di Su Mulinu – atto di indirizzo.",
  "attendees": [A("CASU Matteo", "Sindaco"), A("ORRÙ Daniela", "Vice Sindaco"), A("MURGIA Stefano", "Assessore", False), A("LECCA Valentina", "Assessore")],
  "president": {"role": "Sindaco", "name": "Matteo Casu"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Claudia Melis"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-melilli-latex.pdf", "role": "act", "what": "Consiglio comunale 22/2026 of Melilli: date in words, roll as a numbered list in two columns (multicol), a councillor enters later, vote counts in prose and separate immediate-executability vote; letter-spaced headings (pdfLaTeX microtype)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Melilli", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 22, "date": "2026-03-26", "time": "19:30", "proposal_number": 30, "proposal_date": "2026-03-16",
  "subject": "Approvazione del Piano Economico Finanziario del servizio integrato di gestione dei rifiuti urbani e delle tariffe TARI per l’anno 2026.",
  "attendees": [A("Amato Sebastiano", "Consigliere"), A("Carpinteri Giorgia", "Consigliere"), A("Sorbello Paolo", "Consigliere"), A("Greco Antonella", "Consigliere", False), A("Vinci Corrado", "Consigliere"), A("Caruso Ilenia", "Consigliere"), A("Spada Marcello", "Consigliere"), A("Fazzino Teresa", "Consigliere"),
                A("Tringali Luca", "Consigliere", False), A("Moncada Rita", "Consigliere"), A("Cannata Giuseppe", "Consigliere"), A("Pupillo Daniela", "Consigliere"), A("Gianino Salvatore", "Consigliere"), A("Messina Elena", "Consigliere", False), A("Di Stefano Orazio", "Consigliere"), A("Liistro Claudia", "Consigliere")],
  "president": {"title": "avv.", "role": "Presidente del Consiglio", "name": "Sebastiano Amato"},
  "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "Corrado Ferlisi"},
  "vote": "majority", "vote_counts": {"present": 14, "in_favour": 10, "against": 3, "abstained": 1}, "immediately_executive": True}},
{"file": "determinazione-mineo-groff.pdf", "role": "act", "what": "determinazione of the Area Economico-Finanziaria, sector n. 41 of 23/03/2026, Reg. Gen. 311 of 25/03/2026, proposal 56 of 20/03/2026 in a boxed tbl table (groff -ms, gropdf)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Mineo", "organ": "AREA ECONOMICO-FINANZIARIA", "office": "Servizio Tributi ed Entrate Comunali", "kind": "determinazione", "number": 311, "sector_number": 41, "date": "2026-03-25", "proposal_number": 56, "proposal_date": "2026-03-20",
  "subject": "Affidamento del servizio di stampa, imbustamento e postalizzazione degli avvisi di pagamento TARI 2026 – CIG B9D4E21C70 – Impegno di spesa."}},
{"file": "determinazione-marrubiu-word.pdf", "role": "act", "what": "determinazione 'N. 47/2026 R.G.' (sector n. 12 of 24/03/2026) of the Area Socio-Culturale; Area/Servizio only in the Word running head (python-docx, LibreOffice)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Marrubiu", "organ": "AREA SOCIO-CULTURALE", "office": "Servizio Pubblica Istruzione", "kind": "determinazione", "number": 47, "sector_number": 12, "date": "2026-03-26",
  "subject": "Concessione delle borse di studio regionali per l'anno scolastico 2025/2026 agli studenti delle scuole secondarie residenti – Approvazione della graduatoria definitiva."}},
{"file": "ordinanza-agira-kibernetes.pdf", "role": "act", "what": "ordinanza sindacale 19/2026 'N. 19 DEL 20.3.2026': every glyph its own text object, justified by moving glyphs; Albo stamp rotated 90° in the left margin (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Agira", "organ": "Sindaco", "kind": "ordinanza", "number": 19, "date": "2026-03-20",
  "subject": "Divieto di accensione di fuochi e di abbruciamento di residui vegetali nelle aree agricole e boscate del territorio comunale dal 1° aprile al 31 ottobre 2026."}},
{"file": "attestazione-busachi-siscom.pdf", "role": "certificate", "what": "certificate of publication and executivity of Consiglio deliberation 6 of 19/03/2026, affixed 23/03/2026 (Albo register 142): 80-column Courier form with dotted labels (enscript + Ghostscript)",
 "act": {"municipality": "Comune di Busachi", "kind": "attestazione", "number": 6, "date": "2026-03-19",
  "subject": "Approvazione del Documento Unico di Programmazione (DUP) 2026/2028 - Nota di aggiornamento."}},
{"file": "allegato-lotzorai-calc.pdf", "role": "attachment", "what": "Allegato A to determinazione 88/2026: 38 pseudonymised school-commuter grant rows, spreadsheet printed landscape over 2 pages with the header row repeated (openpyxl -> LibreOffice Calc)",
 "act": {"municipality": "Comune di Lotzorai"}},
{"file": "convocazione-serradifalco-sicraweb.pdf", "role": "notice", "what": "convocation of the Consiglio comunale for 31/03/2026 at 18:00 by the Presidente del Consiglio, prot. 3972 of 23/03/2026, with a 4-item agenda (wkhtmltopdf)",
 "act": {"municipality": "Comune di Serradifalco", "organ": "Presidenza del Consiglio Comunale", "kind": "convocazione", "date": "2026-03-23",
  "subject": "Convocazione del Consiglio Comunale in seduta ordinaria per il giorno 31 marzo 2026."}},
{"file": "avviso-siamaggiore-dedagroup.pdf", "role": "notice", "what": "unnumbered AVVISO on the green-waste collection calendar; letterhead and foot are Form XObjects drawn last; signature and body drawn before the title (reportlab)",
 "act": {"municipality": "Comune di Siamaggiore", "organ": "Area Tecnica", "office": "Servizio Ambiente", "kind": "avviso", "date": "2026-03-25",
  "subject": "NUOVO CALENDARIO DELLA RACCOLTA DEL VERDE E DELLE POTATURE – ANNO 2026"}},
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
