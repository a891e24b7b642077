# Writes ../keys.json (run from the output folder). The values were keyed by reading the PDFs (pdftotext -layout and the rendered pages).
import json
def roll(rows):
    out = []
    for r in rows:
        d = {"name": r[0]}
        if r[1] is not None: d["role"] = r[1]
        d["present"] = r[2]
        out.append(d)
    return out
K = []
K.append({"file": "giunta-manfredonia-halley.pdf", "role": "act",
 "what": "deliberazione di Giunta, Halley style: protocol stamp box top right, heading lines 'DELIBERAZIONE DELLA GIUNTA COMUNALE' / 'N. 187 del 14/11/2025', OGGETTO in a framed two-cell box, X-marked roll table, proposal number in the premises, relata with Reg. Pubbl. n., foot 'Pag. x di y' repeating the number",
 "operative_points": 4,
 "act": {"municipality": "Comune di Manfredonia", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 187,
  "date": "2025-11-14", "time": "12:30",
  "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA PER LA RIQUALIFICAZIONE DEL LUNGOMARE NAZARIO SAURO - II LOTTO FUNZIONALE. CUP F37H25000870004.",
  "attendees": roll([("LA TORRE GIOVANNI", "Sindaco", True), ("CASTRIOTTA ANNALISA", "Vicesindaco", True),
    ("GUERRA PASQUALE", "Assessore", True), ("DI BARI ROSSELLA", "Assessore", False), ("RINALDI MICHELE", "Assessore", True),
    ("TROIANO FILOMENA", "Assessore", True), ("SANTORO ANTONIO", "Assessore", False)]),
  "president": {"name": "Giovanni La Torre", "role": "Sindaco", "title": "Avv."},
  "secretary": {"name": "Maria Concetta Gentile", "role": "Segretario Generale", "title": "Dott.ssa"},
  "vote": "unanimous", "immediately_executive": True}})
K.append({"file": "giunta-oristano-sicraweb.pdf", "role": "act",
 "what": "deliberazione di Giunta, Sicraweb style: grid of label cells (Numero | Data | Proposta | Settore proponente, then Oggetto spanning), protocol number in vertical text in the left margin, roll table with 'Presente in videoconferenza', foot with the number and a digital-signature note",
 "operative_points": 4,
 "act": {"municipality": "Comune di Oristano", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 231,
  "date": "2025-11-27", "time": "13:15",
  "subject": "Adesione al progetto \"Biblioteche in rete - Sardegna legge 2026\" e approvazione dello schema di accordo di partenariato con il Sistema Bibliotecario Interurbano del Montiferru",
  "proposing_office": "Settore Sviluppo del Territorio, Cultura e Turismo",
  "attendees": roll([("Sanna Massimiliano", "Sindaco", True), ("Obinu Francesca", "Vice Sindaco", True),
    ("Pinna Gianfranco", "Assessore", True), ("Mura Stefania", "Assessore", True), ("Atzori Luca", "Assessore", False),
    ("Deiana Marta", "Assessore", True), ("Corrias Paolo", "Assessore", True)]),
  "president": {"name": "Massimiliano Sanna", "role": "Sindaco"},
  "secretary": {"name": "Giuseppe Cau", "role": "Segretario Generale", "title": "Dott."},
  "vote": "unanimous", "immediately_executive": True}})
K.append({"file": "giunta-moncalieri-jiride.pdf", "role": "act",
 "what": "deliberazione di Giunta, J-Iride style: header band of small labels over values (ORGANO / NUMERO / SEDUTA DEL / PROPOSTA, then SETTORE PROPONENTE / ASSESSORE RELATORE), OGGETTO label on its own line above the subject, roll as two side-by-side lists 'Presenti:' / 'Assenti:', Vice Sindaco presiding, running head on page 2",
 "operative_points": 3,
 "act": {"municipality": "Città di Moncalieri", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 402,
  "date": "2025-12-04", "time": "09:15",
  "subject": "CONCESSIONE IN COMODATO D'USO GRATUITO ALL'ASSOCIAZIONE \"AUSER INSIEME MONCALIERI ODV\" DEI LOCALI DI VIA SANTA MARIA 27 PER LE ATTIVITÀ DEL CENTRO D'INCONTRO ANZIANI. PERIODO 2026-2028. INDIRIZZI.",
  "proposing_office": "Settore Servizi alla Persona",
  "attendees": roll([("COLOMBO PAOLO", "Vice Sindaco", True), ("BRUNO CHIARA", "Assessore", True),
    ("FERRERO DAVIDE", "Assessore", True), ("GALLO ELENA", "Assessore", True), ("MARTINA ALESSANDRO", "Assessore", True),
    ("RICCI SILVIA", "Assessore", True), ("GRANDE LORENZO", "Sindaco", False), ("OLIVERO MARCO", "Assessore", False)]),
  "president": {"name": "Paolo Colombo", "role": "Vice Sindaco"},
  "secretary": {"name": "Laura Bertolino", "role": "Vice Segretario Generale", "title": "Dott.ssa"},
  "vote": "unanimous", "immediately_executive": True}})
