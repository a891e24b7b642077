import json
K = []
def att(rows):
    return [dict(name=n, role=r, present=p) for n, r, p in rows]
K.append({
 "file": "giunta-mottola-halley.pdf", "role": "act",
 "what": "Giunta deliberation, Halley-like (.docx): letterhead in a ruled 3x3 table, 'COPIA' in the page header, number and date in two cells under the title, subject in a two-cell table beside 'OGGETTO:', ruled roll with SI in Presente/Assente columns, numbered dispositivo 1.-5., publication and executivity notes at the end, 'Pag. x/y' footer",
 "operative_points": 5,
 "act": {"municipality": "Comune di Mottola", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 187,
  "date": "2025-11-18", "time": "13:15",
  "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA PER LA RIQUALIFICAZIONE DELLA PALESTRA COMUNALE DI VIA MATERA - CUP E83D25001170004",
  "attendees": att([("PALMISANO LUCA", "Sindaco", True), ("CARELLA ANNAMARIA", "Vice Sindaco", True), ("LENTINI GIUSEPPE", "Assessore", True),
                    ("MONTEMURRO FRANCESCA", "Assessore", False), ("DE FELICE ROCCO", "Assessore", True)]),
  "president": {"name": "Luca Palmisano", "role": "Sindaco", "title": "Avv."},
  "secretary": {"name": "Maria Teresa Lagrotta", "role": "Segretario Generale", "title": "Dott.ssa"},
  "vote": "unanimous", "immediately_executive": True}})
roll_n = [("ORLANDO PAOLO", "Sindaco", True), ("FERRAIOLI ANTONIO", "Presidente del Consiglio", True),
          ("ANGRISANI CARMELA", "Consigliere", True), ("BARBA ROBERTO", "Consigliere", True),
          ("CALABRESE FILOMENA", "Consigliere", False), ("CASCONE ALFONSO", "Consigliere", True),
          ("D'ALESSANDRO MARIA ROSARIA", "Consigliere", True), ("DE PRISCO VINCENZO", "Consigliere", True),
          ("FIORILLO GENNARO", "Consigliere", True), ("GAMBARDELLA LUIGI", "Consigliere", False),
          ("IANNONE TERESA", "Consigliere", True), ("LANZARA SALVATORE", "Consigliere", True),
          ("MANZO DANIELA", "Consigliere", True), ("MILITERNI PASQUALE", "Consigliere", True),
          ("NAPOLI ANNA", "Consigliere", False), ("PAGANO DOMENICO", "Consigliere", True),
          ("PETRUZZIELLO MARCO", "Consigliere", True), ("RUGGIERO ELENA", "Consigliere", True),
          ("SORRENTINO CIRO", "Consigliere", False), ("VICIDOMINI FRANCESCO", "Consigliere", True),
          ("ZAMPELLA GIOVANNA", "Consigliere", True)]
K.append({
 "file": "consiglio-nocera-sicraweb.pdf", "role": "act",
 "what": "Consiglio deliberation, Sicraweb-like (.fodt): 'Città di' letterhead, borderless cell pair 'COPIA' | proposal number and proposing Settore, title then 'N. 58 del 27/11/2025' on its own line, hanging 'OGGETTO:' paragraph, ruled roll of 21 numbered rows with X marks, two footnotes (one after the secretary's sentence), vote counts in one sentence, numbered list 1.-4., running head 'Deliberazione C.C. n. 58 del 27/11/2025', '- n -' footer",
 "operative_points": 4,
 "act": {"municipality": "Città di Nocera Inferiore", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 58,
  "date": "2025-11-27", "time": "18:30",
  "subject": "VARIAZIONE AL BILANCIO DI PREVISIONE 2025/2027 AI SENSI DELL'ART. 175, COMMA 2, DEL D.LGS. 267/2000 E APPLICAZIONE DI QUOTA DELL'AVANZO DI AMMINISTRAZIONE VINCOLATO",
  "proposing_office": "Settore Programmazione e Gestione Finanziaria",
  "attendees": att(roll_n),
  "president": {"name": "Antonio Ferraioli", "role": "Presidente del Consiglio", "title": "Dott."},
  "secretary": {"name": "Giovanna Di Lorenzo", "role": "Segretario Generale", "title": "Avv."},
  "vote": "majority", "vote_counts": {"present": 17, "voters": 16, "in_favour": 12, "against": 4, "abstained": 1},
  "immediately_executive": True}})
