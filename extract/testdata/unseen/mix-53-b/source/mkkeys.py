import json
def att(rows): return [{"name": n, "role": r, "present": p} for n, r, p in rows]
K = []
K.append({"file": "deliberazione-orzinuovi-euris.pdf", "role": "act",
 "what": "Giunta deliberation 47/2026 (ReportLab, Euris-style): register box Numero/Data/Codice ente, subject after OGGETTO: in a ruled band, roll table with X columns, prose unanimous vote, points 1.-4., pareri table, signature table, publication box",
 "operative_points": 4,
 "act": {"municipality": "Comune di Orzinuovi", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 47, "date": "2026-03-12", "time": "17:30",
  "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA PER LA RIQUALIFICAZIONE DELL'IMPIANTO DI ILLUMINAZIONE PUBBLICA DI VIA MATTEOTTI E VIA CODAGLI – CUP E97H26000140004",
  "attendees": att([("BELLINI GIANLUCA", "Sindaco", True), ("FERRARI MONICA", "Vice Sindaco", True), ("ROSSETTI PAOLO", "Assessore", False), ("GHIDINI ELENA", "Assessore", True), ("ZANOLINI MARCO", "Assessore esterno", True)]),
  "president": {"title": "Dott.", "role": "Sindaco", "name": "Gianluca Bellini"},
  "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Laura Pedrali"},
  "vote": "unanimous", "immediately_executive": True}})
K.append({"file": "deliberazione-fiesole-progel.pdf", "role": "act",
 "what": "Consiglio deliberation 18/2026 (python-docx .docx converted by LibreOffice, Progel-style): number and date in the title, subject as a shaded title block without label, 17-member roll in a two-halves table (1-9 | 10-17), vote counts in a 5-column table, points 1)-3), running head",
 "operative_points": 3,
 "act": {"municipality": "Comune di Fiesole", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 18, "date": "2026-02-26", "time": "21:00",
  "subject": "Regolamento comunale per l'applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria. Modifiche agli articoli 12, 27 e 41.",
  "attendees": att([("TORRINI LORENZO", "Sindaco", True), ("BENVENUTI CHIARA", "Presidente del Consiglio", True), ("CAPPELLI MATTEO", "Consigliere", True), ("NESI GIULIA", "Consigliere", True), ("SALVADORI ANDREA", "Consigliere", False), ("BARTOLINI FRANCESCA", "Consigliere", True), ("PAOLETTI RICCARDO", "Consigliere", True), ("GUARDUCCI ELISA", "Consigliere", True), ("MANNUCCI FILIPPO", "Consigliere", True), ("CIONI SARA", "Consigliere", True), ("LAPINI TOMMASO", "Consigliere", True), ("FANFANI ILARIA", "Consigliere", False), ("BIAGIOTTI LUCA", "Consigliere", True), ("PECCHIOLI MARTA", "Consigliere", True), ("ROSSELLI DAVIDE", "Consigliere", True), ("ARRIGHI VALENTINA", "Consigliere", True), ("CHELLINI PIETRO", "Consigliere", True)]),
  "president": {"title": "Sig.ra", "role": "Presidente del Consiglio Comunale", "name": "Chiara Benvenuti"},
  "secretary": {"title": "Dott.", "role": "Vice Segretario Generale", "name": "Marco Innocenti"},
  "vote": "majority", "vote_counts": {"present": 15, "voters": 13, "in_favour": 10, "against": 3, "abstained": 2},
  "immediately_executive": True}})
