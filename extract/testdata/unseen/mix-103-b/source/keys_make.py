# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "deliberazione-serrasantabbondio-writer.pdf", "role": "act",
 "what": "Giunta deliberation 18/2026 (Serra Sant'Abbondio, PU): number 'n. 18 del 12.3.2026' in a box, roll table with X under P/A, 'Partecipa con funzioni consultive, referenti e di assistenza il Segretario comunale dott. ...', 'Presiede la seduta il Sig. ... nella sua qualità di Sindaco' (HTML as Writer document, LibreOffice)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Serra Sant'Abbondio", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 18, "date": "2026-03-12", "time": "12:30",
  "subject": "Approvazione del piano di manutenzione ordinaria della viabilità comunale per l'anno 2026 e assegnazione delle risorse al Responsabile dell'Area Tecnica.",
  "attendees": [A("ROSSETTI LUCA", "Sindaco"), A("BRUNETTI ANNA", "Vice Sindaco"), A("PAOLUCCI MARCO", "Assessore", False)],
  "president": {"title": "Sig.", "role": "Sindaco", "name": "Luca Rossetti"},
  "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Giorgio Pierini"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-badiatedalda-kibernetes.pdf", "role": "act",
 "what": "Consiglio deliberation 7/2026 (Badia Tedalda, AR): every glyph its own text object, justified by moving glyphs; Segretario comunale reggente a scavalco; majority vote with counts; Albo stamp rotated 90° in the left margin (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Badia Tedalda", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 7, "date": "2026-03-20", "time": "21:00",
  "subject": "Approvazione del Documento Unico di Programmazione (DUP) 2026-2028 e del bilancio di previsione finanziario 2026-2028.",
  "attendees": [A("FABBRINI ALBERTO", "Sindaco"), A("GORI SILVIA", "Consigliere"), A("BIAGINI MATTEO", "Consigliere"), A("SANTINI LORENA", "Consigliere", False),
                A("MENCHETTI GIANNI", "Consigliere"), A("PIERACCINI DARIO", "Consigliere"), A("ALESSANDRINI NADIA", "Consigliere"), A("ROSATI ENRICO", "Consigliere", False),
                A("CAPANNI VALERIO", "Consigliere"), A("TIEZZI MARINA", "Consigliere")],
  "president": {"title": "Sig.", "role": "Sindaco", "name": "Alberto Fabbrini"},
  "secretary": {"title": "dott.ssa", "role": "Segretario comunale reggente a scavalco", "name": "Marta Cenci"},
  "vote": "majority", "vote_counts": {"present": 8, "voters": 8, "in_favour": 6, "against": 2, "abstained": 0},
  "immediately_executive": True}},
{"file": "deliberazione-tessennano-chromium.pdf", "role": "act",
 "what": "Giunta deliberation 22/2026 (Tessennano, VT): register box, roll in a CSS two-column block ('assente giustificata'), 'Assiste il Vice Segretario comunale dott.ssa ...', president named only in the signature block 'IL SINDACO – PRESIDENTE f.to rag. ...' (Chromium)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Tessennano", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 22, "date": "2026-03-17", "time": "13:00",
  "subject": "Concessione in comodato d'uso gratuito dei locali dell'ex scuola elementare di via Roma all'Associazione Pro Loco Tessennano.",
  "attendees": [A("CECCARELLI MAURO", "Sindaco"), A("FOSCHI ELISA", "Vice Sindaco", False), A("MARINI DANIELE", "Assessore")],
  "president": {"title": "rag.", "role": "Sindaco", "name": "Mauro Ceccarelli"},
  "secretary": {"title": "dott.ssa", "role": "Vice Segretario comunale", "name": "Laura Bordoni"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-marcianodellachiana-latex.pdf", "role": "act",
 "what": "Consiglio deliberation 11/2026 (Marciano della Chiana, AR): roll as a two-group table (1-6 left, 7-11 right) with X under P/A, President of the Council presides, 'Assiste e funge da segretario verbalizzante il Segretario generale avv. ...', body in two columns (multicol), running head with number (pdfLaTeX)",
 "operative_points": 2,
 "act": {"municipality": "Comune di Marciano della Chiana", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 11, "date": "2026-03-26", "time": "18:30",
  "subject": "Approvazione della variante semplificata al Piano Operativo comunale per la localizzazione di un’area di sosta camper in località Cesa.",
  "attendees": [A("BIGIARINI ANDREA", "Sindaco"), A("LUCARINI FEDERICO", "Presidente"), A("MATTESINI ROSSANA", "Consigliere"), A("CARDINALI MIRKO", "Consigliere"),
                A("FALSETTI GIULIA", "Consigliere"), A("BANELLI TOMMASO", "Consigliere"), A("CROCIANI LAURA", "Consigliere"), A("NARDI PAOLO", "Consigliere", False),
                A("BURRONI IVO", "Consigliere"), A("PELUCCHINI SARA", "Consigliere"), A("GUERRINI CLAUDIO", "Consigliere")],
  "president": {"title": "dott.", "role": "Presidente del Consiglio comunale", "name": "Federico Lucarini"},
  "secretary": {"title": "avv.", "role": "Segretario generale", "name": "Paolo Nocentini"},
  "vote": "majority", "vote_counts": {"present": 10, "voters": 9, "in_favour": 7, "against": 2, "abstained": 1},
  "immediately_executive": False}},
{"file": "deliberazione-borbona-halley.pdf", "role": "act",
 "what": "Giunta deliberation 15/2026 (Borbona, RI): date in words 'addì ventisei del mese di marzo', roll in prose, 'l'avv. ..., Sindaco, assume la presidenza', 'Assiste il Vice Segretario rag. ...'; running head and foot repeated on both pages (fpdf2)",
 "operative_points": 5,
 "act": {"municipality": "Comune di Borbona", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 15, "date": "2026-03-26", "time": "10:30",
  "subject": "Adesione al progetto \"Borghi dell'Alto Velino\" per la promozione turistica integrata del territorio e approvazione dello schema di accordo con i Comuni di Posta e Cittareale.",
  "attendees": [A("Tosti Ermanno", "Sindaco"), A("Cirilli Valentina", "Vice Sindaco"), A("Mariani Paolo", "Assessore", False)],
  "president": {"title": "avv.", "role": "Sindaco", "name": "Ermanno Tosti"},
  "secretary": {"title": "rag.", "role": "Vice Segretario", "name": "Antonella Petrangeli"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-gagliole-civilia.pdf", "role": "act",
 "what": "Consiglio deliberation 9/2026 (Gagliole, MC): letter-spaced (Tc) letterhead and headings, Tw-justified paragraphs, roll table with P / A / AG columns, president and secretary in one paragraph after the roll, unanimous vote with counts (reportlab platypus)",
 "operative_points": 2,
 "act": {"municipality": "Comune di Gagliole", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 9, "date": "2026-03-30", "time": "19:00",
  "subject": "APPROVAZIONE DEL REGOLAMENTO PER LA CONCESSIONE DI CONTRIBUTI E BENEFICI ECONOMICI AD ENTI E ASSOCIAZIONI.",
  "attendees": [A("PAOLETTI SERGIO", "Sindaco"), A("CRUCIANI MONICA", "Consigliere"), A("MAGNAPANE LUIGI", "Consigliere"), A("SPARVOLI ELENA", "Consigliere", False),
                A("TOMASSONI FABIO", "Consigliere"), A("GIACHÈ ROBERTA", "Consigliere"), A("PIERGENTILI ALDO", "Consigliere"), A("CAMPETELLA SIMONE", "Consigliere", False),
                A("LUCIANI MARIA GRAZIA", "Consigliere"), A("FRANCIONI DAVIDE", "Consigliere")],
  "president": {"title": "Sig.", "role": "Sindaco", "name": "Sergio Paoletti"},
  "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Renato Giustozzi"},
  "vote": "unanimous", "vote_counts": {"present": 8, "voters": 8, "in_favour": 8, "against": 0, "abstained": 0},
  "immediately_executive": False}},
{"file": "determinazione-roccafluvione-wkhtml.pdf", "role": "act",
 "what": "determinazione 'N. 47/2026 R.G. del 11.3.2026 – N. 12 di Area' (Roccafluvione, AP): grey-labelled grid with Area, Servizio, number and proposal, OGGETTO in a table cell, points 1.-4., visto contabile (wkhtmltopdf)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Roccafluvione", "organ": "AREA TECNICA – MANUTENTIVA", "office": "Servizio Lavori Pubblici e Viabilità", "kind": "determinazione",
  "number": 47, "sector_number": 12, "date": "2026-03-11", "proposal_number": 58, "proposal_date": "2026-03-09",
  "subject": "Affidamento diretto del servizio di sgombero neve e trattamento antighiaccio delle strade comunali – stagione 2025/2026 – integrazione impegno di spesa. CIG B9D41C7A20."}},
{"file": "determinazione-vacone-enscript.pdf", "role": "act",
 "what": "determinazione REG. SERV. N. 14 DEL 18.03.2026 / REG. GEN. N. 61 DEL 19.03.2026 (Vacone, RI): 80-column Courier report in capitals with a character-drawn box (enscript + Ghostscript)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Vacone", "organ": "SERVIZIO AMMINISTRATIVO E DEMOGRAFICO", "office": "UFFICIO SEGRETERIA - PERSONALE", "kind": "determinazione",
  "number": 61, "sector_number": 14, "date": "2026-03-19",
  "subject": "LIQUIDAZIONE DEI COMPENSI AL PERSONALE PER IL SERVIZIO ELETTORALE SVOLTO IN OCCASIONE DEL REFERENDUM POPOLARE DEL 22 E 23 FEBBRAIO 2026."}},
{"file": "ordinanza-borgopace-groff.pdf", "role": "act",
 "what": "ordinanza sindacale 4/2026 (Borgo Pace, PU): groff -ms typeset, ORDINA points 1.-3. as hanging paragraphs, running foot with number (gropdf)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Borgo Pace", "organ": "Sindaco", "kind": "ordinanza", "number": 4, "date": "2026-03-13",
  "subject": "Divieto di transito ai veicoli di massa complessiva superiore a 3,5 tonnellate sul ponte sul fiume Metauro in località Lamoli."}},
{"file": "avviso-castiglioneinteverina-word.pdf", "role": "act",
 "what": "numbered AVVISO PUBBLICO N. 4/2026 (Castiglione in Teverina, VT) for rent grants, protocol 1377 of 18/03/2026, Area/Servizi in the page header, articles 1-4 (python-docx, LibreOffice)",
 "act": {"municipality": "Comune di Castiglione in Teverina", "organ": "Area Amministrativa", "office": "Servizi Sociali", "kind": "avviso", "number": 4, "date": "2026-03-18",
  "subject": "PER LA CONCESSIONE DI CONTRIBUTI A SOSTEGNO DEL PAGAMENTO DEI CANONI DI LOCAZIONE – ANNO 2026"}},
{"file": "attestazione-sancascianodeibagni-sicraweb.pdf", "role": "certificate",
 "what": "attestazione di avvenuta pubblicazione of Giunta deliberation 19 of 10/03/2026 (San Casciano dei Bagni, SI), register n. 198/2026, period 12/03-27/03/2026: letterhead, label grid and signature are Form XObjects drawn out of reading order (reportlab)",
 "act": {"municipality": "Comune di San Casciano dei Bagni", "organ": "Giunta Comunale", "kind": "attestazione", "number": 19, "date": "2026-03-10",
  "subject": "Approvazione del progetto \"Terme libere di Bagno Grande\" per la manutenzione e la fruizione pubblica delle vasche termali e richiesta di contributo alla Regione Toscana.",
  "immediately_executive": True}},
{"file": "allegato-montefioredellaso-calc.pdf", "role": "attachment",
 "what": "Allegato A to Giunta deliberation 24/2026 (Montefiore dell'Aso, AP): tariffs of the cemetery services 2025/2026, a spreadsheet printed by LibreOffice Calc",
 "act": {"municipality": "Comune di Montefiore dell'Aso"}},
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
