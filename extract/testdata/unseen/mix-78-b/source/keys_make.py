# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "determinazione-parma-chromium.pdf", "role": "act",
 "what": "determinazione dirigenziale DD/2026/812 of the Settore Lavori Pubblici of Parma, P.G. 48213/2026 and proposal 1037 in a label grid (Chromium)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Parma", "organ": "Settore Lavori Pubblici e Manutenzioni", "office": "Servizio Edilizia Scolastica", "kind": "determinazione",
  "number": 812, "date": "2026-03-12", "proposal_number": 1037, "proposal_date": "2026-03-09",
  "subject": "Scuola primaria “Jacopo Sanvitale” di via Montebello – Lavori di adeguamento sismico della palestra – Approvazione del progetto esecutivo e determinazione a contrarre mediante procedura negoziata – CUP I92B25000970004 – CIG B9D41E0A73."}},
{"file": "ordinanza-livorno-kibernetes.pdf", "role": "act",
 "what": "ordinanza dirigenziale of the Settore Mobilità, Registro Ordinanze n. 214, P.G. 0031877 of 16/03/2026; every glyph its own BT/Tm/Tj, Albo stamp rotated 90° in the left margin",
 "operative_points": 4,
 "act": {"municipality": "Comune di Livorno", "organ": "Settore Mobilità, Traffico e Trasporti", "office": "Ufficio Permessi e Ordinanze", "kind": "ordinanza", "number": 214, "date": "2026-03-16",
  "subject": "Istituzione temporanea del divieto di transito e di sosta con rimozione forzata in via Grande, tratto compreso tra piazza Grande e largo del Cisternino, per lavori di rifacimento della pavimentazione stradale dal 23 marzo al 10 aprile 2026."}},
{"file": "decreto-monza-word.pdf", "role": "act",
 "what": "decreto sindacale n. 9/2026 (P.G. 52370) conferring the post of Dirigente of the Settore Mobilità; Word template, letterhead in the running head, register line in the footer (python-docx, LibreOffice)",
 "operative_points": 4,
 "act": {"municipality": "Città di Monza", "organ": "Sindaco", "office": "Gabinetto del Sindaco", "kind": "decreto", "number": 9, "date": "2026-03-19",
  "subject": "CONFERIMENTO DELL’INCARICO DI DIRIGENTE DEL SETTORE MOBILITÀ, VIABILITÀ E RETI ALL’ING. FEDERICA SALA, AI SENSI DELL’ART. 110, COMMA 1, DEL D.LGS. 267/2000."}},
{"file": "deliberazione-vicenza-writer.pdf", "role": "act",
 "what": "Giunta comunale deliberation 58/2026 (P.G.N. 44106) of Vicenza, date in words, roll table of 11 with Presente/Assente columns and a merged total row (HTML → LibreOffice Writer)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Vicenza", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 58, "date": "2026-03-24", "time": "09:30",
  "proposal_number": 512, "proposal_date": "2026-03-17",
  "subject": "MOBILITÀ – Approvazione del Piano della sosta regolamentata 2026-2028 e delle nuove tariffe delle zone blu del centro storico.",
  "attendees": [A("Dal Lago Giacomo", "Sindaco"), A("Cracco Isabella", "Vicesindaca"), A("Fabris Cristiano", "Assessore"), A("Zordan Leonardo", "Assessore", False),
                A("Pegoraro Matteo", "Assessore"), A("Zanon Sara", "Assessora"), A("Bertoldo Elena", "Assessora"), A("Cazzola Alessandra", "Assessora", False),
                A("Rigon Tommaso", "Assessore"), A("Dalla Pozza Filippo", "Assessore"), A("Marangoni Ilaria", "Assessora")],
  "president": {"role": "Sindaco", "name": "Giacomo Dal Lago"},
  "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Stefania Ceccato"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "avviso-trento-latex.pdf", "role": "notice",
 "what": "AVVISO PUBBLICO of the Circoscrizione n. 11 Oltrefersina of Trento on grants to associations, letter-spaced headings (microtype), protocol only in the running foot (pdfLaTeX)",
 "act": {"municipality": "Comune di Trento", "organ": "Circoscrizione n. 11 Oltrefersina", "office": "Ufficio Attività Circoscrizionali", "kind": "avviso", "date": "2026-03-20",
  "subject": "CONTRIBUTI ALLE ASSOCIAZIONI PER INIZIATIVE DI PROMOZIONE SOCIALE E CULTURALE NEL TERRITORIO DELLA CIRCOSCRIZIONE OLTREFERSINA – ANNO 2026"}},
{"file": "determinazione-rimini-sicraweb.pdf", "role": "act",
 "what": "DETERMINAZIONE DIRIGENZIALE N. 1234 of 25/03/2026 of a Dipartimento / Settore / U.O. of Rimini, P.G. 0097554/2026 beside the number, proposal 1388, bulleted dispositive part (wkhtmltopdf)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Rimini", "organ": "Settore Sistemi Culturali di Città", "office": "U.O. Biblioteca civica Gambalunga", "kind": "determinazione",
  "number": 1234, "date": "2026-03-25", "proposal_number": 1388, "proposal_date": "2026-03-20",
  "subject": "AFFIDAMENTO DEL SERVIZIO DI CATALOGAZIONE E RIORDINO DEL FONDO ANTICO “MARCHESE DIOTALLEVI” DELLA BIBLIOTECA CIVICA GAMBALUNGA – CIG B7F20C3D91 – IMPEGNO DI SPESA."}},
{"file": "determinazione-alessandria-halley.pdf", "role": "act",
 "what": "80-column Courier report in capitals: DETERMINAZIONE DIRIGENZIALE, REGISTRO GENERALE N. 611 of 13/03/2026, P.G. 0021437/2026, proposal 702 (enscript + Ghostscript)",
 "operative_points": 4,
 "act": {"municipality": "CITTA’ DI ALESSANDRIA", "organ": "DIREZIONE AFFARI GENERALI, RISORSE UMANE E SERVIZI DEMOGRAFICI", "office": "SERVIZIO AUTONOMO GESTIONE DEL PERSONALE", "kind": "determinazione",
  "number": 611, "date": "2026-03-13", "proposal_number": 702, "proposal_date": "2026-03-10",
  "subject": "APPROVAZIONE DELLA GRADUATORIA FINALE DEL CONCORSO PUBBLICO PER ESAMI PER LA COPERTURA DI N. 6 POSTI DI ISTRUTTORE DI VIGILANZA (AGENTE DI POLIZIA LOCALE), AREA DEGLI ISTRUTTORI, A TEMPO PIENO E INDETERMINATO."}},
{"file": "deliberazione-bolzano-insiel.pdf", "role": "act",
 "what": "Consiglio comunale deliberation 17 of 26.3.2026 of Bolzano/Bozen: bilingual letterhead, Italian text, 16-member roll in two side-by-side column groups with P/A/AG marks, majority vote with counts (fpdf2)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Bolzano", "organ": "Consiglio comunale", "kind": "deliberazione", "number": 17, "date": "2026-03-26", "time": "18:00",
  "proposal_number": 204, "proposal_date": "2026-03-03",
  "subject": "Approvazione della variante al Piano urbano della mobilità sostenibile (PUMS) relativa alla nuova linea tranviaria Stazione – Casanova e alle zone a traffico limitato del centro storico.",
  "attendees": [A("Marchetti Stefano", "Sindaco"), A("Gasser Anna", "Presidente del Consiglio"), A("Bertoldi Luca", "Consigliere"), A("Pichler Martin", "Consigliere"),
                A("Rossi Valentina", "Consigliera", False), A("Dalpiaz Marco", "Consigliere"), A("Egger Julia", "Consigliera"), A("Ferrari Giorgio", "Consigliere"),
                A("Huber Thomas", "Consigliere", False), A("Lombardi Silvia", "Consigliera"), A("Mayr Peter", "Consigliere"), A("Nardelli Paola", "Consigliera"),
                A("Oberhofer Lukas", "Consigliere"), A("Pellegrini Carlo", "Consigliere", False), A("Righi Elisa", "Consigliera"), A("Stuffer Markus", "Consigliere", False)],
  "president": {"role": "Presidente del Consiglio comunale", "name": "Anna Gasser"},
  "secretary": {"title": "dott.", "role": "Segretario generale", "name": "Andrea Zanotti"},
  "vote": "majority", "vote_counts": {"present": 12, "voters": 11, "in_favour": 9, "against": 2, "abstained": 1},
  "immediately_executive": False}},
{"file": "attestazione-imola-civilia.pdf", "role": "certificate",
 "what": "certificate of publication of determinazione dirigenziale 287 of 05/03/2026 (Settore Mobilità), published 06/03–21/03/2026, register 1092/2026; lines justified with Tw, headings letter-spaced with Tc (reportlab)",
 "act": {"municipality": "Città di Imola", "kind": "attestazione", "number": 287, "date": "2026-03-05",
  "subject": "Fornitura e posa in opera di impianti semaforici a chiamata pedonale in viale Dante e via Selice – Affidamento diretto e impegno di spesa – CIG B6C3E19D02."}},
{"file": "allegato-cinisellobalsamo-calc.pdf", "role": "attachment",
 "what": "Allegato A to determinazione dirigenziale 402/2026: 40-row ranking of rent-grant applications, landscape spreadsheet over 2 pages, merged title rows repeated, file name in the running head (openpyxl → LibreOffice Calc)",
 "act": {"municipality": "Comune di Cinisello Balsamo"}},
{"file": "convocazione-lameziaterme-groff.pdf", "role": "notice",
 "what": "letter of the Presidente del Consiglio convening the Consiglio comunale for 30/03/2026 at 16:00, Prot. Gen. 18842 of 19.3.2026, five-item agenda (groff -ms → gropdf)",
 "act": {"municipality": "Città di Lamezia Terme", "organ": "Presidente del Consiglio comunale", "kind": "convocazione", "date": "2026-03-19",
  "subject": "Convocazione del Consiglio comunale in sessione ordinaria - seduta del 30 marzo 2026."}},
{"file": "avviso-casoria-apkappa.pdf", "role": "notice",
 "what": "Avviso pubblico n. 3/2026 (prot. 14588 of 20/03/2026) of the Settore Ambiente of Casoria on urban allotments, in two columns; letterhead and foot are Form XObjects; right column, signature and heading drawn before the left column; Tw justification",
 "act": {"municipality": "Comune di Casoria", "organ": "Settore Ambiente ed Ecologia", "office": "Servizio Verde Pubblico", "kind": "avviso", "number": 3, "date": "2026-03-20",
  "subject": "ASSEGNAZIONE IN COMODATO D'USO GRATUITO DI N. 48 ORTI URBANI NEL PARCO MICHELANGELO – TRIENNIO 2026-2029"}},
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
print("ALL OK" if not bad else f"{bad} file(s) with missing strings")
