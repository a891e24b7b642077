import json
K = []
def sub(s): return s
K.append({"file": "deliberazione-omegna-unitelm.pdf", "role": "act",
 "what": "Consiglio Comunale deliberation 14/2026 (regulation amendment): register box, subject in a bordered OGGETTO table, roll of 17 in two side-by-side numbered columns (P/A), vote counts in prose, points 1-4; python-docx converted by LibreOffice",
 "operative_points": 4,
 "act": {"municipality": "Comune di Omegna", "organ": "Consiglio Comunale", "kind": "deliberazione", "number": 14, "date": "2026-03-26", "time": "20:30",
  "subject": "MODIFICA DEL REGOLAMENTO PER LA DISCIPLINA DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA E DEL CANONE MERCATALE – ARTT. 12, 18 E 27. APPROVAZIONE.",
  "attendees": [{"name": n, "role": r, "present": p == 'P'} for n, r, p in [
   ('ZANONI DAVIDE', 'Sindaco', 'P'), ('RUSCHETTI ALBERTO', 'Presidente', 'P'), ('BERTOLETTI MARTA', 'Consigliere', 'P'), ('CANETTA GIORGIO', 'Consigliere', 'P'),
   ('DE GIULI SILVIA', 'Consigliere', 'A'), ('FORNARA LUCA', 'Consigliere', 'P'), ('GALLI ROBERTA', 'Consigliere', 'P'), ('GUGLIELMETTI PAOLO', 'Consigliere', 'P'),
   ('MAZZETTI CHIARA', 'Consigliere', 'P'), ('NOLLI ENRICO', 'Consigliere', 'P'), ('PIROLA ANNALISA', 'Consigliere', 'A'), ('RAGAZZONI MATTEO', 'Consigliere', 'P'),
   ('SACCHI ELENA', 'Consigliere', 'P'), ('TADINI STEFANO', 'Consigliere', 'P'), ('USELLINI FRANCESCA', 'Consigliere', 'P'), ('VALSESIA GIANLUCA', 'Consigliere', 'A'),
   ('ZOPPIS ILARIA', 'Consigliere', 'P')]],
  "president": {"title": "Sig.", "role": "Presidente del Consiglio", "name": "Alberto Ruschetti"},
  "secretary": {"title": "Dott.ssa", "role": "Segretario Generale", "name": "Paola Cerutti"},
  "vote": "majority", "vote_counts": {"present": 14, "voters": 13, "in_favour": 10, "against": 3, "abstained": 1},
  "immediately_executive": True}})
K.append({"file": "determinazione-unionebarolo-ised.pdf", "role": "act",
 "what": "determinazione of an Unione's Area Tecnica: labelled 3x2 register grid (Area, Servizio, number, date, Area register number, proposal), subject in an OGGETTO row, points 1)-5), accounting visa box; ReportLab",
 "operative_points": 5,
 "act": {"municipality": "Unione di Comuni Colline di Langa e del Barolo", "organ": "Area Tecnica", "office": "Servizio Lavori Pubblici e Manutenzioni",
  "kind": "determinazione", "number": 57, "sector_number": 14, "date": "2026-03-12",
  "subject": "AFFIDAMENTO DIRETTO, AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023, DEL SERVIZIO DI SGOMBERO NEVE E TRATTAMENTO ANTIGELO SULLE STRADE INTERCOMUNALI – STAGIONE INVERNALE 2025/2026 – INTEGRAZIONE IMPEGNO DI SPESA. CIG B7A3C91E04.",
  "proposal_number": 63, "proposal_date": "2026-03-10"}})