K.append({
 "file": "giunta-pievedisoligo-civilia.pdf", "role": "act",
 "what": "Giunta deliberation, Civilia Next-like (.rtf): plain centred letterhead, 'N. 142 del 02/12/2025' under the title, subject in a ruled two-cell table beside 'OGGETTO:' (label vertically centred), roll as tab-aligned numbered lines with X under Pres./Ass. and a 'Totale' line, dispositivo 'D E L I B E R A' in a one-cell box that breaks across the page (point 5 on page 2), signatures and pareri in two columns, running head and 'Pag. x di y' footer",
 "operative_points": 5,
 "act": {"municipality": "Comune di Pieve di Soligo", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 142,
  "date": "2025-12-02", "time": "17:00",
  "subject": "ADESIONE AL PROGETTO “BIBLIOTECHE IN RETE – SINISTRA PIAVE” PER IL TRIENNIO 2026-2028 E APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON I COMUNI DI FARRA DI SOLIGO, FOLLINA E CISON DI VALMARINO.",
  "attendees": att([("BORTOLINI GIORGIO", "Sindaco", True), ("DE CONTI MARTA", "Vice Sindaco", True), ("ZANCHETTA LORIS", "Assessore", True),
                    ("TONON SILVIA", "Assessore", False), ("CESCHIN ALBERTO", "Assessore", True)]),
  "president": {"name": "Giorgio Bortolini", "role": "Sindaco", "title": "sig."},
  "secretary": {"name": "Federico Zambon", "role": "Segretario Comunale", "title": "dott."},
  "vote": "unanimous", "immediately_executive": True}})
K.append({
 "file": "determina-santantioco-zuddas.pdf", "role": "act",
 "what": "Determinazione, Zuddas-like (.docx): letterhead in small caps, Area in all caps by style over the Servizio in italics, title 'DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO', a ruled 2x4 grid 'Registro Generale | Data | Registro del Servizio | Data' over 'N. 1043 | 04/12/2025 | N. 219 | 01/12/2025', underlined 'Oggetto:' with hanging indent, six bulleted points under DETERMINA, signature and visto contabile on page 2, '- n -' footer, 'Determinazione R.G. n. 1043 del 04/12/2025' running head",
 "operative_points": 6,
 "act": {"municipality": "Comune di Sant'Antioco", "organ": "Area dei Servizi Tecnici", "office": "Servizio Lavori Pubblici e Manutenzioni",
  "kind": "determinazione", "number": 1043, "sector_number": 219, "date": "2025-12-04",
  "subject": "Lavori di manutenzione straordinaria della passeggiata a mare di Lungomare Cristoforo Colombo. Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. 36/2023 alla ditta Edil Sulcis S.r.l. e impegno di spesa. CIG B9D4E27A1C."}})
K.append({
 "file": "determina-varallo-jiride.pdf", "role": "act",
 "what": "Determinazione, J-Iride-like (.fodt), one page: letterhead beside a logo cell, a ruled 3x2 grid with the Settore, Servizio and 'Numero di settore: 88' on the left and 'DETERMINAZIONE N. 412' / 'del 03/12/2025' / 'Data esecutività' on the right, subject in a ruled two-cell table beside 'OGGETTO:', dispositivo 1)-4) in a one-cell box, a footnote, 'Pag. 1/1' footer",
 "operative_points": 4,
 "act": {"municipality": "Comune di Varallo", "organ": "Settore Economico-Finanziario", "office": "Servizio Tributi",
  "kind": "determinazione", "number": 412, "sector_number": 88, "date": "2025-12-03",
  "subject": "ACCERTAMENTO IMU ANNUALITÀ 2020. APPROVAZIONE DELLE RISULTANZE, ACCERTAMENTO DI ENTRATA E AFFIDAMENTO DEL SERVIZIO DI STAMPA E NOTIFICA DEGLI AVVISI. CIG B8F1123D90."}})
K.append({
 "file": "determina-rosignano-apkappa.pdf", "role": "act",
 "what": "Determinazione dirigenziale, APKappa-like (.rtf): header a ruled 3x3 grid (stemma | name, province, Settore over U.O. | 'Registro Generale', 'Atto n. 1587', 'del 10/12/2025'), grey 'COPIA' in the page header, 'Registro di Settore n. 301 del 09/12/2025' under the title, 'Oggetto:' in bold with hanging indent, numbered 1.-5., signature and visto on page 2, 'Pag. x/y' footer",
 "operative_points": 5,
 "act": {"municipality": "Comune di Rosignano Marittimo", "organ": "Settore Servizi alla Persona e alle Imprese",
  "office": "U.O. Sport, Associazionismo e Politiche Giovanili",
  "kind": "determinazione", "number": 1587, "sector_number": 301, "date": "2025-12-10",
  "subject": "Concessione di contributi ordinari alle associazioni sportive dilettantistiche per la stagione sportiva 2025/2026 – approvazione della graduatoria e impegno di spesa."}})
