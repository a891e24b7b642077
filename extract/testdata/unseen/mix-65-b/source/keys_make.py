# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "deliberazione-buonconvento-latex.pdf", "role": "act",
 "what": "Giunta comunale deliberation 23/2026 of Buonconvento (SI), pdfLaTeX twocolumn body under a full-width heading; roll as a small tabular inside the left column; number 'n. 23 del 12.3.2026'",
 "operative_points": 3,
 "act": {"municipality": "Comune di Buonconvento", "organ": "Giunta comunale", "kind": "deliberazione", "number": 23, "date": "2026-03-12", "time": "13:00",
  "subject": "Approvazione del progetto di fattibilità tecnico-economica per la riqualificazione dei giardini pubblici di via Roma – CUP H42F26000120004.",
  "attendees": [A("Marchetti Riccardo", "Sindaco"), A("Bindi Lucia", "Vicesindaco"), A("Neri Franco", "Assessore", False), A("Pasquini Elisa", "Assessore"), A("Tinacci Marco", "Assessore")],
  "president": {"role": "Sindaco", "name": "Riccardo Marchetti"},
  "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Anna Guerrini"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "bando-palaia-word.pdf", "role": "act",
 "what": "BANDO N. 3/2026 for allotments (orti sociali), protocol 3318 of 9 March 2026; title single-column, body in a two-column Word section with separator line, running head/foot (python-docx, LibreOffice)",
 "act": {"municipality": "Comune di Palaia", "organ": "SETTORE 2 – SERVIZI AL CITTADINO", "office": "Ufficio Servizi Sociali", "kind": "bando", "number": 3, "date": "2026-03-09",
  "subject": "BANDO PER L'ASSEGNAZIONE DI ORTI SOCIALI COMUNALI IN LOCALITÀ FORCOLI – ANNO 2026"}},
{"file": "deliberazione-castelgoffredo-reportlab.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 9/2026 of Castel Goffredo (MN): 17-row roll table (X under Presente/Assente) split over pages 1 and 2 with the header row repeated; running head and foot on both pages; majority vote with counts",
 "operative_points": 2,
 "act": {"municipality": "Comune di Castel Goffredo", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 9, "date": "2026-03-27", "time": "20:45",
  "subject": "APPROVAZIONE DEL PIANO ECONOMICO FINANZIARIO DEL SERVIZIO INTEGRATO DI GESTIONE DEI RIFIUTI E DELLE TARIFFE TARI PER L'ANNO 2026.",
  "attendees": [A("Bignotti Davide", "Sindaco"), A("Bertoni Paola", "Presidente del Consiglio"), A("Zanetti Marco", "Consigliere"), A("Ferrari Alessandra", "Consigliere"),
   A("Lodigiani Stefano", "Consigliere", False), A("Azzini Monica", "Consigliere"), A("Morandi Luca", "Consigliere"), A("Tosi Federica", "Consigliere"),
   A("Gandolfi Andrea", "Consigliere"), A("Bresciani Elena", "Consigliere", False), A("Pezzini Roberto", "Consigliere"), A("Malavasi Giulia", "Consigliere"),
   A("Cavalli Enrico", "Consigliere"), A("Rossini Laura", "Consigliere", False), A("Mantovani Paolo", "Consigliere"), A("Soldi Chiara", "Consigliere"), A("Guarneri Matteo", "Consigliere")],
  "president": {"title": "sig.ra", "role": "Presidente del Consiglio comunale", "name": "Paola Bertoni"},
  "secretary": {"title": "dott.", "role": "Segretario generale", "name": "Giuseppe Ferrari"},
  "vote": "majority", "vote_counts": {"present": 14, "voters": 13, "in_favour": 10, "against": 3, "abstained": 1},
  "immediately_executive": True}},
{"file": "determinazione-albosaggia-wkhtml.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica of Albosaggia (SO): letterhead on the left, grey register box floated right (Reg. Gen. 112, Reg. Area n. 45, del 16.03.2026, Proposta n. 51 del 13.03.2026) so the two come out side by side; wkhtmltopdf",
 "operative_points": 4,
 "act": {"municipality": "Comune di Albosaggia", "organ": "AREA TECNICA", "office": "Servizio Lavori Pubblici e Manutenzioni", "kind": "determinazione",
  "number": 112, "sector_number": 45, "date": "2026-03-16", "proposal_number": 51, "proposal_date": "2026-03-13",
  "subject": "Lavori di manutenzione straordinaria della copertura della scuola primaria di Torchione. Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. 36/2023 e impegno di spesa. CIG B9D4E27A11."}},
{"file": "decreto-roccasecca-fpdf2.pdf", "role": "act",
 "what": "decreto del Sindaco of Roccasecca (FR) appointing a head of area; the number and date appear only in the running foot 'Decreto sindacale n. 6 del 19/03/2026 … pagina 1 di 2' (and the date in 'Roccasecca, 19 marzo 2026'); fpdf2, 2 pages",
 "operative_points": 5,
 "act": {"municipality": "Città di Roccasecca", "organ": "Sindaco", "kind": "decreto", "number": 6, "date": "2026-03-19",
  "subject": "Nomina del Responsabile dell'Area Economico-Finanziaria e conferimento dell'incarico di Elevata Qualificazione per il periodo 1° aprile 2026 – 31 dicembre 2026."}},
{"file": "ordinanza-alife-chromium.pdf", "role": "act",
 "what": "ordinanza 18/2026 of the Settore Vigilanza of Alife (CE) on traffic for a festival; letterhead is a bordered table of three cells (crest + caption | name | office); headless Chromium",
 "operative_points": 4,
 "act": {"municipality": "Comune di Alife", "organ": "Settore Vigilanza", "office": "Servizio Polizia Municipale", "kind": "ordinanza", "number": 18, "date": "2026-03-20",
  "subject": "Disciplina temporanea della circolazione e della sosta in via Porta Roma e piazza Vescovado in occasione della manifestazione \"Alife Medievale – Festa di Primavera\" dal 4 al 6 aprile 2026."}},
{"file": "avviso-capraiaelimite-groff.pdf", "role": "notice",
 "what": "unnumbered AVVISO PUBBLICO on the rent-support grant 2026 of Capraia e Limite (FI), with four footnotes whose superscript markers run into the preceding numbers ('2026' + '1' → '20261'); groff -ms, gropdf, base-14 Times",
 "act": {"municipality": "Comune di Capraia e Limite", "organ": "Settore Servizi alla Persona", "office": "Ufficio Casa", "kind": "avviso", "date": "2026-03-17",
  "subject": "CONTRIBUTO PER IL SOSTEGNO AL PAGAMENTO DEI CANONI DI LOCAZIONE – ANNO 2026"}},
{"file": "deliberazione-caltavuturo-openpdf.pdf", "role": "act",
 "what": "COPIA of Giunta Municipale deliberation 34/2026 of Caltavuturo (PA); a large 'COPIA' drawn at 45° under the text on the page (its letters land inside the roll table in the text layer); date and time in words/commas ('addì ventisei del mese di marzo alle ore 12,30'); OpenPDF",
 "operative_points": 3,
 "act": {"municipality": "Comune di Caltavuturo", "organ": "Giunta Municipale", "kind": "deliberazione", "number": 34, "date": "2026-03-26", "time": "12:30",
  "subject": "Approvazione dello schema di convenzione con l'Istituto Comprensivo \"Giuseppe Giusino\" per l'utilizzo della palestra comunale di contrada Santa Venera – anno scolastico 2026/2027.",
  "attendees": [A("Giunta Domenico", "Sindaco"), A("Lo Bue Antonina", "Vice Sindaco"), A("Cirrito Salvatore", "Assessore", False), A("Terranova Giuseppa", "Assessore"), A("Oddo Calogero", "Assessore")],
  "president": {"title": "dott.", "role": "Sindaco", "name": "Domenico Giunta"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Rosalia Sciortino"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-bassiano-writer.pdf", "role": "act",
 "what": "determinazione 'N. 47/2026 R.G.', n. 12 del Servizio, 11.03.2026, of the Area Amministrativa of Bassiano (LT); HTML opened as a Writer document, exported by LibreOffice; visto contabile at the foot",
 "operative_points": 4,
 "act": {"municipality": "Comune di Bassiano", "organ": "AREA AMMINISTRATIVA", "office": "Servizio Affari Generali e Demografici", "kind": "determinazione",
  "number": 47, "sector_number": 12, "date": "2026-03-11",
  "subject": "Affidamento del servizio di manutenzione e assistenza del software gestionale dei servizi demografici per il biennio 2026-2027. Impegno di spesa. CIG B7F2A90C35."}},
{"file": "deliberazione-morolo-enscript.pdf", "role": "act",
 "what": "Giunta comunale deliberation 19 of 05.03.2026 of Morolo (FR): 72-column Courier report in capitals, roll with SI under PRES./ASS., certificate of publication (reg. 233, 09.03.2026) appended at the foot; enscript + Ghostscript",
 "operative_points": 3,
 "act": {"municipality": "COMUNE DI MOROLO", "organ": "GIUNTA COMUNALE", "kind": "deliberazione", "number": 19, "date": "2026-03-05", "time": "17:30",
  "subject": "CONCESSIONE IN USO TEMPORANEO DEI LOCALI DELL’EX SCUOLA DI VIA CASILINA ALL’ASSOCIAZIONE \"MOROLO SOLIDALE\" PER L’ATTIVITA’ DI DISTRIBUZIONE DI BENI DI PRIMA NECESSITA’.",
  "attendees": [A("CAPUANI MARCO", "SINDACO"), A("TERRINONI ANNA", "VICESINDACO"), A("PIZZUTI GIANLUCA", "ASSESSORE", False), A("CELLITTI ROBERTA", "ASSESSORE"), A("PALOMBI FABIO", "ASSESSORE")],
  "president": {"role": "SINDACO", "name": "MARCO CAPUANI"},
  "secretary": {"title": "DOTT.", "role": "SEGRETARIO COMUNALE", "name": "LUCIANO PALMIERI"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-ascea-reportlab.pdf", "role": "act",
 "what": "determinazione of the Area Economico-Finanziaria / Servizio Tributi of Ascea (SA), 'Reg. Gen. 311 | Reg. Settore n. 27 | data 18/03/2026' on one line; every justified line sets Tw, headings letter-spaced with Tc (reportlab canvas)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Ascea", "organ": "AREA ECONOMICO-FINANZIARIA", "office": "SERVIZIO TRIBUTI", "kind": "determinazione",
  "number": 311, "sector_number": 27, "date": "2026-03-18",
  "subject": "Approvazione dell'elenco degli sgravi e dei rimborsi della tassa sui rifiuti (TARI) relativi agli anni d'imposta 2023, 2024 e 2025 e liquidazione dei rimborsi ai contribuenti aventi diritto."}},
{"file": "deliberazione-monterossoalmo-word.pdf", "role": "act",
 "what": "Consiglio Comunale deliberation 7 of 30 March 2026 of Monterosso Almo (RG), Word template with a grid roll table (presente/assente), vote with counts and abstentions; python-docx, LibreOffice",
 "operative_points": 3,
 "act": {"municipality": "Comune di Monterosso Almo", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 7, "date": "2026-03-30", "time": "19:00",
  "subject": "Approvazione del Regolamento comunale per la concessione di contributi e vantaggi economici ad enti e associazioni.",
  "attendees": [A("Amato Salvatore", "Presidente"), A("Nicosia Carmela", "Consigliere"), A("Cascone Giovanni", "Consigliere"), A("Distefano Rosaria", "Consigliere", False),
   A("Occhipinti Angelo", "Consigliere"), A("Iacono Maria", "Consigliere"), A("Licitra Giorgio", "Consigliere"), A("Battaglia Sonia", "Consigliere", False),
   A("Cilia Emanuele", "Consigliere"), A("Fidone Lucia", "Consigliere")],
  "president": {"role": "Presidente del Consiglio", "name": "Salvatore Amato"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Giovanni Spadaro"},
  "vote": "majority", "vote_counts": {"present": 8, "voters": 6, "in_favour": 6, "against": 0, "abstained": 2},
  "immediately_executive": False}},
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
