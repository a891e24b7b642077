import json
def roll(rows): return [dict(name=n,role=r,present=p) for n,r,p in rows]
K=[]
K.append({"file":"giunta-carmagnola-sicraweb.pdf","role":"act",
 "what":"Giunta deliberation, Sicraweb/Maggioli-style print (Chromium): letterhead CITTÀ DI CARMAGNOLA with COPIA box; grid under the title: 'N. | 187 | Seduta del | 11/11/2025 | Proposta | n. 203 del 06/11/2025', row 'Proponente | Settore Lavori Pubblici'; OGGETTO in a two-cell row; time in the opening sentence; roll table with X under Pres./Ass.; page 2 pareri, publication and executivity boxes",
 "operative_points":4,
 "act":{"municipality":"Città di Carmagnola","organ":"Giunta Comunale","kind":"deliberazione","number":187,"date":"2025-11-11","time":"17:30",
  "subject":"APPROVAZIONE PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MANUTENZIONE STRAORDINARIA DELLA COPERTURA DELLA SCUOLA PRIMARIA \"SAN GIOVANNI BOSCO\" DI VIA SAVIGLIANO - CUP F27G25000140004.",
  "proposing_office":"Settore Lavori Pubblici",
  "attendees":roll([("BERTOLOTTO LAURA","Sindaco",True),("CAVAGLIÀ MASSIMO","Vice Sindaco",True),("OLOCCO SIMONA","Assessore",True),("RINAUDO PIERGIORGIO","Assessore",False),("FERRERO GIULIA","Assessore",True),("GIORDANINO LUCA","Assessore",True)]),
  "president":{"name":"Laura Bertolotto","role":"Sindaco"},
  "secretary":{"name":"Cristina Alloa","role":"Segretario Generale","title":"Dott.ssa"},
  "vote":"unanimous","immediately_executive":True}})
K.append({"file":"consiglio-lonigo-civilia.pdf","role":"act",
 "what":"Consiglio deliberation, Dedagroup Civilia Next-style print (TCPDF): running letterhead COMUNE DI LONIGO on both pages, shaded register row 'Deliberazione N. 48 | Data 27/11/2025'; OGGETTO with hanging indent; time in the opening sentence; 17-row roll with X under Presente/Assente; vote counts in the premises before DELIBERA, second count for immediate executivity after it; running foot repeats number and date",
 "operative_points":3,
 "act":{"municipality":"Comune di Lonigo","organ":"Consiglio Comunale","kind":"deliberazione","number":48,"date":"2025-11-27","time":"20:00",
  "subject":"SECONDA VARIAZIONE AL BILANCIO DI PREVISIONE FINANZIARIO 2025/2027 AI SENSI DELL'ART. 175, COMMA 2, DEL D.LGS. 267/2000. APPROVAZIONE.",
  "attendees":roll([("MARCHETTO PIERLUIGI","Sindaco",True),("DAL FERRO MARCO","Presidente",True),("BEGHETTO ANNA","Consigliere",True),("CAPPELLARI LORENZO","Consigliere",True),("ZORZI FEDERICA","Consigliere",True),("TREVISAN MATTEO","Consigliere",False),("BONATO ELISA","Consigliere",True),("MENEGUZZO DAVIDE","Consigliere",True),("PERIN CHIARA","Consigliere",True),("SCALCO GIOVANNI","Consigliere",True),("FACCIN ROBERTA","Consigliere",True),("DE ANTONI SIMONE","Consigliere",False),("CORRADIN LUCIA","Consigliere",True),("VALERIO TOMMASO","Consigliere",True),("BUSATO MARIKA","Consigliere",True),("PERTILE ANDREA","Consigliere",True),("GASPARELLA NICOLA","Consigliere",True)]),
  "president":{"name":"Marco Dal Ferro","role":"Presidente del Consiglio","title":"Sig."},
  "secretary":{"name":"Elena Pozzan","role":"Segretario Generale","title":"Dott.ssa"},
  "vote":"majority","vote_counts":{"present":15,"voters":14,"in_favour":10,"against":4,"abstained":1},
  "immediately_executive":True}})
