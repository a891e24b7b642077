"""Writes keys.json for the 12 documents of this set (values read off the documents)."""
import json, sys

out = sys.argv[1] if len(sys.argv) > 1 else "../keys.json"

def roll(rows):
    return [{"name": n, "role": r, "present": p} for n, r, p in rows]

K = []

K.append({
 "file": "deliberazione-agordina-kibernetes.pdf",
 "role": "act",
 "what": "Giunta dell'Unione deliberation 18/2026 of an Unione Montana (Veneto): Kibernetes-like HTML printed by headless Chromium; letterhead, boxed title with number and date, OGGETTO in a bordered table, roll table with X marks (one absent), numbered DELIBERA 1.-4., immediate executivity, pareri table, signatures, publication and conformity boxes; running foot Pag. x di 2",
 "operative_points": 4,
 "act": {
  "municipality": "Unione Montana Agordina",
  "organ": "Giunta dell'Unione",
  "kind": "deliberazione",
  "number": 18,
  "date": "2026-03-12",
  "time": "17:30",
  "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI RIPRISTINO DELLA STRADA SILVO-PASTORALE “COL DE SALERA – MALGA CAMPIGAT” DANNEGGIATA DAGLI EVENTI METEOROLOGICI DELL'OTTOBRE 2025 – CUP J37H25002410002.",
  "attendees": roll([
   ("DE BIASIO MARCO", "Presidente", True),
   ("SCARDANZAN ELENA", "Vice Presidente", True),
   ("SOPPELSA LUCA", "Assessore", False),
   ("PELLEGRINON GIULIANA", "Assessore", True),
   ("TABIADON PAOLO", "Assessore", True)]),
  "president": {"role": "Presidente", "name": "Marco De Biasio"},
  "secretary": {"title": "Dott.ssa", "role": "Segretario dell'Unione", "name": "Chiara Follador"},
  "vote": "unanimous",
  "immediately_executive": True
 }})

K.append({
 "file": "decreto-cmroma-dedagroup.pdf",
 "role": "act",
 "what": "decree 47/2026 of the Sindaco Metropolitano of a Città Metropolitana, proposal 52 of the Dipartimento III: Word template (python-docx) exported by LibreOffice, Dedagroup-like; running header with the body's name, register table (number/date, proposal, proponent), OGGETTO, Visto/Premesso/Considerato/Preso atto, DECRETA 1.-5., 'immediatamente eseguibile', signature; foot 'pag. x di 2'",
 "operative_points": 5,
 "act": {
  "municipality": "Città Metropolitana di Roma Capitale",
  "organ": "Sindaco Metropolitano",
  "kind": "decreto",
  "number": 47,
  "date": "2026-03-18",
  "subject": "Approvazione dello schema di Accordo di collaborazione, ai sensi dell'art. 15 della Legge 7 agosto 1990, n. 241, tra la Città metropolitana di Roma Capitale e l'Università degli Studi di Roma “Tor Vergata” per il monitoraggio della qualità dell'aria negli istituti scolastici di competenza metropolitana – anni 2026-2027.",
  "proposing_office": "DIPARTIMENTO III - AMBIENTE E TUTELA DEL TERRITORIO",
  "proposal_number": 52,
  "proposal_date": "2026-03-11",
  "immediately_executive": True
 }})

