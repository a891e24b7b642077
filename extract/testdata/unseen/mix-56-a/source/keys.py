# writes ../keys.json
import json, os
def A(n, r, p=True): return {"name": n, "role": r, "present": p}
K = []
K.append({"file": "deliberazione-andriano-gvcc.pdf", "role": "act",
 "what": "Giunta deliberation 58/2026 of Gemeinde Andrian / Comune di Andriano, German and Italian side by side in two columns (roll as a bilingual table, bilingual numbered points), reportlab",
 "operative_points": 4,
 "act": {"municipality": "Comune di Andriano", "organ": "Giunta comunale", "kind": "deliberazione", "number": 58,
  "date": "2026-03-17", "time": "18:30",
  "subject": "Approvazione del progetto esecutivo per il risanamento della condotta dell'acqua potabile in via della Chiesa – CUP I37H25000410005",
  "attendees": [A("OBERHOFER KLAUS", "Sindaco"), A("PIRCHER ANNA", "Vicesindaca"), A("GAMPER LUKAS", "Assessore", False),
                A("KOFLER MARTINA", "Assessora"), A("THUILE SIMON", "Assessore")],
  "president": {"role": "Sindaco", "name": "Klaus Oberhofer"},
  "secretary": {"title": "dott.", "role": "Segretario comunale", "name": "Markus Thaler"},
  "vote": "unanimous", "immediately_executive": True}})
K.append({"file": "deliberazione-cammarata-halley132.pdf", "role": "act",
 "what": "Consiglio deliberation 14/2026 of Cammarata as a legacy 132-column Courier report: character-drawn boxes, two-column roll with P/A marks, dotted leaders, vote counts in one line, publication certificate at the foot",
 "operative_points": 3,
 "act": {"municipality": "Comune di Cammarata", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 14,
  "date": "2026-02-26", "time": "19:00",
  "subject": "MODIFICA DEGLI ARTT. 4 E 7 DEL REGOLAMENTO COMUNALE PER LA DISCIPLINA DELL'IMPOSTA DI SOGGIORNO. APPROVAZIONE.",
  "proposing_office": "SETTORE II - ECONOMICO FINANZIARIO", "proposal_number": 9, "proposal_date": "2026-02-10",
  "attendees": [A("LO BUE GIUSEPPE", "PRESIDENTE"), A("INGRAO ROSALIA", "VICE PRESIDENTE"), A("MANISCALCO CALOGERO", "CONSIGLIERE"),
                A("SCHILLACI MARIA CONCETTA", "CONSIGLIERE"), A("PALMERI SALVATORE", "CONSIGLIERE", False), A("GUELI ANTONINA", "CONSIGLIERE"),
                A("CASTELLANO VINCENZO", "CONSIGLIERE"), A("DI PISA FRANCESCA", "CONSIGLIERE"), A("MESSINA ANGELO", "CONSIGLIERE", False),
                A("TERRANOVA GIOACCHINO", "CONSIGLIERE"), A("SORCE GIUSEPPINA", "CONSIGLIERE"), A("VACCARO LUIGI", "CONSIGLIERE")],
  "president": {"role": "PRESIDENTE DEL CONSIGLIO", "name": "GIUSEPPE LO BUE"},
  "secretary": {"title": "DOTT.", "role": "SEGRETARIO GENERALE", "name": "FILIPPO RANDAZZO"},
  "vote": "majority", "vote_counts": {"present": 10, "voters": 10, "in_favour": 7, "against": 3, "abstained": 0},
  "immediately_executive": True}})
