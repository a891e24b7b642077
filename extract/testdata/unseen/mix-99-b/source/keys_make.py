# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
def roll(rows, default_role="Consigliere"):
    return [A(n, r or default_role, p) for n, r, p in rows]
K = [
{"file": "deliberazione-castelnuovocilento-writer.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 9/2026 in seconda convocazione; roll table with a 'Presente SI / NO' column; majority vote with two named abstainers (LibreOffice Writer from HTML)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Castelnuovo Cilento", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 9, "date": "2026-03-03", "time": "18:30",
  "subject": "Modifiche al Regolamento comunale per l'applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria.",
  "attendees": roll([("Di Biasi Gerardo", "Sindaco", True), ("Ferrara Luisa", None, True), ("Rizzo Pasquale", None, True), ("Pepe Annamaria", None, False),
    ("Cantalupo Domenico", None, True), ("Di Luccia Marianna", None, True), ("Romano Vito", None, False), ("Guariglia Teresa", None, True),
    ("Volpe Angelo", None, True), ("Bruno Carmela", None, False), ("Mainenti Giuseppe", None, True)]),
  "president": {"title": "avv.", "role": "Sindaco", "name": "Gerardo Di Biasi"},
  "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Rosaria Galardo"},
  "vote": "majority", "vote_counts": {"present": 8, "voters": 6, "in_favour": 6, "against": 0, "abstained": 2},
  "immediately_executive": True}},
{"file": "deliberazione-galluccio-reportlab.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 5/2026 (DUP and budget); date and time in words; numbered roll rows with Carica and Gruppo consiliare columns and X marks; presided by the Presidente del Consiglio; ReportLab lines justified with Tw, headings letter-spaced with Tc",
 "operative_points": 4,
 "act": {"municipality": "Comune di Galluccio", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 5, "date": "2026-03-12", "time": "17:30",
  "subject": "Approvazione del Documento Unico di Programmazione (DUP) 2026/2028 e del Bilancio di previsione finanziario 2026/2028.",
  "attendees": roll([("Zarone Antonio", "Sindaco", True), ("Lombardi Stefania", "Presidente del Consiglio", True), ("Verrengia Michele", None, True),
    ("Cerrone Maria Grazia", None, True), ("Di Siena Luca", None, False), ("Pelliccia Raffaele", None, True), ("Fusco Elvira", None, True),
    ("Macera Giovanni", None, True), ("Tamburrino Ciro", None, True), ("Rossi Angela", None, True), ("Palumbo Nicola", None, False)]),
  "president": {"title": "sig.ra", "role": "Presidente del Consiglio comunale", "name": "Stefania Lombardi"},
  "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Enrico Iannotta"},
  "vote": "majority", "vote_counts": {"present": 9, "voters": 9, "in_favour": 7, "against": 2, "abstained": 0},
  "immediately_executive": True}},
{"file": "deliberazione-ortelle-chromium.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 14/2026; roll in prose after the subject ('Sono presenti i Consiglieri: … Sono assenti: …'), Sindaco named first; presided by the Presidente del Consiglio; three named abstainers (Chromium)",
 "operative_points": 3,
 "act": {"municipality": "Città di Ortelle", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 14, "date": "2026-03-17", "time": "19:00",
  "subject": "Approvazione della convenzione con il Comune di Santa Cesarea Terme per la gestione associata del servizio di Polizia Locale – periodo 2026/2028.",
  "attendees": roll([("Francesco Rizzello", "Sindaco", True), ("Anna Maria Schito", "Presidente del Consiglio comunale", True), ("Luigi Accoto", None, True),
    ("Caterina Coluccia", None, True), ("Giorgio De Giorgi", None, True), ("Pamela Sticchi", None, True), ("Vincenzo Caroppo", None, True),
    ("Antonella Minonne", None, True), ("Salvatore Rausa", None, True), ("Daniela Martella", None, True),
    ("Cosimo Pizzolante", None, False), ("Giovanna Licci", None, False)]),
  "president": {"title": "dott.ssa", "role": "Presidente del Consiglio comunale", "name": "Anna Maria Schito"},
  "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "Marcello Bleve"},
  "vote": "majority", "vote_counts": {"present": 10, "voters": 7, "in_favour": 7, "against": 0, "abstained": 3},
  "immediately_executive": True}},
{"file": "deliberazione-supino-latex.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 8/2026 (PEF and TARI 2026); roll in three column pairs (name, P/A) read row-wise by pdftotext; body in two columns (multicol); running head; presided by the Presidente del Consiglio (pdfLaTeX)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Supino", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 8, "date": "2026-03-25", "time": "18:00",
  "subject": "Approvazione del Piano Economico Finanziario (PEF) del servizio integrato di gestione dei rifiuti urbani e delle tariffe TARI per l’anno 2026.",
  "attendees": roll([("Cellitti Alessandro", "Sindaco", True), ("Ambrosetti Chiara", None, True), ("De Santis Roberto", None, True), ("Pizzuti Elena", None, True),
    ("Ricci Daniele", None, True), ("Tomei Gianluca", None, True), ("Tagliaferri Luca", None, False), ("Carlini Veronica", None, True), ("Reali Massimo", None, True),
    ("Ceccarelli Marta", None, False), ("Bonanni Walter", None, True), ("Luzi Stefano", None, True), ("Magni Laura", None, True)]),
  "president": {"title": "sig.", "role": "Presidente del Consiglio comunale", "name": "Roberto De Santis"},
  "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Paola Cristofanilli"},
  "vote": "majority", "vote_counts": {"present": 11, "voters": 9, "in_favour": 8, "against": 1, "abstained": 2},
  "immediately_executive": True}},
{"file": "deliberazione-melendugno-halley.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 11/2026 (rendiconto 2025) over 2 pages with running head and foot on each; roll with Presente / Assente / Assente giustificato columns; presided by the Presidente del Consiglio; named abstainers (fpdf2)",
 "operative_points": 4,
 "act": {"municipality": "Città di Melendugno", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 11, "date": "2026-03-30", "time": "17:30",
  "subject": "Approvazione del Rendiconto della gestione per l'esercizio finanziario 2025.",
  "attendees": roll([("Potì Marco", "Sindaco", True), ("Cataldo Rita", "Presidente del Consiglio", True), ("Leo Antonio", None, True), ("Petrachi Simona", None, True),
    ("Greco Fernando", None, False), ("De Pascalis Ilenia", None, True), ("Marra Cosimo", None, True), ("Stefanizzi Lucia", None, True), ("Quarta Giuseppe", None, False),
    ("Dimastrogiovanni Paola", None, True), ("Chiriatti Roberto", None, True), ("Nahi Sara", None, True), ("Caretto Massimo", None, True), ("Martella Gabriele", None, False),
    ("Solazzo Francesca", None, True), ("Rollo Emanuele", None, True), ("Tondo Anna", None, True)]),
  "president": {"title": "avv.", "role": "Presidente del Consiglio Comunale", "name": "Rita Cataldo"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Annalisa Toma"},
  "vote": "majority", "vote_counts": {"present": 14, "voters": 14, "in_favour": 10, "against": 1, "abstained": 3},
  "immediately_executive": True}},
{"file": "deliberazione-ischiadicastro-enscript.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 6/2026 in seconda convocazione (debito fuori bilancio); 80-column Courier report in capitals, numbered roll with P/A column (enscript + Ghostscript)",
 "operative_points": 3,
 "act": {"municipality": "COMUNE DI ISCHIA DI CASTRO", "organ": "CONSIGLIO COMUNALE", "kind": "deliberazione", "number": 6, "date": "2026-03-18", "time": "11:00",
  "subject": "RICONOSCIMENTO DI LEGITTIMITA’ DEL DEBITO FUORI BILANCIO DERIVANTE DALLA SENTENZA DEL GIUDICE DI PACE DI VITERBO N. 212/2025, AI SENSI DELL’ART. 194, COMMA 1, LETT. A), DEL D.LGS. 267/2000.",
  "attendees": roll([("MANCINI SERGIO", "SINDACO", True), ("BUZZI ROSSELLA", "CONSIGLIERE", True), ("PAPINI LORENZO", "CONSIGLIERE", False), ("ZACCARIA MONICA", "CONSIGLIERE", True),
    ("BRIZI FRANCO", "CONSIGLIERE", False), ("LUCCIOLI SARA", "CONSIGLIERE", True), ("ANSELMI TIZIANO", "CONSIGLIERE", False), ("FUCILI GRAZIELLA", "CONSIGLIERE", True),
    ("TARQUINI ALDO", "CONSIGLIERE", False), ("MORUCCI ELENA", "CONSIGLIERE", True), ("CERRONI DAVIDE", "CONSIGLIERE", False)]),
  "president": {"title": "SIG.", "role": "SINDACO", "name": "SERGIO MANCINI"},
  "secretary": {"title": "DOTT.", "role": "SEGRETARIO COMUNALE", "name": "GIANLUCA SCIARRA"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-roccasantostefano-kibernetes.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 3/2026 (IMU 2026) in seconda convocazione; roll with SI/NO 'Presente' column; two named abstainers; every glyph its own Tm+Tj, justified by spreading glyphs; Albo stamp rotated 90° in the left margin",
 "operative_points": 3,
 "act": {"municipality": "Comune di Rocca Santo Stefano", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 3, "date": "2026-03-20", "time": "20:15",
  "subject": "Approvazione aliquote e detrazioni dell'Imposta Municipale Propria (IMU) per l'anno 2026.",
  "attendees": roll([("Coluzzi Sandro", "Sindaco", True), ("Bernardi Elisa", None, True), ("Pietrangeli Marco", None, False), ("Colagrossi Ilaria", None, True),
    ("Mariani Fabio", None, True), ("Tozzi Roberta", None, False), ("Iacobucci Paolo", None, True), ("Fiorini Sabrina", None, True), ("Ciarla Emanuele", None, False),
    ("De Angelis Mirko", None, True), ("Pompili Chiara", None, True)]),
  "president": {"role": "Sindaco", "name": "Sandro Coluzzi"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Federica Ianni"},
  "vote": "majority", "vote_counts": {"present": 8, "voters": 6, "in_favour": 6, "against": 0, "abstained": 2},
  "immediately_executive": True}},
{"file": "determinazione-giungano-wkhtml.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica, sector 'N. 47/2026 R.S. del 10.3.2026', general register 'Reg. Gen. 311 del 11.3.2026', proposal 58 of 9.3.2026 in a grey-labelled grid (wkhtmltopdf)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Giungano", "organ": "AREA TECNICA", "office": "Servizio Manutenzioni e Patrimonio", "kind": "determinazione",
  "number": 311, "sector_number": 47, "date": "2026-03-11", "proposal_number": 58, "proposal_date": "2026-03-09",
  "subject": "Lavori di manutenzione straordinaria della copertura della sala consiliare – Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. 36/2023 alla ditta Edil Alburni s.r.l. – CIG B9D4E27A15 – Impegno di spesa."}},
{"file": "convocazione-santarcangelotrimonte-word.pdf", "role": "notice",
 "what": "Sindaco's letter convening the Consiglio comunale for 26/03/2026 (second call 27/03/2026), protocol 712 of 16/03/2026; letterhead in the Word header (python-docx, LibreOffice)",
 "act": {"municipality": "Comune di Sant'Arcangelo Trimonte", "kind": "convocazione", "date": "2026-03-16",
  "subject": "Convocazione del Consiglio comunale in sessione ordinaria – 26 marzo 2026."}},
{"file": "attestazione-collesanmagno-groff.pdf", "role": "certificate",
 "what": "certificate of publication of Consiglio deliberation 4 of 16/03/2026 (published 18/03–02/04/2026, register 137), groff -ms to PDF (gropdf)",
 "act": {"municipality": "Comune di Colle San Magno", "kind": "attestazione", "number": 4, "date": "2026-03-16",
  "subject": "Approvazione del Regolamento comunale per la concessione in uso temporaneo dei locali dell’ex edificio scolastico di via Valle."}},
{"file": "allegato-sanmarcolacatola-calc.pdf", "role": "attachment",
 "what": "Allegato A to Consiglio deliberation 6/2026: table of councillors' attendance in 2025 with merged header cells, printed landscape by LibreOffice Calc",
 "act": {"municipality": "Comune di San Marco la Catola"}},
{"file": "decreto-torrelenocelle-xobject.pdf", "role": "act",
 "what": "DECRETO SINDACALE N. 3 DEL 9.3.2026 appointing the head of the Area Tecnica; letterhead and foot are Form XObjects used on both pages; premises, points and signature drawn before the headings (ReportLab)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Torre Le Nocelle", "organ": "Sindaco", "kind": "decreto", "number": 3, "date": "2026-03-09",
  "subject": "Conferimento dell'incarico di Elevata Qualificazione e nomina del Responsabile dell'Area Tecnica per l'anno 2026."}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
EXC = {"determinazione-giungano-wkhtml.pdf"}  # subject cell wraps around the vertically centred "Oggetto" label (see NOTES.md)
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
    bad += bool(miss) and k["file"] not in EXC
    print(k["file"], "MISSING:" if miss else "ok", miss)
raise SystemExit(1 if bad else 0)
