# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "deliberazione-collepietro-halley.pdf", "role": "act",
 "what": "Giunta deliberation 14 of 3.2.2026, 80-column Courier report (enscript + Ghostscript); roll as numbered list with P/A after dotted leaders; time in words; Vice Sindaco presiding; Segretario in convenzione",
 "operative_points": 3,
 "act": {"municipality": "Comune di Collepietro", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 14, "date": "2026-02-03", "time": "17:30",
  "subject": "APPROVAZIONE SCHEMA DI CONVENZIONE CON LA PRO LOCO DI COLLEPIETRO PER LA GESTIONE DEL CENTRO DI AGGREGAZIONE SOCIALE ANNO 2026.",
  "attendees": [A("DI GIROLAMO ANTONIO", "SINDACO", False), A("CIPOLLONE MARIA GRAZIA", "VICE SINDACO"), A("SANTILLI FRANCO", "ASSESSORE")],
  "president": {"role": "Vice Sindaco", "name": "Maria Grazia Cipollone"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale in convenzione", "name": "Luigi Paolini"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-bortigiadas-writer.pdf", "role": "act",
 "what": "Consiglio deliberation 5 of 26.2.2026 (budget), HTML through LibreOffice Writer; roll in monospaced numbered list with dotted leaders and P/A; 'addì ventisei', time in words; majority vote with counts",
 "operative_points": 3,
 "act": {"municipality": "Comune di Bortigiadas", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 5, "date": "2026-02-26", "time": "19:00",
  "subject": "Approvazione del Documento Unico di Programmazione (DUP) 2026/2028 e del bilancio di previsione finanziario 2026/2028.",
  "attendees": [A("SECHI Giovanni Maria", "Sindaco"), A("PIRINA Annalisa", "Consigliere"), A("ADDIS Salvatore", "Consigliere"), A("DEIANA Maria Rita", "Consigliere", False),
                A("MURRIGHILE Pietro", "Consigliere"), A("SATTA Gavino", "Consigliere"), A("CAREDDU Lucia", "Consigliere"), A("FRESU Antonio", "Consigliere", False),
                A("PINTUS Mauro", "Consigliere"), A("SOTGIU Caterina", "Consigliere"), A("TAMPONI Roberto", "Consigliere")],
  "president": {"role": "Sindaco", "name": "Giovanni Maria Sechi"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale in convenzione", "name": "Antonella Serra"},
  "vote": "majority", "vote_counts": {"present": 9, "voters": 9, "in_favour": 7, "against": 2, "abstained": 0},
  "immediately_executive": True}},
{"file": "deliberazione-civitaquana-reportlab.pdf", "role": "act",
 "what": "Giunta deliberation 9 of 12.2.2026 adopted in urgency with the Consiglio's powers (budget variation, art. 175 c. 4 TUEL); reportlab, Tw-justified text, Tc letter-spaced letterhead; roll as dotted-leader table",
 "operative_points": 4,
 "act": {"municipality": "Comune di Civitaquana", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 9, "date": "2026-02-12", "time": "12:15",
  "subject": "Variazione d'urgenza al bilancio di previsione 2026/2028 ai sensi dell'art. 175, comma 4, del D.Lgs. n. 267/2000 per interventi di somma urgenza sulla strada comunale Colle Cese.",
  "attendees": [A("FERRANTE Giuseppe", "Sindaco", False), A("D'ALFONSO Rita", "Vice Sindaco"), A("MARINELLI Pasquale", "Assessore")],
  "president": {"role": "Vice Sindaco", "name": "Rita D'Alfonso"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale in convenzione", "name": "Camillo Di Renzo"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-noragugume-sic.pdf", "role": "act",
 "what": "Giunta deliberation 21 of 05/03/2026 over 2 pages (fpdf2); running head and foot on every page; number and date only in the register box at the end of the last page; time in words",
 "operative_points": 4,
 "act": {"municipality": "Comune di Noragugume", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 21, "date": "2026-03-05", "time": "13:00",
  "subject": "Concessione in uso temporaneo del campo sportivo comunale alla A.S.D. Noragugume Calcio per la stagione sportiva 2026.",
  "attendees": [A("MELONI Gian Franco", "Sindaco", False), A("FANCELLO Sonia", "Vice Sindaco"), A("COSSU Efisio", "Assessore"), A("LADU Michela", "Assessore", False)],
  "president": {"title": "sig.ra", "role": "Vice Sindaco", "name": "Sonia Fancello"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale in convenzione", "name": "Marco Piras"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-aidomaggiore-datagraph.pdf", "role": "act",
 "what": "Consiglio deliberation 3 of 27.02.2026 (IMU rates); every glyph its own text object, justified by moving glyphs; 11-member roll with dotted leaders and P/A; Vice Sindaco presiding",
 "operative_points": 4,
 "act": {"municipality": "Comune di Aidomaggiore", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 3, "date": "2026-02-27", "time": "18:30",
  "subject": "Approvazione delle aliquote e delle detrazioni dell'Imposta Municipale Propria (IMU) per l'anno 2026.",
  "attendees": [A("MURA Giovanni Antonio", "Sindaco", False), A("ZEDDA Franca", "Vice Sindaco"), A("ARCA Bachisio", "Consigliere"), A("PORCU Ilaria", "Consigliere"),
                A("SANNA Giuseppe", "Consigliere"), A("ORRÙ Marcello", "Consigliere", False), A("CADDEO Rosalba", "Consigliere"), A("SOLINAS Pietro Paolo", "Consigliere"),
                A("FLORIS Alessio", "Consigliere"), A("MELIS Giovanna", "Consigliere"), A("ATZORI Luca", "Consigliere")],
  "president": {"role": "Vice Sindaco", "name": "Franca Zedda"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale in convenzione", "name": "Giuseppina Loi"},
  "vote": "unanimous", "vote_counts": {"present": 9, "voters": 9, "in_favour": 9, "against": 0, "abstained": 0},
  "immediately_executive": True}},
{"file": "determinazione-serramonacesca-chromium.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica, Reg. Gen. 311 of 18.03.2026, sector n. 47 of 17.03.2026, proposal 52 of 16.03.2026, in a grey-labelled register table (Chromium)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Serramonacesca", "organ": "Area Tecnica", "office": "Servizio Lavori Pubblici e Patrimonio", "kind": "determinazione",
  "number": 311, "sector_number": 47, "date": "2026-03-18", "proposal_number": 52, "proposal_date": "2026-03-16",
  "subject": "Lavori di manutenzione straordinaria della copertura della scuola dell'infanzia di via San Liberatore – Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. n. 36/2023 alla ditta Edil Maiella s.r.l. – CIG B9F4C27A13 – Impegno di spesa."}},
{"file": "determinazione-esporlatu-wkhtml.pdf", "role": "act",
 "what": "determinazione 'N. 18/2026 R.S. – N. 64/2026 R.G.' of 10 marzo 2026 in a label grid (Tipo atto / Servizio / Numero / Data / Oggetto), wkhtmltopdf",
 "operative_points": 3,
 "act": {"municipality": "Comune di Esporlatu", "organ": "AREA AMMINISTRATIVA E SOCIO-CULTURALE", "office": "Servizi Sociali", "kind": "determinazione",
  "number": 64, "sector_number": 18, "date": "2026-03-10",
  "subject": "L.R. n. 18/2016 – Reddito di Inclusione Sociale (REIS) annualità 2025 – Liquidazione del contributo ai beneficiari ammessi, mensilità di gennaio e febbraio 2026."}},
{"file": "ordinanza-bisegna-latex.pdf", "role": "act",
 "what": "ORDINANZA SINDACALE N. 6 DEL 19 GENNAIO 2026 (date in words), pdfLaTeX with microtype letter-spaced letterhead and headings, fancyhdr running head and foot",
 "operative_points": 3,
 "act": {"municipality": "Comune di Bisegna", "organ": "Sindaco", "kind": "ordinanza", "number": 6, "date": "2026-01-19",
  "subject": "Divieto di transito sulla strada comunale Bisegna – San Sebastiano dei Marsi per pericolo di caduta di alberi a seguito delle nevicate."}},
{"file": "decreto-tramatza-groff.pdf", "role": "act",
 "what": "DECRETO DEL SINDACO N. 4/2026 del 14.1.2026 appointing the head of the Area Finanziaria; groff -ms, body in two columns (gropdf)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Tramatza", "organ": "Sindaco", "kind": "decreto", "number": 4, "date": "2026-01-14",
  "subject": "Nomina del Responsabile dell’Area Finanziaria e attribuzione dell’incarico di Elevata Qualificazione per l’anno 2026."}},
{"file": "convocazione-gergei-word.pdf", "role": "notice",
 "what": "letter convening the Consiglio comunale for 23/03/2026 at 18:30, prot. 1187 of 13.03.2026; Word template with header/footer (python-docx, LibreOffice); 5-item agenda including the ratification of an urgent Giunta deliberation",
 "act": {"municipality": "Comune di Gergei", "kind": "convocazione", "date": "2026-03-13",
  "subject": "Convocazione del Consiglio Comunale in sessione ordinaria – seduta del 23 marzo 2026."}},
{"file": "attestazione-roccaspinalveti-serfin.pdf", "role": "certificate",
 "what": "certificate of publication of Giunta deliberation 17 of 24/02/2026, published 02/03/2026 (register n. 97); letterhead is a Form XObject drawn last, blocks drawn bottom-up, Albo stamp rotated 90 degrees in the right margin",
 "act": {"municipality": "Comune di Roccaspinalveti", "kind": "attestazione", "number": 17, "date": "2026-02-24",
  "subject": "Approvazione del piano comunale per la raccolta e lo smaltimento dei rifiuti agricoli e dei teli in plastica da serre - anno 2026"}},
{"file": "avviso-basciano-chromium.pdf", "role": "act",
 "what": "numbered AVVISO PUBBLICO N. 2/2026 (prot. 905 of 09/03/2026) for utility-bill grants; CSS letter-spacing on every line (Chromium)",
 "act": {"municipality": "Comune di Basciano", "organ": "Area Amministrativa", "office": "Servizi Demografici e Sociali", "kind": "avviso", "number": 2, "date": "2026-03-09",
  "subject": "CONCESSIONE DI CONTRIBUTI ECONOMICI PER IL PAGAMENTO DELLE UTENZE DOMESTICHE A FAVORE DI NUCLEI FAMILIARI IN CONDIZIONI DI DISAGIO ECONOMICO"}},
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
