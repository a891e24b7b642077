# Writes ../keys.json (the answer keys, written by hand from the documents' text).
import json, os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "keys.json")


def roll(rows):
    return [{"name": n, "role": r, "present": p} for n, r, p in rows]


keys = [
    {"file": "delibera-marmilla-zuddas.pdf", "role": "act",
     "what": "deliberation of the Assemblea of a Sardinian Unione dei Comuni approving DUP and budget: register box (COPIA / VERBALE DI DELIBERAZIONE / N. 7 del 24/03/2026), roll of 12 Sindaci or delegates each with their Comune, majority vote with counts, numbered points 1)-4), pareri, publication and executivity boxes, running head and 'Pagina x di y' (LibreOffice from .odt, Zuddas-like)",
     "operative_points": 4,
     "act": {
         "municipality": "Unione dei Comuni Marmilla",
         "organ": "Assemblea dell'Unione",
         "kind": "deliberazione",
         "number": 7, "date": "2026-03-24", "time": "17:30",
         "subject": "Approvazione del Documento Unico di Programmazione (DUP) 2026/2028 e del Bilancio di previsione finanziario 2026/2028 dell'Unione.",
         "attendees": roll([
             ("CONTU ANDREA", "Sindaco", True),
             ("MELIS GIOVANNA", "Sindaco", True),
             ("PIRAS SALVATORE", "Sindaco", False),
             ("SERRA MARCO", "Vice Sindaco delegato", True),
             ("ATZENI FRANCESCA", "Sindaco", True),
             ("LAI GIANLUCA", "Sindaco", True),
             ("ORRÙ STEFANO", "Sindaco", True),
             ("PUSCEDDU MARIA LUISA", "Sindaco", True),
             ("CADDEO ROBERTO", "Sindaco", False),
             ("FLORIS PAOLO", "Assessore delegato", True),
             ("SANNA ILARIA", "Sindaco – Presidente", True),
             ("MURGIA ANTONIO", "Sindaco", True),
         ]),
         "president": {"title": "Sig.ra", "role": "Presidente dell'Unione", "name": "Ilaria Sanna"},
         "secretary": {"title": "Dott.", "role": "Segretario dell'Unione", "name": "Mauro Cocco"},
         "vote": "majority",
         "vote_counts": {"present": 10, "voters": 9, "in_favour": 8, "against": 1, "abstained": 1},
         "immediately_executive": True}},

    {"file": "delibera-cissaca-jiride.pdf", "role": "act",
     "what": "deliberation of the Consiglio di Amministrazione (five members, one absent) of a Piedmont social-services consortium: letterhead drawn on every page, register box, proposal strip, subject row, roll table with X marks, unanimous vote with counts, numbered points 1.-5., pareri, signatures, relazione di pubblicazione (ReportLab, J-Iride-like)",
     "operative_points": 5,
     "act": {
         "municipality": "Consorzio Intercomunale per la gestione dei Servizi Socio Assistenziali dei Comuni dell'Alessandrino",
         "organ": "Consiglio di Amministrazione",
         "kind": "deliberazione",
         "number": 12, "date": "2026-03-19", "time": "15:00",
         "subject": "Approvazione dello schema di convenzione con l'Azienda Sanitaria Locale AL per la gestione integrata delle cure domiciliari socio-sanitarie rivolte a persone non autosufficienti – Anno 2026.",
         "proposing_office": "AREA AMMINISTRATIVA E RISORSE UMANE",
         "proposal_number": 15, "proposal_date": "2026-03-16",
         "attendees": roll([
             ("BARBERIS ELENA", "Presidente", True),
             ("GHIO FEDERICO", "Vice Presidente", True),
             ("CAVALLERO LUCIA", "Consigliere", True),
             ("RAVERA DAVIDE", "Consigliere", False),
             ("TORTAROLO SIMONA", "Consigliere", True),
         ]),
         "president": {"title": "Avv.", "role": "Presidente", "name": "Elena Barberis"},
         "secretary": {"title": "Dott.ssa", "role": "Segretario verbalizzante", "name": "Paola Repetto"},
         "vote": "unanimous",
         "vote_counts": {"present": 4, "voters": 4, "in_favour": 4},
         "immediately_executive": True}},

    {"file": "delibera-aspcrotone-dedagroup.pdf", "role": "act",
     "what": "DELIBERAZIONE DEL DIRETTORE GENERALE of a Calabrian ASP (competition results): fixed letterhead and foot on each page, title box, meta table (struttura proponente, proposta, oggetto), attestation and accounting boxes, numbered points 1.-6., opinions of the Direttore Amministrativo and Sanitario side by side, certificate of publication (Chromium from HTML, Dedagroup-like)",
     "operative_points": 6,
     "act": {
         "municipality": "Azienda Sanitaria Provinciale di Crotone",
         "organ": "Direttore Generale",
         "kind": "deliberazione",
         "number": 214, "date": "2026-03-26",
         "subject": "Concorso pubblico, per titoli ed esami, per la copertura a tempo indeterminato di n. 4 posti di Dirigente Medico – disciplina di Medicina e Chirurgia d'Accettazione e d'Urgenza. Approvazione atti, graduatoria di merito e nomina dei vincitori.",
         "proposing_office": "U.O.C. Gestione Risorse Umane",
         "proposal_number": 298, "proposal_date": "2026-03-23",
         "immediately_executive": True}},

    {"file": "determina-benevento-siscom.pdf", "role": "act",
     "what": "determinazione dirigenziale of a Provincia, Settore Tecnico / Servizio heading box, sector register n. 97 of 20/03/2026 and general register n. 412 of 25/03/2026 in a two-row box, subject with typographic quotes, numbered points 1.-6., visto contabile and publication boxes (fpdf2, Siscom-like)",
     "operative_points": 6,
     "act": {
         "municipality": "Provincia di Benevento",
         "organ": "Settore Tecnico",
         "office": "Servizio Viabilità e Manutenzione Strade Provinciali",
         "kind": "determinazione dirigenziale",
         "number": 412, "sector_number": 97, "date": "2026-03-25",
         "subject": "S.P. 41 “Fortorina” – Lavori urgenti di ripristino del piano viabile e della segnaletica orizzontale dal km 4+200 al km 9+850 – Determina a contrarre e affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. n. 36/2023 – CUP J87H26000180003 – CIG B7A2C91F04."}},

    {"file": "determina-sibillini-civilia.pdf", "role": "act",
     "what": "determinazione del Direttore of a national park authority: running letterhead, register table (DETERMINAZIONE DEL DIRETTORE | N. 88 | del 12/03/2026), shaded Servizio band, subject in a borderless two-column table, four bulleted points, accounting and publication boxes on page 2 (LibreOffice from .docx, Civilia-like)",
     "operative_points": 4,
     "act": {
         "municipality": "Ente Parco Nazionale dei Monti Sibillini",
         "organ": "Direttore",
         "office": "Servizio Conservazione della Natura e Ricerca Scientifica",
         "kind": "determinazione",
         "number": 88, "date": "2026-03-12",
         "subject": "Accordo di collaborazione ai sensi dell'art. 15 della Legge n. 241/1990 con l'Università degli Studi di Camerino per il monitoraggio del Camoscio appenninico (Rupicapra pyrenaica ornata) – anno 2026. Approvazione schema di accordo e impegno di spesa."}},

    {"file": "determina-valletrompia-datagraph.pdf", "role": "act",
     "what": "determinazione of a Comunità Montana headed by its Area Tecnica and Servizio, title line with number and date, a four-column register table (proposta, data proposta, registro generale, data esecutività), points 1)-4) in a table, visto and publication boxes, one page (wkhtmltopdf, Datagraph-like)",
     "operative_points": 4,
     "act": {
         "municipality": "Comunità Montana di Valle Trompia",
         "organ": "Area Tecnica",
         "office": "Servizio Ambiente, Foreste e Sentieristica",
         "kind": "determinazione",
         "number": 143, "date": "2026-03-18",
         "proposal_number": 161, "proposal_date": "2026-03-16",
         "subject": "Interventi di manutenzione straordinaria della rete sentieristica e della viabilità agro-silvo-pastorale – Lotto 2 (Alta Valle) – Approvazione del certificato di regolare esecuzione e liquidazione dello stato finale all'impresa Boschiva Alta Valle S.r.l. – CUP F47H24001020002 – CIG A04C2D1E55."}},

    {"file": "decreto-trapani-apkappa.pdf", "role": "act",
     "what": "DECRETO DEL COMMISSARIO STRAORDINARIO of a Sicilian Libero Consorzio (appointment of a dirigente): running letterhead, title box, Numero/Data/Struttura proponente table, subject, numbered points 1.-5. in a table, registration and publication box (TCPDF, APKappa-like)",
     "operative_points": 5,
     "act": {
         "municipality": "Libero Consorzio Comunale di Trapani",
         "organ": "Commissario Straordinario",
         "kind": "decreto",
         "number": 9, "date": "2025-02-14",
         "proposing_office": "Settore 1 – Affari Generali e Risorse Umane",
         "subject": "Conferimento dell'incarico di direzione del Settore 3 “Viabilità, Trasporti e Protezione Civile” all'Ing. Salvatore Giacalone, Dirigente tecnico a tempo indeterminato."}},

    {"file": "bando-cmbari-maggioli.pdf", "role": "act",
     "what": "numbered bando (BANDO PUBBLICO N. 2/2026) of a Città Metropolitana for the use of school gyms: centred letterhead with the issuing Servizio, approving determinazione cited under the title, boxed Oggetto, articles 1-8 with a tariff table, place and date before the signature, CSS running heads from page 2 and 'Pag. x di y' (Chromium from HTML, Maggioli-like)",
     "act": {
         "municipality": "Città Metropolitana di Bari",
         "organ": "Servizio Edilizia, Impianti Termici, Tecnologici e Sport",
         "kind": "bando",
         "number": 2, "date": "2026-03-11",
         "subject": "Concessione in uso, in orario extrascolastico, delle palestre degli istituti di istruzione secondaria di secondo grado di competenza metropolitana – Stagione sportiva 2026/2027."}},

    {"file": "certificato-acquerisorgive-kibernetes.pdf", "role": "certificate",
     "what": "certificate of publication of CdA deliberation n. 21 of 05/03/2026 of a Consorzio di bonifica, published 09/03-24/03/2026 (publication register n. 87/2026 in a box): label/value table, CERTIFICA, executivity line, one page (ReportLab canvas, Kibernetes-like)",
     "act": {
         "municipality": "Consorzio di Bonifica Acque Risorgive",
         "kind": "certificato",
         "number": 21, "date": "2026-03-05",
         "subject": "Lavori di ricalibratura e consolidamento delle sponde del canale Menegon nei Comuni di Spinea e Mirano – 1° stralcio – Approvazione del progetto esecutivo. CUP H87B25000310002."}},

    {"file": "allegato-montedomini-excel.pdf", "role": "attachment",
     "what": "Allegato A to CdA deliberation n. 6 of 27/02/2026 of an ASP (ex IPAB): landscape spreadsheet-like tariff table (15 rows, 8 columns) with notes, header naming the body and the deliberation on every page; text on every page (LibreOffice from .odt)",
     "pages_without_text": [],
     "act": {
         "municipality": "ASP Firenze Montedomini",
         "kind": "allegato",
         "number": 6, "date": "2026-02-27",
         "subject": "TARIFFE DEI SERVIZI RESIDENZIALI, SEMIRESIDENZIALI E DOMICILIARI – ANNO 2026"}},

    {"file": "convocazione-atsfermo-saga.pdf", "role": "notice",
     "what": "letter convening the Comitato dei Sindaci of a Marche Ambito Territoriale Sociale: letterhead naming the capofila Comune, protocol and date left, addressees right, OGGETTO, numbered agenda 1.-6., signature of the Presidente del Comitato (fpdf2, Saga-like)",
     "act": {
         "municipality": "Ambito Territoriale Sociale XIX",
         "organ": "Presidente del Comitato dei Sindaci",
         "kind": "convocazione",
         "date": "2026-03-23",
         "subject": "Convocazione del Comitato dei Sindaci dell'Ambito Territoriale Sociale XIX – seduta ordinaria del 2 aprile 2026."}},

    {"file": "avviso-mugello-msword.pdf", "role": "notice",
     "what": "unnumbered avviso pubblico (expressions of interest for regional forest pastures) of an Unione Montana: first-page letterhead listing the member Comuni, Area/Servizio heading, title in capitals with guillemets, RENDE NOTO, lots table, numbered sections 1.-6., place and date, signature; running head on page 2 (LibreOffice from .docx, Word template)",
     "act": {
         "municipality": "Unione Montana dei Comuni del Mugello",
         "organ": "Area Tecnica",
         "office": "Servizio Patrimonio Agricolo Forestale Regionale",
         "kind": "avviso",
         "date": "2026-03-20",
         "subject": "AVVISO PUBBLICO PER LA RACCOLTA DI MANIFESTAZIONI DI INTERESSE ALL'AFFIDAMENTO IN CONCESSIONE DEI PASCOLI DEL COMPLESSO FORESTALE REGIONALE «GIOGO-CASAGLIA» – STAGIONI DI MONTICAZIONE 2026-2030"}},
]

with open(OUT, "w", encoding="utf-8") as f:
    json.dump(keys, f, ensure_ascii=False, indent=1)
    f.write("\n")
print("wrote", OUT, len(keys))
