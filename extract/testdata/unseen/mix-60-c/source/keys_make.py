# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "deliberazione-calascibetta-writer.pdf", "role": "act",
 "what": "Sicilian 'COPIA CONFORME ALL’ORIGINALE' deliberation of the Giunta Municipale 47/2026: letterhead and register in a table with merged cells, roll in prose ('Piero Capizzi, Sindaco, presente; …'), proposal 52 cited in the premises, F.to signatures with the Assessore anziano, publication certificate and copy-conformity line at the end (HTML opened as a Writer document, LibreOffice)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Calascibetta", "organ": "Giunta Municipale", "kind": "deliberazione", "number": 47, "date": "2026-04-14", "time": "12:30",
  "proposal_number": 52, "proposal_date": "2026-04-09", "proposing_office": "Area Servizi Sociali",
  "subject": "Approvazione del progetto di servizio civico comunale per l’anno 2026 in favore di soggetti in condizione di disagio economico. Assegnazione risorse al Responsabile dell’Area Servizi Sociali.",
  "attendees": [A("Piero Capizzi", "Sindaco"), A("Giuseppina Li Volsi", "Vice Sindaco"), A("Salvatore Sberna", "Assessore"), A("Maria Rita Bellomo", "Assessore", False), A("Filippo Zito", "Assessore")],
  "president": {"title": "dott.", "role": "Sindaco", "name": "Piero Capizzi"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Rosalia Paternò"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-vallecorsa-wkhtml.pdf", "role": "act",
 "what": "deliberation 18/2026 of the Commissario Straordinario 'adottata con i poteri della Giunta Comunale' (no roll, no vote), 'n. 18 del 21.4.2026', proposal box, points 1.-4. as an HTML list, immediate executivity in a closing sentence (wkhtmltopdf)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Vallecorsa", "organ": "Commissario Straordinario", "kind": "deliberazione", "number": 18, "date": "2026-04-21", "time": "11:00",
  "proposal_number": 22, "proposal_date": "2026-04-16", "proposing_office": "Area Amministrativa – Servizio Personale",
  "subject": "Approvazione del Piano triennale dei fabbisogni di personale 2026-2028 e ricognizione annuale delle eccedenze di personale.",
  "attendees": [],
  "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Antonella Di Folco"},
  "immediately_executive": True}},
{"file": "convocazione-palena-groff.pdf", "role": "notice",
 "what": "letter of the Presidente del Consiglio convening the Consiglio Comunale for 30/04/2026 at 18:00 (second call 04/05/2026), Prot. n. 1583 of 17 aprile 2026, six-item ORDINE DEL GIORNO; groff -ms, hyphenated justified lines (gropdf)",
 "act": {"municipality": "Comune di Palena", "kind": "convocazione", "date": "2026-04-17",
  "subject": "Convocazione del Consiglio Comunale in sessione ordinaria."}},
{"file": "determinazione-duronia-latex.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica, Registro Generale n. 96 / Registro di Area n. 37, whose date is printed only in words ('il giorno ventitré del mese di aprile', year 'duemilaventisei'); pdfLaTeX, Latin Modern, small-caps premises",
 "operative_points": 4,
 "act": {"municipality": "Comune di Duronia", "organ": "AREA TECNICA", "office": "Servizio Lavori Pubblici e Patrimonio", "kind": "determinazione",
  "number": 96, "sector_number": 37, "date": "2026-04-23",
  "subject": "Lavori di messa in sicurezza della strada comunale Fonte Vecchia – Approvazione dello stato finale e del certificato di regolare esecuzione. CUP H37H24000910001 – CIG B61F0A3D29."}},
{"file": "decreto-consorziocaltanissetta-reportlab.pdf", "role": "act",
 "what": "DECRETO DEL PRESIDENTE N. 14 DEL 22/04/2026 of a Sicilian Libero Consorzio Comunale; every text line is its own BT…ET with an explicit Tw (justified lines positive, last lines 0), headings letter-spaced with Tc or real spaces (ReportLab canvas, base-14 Times)",
 "operative_points": 4,
 "act": {"municipality": "Libero Consorzio Comunale di Caltanissetta", "organ": "Presidente", "kind": "decreto", "number": 14, "date": "2026-04-22",
  "proposal_number": 19, "proposal_date": "2026-04-17", "proposing_office": "Settore IV Viabilità, Trasporti e Protezione Civile",
  "subject": "Approvazione dello schema di convenzione con i Comuni del territorio per la gestione associata del servizio di sgombero neve e trattamento antighiaccio sulle strade provinciali di collegamento intercomunale – stagioni invernali 2026/2027 e 2027/2028."}},
{"file": "ordinanza-cetara-glyphs.pdf", "role": "act",
 "what": "ORDINANZA SINDACALE N. 9 DEL 24/04/2026: a raw PDF written glyph by glyph (one Tm+Tj per character, no space characters, justification by moving glyphs); the Albo stamp is drawn first, rotated 90° in the left margin",
 "operative_points": 3,
 "act": {"municipality": "Comune di Cetara", "organ": "Sindaco", "kind": "ordinanza", "number": 9, "date": "2026-04-24",
  "subject": "Divieto temporaneo di balneazione e di stazionamento sulla spiaggia del Lannio nel tratto sottostante il costone roccioso interessato da distacchi."}},
{"file": "determinazione-cmcatania-chromium.pdf", "role": "act",
 "what": "DETERMINAZIONE DIRIGENZIALE of a Città Metropolitana: label grid Registro Generale N. 1187 / Registro Dipartimento N. 203 / Proposta N. 241, Dipartimento and Servizio under the letterhead, running head and foot repeated on both pages (table thead/tfoot), points 1.-5. (headless Chromium)",
 "operative_points": 5,
 "act": {"municipality": "Città Metropolitana di Catania", "organ": "IV DIPARTIMENTO – TECNICO", "office": "2° Servizio – Manutenzione Strade Metropolitane Zona Nord", "kind": "determinazione",
  "number": 1187, "sector_number": 203, "date": "2026-04-27", "proposal_number": 241, "proposal_date": "2026-04-23",
  "subject": "S.P. 92 “Nicolosi – Etna Sud” – Lavori urgenti di ripristino della pavimentazione stradale e della segnaletica orizzontale dal km 3+200 al km 8+700 – Affidamento diretto e impegno di spesa. CIG B7D2F93A10."}},
{"file": "deliberazione-cusanomutri-fpdf.pdf", "role": "act",
 "what": "Consiglio Comunale deliberation 11/2026 ('Data 28-04-2026'): roll table split into two side-by-side column groups (1-6, 7-11) with P / A / AG marks, majority vote with counts in prose, running head and 'Pagina X di Y' foot on both pages (fpdf2, embedded Liberation fonts)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Cusano Mutri", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 11, "date": "2026-04-28", "time": "19:00",
  "proposal_number": 14, "proposal_date": "2026-04-09",
  "subject": "APPROVAZIONE DEL RENDICONTO DELLA GESTIONE PER L'ESERCIZIO FINANZIARIO 2025.",
  "attendees": [A("MAIO GIUSEPPE", "Sindaco"), A("DI LORENZO ANTONIO", "Presidente"), A("CROCE MARIANNA", "Consigliere"), A("PETRONE NICOLA", "Consigliere"),
                A("FAPPIANO ELENA", "Consigliere", False), A("RICCIARDI DOMENICO", "Consigliere"), A("GUARINO TERESA", "Consigliere"), A("LOMBARDI PASQUALE", "Consigliere"),
                A("CIAMBRIELLO LUCA", "Consigliere", False), A("DE NIGRIS ROSA", "Consigliere"), A("IANNOTTA VINCENZO", "Consigliere")],
  "president": {"title": "sig.", "role": "Presidente del Consiglio Comunale", "name": "Antonio Di Lorenzo"},
  "secretary": {"title": "dott.", "role": "Segretario Comunale", "name": "Michele Orsillo"},
  "vote": "majority", "vote_counts": {"present": 9, "voters": 9, "in_favour": 7, "against": 2, "abstained": 0},
  "immediately_executive": True}},
{"file": "attestazione-garaguso-enscript.pdf", "role": "certificate",
 "what": "typewriter-style certificate of publication (Courier, ASCII, e' for è) of Giunta deliberation 29 of 20/04/2026, published 21/04-06/05/2026, register n. 233/2026, signed 07/05/2026 (enscript + Ghostscript)",
 "act": {"municipality": "Comune di Garaguso", "kind": "attestazione", "number": 29, "date": "2026-04-20",
  "subject": "Concessione in comodato d’uso gratuito dei locali dell’ex edificio scolastico di via Roma alla Associazione di volontariato \"Protezione Civile Garaguso\" per il periodo 2026-2030."}},
{"file": "allegato-carlantino-calc.pdf", "role": "attachment",
 "what": "Allegato A to Giunta deliberation 33/2026: Piano delle alienazioni e valorizzazioni immobiliari 2026-2028, 14 properties with cadastral data and a totals row, merged title cells, file name in the running head (openpyxl .xlsx -> LibreOffice Calc, landscape)",
 "act": {"municipality": "Comune di Carlantino"}},
{"file": "determinazione-longobucco-word.pdf", "role": "act",
 "what": "determinazione of the Area Economico-Finanziaria: 'N. 47/2026 R.G.', 'Reg. Sett. n. 12', 'Data 28.04.2026', 'Proposta n. 58 del 24.04.2026' in a grid with merged cells; letterhead with Area and Servizio in the page header, repeated on both pages (python-docx -> LibreOffice)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Longobucco", "organ": "AREA ECONOMICO-FINANZIARIA", "office": "Servizio Tributi", "kind": "determinazione",
  "number": 47, "sector_number": 12, "date": "2026-04-28", "proposal_number": 58, "proposal_date": "2026-04-24",
  "subject": "Rimborso di somme indebitamente versate a titolo di IMU per le annualità 2023 e 2024 – Liquidazione in favore di contribuenti diversi."}},
{"file": "avviso-montagnamarsicana-fodt.pdf", "role": "act",
 "what": "numbered AVVISO PUBBLICO N. 2/2026 of an Unione dei Comuni (manifestation of interest for Third-Sector co-design), Prot. n. 3107 and date in a boxed row, articles in a two-column section, letterhead in the page header (flat ODT -> LibreOffice Writer)",
 "act": {"municipality": "Unione dei Comuni Montagna Marsicana", "organ": "SETTORE POLITICHE SOCIALI", "office": "Ufficio di Piano", "kind": "avviso", "number": 2, "date": "2026-04-29",
  "subject": "MANIFESTAZIONE DI INTERESSE PER L’ISCRIZIONE ALL’ELENCO DEGLI ENTI DEL TERZO SETTORE DISPONIBILI ALLA CO-PROGETTAZIONE DI INTERVENTI PER L’INVECCHIAMENTO ATTIVO – ANNUALITÀ 2026"}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower()
    a = k.get("act", {})
    strs = []
    for f in ("municipality", "organ", "office", "proposing_office", "subject"):
        if f in a: strs.append((f, a[f]))
    for p in a.get("attendees", []): strs += [("att", p["name"]), ("role", p["role"])]
    for f in ("president", "secretary"):
        if f in a: strs += [(f, v) for v in a[f].values()]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    bad += bool(miss)
    print(k["file"], "MISSING:" if miss else "ok", miss)
sys.exit(1 if bad else 0)
