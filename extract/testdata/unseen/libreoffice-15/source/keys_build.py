import json
def roll(rows): return [dict(name=n, **({"role": r} if r else {}), present=p) for n, r, p in rows]
K = []
K.append({"file": "giunta-bormio-halley.pdf", "role": "act",
 "what": "Giunta deliberation, Halley-like Word print (docx, tagged PDF): letterhead table with logo in the page header, number and date in a two-cell box under the title, OGGETTO with hanging indent, roll table with X marks and a totals row, DELIBERA as a numbered list, publication certificate box at the end",
 "operative_points": 4,
 "act": {"municipality": "Comune di Bormio", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 142, "date": "2025-11-20", "time": "17:30",
  "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI RIQUALIFICAZIONE DEL PARCHEGGIO PUBBLICO DI VIA AL FORTE. CUP H37H25000410004.",
  "attendees": roll([("CANCLINI ROBERTO", "Sindaco", True), ("ROCCA FEDERICA", "Vice Sindaco", True), ("PEDRANZINI LUCA", "Assessore", True), ("COLTURI SILVIA", "Assessore", False), ("SOSIO ANDREA", "Assessore", True)]),
  "president": {"name": "Roberto Canclini", "role": "Sindaco", "title": "Sig."},
  "secretary": {"name": "Elena Mottana", "role": "Segretario Comunale", "title": "Dott.ssa"},
  "vote": "unanimous", "immediately_executive": True}})
K.append({"file": "consiglio-castelsardo-sicraweb.pdf", "role": "act",
 "what": "Consiglio deliberation, Sicraweb-like Writer print (fodt): letterhead table in the header, number and date centred under the title, OGGETTO in a bordered paragraph, roll as leader-dot lines in a two-column section (read column by column), counts printed in the vote sentence, DELIBERA as a list numbered 1)…4), pareri table and signature table",
 "operative_points": 4,
 "act": {"municipality": "Comune di Castelsardo", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 38, "date": "2025-11-27", "time": "18:00",
  "subject": "Variazione di assestamento generale al bilancio di previsione finanziario 2025/2027 ai sensi dell'art. 175, comma 8, del D.Lgs. n. 267/2000.",
  "attendees": roll([("MURA GIOVANNI", "Sindaco", True), ("SPANO MARIA ANTONIETTA", "Presidente", True), ("TEDDE SALVATORE", None, True), ("COSSU ANNA MARIA", None, True), ("DEMURO FRANCESCO", None, True), ("FIORI PIETRO PAOLO", None, False), ("ADDIS GIOVANNA", None, True), ("SECHI MARCO", None, True), ("CARTA ANTONELLO", None, True), ("DEIANA ROBERTA", None, True), ("SANNA GAVINO", None, False), ("PIU MICHELE", None, True), ("SATTA LUCIA", None, True)]),
  "president": {"name": "Maria Antonietta Spano", "role": "Presidente del Consiglio", "title": "Sig.ra"},
  "secretary": {"name": "Gianfranco Piras", "role": "Segretario Comunale", "title": "Dott."},
  "vote": "majority", "vote_counts": {"present": 11, "voters": 11, "in_favour": 8, "against": 3, "abstained": 0},
  "immediately_executive": True}})
K.append({"file": "giunta-lentini-jiride.pdf", "role": "act",
 "what": "Giunta Municipale deliberation (Sicily), J-Iride-like Word print (docx): centred letterhead with logo in the header, register box table (Registro Generale left, Proposta right, Settore proponente in a merged row), roll table N./name/Qualifica/P-A, DELIBERA as a bulleted list, publication and executivity certificate on page 3",
 "operative_points": 3,
 "act": {"municipality": "Comune di Lentini", "organ": "Giunta Municipale", "kind": "deliberazione", "number": 201, "date": "2025-12-03", "time": "12:30",
  "subject": "Concessione contributo straordinario all'Associazione di volontariato “Il Faro ODV” per le iniziative natalizie rivolte ai minori – Anno 2025.",
  "proposing_office": "3° Settore – Servizi Sociali e Pubblica Istruzione",
  "attendees": roll([("SGALAMBRO CORRADO", "Sindaco", True), ("BOSCO FRANCESCA", "Vice Sindaco", True), ("MAZZONE SEBASTIANO", "Assessore", True), ("CATANIA GIUSEPPA", "Assessore", False), ("RIZZO ALFIO", "Assessore", True), ("NICITA ORAZIO", "Assessore", False), ("LA ROSA VALENTINA", "Assessore", True)]),
  "president": {"name": "Corrado Sgalambro", "role": "Sindaco", "title": "Avv."},
  "secretary": {"name": "Carmela Gianino", "role": "Segretario Generale", "title": "Dott.ssa"},
  "vote": "unanimous", "immediately_executive": True}})
