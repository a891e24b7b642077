# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
def roll(spec, role="Consigliere"):
    return [A(n, r or role, p) for n, r, p in spec]
K = [
{"file": "deliberazione-roccaverano-chromium.pdf", "role": "act",
 "what": "Consiglio comunale 7/2026 of Roccaverano (AT), mixed in-room/videoconference sitting; roll table with X marks and 'presente in videoconferenza' notes; vote in a Presenti/Votanti/Favorevoli/Contrari/Astenuti table (Chromium)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Roccaverano", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 7, "date": "2026-03-12", "time": "21:00",
  "subject": "Approvazione delle modifiche al Regolamento per la disciplina del canone unico patrimoniale di concessione, autorizzazione o esposizione pubblicitaria.",
  "attendees": roll([("GARBARINO Fabio", "Sindaco", True), ("ROBBA Marina", None, True), ("CIRIO Alessandro", None, True), ("BARBERO Luisa", None, False), ("MARENCO Paolo", None, True), ("GALLO Ilaria", None, True), ("BOSIO Stefano", None, True), ("CAVIGLIA Enrico", None, False), ("NOVELLI Chiara", None, True), ("FERRERO Walter", None, True), ("ABATE Simona", None, True), ("RIZZOLIO Dario", None, True), ("GHIONE Marta", None, True)]),
  "president": {"title": "Sig.", "role": "Sindaco", "name": "Fabio Garbarino"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Paola Cavallero"},
  "vote": "majority", "vote_counts": {"present": 11, "voters": 10, "in_favour": 8, "against": 2, "abstained": 1}, "immediately_executive": True}},
{"file": "deliberazione-cremosano-writer.pdf", "role": "act",
 "what": "Consiglio comunale 5/2026 of Cremosano (CR); roll split in two bordered tables side by side (7 + 6 rows, P/A column); unanimous vote (HTML opened in LibreOffice Writer)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Cremosano", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 5, "date": "2026-02-26", "time": "20:45",
  "subject": "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE PER LA GESTIONE IN FORMA ASSOCIATA DEL SERVIZIO DI POLIZIA LOCALE CON I COMUNI DI CAMPAGNOLA CREMASCA E TRESCORE CREMASCO – PERIODO 2026-2030.",
  "attendees": roll([("Ferla Davide", "Sindaco", True), ("Bonizzi Laura", None, True), ("Guerini Matteo", None, True), ("Vailati Sara", None, False), ("Cappellini Marco", None, True), ("Ogliari Federica", None, True), ("Moretti Giorgio", None, True),
    ("Bianchessi Elena", None, True), ("Tambani Luca", None, True), ("Aiolfi Chiara", None, True), ("Zanenga Paolo", None, False), ("Dossena Ilaria", None, True), ("Fusar Poli Andrea", None, True)]),
  "president": {"title": "Sig.", "role": "Sindaco", "name": "Davide Ferla"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Massimo Lanzi"},
  "vote": "unanimous", "vote_counts": {"present": 11, "voters": 11, "in_favour": 11, "against": 0, "abstained": 0}, "immediately_executive": True}},
{"file": "deliberazione-castelcondino-reportlab.pdf", "role": "act",
 "what": "Consiglio comunale 4/2026 of Castel Condino (TN), 'di data 30 gennaio 2026'; Presidente del Consiglio elected among councillors presides; members 'collegato da remoto'; justified lines set Tw, letterhead letter-spaced with Tc; running foot",
 "operative_points": 4,
 "act": {"municipality": "Comune di Castel Condino", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 4, "date": "2026-01-30", "time": "20:00",
  "subject": "Approvazione del Documento Unico di Programmazione (DUP) 2026-2028 e del bilancio di previsione finanziario 2026-2028.",
  "attendees": roll([("FRIZZI Mattia", "Presidente del Consiglio", True), ("BAZZOLI Giorgio", "Sindaco", True), ("SALVADORI Erica", None, True), ("LUCCHINI Pietro", None, True), ("ARMANI Nadia", None, True), ("TAMANINI Diego", None, False), ("POLLA Francesca", None, True), ("BONENTI Luca", None, True), ("MELZANI Sonia", None, True), ("RIGOTTI Emanuele", None, True), ("GIRARDINI Alba", None, False), ("ZANETTI Omar", None, True), ("DALPONTE Irene", None, True)]),
  "president": {"title": "sig.", "role": "Presidente del Consiglio", "name": "Mattia Frizzi"},
  "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Renzo Bertolini"},
  "vote": "majority", "vote_counts": {"present": 11, "voters": 11, "in_favour": 9, "against": 2, "abstained": 0}, "immediately_executive": True}},
{"file": "deliberazione-moimacco-insiel.pdf", "role": "act",
 "what": "Consiglio comunale 9/2026 of Moimacco (UD): register row 'N. 9 | del 27.02.2026', P/A roll table, the minute taken by the Vicesegretario; running head and foot on every page (fpdf2)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Moimacco", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 9, "date": "2026-02-27", "time": "19:00",
  "subject": "Ratifica della variazione di bilancio adottata in via d'urgenza dalla Giunta comunale con deliberazione n. 14 del 29.01.2026 (art. 175, comma 4, del D.Lgs. 267/2000).",
  "attendees": roll([("Tomasetig Enrico", "Sindaco", True), ("Miani Cristina", "Vice Sindaco", True), ("Blasutig Ivano", None, True), ("Cudicio Nadia", None, True), ("Feruglio Massimo", None, False), ("Gorasso Daniela", None, True), ("Macorig Franco", None, True), ("Petrussa Lara", None, True), ("Qualizza Roberto", None, True), ("Sdrigotti Anna", None, False), ("Tomada Walter", None, True), ("Visintini Paola", None, True), ("Zuliani Marco", None, True)]),
  "president": {"title": "sig.", "role": "Sindaco", "name": "Enrico Tomasetig"},
  "secretary": {"title": "dott.ssa", "role": "Vicesegretario comunale", "name": "Michela Zorzenon"},
  "vote": "majority", "vote_counts": {"present": 11, "voters": 9, "in_favour": 8, "against": 1, "abstained": 2}, "immediately_executive": True}},
{"file": "deliberazione-sovizzo-wkhtml.pdf", "role": "act",
 "what": "Consiglio comunale 18/2026 of Sovizzo (VI): label grid (Numero/Data/Seduta/Ora/Oggetto), Presidente del Consiglio presides, two members in videoconference, an Assessore esterno present without vote; motion rejected, vote table (wkhtmltopdf)",
 "operative_points": 1,
 "act": {"municipality": "Città di Sovizzo", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 18, "date": "2026-03-24", "time": "20:30",
  "subject": "MOZIONE DEL GRUPPO CONSILIARE \"SOVIZZO COMUNE\" AD OGGETTO \"INSTALLAZIONE DI DEFIBRILLATORI NEGLI IMPIANTI SPORTIVI COMUNALI\". ESAME E VOTAZIONE.",
  "attendees": roll([("Marchetto Ilaria", "Sindaco", True), ("Fracasso Luigi", "Presidente del Consiglio", True), ("Bedin Sara", None, True), ("Dal Pra Giacomo", None, True), ("Rossato Chiara", None, True), ("Cracco Tiziano", None, False), ("Zordan Martina", None, True), ("Peruzzi Fabio", None, True), ("Lovato Giulia", None, True), ("Cisco Andrea", None, True), ("Maistrello Elena", None, True), ("Tonello Riccardo", None, True), ("Sartori Beatrice", None, False)]),
  "others_present": [{"title": "dott.", "role": "Assessore esterno", "name": "Nicola Ghiotto"}],
  "president": {"title": "sig.", "role": "Presidente del Consiglio", "name": "Luigi Fracasso"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Roberta Fanton"},
  "vote": "majority", "vote_counts": {"present": 11, "voters": 11, "in_favour": 4, "against": 7, "abstained": 0}, "immediately_executive": False}},
{"file": "verbale-lauco-latex.pdf", "role": "act",
 "what": "minute of the Consiglio comunale of Lauco (UD), sitting of 17.03.2026, with two items: 1 'Comunicazioni del Sindaco' (no act) and 2, deliberation n. 6; pdfLaTeX, microtype letter-spacing, fancyhdr running head",
 "operative_points": 3,
 "act": {"municipality": "Comune di Lauco", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 6, "date": "2026-03-17", "time": "18:30",
  "subject": "Approvazione del regolamento comunale per la concessione in uso temporaneo dei locali della ex scuola di Trava.",
  "attendees": roll([("De Franceschi Alessio", "Sindaco", True), ("Candotti Erica", None, True), ("Mecchia Gianni", None, True), ("Pellizzari Lucia", None, True), ("Screm Bruno", None, False), ("Agarinis Monica", None, True), ("Dereani Fausto", None, True), ("Pittino Sabrina", None, True), ("Cescutti Elvio", None, False), ("Tavoschi Nadia", None, True), ("Zanier Ivo", None, True)]),
  "president": {"title": "sig.", "role": "Sindaco", "name": "Alessio De Franceschi"},
  "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Fabrizio Craighero"},
  "vote": "unanimous", "vote_counts": {"present": 9, "voters": 9, "in_favour": 9, "against": 0, "abstained": 0}, "immediately_executive": False}},
{"file": "deliberazione-gorlago-groff.pdf", "role": "act",
 "what": "Giunta comunale 21/2026 of Gorlago (BG), 5-member roll in a tbl box with Presenti/Assenti columns, date in words; groff -ms to PDF (gropdf), running foot",
 "operative_points": 3,
 "act": {"municipality": "Comune di Gorlago", "organ": "Giunta comunale", "kind": "deliberazione", "number": 21, "date": "2026-03-04", "time": "17:30",
  "subject": "Approvazione del progetto di fattibilità tecnico-economica dei lavori di riqualificazione dell’area verde di via Tonale – CUP H49J26000120004.",
  "attendees": [A("ROTA Elena", "Sindaco"), A("BELOTTI Marco", "Vicesindaco"), A("PESENTI Giulia", "Assessore"), A("CARRARA Ivan", "Assessore", False), A("LOCATELLI Sonia", "Assessore")],
  "president": {"title": "sig.ra", "role": "Sindaco", "name": "Elena Rota"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Gianluca Vitali"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-villadelconte-halley.pdf", "role": "act",
 "what": "Giunta comunale of Villa del Conte (PD), REG. GEN. N. 34 of 10.03.2026, 80-column Courier capitals with a character-drawn 5-member roll; minute taken by the Vicesegretario (enscript + Ghostscript)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Villa del Conte", "organ": "Giunta comunale", "kind": "deliberazione", "number": 34, "date": "2026-03-10", "time": "18:15",
  "subject": "CONCESSIONE DI CONTRIBUTI ORDINARI ALLE ASSOCIAZIONI SPORTIVE DILETTANTISTICHE PER LA STAGIONE 2025/2026.",
  "attendees": [A("BERGAMIN ALESSANDRO", "SINDACO"), A("TONIATO ROBERTA", "VICESINDACO"), A("MARCON LORENZO", "ASSESSORE"), A("FANTINATO GIADA", "ASSESSORE", False), A("BORTOLAMI CESARE", "ASSESSORE")],
  "president": {"title": "SIG.", "role": "SINDACO", "name": "ALESSANDRO BERGAMIN"},
  "secretary": {"title": "DOTT.", "role": "VICESEGRETARIO COMUNALE", "name": "MARCO SCHIAVON"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "certificato-ternengo-kibernetes.pdf", "role": "certificate",
 "what": "certificate of publication of Consiglio deliberation 6 of 28.02.2026, published 05.03.2026–20.03.2026 as register n. 97; every glyph its own Tm+Tj, lines justified by moving glyphs, Albo stamp rotated 90° in the left margin",
 "act": {"municipality": "Comune di Ternengo", "kind": "certificato di pubblicazione", "number": 6, "date": "2026-02-28",
  "subject": "Approvazione del piano delle alienazioni e valorizzazioni immobiliari per il triennio 2026-2028."}},
{"file": "convocazione-grezzago-word.pdf", "role": "notice",
 "what": "letter of the Presidente del Consiglio convening the Consiglio comunale for 19/03/2026 at 21:00, prot. 1874 of 12/03/2026, five-item agenda; Word template with letterhead in the running head (python-docx, LibreOffice)",
 "act": {"municipality": "Comune di Grezzago", "kind": "convocazione", "date": "2026-03-12",
  "subject": "Convocazione del Consiglio comunale in sessione ordinaria – seduta del 19 marzo 2026."}},
{"file": "allegato-bleggiosuperiore-calc.pdf", "role": "attachment",
 "what": "Allegato A to Consiglio deliberation 8/2026 of Bleggio Superiore (TN): spreadsheet of roll-call votes per group of articles, landscape, file name in the running head (openpyxl, LibreOffice Calc)",
 "act": {"municipality": "Comune di Bleggio Superiore"}},
{"file": "deliberazione-montecchiadicrosara-apkappa.pdf", "role": "act",
 "what": "Consiglio comunale 11/2026 of Montecchia di Crosara (VR): date in words ('addì venti del mese di marzo'), body in two columns with the roll split in two tables (7 + 6), Vicesegretario; letterhead and foot are Form XObjects drawn after the body, signatures drawn before the heading",
 "operative_points": 4,
 "act": {"municipality": "Comune di Montecchia di Crosara", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 11, "date": "2026-03-20", "time": "20:30",
  "subject": "ADESIONE ALLA COMUNITÀ ENERGETICA RINNOVABILE \"VAL D'ALPONE ENERGIA\" E APPROVAZIONE DELLO STATUTO.",
  "attendees": roll([("Dal Cero Giovanni", "Sindaco", True), ("Fattori Lisa", None, True), ("Zanini Roberto", None, True), ("Bertolazzi Anna", None, False), ("Tessari Michele", None, True), ("Burato Elisa", None, True), ("Vesentini Nicola", None, True),
    ("Carlotto Giulia", None, True), ("Pieropan Sergio", None, True), ("Zambon Marika", None, True), ("Castagna Luigi", None, False), ("Sartori Denis", None, True), ("Anselmi Rita", None, True)]),
  "president": {"title": "Sig.", "role": "Sindaco", "name": "Giovanni Dal Cero"},
  "secretary": {"title": "dott.", "role": "Vicesegretario Comunale", "name": "Alberto Menegazzi"},
  "vote": "majority", "vote_counts": {"present": 11, "voters": 10, "in_favour": 9, "against": 1, "abstained": 1}, "immediately_executive": True}},
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
    for o in a.get("others_present", []): strs += [("other", v) for v in o.values()]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
assert len(K) == 12 and not bad, "keyed strings missing"