K.append({
 "file": "determinazione-aspsiracusa-jiride.pdf",
 "role": "act",
 "what": "determinazione dirigenziale 412/2026 of an Azienda Sanitaria Provinciale (U.O.C. Provveditorato, proposal 455): fpdf2 with embedded Liberation Sans, J-Iride-like; header with logo, two-column register box (Dipartimento/U.O.C./proposal left, kind/number/date right), OGGETTO, premises with bold lead words, DETERMINA 1.-5., two signatures; page 2 carries the accounting and publication boxes",
 "operative_points": 5,
 "act": {
  "municipality": "Azienda Sanitaria Provinciale di Siracusa",
  "organ": "Dipartimento Amministrativo",
  "office": "U.O.C. Provveditorato",
  "kind": "determinazione",
  "number": 412,
  "date": "2026-03-17",
  "subject": "Affidamento diretto, ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. n. 36/2023, della fornitura di n. 6 carrelli per la gestione delle emergenze destinati alle UU.OO. del P.O. “Umberto I” di Siracusa – CIG B7A4C19E22 – Aggiudicazione e impegno di spesa.",
  "proposal_number": 455,
  "proposal_date": "2026-03-12"
 }})

K.append({
 "file": "convocazione-parcovesuvio-saga.pdf",
 "role": "notice",
 "what": "letter of an Ente Parco Nazionale convening its Comunità del Parco for 02/04/2026 at 10:30 (prot. 1874 of 19/03/2026): ReportLab platypus, standard Times fonts not embedded, Saga-like; drawn letterhead, protocol left and addressees right, OGGETTO, numbered agenda 1.-5., signature of the Presidente della Comunità del Parco; 1 page",
 "act": {
  "municipality": "Ente Parco Nazionale del Vesuvio",
  "kind": "convocazione",
  "date": "2026-03-19",
  "subject": "Convocazione della Comunità del Parco – seduta ordinaria del 2 aprile 2026."
 }})

K.append({
 "file": "deliberazione-ravanusa-siscom.pdf",
 "role": "act",
 "what": "Consiglio Comunale deliberation 9/2026 (proposal 11) as a legacy 132-column line-printer report: ASCII capitals, accents as apostrophes (which enscript's Courier draws as quoteright, U+2019 in the text layer), +-| boxes, dotted leaders, roll of 16 councillors in two side-by-side tables numbered row by row, majority vote with counts, D E L I B E R A 1)-4), certificate of publication, *** FINE STAMPA ***; enscript Courier 7 + ps2pdf, 2 pages",
 "operative_points": 4,
 "act": {
  "municipality": "Comune di Ravanusa",
  "organ": "Consiglio Comunale",
  "kind": "deliberazione",
  "number": 9,
  "date": "2026-03-16",
  "time": "19:00",
  "subject": "APPROVAZIONE DEL PIANO ECONOMICO FINANZIARIO E DELLE TARIFFE DELLA TASSA SUI RIFIUTI (TARI) PER L’ANNO 2026.",
  "proposing_office": "AREA ECONOMICO-FINANZIARIA",
  "proposal_number": 11,
  "proposal_date": "2026-03-02",
  "attendees": roll([
   ("LA MARCA CALOGERO", "PRESIDENTE", True),
   ("CAMPANELLA ROSALIA", "VICE PRESIDENTE", True),
   ("BONFANTI SALVATORE", "CONSIGLIERE", True),
   ("GRECO ANGELO", "CONSIGLIERE", True),
   ("DI FRANCO MARIA CONCETTA", "CONSIGLIERE", False),
   ("PULLARA GIUSEPPE", "CONSIGLIERE", True),
   ("CURTO VINCENZO", "CONSIGLIERE", True),
   ("MILIOTO ANNALISA", "CONSIGLIERE", True),
   ("SALVAGGIO GAETANO", "CONSIGLIERE", False),
   ("INFURNA DOMENICO", "CONSIGLIERE", True),
   ("ALAIMO FRANCESCA", "CONSIGLIERE", True),
   ("VACCARO ANTONINO", "CONSIGLIERE", True),
   ("SCHEMBRI LILLO", "CONSIGLIERE", False),
   ("RIZZO MARIA GRAZIA", "CONSIGLIERE", True),
   ("TERRANA CARMELO", "CONSIGLIERE", True),
   ("D’ANGELO ROSARIO", "CONSIGLIERE", True)]),
  "president": {"title": "SIG.", "role": "PRESIDENTE DEL CONSIGLIO", "name": "LA MARCA CALOGERO"},
  "secretary": {"title": "DOTT.SSA", "role": "SEGRETARIO GENERALE", "name": "GIUSEPPINA CASTRONOVO"},
  "vote": "majority",
  "vote_counts": {"present": 13, "voters": 12, "in_favour": 9, "against": 3, "abstained": 1},
  "immediately_executive": True
 }})

