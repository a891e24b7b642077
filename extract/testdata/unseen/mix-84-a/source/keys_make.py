# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
C16 = dict(present=14, voters=13, in_favour=10, against=3, abstained=1)
K = [
{"file": "deliberazione-scandicci-chromium.pdf", "role": "act",
 "what": "Giunta deliberation 58/2026; roll table with titles in the name cell and Presente/Assente X columns; Sindaco absent, Vicesindaco presides; Vice Segretario Generale (Chromium)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Scandicci", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 58, "date": "2026-03-24", "time": "15:30",
  "subject": "Approvazione del progetto di fattibilità tecnico-economica per la riqualificazione del Parco dell'Acciaiolo – CUP B41B26000120004.",
  "attendees": [A("Fallani Sandro Maria", "Sindaco", False), A("Lombardini Andrea", "Vicesindaco"), A("Ndiaye Awa", "Assessore"), A("Palomba Riccardo", "Assessore"),
                A("Sereni Lucia", "Assessore", False), A("Bencini Tommaso", "Assessore"), A("Giachi Elena", "Assessore")],
  "president": {"title": "Avv.", "role": "Vicesindaco", "name": "Andrea Lombardini"},
  "secretary": {"title": "Dott.ssa", "role": "Vice Segretario Generale", "name": "Chiara Bartolozzi"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-aversa-wkhtml.pdf", "role": "act",
 "what": "Consiglio deliberation 19/2026 ('N. 19/2026 del 27.3.2026'); 16-member numbered roll with Presente/Assente words; vote 'Presenti 14, Votanti 13, Favorevoli 10, Contrari 3, Astenuti 1' (wkhtmltopdf)",
 "operative_points": 3,
 "act": {"municipality": "Città di Aversa", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 19, "date": "2026-03-27", "time": "18:00",
  "subject": "Approvazione del Regolamento per la disciplina del canone patrimoniale di concessione per l'occupazione delle aree dei mercati – modifiche agli articoli 8, 12 e 21.",
  "attendees": [A("Matacena Francesco", "Sindaco", False), A("Sagliocco Carmine", "Presidente del Consiglio"), A("Di Martino Luigi", "Consigliere"), A("Ferrara Rosa", "Consigliere"),
                A("Golia Antonio", "Consigliere"), A("Caterino Vincenzo", "Consigliere"), A("Marrandino Teresa", "Consigliere"), A("Oliva Pasquale", "Consigliere"),
                A("Romano Giuseppina", "Consigliere"), A("Mottola Raffaele", "Consigliere"), A("Santoro Gennaro", "Consigliere"), A("Petrella Anna", "Consigliere", False),
                A("Buonanno Salvatore", "Consigliere"), A("Russo Maria Grazia", "Consigliere"), A("Virgilio Domenico", "Consigliere"), A("Esposito Ciro", "Consigliere")],
  "president": {"title": "Dott.", "role": "Presidente del Consiglio", "name": "Carmine Sagliocco"},
  "secretary": {"title": "Avv.", "role": "Vice Segretario Generale", "name": "Giovanna Iodice"},
  "vote": "majority", "vote_counts": C16, "immediately_executive": True}},
{"file": "deliberazione-bomporto-writer.pdf", "role": "act",
 "what": "Giunta deliberation 31/2026 (copy); roll table with P/A column, titles in the name cell; Sindaco absent, Vicesindaco presides; Vice Segretario Generale (HTML opened in LibreOffice Writer)",
 "operative_points": 2,
 "act": {"municipality": "Comune di Bomporto", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 31, "date": "2026-03-19", "time": "12:15",
  "subject": "CONCESSIONE DI CONTRIBUTI ALLE ASSOCIAZIONI SPORTIVE DILETTANTISTICHE PER L'ANNO 2026.",
  "attendees": [A("Borghi Tania", "Sindaco", False), A("Guerzoni Angelo", "Vicesindaco"), A("Tosi Federica", "Assessore"), A("Malagoli Stefano", "Assessore"), A("Zanoli Matteo", "Assessore")],
  "president": {"title": "Ing.", "role": "Vicesindaco", "name": "Angelo Guerzoni"},
  "secretary": {"title": "Dott.", "role": "Vice Segretario Generale", "name": "Luca Benatti"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-segni-halley.pdf", "role": "act",
 "what": "Consiglio deliberation 11/2026; 16 members in a two-column-pair grid with Presente/Assente words; label grid for number/date; lines justified with Tw, heading letter-spaced with Tc; vote counts in prose (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Segni", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 11, "date": "2026-03-30", "time": "17:30",
  "subject": "Approvazione del Documento Unico di Programmazione (DUP) 2026/2028 – Nota di aggiornamento.",
  "attendees": [A("Corsi Andrea", "Sindaco", False), A("Latini Paola", "Consigliere"), A("Cianfoni Marco", "Consigliere"), A("Pagliarosi Luca", "Consigliere"),
                A("Felici Sara", "Consigliere"), A("Proietti Daniele", "Consigliere"), A("Battisti Giorgio", "Consigliere"), A("Mancini Fabio", "Consigliere"),
                A("Zaccari Irene", "Consigliere"), A("Gentili Marta", "Consigliere", False), A("Tomei Roberto", "Consigliere"), A("Colasanti Enzo", "Consigliere"),
                A("Renzi Claudio", "Consigliere"), A("Moroni Chiara", "Consigliere"), A("Arcangeli Paolo", "Consigliere"), A("Onori Stefano", "Consigliere")],
  "president": {"title": "Avv.", "role": "Presidente del Consiglio", "name": "Paola Latini"},
  "secretary": {"title": "Dott.", "role": "Vice Segretario Generale", "name": "Emanuele Carocci"},
  "vote": "majority", "vote_counts": C16, "immediately_executive": True}},
{"file": "deliberazione-giuglianoincampania-kibernetes.pdf", "role": "act",
 "what": "Giunta deliberation 47/2026 ('N. 47 del 26 marzo 2026'); every glyph its own Tm+Tj; roll grid with X marks; Albo stamp rotated 90° in the left margin; Sindaco absent, Vice Sindaco presides",
 "operative_points": 4,
 "act": {"municipality": "Città di Giugliano in Campania", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 47, "date": "2026-03-26", "time": "13:00",
  "subject": "Adesione al progetto \"Scuole Sicure 2026\" e approvazione dello schema di accordo con la Prefettura di Napoli.",
  "attendees": [A("Pirozzi Nicola", "Sindaco", False), A("Mallardo Giovanna", "Vice Sindaco"), A("Taglialatela Salvatore", "Assessore"), A("Ciccarelli Antonio", "Assessore"),
                A("Sarracino Immacolata", "Assessore"), A("Di Lorenzo Ciro", "Assessore", False), A("Granata Filomena", "Assessore")],
  "president": {"title": "Avv.", "role": "Vice Sindaco", "name": "Giovanna Mallardo"},
  "secretary": {"title": "Dott.", "role": "Vice Segretario Generale", "name": "Raffaele Chianese"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-mordano-reportlab.pdf", "role": "act",
 "what": "Consiglio deliberation 9/2026 over 2 pages; letterhead (with act number) and foot are Form XObjects repeated on each page; body drawn before the heading; roll of 13 with Presente/Assente; Consigliere anziano presides; vote counts in prose",
 "operative_points": 3,
 "act": {"municipality": "Comune di Mordano", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 9, "date": "2026-03-25", "time": "20:30",
  "subject": "APPROVAZIONE DELLA CONVENZIONE CON IL NUOVO CIRCONDARIO IMOLESE PER LA GESTIONE ASSOCIATA DEL SERVIZIO DI POLIZIA LOCALE – PERIODO 2026-2030.",
  "attendees": [A("Raffini Nicola", "Sindaco", False), A("Morini Giulia", "Consigliere"), A("Bacchilega Davide", "Consigliere"), A("Cavina Elisa", "Consigliere"),
                A("Tozzi Mirco", "Consigliere"), A("Rossini Paolo", "Consigliere"), A("Dal Pozzo Anna", "Consigliere"), A("Sangiorgi Luca", "Consigliere", False),
                A("Poggi Claudia", "Consigliere"), A("Ravaglia Simone", "Consigliere"), A("Fabbri Matteo", "Consigliere"), A("Zoli Francesca", "Consigliere"), A("Tampieri Enrico", "Consigliere")],
  "president": {"title": "Dott.ssa", "role": "Consigliere anziano", "name": "Giulia Morini"},
  "secretary": {"title": "Dott.ssa", "role": "Vice Segretario Generale", "name": "Barbara Bertozzi"},
  "vote": "majority", "vote_counts": dict(present=11, voters=11, in_favour=8, against=2, abstained=1), "immediately_executive": True}},
{"file": "deliberazione-barberinotavarnelle-latex.pdf", "role": "act",
 "what": "Giunta deliberation 36/2026; roll table with a merged 'Presenza' header over Pres./Ass. and a Totale row; letter-spaced heading; running head with the act number (pdfLaTeX)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Barberino Tavarnelle", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 36, "date": "2026-03-20", "time": "9:30",
  "subject": "Approvazione del calendario delle manifestazioni estive 2026 e concessione del patrocinio comunale.",
  "attendees": [A("Baroncelli David", "Sindaco", False), A("Pescini Giacomo", "Vicesindaco"), A("Fontani Roberta", "Assessore"), A("Bagni Francesco", "Assessore"), A("Calamandrei Sara", "Assessore")],
  "president": {"title": "Avv.", "role": "Vicesindaco", "name": "Giacomo Pescini"},
  "secretary": {"title": "Dott.", "role": "Vice Segretario Generale", "name": "Lorenzo Mugnaini"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-ravarino-fpdf.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica, sector n. 41 of 12/03/2026, Reg. Gen. 167 of 13/03/2026, proposal 88 of 10/03/2026, in a bordered label grid (fpdf2)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Ravarino", "organ": "AREA TECNICA", "office": "Lavori Pubblici e Patrimonio", "kind": "determinazione",
  "number": 167, "sector_number": 41, "date": "2026-03-13", "proposal_number": 88, "proposal_date": "2026-03-10",
  "subject": "Affidamento diretto del servizio di manutenzione del verde pubblico per l'anno 2026 – CIG B9F2A7C31D – Impegno di spesa."}},
{"file": "ordinanza-giffonivallepiana-halley.pdf", "role": "act",
 "what": "ordinanza 'N. 22/2026 R.G. DEL 18.3.2026' signed by the Vicesindaco for the absent Sindaco; 80-column Courier in capitals (enscript + Ghostscript)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Giffoni Valle Piana", "organ": "Vicesindaco", "office": "POLIZIA MUNICIPALE", "kind": "ordinanza", "number": 22, "date": "2026-03-18",
  "subject": "DISCIPLINA TEMPORANEA DELLA CIRCOLAZIONE IN VIA FRANCESCO NAPOLI E PIAZZA UMBERTO I IN OCCASIONE DELLA FIERA DI PRIMAVERA DEL 28 E 29 MARZO 2026."}},
{"file": "attestazione-castelguelfodibologna-groff.pdf", "role": "certificate",
 "what": "certificate of publication of Consiglio deliberation 14 of 23/03/2026, published 26/03/2026 (register n. 412), signed by the Vice Segretario Generale (groff -ms)",
 "act": {"municipality": "Comune di Castel Guelfo di Bologna", "kind": "attestazione", "number": 14, "date": "2026-03-23",
  "subject": "Approvazione del Piano comunale di protezione civile - aggiornamento 2026."}},
{"file": "allegato-sangiovanniinpersiceto-calc.pdf", "role": "attachment",
 "what": "Allegato A to Giunta deliberation 44 of 24/03/2026: table of grants to 6 volunteer associations, landscape spreadsheet (openpyxl -> LibreOffice Calc)",
 "act": {"municipality": "Comune di San Giovanni in Persiceto"}},
{"file": "convocazione-labico-word.pdf", "role": "notice",
 "what": "letter convening the Consiglio Comunale for 31/03/2026 at 18:30, prot. 3391 of 20.3.2026; letterhead and foot in the Word header/footer (python-docx -> LibreOffice)",
 "act": {"municipality": "Comune di Labico", "kind": "convocazione", "date": "2026-03-20",
  "subject": "Convocazione del Consiglio Comunale in sessione ordinaria – seduta del 31 marzo 2026."}},
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
raise SystemExit(1 if bad else 0)