K.append({"file": "determina-colognomonzese-civilia.pdf", "role": "act",
 "what": "Determinazione dirigenziale, Civilia Next-like Writer print (fodt): letterhead table in the header, Area and Servizio under the title at the left, Registro Generale and Registro di Settore in a shaded text frame at the right, OGGETTO in a bordered shaded paragraph, DETERMINA as a numbered list, visto contabile with impegni table at the end",
 "operative_points": 5,
 "act": {"municipality": "Città di Cologno Monzese", "organ": "AREA SERVIZI ALLA PERSONA", "office": "Servizio Disabilità e Fragilità", "kind": "determinazione",
  "number": 1187, "sector_number": 245, "date": "2025-12-10",
  "subject": "AFFIDAMENTO DEL SERVIZIO DI TRASPORTO SOCIALE PER PERSONE CON DISABILITÀ PER IL PERIODO 01/01/2026 – 31/12/2026 ALLA COOPERATIVA SOCIALE SOLIDARIETÀ BRIANZA S.C.S. ONLUS – CIG B4E7A12C3F – IMPEGNO DI SPESA."}})
K.append({"file": "determina-bisceglie-hypersic.pdf", "role": "act",
 "what": "Determinazione dirigenziale, Hypersic-like Word print (docx, PDF/A-2b): letterhead table in the header, 2x2 box with Ripartizione/Servizio and the kind on top, Registro Generale and Registro di Ripartizione below, underlined Oggetto, leader-dot amounts, DETERMINA as a bulleted list, signature alone on page 2",
 "operative_points": 4,
 "act": {"municipality": "Città di Bisceglie", "organ": "RIPARTIZIONE TECNICA", "office": "Servizio Lavori Pubblici", "kind": "determinazione",
  "number": 1342, "sector_number": 412, "date": "2025-12-18",
  "subject": "Lavori di manutenzione straordinaria della pavimentazione di via Aldo Moro. Approvazione dello stato finale e del certificato di regolare esecuzione. Liquidazione del saldo all'impresa Edil Sud Costruzioni S.r.l. – CUP J97H24001230004 – CIG B2A91F0C55."}})
K.append({"file": "determina-arezzo-word.pdf", "role": "act",
 "what": "Determinazione dirigenziale, plain Writer template (fodt, PDF/A-2b): centred logo and name in the header with the Direzione in small caps, Direzione and Ufficio at the top left of the body, number and date in one double-bordered title line, classification lines with leader dots, DETERMINA as a list lettered a)…c), soft hyphens in the body",
 "operative_points": 3,
 "act": {"municipality": "Comune di Arezzo", "organ": "DIREZIONE SERVIZI FINANZIARI E PATRIMONIO", "office": "Ufficio Patrimonio e Provveditorato", "kind": "determinazione",
  "number": 124, "date": "2026-01-15",
  "subject": "Concessione in uso temporaneo di locali della Casa delle Culture di via Guido Monaco alla Pro Loco Arezzo A.P.S. per l'anno 2026. Approvazione dello schema di convenzione."}})
