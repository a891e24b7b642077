# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "determinazione-calcinaia-chromium.pdf", "role": "act",
 "what": "determinazione dirigenziale 'DD 245/2026' of 14/04/2026, proposal 'PD 281/2026' of 10/04/2026; Settore / Servizio / U.O. in a grey-labelled grid; running foot on every page (Chromium)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Calcinaia", "organ": "SETTORE 3 – LAVORI PUBBLICI E AMBIENTE", "office": "Servizio Manutenzioni e Patrimonio", "kind": "determinazione",
  "number": 245, "date": "2026-04-14", "proposal_number": 281, "proposal_date": "2026-04-10",
  "subject": "Servizio di manutenzione ordinaria del verde pubblico nelle aree cimiteriali e nei giardini scolastici – periodo maggio–ottobre 2026 – Affidamento diretto alla ditta Verde Arno s.r.l. – CIG B9D4E21A07 – Impegno di spesa."}},
{"file": "ordinanza-cortemaggiore-tw.pdf", "role": "act",
 "what": "ordinanza dirigenziale 'ORD-2026-14 del 16/04/2026' in a box; letterhead and headings letter-spaced with Tc, body lines justified with Tw; Albo stamp rotated 90° in the left margin (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Cortemaggiore", "organ": "Area Tecnica", "office": "Servizio Lavori Pubblici e Viabilità", "kind": "ordinanza", "number": 14, "date": "2026-04-16",
  "subject": "Istituzione del divieto di transito e di sosta in via Roma e in piazza Patrioti in occasione della manifestazione \"Fiera di San Giorgio\" dal 24 al 26 aprile 2026."}},
{"file": "deposito-lajatico-enscript.pdf", "role": "notice",
 "what": "AVVISO DI DEPOSITO NELLA CASA COMUNALE of the Messo comunale (art. 140 c.p.c.), Reg. Pubbl. N. 112/2026, affixed 08.04.2026; 80-column Courier capitals with dotted leaders (enscript + Ghostscript)",
 "act": {"municipality": "Comune di Lajatico", "office": "UFFICIO MESSO COMUNALE", "kind": "avviso", "number": 112, "date": "2026-04-08",
  "subject": "AVVISO DI DEPOSITO NELLA CASA COMUNALE"}},
{"file": "matrimonio-brescello-fpdf.pdf", "role": "notice",
 "what": "pubblicazione di matrimonio, Atto n. 3 Parte I Serie A/2026, affixed 20/04/2026; label grid, spouses table, date in words at the foot (fpdf2, DejaVu Type0/CID fonts)",
 "act": {"municipality": "Comune di Brescello", "office": "Ufficio dello Stato Civile", "kind": "pubblicazione di matrimonio", "number": 3, "date": "2026-04-20",
  "subject": "PUBBLICAZIONE DI MATRIMONIO"}},
{"file": "avviso-gattatico-latex.pdf", "role": "act",
 "what": "numbered AVVISO DI SELEZIONE PUBBLICA N. 3/2026 (concorso for one Istruttore amministrativo contabile), prot. 4127 of 9 April 2026; letter-spaced heading (microtype), small-caps Settore/Servizio/Ufficio line, running foot (pdfLaTeX)",
 "act": {"municipality": "Comune di Gattatico", "organ": "Settore Affari Generali", "office": "Servizio Personale", "kind": "avviso", "number": 3, "date": "2026-04-09",
  "subject": "CONCORSO PUBBLICO PER ESAMI PER LA COPERTURA DI N. 1 POSTO DI ISTRUTTORE AMMINISTRATIVO CONTABILE, AREA DEGLI ISTRUTTORI, A TEMPO PIENO E INDETERMINATO"}},
{"file": "determinazione-pianoro-wkhtml.pdf", "role": "act",
 "what": "determinazione 'N. 47/2026 R.G.' of 15.4.2026, n. 12 of the Area, proposal 58 of 13.4.2026, in a one-row register table; Area · Servizio · U.O. in the letterhead (wkhtmltopdf)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Pianoro", "organ": "Area Servizi alla Persona", "office": "Servizio Scuola e Infanzia", "kind": "determinazione",
  "number": 47, "sector_number": 12, "date": "2026-04-15", "proposal_number": 58, "proposal_date": "2026-04-13",
  "subject": "Integrazione dell'impegno di spesa per il servizio di trasporto scolastico – anno scolastico 2025/2026 – CIG A0F3C55B19."}},
{"file": "determinazione-rapolanoterme-glyphs.pdf", "role": "act",
 "what": "determinazione 'n. 61 del 13.4.2026', 'Reg. Gen. 311', Area / Servizio / Ufficio in a label grid; every glyph its own text object (BT Tm Tj ET), justified by moving glyphs (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Rapolano Terme", "organ": "AREA 2 – SERVIZI FINANZIARI", "office": "Servizio Tributi", "kind": "determinazione",
  "number": 311, "sector_number": 61, "date": "2026-04-13",
  "subject": "Rimborso a contribuenti di somme versate e non dovute a titolo di canone unico patrimoniale per l'anno 2025 – Liquidazione."}},
{"file": "ordinanza-santaluce-groff.pdf", "role": "act",
 "what": "ordinanza sindacale contingibile n. 9/2026 of 17 April 2026 (Registro Albo n. 146) in a boxed tbl grid; groff -ms + tbl, Ghostscript; running foot with page number",
 "operative_points": 3,
 "act": {"municipality": "Comune di Santa Luce", "organ": "Sindaco", "kind": "ordinanza", "number": 9, "date": "2026-04-17",
  "subject": "Divieto temporaneo di utilizzo dell’acqua dell’acquedotto comunale per uso potabile nella frazione di Pomaia a seguito di non conformità dei parametri microbiologici."}},
{"file": "deliberazione-ravarino-writer.pdf", "role": "act",
 "what": "Giunta comunale deliberation 29 of 14/04/2026, date in words ('addì quattordici del mese di aprile alle ore 18:30'), roll table with P/A crosses and totals (HTML opened as a Writer document, LibreOffice)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Ravarino", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 29, "date": "2026-04-14", "time": "18:30",
  "subject": "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE \"AMICI DEL PARCO\" PER LA GESTIONE DEL CENTRO SOCIALE DI STUFFIONE – ANNI 2026-2028.",
  "attendees": [A("ZANIBONI MAURIZIA", "Sindaco"), A("GOLINELLI ANDREA", "Vice Sindaco"), A("BERGONZINI LAURA", "Assessore", False), A("MALAGOLI NICOLA", "Assessore"), A("TASSI FEDERICA", "Assessore")],
  "president": {"title": "dott.ssa", "role": "Sindaco", "name": "Maurizia Zaniboni"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Giovanni Battista Carnevali"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "decreto-minucciano-word.pdf", "role": "act",
 "what": "Decreto del Sindaco n. 4 del 10.04.2026 appointing the head of the Area Tecnica; Area / Servizio / Ufficio in the running head, act number in the running foot (python-docx, LibreOffice)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Minucciano", "organ": "Sindaco", "kind": "decreto", "number": 4, "date": "2026-04-10",
  "subject": "Nomina del Responsabile dell'Area Tecnica e conferimento dell'incarico di Elevata Qualificazione fino al 31 dicembre 2026."}},
{"file": "allegato-solarolo-calc.pdf", "role": "attachment",
 "what": "Allegato A to determinazione n. 73 of 16.04.2026: 30 pseudonymised rent-grant applications, merged title cells, header row set to repeat, page foot (openpyxl, LibreOffice Calc)",
 "act": {"municipality": "Comune di Solarolo"}},
{"file": "certificato-poviglio-formxobj.pdf", "role": "certificate",
 "what": "certificato di pubblicazione of Giunta deliberation 37 of 14.04.2026, published 16.04.2026 (register n. 402); letterhead and foot are Form XObjects; signature and body drawn before the heading",
 "act": {"municipality": "Comune di Poviglio", "kind": "certificato di pubblicazione", "number": 37, "date": "2026-04-14",
  "subject": "Approvazione del progetto di fattibilità tecnico-economica per la riqualificazione energetica della palestra comunale di via Parma – CUP G92B26000140004"}},
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
sys.exit(1 if bad else 0)