P = [("ABBATE GIUSEPPE", "P"), ("BADALAMENTI ROSARIA", "P"), ("CATALANO VINCENZO", "P"), ("CUSUMANO ANNA", "A"),
     ("DI TRAPANI SALVATORE", "P"), ("FERRANTE GIOVANNA", "P"), ("GIAMBRONE FRANCESCO", "P"),
     ("LO IACONO MARIA", "P"), ("LOMBARDO PIETRO", "P"), ("MANISCALCO LUCIA", "A"), ("MIGLIORE ANTONINO", "P"),
     ("NAPOLI CARMELA", "P"), ("ORLANDO GIUSEPPE", "P"), ("PALAZZOLO ROSALIA", "P"), ("PIPITONE DAVIDE", "A"),
     ("RANDAZZO GIUSEPPA", "P"), ("RUSSO CALOGERO", "P"), ("SCIORTINO VALENTINA", "P"), ("SPICA NICOLÒ", "A"),
     ("TARANTINO FILIPPO", "P"), ("TERRANOVA ELISA", "P"), ("VITALE BENEDETTO", "A"), ("ZITO MARIANNA", "P"),
     ("ZUCCARO ANDREA", "P")]
K.append({"file": "consiglio-partinico-datagraph.pdf", "role": "act",
 "what": "deliberazione di Consiglio, Datagraph style: framed heading 'ORIGINALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE' / 'N. 58 del 25/11/2025', 'Oggetto:' inline, 24 councillors in a numbered grid two blocks side by side (1-12 | 13-24) with P/A, convocation protocol and proposal number in the text, counted vote, Albo stamp (Reg. Pubbl. n.) drawn on the last page",
 "operative_points": 3,
 "act": {"municipality": "Comune di Partinico", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 58,
  "date": "2025-11-25", "time": "19:00",
  "subject": "Approvazione del Regolamento comunale per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale - Modifiche agli articoli 14, 22 e 31.",
  "attendees": [{"name": n, "present": p == "P"} for n, p in P],
  "president": {"name": "Giuseppe Orlando", "role": "Presidente del Consiglio Comunale", "title": "Dott."},
  "secretary": {"name": "Antonella Cracolici", "role": "Segretario Generale", "title": "Dott.ssa"},
  "vote": "majority", "vote_counts": {"present": 19, "voters": 19, "in_favour": 14, "against": 5},
  "immediately_executive": True}})
V = [("ACERBI GIANCARLO", "Sindaco", True), ("BERTOLDI MARIA TERESA", "Consigliere", True),
     ("CAILOTTO FABIO", "Presidente del Consiglio", True), ("DAL LAGO ROBERTA", "Consigliere", True),
     ("FRACASSO LUCA", "Consigliere", True), ("LORA SIMONETTA", "Consigliere", True),
     ("MARZOTTO ENRICO", "Consigliere", False), ("NOVELLA CRISTINA", "Consigliere", True),
     ("PELLIZZARI MATTEO", "Consigliere", True), ("PERIN ALBERTO", "Consigliere", True),
     ("RIGON DANIELA", "Consigliere", True), ("SCHIAVO PIETRO", "Consigliere", False),
     ("TESSARO ILARIA", "Consigliere", True), ("TOMASI GIORGIO", "Consigliere", True),
     ("VALDEGAMBERI ANNA", "Consigliere", True), ("ZANDONÀ MICHELE", "Consigliere", True),
     ("ZORDAN PAOLA", "Consigliere", True)]
