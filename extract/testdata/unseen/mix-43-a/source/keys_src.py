# Writes ../keys.json (the answer keys), kept as a record of how they were typed.
import json
K = []
def att(rows): return [{"name": n, "role": r, "present": p} for n, r, p in rows]
K.append({"file": "deliberazione-campotures-gvcc.pdf", "role": "act",
  "what": "bilingual (German left / Italian right, side by side) Giunta deliberation 118/2026 of Sand in Taufers / Campo Tures; roll as a table with two absence columns, one assessore excused; ReportLab",
  "operative_points": 3,
  "act": {"municipality": "Comune di Campo Tures", "organ": "Giunta comunale", "kind": "deliberazione", "number": 118,
    "date": "2026-04-08", "time": "17:00",
    "subject": "Approvazione del progetto esecutivo per la riqualificazione del parco giochi in località Molini di Tures – CUP J47H25001230004",
    "attendees": att([("Helmut Oberhollenzer", "Sindaco", True), ("Martina Steger", "Vicesindaca", True), ("Florian Niederkofler", "Assessore", True),
                      ("Christine Mairhofer", "Assessora", True), ("Walter Reichegger", "Assessore", False), ("Daniel Hofer", "Assessore", True)]),
    "president": {"role": "Sindaco", "name": "Helmut Oberhollenzer"},
    "secretary": {"title": "Dott.", "role": "Segretario comunale", "name": "Stefan Mair"},
    "vote": "unanimous", "immediately_executive": True}})
K.append({"file": "deliberazione-cavallermaggiore-siscom.pdf", "role": "act",
  "what": "Consiglio Comunale deliberation 14/2026 (rendiconto 2025) as a 132-column Courier line-printer report (enscript + Ghostscript): character-drawn roll in two side-by-side halves, dotted-leader vote table, date only in words on page 1",
  "operative_points": 4,
  "act": {"municipality": "Comune di Cavallermaggiore", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 14,
    "date": "2026-04-07", "time": "21:00",
    "subject": "APPROVAZIONE DEL RENDICONTO DELLA GESTIONE PER L’ESERCIZIO FINANZIARIO 2025 E DEI RELATIVI ALLEGATI AI SENSI DELL’ART. 227 DEL D.LGS. 267/2000.",
    "attendees": att([("BERTOLA GIANPIERO", "SINDACO", True), ("GIRAUDO ELENA", "VICE SINDACO", True), ("TESIO MARCO", "CONSIGLIERE", True),
                      ("MANA SILVIA", "CONSIGLIERE", True), ("OCCELLI DANIELE", "CONSIGLIERE", False), ("BARBERIS LUCA", "CONSIGLIERE", True),
                      ("FERRERO CHIARA", "CONSIGLIERE", True), ("RUBIOLO ANDREA", "CONSIGLIERE", True), ("PANERO MARTA", "CONSIGLIERE", True),
                      ("CAVALLERO ENZO", "CONSIGLIERE", True), ("DEMARIA PAOLA", "CONSIGLIERE", True), ("ALLASIA STEFANO", "CONSIGLIERE", True),
                      ("GERBAUDO IVANA", "CONSIGLIERE", True)]),
    "president": {"title": "SIG.", "role": "SINDACO", "name": "BERTOLA GIANPIERO"},
    "secretary": {"title": "DOTT.SSA", "role": "SEGRETARIO COMUNALE", "name": "ROSANNA MELLANO"},
    "vote": "majority", "vote_counts": {"present": 12, "voters": 11, "in_favour": 8, "against": 3, "abstained": 1},
    "immediately_executive": True}})
K.append({"file": "determinazione-vallodellalucania-datagraph.pdf", "role": "act",
  "what": "determinazione of the Area Tecnica as an 80-column Courier report: dotted-leader register block (general 287 of 09/04/2026, sector 61 of 03/04/2026, proposal 74), character box for the accounting visa",
  "operative_points": 4,
  "act": {"municipality": "Comune di Vallo della Lucania", "organ": "AREA TECNICA", "office": "SERVIZIO LAVORI PUBBLICI E MANUTENZIONI",
    "kind": "determinazione", "number": 287, "sector_number": 61, "date": "2026-04-09",
    "subject": "AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. A), DEL D.LGS. 36/2023 DEI LAVORI DI MANUTENZIONE STRAORDINARIA DELLA COPERTURA DELLA SCUOLA DELL'INFANZIA DI VIA ANGELO RUBINO - IMPEGNO DI SPESA - CIG B6A1C93F20",
    "proposal_number": 74, "proposal_date": "2026-04-01"}})
K.append({"file": "attestazione-soveriamannelli-word.pdf", "role": "certificate",
  "what": "certificate of publication of Giunta deliberation 38 of 02/04/2026: a typewriter-like Word form (Liberation Mono) with blanks of underscores filled in; published 10/04-25/04/2026, reg. pubbl. 412",
  "act": {"municipality": "Comune di Soveria Mannelli", "kind": "attestazione", "number": 38, "date": "2026-04-02",
    "subject": "Concessione in uso temporaneo della palestra comunale di via Roma all'A.S.D. Reventino Volley per la stagione sportiva 2025/2026 - Approvazione schema di convenzione."}})
K.append({"file": "allegato-roncade-excel.pdf", "role": "attachment",
  "what": "Allegato A to determinazione 214/2026: a rent-subsidy ranking (38 rows by protocol number) printed from a spreadsheet by LibreOffice Calc, sheet name as page header, 'Pagina 1 di 1' footer",
  "act": {"municipality": "Comune di Roncade"}})
