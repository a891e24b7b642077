# Writes ../keys.json (values typed from the printed documents, checked with pdftotext and renders).
import json, os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
K = []
K.append({"file": "giunta-mirandola-halley.pdf", "role": "act",
 "what": "Giunta deliberation, Halley-like print (Times): COPIA top right, centred letterhead, 'VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE' over a boxed 'N. 187 | Data 18/11/2025' row, OGGETTO in a two-cell row, time in the 'L'anno ... alle ore 15:30' sentence, gridded roll with X under Presente/Assente, president and secretary named in the minute, DELIBERA 1)-4), separate unanimous vote for immediate executivity, pareri, signatures, boxed relata di pubblicazione (Reg. Pubbl. n. 2214, not the act's number)",
 "operative_points": 4,
 "act": {"municipality": "Comune di Mirandola", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 187,
  "date": "2025-11-18", "time": "15:30",
  "subject": "APPROVAZIONE DEL PROGETTO ESECUTIVO DEI LAVORI DI MANUTENZIONE STRAORDINARIA DELLA COPERTURA DELLA PALESTRA DI VIA CIRCONVALLAZIONE - CUP F47H25001230004",
  "attendees": [{"name": "MALAVASI PAOLA", "role": "Sindaco", "present": True},
                {"name": "GOLINELLI STEFANO", "role": "Vice Sindaco", "present": True},
                {"name": "PIVETTI ELENA", "role": "Assessore", "present": True},
                {"name": "ZAPPAROLI DAVIDE", "role": "Assessore", "present": False},
                {"name": "BORSARI CHIARA", "role": "Assessore", "present": True},
                {"name": "CAVICCHIOLI LUCA", "role": "Assessore", "present": True}],
  "president": {"name": "Paola Malavasi", "role": "Sindaco", "title": "Sig.ra"},
  "secretary": {"name": "Anna Maria Ferrari", "role": "Segretario Generale", "title": "Dott.ssa"},
  "vote": "unanimous", "immediately_executive": True}})
K.append({"file": "consiglio-nicosia-sicraweb.pdf", "role": "act",
 "what": "Consiglio deliberation, Sicraweb-like print (Helvetica): ORIGINALE top right, grey box 'DELIBERAZIONE DEL CONSIGLIO COMUNALE / N. 58 del 27/11/2025', OGGETTO run-in, time in the opening sentence, two-column numbered roll (1-8 left, 9-16 right, P/A, no roles), president and secretary in 'Presiede ... Partecipa ...', counted vote line centred in bold, DELIBERA 1.-3. on page 2, second count (13/13/10/3) for immediate executivity not keyed",
 "operative_points": 3,
 "act": {"municipality": "Comune di Nicosia", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 58,
  "date": "2025-11-27", "time": "18:00",
  "subject": "Approvazione del Regolamento comunale per la disciplina del canone patrimoniale di occupazione del suolo pubblico e di esposizione pubblicitaria. Modifiche agli articoli 12, 18 e 27.",
  "attendees": [{"name": n, "present": p} for n, p in [
      ("CASTROGIOVANNI GIUSEPPE", True), ("LA GIGLIA ROSARIA", True), ("BONELLI FILIPPO", True),
      ("SCHILLACI ANTONINO", False), ("GIACOBBE MARIA CONCETTA", True), ("TROVATO SALVATORE", True),
      ("CATANIA FRANCESCA", True), ("MANCUSO GAETANO", True), ("FARINELLA LUIGI", True),
      ("LI VOLSI ANGELA", False), ("PIDONE CARMELO", True), ("GUGLIELMO ALESSIA", True),
      ("SPEDALE VINCENZO", True), ("CAMPIONE DANIELA", True), ("TESTA SERGIO", False),
      ("MICCICHÈ ROBERTO", True)]],
  "president": {"name": "Giuseppe Castrogiovanni", "role": "Presidente del Consiglio"},
  "secretary": {"name": "Maria Grazia Scavuzzo", "role": "Segretario Generale", "title": "Dott.ssa"},
  "vote": "majority",
  "vote_counts": {"present": 13, "voters": 12, "in_favour": 9, "against": 3, "abstained": 1},
  "immediately_executive": True}})