K.append({"file": "deliberazione-vedelago-wkhtmltopdf.pdf", "role": "act",
 "what": "Giunta Comunale deliberation 41/2026 (grant to the Pro Loco): coloured register bar with number/date and proposal line, subject as a title block under a small OGGETTO label, roll table with X marks (one absent), vote as a one-row table, dash-led points; HTML by wkhtmltopdf",
 "operative_points": 3,
 "act": {"municipality": "Comune di Vedelago", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 41, "date": "2026-03-17", "time": "18:15",
  "subject": "Concessione di contributo straordinario all’Associazione “Pro Loco Vedelago” per l’organizzazione della 48ª Mostra dei Fiori e della Primavera – anno 2026. Atto di indirizzo.",
  "proposing_office": "Servizio Cultura, Sport e Associazionismo", "proposal_number": 52, "proposal_date": "2026-03-12",
  "attendees": [{"name": "FAVARO MIRCO", "role": "Sindaco", "present": True}, {"name": "BORDIGNON ELISA", "role": "Vicesindaco", "present": True},
   {"name": "ZANATTA GIUSEPPE", "role": "Assessore", "present": True}, {"name": "PASTRO VALENTINA", "role": "Assessore", "present": False},
   {"name": "SARTOR DAMIANO", "role": "Assessore", "present": True}, {"name": "GAZZOLA LUCIA", "role": "Assessore", "present": True}],
  "president": {"title": "Dott.", "role": "Sindaco", "name": "Mirco Favaro"},
  "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Enrico Dal Moro"},
  "vote": "unanimous", "vote_counts": {"present": 5, "voters": 5, "in_favour": 5, "against": 0, "abstained": 0},
  "immediately_executive": True}})
K.append({"file": "ordinanza-nogara-latex.pdf", "role": "act",
 "what": "ordinanza del Sindaco n. 9/2026 (tiger-mosquito measures): centred title with number and date (dd.mm.yyyy), register box in the left margin, OGGETTO in a two-column row, ORDINA points 1-6 then AVVERTE / DISPONE; pdfLaTeX with running head and 'Pag. x di y'",
 "operative_points": 6,
 "act": {"municipality": "Comune di Nogara", "organ": "Sindaco", "kind": "ordinanza", "number": 9, "date": "2026-03-16",
  "subject": "Misure di prevenzione e controllo della diffusione della zanzara tigre (Aedes albopictus) e di altri insetti vettori di arbovirosi sul territorio comunale – Anno 2026."}})
K.append({"file": "determinazione-savenaidice-cakephp.pdf", "role": "act",
 "what": "determinazione dirigenziale n. 112/2026 of an Unione (competition ranking): running head with number and date, Settore bar with Servizio under it, four-cell label grid (type, number, date, proposal), bold OGGETTO paragraph, points 1-5 with a ranking table inside point 2; PHP TCPDF",
 "operative_points": 5,
 "act": {"municipality": "Unione dei Comuni Savena-Idice", "organ": "Settore Gestione Risorse Umane", "office": "Servizio Personale Associato",
  "kind": "determinazione", "number": 112, "date": "2026-03-16",
  "subject": "APPROVAZIONE DEGLI ATTI E DELLA GRADUATORIA FINALE DEL CONCORSO PUBBLICO, PER ESAMI, PER LA COPERTURA DI N. 2 POSTI DI \"ISTRUTTORE DI VIGILANZA\" – AREA DEGLI ISTRUTTORI – A TEMPO PIENO E INDETERMINATO PRESSO IL CORPO DI POLIZIA LOCALE DELL'UNIONE.",
  "proposal_number": 134, "proposal_date": "2026-03-13"}})
K.append({"file": "bando-medicina-quarkxpress.pdf", "role": "act",
 "what": "numbered bando n. 2/2026 (rent subsidies): DTP-style red banner letterhead with Area/Servizio and protocol at right, black 'BANDO N. 2/2026' tag over a serif title, deadline strip, ten articles in two columns, date and signature at the end; ReportLab",
 "act": {"municipality": "Comune di Medicina", "organ": "Area Servizi alla Persona", "office": "Servizio Politiche Abitative", "kind": "bando", "number": 2, "date": "2026-03-17",
  "subject": "BANDO PUBBLICO PER L'ASSEGNAZIONE DI CONTRIBUTI A SOSTEGNO DEL PAGAMENTO DEI CANONI DI LOCAZIONE – ANNO 2026"}})
