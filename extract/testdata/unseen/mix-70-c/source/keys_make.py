# writes ../keys.json and checks every keyed string against pdftotext -layout (whitespace collapsed)
import json, subprocess, re, os, sys
D = os.path.dirname(os.path.abspath(__file__)) + "/.."
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K = [
{"file": "deliberazione-sanluca-halley.pdf", "role": "act",
 "what": "deliberation 23/2026 of the Commissione Straordinaria of a Comune dissolved under art. 143 TUEL, 'adottata con i poteri della Giunta comunale'; 'N. 23 del 14.4.2026', proposal 31 of 9.4.2026 in a box beside the letterhead, date in words with 'alle ore 12,30', roll table of the three commissioners with X in Presente/Assente (one absent), 4 numbered points, publication certificate (HTML opened as a Writer document, LibreOffice; 2 pages)",
 "operative_points": 4,
 "act": {"municipality": "Comune di San Luca", "organ": "Commissione Straordinaria", "kind": "deliberazione", "number": 23, "date": "2026-04-14", "time": "12:30",
  "proposal_number": 31, "proposal_date": "2026-04-09", "proposing_office": "Area Amministrativa",
  "subject": "Approvazione del Piano Triennale dei Fabbisogni di Personale (PTFP) 2026/2028 e ricognizione annuale delle eccedenze di personale.",
  "attendees": [A("Maria Grazia CUTRUPI", "Presidente"), A("Antonio LABATE", "Componente"), A("Vincenzo SERGI", "Componente", False)],
  "president": {"title": "Dott.ssa", "role": "Presidente", "name": "Maria Grazia Cutrupi"},
  "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Domenico ROMEO"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "decreto-montesangiovannicampano-groff.pdf", "role": "act",
 "what": "DECRETO DEL COMMISSARIO PREFETTIZIO N. 7 del 20 aprile 2026 (appointment of the head of the Area Tecnica) of a Comune whose council is suspended: groff -ms through gropdf, hanging OGGETTO tag, D E C R E T A with points 1.-4., running foot with the decree number",
 "operative_points": 4,
 "act": {"municipality": "Comune di Monte San Giovanni Campano", "organ": "Commissario Prefettizio", "kind": "decreto", "number": 7, "date": "2026-04-20",
  "subject": "Nomina del Responsabile dell’Area Tecnica e conferimento dell’incarico di Elevata Qualificazione fino al 31 dicembre 2026."}},
{"file": "decreto-provinciafrosinone-hypersic.pdf", "role": "act",
 "what": "decree 58/2026 of the Presidente della Provincia approving a road project: reportlab, letterhead and foot are Form XObjects reused on both pages; register grid (DECRETO DEL PRESIDENTE / N. / Data / Proposta); DECRETA block drawn before the premises, page-2 signature drawn before the letterhead; 2 pages",
 "operative_points": 4,
 "act": {"municipality": "Provincia di Frosinone", "organ": "Presidente della Provincia", "kind": "decreto", "number": 58, "date": "2026-04-21",
  "proposal_number": 66, "proposal_date": "2026-04-15", "proposing_office": "Settore Viabilità e Infrastrutture",
  "subject": "S.P. 24 \"Pastena-Castro dei Volsci\" – Lavori di risanamento del piano viabile e consolidamento della banchina dal km 3+100 al km 5+400. Approvazione del progetto esecutivo. CUP D47H25000910001.",
  "immediately_executive": True}},
{"file": "determinazione-cmfirenze-chromium.pdf", "role": "act",
 "what": "determinazione dirigenziale 1184/2026 R.G. of a Città metropolitana's Direzione Viabilità (Chromium): CSS-grid label box (Atto n. / Del / Proposta n. DD-1296-2026 / Direzione / Ufficio / Classifica), subject between rules, 5 points as an HTML ordered list, fixed foot",
 "operative_points": 5,
 "act": {"municipality": "Città Metropolitana di Firenze", "organ": "Direzione Viabilità", "office": "Ufficio Manutenzione Strade Zona Est", "kind": "determinazione",
  "number": 1184, "date": "2026-04-22", "proposal_number": 1296, "proposal_date": "2026-04-20",
  "subject": "S.R. 70 della Consuma – Lavori di consolidamento della scarpata di valle al km 12+450 in Comune di Pelago – Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. 36/2023 alla ditta Edil Strade Valdisieve S.r.l. – CIG B9D3F24A61 – Impegno di spesa."}},
{"file": "deliberazione-valsesia-sicraweb.pdf", "role": "act",
 "what": "deliberation 9/2026 of the Consiglio dell'Unione of a Piedmont Unione Montana (fpdf2, Liberation Sans): number/date/session cells, roll of 12 in two side-by-side column groups with the member's Comune and P/A, counted vote with the names of the one against and the one abstaining, separate vote for immediate executivity, running head on page 2 and 'Pag. x di 2' foot",
 "operative_points": 3,
 "act": {"municipality": "Unione Montana dei Comuni della Valsesia", "organ": "Consiglio dell'Unione", "kind": "deliberazione", "number": 9, "date": "2026-04-28", "time": "21:00",
  "subject": "Approvazione del Regolamento per la gestione associata del servizio di Polizia Locale tra i Comuni dell'Unione.",
  "attendees": [A("FONTANA Elena", "Presidente"), A("BELLO Roberto", "Consigliere"), A("CARELLI Anna", "Consigliere"), A("GUGLIELMINA Ivo", "Consigliere", False),
                A("MORA Silvana", "Consigliere"), A("PIANA Gabriele", "Consigliere"), A("RAGOZZA Dario", "Consigliere"), A("SACCO Lorena", "Consigliere", False),
                A("TOSI Andrea", "Consigliere"), A("VERCELLONE Paola", "Consigliere"), A("ZANFA Marco", "Consigliere"), A("DELLAROLE Nadia", "Consigliere")],
  "president": {"title": "sig.ra", "role": "Presidente", "name": "Elena Fontana"},
  "secretary": {"title": "dott.ssa", "role": "Segretario dell'Unione", "name": "Cristina Manfredda"},
  "vote": "majority", "vote_counts": {"present": 10, "voters": 10, "in_favour": 8, "against": 1, "abstained": 1},
  "immediately_executive": True}},
{"file": "deliberazione-bonificazioneumbra-civilia.pdf", "role": "act",
 "what": "deliberation 31/2026 of the Deputazione Amministrativa of a Consorzio di bonifica (Umbria): reportlab platypus, every justified line sets its own Tw, letterhead letter-spaced with Tc; roll in prose, the Direttore Generale acting as secretary, points 1)-4) the last being the immediate executivity",
 "operative_points": 4,
 "act": {"municipality": "Consorzio della Bonificazione Umbra", "organ": "Deputazione Amministrativa", "kind": "deliberazione", "number": 31, "date": "2026-04-16", "time": "10:00",
  "subject": "Programma degli interventi di manutenzione ordinaria dei corsi d'acqua e delle opere di bonifica del comprensorio – anno 2026. Approvazione ed autorizzazione alla spesa.",
  "attendees": [A("Francesco Lucarelli", "Presidente"), A("Giovanna Pambianco", "Vice Presidente"), A("Luciano Bartolini", "componente"), A("Raffaella Caponi", "componente", False), A("Gianni Moscatelli", "componente")],
  "president": {"role": "Presidente", "name": "Francesco Lucarelli"},
  "secretary": {"title": "ing.", "role": "Direttore Generale", "name": "Candia Marcucci"},
  "vote": "unanimous", "immediately_executive": True}},
{"file": "determinazione-parcogargano-wkhtml.pdf", "role": "act",
 "what": "DETERMINAZIONE DIRETTORIALE n. 112 del 23.04.2026 of a national park authority (wkhtmltopdf): Servizio/Oggetto/Registro di settore in a label table under the title, bulleted DETERMINA of 4 items, visto contabile box",
 "operative_points": 4,
 "act": {"municipality": "Ente Parco Nazionale del Gargano", "organ": "Direttore", "office": "Servizio Tecnico – Ufficio Antincendio e Protezione Civile", "kind": "determinazione",
  "number": 112, "sector_number": 37, "date": "2026-04-23",
  "subject": "Campagna antincendio boschivo 2026 – Servizio di avvistamento e primo intervento affidato alle Organizzazioni di Volontariato di protezione civile convenzionate – Approvazione schema di convenzione e impegno di spesa."}},
{"file": "deliberazione-collereale-latex.pdf", "role": "act",
 "what": "deliberation 14/2026 of the Consiglio di Amministrazione of a Sicilian IPAB (pdfLaTeX, lmodern, microtype letter-spaced heading and 'DELIBERA', fancyhdr small-caps running head and foot): date and time in words ('il giorno ventiquattro del mese di aprile, alle ore sedici'), roll table with P/A columns and titles in the name cell (one absent justified), majority vote 3 in favour 1 abstaining; signatures and publication box on page 2",
 "operative_points": 3,
 "act": {"municipality": "Casa di Ospitalità Collereale", "organ": "Consiglio di Amministrazione", "kind": "deliberazione", "number": 14, "date": "2026-04-24", "time": "16:00",
  "subject": "Adeguamento della retta giornaliera di ospitalità per gli ospiti autosufficienti e non autosufficienti a decorrere dal 1° giugno 2026.",
  "attendees": [A("Salvatore Bonanno", "Presidente"), A("Carmela Sciacca", "Vice Presidente"), A("Nunzio Arena", "Consigliere"), A("Letizia Cannistrà", "Consigliere", False), A("Pietro Spadaro", "Consigliere")],
  "president": {"title": "avv.", "role": "Presidente", "name": "Salvatore Bonanno"},
  "secretary": {"title": "dott.", "role": "Segretario-Direttore", "name": "Giacomo Lo Presti"},
  "vote": "majority", "vote_counts": {"present": 4, "in_favour": 3, "abstained": 1},
  "immediately_executive": False}},
{"file": "determinazione-abcnapoli-word.pdf", "role": "act",
 "what": "determinazione of the Direzione Tecnica of a municipal azienda speciale (water utility), Reg. Gen. n. 87 and Reg. Direzione n. 19 of 27/04/2026, proposal 102 of 24/04/2026 in a 4-cell grid; letterhead in the page header, register line in the footer (python-docx Word template -> LibreOffice, Calibri->Carlito)",
 "operative_points": 4,
 "act": {"municipality": "ABC Acqua Bene Comune Napoli", "organ": "DIREZIONE TECNICA", "office": "Servizio Manutenzione Reti Idriche", "kind": "determinazione",
  "number": 87, "sector_number": 19, "date": "2026-04-27", "proposal_number": 102, "proposal_date": "2026-04-24",
  "subject": "Lavori urgenti di riparazione della condotta adduttrice DN 600 in via Marina, tratto compreso tra piazza Duca degli Abruzzi e via Alessandro Volta – Affidamento ai sensi dell'art. 140 del D.Lgs. 36/2023 (somma urgenza) – CIG B8F21C7D05 – Approvazione della perizia giustificativa e impegno di spesa."}},
{"file": "attestazione-stornara-enscript.pdf", "role": "certificate",
 "what": "attestazione di avvenuta pubblicazione e di esecutività of deliberation 17 of 09/04/2026 of the Commissione Straordinaria with the powers of the Consiglio; Reg. Pubbl. 402, published 10/04-25/04/2026, executive 20/04/2026; a 72-column Courier report with dotted label leaders (enscript + Ghostscript)",
 "act": {"municipality": "Comune di Stornara", "kind": "attestazione", "number": 17, "date": "2026-04-09",
  "subject": "Approvazione del Rendiconto della gestione per l’esercizio finanziario 2025."}},
{"file": "allegato-plati-calc.pdf", "role": "attachment",
 "what": "Allegato A to deliberation 12/2026 of the Commissione Straordinaria with the powers of the Consiglio: list of 38 active residues eliminated at 31/12/2025, merged title rows, spreadsheet printed landscape by LibreOffice Calc over 2 pages, header row repeated, file name in the running head",
 "act": {"municipality": "Comune di Platì"}},
{"file": "ordinanza-caivano-kibernetes.pdf", "role": "act",
 "what": "ordinanza n. 12 of 29/04/2026 of the Commissione Straordinaria 'con i poteri del Sindaco' (waste abandonment): a PDF written by hand, every glyph placed alone by Tm (no space characters), justified by moving glyphs, signature and ORDINA drawn before the heading, Albo stamp drawn rotated 90° up the left margin",
 "operative_points": 4,
 "act": {"municipality": "Comune di Caivano", "organ": "Commissione Straordinaria", "kind": "ordinanza", "number": 12, "date": "2026-04-29",
  "subject": "Misure urgenti di igiene pubblica – Divieto di abbandono dei rifiuti e di conferimento fuori dai giorni e dagli orari stabiliti dal calendario della raccolta differenziata."}},
]
json.dump(K, open(D + "/keys.json", "w"), ensure_ascii=False, indent=1)
def norm(s): return re.sub(r"\s+", " ", s).strip()
bad = 0
for k in K:
    txt = norm(subprocess.run(["pdftotext", "-layout", D + "/" + k["file"], "-"], capture_output=True, text=True).stdout)
    low = txt.lower()
    a = k.get("act", {})
    strs = []
    for f in ("municipality", "organ", "office", "subject", "proposing_office"):
        if f in a: strs.append((f, a[f]))
    for p in a.get("attendees", []): strs += [("att", p["name"]), ("role", p["role"])]
    for f in ("president", "secretary"):
        if f in a: strs += [(f, v) for v in a[f].values()]
    miss = [(f, s) for f, s in strs if (s if f == "subject" else s.lower()) not in (txt if f == "subject" else low)]
    if miss: bad += 1
    print(k["file"], "MISSING:" if miss else "ok", miss)
print(len(K), "files,", bad, "with missing strings")
sys.exit(1 if bad else 0)