K.append({"file": "consiglio-valdagno-civilia.pdf", "role": "act",
 "what": "deliberazione di Consiglio, Civilia Next style: header box with grey label cells on the left (Delibera n. | Data / Seduta | Proposta / Oggetto), 'Prot. Gen. n.' top right, numbered roll table with Presente 'Sì' / 'Sì (videoconferenza)' / 'No', counted vote with abstentions, foot repeating the number with a digital-signature line",
 "operative_points": 4,
 "act": {"municipality": "Comune di Valdagno", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 71,
  "date": "2025-12-15", "time": "20:30",
  "subject": "RAZIONALIZZAZIONE PERIODICA DELLE PARTECIPAZIONI PUBBLICHE AI SENSI DELL'ART. 20 DEL D.LGS. 19 AGOSTO 2016, N. 175 - RICOGNIZIONE DELLE PARTECIPAZIONI POSSEDUTE AL 31/12/2024",
  "attendees": roll(V),
  "president": {"name": "Fabio Cailotto", "role": "Presidente del Consiglio", "title": "sig."},
  "secretary": {"name": "Stefano Peruzzo", "role": "Vice Segretario Generale", "title": "dott."},
  "vote": "majority", "vote_counts": {"present": 15, "voters": 13, "in_favour": 10, "against": 3, "abstained": 2},
  "immediately_executive": True}})
K.append({"file": "commissione-scafati-hypersic.pdf", "role": "act",
 "what": "deliberazione della Commissione Straordinaria con i poteri del Consiglio, Hypersic style (fpdf2): two boxes under the heading ('N. registro deliberazioni' 34 del 09/12/2025 | 'Protocollo generale' n. 0052917 del 11/12/2025), running head repeating the number, roll of the three commissioners with title in the name cell, attestato di pubblicazione with register number",
 "operative_points": 3,
 "act": {"municipality": "Comune di Scafati", "organ": "Commissione Straordinaria", "kind": "deliberazione", "number": 34,
  "date": "2025-12-09", "time": "11:00",
  "subject": "Approvazione del Documento Unico di Programmazione (DUP) per il periodo 2026/2028 - Nota di aggiornamento.",
  "attendees": roll([("Vincenzo Lubrano", "Viceprefetto", True), ("Rosaria Capuano", "Viceprefetto aggiunto", True),
    ("Gennaro Ambrosio", "Funzionario economico-finanziario", True)]),
  "president": {"name": "Vincenzo Lubrano", "role": "Presidente della Commissione Straordinaria", "title": "dott."},
  "secretary": {"name": "Raffaele Sessa", "role": "Segretario Generale", "title": "dott."},
  "vote": "unanimous", "immediately_executive": True}})
K.append({"file": "determina-pordenone-insiel.pdf", "role": "act",
 "what": "determinazione dirigenziale, Insiel style: Settore heading and U.O.C. under the letterhead, ruled line 'N. cron. 3127 del 03/12/2025 | N. settoriale 412 | Proposta n. 3305 del 01/12/2025', OGGETTO in a two-column row, signed IL DIRIGENTE, visto contabile and publication in a box, foot repeating the number",
 "operative_points": 4,
 "act": {"municipality": "Comune di Pordenone", "organ": "Settore IV - Gestione Territorio, Infrastrutture, Ambiente",
  "office": "U.O.C. Viabilità, Mobilità Urbana e Manutenzioni", "kind": "determinazione", "number": 3127,
  "sector_number": 412, "date": "2025-12-03",
  "subject": "Lavori di manutenzione straordinaria dei marciapiedi di viale Marconi e via Cappuccini (opera n. 41.25). CUP B57H25000410004 - CIG B6C2A91E0F. Approvazione del certificato di regolare esecuzione e svincolo della garanzia definitiva."}})
K.append({"file": "determina-trebisacce-studiok.pdf", "role": "act",
 "what": "determinazione a contrarre of the Responsabile dell'Area Tecnica, Studio K style (fpdf2, core Helvetica): protocol line 'Prot. N. 0018224 del 24/11/2025' in the top margin of every page, AREA TECNICA heading with the Servizio under it, grid of label cells (DETERMINAZIONE | N. REG. GENERALE | N. REG. AREA | DATA) over values, numbered 1)-5) points, foot 'Determinazione Area Tecnica n. 812 del 21/11/2025' and 'Pag. x di y'",
 "operative_points": 5,
 "act": {"municipality": "Comune di Trebisacce", "organ": "Area Tecnica", "office": "Servizio Lavori Pubblici e Manutenzioni",
  "kind": "determinazione", "number": 812, "sector_number": 203, "date": "2025-11-21",
  "subject": "DETERMINAZIONE A CONTRARRE E AFFIDAMENTO DIRETTO, AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023, DEL SERVIZIO DI MANUTENZIONE DEGLI IMPIANTI DI PUBBLICA ILLUMINAZIONE DEL LUNGOMARE PER L'ANNO 2026. CIG B8F14D27A3."}})