K.append({"file": "giunta-tivoli-jiride.pdf", "role": "act",
 "what": "Giunta deliberation, J-Iride-like boxed header (fpdf2, DejaVu Sans): 'Numero: 243 | Data: 04/12/2025', 'Proposta n. 268 del 01/12/2025 | Seduta del 04/12/2025 ore 12:15', 'Settore proponente: ...'; OGGETTO with hanging indent; numbered roll in mixed case with a Presenza column ('Presente (da remoto)'); DELIBERA a)-d); immediate executivity by separate unanimous vote",
 "operative_points": 4,
 "act": {"municipality": "Comune di Tivoli", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 243,
  "date": "2025-12-04", "time": "12:15",
  "subject": "Contributi economici straordinari a sostegno del pagamento dei canoni di locazione per l'anno 2025. Approvazione dei criteri e indirizzi al Dirigente.",
  "proposing_office": "Settore III - Servizi Sociali e Politiche Abitative",
  "attendees": [{"name": n, "role": r, "present": p} for n, r, p in [
      ("Stefano Ciabattoni", "Sindaco", True), ("Maria Luisa Sciarretta", "Vicesindaco", True),
      ("Andrea Coccia", "Assessore", True), ("Valentina Proietti", "Assessore", True),
      ("Giorgio Santucci", "Assessore", False), ("Ilaria Moretti", "Assessore", True),
      ("Luca Fabi", "Assessore", True), ("Simona Cerroni", "Assessore", False),
      ("Paolo Marinelli", "Assessore", True)]],
  "president": {"name": "Stefano Ciabattoni", "role": "Sindaco", "title": "Dott."},
  "secretary": {"name": "Luigi Massimi", "role": "Segretario Generale", "title": "Dott."},
  "vote": "unanimous", "immediately_executive": True}})
K.append({"file": "determina-maniago-insiel.pdf", "role": "act",
 "what": "Determinazione, Insiel-like print (fpdf2, core Helvetica, amounts as 'Euro'): running letterhead on each page, Area line (organ) and Servizio line (office) above a grey row 'Determinazione nr. 612 Del 21/10/2025 | Reg. settore n. 148', OGGETTO run-in bold, DETERMINA 1.-5., signature 'IL RESPONSABILE DEL SERVIZIO', visto contabile table in Courier, its date line alone on page 2",
 "operative_points": 5,
 "act": {"municipality": "Comune di Maniago", "organ": "Area Tecnica e Tecnico-Manutentiva",
  "office": "Servizio Lavori Pubblici e Patrimonio", "kind": "determinazione", "number": 612, "sector_number": 148,
  "date": "2025-10-21",
  "subject": "Affidamento diretto ai sensi dell'art. 50, comma 1, lett. b) del D.Lgs. n. 36/2023 del servizio di sgombero neve e trattamento antighiaccio della viabilità comunale per la stagione invernale 2025/2026 - CIG B8D4E21A07. Determina a contrarre e impegno di spesa."}})
K.append({"file": "determina-sangiovanniinfiore-dedagroup.pdf", "role": "act",
 "what": "Determinazione, Dedagroup-like print (fpdf2, core Times, 'Euro'): centred letterhead, Settore (organ) and Servizio (office) centred, two boxes side by side 'DETERMINAZIONE N. 211 del 12/12/2025' (sector) and 'REGISTRO GENERALE N. 1034 del 15/12/2025', OGGETTO between rules, DETERMINA 1)-4), attestazione di copertura finanziaria dated 15/12/2025",
 "operative_points": 4,
 "act": {"municipality": "Comune di San Giovanni in Fiore", "organ": "Settore 2 - Economico Finanziario",
  "office": "Servizio Tributi", "kind": "determinazione", "number": 1034, "sector_number": 211,
  "date": "2025-12-15",
  "subject": "Rimborso ai contribuenti di somme versate e non dovute a titolo di IMU per gli anni d'imposta 2022 e 2023. Liquidazione."}})
K.append({"file": "determina-verbania-datagraph.pdf", "role": "act",
 "what": "Determinazione dirigenziale, Datagraph-like print (ReportLab, DejaVu Serif): 'CITTÀ DI VERBANIA' letterhead, Settore (organ) and Servizio (office) between rules, centred 'DETERMINAZIONE DIRIGENZIALE N. 14 DEL 09/01/2026', boxed OGGETTO with hanging indent, DETERMINA as four dash bullets, visto contabile table dated 12/01/2026",
 "operative_points": 4,
 "act": {"municipality": "Città di Verbania", "organ": "Settore Servizi alla Persona e alla Famiglia",
  "office": "Servizio Istruzione e Politiche Giovanili", "kind": "determinazione", "number": 14, "date": "2026-01-09",
  "subject": "Servizio di trasporto scolastico per gli alunni delle scuole dell'infanzia e primarie. Proroga tecnica del contratto in essere fino al 30 giugno 2026 e impegno di spesa."}})
