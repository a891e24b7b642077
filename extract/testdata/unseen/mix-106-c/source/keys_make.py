# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "determinazione-sanmichelediganzaria-chromium.pdf", "role": "act",
 "what": "determinazione dirigenziale (Chromium): three separate boxes for general register 311 of 19/03, sector register 64 of 17/03 and proposal 82 of 12/03; office only in a label grid 'Settore proponente / Ufficio / Responsabile del procedimento'; boxed OGGETTO; points 1-4",
 "operative_points": 4,
 "act": {"municipality": "Comune di San Michele di Ganzaria", "organ": "Settore IV – Servizi Tecnici e Ambiente", "office": "Ufficio Ecologia e Servizio Idrico", "kind": "determinazione",
  "number": 311, "sector_number": 64, "date": "2026-03-19", "proposal_number": 82, "proposal_date": "2026-03-12",
  "subject": "Servizio di spurgo e videoispezione della rete fognaria comunale di via Cavour e via Dante Alighieri. Affidamento diretto ai sensi dell'art. 50, comma 1, lett. b) del D.Lgs. 36/2023 alla ditta Calatina Ecoservizi S.r.l. e impegno di spesa. CIG B9D4F12A60."}},
{"file": "determinazione-belvederedispinello-halley.pdf", "role": "act",
 "what": "determinazione 'N. 47/2026 R.G.' (service register 19/2026) over 2 pages: every glyph its own BT/Tm/Tj, lines justified by moving glyphs; Area and Servizio printed only in the running head of both pages; points 1.-5. on page 2",
 "operative_points": 5,
 "act": {"municipality": "Comune di Belvedere di Spinello", "organ": "Area Tecnica", "office": "Servizio Manutenzioni e Protezione Civile", "kind": "determinazione",
  "number": 47, "sector_number": 19, "date": "2026-03-20",
  "subject": "Lavori di somma urgenza per il ripristino della transitabilità della strada comunale Belvedere – Timpa del Salice interessata da smottamento. Approvazione del verbale di somma urgenza e impegno di spesa in favore della ditta Edil Neto S.r.l. – CIG B8E21C7A05."}},
{"file": "determinazione-panni-sicraweb.pdf", "role": "act",
 "what": "determinazione (fpdf2, Liberation Serif): general register 'Reg. Gen. 128 – data 24.3.2026' and sector 'n. 31 del 23.3.2026' in two separate boxes, proposal 40 of 20.3.2026 right-aligned; letter-spaced headings (Tc), justified body (Tw); the sector is named only in the signature 'Il Responsabile del III Settore – Servizi Tecnici'; points 1)-4)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Panni", "organ": "III Settore – Servizi Tecnici", "kind": "determinazione",
  "number": 128, "sector_number": 31, "date": "2026-03-24", "proposal_number": 40, "proposal_date": "2026-03-20",
  "subject": "Fornitura e posa in opera di giochi inclusivi e pavimentazione antitrauma nell'area a verde di Largo San Costanzo. Determina a contrarre e affidamento diretto alla ditta Ludoverde S.n.c. di Lucera. CUP C81B26000030002 – CIG B9A07E3D11."}},
{"file": "determinazione-graniti-latex.pdf", "role": "act",
 "what": "determinazione of the Responsabile di Area (pdfLaTeX): Area and Servizi in a framed box beside the crest and name; 'n. 12 del 3.3.2026 — Reg. Gen. n. 96 del 4.3.2026' on one line; premises in two columns (multicol); points 1.-3.",
 "operative_points": 3,
 "act": {"municipality": "Comune di Graniti", "organ": "AREA AMMINISTRATIVA", "office": "Servizi Sociali e Pubblica Istruzione", "kind": "determinazione",
  "number": 96, "sector_number": 12, "date": "2026-03-04",
  "subject": "Servizio di trasporto scolastico degli alunni pendolari frequentanti gli istituti di istruzione secondaria superiore – Rimborso abbonamenti mesi di gennaio e febbraio 2026 (L.R. 24/1973). Liquidazione."}},
{"file": "determinazione-cessaniti-word.pdf", "role": "act",
 "what": "determinazione (python-docx, LibreOffice) over 2 pages: Settore and Servizio only in the page header repeated on both pages; register grid with merged cells (general 203 of 25/03, sector 38 of 24/03, proposal 51 of 23/03); footer 'Reg. Gen. n. 203/2026 – pagina n di 2'; points 1.-5.",
 "operative_points": 5,
 "act": {"municipality": "Comune di Cessaniti", "organ": "Settore 2 – Economico-Finanziario", "office": "Servizio Tributi e Entrate", "kind": "determinazione",
  "number": 203, "sector_number": 38, "date": "2026-03-25", "proposal_number": 51, "proposal_date": "2026-03-23",
  "subject": "RIMBORSO DI SOMME INDEBITAMENTE VERSATE A TITOLO DI IMPOSTA MUNICIPALE PROPRIA (IMU) PER GLI ANNI D'IMPOSTA 2022 E 2023 – CONTRIBUENTI DIVERSI."}},
{"file": "determinazione-nociglia-ascii.pdf", "role": "act",
 "what": "determinazione of the Polizia Locale service: 80-column Courier report in capitals (enscript + Ghostscript), general register (174 of 26/03) and service register (22 of 25/03) in two character-drawn boxes side by side, proposal 29 of 24/03 on a dotted-leader line; spaced-out 'D E T E R M I N A Z I O N E'; points 1)-4)",
 "operative_points": 4,
 "act": {"municipality": "COMUNE DI NOCIGLIA", "organ": "SERVIZIO DI POLIZIA LOCALE", "kind": "determinazione",
  "number": 174, "sector_number": 22, "date": "2026-03-26", "proposal_number": 29, "proposal_date": "2026-03-24",
  "subject": "ACQUISTO DI SEGNALETICA STRADALE VERTICALE E ORIZZONTALE PER LA MESSA IN SICUREZZA DEI PLESSI SCOLASTICI DI VIA ROMA E VIA SAN GIUSEPPE - AFFIDAMENTO DIRETTO ALLA DITTA SALENTO SEGNALETICA SRL - IMPEGNO DI SPESA - CIG B9F3307C52"}},
{"file": "deliberazione-mottacamastra-wkhtml.pdf", "role": "act",
 "what": "Giunta comunale deliberation 29/2026 (wkhtmltopdf): number in a ruled box, date and time in words and figures, roll table with P and A columns marked X, unanimous, immediately executive (L.R. 44/1991), points 1)-3)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Motta Camastra", "organ": "Giunta comunale", "kind": "deliberazione", "number": 29, "date": "2026-03-18", "time": "13:30",
  "proposal_number": 33, "proposal_date": "2026-03-16",
  "subject": "Approvazione del programma delle manifestazioni per la Settimana Santa e per la festa di San Giuseppe 2026 e assegnazione delle risorse al Responsabile dell'Area Amministrativa.",
  "attendees": [A("Bartolotta Carmelo", "Sindaco"), A("Russo Giuseppina", "Vice Sindaco"), A("Cacciola Antonino", "Assessore", False), A("Lo Giudice Rosaria", "Assessore")],
  "president": {"role": "Sindaco", "name": "Carmelo Bartolotta"},
  "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Gaetano Russo"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-savelli-groff.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 7/2026 (groff -ms, Ghostscript): date in words 'addì ventisei del mese di marzo', roll in prose (present list, absent list with one justified), majority vote with counts, immediately executive, running foot; points 1.-3.",
 "operative_points": 3,
 "act": {"municipality": "Comune di Savelli", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 7, "date": "2026-03-26", "time": "18:00",
  "subject": "Approvazione delle aliquote e delle detrazioni dell’Imposta Municipale Propria (IMU) per l’anno 2026.",
  "attendees": [A("Scalise Domenico", "Sindaco"), A("Arcuri Serafina", "consigliere"), A("Barberio Luigi", "consigliere"), A("Chiodo Pasquale", "consigliere"), A("Guzzo Anna Maria", "consigliere"),
                A("Lucente Francesco", "consigliere"), A("Marasco Tommaso", "consigliere"), A("Talarico Giovanni", "consigliere"),
                A("Gentile Mario", "consigliere", False), A("Pirillo Rosa", "consigliere", False), A("Spina Vincenzo", "consigliere", False)],
  "president": {"role": "Presidente del Consiglio", "name": "Lucente Francesco"},
  "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Ida Marino"},
  "vote": "majority", "vote_counts": {"present": 8, "voters": 8, "in_favour": 6, "against": 2, "abstained": 0},
  "immediately_executive": True}},
{"file": "ordinanza-rocchettasantantonio-xobject.pdf", "role": "act",
 "what": "ordinanza sindacale 9/2026 (reportlab canvas): letterhead and footer are Form XObjects, ORDINA part and signature drawn before the heading and premises, Albo stamp (Reg. n. 402) rotated 90° in the right margin; points 1.-3.",
 "operative_points": 3,
 "act": {"municipality": "Comune di Rocchetta Sant'Antonio", "organ": "Sindaco", "kind": "ordinanza", "number": 9, "date": "2026-03-27",
  "subject": "Disciplina temporanea della circolazione in Via Castello e Largo Torre Angioina per i lavori di consolidamento delle mura del Castello d'Aquino."}},
{"file": "avviso-militellorosmarino-writer.pdf", "role": "act",
 "what": "numbered AVVISO PUBBLICO N. 3/2026 (HTML opened as a Writer document, LibreOffice): Area/Ufficio right of the letterhead, protocol 1387 of 23/03/2026, title in capitals, numbered sections (not operative points)",
 "act": {"municipality": "Comune di Militello Rosmarino", "organ": "Area Amministrativa", "office": "Ufficio Servizi Sociali", "kind": "avviso", "number": 3, "date": "2026-03-23",
  "subject": "CONCESSIONE DI CONTRIBUTI ECONOMICI PER IL PAGAMENTO DELLE UTENZE DOMESTICHE IN FAVORE DI NUCLEI FAMILIARI IN CONDIZIONI DI DISAGIO ECONOMICO – ANNO 2026"}},
{"file": "attestazione-brognaturo-platypus.pdf", "role": "certificate",
 "what": "certificate of publication of Giunta deliberation 18 of 10/03/2026 (reportlab platypus, justified with Tw): label/value table (organ, number, date, subject, Albo register 97/2026, period 13/03-28/03/2026), signed by the Segretario comunale",
 "act": {"municipality": "Comune di Brognaturo", "organ": "Giunta comunale", "kind": "attestazione", "number": 18, "date": "2026-03-10",
  "subject": "Approvazione del piano comunale di protezione civile – aggiornamento 2026 e individuazione delle aree di attesa e di accoglienza della popolazione.",
  "immediately_executive": True}},
{"file": "allegato-castrignanodelcapo-calc.pdf", "role": "attachment",
 "what": "Allegato A to determinazione 44 (Reg. Gen. 219 of 27/03/2026) of the Settore Affari Generali: table of 7 grants to associations with total, spreadsheet (openpyxl) printed by LibreOffice Calc, 'Allegato A' in the sheet header and 'Pagina 1 di 1' in the footer",
 "act": {"municipality": "Comune di Castrignano del Capo"}},
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
sys.exit(1 if bad else 0)
