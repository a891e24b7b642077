# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
IE = "immediately_executive"
K = [
{"file": "deliberazione-pioraco-writer.pdf", "role": "act",
 "what": "Giunta comunale deliberation 18/2026 in mixed mode (presence + videoconference); roll table 'Nominativo e carica | Presente | Assente | Modalità', role after the name in the same cell; Segretario collegata da remoto (HTML -> LibreOffice Writer)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Pioraco", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 18, "date": "2026-03-12", "time": "13:00",
  "subject": "Approvazione del progetto di fattibilità tecnica ed economica per la messa in sicurezza della passerella pedonale sul fiume Potenza – CUP B41B26000120004.",
  "attendees": [A("CASTELLI Matteo", "Sindaco"), A("BRAVI Elena", "Vicesindaco"), A("FIORDOMO Luca", "Assessore", False)],
  "president": {"role": "Sindaco", "name": "Matteo Castelli"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Paola Ruggeri"},
  "vote": "unanimous", IE: True}},
{"file": "deliberazione-montelparo-halley.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 7/2026 held in videoconference; roll 'Consigliere | P/A | Modalità' with 'SURNAME Name - Consigliere'; vote by roll call (remote members by voice), majority with counts; justified lines set Tw (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Montelparo", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 7, "date": "2026-03-24", "time": "21:00",
  "subject": "Modifica del Regolamento per lo svolgimento delle sedute degli organi collegiali in modalità telematica.",
  "attendees": [A("PIERGALLINI Sandro", "Sindaco"), A("VALLESI Marta", "Consigliere"), A("TIBURTINI Enrico", "Consigliere"), A("MARZIALI Chiara", "Consigliere"),
                A("CORRADETTI Ugo", "Consigliere", False), A("FERRACUTI Nadia", "Consigliere"), A("LUCIANI Piero", "Consigliere"), A("ROSSETTI Anna", "Consigliere", False),
                A("SEVERINI Dario", "Consigliere"), A("BARTOLINI Rita", "Consigliere"), A("ZAPPASODI Elio", "Consigliere")],
  "president": {"title": "sig.ra", "role": "Presidente del Consiglio", "name": "Chiara Marziali"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Giorgio Mecozzi"},
  "vote": "majority", "vote_counts": {"present": 9, "voters": 8, "in_favour": 6, "against": 2, "abstained": 1}, IE: True}},
{"file": "deliberazione-castelplanio-chromium.pdf", "role": "act",
 "what": "Giunta comunale deliberation 31/2026: number, date and start time in a three-cell heading box, repeated in words in the opening ('addì diciannove del mese di marzo, alle ore diciassette e trenta'); roll with Modalità column; Vice Segretario in videoconference (Chromium)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Castelplanio", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 31, "date": "2026-03-19", "time": "17:30",
  "subject": "Concessione del patrocinio e di un contributo economico all'Associazione Pro Loco Castelplanio per la manifestazione \"Festa della Primavera 2026\".",
  "attendees": [A("ROMAGNOLI Fabio", "Sindaco"), A("CARBINI Laura", "Vicesindaco"), A("PIERSANTI Davide", "Assessore", False), A("ANGELETTI Sara", "Assessore")],
  "president": {"role": "Sindaco", "name": "Fabio Romagnoli"},
  "secretary": {"title": "dott.", "role": "Vice Segretario Comunale", "name": "Michele Guerrini"},
  "vote": "unanimous", IE: True}},
{"file": "deliberazione-monteverdimarittimo-civilia.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 5/2026 in mixed form; roll in two side-by-side column groups 'Nominativo - carica | Presenza | Modalità'; roll-call vote with counts; running head and foot (fpdf2)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Monteverdi Marittimo", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 5, "date": "2026-03-27", "time": "18:30",
  "subject": "APPROVAZIONE DEL PIANO ECONOMICO FINANZIARIO E DELLE TARIFFE TARI PER L'ANNO 2026.",
  "attendees": [A("GIANNELLI Francesca", "Sindaco"), A("BERTI Luca", "Consigliere"), A("MACCHI Silvia", "Consigliere"), A("TOGNETTI Paolo", "Consigliere", False), A("FIDANZI Irene", "Consigliere"),
                A("PELLEGRINI Marco", "Consigliere"), A("VANNUCCI Alessio", "Consigliere"), A("CIAMPI Lorenzo", "Consigliere", False), A("NICCOLAI Greta", "Consigliere"), A("BALDI Simone", "Consigliere")],
  "president": {"role": "Sindaca", "name": "Francesca Giannelli"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Elisa Fontanelli"},
  "vote": "majority", "vote_counts": {"present": 8, "voters": 8, "in_favour": 6, "against": 2, "abstained": 0}, IE: True}},
{"file": "deliberazione-londa-latex.pdf", "role": "act",
 "what": "Giunta comunale deliberation 22/2026 (pdfLaTeX, fancyhdr running head): roll as a ruled tabular 'Nome e carica | P / A | Modalità' with a merged totals row; Segretario collegato da remoto",
 "operative_points": 3,
 "act": {"municipality": "Comune di Londa", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 22, "date": "2026-03-05", "time": "12:15",
  "subject": "Adesione al progetto regionale “Montagna Solidale” per il trasporto sociale nelle frazioni. Approvazione dello schema di convenzione.",
  "attendees": [A("NOCENTINI Aleandro", "Sindaco"), A("BIAGINI Cristina", "Vicesindaco"), A("FANTONI Guido", "Assessore", False)],
  "president": {"role": "Sindaco", "name": "Aleandro Nocentini"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Riccardo Mannucci"},
  "vote": "unanimous", IE: True}},
{"file": "deliberazione-sassetta-sicraweb.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 12/2026 held in videoconference: grey-labelled register grid, roll table with separate Carica and Modalità columns, roll-call vote with counts, not immediately executive (wkhtmltopdf)",
 "operative_points": 2,
 "act": {"municipality": "Comune di Sassetta", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 12, "date": "2026-03-30", "time": "19:00",
  "proposal_number": 19, "proposal_date": "2026-03-10",
  "subject": "Approvazione del Documento Unico di Programmazione (DUP) 2026-2028 – nota di aggiornamento.",
  "attendees": [A("Fulceri Giacomo", "Sindaco"), A("Lenzi Monica", "Consigliere"), A("Tamburini Ivo", "Consigliere"), A("Ghelardini Sonia", "Consigliere", False),
                A("Pistolesi Mauro", "Consigliere"), A("Del Corso Elena", "Consigliere"), A("Frassi Enzo", "Consigliere")],
  "president": {"role": "Sindaco", "name": "Giacomo Fulceri"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Andrea Puccinelli"},
  "vote": "majority", "vote_counts": {"present": 6, "voters": 6, "in_favour": 5, "against": 1, "abstained": 0}, IE: False}},
{"file": "determinazione-lunano-halley.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica, sector 21/2026 of 16/03/2026, Reg. Gen. 311 of 17/03/2026, proposal 36 of 13/03/2026: 80-column Courier report in capitals (enscript + Ghostscript)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Lunano", "organ": "AREA TECNICA", "office": "SERVIZIO MANUTENZIONI E PATRIMONIO", "kind": "determinazione",
  "number": 311, "sector_number": 21, "date": "2026-03-17", "proposal_number": 36, "proposal_date": "2026-03-13",
  "subject": "FORNITURA E POSA DI IMPIANTO DI VIDEOCONFERENZA PER LA SALA CONSILIARE - AFFIDAMENTO DIRETTO E IMPEGNO DI SPESA - CIG B9A4C71E22"}},
{"file": "ordinanza-suvereto-kibernetes.pdf", "role": "act",
 "what": "ordinanza sindacale 9/2026: every glyph its own Tm+Tj, justified by moving glyphs; Albo stamp rotated 90° in the left margin (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Suvereto", "organ": "Sindaco", "kind": "ordinanza", "number": 9, "date": "2026-03-18",
  "subject": "Divieto di accensione di fuochi e abbruciamento di residui vegetali nelle aree boscate e rurali del territorio comunale fino al 30 giugno 2026."}},
{"file": "attestazione-rosora-groff.pdf", "role": "certificate",
 "what": "certificate of publication of Giunta deliberation 14 of 10/03/2026, published 13/03/2026 (Reg. Pubbl. 164); groff -ms typeset, subject in italics as an indented quotation (gropdf)",
 "act": {"municipality": "Comune di Rosora", "kind": "attestazione", "number": 14, "date": "2026-03-10",
  "subject": "Adozione del Piano triennale dei fabbisogni di personale 2026-2028 e ricognizione delle eccedenze."}},
{"file": "convocazione-terredellolio-word.pdf", "role": "notice",
 "what": "letter convening the Consiglio of an Umbrian Unione dei Comuni for 27/03/2026 at 17:30 in mixed form (presence + remote link), protocol 1312 of 20/03/2026; Word header/footer (python-docx -> LibreOffice)",
 "act": {"municipality": "Unione dei Comuni Terre dell'Olio e del Sagrantino", "kind": "convocazione", "date": "2026-03-20",
  "subject": "Convocazione del Consiglio dell'Unione in seduta ordinaria e in forma mista – 27 marzo 2026."}},
{"file": "allegato-filattiera-calc.pdf", "role": "attachment",
 "what": "Allegato A to determinazione 44/2026: attendance fees of councillors at three sittings (in presenza / da remoto / assente), spreadsheet printed landscape by LibreOffice Calc, file name as running head",
 "act": {"municipality": "Comune di Filattiera"}},
{"file": "decreto-fiuminata-apkappa.pdf", "role": "act",
 "what": "decreto sindacale 3/2026 appointing an area head: letterhead and foot as Form XObjects, signature and dispositive part drawn before premises and heading, letter-spaced (Tc) heading (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Fiuminata", "organ": "Sindaco", "kind": "decreto", "number": 3, "date": "2026-03-25",
  "subject": "Nomina del Responsabile dell'Area Amministrativa-Contabile e attribuzione delle funzioni dirigenziali per il periodo aprile–dicembre 2026."}},
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
