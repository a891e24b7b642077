import json
K = []
def A(name, role, present=True): return {"name": name, "role": role, "present": present}
K.append({"file": "deliberazione-veroli-datanet.pdf", "role": "act",
  "what": "Giunta deliberation 42/2026 (Datanet-like OpenPDF print): number/date in a register grid, subject in a ruled OGGETTO row, roll as a table with X marks (one absent), vote in prose, points 1-5, pareri, publication and executivity boxes, running foot 'Pagina x di y'",
  "operative_points": 5,
  "act": {"municipality": "Comune di Veroli", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 42, "date": "2026-03-05", "time": "12:30",
    "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MANUTENZIONE STRAORDINARIA DELLA STRADA COMUNALE “SANTA FRANCESCA – CASAMARI”. CUP E27H26000120004.",
    "proposing_office": "Settore IV – Lavori Pubblici, Patrimonio e Ambiente", "proposal_number": 51, "proposal_date": "2026-02-27",
    "attendees": [A("SANTORO ANDREA", "Sindaco"), A("D’AMBROSIO CLAUDIA", "Vice Sindaco"), A("MASTROGIACOMO LUCA", "Assessore"),
                  A("FRANCIOSA ELENA", "Assessore", False), A("ZACCARDELLI PIETRO", "Assessore"), A("BIANCHINI SARA", "Assessore")],
    "president": {"title": "Avv.", "role": "Sindaco", "name": "Andrea Santoro"},
    "secretary": {"title": "Dott.ssa", "role": "Segretario Generale", "name": "Rossella Di Mascio"},
    "vote": "unanimous", "immediately_executive": True}})
K.append({"file": "deliberazione-cotignola-acrobat.pdf", "role": "act",
  "what": "Consiglio deliberation 14/2026 (Word template, .docx through LibreOffice): number in a shaded box beside the letterhead, date only in the opening sentence, subject as a boxed title block, roll as a two-column table (1-7 | 8-13, two absent), vote counts in a table, points 1-3",
  "operative_points": 3,
  "act": {"municipality": "Comune di Cotignola", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 14, "date": "2026-02-26", "time": "20:30",
    "subject": "APPROVAZIONE DEL REGOLAMENTO COMUNALE PER L’ASSEGNAZIONE E LA GESTIONE DEGLI ORTI URBANI.",
    "attendees": [A("NANNI FEDERICA", "Sindaco"), A("BALDINI STEFANO", "Consigliere"), A("RICCI MARTINA", "Consigliere"), A("ZAULI GABRIELE", "Consigliere"),
                  A("GUERRINI ANNA", "Consigliere", False), A("MONTANARI LUCA", "Consigliere"), A("BALLARDINI SILVIA", "Consigliere"),
                  A("FOSCHINI DAVIDE", "Consigliere"), A("CASADIO ELISA", "Consigliere"), A("TAMPIERI MARCO", "Consigliere", False),
                  A("BERTONI GIULIA", "Consigliere"), A("RAVAGLIA PAOLO", "Consigliere"), A("SAMORÈ CHIARA", "Consigliere")],
    "president": {"role": "Sindaco", "name": "Federica Nanni"},
    "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Marco Gamberini"},
    "vote": "majority", "vote_counts": {"present": 11, "voters": 10, "in_favour": 8, "against": 2, "abstained": 1},
    "immediately_executive": True}})
K.append({"file": "deliberazione-isili-wps.pdf", "role": "act",
  "what": "Giunta deliberation 23/2026 (WPS-like word-processor template, flat ODT through LibreOffice): number and date in the title line, subject after OGGETTO: in a shaded block, roll in prose (four present, one absent), unanimous vote in prose, four dash bullets, in-document certificate of publication, running head",
  "operative_points": 4,
  "act": {"municipality": "Comune di Isili", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 23, "date": "2026-03-04", "time": "13:15",
    "subject": "Concessione di un contributo economico straordinario all’Associazione Turistica Pro Loco di Isili per l’organizzazione della manifestazione “Sagra di San Giuseppe 2026”. Indirizzi al Responsabile del Servizio Amministrativo e Socio-Culturale.",
    "attendees": [A("Luca Murgia", "Sindaco"), A("Giovanna Porcu", "Vice Sindaco"), A("Efisio Lai", "Assessore"), A("Roberta Melis", "Assessore"),
                  A("Antonio Cocco", "Assessore", False)],
    "president": {"title": "Dott.", "role": "Sindaco", "name": "Luca Murgia"},
    "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Alessandra Pisano"},
    "vote": "unanimous", "immediately_executive": True}})
K.append({"file": "determinazione-castellamonte-advsys.pdf", "role": "act",
  "what": "determinazione of the Area Tecnica (TCPDF web-package print): sector n. 87 of 03/03/2026 and general register n. 214 of 04/03/2026 in a label box beside the letterhead, organ as a coloured band with the Servizio under it, points 1-5, visto contabile and publication boxes, running head with the register number",
  "operative_points": 5,
  "act": {"municipality": "Città di Castellamonte", "organ": "Area Tecnica", "office": "Servizio Lavori Pubblici e Manutenzioni", "kind": "determinazione",
    "number": 214, "sector_number": 87, "date": "2026-03-04",
    "subject": "AFFIDAMENTO DIRETTO AI SENSI DELL’ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023 DEL SERVIZIO DI MANUTENZIONE DEL VERDE PUBBLICO – ANNUALITÀ 2026 – ALLA DITTA “VERDE CANAVESE S.N.C.” – CIG B5F2A19C04 – IMPEGNO DI SPESA."}})
