# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
C = "Consigliere"
K = [
{"file": "deliberazione-circello-writer.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 9/2026 (Circello, BN): long 'L'anno duemilaventisei addì ventisette del mese di marzo' opening, roll in prose with titles (present, then absent justified), Presidente del Consiglio comunale, Vice Segretario standing in for the Segretaria Generale; majority vote with counts (HTML opened in LibreOffice Writer)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Circello", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 9, "date": "2026-03-27", "time": "18:30",
  "subject": "Approvazione del Regolamento comunale per la disciplina del canone unico patrimoniale di concessione, autorizzazione o esposizione pubblicitaria.",
  "attendees": [A("Nicola Iannace", "Presidente del Consiglio"), A("Gerardo Capozzi", "Sindaco"), A("Michele Zerrillo", C), A("Antonella Petrillo", C), A("Lucia Mastrantuono", C),
                A("Pasquale Coletta", C), A("Alfonso Pilla", C), A("Carmela Fusco", C), A("Domenico Ciarlo", C, False), A("Rosa Ruggiero", C, False)],
  "president": {"title": "avv.", "role": "Presidente del Consiglio comunale", "name": "Nicola Iannace"},
  "secretary": {"title": "dott.", "role": "Vice Segretario", "name": "Angelo Pisano"},
  "vote": "majority", "vote_counts": {"present": 8, "voters": 8, "in_favour": 6, "against": 2, "abstained": 0},
  "immediately_executive": True}},
{"file": "decreto-pontelandolfo-groff.pdf", "role": "act",
 "what": "decreto sindacale 4/2026 appointing the head of the Area Tecnica; number only in the title 'DECRETO SINDACALE N. 4/2026', date only in the closing 'Dato in Pontelandolfo dalla Residenza Municipale, addì 30 marzo 2026' (groff -ms, gropdf)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Pontelandolfo", "organ": "Sindaco", "kind": "decreto", "number": 4, "date": "2026-03-30",
  "subject": "Nomina del Responsabile dell’Area Tecnica ai sensi dell’art. 50, comma 10, del D.Lgs. 267/2000 – periodo 1° aprile 2026 – 31 dicembre 2026."}},
{"file": "determinazione-torrecuso-halley.pdf", "role": "act",
 "what": "determinazione of the Area Economico-Finanziaria, area number 17 of 24/03/2026, 'N. 112/2026 R.G.' of 25/03/2026, proposal 131 of 23/03/2026: 80-column Courier report in capitals with a character-drawn box (enscript + Ghostscript)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Torrecuso", "organ": "AREA ECONOMICO-FINANZIARIA", "office": "SERVIZIO TRIBUTI", "kind": "determinazione",
  "number": 112, "sector_number": 17, "date": "2026-03-25", "proposal_number": 131, "proposal_date": "2026-03-23",
  "subject": "AFFIDAMENTO DEL SERVIZIO DI STAMPA E POSTALIZZAZIONE DEGLI AVVISI TARI 2026 - CIG B9F4A11C3D - IMPEGNO DI SPESA."}},
{"file": "deliberazione-serracapriola-halley.pdf", "role": "act",
 "what": "deliberation 21/2026 of the Commissario Prefettizio with the powers of the Giunta (Serracapriola, FG); 'N. 21 del 19.3.2026'; every glyph placed on its own (BT/Tm/Tj per glyph), lines justified by moving glyphs",
 "operative_points": 4,
 "act": {"municipality": "Comune di Serracapriola", "organ": "Commissario Prefettizio", "kind": "deliberazione", "number": 21, "date": "2026-03-19", "time": "12:15",
  "subject": "Approvazione dello schema di convenzione con l'Associazione \"Misericordia di Serracapriola\" per il servizio di trasporto sociale di persone anziane e disabili – anno 2026.",
  "president": {"title": "dott.ssa", "role": "Commissario Prefettizio", "name": "Maria Teresa Lagonigro"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Giovanna Cocomazzi"},
  "immediately_executive": True}},
{"file": "deliberazione-cagnanovarano-chromium.pdf", "role": "act",
 "what": "Giunta Comunale deliberation 38/2026 (Cagnano Varano, FG): number/date box, roll table with titles in the name cell and X under P/A, Vice Segretario standing in (Chromium)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Cagnano Varano", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 38, "date": "2026-03-24", "time": "13:40",
  "subject": "Concessione in uso temporaneo del Palazzetto dello Sport \"Lago di Varano\" all'A.S.D. Gargano Volley per la stagione agonistica 2026. Approvazione schema di disciplinare.",
  "attendees": [A("DI PUMPO Michele", "Sindaco"), A("TANCREDI Raffaella", "Vice Sindaco"), A("SPAGNUOLO Leonardo", "Assessore", False), A("CRISETTI Matteo", "Assessore"), A("NARDELLA Concetta", "Assessore")],
  "president": {"title": "dott.", "role": "Sindaco", "name": "Michele Di Pumpo"},
  "secretary": {"title": "dott.", "role": "Vice Segretario Comunale", "name": "Antonio Pio Ferrara"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "certificato-celenzavalfortore-sicraweb.pdf", "role": "certificate",
 "what": "certificate of publication of Giunta deliberation 26 of 12/03/2026, published 16/03-31/03/2026 (register n. 214): label/value grid, fpdf2 with DejaVu TTF (CID font)",
 "act": {"municipality": "Comune di Celenza Valfortore", "kind": "certificato", "number": 26, "date": "2026-03-12",
  "subject": "Approvazione del piano comunale di protezione civile – aggiornamento 2026."}},
{"file": "deliberazione-verzino-latex.pdf", "role": "act",
 "what": "Consiglio Comunale deliberation 7/2026 (Verzino, KR), two-column body under a full-width title block, running head and foot; roll in prose with titles, Presidente del Consiglio comunale, majority vote with counts (pdfLaTeX)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Verzino", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 7, "date": "2026-03-26", "time": "17:00",
  "subject": "Approvazione del Documento Unico di Programmazione (DUP) 2026-2028 e del bilancio di previsione finanziario 2026-2028.",
  "attendees": [A("Francesco Guarascio", "Sindaco"), A("Teresa Scalise", "Presidente del Consiglio comunale"), A("Pietro Lettieri", C), A("Salvatore Mazzei", C), A("Giovanni Curcio", C),
                A("Angela Iaquinta", C), A("Raffaele Pugliese", C), A("Luigi Aceto", C, False), A("Maria Vona", C, False)],
  "president": {"title": "sig.ra", "role": "Presidente del Consiglio comunale", "name": "Teresa Scalise"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Caterina Maiolo"},
  "vote": "majority", "vote_counts": {"present": 7, "voters": 7, "in_favour": 5, "against": 2, "abstained": 0},
  "immediately_executive": True}},
{"file": "decreto-castelsilano-reportlab.pdf", "role": "act",
 "what": "decreto del Sindaco 3/2026 naming a Vice Segretario (Castelsilano, KR): 'Registro Decreti N. 3 del 2 aprile 2026', closing 'Dato in Castelsilano dalla Residenza Municipale'; every justified line sets Tw, headings letter-spaced with Tc, Albo stamp rotated 90° in the left margin (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Castelsilano", "organ": "Sindaco", "kind": "decreto", "number": 3, "date": "2026-04-02",
  "subject": "Nomina del Vice Segretario comunale e attribuzione delle funzioni vicarie del Segretario Generale."}},
{"file": "ordinanza-oriolo-wkhtml.pdf", "role": "act",
 "what": "ordinanza sindacale 'Reg. Gen. 19', 'addì 25 marzo 2026', in a grey-labelled register table; traffic rules for Holy Week (wkhtmltopdf)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Oriolo", "organ": "Sindaco", "office": "Area Vigilanza – Polizia Locale", "kind": "ordinanza", "number": 19, "date": "2026-03-25",
  "subject": "Disciplina temporanea della circolazione e della sosta nel centro storico in occasione dei riti della Settimana Santa e della processione del Venerdì Santo 2026."}},
{"file": "deliberazione-galatimamertino-word.pdf", "role": "act",
 "what": "Giunta Municipale deliberation 45/2026 (Galati Mamertino, ME): Word template with letterhead in the header, register table with a merged OGGETTO row, proposal 52 of 27.3.2026, roll in prose with titles, Vice Segretario standing in; immediate execution under Sicilian L.R. 44/1991 (python-docx, LibreOffice)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Galati Mamertino", "organ": "Giunta Municipale", "kind": "deliberazione", "number": 45, "date": "2026-03-31", "time": "12:30",
  "proposal_number": 52, "proposal_date": "2026-03-27", "proposing_office": "Area Amministrativa",
  "subject": "Approvazione del progetto \"Estate Galatese 2026\" e richiesta di contributo all'Assessorato Regionale del Turismo, dello Sport e dello Spettacolo.",
  "attendees": [A("Vincenzo Amadore", "Sindaco"), A("Antonina Mola", "Vice Sindaco"), A("Salvatore Natoli Russo", "Assessore"), A("Carmelo Briguglio", "Assessore", False), A("Giuseppina Ricciardi", "Assessore")],
  "president": {"title": "dott.", "role": "Sindaco", "name": "Vincenzo Amadore"},
  "secretary": {"title": "dott.", "role": "Vice Segretario", "name": "Calogero Librizzi"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "convocazione-gioiosamarea-apkappa.pdf", "role": "notice",
 "what": "letter of the Presidente del Consiglio comunale convening the Consiglio for 2 April 2026 at 18:00, prot. 5318 of 23.3.2026; letterhead and foot are Form XObjects reused on both pages; agenda and signature drawn before the heading (reportlab)",
 "act": {"municipality": "Comune di Gioiosa Marea", "kind": "convocazione", "date": "2026-03-23",
  "subject": "Convocazione del Consiglio comunale in sessione ordinaria – seduta del 2 aprile 2026."}},
{"file": "allegato-alcaralifusi-calc.pdf", "role": "attachment",
 "what": "Allegato A to determinazione 23/2026 (Reg. Gen. 96) of the Area Tecnica: list of 42 firms admitted to the list of economic operators, spreadsheet printed landscape over 2 pages, header row repeated, file name in the running head (openpyxl, LibreOffice Calc)",
 "act": {"municipality": "Comune di Alcara li Fusi"}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower()
    a = k.get("act", {})
    strs = []
    for f in ("municipality", "organ", "office", "subject", "proposing_office"):
        if f in a: strs.append((f, a[f]))
    for p in a.get("attendees", []): strs += [("att", p["name"]), ("role", p["role"])]
    for f in ("president", "secretary"):
        if f in a: strs += [(f, v) for v in a[f].values()]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
raise SystemExit(1 if bad else 0)