K.append({
 "file": "ordinanza-taggia-siscom.pdf", "role": "act",
 "what": "Ordinanza sindacale, Siscom-like (.docx): letterhead beside a stemma cell with the issuing Servizio/Ufficio in italics, 'ORDINANZA SINDACALE N. 64 DEL 09/01/2026' centred, 'OGGETTO:' with hanging indent, underlined ORDINA / DISPONE / AVVERTE, ORDINA points a)-e) (AVVERTE and the signature on page 2), signed IL SINDACO with place and date on a tab",
 "operative_points": 5,
 "act": {"municipality": "Comune di Taggia", "organ": "Sindaco", "office": "Servizio Polizia Locale – Ufficio Viabilità",
  "kind": "ordinanza", "number": 64, "date": "2026-01-09",
  "subject": "Limitazione della circolazione dei veicoli a motore in Arma di Taggia in occasione della manifestazione “Carnevale Arma 2026” nelle giornate del 15 e 22 febbraio 2026."}})
K.append({
 "file": "bando-oliena-word.pdf", "role": "act",
 "what": "Numbered avviso pubblico, Word-template style (.fodt): letterhead with the issuing Area under the province, 'AVVISO PUBBLICO N. 3/2026' in 14pt bold, its title in bold capitals under it (no 'Oggetto' label), RENDE NOTO, underlined 'Art. n –' headings, a dash list, a footnote, date 'Oliena, 14/01/2026' before the signature, running head and 'Pagina x di y' footer",
 "act": {"municipality": "Comune di Oliena", "organ": "Area Socio-Assistenziale, Culturale e Pubblica Istruzione",
  "kind": "avviso", "number": 3, "date": "2026-01-14",
  "subject": "CONCESSIONE DI CONTRIBUTI INTEGRATIVI PER IL PAGAMENTO DEI CANONI DI LOCAZIONE – ANNUALITÀ 2026 (LEGGE 9 DICEMBRE 1998, N. 431, ART. 11)"}})
K.append({
 "file": "certificato-pachino-datagraph.pdf", "role": "certificate",
 "what": "Certificato di esecutività, Datagraph-like (.rtf), one page: the certified act in a ruled label/value grid (Atto, Numero, Data, Oggetto, Pubblicazione), CERTIFICA paragraph (executive 09/12/2025), dated 'Pachino, 10/12/2025', three signatures across on centre tabs, footer with '- 1 -'",
 "act": {"municipality": "Comune di Pachino", "kind": "certificato", "number": 203, "date": "2025-11-28",
  "subject": "Approvazione dello schema di protocollo d'intesa con l'Istituto di Istruzione Superiore “Michelangelo Bartolo” per lo svolgimento di percorsi per le competenze trasversali e l'orientamento (PCTO) presso gli uffici comunali – anno scolastico 2025/2026."}})
K.append({
 "file": "allegato-zevio-dedagroup.pdf", "role": "attachment",
 "what": "Annex B to determinazione n. 588 of 12/12/2025, Dedagroup-like (.docx): portrait cover with letterhead and explanatory text, then a landscape section with a ruled 8-column ranking table (12 rows and a total), a note, signature; running head 'Allegato B) alla determinazione n. 588 del 12/12/2025', 'Pagina n' footer",
 "act": {"municipality": "Comune di Zevio"}})
K.append({
 "file": "convocazione-voghera-kibernetes.pdf", "role": "notice",
 "what": "Convocation of the Consiglio by its President, Kibernetes-like letter (.fodt): 'Città di' letterhead beside a stemma cell, 'Prot. n. 3187' and 'Voghera, 19/01/2026' on one line, addressees on tabs, hanging 'Oggetto:', numbered agenda 1.-7., footnote, signature on tabs",
 "act": {"municipality": "Città di Voghera", "kind": "convocazione", "date": "2026-01-19",
  "subject": "Convocazione del Consiglio Comunale in seduta ordinaria pubblica – martedì 27 gennaio 2026, ore 20:30."}})
K.append({
 "file": "avviso-terni-consorzio.pdf", "role": "notice",
 "what": "Notice of another body (Consorzio di Bonifica Tevere Nera) sent to the Comuni for their Albo (.rtf), one page: Comune di Terni's Albo stamp as a small ruled box top right, the Consorzio's letterhead, 'Prot. n. 142/2026' and 'Terni, 08/01/2026' on one line, 'AVVISO' heading, hanging 'Oggetto:', bulleted opening hours, signed by the Direttore Generale",
 "act": {"kind": "avviso", "date": "2026-01-08",
  "subject": "Emissione degli avvisi di pagamento del contributo consortile di bonifica per l'anno 2026 e apertura degli sportelli per i consorziati."}})
json.dump(K, open("../keys.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(K))