K.append({"file": "determinazione-pietralunga-jiride.pdf", "role": "act",
  "what": "determinazione of the Area Amministrativa (general 112, area 34, proposal 41): hand-written PDF with the letterhead in a reused Form XObject, Tc letter-spaced headings, Tw-justified lines, a rotated Albo stamp along the left margin, register box and signature drawn last",
  "operative_points": 3,
  "act": {"municipality": "Comune di Pietralunga", "organ": "AREA AMMINISTRATIVA", "office": "Servizio Servizi Sociali e Scolastici",
    "kind": "determinazione", "number": 112, "sector_number": 34, "date": "2026-04-10",
    "subject": "Servizio di trasporto scolastico a.s. 2025/2026 – Liquidazione fatture dei mesi di febbraio e marzo 2026 alla ditta Autolinee Alto Tevere S.r.l. – CIG B4E2F71A9C",
    "proposal_number": 41, "proposal_date": "2026-04-07"}})
K.append({"file": "ordinanza-sanpietroalnatisone-word.pdf", "role": "act",
  "what": "bilingual (Italian, then Slovene in italics, one under the other) ordinanza 9/2026 of the Sindaco / Župan closing a road; every glyph drawn on its own, spaces not drawn",
  "operative_points": 3,
  "act": {"municipality": "Comune di San Pietro al Natisone", "organ": "Sindaco", "kind": "ordinanza", "number": 9, "date": "2026-04-11",
    "subject": "Chiusura temporanea al traffico veicolare della strada comunale per Tarcetta dal 20 al 30 aprile 2026 per lavori di consolidamento del versante."}})
K.append({"file": "deliberazione-bonificaoristanese-libreoffice.pdf", "role": "act",
  "what": "deliberation 27/2026 of the Comitato Esecutivo of a land-reclamation consortium (LibreOffice Writer): subject in a two-cell table, roll in prose, vote 3 to 1",
  "operative_points": 4,
  "act": {"municipality": "Consorzio di Bonifica dell'Oristanese", "organ": "Comitato Esecutivo", "kind": "deliberazione", "number": 27,
    "date": "2026-04-02", "time": "10:30",
    "subject": "Approvazione del piano di riparto provvisorio del contributo consortile di bonifica per l'anno 2026 ed emissione dei relativi avvisi di pagamento.",
    "attendees": att([("Salvatore Deiana", "Presidente", True), ("Giovanni Battista Murru", "Vice Presidente", True),
                      ("Antonella Sanna", "componente", True), ("Pietro Cadoni", "componente", True), ("Efisio Loi", "componente", False)]),
    "president": {"role": "Presidente", "name": "Salvatore Deiana"},
    "secretary": {"title": "Dott.ssa", "role": "segretario verbalizzante", "name": "Giovanna Piras"},
    "vote": "majority", "vote_counts": {"present": 4, "in_favour": 3, "against": 1},
    "immediately_executive": True}})
K.append({"file": "avviso-aspcosenza-chromium.pdf", "role": "act",
  "what": "numbered public notice 12/2026 of a provincial health authority (Chromium from HTML), repeated letterhead and foot, five articles, prot. 48211 of 09/04/2026",
  "act": {"municipality": "Azienda Sanitaria Provinciale di Cosenza", "organ": "Dipartimento Amministrativo", "office": "U.O.C. Gestione Risorse Umane",
    "kind": "avviso", "number": 12, "date": "2026-04-09",
    "subject": "AVVISO PUBBLICO, PER TITOLI E COLLOQUIO, PER IL CONFERIMENTO DI N. 4 INCARICHI A TEMPO DETERMINATO DI DIRIGENTE MEDICO – DISCIPLINA MEDICINA E CHIRURGIA D'ACCETTAZIONE E D'URGENZA – DA ASSEGNARE AI PRESIDI OSPEDALIERI SPOKE DELL'AZIENDA"}})
K.append({"file": "convocazione-aspseneca-wordtemplate.pdf", "role": "notice",
  "what": "letter convening the Assemblea dei Soci of an ASP for 28/04/2026 at 15:00 (Word template, Carlito), five-item agenda",
  "act": {"municipality": "ASP Seneca", "kind": "convocazione", "date": "2026-04-10",
    "subject": "Convocazione dell'Assemblea dei Soci – seduta ordinaria del 28 aprile 2026."}})
K.append({"file": "determinazione-montrose-wordtemplate.pdf", "role": "act",
  "what": "bilingual (Italian, then French in italics, one under the other) determinazione 45/2026 of the Segretario of an Unité des Communes valdôtaines (Word template); subject table OGGETTO / OBJET",
  "operative_points": 4,
  "act": {"municipality": "Unité des Communes valdôtaines Mont-Rose", "organ": "Segretario", "office": "Servizio Sociale associato",
    "kind": "determinazione", "number": 45, "date": "2026-04-07",
    "subject": "Affidamento del servizio di trasporto degli utenti del Centro diurno per anziani di Donnas per il periodo 1° maggio – 31 dicembre 2026. Determinazione a contrarre e impegno di spesa."}})
K.append({"file": "avviso-paulilatino-latex.pdf", "role": "notice",
  "what": "unnumbered avviso on school-meal enrolment (pdfLaTeX, Computer Modern): the Comune's name is in the letterhead picture, hyphenated lines, a two-column section",
  "act": {"municipality": "Comune di Paulilatino", "organ": "Area Socio-Culturale", "office": "Servizio Pubblica Istruzione", "kind": "avviso",
    "date": "2026-04-13",
    "subject": "ISCRIZIONI AL SERVIZIO DI REFEZIONE SCOLASTICA – ANNO SCOLASTICO 2026/2027"}})
json.dump(K, open("../keys.json", "w"), ensure_ascii=False, indent=1)
print(len(K))