K.append({"file": "ordinanza-ischia-studiok.pdf", "role": "act",
 "what": "Ordinanza sindacale contingibile e urgente, Studio K-like Word print (docx): three-cell letterhead table in the header (logo, name, 'Ufficio del Sindaco'), number and date in the centred title, boxed OGGETTO, ORDINA as a numbered list, recipients as a bulleted list, signature by tab stops on page 2",
 "operative_points": 4,
 "act": {"municipality": "Comune di Ischia", "organ": "Sindaco", "office": "Ufficio del Sindaco", "kind": "ordinanza", "number": 12, "date": "2026-02-05",
  "subject": "Ordinanza contingibile e urgente per la messa in sicurezza del costone roccioso sovrastante via Luigi Mazzella e interdizione temporanea al transito veicolare e pedonale."}})
K.append({"file": "avviso-aprilia-apkappa.pdf", "role": "act",
 "what": "Numbered avviso pubblico, APKappa-like Writer print (fodt, tagged PDF): letterhead table in the header naming Settore and Servizio, 'AVVISO PUBBLICO N. 7/2026' then the title line (wrapping before '2026'), deadline in a framed text box beside Art. 1, requirement bullets, ISEE table, numbered document list, date and signature at the end (page 2)",
 "act": {"municipality": "Città di Aprilia", "organ": "SETTORE II – SERVIZI ALLA PERSONA E ALLA FAMIGLIA", "office": "Servizio Politiche Abitative", "kind": "avviso", "number": 7, "date": "2026-01-22",
  "subject": "Contributi economici a sostegno del pagamento dei canoni di locazione – Anno 2026"}})
K.append({"file": "certificato-cascia-datagraph.pdf", "role": "certificate",
 "what": "Certificato di esecutività, Datagraph-like Word print (docx, PDF/A-1b): centred letterhead in the header, the certified act in a 3-row table (Atto / Numero e data / Oggetto), ATTESTA with checkbox lines (published 03/02–18/02/2026, reg. pubbl. n. 143; executive 13/02/2026), dated Cascia 16/02/2026, signed by the Segretario Comunale; 'Registro certificati n. 21/2026' is the certificate's own register, not keyed",
 "act": {"municipality": "Comune di Cascia", "organ": "Consiglio Comunale", "kind": "certificato", "number": 5, "date": "2026-01-29",
  "subject": "MODIFICA DEL REGOLAMENTO COMUNALE PER L'APPLICAZIONE DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA E DEL CANONE MERCATALE."}})
K.append({"file": "allegato-dolo-writer.pdf", "role": "attachment",
 "what": "Annex A) to Giunta deliberation n. 18 of 12/02/2026 (tariffs of halls and sports grounds 2026), Writer print (fodt): letterhead table in the header, tariff table, sports tariffs as leader-dot lines in a two-column section, lettered list; no act header of its own",
 "act": {"municipality": "Comune di Dolo"}})
K.append({"file": "convocazione-ghilarza-siscom.pdf", "role": "notice",
 "what": "Convocation of the Consiglio Comunale, Siscom-like Word letter (docx): letterhead table in the header (name in title case), protocol number and date at the left and addressees at the right in a borderless table, OGGETTO, agenda as a numbered list, signed by the Presidente del Consiglio; prot. n. 1432 is a protocol number, not keyed",
 "act": {"municipality": "Comune di Ghilarza", "kind": "convocazione", "date": "2026-02-16",
  "subject": "Convocazione del Consiglio Comunale in seduta ordinaria."}})
K.append({"file": "lettera-caulonia-writer.pdf", "role": "notice",
 "what": "Comunicazione di avvio del procedimento published on the Albo in place of personal notice (decadence of cemetery concessions), Writer letter (fodt): centred letterhead in the header with the Area and Servizio, protocol stamp in a framed text box at the right, addressee block, title, OGGETTO with hanging indent, concessions table, dash-bulleted list; prot. n. 2875 not keyed",
 "act": {"municipality": "Comune di Caulonia", "kind": "comunicazione", "date": "2026-03-09",
  "subject": "Avvio del procedimento di dichiarazione di decadenza di concessioni cimiteriali per stato di abbandono delle sepolture – Cimitero di Caulonia Marina."}})
json.dump(K, open(__import__("os").path.join(__import__("os").path.dirname(__import__("os").path.abspath(__file__)), "..", "keys.json"), "w"), ensure_ascii=False, indent=1)
print(len(K))