K.append({"file": "deliberazione-leonessa-laziocrea.pdf", "role": "act",
 "what": "Giunta deliberation 22/2026 (HTML printed by Chromium, LazioCrea-style): label grid Numero/Data seduta/Ora/Proposta/Ufficio proponente, OGGETTO: between rules, roll in prose (presents then the absent), unanimous vote in prose, dash-bulleted points",
 "operative_points": 4,
 "act": {"municipality": "Comune di Leonessa", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 22, "date": "2026-03-05", "time": "12:30",
  "subject": "Contributo straordinario alla Pro Loco di Leonessa per la manifestazione “Sagra della Patata” – edizione 2026. Atto di indirizzo al Responsabile dell’Area Amministrativa.",
  "proposing_office": "Area Amministrativa – Servizio Cultura e Turismo", "proposal_number": 31, "proposal_date": "2026-03-02",
  "attendees": att([("DI MARCO ALESSANDRO", "Sindaco", True), ("FIOCCO GABRIELLA", "Vice Sindaco", True), ("ANTONELLI ROBERTO", "Assessore", True), ("CAPPONI STEFANO", "Assessore", False)]),
  "president": {"title": "Avv.", "role": "Sindaco", "name": "Alessandro Di Marco"},
  "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Rosella Pietrangeli"},
  "vote": "unanimous", "immediately_executive": True}})
K.append({"file": "determinazione-garlasco-aria.pdf", "role": "act",
 "what": "determinazione of the Area Tecnica, reg. gen. 212 / settoriale 58 (ReportLab base-14 fonts, ARIA-style): label grid SETTORE/SERVIZIO/DETERMINAZIONE N./DATA/N. SETTORIALE/PROPOSTA, boxed OGGETTO, points 1.-5., visto contabile box",
 "operative_points": 5,
 "act": {"municipality": "Comune di Garlasco", "organ": "Area Tecnica", "office": "Servizio Lavori Pubblici e Manutenzioni", "kind": "determinazione", "number": 212, "sector_number": 58, "date": "2026-03-17",
  "subject": "AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023 DEL SERVIZIO DI MANUTENZIONE ORDINARIA DEL VERDE PUBBLICO – ANNUALITÀ 2026 – ALLA DITTA GREEN SERVICE LOMELLINA S.R.L. – CIG B7A4C21D90. IMPEGNO DI SPESA.",
  "proposal_number": 245, "proposal_date": "2026-03-14"}})
K.append({"file": "determinazione-valtiberina-apaci.pdf", "role": "act",
 "what": "determinazione dirigenziale 96/2026 of an Unione Montana (HTML by wkhtmltopdf, ApaCI-style): Area band and Servizio line under the letterhead, number/date in the title, sector register line, labelled OGGETTO box, bulleted points",
 "operative_points": 4,
 "act": {"municipality": "Unione Montana dei Comuni della Valtiberina Toscana", "organ": "Area Servizi alla Persona", "office": "Servizio Sociale Associato", "kind": "determinazione", "number": 96, "sector_number": 21, "date": "2026-03-09",
  "subject": "Servizio di trasporto sociale per persone con disabilità nei Comuni dell’Unione – Proroga tecnica del contratto con la Cooperativa Sociale “Il Ponte” fino al 30/06/2026 – Impegno di spesa."}})
K.append({"file": "determinazione-miglianico-arit.pdf", "role": "act",
 "what": "determinazione of Settore II n. 31 = reg. gen. 118 (hand-written RTF converted by LibreOffice, ARIT-style): Settore/Ufficio under the letterhead, number in the title and general register in brackets, OGGETTO: with hanging indent, points 1)-4), bordered visto",
 "operative_points": 4,
 "act": {"municipality": "Comune di Miglianico", "organ": "Settore II – Economico Finanziario", "office": "Ufficio Tributi", "kind": "determinazione", "number": 118, "sector_number": 31, "date": "2026-02-20",
  "subject": "RIMBORSO IMU ANNUALITA' 2023 E 2024 A CONTRIBUENTE PER VERSAMENTO NON DOVUTO - LIQUIDAZIONE."}})