K.append({"file": "ordinanza-olbia-zuddas.pdf", "role": "act",
 "what": "Ordinanza sindacale, Zuddas-like print (fpdf2, DejaVu Serif): centred 'ORDINANZA SINDACALE' over 'N. 37 del 05/05/2026', 'Oggetto:' with hanging indent, IL SINDACO, ORDINA with lead-in and points 1.-4., AVVERTE, DISPONE; place/date and signature alone on page 2",
 "operative_points": 4,
 "act": {"municipality": "Comune di Olbia", "organ": "Sindaco", "kind": "ordinanza", "number": 37, "date": "2026-05-05",
  "subject": "Prescrizioni antincendio per la campagna 2026: obbligo di pulizia dei terreni incolti, delle aree verdi private e dei lotti inedificati nel centro urbano e nelle frazioni."}})
K.append({"file": "avviso-murolucano-apkappa.pdf", "role": "act",
 "what": "Numbered avviso pubblico, APKappa-like print (ReportLab, Helvetica, blue letterhead drawn on canvas): Area heading (organ) centred, 'AVVISO PUBBLICO N. 6 DEL 20/01/2026', title in bold capitals below (the subject; no OGGETTO label), RENDE NOTO, Art. 1-8, 'Muro Lucano, 20/01/2026' and IL RESPONSABILE DELL'AREA",
 "act": {"municipality": "Comune di Muro Lucano", "organ": "Area Amministrativa e Servizi Sociali", "kind": "avviso",
  "number": 6, "date": "2026-01-20",
  "subject": "PER LA CONCESSIONE DI CONTRIBUTI ECONOMICI A SOSTEGNO DELLE SPESE PER IL SERVIZIO DI MENSA SCOLASTICA - ANNO SCOLASTICO 2025/2026"}})
K.append({"file": "certificato-viterbo-hypersic.pdf", "role": "certificate",
 "what": "Certificate of executivity, Hypersic-like print (ReportLab, DejaVu Sans): letterhead with Settore I / Segreteria at right, 'CERTIFICATO DI ESECUTIVITÀ', grid Atto/Numero/Data/Oggetto of Consiglio deliberation 92 of 28/11/2025, published 02/12-17/12/2025 (Albo n. 4418, not keyed), executive 13/12/2025, signed 'Viterbo, 15/12/2025' by the Segretario Generale",
 "act": {"municipality": "Comune di Viterbo", "organ": "Consiglio Comunale", "kind": "certificato", "number": 92,
  "date": "2025-11-28",
  "subject": "Riconoscimento di legittimità del debito fuori bilancio derivante dalla sentenza del Tribunale di Viterbo n. 1187/2025, ai sensi dell'art. 194, comma 1, lett. a), del D.Lgs. 267/2000."}})
K.append({"file": "allegato-treia-word.pdf", "role": "attachment",
 "what": "Annex 'Allegato \"A\" alla deliberazione della Giunta Comunale n. 151 del 23/10/2025': project cost table (quadro economico) of a school energy retrofit, Word-like print (fpdf2 table, DejaVu Sans), small centred letterhead, signed by the RUP",
 "act": {"municipality": "Comune di Treia"}})
K.append({"file": "convocazione-sondrio-word.pdf", "role": "notice",
 "what": "Convocation of the Consiglio comunale by its President, Word-like letter (ReportLab, Times): 'Comune di Sondrio' letterhead, Prot. n. 5873 (not keyed) beside the addressees, date line 'Sondrio, 12 febbraio 2026' at right, 'Oggetto:' in bold, agenda 1.-8.",
 "act": {"municipality": "Comune di Sondrio", "kind": "convocazione", "date": "2026-02-12",
  "subject": "Convocazione del Consiglio comunale in seduta ordinaria – giovedì 19 febbraio 2026 ore 20.30"}})
K.append({"file": "avviso-vercelli-provincia.pdf", "role": "notice",
 "what": "Notice of another body (Provincia di Vercelli, VIA screening) sent to three Comuni for their Albo, Word-like print (fpdf2, core Helvetica): letterhead of the Provincia, date 'Vercelli, 26/01/2026' at right, Prot. n. 2119/2026 (not keyed), 'AVVISO AL PUBBLICO', 'Oggetto:' in bold, signed by the Dirigente",
 "act": {"kind": "avviso", "date": "2026-01-26",
  "subject": "Procedura di verifica di assoggettabilità a VIA ai sensi dell'art. 19 del D.Lgs. 152/2006 - Progetto di ampliamento dell'impianto di recupero di rifiuti non pericolosi in località Cascina Nuova, Comune di Vercelli. Proponente: Ecoinerti Vercellese S.r.l."}})
json.dump(K, open(os.path.join(OUT, "keys.json"), "w"), ensure_ascii=False, indent=1)
print(len(K))
