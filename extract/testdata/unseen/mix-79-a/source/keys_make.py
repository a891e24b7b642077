# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
SV = "CONCESSIONE IN USO GRATUITO DEI LOCALI DELL'EX SCUOLA DI GIOVO LIGURE ALL'ASSOCIAZIONE PRO LOCO DI PONTINVREA PER LE ATTIVITÀ ESTIVE 2026."
VAL = "Approvazione del progetto di fattibilità tecnico-economica per la riqualificazione dell'illuminazione pubblica di via Roma e della frazione Borgata Riva – CUP D27H26000120004."
VER = "LAVORI DI MANUTENZIONE STRAORDINARIA DELLA COPERTURA DELLA PALESTRA COMUNALE DI VIA DANTE - AFFIDAMENTO DIRETTO ALLA DITTA EDILTETTI BASSA BRESCIANA S.R.L. - CUP C87H26000090004 - CIG B8D2E51A07 - IMPEGNO DI SPESA."
K = [
{"file": "deliberazione-valfenera-sipal.pdf", "role": "act", "what": "Giunta deliberation 18/2026 (\"N. 18 del 9.3.2026\"), reportlab, every line justified with Tw; roll table with P/A columns; 2 pages with running foot", "operative_points": 3,
 "act": {"municipality": "Comune di Valfenera", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 18, "date": "2026-03-09", "time": "17:30", "subject": VAL,
  "attendees": [A("BOSCO Giancarlo", "Sindaco"), A("MOSSO Elisa", "Vice Sindaco"), A("GHIGO Piero", "Assessore", False)],
  "president": {"title": "Sig.", "role": "Sindaco", "name": "Giancarlo Bosco"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Laura Gribaudo"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-valfenera-sipal.pdf", "role": "act", "what": "determinazione of the Area Tecnica, grey label grid: Reg. Settore N. 21 del 10.3.2026, Reg. Gen. N. 74 del 11.3.2026, Proposta n. 29 del 6.3.2026 (wkhtmltopdf)", "operative_points": 3,
 "act": {"municipality": "Comune di Valfenera", "organ": "AREA TECNICA", "office": "Servizio Lavori Pubblici e Patrimonio", "kind": "determinazione", "number": 74, "sector_number": 21, "date": "2026-03-11",
  "proposal_number": 29, "proposal_date": "2026-03-06",
  "subject": "Affidamento diretto del servizio di sgombero neve e trattamento antigelo delle strade comunali – periodo 15.3.2026/30.4.2026 – alla ditta Agriservizi Roero s.n.c. – CIG B9F4A27D1C – Impegno di spesa."}},
{"file": "attestazione-valfenera-sipal.pdf", "role": "certificate", "what": "certificate of publication of Giunta deliberation 18 of 9.3.2026 (fpdf2 label grid), Reg. pubbl. 131/2026, published 12-27.3.2026, signed 28.3.2026",
 "act": {"municipality": "Comune di Valfenera", "kind": "attestazione", "number": 18, "date": "2026-03-09", "subject": VAL}},
{"file": "avviso-valfenera-sipal.pdf", "role": "notice", "what": "unnumbered AVVISO on electoral cards (pdfLaTeX, microtype letter-spaced heading, fancyhdr running head with Area/Servizi), Prot. n. 1402",
 "act": {"municipality": "Comune di Valfenera", "organ": "Area Amministrativa", "office": "Servizi Demografici", "kind": "avviso", "date": "2026-03-12",
  "subject": "CONSULTAZIONI DEL 2026 – RILASCIO DELLE TESSERE ELETTORALI E APERTURA STRAORDINARIA DELL’UFFICIO ELETTORALE"}},
{"file": "deliberazione-pontinvrea-civilia.pdf", "role": "act", "what": "Giunta deliberation 22/2026, date and time in words (\"addì undici del mese di marzo alle ore diciotto e minuti trenta\"); running head and foot repeated on both pages (Chromium position:fixed); roll table with X marks, one absent justified", "operative_points": 4,
 "act": {"municipality": "Comune di Pontinvrea", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 22, "date": "2026-03-11", "time": "18:30", "subject": SV,
  "attendees": [A("ZUNINO Matteo", "Sindaco"), A("BRUZZONE Stefania", "Vice Sindaco", False), A("OLIVERI Davide", "Assessore")],
  "president": {"role": "Sindaco", "name": "Matteo Zunino"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Marco Parodi"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-pontinvrea-civilia.pdf", "role": "act", "what": "determinazione of the Area Amministrativa: box 'N. 12/2026 del Registro dell'Area / N. 47/2026 R.G. / Data: 12/03/2026' (HTML opened by LibreOffice Writer)", "operative_points": 3,
 "act": {"municipality": "Comune di Pontinvrea", "organ": "AREA AMMINISTRATIVA", "office": "Ufficio Segreteria e Servizi Sociali", "kind": "determinazione", "number": 47, "sector_number": 12, "date": "2026-03-12",
  "subject": "EROGAZIONE DEL CONTRIBUTO ECONOMICO STRAORDINARIO A SOSTEGNO DEI NUCLEI FAMILIARI IN DIFFICOLTÀ PER IL PAGAMENTO DELLE UTENZE DOMESTICHE – PRIMO TRIMESTRE 2026. IMPEGNO DI SPESA."}},
{"file": "ordinanza-pontinvrea-civilia.pdf", "role": "act", "what": "ordinanza sindacale 6/2026: every glyph its own BT/Tm/Tj, justified by moving glyphs; Albo stamp rotated 90° in the left margin, drawn first", "operative_points": 3,
 "act": {"municipality": "Comune di Pontinvrea", "organ": "Sindaco", "kind": "ordinanza", "number": 6, "date": "2026-03-13",
  "subject": "Divieto di accensione di fuochi e di abbruciamento di residui vegetali all'aperto su tutto il territorio comunale per grave pericolosità di incendio boschivo."}},
{"file": "avviso-pontinvrea-civilia.pdf", "role": "notice", "what": "unnumbered avviso on garden-waste collection (groff -ms, gropdf, base-14 Times), Area/Ufficio line under the letterhead",
 "act": {"municipality": "Comune di Pontinvrea", "organ": "Area Tecnica", "office": "Ufficio Ambiente e Manutenzioni", "kind": "avviso", "date": "2026-03-12",
  "subject": "RACCOLTA STRAORDINARIA DEGLI SFALCI E DELLE POTATURE – PRIMAVERA 2026"}},
{"file": "deliberazione-verolanuova-maggioli.pdf", "role": "act", "what": "Giunta deliberation 31/2026 (Word via LibreOffice): header/footer on both pages, roll in two side-by-side column groups under merged 'Componenti' cells, P/AG marks, vote with counts", "operative_points": 4,
 "act": {"municipality": "Comune di Verolanuova", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 31, "date": "2026-03-10", "time": "18:00",
  "subject": "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L'ISTITUTO COMPRENSIVO DI VEROLANUOVA PER IL SERVIZIO DI PRE E POST SCUOLA – ANNO SCOLASTICO 2026/2027.",
  "attendees": [A("ROSSI Laura", "Sindaco"), A("BERTOLI Andrea", "Vicesindaco"), A("GATTI Francesca", "Assessore", False), A("PREMOLI Luca", "Assessore"), A("ZANI Marta", "Assessore esterno")],
  "president": {"title": "dott.ssa", "role": "Sindaco", "name": "Laura Rossi"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Chiara Bonometti"},
  "vote": "unanimous", "vote_counts": {"present": 4, "voters": 4, "in_favour": 4, "against": 0, "abstained": 0}, "immediately_executive": True}},
{"file": "determinazione-verolanuova-maggioli.pdf", "role": "act", "what": "determinazione as an 80-column Courier report in capitals (enscript + Ghostscript): sector N. 38 del 09/03/2026, Registro Generale N. 152 del 11/03/2026, Proposta N. 44 del 06/03/2026", "operative_points": 4,
 "act": {"municipality": "Comune di Verolanuova", "organ": "AREA TECNICA", "office": "SERVIZIO LAVORI PUBBLICI E MANUTENZIONI", "kind": "determinazione", "number": 152, "sector_number": 38, "date": "2026-03-11",
  "proposal_number": 44, "proposal_date": "2026-03-06", "subject": VER}},
{"file": "attestazione-verolanuova-maggioli.pdf", "role": "certificate", "what": "certificate of publication of determinazione 152 R.G. of 11/03/2026 (reportlab): letterhead and foot are Form XObjects drawn last, signature and grid drawn before the heading", 
 "act": {"municipality": "Comune di Verolanuova", "kind": "attestazione", "number": 152, "date": "2026-03-11", "subject": VER}},
{"file": "ordinanza-verolanuova-maggioli.pdf", "role": "act", "what": "ordinanza dirigenziale 9/2026 of the Area Polizia Locale (pdfLaTeX, running head/foot, date in words in the title)", "operative_points": 3,
 "act": {"municipality": "Comune di Verolanuova", "organ": "Area Polizia Locale", "kind": "ordinanza", "number": 9, "date": "2026-03-12",
  "subject": "Istituzione del divieto di sosta con rimozione forzata in piazza Libertà e in via Dante in occasione della Fiera di San Giuseppe del 19 marzo 2026."}},
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
    bad += bool(miss); print(k["file"], "MISSING:" if miss else "ok", miss)
raise SystemExit(1 if bad else 0)