K.append({"file": "ordinanza-amatrice-lait.pdf", "role": "act",
 "what": "ordinanza sindacale 9/2026 on traffic (ReportLab, LAit-style): centred serif letterhead, blue protocol segnatura box, number/date in the title, OGGETTO: in a two-column table, ORDINA with points 1.-4., AVVERTE",
 "operative_points": 4,
 "act": {"municipality": "Comune di Amatrice", "organ": "Sindaco", "kind": "ordinanza", "number": 9, "date": "2026-03-23",
  "subject": "Chiusura temporanea al transito veicolare di Corso Umberto I, nel tratto compreso tra Piazza Sagnotti e Via Roma, per lavori di ripristino della pavimentazione dal 30 marzo al 17 aprile 2026."}})
K.append({"file": "avviso-cuggiono-sistematica.pdf", "role": "act",
 "what": "numbered avviso pubblico 4/2026 for rent contributions (fpdf2, Sistematica-style): Area/Ufficio line under the letterhead, title AVVISO PUBBLICO N. 4/2026 then the subject in a shaded block, articles Art. 1-7, place and date before the signature",
 "act": {"municipality": "Comune di Cuggiono", "organ": "Area Servizi alla Persona", "office": "Ufficio Servizi Sociali", "kind": "avviso", "number": 4, "date": "2026-03-16",
  "subject": "CONTRIBUTI A SOSTEGNO DEL PAGAMENTO DEL CANONE DI LOCAZIONE NEL LIBERO MERCATO – ANNO 2026"}})
K.append({"file": "attestazione-gaiole-terrecablate.pdf", "role": "certificate",
 "what": "attestazione di avvenuta pubblicazione of Giunta deliberation 31/2026 (flat ODT converted by LibreOffice, Terrecablate-style): a label table Tipo atto / Numero e data / Oggetto / N. registro / Periodo, issued 30/03/2026",
 "act": {"municipality": "Comune di Gaiole in Chianti", "kind": "attestazione", "number": 31, "date": "2026-03-10",
  "subject": "APPROVAZIONE SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE \"GAIOLE ACCOGLIE\" APS PER LA GESTIONE DEI SERVIZI DI ACCOGLIENZA E INFORMAZIONE TURISTICA PRESSO IL PUNTO INFORMATIVO DI PIAZZA RICASOLI – ANNI 2026-2027"}})
K.append({"file": "allegato-asola-excel.pdf", "role": "attachment",
 "what": "Allegato A to Giunta deliberation 29/2026: the 2026 cemetery tariff sheet, an Excel-style worksheet (openpyxl .xlsx printed by LibreOffice Calc) with sheet header/footer, sections A-C and notes",
 "act": {"municipality": "Comune di Asola"}})
K.append({"file": "convocazione-barisciano-masterweb.pdf", "role": "notice",
 "what": "convocation of the Consiglio Comunale for 27/03/2026 (dompdf, Masterweb-style web print): protocol and date line, addressees block, title, agenda 1.-7., second-call date, signature of the Presidente del Consiglio",
 "act": {"municipality": "Comune di Barisciano", "kind": "convocazione", "date": "2026-03-18", "subject": "CONVOCAZIONE DEL CONSIGLIO COMUNALE"}})
K.append({"file": "avviso-scansano-quarkxpress.pdf", "role": "notice",
 "what": "unnumbered poster avviso on the holiday waste-collection calendar (hand-written PostScript distilled by Ghostscript, QuarkXPress-style poster): green band letterhead, huge AVVISO, three-line title, two shaded boxes, date and signature",
 "act": {"municipality": "Comune di Scansano", "organ": "Area Tecnica", "office": "Servizio Ambiente", "kind": "avviso", "date": "2026-03-27",
  "subject": "RACCOLTA DEI RIFIUTI PORTA A PORTA: VARIAZIONE DEL CALENDARIO NEI GIORNI FESTIVI DI APRILE 2026"}})
json.dump(K, open('keys.json', 'w'), ensure_ascii=False, indent=1)
print(len(K))