K.append({
 "file": "determinazione-azzanodecimo-ascot.pdf",
 "role": "act",
 "what": "determinazione 187/2026 (sector register 41) of the Area Tecnica as an 80-column report of a legacy procedure: capitals, accents as apostrophes, boxes of box-drawing characters, letter-spaced D E T E R M I N A Z I O N E heading, register box with dotted leaders, D E T E R M I N A 1)-4), accounting visto and publication boxes, foot with program and operator; ReportLab + Liberation Mono, 2 pages",
 "operative_points": 4,
 "act": {
  "municipality": "Comune di Azzano Decimo",
  "organ": "AREA TECNICA",
  "office": "SERVIZIO LAVORI PUBBLICI E MANUTENZIONI",
  "kind": "determinazione",
  "number": 187,
  "sector_number": 41,
  "date": "2026-03-13",
  "subject": "LAVORI DI RIQUALIFICAZIONE DEI MARCIAPIEDI DI VIA XXV APRILE E VIA VITTORIO VENETO - CUP F57H24001230004 - CIG B3C9A21F0E - LIQUIDAZIONE 2^ STATO DI AVANZAMENTO LAVORI ALLA DITTA EDILSTRADE FRIULANE S.R.L."
 }})

K.append({
 "file": "certificato-pomigliano-modulistica.pdf",
 "role": "certificate",
 "what": "certificate of publication (reg. pubbl. 611/2026) of Giunta deliberation 42 of 10/03/2026, published 12/03-27/03/2026, executive 23/03/2026, issued 28/03/2026: a word-processor form whose blanks of underscores were typed over, so values sit inside the underscores (____611____, _____42_____) and the subject runs into a trailing line of underscores; ticked box ☒ Giunta Comunale; flat ODT exported by LibreOffice, 1 page",
 "act": {
  "municipality": "Comune di Pomigliano d'Arco",
  "kind": "attestazione",
  "number": 42,
  "date": "2026-03-10",
  "subject": "Approvazione del progetto “Estate Ragazzi 2026” e delle relative tariffe di compartecipazione."
 }})

K.append({
 "file": "avviso-cori-writer.pdf",
 "role": "notice",
 "what": "unnumbered avviso (prot. 4412 of 18/03/2026) of the Settore I on extraordinary openings of the registry office for electronic identity cards: typewriter-like Word page in Courier New, alignment by spaces, accents as apostrophes, spaced A V V I S O, underlined two-line title, dated list of openings, signature of the Responsabile del Settore; LibreOffice from .docx, 1 page",
 "act": {
  "municipality": "Comune di Cori",
  "organ": "SETTORE I - AFFARI GENERALI",
  "office": "Ufficio Servizi Demografici",
  "kind": "avviso",
  "date": "2026-03-18",
  "subject": "APERTURA STRAORDINARIA DELL'UFFICIO ANAGRAFE PER IL RILASCIO DELLA CARTA D'IDENTITA' ELETTRONICA"
 }})

