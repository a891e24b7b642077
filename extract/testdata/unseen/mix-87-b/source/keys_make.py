# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "deliberazione-bonificaaltapianura-writer.pdf", "role": "act",
 "what": "Consiglio di Amministrazione deliberation 38/2026 of a Consorzio di bonifica, roll table with P/A columns (HTML opened in LibreOffice Writer)",
 "operative_points": 3,
 "act": {"municipality": "Consorzio di Bonifica Alta Pianura Veneta", "organ": "Consiglio di Amministrazione", "kind": "deliberazione", "number": 38, "date": "2026-04-14", "time": "17:30",
  "subject": "Lavori di ripristino funzionale dell'impianto pluvirriguo \"Prà di Lonigo\" – Approvazione del progetto esecutivo e dell'accordo con la Regione del Veneto. CUP H86F26000120005.",
  "attendees": [A("ZANELLA Marco", "Presidente"), A("DAL MASO Chiara", "Vicepresidente"), A("BERTOLDO Luigi", "Consigliere", False), A("PEGORARO Anna", "Consigliera"), A("RIGHETTO Fabio", "Rappresentante dei Comuni")],
  "president": {"role": "Presidente", "name": "Marco Zanella"},
  "secretary": {"title": "ing.", "role": "Direttore Generale", "name": "Andrea Lovato"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "deliberazione-aslroma4-areas.pdf", "role": "act",
 "what": "deliberation 412/2026 of the Direttore Generale of an ASL, proposal 455; every justified line sets Tw, headings letter-spaced with Tc (reportlab)",
 "operative_points": 4,
 "act": {"municipality": "Azienda Sanitaria Locale Roma 4", "organ": "Direttore Generale", "office": "UOC Gestione del Patrimonio e Tecnico", "kind": "deliberazione", "number": 412, "date": "2026-04-15",
  "proposal_number": 455, "proposal_date": "2026-04-10",
  "subject": "Lavori di adeguamento antincendio della Casa della Comunità di Bracciano – Approvazione del progetto esecutivo e determinazione a contrarre. CUP C67H25001930006.",
  "immediately_executive": True}},
{"file": "determinazione-aspenna-chromium.pdf", "role": "act",
 "what": "determinazione dirigenziale of an ASP, general register 618 and structure register 112/PROV in a label grid (Chromium)",
 "operative_points": 3,
 "act": {"municipality": "Azienda Sanitaria Provinciale di Enna", "organ": "Dipartimento Amministrativo", "office": "U.O.C. Provveditorato ed Economato", "kind": "determinazione",
  "number": 618, "sector_number": 112, "date": "2026-04-16",
  "subject": "Fornitura in service di sistemi diagnostici per il Laboratorio di Patologia Clinica del P.O. \"Umberto I\" di Enna – Aggiudicazione della procedura negoziata ai sensi dell'art. 50, comma 1, lett. e), del D.Lgs. 36/2023 – CIG B9F4C20A17."}},
{"file": "deliberazione-altobradano-halley.pdf", "role": "act",
 "what": "Giunta deliberation 21/2026 of a Comunità montana; roll split in two side-by-side tables with P / A / A.G. marks; running head and foot on both pages (fpdf2)",
 "operative_points": 3,
 "act": {"municipality": "Comunità Montana Alto Bradano", "organ": "Giunta", "kind": "deliberazione", "number": 21, "date": "2026-04-13", "time": "12:00",
  "subject": "Programma di forestazione 2026 – Approvazione dei progetti di manutenzione delle aree boscate demaniali e del piano di impiego degli addetti idraulico-forestali.",
  "attendees": [A("Di Lorenzo Vito", "Presidente"), A("Summa Rocco", "Vicepresidente"), A("Cillis Angela", "Assessore", False), A("Mecca Donato", "Assessore"), A("Lioi Carmela", "Assessore"), A("Tedesco Nicola", "Assessore", False)],
  "president": {"title": "avv.", "role": "Presidente", "name": "Vito Di Lorenzo"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Lucia Colangelo"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "decreto-provlaspezia-sicraweb.pdf", "role": "act",
 "what": "decreto del Presidente della Provincia 57/2026, number in a right-hand box, date only in words at the end (wkhtmltopdf)",
 "operative_points": 3,
 "act": {"municipality": "Provincia della Spezia", "organ": "Presidente", "kind": "decreto", "number": 57, "date": "2026-04-16",
  "subject": "APPROVAZIONE DEL PIANO PROVINCIALE DEGLI INTERVENTI DI MANUTENZIONE STRAORDINARIA DEGLI EDIFICI SCOLASTICI DI COMPETENZA – ANNUALITÀ 2026.",
  "immediately_executive": True}},
{"file": "determinazione-provsavona-word.pdf", "role": "act",
 "what": "determinazione dirigenziale 734/2026 R.G. (118 di Settore, proposal 802) of a Provincia; Settore/Servizio in the Word running head (python-docx, LibreOffice)",
 "operative_points": 4,
 "act": {"municipality": "Provincia di Savona", "organ": "Settore Gestione Viabilità, Edilizia ed Ambiente", "office": "Servizio Manutenzione Strade", "kind": "determinazione",
  "number": 734, "sector_number": 118, "date": "2026-04-17", "proposal_number": 802, "proposal_date": "2026-04-14",
  "subject": "S.P. 29 del Colle di Cadibona – Interventi urgenti di somma urgenza per il ripristino della carreggiata al km 7+400 a seguito di movimento franoso. Approvazione perizia giustificativa e impegno di spesa. CIG B8E21F3C90."}},
{"file": "decreto-aterumbria-datagraph.pdf", "role": "act",
 "what": "decree 19/2026 of the Amministratore Unico of an ATER; each glyph placed on its own (Tm+Tj), rotated Albo stamp in the left margin (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "ATER Umbria", "organ": "Amministratore Unico", "kind": "decreto", "number": 19, "date": "2026-04-15",
  "subject": "Approvazione della graduatoria definitiva per la mobilità degli assegnatari di alloggi di edilizia residenziale pubblica nel Comune di Foligno – anno 2026."}},
{"file": "deliberazione-altoastigiano-apsystems.pdf", "role": "act",
 "what": "Giunta deliberation 14/2026 of an Unione dei Comuni; roll in prose; letterhead and foot are Form XObjects on both pages; body drawn before the title block (reportlab)",
 "operative_points": 3,
 "act": {"municipality": "Unione dei Comuni Alto Astigiano", "organ": "Giunta dell'Unione", "kind": "deliberazione", "number": 14, "date": "2026-04-09", "time": "16:30",
  "subject": "Servizio associato di Polizia Locale – Acquisto di due veicoli di servizio – Approvazione del progetto e assegnazione delle risorse.",
  "attendees": [A("Ferrero Giovanni", "Presidente"), A("Bosco Elisa", "Vicepresidente"), A("Musso Pierangelo", "Assessore"), A("Gay Roberta", "Assessore"), A("Quaglia Daniele", "Assessore", False)],
  "president": {"title": "sig.", "role": "Presidente", "name": "Giovanni Ferrero"},
  "secretary": {"title": "dott.", "role": "Segretario dell'Unione", "name": "Fabrizio Morra"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "verbale-bimtagliamento-enscript.pdf", "role": "act",
 "what": "minute of the Assemblea Generale of a BIM consortium, deliberation 5/2026; roll of delegates with the Comune each represents; majority vote with counts (80-column Courier, enscript + Ghostscript)",
 "operative_points": 2,
 "act": {"municipality": "CONSORZIO DEL BACINO IMBRIFERO MONTANO DEL TAGLIAMENTO", "organ": "Assemblea Generale", "kind": "deliberazione", "number": 5, "date": "2026-04-10", "time": "18:00",
  "subject": "RIPARTO DEI SOVRACANONI IDROELETTRICI INTROITATI NELL’ANNO 2025 E APPROVAZIONE DEL PROGRAMMA DEGLI INTERVENTI A FAVORE DEI COMUNI CONSORZIATI PER L’ANNO 2026.",
  "attendees": [A("CANDOTTI ERMES", "PRESIDENTE"), A("DE CILLIA MARTA", "DELEGATO"), A("PITTONI RENZO", "DELEGATO"), A("SOLARI IVANA", "DELEGATO"), A("TOSONI GIANNI", "DELEGATO", False),
                A("BELLINA LORIS", "DELEGATO"), A("MIRAI SILVIA", "DELEGATO"), A("ZANIER PAOLO", "DELEGATO"), A("GORTANA MICHELE", "DELEGATO"), A("FACHIN ROBERTA", "DELEGATO")],
  "president": {"title": "sig.", "role": "Presidente", "name": "Ermes Candotti"},
  "secretary": {"title": "dott.", "role": "Segretario del Consorzio", "name": "Giorgio Moro"},
  "vote": "majority", "vote_counts": {"present": 9, "voters": 8, "in_favour": 7, "against": 1, "abstained": 1}}},
{"file": "avviso-aslroma5-latex.pdf", "role": "notice",
 "what": "unnumbered AVVISO PUBBLICO of an ASL for fixed-term emergency physicians; letter-spaced heading, small-caps office line, running head and foot (pdfLaTeX)",
 "act": {"municipality": "Azienda Sanitaria Locale Roma 5", "office": "U.O.C. Gestione e Sviluppo Risorse Umane", "kind": "avviso", "date": "2026-04-17",
  "subject": "PER IL CONFERIMENTO DI INCARICHI A TEMPO DETERMINATO DI DIRIGENTE MEDICO DISCIPLINA DI MEDICINA E CHIRURGIA DI ACCETTAZIONE E DI URGENZA"}},
{"file": "attestazione-canaleemiliano-groff.pdf", "role": "certificate",
 "what": "certificate of publication of CdA deliberation 27 of 08/04/2026 of the CER consortium, published 09/04–24/04/2026, reg. 96 (groff -ms, gropdf)",
 "act": {"municipality": "CONSORZIO DI BONIFICA DI SECONDO GRADO PER IL CANALE EMILIANO ROMAGNOLO", "kind": "attestazione", "number": 27, "date": "2026-04-08",
  "subject": "Adesione al progetto europeo LIFE AQUA-SAVE per il monitoraggio delle perdite idriche della rete di distribuzione irrigua e approvazione del relativo accordo di partenariato."}},
{"file": "allegato-acerreggioemilia-calc.pdf", "role": "attachment",
 "what": "Allegato A to determinazione 88/2026 of the Director of ACER Reggio Emilia: 40 vacant council flats to be refurbished, spreadsheet printed landscape by LibreOffice Calc over 2 pages, header row repeated",
 "act": {"municipality": "ACER REGGIO EMILIA"}},
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