K.append({"file": "determina-narni-siscom.pdf", "role": "act",
 "what": "determinazione di liquidazione of the Responsabile del Settore, Siscom style drawn on the ReportLab canvas: grey margin column of labels (SETTORE, SERVIZIO, REGISTRO GENERALE, REGISTRO DI SETTORE, DATA, OGGETTO) beside the values, liquidation table, running head 'Segue determinazione n. 1544' on page 2, foot with number and 'Pag. x di y'",
 "operative_points": 4,
 "act": {"municipality": "Comune di Narni", "organ": "Settore Economico-Finanziario", "office": "Servizio Ragioneria e Bilancio",
  "kind": "determinazione", "number": 1544, "sector_number": 318, "date": "2025-12-10",
  "subject": "Liquidazione fattura n. 2025/FE/318 del 31/10/2025 alla ditta Umbra Servizi Ambientali S.r.l. per il servizio di sfalcio e manutenzione del verde pubblico - periodo luglio-settembre 2025. CIG B21C7F08D4."}})
K.append({"file": "ordinanza-mesagne-word.pdf", "role": "act",
 "what": "ordinanza sindacale contingibile e urgente, Word-template style: drawn crest, red protocol stamp box to the right of the letterhead (N. 0001187 del 12/01/2026), Settore line under the letterhead, heading line 'ORDINANZA N. 4 DEL 12/01/2026', lettered a)-c) points after ORDINA, DISPONE paragraph, publication line with Reg. Pubbl., centred 'Pag. x di y'",
 "operative_points": 3,
 "act": {"municipality": "Città di Mesagne", "organ": "Sindaco", "kind": "ordinanza", "number": 4, "date": "2026-01-12",
  "subject": "Chiusura temporanea della Villa Comunale \"Carlo Alberto dalla Chiesa\" e interdizione del transito pedonale su via Marconi per la presenza di alberature pericolanti a seguito degli eventi atmosferici del 10 e 11 gennaio 2026."}})
K.append({"file": "decreto-macerata-saga.pdf", "role": "act",
 "what": "decreto sindacale (nomina RPCT), Saga style (fpdf2, DejaVu Serif): title 'DECRETO SINDACALE', ruled band of small labels over values (NUMERO | DATA | UFFICIO PROPONENTE | PROTOCOLLO), 'Oggetto:' on its own line, numbered DECRETA points, relata di pubblicazione, foot repeating the number with 'Pagina x / y'",
 "operative_points": 4,
 "act": {"municipality": "Comune di Macerata", "organ": "Sindaco", "kind": "decreto sindacale", "number": 27, "date": "2025-12-30",
  "subject": "Nomina del Responsabile della Prevenzione della Corruzione e della Trasparenza (RPCT) ai sensi dell'art. 1, comma 7, della Legge 6 novembre 2012, n. 190.",
  "proposing_office": "Segreteria Generale"}})
K.append({"file": "avviso-quartu-zuddas.pdf", "role": "act",
 "what": "avviso pubblico of a Settore, Zuddas style: protocol line in the top margin of every page, Settore and Servizio in a shaded box, 'AVVISO PUBBLICO N. 3 DEL 15/01/2026' with the approving determinazione cited under it, title in capitals as subject, articles, signed IL DIRIGENTE, running head with the number on page 2",
 "act": {"municipality": "Comune di Quartu Sant'Elena", "organ": "Settore Politiche Sociali e Abitative",
  "office": "Servizio Casa e Contrasto alla Povertà", "kind": "avviso", "number": 3, "date": "2026-01-15",
  "subject": "AVVISO PUBBLICO PER LA CONCESSIONE DI CONTRIBUTI A SOSTEGNO DEL PAGAMENTO DEI CANONI DI LOCAZIONE - ANNUALITÀ 2026 (L. 431/1998, ART. 11)"}})
json.dump(K, open("keys.json", "w"), ensure_ascii=False, indent=1)
print(len(K))