K.append({
 "file": "deliberazione-zagarolo-latex.pdf",
 "role": "act",
 "what": "Giunta Comunale deliberation 36/2026 set with pdfLaTeX (Times via psnfss, T1, Type 1 subsets): no space characters in the text layer, TeX quotes and dashes (’ “ ” –), small-caps running head, boxed title, roll in a tabular with X marks (one absent), enumerate DELIBERA 1.-5., signatures, boxed publication note; 2 pages, 'Pagina x di 2'",
 "operative_points": 5,
 "act": {
  "municipality": "Comune di Zagarolo",
  "organ": "Giunta Comunale",
  "kind": "deliberazione",
  "number": 36,
  "date": "2026-03-12",
  "time": "12:30",
  "subject": "Approvazione dello schema di convenzione con l’Istituto Comprensivo “Zagarolo” per l’utilizzo delle palestre scolastiche in orario extrascolastico – anni 2026–2028.",
  "attendees": roll([
   ("ROSSETTI LORENZO", "Sindaco", True),
   ("CECCARELLI ANNA", "Vicesindaco", True),
   ("PANICCIA MARCO", "Assessore", True),
   ("DE ANGELIS SILVIA", "Assessore", False),
   ("FELICI GIORGIO", "Assessore", True),
   ("TOMEI FRANCESCA", "Assessore", True)]),
  "president": {"title": "Dott.", "role": "Sindaco", "name": "Lorenzo Rossetti"},
  "secretary": {"title": "Dott.ssa", "role": "Segretario Generale", "name": "Paola Iannucci"},
  "vote": "unanimous",
  "immediately_executive": True
 }})

K.append({
 "file": "determinazione-sarno-apkappa.pdf",
 "role": "act",
 "what": "determinazione dirigenziale, general register 298 of 16/03/2026, sector register 57 of 13/03/2026: hand-written content streams (standard-14 Times/Helvetica, WinAnsi, not embedded), paragraphs justified with Tw, headings letter-spaced with Tc, a rotated ALBO PRETORIO ON LINE stamp along the left margin of both pages (it falls between body lines in pdftotext -layout), DETERMINA 1.-4.; 2 pages",
 "operative_points": 4,
 "act": {
  "municipality": "Comune di Sarno",
  "organ": "SETTORE II – SERVIZI ALLA PERSONA E ISTRUZIONE",
  "office": "Servizio Pubblica Istruzione",
  "kind": "determinazione",
  "number": 298,
  "sector_number": 57,
  "date": "2026-03-16",
  "subject": "Servizio di refezione scolastica a.s. 2025/2026 – Liquidazione fatture mese di febbraio 2026 alla ditta “Ristorazione Agro Nocerina S.r.l.” – CIG B2E7F0A113."
 }})

K.append({
 "file": "bando-carini-datagraph.pdf",
 "role": "act",
 "what": "numbered bando pubblico n. 3/2026 (prot. 11482 of 19/03/2026) for 20 study grants, in articles 1-8: ReportLab with embedded Carlito; letterhead and foot are Form XObjects reused on both pages, body blocks written to the stream in scrambled order (page number first, articles before the title, some blocks bottom-up); 2 pages",
 "act": {
  "municipality": "Città di Carini",
  "organ": "AREA 3 – SERVIZI SOCIALI, PUBBLICA ISTRUZIONE E CULTURA",
  "office": "Ufficio Diritto allo Studio",
  "kind": "bando",
  "number": 3,
  "date": "2026-03-19",
  "subject": "BANDO PUBBLICO PER L'ASSEGNAZIONE DI N. 20 BORSE DI STUDIO A STUDENTI MERITEVOLI DELLE SCUOLE SECONDARIE DI SECONDO GRADO RESIDENTI NEL COMUNE DI CARINI – ANNO SCOLASTICO 2024/2025"
 }})

K.append({
 "file": "allegato-martellago-civilia.pdf",
 "role": "attachment",
 "what": "Allegato A to Giunta deliberation 31 of 10/03/2026: cemetery tariffs 2026 in a ruled table (16 rows, 5 columns) with notes and signature; written as a virtual printer driver does, one Tm per glyph and no space characters, letter-spaced title by wide glyph gaps (standard-14 Helvetica); 1 page, text on every page",
 "pages_without_text": [],
 "act": {
  "municipality": "Comune di Martellago"
 }})

json.dump(K, open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print("wrote", out, len(K))
