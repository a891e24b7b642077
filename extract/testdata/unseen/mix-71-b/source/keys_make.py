# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
def G(file, what, pts, muni, num, date, time, subj, att, pres, secr, **kw):
    a = {"municipality": muni, "organ": "Giunta comunale", "kind": "deliberazione", "number": num, "date": date, "time": time,
         "subject": subj, "attendees": att, "president": pres, "secretary": secr, "vote": "unanimous", "immediately_executive": True}
    a.update(kw)
    return {"file": file, "role": "act", "what": what, "operative_points": pts, "act": a}
K = [
G("deliberazione-pratocarnico-insiel.pdf", "Giunta comunale deliberation 18/2026 of Prato Carnico (UD), Insiel/Adweb style: register box, roll table with separate Presente and Assente columns (Assente giustificato), Vice Sindaco presiding, pareri printed after the decision (fpdf2)",
  3, "Comune di Prato Carnico", 18, "2026-03-05", "17:30",
  "Approvazione del progetto di fattibilità tecnico-economica dei lavori di sistemazione della strada comunale Pieria - Osais. CUP B47H26000120006.",
  [A("Cappellari Erica", "Sindaco", False), A("Puschiasis Marco", "Vice Sindaco"), A("Gonano Lucia", "Assessore"), A("Della Pietra Ivo", "Assessore"), A("Sbrizzai Nadia", "Assessore", False)],
  {"title": "sig.", "role": "Vice Sindaco", "name": "Puschiasis Marco"},
  {"title": "dott.ssa", "role": "Segretario comunale", "name": "Marinella Candotti"}),
G("deliberazione-chiusaforte-adweb.pdf", "Giunta comunale deliberation 22/2026 of Chiusaforte (UD): grey-labelled register table, roll with a Presente/Assente column, Vice Segretario replacing the Segretario, pareri after the decision (Chromium)",
  3, "Comune di Chiusaforte", 22, "2026-03-12", "18:15",
  "Concessione in uso temporaneo della palestra comunale di Raccolana all'A.S.D. Sci Club Val Raccolana per la stagione 2026.",
  [A("Buzzi Stefano", "Sindaco"), A("Marcon Silvia", "Vice Sindaco"), A("Pesamosca Luca", "Assessore", False), A("Di Lenardo Anna", "Assessore")],
  {"title": "sig.", "role": "Sindaco", "name": "Stefano Buzzi"},
  {"title": "dott.ssa", "role": "Vice Segretario comunale", "name": "Federica Scarsini"}),
G("deliberazione-cibianadicadore-halley.pdf", "Giunta comunale deliberation 14/2026 of Cibiana di Cadore (BL): Halley 80-column Courier report in capitals, character-drawn box, numbered roll, VICESINDACO presiding, pareri after the decision (enscript + Ghostscript)",
  3, "Comune di Cibiana di Cadore", 14, "2026-03-09", "18:00",
  "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON IL COMUNE DI VALLE DI CADORE PER LA GESTIONE ASSOCIATA DEL SERVIZIO DI POLIZIA LOCALE - ANNI 2026/2028.",
  [A("DE LORENZO MASSIMO", "SINDACO", False), A("COLUSSI GIULIANA", "VICESINDACO"), A("ZANGRANDO PIERO", "ASSESSORE"), A("DEL FAVERO MONICA", "ASSESSORE")],
  {"title": "sig.ra", "role": "VICESINDACO", "name": "COLUSSI GIULIANA"},
  {"title": "DOTT.SSA", "role": "Segretario Comunale", "name": "ROMINA DA RIN"}),
{"file": "attestazione-zoppedicadore-halley.pdf", "role": "certificate",
 "what": "certificate of publication of Giunta deliberation 9 of 02/03/2026, affixed 04/03/2026 (register n. 47); every glyph is its own text object, lines justified by moving glyphs, Albo stamp rotated 90° in the left margin (reportlab)",
 "act": {"municipality": "Comune di Zoppè di Cadore", "kind": "attestazione", "number": 9, "date": "2026-03-02",
  "subject": "Approvazione del piano di manutenzione ordinaria dei sentieri comunali del Monte Pelmo per l'anno 2026."}},
G("deliberazione-molveno-dedagroup.pdf", "Giunta comunale deliberation 31/2026 of Molveno (TN), Dedagroup/Civilia style: letter-spaced (Tc) letterhead, justified (Tw) paragraphs, roll table with Presente/Assente columns and 'giustificato', Vicesindaco presiding, pareri after the decision (reportlab)",
  4, "Comune di Molveno", 31, "2026-03-19", "17:00",
  "Affidamento in concessione del servizio di noleggio imbarcazioni sul lago di Molveno per le stagioni estive 2026-2028 – approvazione degli indirizzi e dello schema di disciplinare.",
  [A("Donini Luca", "Sindaco", False), A("Bonetti Chiara", "Vicesindaco"), A("Sartori Mattia", "Assessore"), A("Nicolussi Elena", "Assessore"), A("Pooli Franco", "Assessore", False)],
  {"title": "signora", "role": "Vicesindaco", "name": "Chiara Bonetti"},
  {"title": "dott.ssa", "role": "Segretario comunale", "name": "Giovanna Flaim"}),
G("deliberazione-pievetesino-latex.pdf", "Giunta comunale deliberation 27/2026 of Pieve Tesino (TN): pdfLaTeX with microtype letter-spaced headings, running head with the act number, roll table with an 'Assente giustificato' column, Vice Segretario verbalizing",
  3, "Comune di Pieve Tesino", 27, "2026-03-24", "18:30",
  "Approvazione del programma delle manifestazioni estive 2026 presso il Museo Casa De Gasperi e concessione di contributo alla Pro Loco di Pieve Tesino.",
  [A("Gecele Mirko", "Sindaco"), A("Buffa Ornella", "Vicesindaco"), A("Menato Davide", "Assessore", False), A("Marchetto Irene", "Assessore")],
  {"title": "signor", "role": "Sindaco", "name": "Mirko Gecele"},
  {"title": "dott.ssa", "role": "Vice Segretario comunale", "name": "Katia Ropelato"}),
G("deliberazione-rodengo-writer.pdf", "Giunta comunale deliberation 41/2026 of Rodengo/Rodeneck (BZ): German and Italian side by side in borderless two-column tables, subjects one under the other, roll with Funktion and Funzione columns, Vicesindaca presiding (LibreOffice Writer)",
  3, "Comune di Rodengo", 41, "2026-03-26", "19:00",
  "Approvazione del progetto esecutivo per il rinnovo della condotta idropotabile in località Nauders.",
  [A("Oberhofer Klaus", "Sindaco", False), A("Hinteregger Maria", "Vicesindaca"), A("Mair Josef", "Assessore"), A("Gasser Anna", "Assessora"), A("Putzer Lukas", "Assessore")],
  {"role": "Vicesindaca", "name": "Maria Hinteregger"},
  {"title": "dott.", "role": "Segretario comunale", "name": "Martin Volgger"}),
G("deliberazione-challandsaintvictor-wkhtml.pdf", "Giunta comunale deliberation 19/2026 of Challand-Saint-Victor (AO): French and Italian one under the other, bilingual labels and roll (Présent / Presente), time '14h30' / 'ore 14.30', Vicesindaco presiding (wkhtmltopdf)",
  3, "Comune di Challand-Saint-Victor", 19, "2026-03-17", "14:30",
  "Approvazione del progetto di riqualificazione dell'area pic-nic di Villa – Programma di sviluppo rurale.",
  [A("VUILLERMIN Michel", "Sindaco", False), A("FOSSON Nathalie", "Vicesindaco"), A("BRUNOD Elio", "Assessore"), A("PERRIN Sylvie", "Assessore")],
  {"role": "Vicesindaco", "name": "Nathalie Fosson"},
  {"title": "dott.ssa", "role": "Segretario comunale", "name": "Elisa Charles"}),
G("deliberazione-gromo-maggioli.pdf", "Giunta comunale deliberation 35/2026 of Gromo (BG), Maggioli Word template over 2 pages with running head (act number) and foot on every page, roll table with a Presente/Assente column, pareri after the decision (python-docx, LibreOffice)",
  4, "Comune di Gromo", 35, "2026-03-20", "20:45",
  "ADESIONE AL PROGETTO \"VALSERIANA DIGITALE\" E APPROVAZIONE DELLO SCHEMA DI ACCORDO CON LA COMUNITÀ MONTANA VALLE SERIANA PER LA GESTIONE DEL PORTALE TURISTICO.",
  [A("SANTUS SARA", "Sindaco"), A("OBERTI GIANMARIO", "Vice Sindaco"), A("BONACORSI LAURA", "Assessore", False), A("TAGLIAFERRI ROBERTO", "Assessore"), A("MORSTABILINI IVANA", "Assessore Esterno")],
  {"title": "Sig.ra", "role": "Sindaco", "name": "SANTUS SARA"},
  {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Maria Grazia Belotti"}),
{"file": "determinazione-schilpario-groff.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica, area register n. 21, general register 58 of 23/03/2026, proposal 64 of 20/03/2026 (groff -ms)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Schilpario", "organ": "AREA TECNICA", "office": "Servizio Lavori Pubblici e Patrimonio", "kind": "determinazione",
  "number": 58, "sector_number": 21, "date": "2026-03-23", "proposal_number": 64, "proposal_date": "2026-03-20",
  "subject": "Affidamento diretto del servizio di sgombero neve sulle strade comunali della frazione Pradella per il periodo marzo-aprile 2026 – CIG B9F2C71D05 – Impegno di spesa."}},
{"file": "allegato-cocconato-calc.pdf", "role": "attachment",
 "what": "Allegato A to Giunta deliberation 24 of 16/03/2026: cemetery tariffs 2026, a spreadsheet printed by LibreOffice Calc with the file name in the running head",
 "act": {"municipality": "Comune di Cocconato"}},
{"file": "ordinanza-crissolo-sicraweb.pdf", "role": "act",
 "what": "ordinanza sindacale 6/2026 closing a road for avalanche danger; letterhead and foot are Form XObjects, signature and operative points drawn before heading and premises (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Crissolo", "organ": "Sindaco", "kind": "ordinanza", "number": 6, "date": "2026-03-27",
  "subject": "Chiusura temporanea della strada comunale Crissolo - Pian del Re per pericolo di valanghe."}},
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
print("files:", len(K), "with missing strings:", bad)