K.append({"file": "deliberazione-fossatodivico-wordpro.pdf", "role": "act",
 "what": "Giunta Comunale deliberation 27/2026 (school energy retrofit project): number and date in a heading sentence, boxed OGGETTO with hanging indent, roll in prose (present, then the absent one), unanimous vote in prose, points a)-d), 'F.to' signatures and a certified-copy box; flat ODT by LibreOffice",
 "operative_points": 4,
 "act": {"municipality": "Comune di Fossato di Vico", "organ": "Giunta Comunale", "kind": "deliberazione", "number": 27, "date": "2026-03-18", "time": "12:30",
  "subject": "LAVORI DI RIQUALIFICAZIONE ENERGETICA DELLA SCUOLA PRIMARIA DEL CAPOLUOGO – APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA. CUP D42B25000410001.",
  "attendees": [{"name": "MORETTI LUCA", "role": "Sindaco", "present": True}, {"name": "BIAGIOLI SARA", "role": "Vicesindaco", "present": True},
   {"name": "TOMASSINI ENZO", "role": "Assessore", "present": False}],
  "president": {"role": "Sindaco", "name": "Luca Moretti"},
  "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Claudio Bernardini"},
  "vote": "unanimous", "immediately_executive": True}})
K.append({"file": "attestazione-porano-unixps.pdf", "role": "certificate",
 "what": "certificate of publication (Reg. Pubbl. 142/2026) of Consiglio deliberation 6 of 27/02/2026, published 03/03-18/03/2026: Courier label box 'Tipo atto / Numero / Data / Oggetto', old Unix print footer; PostScript through Ghostscript (ISOLatin1 encoding: apostrophes come out as ’ and hyphens as U+2212)",
 "act": {"municipality": "Comune di Porano", "kind": "attestazione", "number": 6, "date": "2026-02-27",
  "subject": "APPROVAZIONE ALIQUOTE E DETRAZIONI DELL’IMPOSTA MUNICIPALE PROPRIA (IMU) PER L’ANNO 2026 − CONFERMA."}})
K.append({"file": "determinazione-roccapiemonte-chromium.pdf", "role": "act",
 "what": "determinazione of a Settore (invoice payment): general register n. 203 and sector n. 41 in a label grid with the 'Oggetto:' row, Settore and Servizio centred above, running head and 'pag. 1/1' foot from @page boxes, points 1-4 (ordered list), accounting visa box; Chromium print",
 "operative_points": 4,
 "act": {"municipality": "Comune di Roccapiemonte", "organ": "Settore III – Servizi Tecnici", "office": "Servizio Manutenzione e Verde Pubblico",
  "kind": "determinazione", "number": 203, "sector_number": 41, "date": "2026-03-18",
  "subject": "Liquidazione fattura n. 14/PA del 28/02/2026 alla ditta Eco Giardini Irno S.r.l. per il servizio di manutenzione del verde pubblico – mese di febbraio 2026. CIG B3F9A27C11."}})
K.append({"file": "convocazione-cerretosannita-olivetti.pdf", "role": "notice",
 "what": "convocation of the Consiglio Comunale for 30/03/2026 (letter of 20/03/2026, prot. 2214): letterhead, protocol/date line, addressees at right, centred title, meeting date in bold, numbered agenda of 6 items, signed by the Presidente del Consiglio; Java OpenPDF",
 "act": {"municipality": "Comune di Cerreto Sannita", "kind": "convocazione", "date": "2026-03-20",
  "subject": "AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE"}})
K.append({"file": "allegato-praiaamare-excel.pdf", "role": "attachment",
 "what": "Allegato A to Giunta deliberation 58 of 17/03/2026: the project's quadro economico as a spreadsheet table (voci A/B, amounts, totals), financing note and signature; xlsx exported by LibreOffice Calc",
 "act": {"municipality": "Comune di Praia a Mare"}})
K.append({"file": "avviso-mileto-inkscape.pdf", "role": "notice",
 "what": "unnumbered poster avviso of a water-supply interruption on 24/03/2026: letterhead, blue 'AVVISO' band, three-line headline, boxed day and hours, dated 19 marzo 2026 and signed by the Sindaco; SVG through CairoSVG",
 "act": {"municipality": "Comune di Mileto", "kind": "avviso", "date": "2026-03-19",
  "subject": "SOSPENSIONE DELL’EROGAZIONE IDRICA NEL CENTRO URBANO E NELLE FRAZIONI PARAVATI E SAN GIOVANNI"}})
json.dump(K, open('keys.json', 'w'), ensure_ascii=False, indent=1)