lario_p = [("BARELLI Mauro", "Presidente"), ("CERESA Elena", "Vicepresidente"), ("ZANOTTA Luigi", "Consigliere"), ("PEDRAZZINI Anna", "Consigliere"),
           ("GILARDONI Marco", "Consigliere"), ("BERNASCONI Ugo", "Consigliere"), ("CASARTELLI Silvia", "Consigliere"), ("MAZZUCCHI Piero", "Consigliere"),
           ("ROMANÒ Giulia", "Consigliere"), ("LANFRANCONI Davide", "Consigliere"), ("TAVECCHIO Paola", "Consigliere"), ("CATTANEO Enrico", "Consigliere"),
           ("MOLTENI Franca", "Consigliere"), ("SALA Renato", "Consigliere"), ("VERONELLI Alberto", "Consigliere"), ("NESSI Carla", "Consigliere"),
           ("FUMAGALLI Tiziano", "Consigliere")]
K.append({"file": "deliberazione-cmlarioceresio-latex.pdf", "role": "act",
 "what": "Assemblea deliberation 4/2026 of the Comunità Montana Valli del Lario e del Ceresio typeset by pdfLaTeX (Latin Modern, justified and hyphenated): roll in prose with roles in brackets, vote in a sentence, enumerate points, running head",
 "operative_points": 3,
 "act": {"municipality": "Comunità Montana Valli del Lario e del Ceresio", "organ": "Assemblea", "kind": "deliberazione", "number": 4,
  "date": "2026-03-12", "time": "20:45",
  "subject": "Approvazione del Documento Unico di Programmazione (DUP) 2026-2028 e del bilancio di previsione finanziario 2026-2028.",
  "attendees": [A(n, r) for n, r in lario_p] + [A("PORRO Dario", "Consigliere", False), A("BUZZI Lorena", "Consigliere", False)],
  "president": {"role": "Presidente dell'Assemblea", "name": "Mauro Barelli"},
  "secretary": {"title": "dott.ssa", "role": "Segretario della Comunità Montana", "name": "Chiara Valsecchi"},
  "vote": "majority", "vote_counts": {"present": 17, "in_favour": 14, "against": 2, "abstained": 1},
  "immediately_executive": True}})
K.append({"file": "determinazione-reggello-word.pdf", "role": "act",
 "what": "determinazione 212/2026 (Servizio register 48) of Reggello, Area 3 heading with Servizio under it, register table, numbered points with a spending table; Word-style document converted by LibreOffice Writer",
 "operative_points": 5,
 "act": {"municipality": "Comune di Reggello", "organ": "AREA 3 – GESTIONE DEL TERRITORIO", "office": "Servizio Lavori Pubblici, Manutenzioni e Patrimonio",
  "kind": "determinazione", "number": 212, "sector_number": 48, "date": "2026-03-19",
  "subject": "Affidamento diretto ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023 del servizio di manutenzione delle aree a verde delle scuole comunali per l'anno 2026 – CIG B6A2F19C33 – Impegno di spesa."}})
K.append({"file": "determinazione-provinciarieti-jiride.pdf", "role": "act",
 "what": "determinazione dirigenziale R.G. 389/2026 (Settore register 71, proposta 102) of the Provincia di Rieti, HTML printed by Chromium: register table, boxed subject, ordered list of points",
 "operative_points": 4,
 "act": {"municipality": "Provincia di Rieti", "organ": "SETTORE II – VIABILITÀ, INFRASTRUTTURE ED EDILIZIA SCOLASTICA",
  "office": "Servizio Manutenzione Strade Provinciali – Zona Sud", "kind": "determinazione", "number": 389, "sector_number": 71,
  "date": "2026-03-23", "proposal_number": 102, "proposal_date": "2026-03-19",
  "subject": "S.P. 46 “Reatina” – Lavori di somma urgenza per il ripristino del piano viabile al km 12+300 in località Collebaccaro. Approvazione del verbale di somma urgenza e della perizia giustificativa. CUP B57H26000080003."}})
