# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "deliberazione-cortenova-halley.pdf", "role": "act",
 "what": "Giunta deliberation 14/2026 of Cortenova (LC): 'n. 14 del 23.3.2026' under the title and in the running head, roll table with P/A columns, justified text with Tw per line (reportlab platypus); signatures alone on page 2",
 "operative_points": 3,
 "act": {"municipality": "Comune di Cortenova", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 14, "date": "2026-03-23", "time": "18:30",
  "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN SICUREZZA DELLA STRADA COMUNALE PER BINDO – CUP E77H26000120004",
  "attendees": [A("CATTANEO MARCO", "Sindaco"), A("INVERNIZZI LAURA", "Vicesindaco"), A("BUZZONI PIERO", "Assessore", False)],
  "president": {"title": "sig.", "role": "Sindaco", "name": "Marco Cattaneo"},
  "secretary": {"title": "dott.ssa", "role": "Segretario comunale", "name": "Carla Rusconi"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-cortenova-halley.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica of Cortenova, sector n. 22 of 24.3.2026 and Registro Generale n. 87 of 25.3.2026 in a two-cell register box (HTML opened in Writer, LibreOffice)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Cortenova", "organ": "AREA TECNICA", "office": "Servizio Lavori Pubblici e Manutenzioni", "kind": "determinazione",
  "number": 87, "sector_number": 22, "date": "2026-03-25",
  "subject": "Affidamento diretto della fornitura di segnaletica stradale verticale per le strade comunali – CIG B9D4E17A22 – Impegno di spesa."}},
{"file": "ordinanza-cortenova-halley.pdf", "role": "act",
 "what": "ordinanza sindacale 'ORDINANZA N. 6/2026' in a grey band; the date only at the end ('Cortenova, 26 marzo 2026'); O R D I N A points 1.-3. (fpdf2)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Cortenova", "organ": "Sindaco", "kind": "ordinanza", "number": 6, "date": "2026-03-26",
  "subject": "Divieto di transito e di sosta in via Provinciale, frazione Prato San Pietro, in occasione della manifestazione \"Sagra di Primavera\" del 4 e 5 aprile 2026."}},
{"file": "attestazione-cortenova-halley.pdf", "role": "certificate",
 "what": "attestazione di pubblicazione of Giunta deliberation 14 of 23.3.2026 (published 27.3.2026, reg. n. 163), groff -ms through gropdf",
 "act": {"municipality": "Comune di Cortenova", "organ": "Giunta Comunale", "kind": "attestazione", "number": 14, "date": "2026-03-23",
  "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN SICUREZZA DELLA STRADA COMUNALE PER BINDO – CUP E77H26000120004",
  "immediately_executive": True}},
{"file": "deliberazione-valgrana-csi.pdf", "role": "act",
 "what": "Giunta deliberation 19/2026 of Valgrana (CN): date and time only in words ('addì ventiquattro del mese di marzo ... alle ore diciotto e minuti trenta'), number in a box and the running foot, letter-spaced letterhead (microtype), roll in two side-by-side column groups with 'Giust.' (pdfLaTeX)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Valgrana", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 19, "date": "2026-03-24", "time": "18:30",
  "subject": "Approvazione schema di convenzione con l’Associazione Pro Loco Valgrana per la gestione dell’area festeggiamenti di piazza San Giovanni – anni 2026-2028.",
  "attendees": [A("GIRAUDO Alberto", "Sindaco"), A("DALMASSO Enrica", "Vice Sindaco"), A("BRUNO Stefano", "Assessore", False)],
  "president": {"title": "Sig.", "role": "Sindaco", "name": "GIRAUDO Alberto"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Paolo Arneodo"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-valgrana-csi.pdf", "role": "act",
 "what": "determinazione 'N. 47/2026 R.G.' of Valgrana in a grey-labelled grid (Area, Servizio, Registro Generale, Numero di settore 12, Proposta n. 58 del 20/03/2026, Data adozione) (wkhtmltopdf)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Valgrana", "organ": "AREA AMMINISTRATIVA E CONTABILE", "office": "Servizio Tributi", "kind": "determinazione",
  "number": 47, "sector_number": 12, "date": "2026-03-25", "proposal_number": 58, "proposal_date": "2026-03-20",
  "subject": "Rimborso ai contribuenti di somme versate e non dovute a titolo di IMU per le annualità 2023 e 2024. Impegno e liquidazione."}},
{"file": "decreto-valgrana-csi.pdf", "role": "act",
 "what": "decreto del Sindaco 3/2026 of Valgrana: number and date only in the running head drawn by a page event on both pages, D E C R E T A points 1)-4) (OpenPDF)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Valgrana", "organ": "Sindaco", "kind": "decreto", "number": 3, "date": "2026-03-26",
  "subject": "Nomina del Responsabile dell'Area Tecnica e attribuzione delle funzioni di cui all'art. 107 del D.Lgs. 267/2000 per il periodo 1° aprile 2026 – 31 dicembre 2026."}},
{"file": "avviso-valgrana-csi.pdf", "role": "notice",
 "what": "unnumbered AVVISO of the Servizio Tributi on TARI 2026 payments: every glyph its own Tm/Tj, justified by spreading glyphs; Albo stamp rotated 90 degrees in the right margin (reportlab canvas)",
 "act": {"municipality": "Comune di Valgrana", "organ": "Area Amministrativa e Contabile", "office": "Servizio Tributi", "kind": "avviso", "date": "2026-03-27",
  "subject": "PAGAMENTO DELLA TASSA SUI RIFIUTI (TARI) 2026 SCADENZE E MODALITÀ DI VERSAMENTO"}},
{"file": "deliberazione-rivamonte-pasweb.pdf", "role": "act",
 "what": "Giunta deliberation 21/2026 of Rivamonte Agordino (BL): number and date in a box at top right, roll table with merged 'Presenza' header (rowspan/colspan), majority vote with an abstention, not immediately executive (headless Chromium)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Rivamonte Agordino", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 21, "date": "2026-03-25", "time": "20:00",
  "subject": "Concessione in comodato d'uso gratuito dei locali della ex latteria di Rivamonte al Gruppo Alpini Rivamonte per il periodo 2026-2031. Indirizzi.",
  "attendees": [A("FONTANIVE Giorgio", "Sindaco"), A("DA ROLD Michela", "Vice Sindaco"), A("CASE Ivo", "Assessore")],
  "president": {"title": "sig.", "role": "Sindaco", "name": "Giorgio Fontanive"},
  "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Alessio Bortoluzzi"},
  "vote": "majority", "vote_counts": {"present": 3, "voters": 2, "in_favour": 2, "against": 0, "abstained": 1},
  "immediately_executive": False}},
{"file": "determinazione-rivamonte-pasweb.pdf", "role": "act",
 "what": "determinazione of the Servizio Tecnico of Rivamonte Agordino: Servizio/Ufficio only in the Word page header, 'n. 31 del 27/03/2026 – Reg. Gen. 58' only in the footer and the register table at the end (python-docx, LibreOffice)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Rivamonte Agordino", "organ": "SERVIZIO TECNICO", "office": "Ufficio Lavori Pubblici", "kind": "determinazione",
  "number": 58, "sector_number": 31, "date": "2026-03-27",
  "subject": "Lavori di sistemazione del piazzale del cimitero di Rivamonte – Approvazione dello stato finale e del certificato di regolare esecuzione – CUP E27H25001230004 – CIG B6F2A09C31."}},
{"file": "ordinanza-rivamonte-pasweb.pdf", "role": "act",
 "what": "ordinanza n. 4 of 30-03-2026 of the Responsabile del Servizio Tecnico (heavy-vehicle limits for roadworks): letterhead and number band are Form XObjects, page painted out of reading order (signature, ORDINA, premises, then band, letterhead and subject) (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Rivamonte Agordino", "organ": "Responsabile del Servizio Tecnico", "kind": "ordinanza", "number": 4, "date": "2026-03-30",
  "subject": "Limitazione della circolazione ai veicoli di massa superiore a 3,5 t sulla strada comunale Tiser – Col di Pra per lavori di consolidamento del versante."}},
{"file": "avviso-rivamonte-pasweb.pdf", "role": "act",
 "what": "numbered AVVISO PUBBLICO N. 2/2026 (wood lots for civic use), 80-column Courier text, prot. 941, ART. 1-4 (enscript + Ghostscript)",
 "act": {"municipality": "Comune di Rivamonte Agordino", "organ": "SERVIZIO TECNICO", "office": "UFFICIO PATRIMONIO E FORESTE", "kind": "avviso", "number": 2, "date": "2026-03-31",
  "subject": "ASSEGNAZIONE DEI LOTTI BOSCHIVI PER USO CIVICO DI LEGNATICO STAGIONE 2026/2027"}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower(); a = k.get("act", {}); strs = []
    for f in ("municipality", "organ", "office", "subject"):
        if f in a: strs.append((f, a[f]))
    for p in a.get("attendees", []): strs += [("att", p["name"]), ("role", p["role"])]
    for f in ("president", "secretary"):
        if f in a: strs += [(f, v) for v in a[f].values()]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += len(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
raise SystemExit(1 if bad else 0)