K.append({"file": "determinazione-arcevia-isweb.pdf", "role": "act",
  "what": "determinazione of Settore II (web-portal act view printed by Chromium): Settore, Servizio, general and sector numbers, adoption and executivity dates in a label grid, subject in a tinted 'Oggetto:' block, four bulleted points, visto and publication boxes",
  "operative_points": 4,
  "act": {"municipality": "Comune di Arcevia", "organ": "Settore II – Servizi Demografici, Sociali e Culturali", "office": "Servizi Sociali", "kind": "determinazione",
    "number": 96, "sector_number": 18, "date": "2026-03-02",
    "subject": "Liquidazione dei contributi per il sostegno all’accesso alle abitazioni in locazione – Fondo nazionale anno 2025 (L. 431/1998, art. 11) – Approvazione dell’elenco dei beneficiari."}})
K.append({"file": "determinazione-renolavinosamoggia-gestatti.pdf", "role": "act",
  "what": "determinazione dirigenziale 118/2026 of an Unione (ReportLab 'Gestione Atti' print): body name and number in the running head, Area/Servizio/number/proposal in a boxed grid, subject in a ruled OGGETTO row, points 1-4, one page",
  "operative_points": 4,
  "act": {"municipality": "Unione dei Comuni Valli del Reno, Lavino e Samoggia", "organ": "Area Organizzazione e Risorse Umane", "office": "Servizio Gestione Giuridica del Personale",
    "kind": "determinazione", "number": 118, "date": "2026-03-06", "proposal_number": 302, "proposal_date": "2026-03-05",
    "subject": "Approvazione della graduatoria finale del concorso pubblico, per esami, per la copertura di n. 3 posti di Istruttore Amministrativo (Area degli Istruttori) a tempo pieno e indeterminato presso i Comuni di Sasso Marconi e Zola Predosa."}})
K.append({"file": "ordinanza-airola-asmenet.pdf", "role": "act",
  "what": "ordinanza sindacale 9/2026 (hosted web package, wkhtmltopdf): centred letterhead, protocol stamp box, number and date under the title, OGGETTO: line, ORDINA with points 1-3, DISPONE and AVVERTE in prose, one page",
  "operative_points": 3,
  "act": {"municipality": "Comune di Airola", "organ": "Sindaco", "kind": "ordinanza", "number": 9, "date": "2026-03-10",
    "subject": "Chiusura delle scuole di ogni ordine e grado del territorio comunale nei giorni 11 e 12 marzo 2026 per interventi urgenti di disinfestazione e sanificazione dei plessi scolastici."}})
K.append({"file": "bando-priverno-net4market.pdf", "role": "act",
  "what": "bando di gara n. 3/2026, open procedure for school catering (fpdf2, Net4market-like sectioned notice): number in a coloured title band, procedure title as subject, SEZIONE I-VI label/value rows, date before the signature, signature alone on page 2",
  "act": {"municipality": "Comune di Priverno", "organ": "Settore III – Servizi alla Persona e Pubblica Istruzione", "kind": "bando", "number": 3, "date": "2026-03-09",
    "subject": "PROCEDURA APERTA PER L’AFFIDAMENTO DEL SERVIZIO DI REFEZIONE SCOLASTICA PER GLI ANNI SCOLASTICI 2026/2027 – 2027/2028 – 2028/2029 – CIG B6A41C2E77"}})
K.append({"file": "attestazione-teleseterme-myo.pdf", "role": "certificate",
  "what": "certificate of publication (pre-printed-form look, OpenPDF) of Giunta deliberation 31/2026 of 26/02/2026, affixed 10/03/2026 as n. 412 until 25/03/2026: labelled boxes, tick boxes, form code in the margin",
  "act": {"municipality": "Comune di Telese Terme", "kind": "attestazione", "number": 31, "date": "2026-02-26",
    "subject": "Approvazione dello schema di convenzione con l’Associazione di volontariato di Protezione Civile “Valle Telesina” per le attività di supporto in emergenza e di presidio del territorio – Anno 2026."}})
K.append({"file": "allegato-guilcer-indesign.pdf", "role": "attachment",
  "what": "Allegato A to Giunta dell'Unione deliberation 7/2026: tariff schedule for school transport and canteen by ISEE band (InDesign-like landscape page, colour band, styled table, two-column notes)",
  "act": {"municipality": "Unione dei Comuni del Guilcer"}})
K.append({"file": "convocazione-ripatransone-zoho.pdf", "role": "notice",
  "what": "convocation of the Consiglio Comunale for 19/03/2026 at 21:00 (Zoho Writer-like export, Chromium): protocol number and date line, addressees, agenda of six items in a table, signed by the Presidente del Consiglio",
  "act": {"municipality": "Comune di Ripatransone", "kind": "convocazione", "date": "2026-03-09", "subject": "CONVOCAZIONE DEL CONSIGLIO COMUNALE"}})
K.append({"file": "avviso-trino-msprint.pdf", "role": "notice",
  "what": "unnumbered avviso alla cittadinanza of the Ufficio Servizi Demografici on extra openings for the electronic identity card (Word letter through Microsoft Print to PDF look, fpdf2): subject after 'Oggetto:', date in words before the signature",
  "act": {"municipality": "Comune di Trino", "office": "Ufficio Servizi Demografici", "kind": "avviso", "date": "2026-03-10",
    "subject": "Aperture straordinarie dell’Ufficio Anagrafe per il rilascio della Carta d’Identità Elettronica (CIE) – sabato 21 e sabato 28 marzo 2026."}})
json.dump(K, open("/tmp/round19/mix-29-b/keys.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
