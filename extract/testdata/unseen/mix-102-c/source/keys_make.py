# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "certificato-arcugnano-halley.pdf", "role": "certificate",
 "what": "CERTIFICATO DI PUBBLICAZIONE (letter-spaced title) of a determinazione of Settore 3: label grid with 'Numero di settore n. 48 del 01/04/2026' and 'Registro Generale N. 211 del 02/04/2026', Albo register 2026/000487, published 03/04-18/04/2026, issued 20/04/2026; fpdf2 with DejaVu as CID TrueType, header()/footer()",
 "act": {"municipality": "Comune di Arcugnano", "kind": "attestazione", "number": 211, "date": "2026-04-02",
  "subject": "AFFIDAMENTO DIRETTO DEL SERVIZIO DI SFALCIO DEI CIGLI STRADALI E DELLE AREE VERDI COMUNALI – STAGIONE 2026 – AI SENSI DELL'ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023. CIG B9F2A41C07. IMPEGNO DI SPESA."}},
{"file": "relata-felitto-kibernetes.pdf", "role": "certificate",
 "what": "RELATA DI NOTIFICA of the Messo (register of notifications 58/2026) in prose, 'addì quattordici del mese di aprile', of ordinanza dirigenziale n. 9 del 10.4.2026; every glyph its own Tm+Tj, justified by moving glyphs; protocol stamp rotated 90° in the left margin drawn first (reportlab)",
 "act": {"municipality": "Comune di Felitto", "kind": "relata", "number": 9, "date": "2026-04-10",
  "subject": "Rimozione dei rifiuti abbandonati e ripristino dello stato dei luoghi nel fondo sito in località Fonte Cupa, foglio 9 particella 211, lungo l'argine del fiume Calore."}},
{"file": "esecutivita-commessaggio-wkhtml.pdf", "role": "certificate",
 "what": "CERTIFICATO DI ESECUTIVITÀ of Consiglio deliberation n. 8 del 27.3.2026 (proposal 11 of 18.3.2026), grey-label table, published reg. 173/2026 31.3-15.4.2026, [X] executive 11.4.2026 after ten days, signed 13.4.2026 (wkhtmltopdf)",
 "act": {"municipality": "Comune di Commessaggio", "organ": "Consiglio Comunale", "kind": "certificato", "number": 8, "date": "2026-03-27",
  "subject": "APPROVAZIONE DEL RENDICONTO DELLA GESTIONE PER L'ESERCIZIO FINANZIARIO 2025 AI SENSI DELL'ART. 227 DEL D.LGS. 267/2000."}},
{"file": "deposito-pratella-enscript.pdf", "role": "notice",
 "what": "AVVISO DI DEPOSITO DI ATTO NELLA CASA COMUNALE (art. 140 c.p.c.) of the Messo comunale, 'Registro cronologico notifiche N. 112/2026' and 'Prot. n. 1288 del 16.04.2026' on dotted leaders; letter-spaced town name; 80-column Courier capitals (enscript + Ghostscript)",
 "act": {"municipality": "Comune di Pratella", "office": "UFFICIO MESSO COMUNALE", "kind": "avviso", "date": "2026-04-16",
  "subject": "AVVISO DI DEPOSITO DI ATTO NELLA CASA COMUNALE"}},
{"file": "avviso-refrontolo-groff.pdf", "role": "notice",
 "what": "unnumbered AVVISO DI RILASCIO DI PERMESSO DI COSTRUIRE (permit 14/2026 issued 07/04/2026), Prot. 2204 / Data 08/04/2026 in a boxed tbl row, permit details in a boxed tbl table, running foot with the address (groff -ms + tbl, gropdf)",
 "act": {"municipality": "Comune di Refrontolo", "organ": "AREA TECNICA", "office": "SERVIZIO EDILIZIA PRIVATA E URBANISTICA", "kind": "avviso", "date": "2026-04-08",
  "subject": "Permesso di costruire n. 14/2026 – ampliamento e ristrutturazione di fabbricato residenziale in via Crede, 12 – catasto foglio 7 mappale 312."}},
{"file": "accertamento-zimella-word.pdf", "role": "act",
 "what": "AVVISO DI ACCERTAMENTO ESECUTIVO N. 318/2026 (IMU 2021) published at the Albo because the taxpayer is untraceable; 'Atto n. / Data di emissione' grid, amounts table; Area/Ufficio in the Word page header (python-docx, LibreOffice)",
 "act": {"municipality": "Comune di Zimella", "organ": "Area Economico-Finanziaria", "office": "Ufficio Tributi", "kind": "avviso", "number": 318, "date": "2026-04-09",
  "subject": "IMPOSTA MUNICIPALE PROPRIA (IMU) – ANNO D'IMPOSTA 2021 – OMESSO VERSAMENTO"}},
{"file": "convocazione-paspardo-latex.pdf", "role": "notice",
 "what": "AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE by the Sindaco for 24/04/2026 at 20.30 (second call 27/04), prot. 1036, 'Paspardo, 17 aprile 2026'; letter-spaced headings (microtype \\textls), fancyhdr running head and foot, agenda 1-6 (pdfLaTeX)",
 "act": {"municipality": "Comune di Paspardo", "kind": "convocazione", "date": "2026-04-17", "meeting_date": "2026-04-24", "meeting_time": "20:30",
  "subject": "Convocazione del Consiglio Comunale in sessione ordinaria – seduta del 24 aprile 2026."}},
{"file": "esito-manocalzati-chromium.pdf", "role": "act",
 "what": "AVVISO DI ESITO DI GARA with its own number 'N. 2/2026 del 20/04/2026'; office in a coloured band; label table and offers table with rowspan/colspan cells; award by determinazione n. 38 del 14.4.2026 (Reg. Gen. n. 151) (headless Chromium)",
 "act": {"municipality": "Comune di Manocalzati", "organ": "AREA TECNICA", "office": "Servizio Lavori Pubblici", "kind": "avviso", "number": 2, "date": "2026-04-20",
  "subject": "Lavori di messa in sicurezza e ripristino funzionale della strada comunale Serra – San Barbato"}},
{"file": "deliberazione-rovolon-writer.pdf", "role": "act",
 "what": "Giunta deliberation n. 31 (only in a boxed 'Reg. Delibere' cell), date and time only in words ('addì nove del mese di aprile alle ore 18.30'), roll table with Pres./Ass. X columns, 3 points, immediately executive (HTML opened as a Writer document, LibreOffice)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Rovolon", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 31, "date": "2026-04-09", "time": "18:30",
  "subject": "Approvazione del progetto esecutivo dei lavori di realizzazione della pista ciclopedonale di collegamento tra Carbonara e Bastia lungo via Euganea – CUP E91B25000870004.",
  "attendees": [A("VEGRO MARIA ELENA", "Sindaco"), A("FRISON DAVIDE", "Vice Sindaco"), A("SCARPARO ILARIA", "Assessore"), A("BORTOLAMI NICOLA", "Assessore", False), A("MENEGHETTI SARA", "Assessore")],
  "president": {"title": "sig.ra", "role": "Sindaco", "name": "Vegro Maria Elena"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Alessandro Zanin"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-albosaggia-sicraweb.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica, 2 pages: register label grid 'Det. Settore n. 37 del 13.04.2026 / Reg. Gen. 142 / Data Reg. Gen. 14.04.2026 / Proposta n. 45 del 10.04.2026'; letterhead and foot are Form XObjects drawn after the body on both pages; justified lines set Tw (reportlab)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Albosaggia", "organ": "AREA TECNICA", "office": "Servizio Manutenzioni e Patrimonio", "kind": "determinazione",
  "number": 142, "sector_number": 37, "date": "2026-04-14", "proposal_number": 45, "proposal_date": "2026-04-10",
  "subject": "Lavori di manutenzione straordinaria della copertura della palestra comunale di via Moia – Approvazione del certificato di regolare esecuzione e liquidazione dello stato finale all'impresa Bianchini Costruzioni S.r.l. – CUP G83D25000410004 – CIG B6A1F27D33."}},
{"file": "ordinanza-foglianise-wkhtml.pdf", "role": "act",
 "what": "ORDINANZA SINDACALE n. 12 del 15/04/2026 (traffic for the Festa del Grano), boxed Oggetto, letter-spaced IL SINDACO / ORDINA, premises in small type, ORDINA 1-4 (wkhtmltopdf)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Foglianise", "organ": "Sindaco", "kind": "ordinanza", "number": 12, "date": "2026-04-15",
  "subject": "Disciplina temporanea della circolazione e della sosta in occasione della Festa del Grano – Santuario di San Michele Arcangelo e centro urbano, dal 2 al 10 agosto 2026."}},
{"file": "allegato-isoladovarese-calc.pdf", "role": "attachment",
 "what": "Allegato A to determinazione n. 29 del 16/04/2026 of the Area Amministrativa: grants to 7 associations, merged title rows and merged header cells (Punteggio over Qualità/Soci/Totale), formulas, landscape, file name in the running head (openpyxl, LibreOffice Calc)",
 "act": {"municipality": "Comune di Isola Dovarese"}},
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
