# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
SUBJ_Z38 = "Approvazione dello schema di convenzione con l'associazione di volontariato Protezione Civile Zapponeta per la vigilanza delle spiagge libere nella stagione balneare 2026."
CONS = "Consigliere"
K = [
{"file": "deliberazione-zapponeta-halley.pdf", "role": "act",
 "what": "Giunta comunale deliberation 38/2026 of Zapponeta, 'n. 38 del 24.3.2026'; roll table with P/A cross marks; every justified line sets Tw (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Zapponeta", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 38, "date": "2026-03-24", "time": "13:30",
  "subject": SUBJ_Z38,
  "attendees": [A("D'ANDREA Michele", "Sindaco"), A("RINALDI Lucia", "Vice Sindaco"), A("CASTRIOTTA Nicola", "Assessore", False),
                A("PAPAGNA Anna Maria", "Assessore"), A("GUERRIERI Luigi", "Assessore")],
  "president": {"role": "Sindaco", "name": "Michele D'Andrea"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Rosa Anna Tarantino"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-zapponeta-halley.pdf", "role": "act",
 "what": "determinazione of Settore III – Tecnico, sector n. 42 of 23/03/2026, 'REG. GEN. 311 DEL 25/03/2026', an 80-column Courier report in capitals with a character-drawn box (enscript + Ghostscript)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Zapponeta", "organ": "SETTORE III - TECNICO", "office": "SERVIZIO MANUTENZIONI E PATRIMONIO", "kind": "determinazione",
  "number": 311, "sector_number": 42, "date": "2026-03-25",
  "subject": "MANUTENZIONE ORDINARIA DEGLI IMPIANTI DI PUBBLICA ILLUMINAZIONE DI VIA DEL MARE E DEL LUNGOMARE - AFFIDAMENTO DIRETTO ALLA DITTA ELETTROSUD SRL DI MANFREDONIA - CIG B9F2A71C05 - IMPEGNO DI SPESA"}},
{"file": "ordinanza-zapponeta-halley.pdf", "role": "act",
 "what": "ordinanza sindacale 9/2026 (ban on burning stubble): every glyph its own Tm+Tj, justification by moving glyphs; Albo stamp rotated 90 degrees in the left margin",
 "operative_points": 4,
 "act": {"municipality": "Comune di Zapponeta", "organ": "Sindaco", "kind": "ordinanza", "number": 9, "date": "2026-03-26",
  "subject": "Divieto di abbruciamento di stoppie e residui vegetali sui terreni agricoli del territorio comunale dal 1° aprile al 30 settembre 2026."}},
{"file": "attestazione-zapponeta-halley.pdf", "role": "certificate",
 "what": "certificate of publication (register n. 498, 25/03–09/04/2026) of Giunta deliberation 38 of 24/03/2026, issued 10/04/2026 (fpdf2)",
 "act": {"municipality": "Comune di Zapponeta", "kind": "attestazione", "number": 38, "date": "2026-03-24", "subject": SUBJ_Z38}},
{"file": "deliberazione-torrioni-civilia.pdf", "role": "act",
 "what": "Giunta comunale deliberation 21/2026 of Torrioni; number/date in a box at the right; roll as prose lines in two CSS columns (Chromium); majority vote with one abstention",
 "operative_points": 3,
 "act": {"municipality": "Comune di Torrioni", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 21, "date": "2026-03-25", "time": "12:00",
  "subject": "Approvazione del Piano triennale dei fabbisogni di personale 2026-2028 e ricognizione annuale delle eccedenze di personale.",
  "attendees": [A("COLELLA Antonio", "Sindaco"), A("PETRILLO Gerardo", "Vice Sindaco"), A("DE STEFANO Carmela", "Assessore", False),
                A("MAFFEI Luigi", "Assessore"), A("IANNACCONE Rita", "Assessore")],
  "president": {"title": "avv.", "role": "Sindaco", "name": "Antonio Colella"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Vincenzo Spiniello"},
  "vote": "majority", "vote_counts": {"present": 4, "voters": 3, "in_favour": 3, "against": 0, "abstained": 1},
  "immediately_executive": True}},
{"file": "determinazione-torrioni-civilia.pdf", "role": "act",
 "what": "determinazione 'N. 47/2026 R.G.' of 27/03/2026, area register n. 12, proposal 58 of 24/03/2026, all in a grey-labelled grid (wkhtmltopdf)",
 "operative_points": 2,
 "act": {"municipality": "Comune di Torrioni", "organ": "Area Amministrativa", "office": "Affari Generali e Istruzione", "kind": "determinazione",
  "number": 47, "sector_number": 12, "date": "2026-03-27", "proposal_number": 58, "proposal_date": "2026-03-24",
  "subject": "Liquidazione del contributo all'Istituto Comprensivo statale per le spese di funzionamento dei plessi scolastici di Torrioni – anno scolastico 2025/2026."}},
{"file": "decreto-torrioni-civilia.pdf", "role": "act",
 "what": "decreto sindacale 3/2026 appointing the head of the Area Tecnica; number and date in a tbl box (groff -ms, gropdf)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Torrioni", "organ": "Sindaco", "kind": "decreto", "number": 3, "date": "2026-03-26",
  "subject": "Nomina del Responsabile dell'Area Tecnica e attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 267/2000."}},
{"file": "avviso-torrioni-civilia.pdf", "role": "notice",
 "what": "unnumbered AVVISO on school-meal fee exemptions; Area/Servizi in the Word running head (python-docx, LibreOffice)",
 "act": {"municipality": "Comune di Torrioni", "organ": "Area Amministrativa", "office": "Servizi Scolastici", "kind": "avviso", "date": "2026-03-27",
  "subject": "REFEZIONE SCOLASTICA – RIAPERTURA DEI TERMINI PER LE DOMANDE DI ESENZIONE E RIDUZIONE DELLA QUOTA A CARICO DELLE FAMIGLIE"}},
{"file": "deliberazione-cervaro-sicraweb.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 11/2026 of Cervaro, date in words ('addì ventisei del mese di marzo'); 13-member roll in a two-group table with merged header cells and P/A marks; letter-spaced headings (pdfLaTeX, microtype); majority vote",
 "operative_points": 3,
 "act": {"municipality": "Comune di Cervaro", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 11, "date": "2026-03-26", "time": "18:30",
  "subject": "Approvazione delle aliquote dell’Imposta Municipale Propria (IMU) per l’anno 2026.",
  "attendees": [A("CAPRIO Ennio", "Sindaco"), A("DI MAMBRO Marco", CONS), A("TARTAGLIA Angela", CONS), A("SACCO Domenico", CONS),
                A("DE SANTIS Paola", CONS), A("FORTE Giovanni", CONS, False), A("PALOMBO Elisa", CONS),
                A("VALENTE Fabio", CONS), A("PITTIGLIO Sara", CONS, False), A("COLAFRANCESCO Luca", CONS), A("MARROCCO Giuseppe", CONS),
                A("RECCHIA Ilaria", CONS), A("MIRABELLA Piero", CONS)],
  "president": {"title": "sig.", "role": "Presidente del Consiglio", "name": "Marco Di Mambro"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Loredana Cedrone"},
  "vote": "majority", "vote_counts": {"present": 11, "voters": 11, "in_favour": 8, "against": 3, "abstained": 0},
  "immediately_executive": True}},
{"file": "determinazione-cervaro-sicraweb.pdf", "role": "act",
 "what": "determinazione of the Settore Economico-Finanziario, 'Determinazione n. 19 del 23.3.2026 – Reg. Gen. n. 203 del 24.3.2026' only in the Word running head, repeated on both pages; proposal 24 of 20.3.2026 (python-docx, LibreOffice)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Cervaro", "organ": "Settore Economico-Finanziario", "office": "Servizio Tributi", "kind": "determinazione",
  "number": 203, "sector_number": 19, "date": "2026-03-24", "proposal_number": 24, "proposal_date": "2026-03-20",
  "subject": "Rimborso di somme versate e non dovute a titolo di TARI per l'anno 2025 a contribuenti diversi."}},
{"file": "ordinanza-cervaro-sicraweb.pdf", "role": "act",
 "what": "traffic ordinanza of the Settore Polizia Locale; number and date only in the 'Registro Ordinanze n. 14 del 25/03/2026' box at the top right, beside the letterhead (fpdf2, DejaVu Serif)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Cervaro", "organ": "SETTORE POLIZIA LOCALE", "kind": "ordinanza", "number": 14, "date": "2026-03-25",
  "subject": "Istituzione del senso unico alternato regolato da impianto semaforico in via Casilina Nord per lavori di rifacimento della rete idrica."}},
{"file": "avviso-cervaro-sicraweb.pdf", "role": "act",
 "what": "numbered AVVISO PUBBLICO N. 4/2026 (expression of interest for rooms of a former school), Prot. n. 3378 of 27/03/2026; letterhead and foot are Form XObjects drawn last, body drawn bottom-up (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Cervaro", "organ": "Settore Amministrativo", "office": "Servizio Patrimonio", "kind": "avviso", "number": 4, "date": "2026-03-27",
  "subject": "Manifestazione di interesse per la concessione in uso dei locali dell'ex edificio scolastico di via Roma ad associazioni del territorio."}},
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