K.append({"file":"giunta-ferrandina-halley.pdf","role":"act",
 "what":"Giunta deliberation, Halley-style print (fpdf2, Liberation Serif): 'COPIA DI DELIBERAZIONE DELLA GIUNTA COMUNALE', then 'Numero 142 Del 18-12-2025' on one line (dashed date); boxed 'Oggetto:'; roll one a line with P/A marks and no header; 'Assume la presidenza il Signor MARINO ROCCO in qualità di SINDACO assistito dal SEGRETARIO COMUNALE Dott.ssa LISANTI ANGELA'; DELIBERA points '1)'..'5)' (point 5 is the immediate executivity); Halley monospace pareri; attestato di pubblicazione and esecutività on page 2",
 "operative_points":5,
 "act":{"municipality":"Comune di Ferrandina","organ":"Giunta Comunale","kind":"deliberazione","number":142,"date":"2025-12-18","time":"13:15",
  "subject":"CONCESSIONE CONTRIBUTO STRAORDINARIO ALL'ASSOCIAZIONE \"PRO LOCO FERRANDINA\" PER LE MANIFESTAZIONI NATALIZIE 2025 \"NATALE NEL BORGO\". ATTO DI INDIRIZZO.",
  "attendees":roll([("MARINO ROCCO","SINDACO",True),("DI LORENZO ANNA","VICE SINDACO",True),("CASCINO VITO","ASSESSORE",False),("LAGUARDIA MARIA TERESA","ASSESSORE",True),("SANTOMASSIMO PIETRO","ASSESSORE",True)]),
  "president":{"name":"MARINO ROCCO","role":"Sindaco","title":"Signor"},
  "secretary":{"name":"LISANTI ANGELA","role":"Segretario Comunale","title":"Dott.ssa"},
  "vote":"unanimous","immediately_executive":True}})
K.append({"file":"determina-erba-studiok.pdf","role":"act",
 "what":"Determinazione, Studio K / Word-style print (python-docx → LibreOffice): letterhead table with coat of arms, COMUNE DI ERBA / Provincia di Como / AREA TECNICA / Servizio Manutenzioni e Patrimonio; grid 'DETERMINAZIONE N. 612 | del 03/12/2025', 'Registro di settore n. 178 | del 02/12/2025', 'Proposta n. 731 | CIG …'; OGGETTO hanging indent; DETERMINA as Writer numbered list 1.–5.; page 2 visto contabile with impegni table; running foot repeats number and date",
 "operative_points":5,
 "act":{"municipality":"Comune di Erba","organ":"Area Tecnica","office":"Servizio Manutenzioni e Patrimonio","kind":"determinazione","number":612,"sector_number":178,"date":"2025-12-03",
  "subject":"AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023 DEL SERVIZIO DI SGOMBERO NEVE E TRATTAMENTO ANTIGHIACCIO DELLE STRADE COMUNALI PER LA STAGIONE INVERNALE 2025/2026 - CIG B8F2C1A4D7 - IMPEGNO DI SPESA."}})
K.append({"file":"determina-cervia-jiride.pdf","role":"act",
 "what":"Determinazione dirigenziale, J-Iride/Maggioli-style print (ReportLab): canvas letterhead COMUNE DI CERVIA with 'Reg. Gen. 1489 / 2025' in the top-right running head; boxed header: Settore (shaded), Servizio, 'DETERMINAZIONE DIRIGENZIALE | Proposta n. 1612 del 17/10/2025', 'N. Registro Generale 1489 del 21/10/2025 | N. Settore 312'; OGGETTO in a two-column table; ReportLab numbered list 1.–4.; executivity box",
 "operative_points":4,
 "act":{"municipality":"Comune di Cervia","organ":"Settore Cultura, Turismo e Servizi alla Persona","office":"Servizio Turismo ed Eventi","kind":"determinazione","number":1489,"sector_number":312,"date":"2025-10-21",
  "subject":"PROGETTO \"CERVIA CITTÀ GIARDINO - MAGGIO IN FIORE 2026\": APPROVAZIONE AVVISO PUBBLICO PER LA RACCOLTA DI MANIFESTAZIONI DI INTERESSE DA PARTE DI VIVAISTI, GARDEN DESIGNER E ARCHITETTI DEL PAESAGGIO."}})
K.append({"file":"determina-adrano-kibernetes.pdf","role":"act",
 "what":"Determinazione dirigenziale, Kibernetes-style print (Chromium): centred letterhead 'Comune di Adrano' in small caps, the Settore between rules and the Ufficio under it; grid 'Reg. Gen. n. 1873 | del 15/12/2025 | Reg. Settore n. 214 | del 12/12/2025' and an OGGETTO row; DETERMINA points '1)'..'4)'; page 2 visto contabile of the III Settore with a rotated received stamp and the attestazione di pubblicazione",
 "operative_points":4,
 "act":{"municipality":"Comune di Adrano","organ":"IV Settore - Servizi Sociali e Pubblica Istruzione","office":"Ufficio Pubblica Istruzione","kind":"determinazione","number":1873,"sector_number":214,"date":"2025-12-15",
  "subject":"Servizio di trasporto scolastico alunni pendolari anno scolastico 2025/2026. Liquidazione abbonamenti mese di novembre 2025 alla ditta A.S.T. Azienda Siciliana Trasporti S.p.A. - CIG B7A41D09E3."}})
