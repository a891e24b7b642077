# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
C = "Consigliere"
K = [
{"file": "deliberazione-montecompatri-chromium.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 14/2026 of a 17-member council in mixed mode (Chromium): roll table with Presente/Assente/Collegato da remoto columns runs over the page break with its header row repeated; majority vote with counts",
 "operative_points": 3,
 "act": {"municipality": "Comune di Monte Compatri", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 14, "date": "2026-04-23", "time": "18:30",
  "subject": "Approvazione del Regolamento per lo svolgimento delle sedute del Consiglio comunale e delle commissioni consiliari in modalità telematica e mista.",
  "attendees": [A("Ferri Alessandro", "Sindaco"), A("Colasanti Fabrizio", "Presidente del Consiglio"), A("Mariani Elisa", C), A("Tozzi Gianluca", C), A("Gentili Roberta", C), A("Pompili Marco", C, False),
                A("Ciuffa Daniela", C), A("Bernardini Stefano", C), A("Mastrofini Luca", C), A("Federici Chiara", C), A("Rosati Emanuele", C), A("Lucarelli Paola", C, False),
                A("Santarelli Matteo", C), A("De Santis Ilaria", C), A("Valeri Simone", C), A("Capobianchi Anna", C, False), A("Marcucci Valerio", C)],
  "president": {"title": "sig.", "role": "Presidente del Consiglio", "name": "Fabrizio Colasanti"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Raffaella Pietrangeli"},
  "vote": "majority", "vote_counts": {"present": 14, "voters": 13, "in_favour": 10, "against": 3, "abstained": 1},
  "immediately_executive": True}},
{"file": "deliberazione-scontrone-reportlab.pdf", "role": "act",
 "what": "Giunta deliberation 27/2026 (reportlab, justified lines with Tw): roll table with separate Presente/Assente/Assente giustificato columns, the Sindaco absent justified, the Vicesindaco presiding, a Vicesegretario taking the minutes",
 "operative_points": 3,
 "act": {"municipality": "Comune di Scontrone", "organ": "Giunta comunale", "kind": "deliberazione", "number": 27, "date": "2026-04-09", "time": "13:00",
  "subject": "Approvazione dello schema di convenzione con l'Associazione \"Amici di Villa Scontrone\" per la gestione dell'area pic-nic di località Sant'Antonio – stagione estiva 2026.",
  "attendees": [A("Di Loreto Ileana", "Sindaco", False), A("Gentile Pasquale", "Vicesindaco"), A("Ricciardi Tiziana", "Assessore")],
  "president": {"title": "sig.", "role": "Vicesindaco", "name": "Pasquale Gentile"},
  "secretary": {"title": "dott.", "role": "Vicesegretario comunale", "name": "Nicola Mancinelli"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-frontino-halley.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 8/2026 (fpdf2, DejaVu): roll in two side-by-side column groups with P/A marks, running head and foot on both pages; vote 'con n. 8 voti favorevoli e n. 2 astenuti (Rossi, Bianchi) su n. 10 presenti'",
 "operative_points": 4,
 "act": {"municipality": "Comune di Frontino", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 8, "date": "2026-04-16", "time": "21:00",
  "subject": "Approvazione del rendiconto della gestione per l'esercizio finanziario 2025.",
  "attendees": [A("BERNARDI Giorgio", "Sindaco"), A("PAOLUCCI Marta", C), A("GUIDI Renato", C), A("ROSSI Federica", C), A("BIANCHI Sauro", C), A("MAGNANI Luca", C),
                A("CECCHINI Anna", C), A("FRATERNALI Piero", C, False), A("SERAFINI Elena", C), A("TONTINI Mirko", C), A("DONINI Giulia", C)],
  "president": {"title": "sig.", "role": "Sindaco", "name": "Giorgio Bernardi"},
  "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Loredana Ceccarini"},
  "vote": "majority", "vote_counts": {"present": 10, "voters": 8, "in_favour": 8, "against": 0, "abstained": 2},
  "immediately_executive": True}},
{"file": "deliberazione-fontecchio-latex.pdf", "role": "act",
 "what": "Giunta deliberation 31/2026 (pdfLaTeX, microtype letter-spaced headings): date and time in words ('addì ventisei del mese di marzo alle ore dodici e trenta'), roll in prose with an Assessore 'assente giustificato', no date in the heading",
 "operative_points": 4,
 "act": {"municipality": "Comune di Fontecchio", "organ": "Giunta comunale", "kind": "deliberazione", "number": 31, "date": "2026-03-26", "time": "12:30",
  "subject": "Adesione al progetto “Borghi della Valle Subequana in rete” e approvazione dello schema di accordo di partenariato con i Comuni di Tione degli Abruzzi e Acciano.",
  "attendees": [A("Sabrina Di Benedetto", "Sindaco"), A("Eraldo Marinangeli", "Vicesindaco"), A("Tommaso Cipriani", "Assessore", False)],
  "president": {"title": "sig.ra", "role": "Sindaco", "name": "Sabrina Di Benedetto"},
  "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Angelo Ciccarelli"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-orvinio-wkhtml.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica (wkhtmltopdf): 'Reg. Gen. 311 del 15/04/2026' top right, label grid with sector number 47 of 14/04/2026 and proposal 62 of 07.04.2026",
 "operative_points": 4,
 "act": {"municipality": "Comune di Orvinio", "organ": "AREA TECNICA", "office": "Lavori Pubblici, Patrimonio e Manutenzioni", "kind": "determinazione",
  "number": 311, "sector_number": 47, "date": "2026-04-15", "proposal_number": 62, "proposal_date": "2026-04-07",
  "subject": "Lavori di messa in sicurezza della strada comunale Orvinio–Pozzaglia in località Fosso dell'Obito – Approvazione della perizia di variante e impegno di spesa integrativo. CUP D27H25001230004 – CIG B9F4A17C2E."}},
{"file": "determinazione-pennadomo-enscript.pdf", "role": "act",
 "what": "determinazione printed as an 80-column Courier report in capitals with a character-drawn box (enscript + Ghostscript): 'DETERMINAZIONE N. 19 DEL 14.04.2026   N. 88/2026 R.G.', proposal 23",
 "operative_points": 3,
 "act": {"municipality": "Comune di Pennadomo", "organ": "AREA AMMINISTRATIVA E FINANZIARIA", "office": "UFFICIO SEGRETERIA E AFFARI GENERALI", "kind": "determinazione",
  "number": 88, "sector_number": 19, "date": "2026-04-14", "proposal_number": 23, "proposal_date": "2026-04-13",
  "subject": "LIQUIDAZIONE DEI GETTONI DI PRESENZA AI CONSIGLIERI COMUNALI PER LE SEDUTE DEL CONSIGLIO COMUNALE DEL SECONDO SEMESTRE 2025."}},
{"file": "ordinanza-montemonaco-kibernetes.pdf", "role": "act",
 "what": "ordinanza sindacale 6/2026 (reportlab canvas): every glyph its own Tm+Tj, justified by moving glyphs; Albo stamp rotated 90° in the left margin",
 "operative_points": 3,
 "act": {"municipality": "Comune di Montemonaco", "organ": "Sindaco", "kind": "ordinanza", "number": 6, "date": "2026-04-10",
  "subject": "Divieto di transito veicolare sulla strada comunale Montemonaco – Foce nel tratto compreso tra il bivio per Rocca e la località Foce, per il pericolo di caduta di valanghe e slavine."}},
{"file": "decreto-percile-groff.pdf", "role": "act",
 "what": "decreto sindacale n. 3/2026 appointing a Vicesegretario (groff -ms, PostScript, ps2pdf): centred letterhead, running foot with page number, points 1.-3. under DECRETA",
 "operative_points": 3,
 "act": {"municipality": "Comune di Percile", "organ": "Sindaco", "kind": "decreto", "number": 3, "date": "2026-04-08",
  "subject": "Nomina del Vicesegretario comunale ai sensi dell’art. 97, comma 5, del D.Lgs. 267/2000 e del vigente Regolamento sull’ordinamento degli uffici e dei servizi."}},
{"file": "attestazione-poggiodomo-word.pdf", "role": "certificate",
 "what": "certificate of publication of Giunta deliberation 22 of 2 April 2026 (python-docx, LibreOffice): label table Atto/Numero/Data/Oggetto/Registro, published 7-22/04/2026, signed by the Vicesegretario",
 "act": {"municipality": "Comune di Poggiodomo", "kind": "attestazione", "number": 22, "date": "2026-04-02",
  "subject": "APPROVAZIONE DEL PIANO DI PROTEZIONE CIVILE COMUNALE – AGGIORNAMENTO 2026 DELLE SCHEDE DI SCENARIO PER IL RISCHIO SISMICO E IDROGEOLOGICO"}},
{"file": "allegato-montecavallo-calc.pdf", "role": "attachment",
 "what": "Allegato A to Consiglio deliberation 5/2026: TARI 2026 tariff sheet (openpyxl .xlsx printed by LibreOffice Calc), file name in the running head, page n of N in the foot",
 "act": {"municipality": "Comune di Monte Cavallo"}},
{"file": "convocazione-arsita-writer.pdf", "role": "notice",
 "what": "convocation of the Consiglio comunale for 30/04/2026 at 18:00 in mixed mode, protocol 1288 of 17/04/2026, addressees block, agenda 1-5 (HTML opened by LibreOffice Writer)",
 "act": {"municipality": "Comune di Arsita", "kind": "convocazione", "date": "2026-04-17",
  "subject": "AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE"}},
{"file": "deliberazione-marcetelli-writer.pdf", "role": "act",
 "what": "Giunta deliberation 18/2026 in mixed mode (HTML opened by LibreOffice Writer): number and date ('del 22-04-2026') in a box beside the letterhead, roll with P/A letters and a 'Collegato da remoto' column",
 "operative_points": 3,
 "act": {"municipality": "Comune di Marcetelli", "organ": "Giunta comunale", "kind": "deliberazione", "number": 18, "date": "2026-04-22", "time": "17:15",
  "subject": "CONCESSIONE DEL PATROCINIO E DI UN CONTRIBUTO ECONOMICO ALLA PRO LOCO DI MARCETELLI PER LA \"FESTA DEL LAGO DEL SALTO\" - EDIZIONE 2026.",
  "attendees": [A("SCIARRETTA ROMINA", "Sindaco"), A("FIORENTINI DANIELE", "Vicesindaco"), A("PROIETTI ADRIANO", "Assessore", False)],
  "president": {"role": "Sindaco", "name": "Romina Sciarretta"},
  "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Carlo Antonelli"},
  "vote": "unanimous", "immediately_executive": True}},
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
    # roles keyed in the singular from a plural column heading ("Consiglieri") are accepted by their stem
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)
            and not (f == "role" and s.lower()[:-1] in low)]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
raise SystemExit(1 if bad else 0)