K.append({"file": "determinazione-dolegna-insiel.pdf", "role": "act",
 "what": "determinazione 61/2026 of Comune di Dolegna del Collio / Občina Dolenje, Italian paragraph over its Slovene translation throughout; every glyph placed on its own (justified by hand)",
 "operative_points": 3,
 "act": {"municipality": "Comune di Dolegna del Collio", "organ": "AREA TECNICA E TECNICO-MANUTENTIVA", "office": "Servizio Lavori Pubblici",
  "kind": "determinazione", "number": 61, "date": "2026-03-09",
  "subject": "Lavori di sistemazione della strada comunale per Ruttars – Liquidazione del primo stato di avanzamento lavori all'impresa Edilcollio S.r.l. – CUP E27H25000910002 – CIG B4C1D77A20."}})
K.append({"file": "ordinanza-poggiorsini-sicraweb.pdf", "role": "act",
 "what": "ordinanza sindacale contingibile e urgente 7/2026 of Poggiorsini: content drawn out of reading order (foot, signature, body bottom-up, letterhead last) and a rotated Albo stamp along the left margin",
 "operative_points": 3,
 "act": {"municipality": "Comune di Poggiorsini", "organ": "Sindaco", "kind": "ordinanza", "number": 7, "date": "2026-03-16",
  "subject": "Ordinanza contingibile e urgente ai sensi dell'art. 54, comma 4, del D.Lgs. 267/2000 per la messa in sicurezza del fabbricato sito in via Roma n. 18 (Fg. 9, p.lla 412)."}})
K.append({"file": "avviso-verrayes-word.pdf", "role": "act",
 "what": "avviso pubblico / avis public n. 3/2026 of the Commune/Comune di Verrayes for renting a communal alpage, French paragraph then Italian (italic) throughout; Word document converted by LibreOffice Writer",
 "act": {"municipality": "Comune di Verrayes", "office": "Segretario comunale", "kind": "avviso", "number": 3, "date": "2026-03-18",
  "subject": "Avviso pubblico per la concessione in locazione dell'alpeggio comunale «Champlong-Dessus» per le stagioni di monticazione 2026-2031"}})
K.append({"file": "attestazione-castropignano-modulo.pdf", "role": "certificate",
 "what": "certificate of publication of Giunta deliberation 21/2026 of Castropignano: a printed Courier form whose underscore blanks are overprinted with the filled values (values sit on their own lines in the text layer)",
 "act": {"municipality": "Comune di Castropignano", "kind": "attestazione", "number": 21, "date": "2026-03-05",
  "subject": "Approvazione schema di convenzione per la gestione associata del servizio di segreteria comunale."}})
K.append({"file": "allegato-bonificacentro-excel.pdf", "role": "attachment",
 "what": "Allegato A to the Commissario straordinario's deliberation 37/2026 of the Consorzio di Bonifica Centro: a spreadsheet (xlsx) printed by LibreOffice Calc, landscape, gridded table of 12 maintenance works with totals",
 "act": {"municipality": "Consorzio di Bonifica Centro"}})
K.append({"file": "convocazione-petritoli-halley.pdf", "role": "notice",
 "what": "convocation of the Consiglio comunale of Petritoli for 30/03/2026, 2 pages: letterhead and foot are Form XObjects reused on each page, body in Times justified with Tw, letter-spaced title (Tc), numbered order of the day",
 "act": {"municipality": "Comune di Petritoli", "kind": "convocazione", "date": "2026-03-20",
  "subject": "CONVOCAZIONE DEL CONSIGLIO COMUNALE"}})
K.append({"file": "avviso-parcoportofino-chromium.pdf", "role": "notice",
 "what": "unnumbered avviso of the Ente Parco di Portofino closing a trail, HTML printed by Chromium: letter-spaced letterhead and 'AVVISO' heading, title under it, boxed dates, bullet list, signed by the Direttore",
 "act": {"municipality": "Ente Parco di Portofino", "office": "Direttore", "kind": "avviso", "date": "2026-03-24",
  "subject": "Chiusura temporanea del sentiero San Rocco – Base 0 – Punta Chiappa"}})
json.dump(K, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'keys.json'), 'w'), ensure_ascii=False, indent=1)