K.append({"file":"ordinanza-capannori-sfera.pdf","role":"act",
 "what":"Ordinanza sindacale, Sfera-style print (TCPDF, Times): running letterhead COMUNE DI CAPANNORI with a coloured bar; issuing office at the top right; centred 'ORDINANZA SINDACALE' / 'N. 27 DEL 09/01/2026'; OGGETTO in a two-cell HTML table; ORDINA with points a)–d), then AVVERTE (prose); signed IL SINDACO; running foot repeats number and date",
 "operative_points":4,
 "act":{"municipality":"Comune di Capannori","organ":"Sindaco","office":"Ufficio Ambiente e Tutela del Verde","kind":"ordinanza","number":27,"date":"2026-01-09",
  "subject":"Misure per la prevenzione e il contenimento della diffusione della processionaria del pino (Thaumetopoea pityocampa) sul territorio comunale."}})
K.append({"file":"avviso-isernia-hypersic.pdf","role":"act",
 "what":"Numbered avviso pubblico, Hypersic/APKappa-style print (Chromium): letterhead grid with a protocol box at the right (Protocollo n. 0001542 del 14/01/2026, not the avviso's number); Settore and Servizio centred; 'AVVISO PUBBLICO N. 4 DEL 14/01/2026' then the title in bold over two lines; numbered sections 1.–4. (not a dispositivo); Albo publication number 88/2026 in the foot",
 "act":{"municipality":"Comune di Isernia","organ":"Settore III – Politiche Sociali e Abitative","office":"Servizio Politiche Abitative","kind":"avviso","number":4,"date":"2026-01-14",
  "subject":"CONTRIBUTI ECONOMICI A SOSTEGNO DEL PAGAMENTO DEI CANONI DI LOCAZIONE – FONDO AFFITTI ANNO 2026"}})
K.append({"file":"certificato-dolianova-zuddas.pdf","role":"certificate",
 "what":"Certificate of publication (and executivity), Zuddas Albo-style print (TCPDF): letterhead COMUNE DI DOLIANOVA; 'CERTIFICATO DI PUBBLICAZIONE'; the certified act in a two-column table (Tipo atto / Numero 52 / Data adozione 22/12/2025 / Oggetto / N. Registro Albo 1187 / 2025); published 29/12/2025–13/01/2026, signed 14/01/2026",
 "act":{"municipality":"Comune di Dolianova","kind":"attestazione","number":52,"date":"2025-12-22",
  "subject":"Approvazione della Nota di aggiornamento al Documento Unico di Programmazione (DUP) 2026/2028."}})
K.append({"file":"allegato-bovalino-word.pdf","role":"attachment",
 "what":"Annex A) to Giunta deliberation n. 9 of 20/01/2026 (staffing plan 2026-2028), landscape Word-template print (.fodt → LibreOffice): running header COMUNE DI BOVALINO / Città Metropolitana di Reggio Calabria – Area Amministrativa – Ufficio Personale; 'Allegato A) alla deliberazione …' right-aligned; a 10-row table of hirings with a total row",
 "act":{"municipality":"Comune di Bovalino"}})
K.append({"file":"convocazione-frattamaggiore-datagraph.pdf","role":"notice",
 "what":"Convocation of the Consiglio Comunale by its President, Datagraph/Word letter (python-docx → LibreOffice): header COMUNE DI FRATTAMAGGIORE / Città Metropolitana di Napoli / PRESIDENZA DEL CONSIGLIO COMUNALE; 'Prot. n. 2931 del 03/02/2026' and 'Frattamaggiore, 03/02/2026'; addressees; bold 'Oggetto:' with hanging indent; agenda 1.–6.",
 "act":{"municipality":"Comune di Frattamaggiore","kind":"convocazione","date":"2026-02-03",
  "subject":"Convocazione del Consiglio Comunale in sessione ordinaria – seduta del 10 febbraio 2026."}})
K.append({"file":"deposito-ceglie-messapica-saga.pdf","role":"notice",
 "what":"Avviso di deposito nella casa comunale (art. 140 c.p.c.) of the messo comunale, Saga-style print (ReportLab canvas): letterhead COMUNE DI CEGLIE MESSAPICA with Settore/Servizio line; box 'Registro cronologico n. 89/2026 / Atto n. 2026/0131 – Pubbl. n. 214' (registers, not the notice's number); centred title and legal reference; rotated protocol mark in the right margin; date 'Ceglie Messapica, 27/01/2026'",
 "act":{"municipality":"Comune di Ceglie Messapica","kind":"avviso","date":"2026-01-27",
  "subject":"AVVISO DI DEPOSITO NELLA CASA COMUNALE"}})
json.dump(K,open('../keys.json','w'),ensure_ascii=False,indent=1)
print(len(K))
