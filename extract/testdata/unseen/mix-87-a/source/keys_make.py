# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
VF_SUBJ_C = "Approvazione dello schema di convenzione con l’Associazione Nazionale Alpini – Gruppo di Villar Focchiardo per la manutenzione dei sentieri comunali. Anno 2026."
VF_SUBJ = "Approvazione dello schema di convenzione con l'Associazione Nazionale Alpini – Gruppo di Villar Focchiardo per la manutenzione dei sentieri comunali. Anno 2026."
K = [
{"file": "deliberazione-villarfocchiardo-halley.pdf", "role": "act",
 "what": "Giunta comunale deliberation 18/2026 of Villar Focchiardo (TO): register line in a box under the title, roll table with Pres./Ass. X marks, lines justified by word spacing (Tw), dispositive 1-4",
 "operative_points": 4,
 "act": {"municipality": "Comune di Villar Focchiardo", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 18, "date": "2026-03-10", "time": "17:30",
  "subject": VF_SUBJ,
  "attendees": [A("GIAI Paolo", "Sindaco"), A("BERTOLO Silvia", "Vice Sindaco"), A("CORDOLA Marco", "Assessore", False)],
  "president": {"title": "sig.", "role": "Sindaco", "name": "GIAI Paolo"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Laura Ruffino"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-villarfocchiardo-halley.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica, sector n. 34 of 09/03/2026, general register n. 97 of 11/03/2026; 80-column Courier report in capitals (enscript + Ghostscript)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Villar Focchiardo", "organ": "AREA TECNICA", "office": "SERVIZIO MANUTENZIONI E PATRIMONIO", "kind": "determinazione",
  "number": 97, "sector_number": 34, "date": "2026-03-11",
  "subject": "FORNITURA DI SALE ANTIGELO PER LA STAGIONE INVERNALE 2025/2026 - INTEGRAZIONE IMPEGNO DI SPESA - CIG B9F2A7730C"}},
{"file": "ordinanza-villarfocchiardo-halley.pdf", "role": "act",
 "what": "ordinanza sindacale 7/2026 'del 12.3.2026' in a bordered title cell; fire ban (fpdf2, DejaVu)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Villar Focchiardo", "organ": "Sindaco", "kind": "ordinanza", "number": 7, "date": "2026-03-12",
  "subject": "Divieto di accensione di fuochi all'aperto e di abbruciamento di residui vegetali su tutto il territorio comunale per elevato rischio di incendi boschivi."}},
{"file": "certificato-villarfocchiardo-halley.pdf", "role": "certificate",
 "what": "certificate of publication of Giunta deliberation 18 of 10/03/2026, published 13/03/2026-28/03/2026, register n. 203 (groff -ms, gropdf); register number also in the running foot",
 "act": {"municipality": "Comune di Villar Focchiardo", "kind": "certificato di pubblicazione", "number": 18, "date": "2026-03-10",
  "subject": VF_SUBJ_C}},
{"file": "deliberazione-pontboset-insiel.pdf", "role": "act",
 "what": "Giunta deliberation 11/2026 of Pontboset (AO), French/Italian letterhead and labels, Italian body; roll table with two column groups side by side, 'AG' = absent justified (Chromium)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Pontboset", "organ": "Giunta comunale", "kind": "deliberazione", "number": 11, "date": "2026-03-11", "time": "18:30",
  "subject": "Concessione in uso temporaneo del locale ex scuola di frazione Fournier alla Pro Loco di Pontboset per la stagione estiva 2026.",
  "attendees": [A("CHAMPRÉTAVY Luca", "Sindaco"), A("BORDET Michel", "Vice Sindaco"), A("JEANTET Nadia", "Assessore", False), A("FOLLIOLEY Ivo", "Assessore")],
  "president": {"title": "signor", "role": "Sindaco", "name": "Luca Champrétavy"},
  "secretary": {"title": "dott.", "role": "Segretario dell'Ente locale", "name": "Corrado Bionaz"},
  "vote": "unanimous", "immediately_executive": False}},
{"file": "determinazione-pontboset-insiel.pdf", "role": "act",
 "what": "determinazione 'N. 12/2026 R.G.' of the technical service, bilingual grey label grid with proposal n. 15 of 06/03/2026, date in words (wkhtmltopdf)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Pontboset", "organ": "Responsabile del Servizio", "office": "Servizio tecnico – lavori pubblici", "kind": "determinazione",
  "number": 12, "date": "2026-03-10", "proposal_number": 15, "proposal_date": "2026-03-06",
  "subject": "Lavori di sgombero neve sulla strada comunale per le frazioni Retempio e Fournier – Affidamento diretto alla ditta Neve Ayasse s.n.c. – CIG B3D71E0A52 – Impegno di spesa euro 3.904,00."}},
{"file": "decreto-pontboset-insiel.pdf", "role": "act",
 "what": "decreto del Sindaco 4/2026 (nomination of a service head): every glyph its own Tm+Tj, justified by moving glyphs, signature drawn first, Albo stamp rotated 90° in the left margin; date 'del 9 mars / marzo 2026'",
 "operative_points": 3,
 "act": {"municipality": "Comune di Pontboset", "organ": "Sindaco", "kind": "decreto", "number": 4, "date": "2026-03-09",
  "subject": "Nomina del Responsabile del Servizio tecnico – lavori pubblici per il periodo 1° aprile 2026 – 31 marzo 2027."}},
{"file": "avviso-pontboset-insiel.pdf", "role": "notice",
 "what": "AVVISO / AVIS (letter-spaced) of the registry office on a Saturday opening for ID cards, prot. 702 of 12 March 2026 (pdfLaTeX, microtype, fancyhdr)",
 "act": {"municipality": "Comune di Pontboset", "office": "Ufficio anagrafe e stato civile", "kind": "avviso", "date": "2026-03-12",
  "subject": "Apertura straordinaria dell’ufficio anagrafe per il rilascio della carta d’identità elettronica – sabato 21 marzo 2026"}},
{"file": "deliberazione-grosotto-sicraweb.pdf", "role": "act",
 "what": "Giunta deliberation 22/2026 of Grosotto (SO): number only in the 'N. 22' cell beside the subject, date and time in words ('addì dodici del mese di marzo alle ore diciannove e minuti zero'), borderless roll with P/A (HTML -> LibreOffice Writer)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Grosotto", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 22, "date": "2026-03-12", "time": "19:00",
  "subject": "APPROVAZIONE PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA PER LA RIQUALIFICAZIONE DEL PARCO GIOCHI DI VIA ROMA. CUP D47B26000120004.",
  "attendees": [A("ROBUSTELLI ANTONIO", "SINDACO"), A("PRUNERI CHIARA", "VICESINDACO"), A("SAMBRIZZI GIORGIO", "ASSESSORE", False)],
  "president": {"title": "Sig.", "role": "Sindaco", "name": "Robustelli Antonio"},
  "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Fabio Tognolini"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-grosotto-sicraweb.pdf", "role": "act",
 "what": "determinazione Reg. Gen. 61 / Reg. Area 9 of 13/03/2026 in a label grid; letterhead and foot are Form XObjects drawn last, signature and dispositive part drawn before heading and premises (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Grosotto", "organ": "AREA ECONOMICO-FINANZIARIA", "office": "Ragioneria e tributi", "kind": "determinazione",
  "number": 61, "sector_number": 9, "date": "2026-03-13",
  "subject": "Liquidazione quota associativa anno 2026 alla Comunità Montana Valtellina di Tirano."}},
{"file": "ordinanza-grosotto-sicraweb.pdf", "role": "act",
 "what": "traffic ordinance n. 9 of the Area Tecnica; Area/Servizio only in the running head, number and date only in the running foot besides 'ORDINANZA N. 9' (python-docx -> LibreOffice)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Grosotto", "organ": "Area Tecnica", "office": "Servizio Viabilità e Polizia Locale", "kind": "ordinanza", "number": 9, "date": "2026-03-13",
  "subject": "Istituzione del senso unico alternato regolato da impianto semaforico in via Statale, tratto tra il civico 12 e il civico 40, per lavori di rifacimento della rete idrica."}},
{"file": "convocazione-grosotto-sicraweb.pdf", "role": "notice",
 "what": "letter convening the Consiglio comunale for 19/03/2026 at 20:30, prot. 1601 of 11 March 2026, agenda of 4 items (fpdf2, Liberation Sans)",
 "act": {"municipality": "Comune di Grosotto", "organ": "Sindaco", "kind": "convocazione", "date": "2026-03-11",
  "subject": "Convocazione del Consiglio comunale in seduta ordinaria per il giorno 19 marzo 2026 alle ore 20:30."}},
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
