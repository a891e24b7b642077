# -*- coding: utf-8 -*-
"""Content of the twelve determinazioni of set mix-133-b.

People, numbers, CIG/CUP codes and facts are invented.  The three Comuni
are real: Carpenedolo (BS, Lombardia), Paceco (TP, Sicilia) and Palombara
Sabina (RM, Lazio).  Every builder script imports this module, so that the
text printed and the text keyed come from one place.
"""

# ---------------------------------------------------------------- Carpenedolo
CARP = {
    "comune": "COMUNE DI CARPENEDOLO",
    "provincia": "Provincia di Brescia",
    "address": "Piazza Europa, 1 – 25013 Carpenedolo (BS) – C.F. 00370530173 – P.IVA 00566610987",
    "pec": "protocollo@pec.comune.carpenedolo.bs.it",
    "software": "civilianext",
    "messo": ("sig.ra", "Giovanna Tonoli", "IL MESSO COMUNALE"),
    "fin": ("dott.ssa", "Elena Zanola", "IL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA"),
}

CARP_RECITALS = [
    "Richiamato il decreto sindacale n. 14 del 29/12/2027, con il quale è stata attribuita al sottoscritto "
    "la responsabilità dell'{area_lc}, con le funzioni di cui all'art. 107 del D.Lgs. 18 agosto 2000, n. 267;",
    "Richiamate la deliberazione del Consiglio Comunale n. 58 del 18/12/2027, esecutiva ai sensi di legge, con la "
    "quale sono stati approvati il Documento Unico di Programmazione 2028/2030 e il Bilancio di previsione "
    "finanziario 2028/2030, e la deliberazione della Giunta Comunale n. 3 del 12/01/2028, con la quale è stato "
    "approvato il Piano Esecutivo di Gestione 2028/2030 e sono state assegnate le risorse ai Responsabili di Area;",
]
CARP_CLOSING = [
    "Visti il D.Lgs. 18 agosto 2000, n. 267, il D.Lgs. 23 giugno 2011, n. 118, lo Statuto comunale, il vigente "
    "Regolamento comunale di contabilità e il Regolamento sull'ordinamento degli uffici e dei servizi;",
    "Dato atto che il sottoscritto non si trova in situazioni di conflitto di interessi, anche potenziale, ai sensi "
    "dell'art. 6-bis della Legge 7 agosto 1990, n. 241 e del vigente Codice di comportamento dei dipendenti comunali;",
    "Attestata la regolarità tecnica e la correttezza dell'azione amministrativa del presente provvedimento, ai sensi "
    "dell'art. 147-bis, comma 1, del D.Lgs. 267/2000;",
]

# ---------------------------------------------------------------- Paceco
PAC = {
    "comune": "COMUNE DI PACECO",
    "provincia": "Libero Consorzio Comunale di Trapani",
    "address": "Via Amendola n. 1 – 91027 Paceco (TP) – Tel. 0923 401111 – C.F. 80004030816",
    "pec": "protocollo@pec.comune.paceco.tp.it",
    "software": "halley",
    "albo": ("", "Francesca Rallo", "Il Responsabile dell'Albo on line"),
    "fin": ("dott.", "Vito Adragna", "IL RESPONSABILE DEL SETTORE II – SERVIZI FINANZIARI E TRIBUTI"),
}

PAC_CERT = ("Il sottoscritto Responsabile dell'Albo on line attesta che la presente determinazione è stata "
            "pubblicata all'Albo Pretorio on line del Comune di Paceco in data %s e vi rimarrà per quindici giorni "
            "consecutivi, fino al %s, ai sensi dell'art. 11 della L.R. 44/1991 e dell'art. 32 della L. 69/2009.")

PAC_RECITALS = [
    "Visto l'O.R.EE.LL. vigente nella Regione Siciliana;",
    "Vista la L.R. 11 dicembre 1991, n. 48, e successive modifiche e integrazioni, che ha recepito con modifiche "
    "la Legge 8 giugno 1990, n. 142;",
    "Vista la Determinazione Sindacale n. 21 del 29/12/2027, con la quale sono stati nominati i Responsabili dei "
    "Settori e attribuite le funzioni dirigenziali di cui all'art. 107 del D.Lgs. 267/2000, come recepito dalla "
    "L.R. 23/1998;",
    "Vista la deliberazione del Consiglio Comunale n. 12 del 28/03/2028, con la quale è stato approvato il "
    "bilancio di previsione finanziario 2028/2030, e la deliberazione della Giunta Municipale n. 64 del 15/04/2028, "
    "di approvazione del Piano Esecutivo di Gestione 2028/2030;",
]
PAC_CLOSING = [
    "Dato atto che, ai sensi dell'art. 6-bis della L. 241/1990 e dell'art. 7 del D.P.R. 62/2013, non sussistono "
    "situazioni di conflitto di interessi, neppure potenziale, in capo al Responsabile del procedimento e al "
    "sottoscritto Responsabile del Settore;",
    "Ritenuta la propria competenza ai sensi dell'art. 107 del D.Lgs. 267/2000 e dell'art. 51 della L. 142/1990, "
    "come recepita dalla L.R. 48/1991;",
]

# ---------------------------------------------------------------- Palombara Sabina
PAL = {
    "comune": "COMUNE DI PALOMBARA SABINA",
    "provincia": "CITTA' METROPOLITANA DI ROMA CAPITALE",
    "address": "PIAZZA VITTORIO EMANUELE II, 1 - 00018 PALOMBARA SABINA (RM)",
    "software": "saga",
    "messo": ("", "SANDRO RICCI", "IL MESSO COMUNALE"),
    "fin": ("DOTT.SSA", "PAOLA TRINCA", "IL RESPONSABILE DELL'AREA II - ECONOMICO FINANZIARIA"),
}

PAL_RECITALS = [
    "VISTO il decreto del Sindaco n. 9 del 02/01/2028, con il quale e' stato conferito al sottoscritto "
    "l'incarico di Responsabile dell'{area_lc} con attribuzione delle funzioni di cui all'art. 107 del "
    "D.Lgs. 267/2000;",
    "VISTA la deliberazione di Consiglio Comunale n. 71 del 21/12/2027, esecutiva, di approvazione del "
    "Documento Unico di Programmazione e del Bilancio di Previsione 2028/2030;",
    "VISTA la deliberazione di Giunta Comunale n. 6 del 16/01/2028 di approvazione del Piano Esecutivo di "
    "Gestione 2028/2030;",
]
PAL_CLOSING = [
    "VISTO il D.Lgs. 18 agosto 2000, n. 267 e s.m.i.;",
    "VISTO il vigente Regolamento comunale di contabilita';",
    "DATO ATTO che non sussistono situazioni di conflitto di interessi ai sensi dell'art. 6-bis della "
    "L. 241/1990;",
]


ACTS = [
    # ================================================================ CARPENEDOLO
    {
        "id": "A1",
        "file": "determinazione-carpenedolo-civilianext-verde.pdf",
        "town": CARP,
        "producer": "ReportLab (platypus), justified paragraphs (Tw), letter-spaced title (Tc), running head",
        "area": "AREA TECNICA",
        "area_lc": "Area Tecnica",
        "office": "Servizio Lavori Pubblici e Manutenzioni",
        "reg_gen": 512, "reg_gen_date": "14/09/2028",
        "sect": 97, "sect_date": "11/09/2028",
        "subject": "AFFIDAMENTO DIRETTO, AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023, DEL "
                   "SERVIZIO DI MANUTENZIONE ORDINARIA DEL VERDE PUBBLICO PER IL PERIODO OTTOBRE 2028 – MARZO "
                   "2029 ALLA DITTA VERDE BASSA BRESCIANA S.R.L. – CIG B7A41C29E3 – IMPEGNO DI SPESA",
        "resp": ("ing.", "Marco Bonomi", "IL RESPONSABILE DELL'AREA TECNICA"),
        "premesse": [
            "Premesso che il Comune di Carpenedolo gestisce in economia e mediante affidamenti a operatori "
            "esterni la manutenzione delle aree verdi comunali, dei parchi pubblici, delle aiuole spartitraffico e "
            "delle pertinenze degli edifici scolastici, per una superficie complessiva di circa 148.000 mq;",
            "Dato atto che il precedente contratto di manutenzione ordinaria del verde pubblico, affidato con "
            "determinazione n. 488 del 26/09/2027, giungerà a scadenza il 30/09/2028 e che occorre pertanto "
            "garantire la continuità del servizio, in particolare per gli interventi di sfalcio autunnale, "
            "raccolta foglie, potatura di contenimento e pulizia dei tombini delle aree verdi;",
            "Visto l'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, che consente l'affidamento "
            "diretto dei servizi di importo inferiore a 140.000 euro, anche senza consultazione di più operatori "
            "economici, assicurando che siano scelti soggetti in possesso di documentate esperienze pregresse "
            "idonee all'esecuzione delle prestazioni contrattuali;",
            "Considerato che, a seguito di richiesta di offerta formulata tramite la piattaforma di "
            "e-procurement Sintel di ARIA S.p.A. (procedura n. 198734512), la ditta Verde Bassa Bresciana S.r.l., "
            "con sede in Montichiari (BS), via Santellone n. 42, P.IVA 03918470989, ha presentato un'offerta di "
            "euro 15.500,00 oltre IVA 22%, ritenuta congrua in relazione ai prezzi di mercato e al prezzario "
            "regionale delle opere pubbliche della Regione Lombardia;",
            "Verificato il possesso in capo all'operatore economico dei requisiti di ordine generale e speciale, "
            "mediante consultazione del Fascicolo Virtuale dell'Operatore Economico, e acquisito il DURC on line "
            "prot. INAIL_41287765, regolare con scadenza 18/12/2028;",
            "Dato atto che al presente affidamento è stato attribuito dall'ANAC il Codice Identificativo di Gara "
            "(CIG) B7A41C29E3 e che il Responsabile Unico del Progetto è il geom. Paolo Lancini, istruttore "
            "tecnico dell'Area Tecnica;",
        ],
        "determina": [
            "di approvare le premesse quali parte integrante e sostanziale del presente provvedimento;",
            "di affidare, ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. 36/2023, il servizio di "
            "manutenzione ordinaria del verde pubblico per il periodo 1 ottobre 2028 – 31 marzo 2029 alla ditta "
            "Verde Bassa Bresciana S.r.l., P.IVA 03918470989, per l'importo di euro 15.500,00 oltre IVA 22%, "
            "per complessivi euro 18.910,00;",
            "di impegnare la spesa complessiva di euro 18.910,00 imputandola come indicato nel prospetto "
            "contabile allegato, in relazione all'esigibilità dell'obbligazione (euro 9.455,00 sull'esercizio "
            "2028 ed euro 9.455,00 sull'esercizio 2029);",
            "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso del commercio, ai "
            "sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
            "di disporre la pubblicazione del presente provvedimento all'Albo Pretorio on line e nella sezione "
            "Amministrazione Trasparente, sottosezione Bandi di gara e contratti.",
        ],
        "impegni": [
            ("2028", "1184", "09021.03.1520", "Manutenzione verde pubblico – prestazioni di servizi", "9.455,00"),
            ("2029", "87", "09021.03.1520", "Manutenzione verde pubblico – prestazioni di servizi", "9.455,00"),
        ],
        "creditor": "Verde Bassa Bresciana S.r.l.",
        "visto_date": "14/09/2028",
        "pubbl": {"reg": 1406, "from": "15/09/2028", "to": "29/09/2028"},
    },
    {
        "id": "A2",
        "file": "determinazione-carpenedolo-civilianext-imu.pdf",
        "town": CARP,
        "producer": "ReportLab canvas: letterhead and signature in Form XObjects drawn after the body, rotated stamp",
        "area": "AREA ECONOMICO-FINANZIARIA",
        "area_lc": "Area Economico-Finanziaria",
        "office": "Servizio Tributi",
        "reg_gen": 498, "reg_gen_date": "08/09/2028",
        "sect": 61, "sect_date": "07/09/2028",
        "subject": "RIMBORSO DI SOMME VERSATE E NON DOVUTE A TITOLO DI IMPOSTA MUNICIPALE PROPRIA (IMU) PER LE "
                   "ANNUALITÀ 2025 E 2026 – IMPEGNO E LIQUIDAZIONE",
        "resp": ("dott.ssa", "Elena Zanola", "IL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA"),
        "premesse": [
            "Premesso che l'art. 1, comma 164, della Legge 27 dicembre 2006, n. 296 stabilisce che il rimborso "
            "delle somme versate e non dovute deve essere richiesto dal contribuente entro il termine di cinque "
            "anni dal giorno del versamento e che l'ente locale provvede ad effettuare il rimborso entro "
            "centottanta giorni dalla data di presentazione dell'istanza;",
            "Viste le istanze di rimborso IMU presentate da n. 7 contribuenti, acquisite al protocollo generale "
            "dell'Ente nel periodo compreso tra il 14/03/2028 e il 30/06/2028, relative a versamenti eseguiti in "
            "eccedenza o per immobili non soggetti all'imposta nelle annualità 2025 e 2026;",
            "Dato atto che il Servizio Tributi ha effettuato l'istruttoria delle singole istanze, verificando i "
            "versamenti sul portale dell'Agenzia delle Entrate, la posizione catastale degli immobili e le "
            "dichiarazioni presentate, e che per ciascun contribuente è stato quantificato l'importo da rimborsare "
            "come risulta dal prospetto istruttorio depositato agli atti d'ufficio, che per ragioni di riservatezza "
            "non viene pubblicato;",
            "Accertato che l'importo complessivo da rimborsare ammonta a euro 4.286,00, di cui euro 3.912,00 a "
            "titolo di imposta ed euro 374,00 a titolo di interessi calcolati al tasso legale ai sensi dell'art. 1, "
            "comma 165, della Legge 296/2006 e del vigente Regolamento comunale delle entrate;",
            "Richiamato l'art. 184 del D.Lgs. 267/2000, che disciplina la fase della liquidazione della spesa;",
        ],
        "determina": [
            "di riconoscere il diritto al rimborso dell'Imposta Municipale Propria versata e non dovuta per le "
            "annualità 2025 e 2026 in favore dei n. 7 contribuenti indicati nel prospetto istruttorio depositato "
            "agli atti del Servizio Tributi;",
            "di impegnare la somma complessiva di euro 4.286,00 sul capitolo indicato nel prospetto contabile del "
            "bilancio di previsione 2028/2030, esercizio 2028;",
            "di liquidare e pagare a ciascun contribuente l'importo indicato nel prospetto, mediante bonifico "
            "sulle coordinate bancarie comunicate con l'istanza;",
            "di dare atto che il presente provvedimento sarà comunicato ai contribuenti interessati e pubblicato "
            "all'Albo Pretorio on line senza l'indicazione dei dati personali.",
        ],
        "impegni": [
            ("2028", "1096", "01041.09.0390", "Rimborsi di imposte e tributi non dovuti – IMU", "4.286,00"),
        ],
        "creditor": "Contribuenti diversi (prospetto agli atti)",
        "visto_date": "08/09/2028",
        "pubbl": {"reg": 1371, "from": "11/09/2028", "to": "25/09/2028"},
    },
    {
        "id": "A3",
        "file": "determinazione-carpenedolo-civilianext-trasporto.pdf",
        "town": CARP,
        "producer": "Chromium from HTML, header repeated by a table head, operators listed in two columns",
        "area": "AREA SERVIZI ALLA PERSONA",
        "area_lc": "Area Servizi alla Persona",
        "office": "Servizio Istruzione, Cultura e Sport",
        "reg_gen": 521, "reg_gen_date": "18/09/2028",
        "sect": 34, "sect_date": "15/09/2028",
        "subject": "SERVIZIO DI TRASPORTO SCOLASTICO PER GLI ANNI SCOLASTICI 2028/2029 E 2029/2030 – DETERMINA A "
                   "CONTRARRE E AVVIO DI PROCEDURA NEGOZIATA SENZA BANDO SULLA PIATTAFORMA SINTEL – CIG B7C2E0D5A1",
        "resp": ("dott.ssa", "Chiara Baronio", "IL RESPONSABILE DELL'AREA SERVIZI ALLA PERSONA"),
        "premesse": [
            "Premesso che il Comune di Carpenedolo assicura il servizio di trasporto scolastico agli alunni "
            "della scuola primaria e della scuola secondaria di primo grado residenti nelle frazioni e nelle zone "
            "distanti dai plessi scolastici, in attuazione della L.R. Lombardia 6 agosto 2007, n. 19 e del "
            "vigente Regolamento comunale per il diritto allo studio;",
            "Dato atto che il contratto in essere, prorogato tecnicamente con determinazione n. 402 del "
            "28/07/2028 nelle more dell'espletamento della nuova procedura, scadrà il 31/12/2028;",
            "Visto l'art. 50, comma 1, lett. e), del D.Lgs. 36/2023, che per l'affidamento di servizi di importo "
            "pari o superiore a 140.000 euro e inferiore alle soglie europee prevede la procedura negoziata senza "
            "bando, previa consultazione di almeno cinque operatori economici, ove esistenti, individuati in base a "
            "indagini di mercato o tramite elenchi di operatori economici;",
            "Considerato che l'importo stimato dell'appalto per il periodo 1 gennaio 2029 – 30 giugno 2030 "
            "ammonta a euro 186.400,00 oltre IVA 10%, di cui euro 1.200,00 per oneri della sicurezza non soggetti "
            "a ribasso, come risulta dal progetto del servizio redatto dal Servizio Istruzione;",
            "Ritenuto di invitare alla procedura, che si svolgerà sulla piattaforma Sintel di ARIA S.p.A. con il "
            "criterio dell'offerta economicamente più vantaggiosa, i seguenti operatori economici iscritti "
            "nell'elenco fornitori telematico e qualificati per la categoria merceologica del trasporto scolastico:",
        ],
        "operators": [
            "Autoservizi Garda Bus S.r.l. – Desenzano d/G",
            "Bettoni Viaggi S.n.c. – Montichiari",
            "Cooperativa Sociale La Rondine – Castiglione d/S",
            "Autolinee Mantovane S.p.A. – Mantova",
            "Scalvini Trasporti S.r.l. – Ghedi",
            "Vallecamonica Bus S.r.l. – Darfo B.T.",
            "Travel Lombardia S.r.l. – Brescia",
            "Zanetti Autoservizi S.a.s. – Asola",
        ],
        "premesse_after": [
            "Stabilito, ai sensi dell'art. 17 del D.Lgs. 36/2023 e dell'art. 192 del D.Lgs. 267/2000, che il fine "
            "del contratto è garantire il trasporto casa-scuola degli alunni nel rispetto del calendario scolastico "
            "regionale, che l'oggetto è il servizio con tre scuolabus messi a disposizione dall'appaltatore sui "
            "percorsi approvati dall'Amministrazione, che il contratto sarà stipulato in forma pubblica "
            "amministrativa con modalità elettronica e che le clausole essenziali sono contenute nel capitolato "
            "speciale d'appalto;",
            "Ritenuto di aggiudicare il servizio con il criterio dell'offerta economicamente più vantaggiosa "
            "individuata sulla base del miglior rapporto qualità/prezzo, ai sensi dell'art. 108, comma 2, del "
            "D.Lgs. 36/2023, attribuendo i punteggi secondo i seguenti criteri:",
        ],
        "criteri": [
            ("A", "Organizzazione del servizio, piano dei percorsi e gestione delle sostituzioni", "25"),
            ("B", "Caratteristiche dei mezzi: anno di immatricolazione, classe ambientale, dotazioni di sicurezza", "25"),
            ("C", "Personale: esperienza degli autisti, formazione, presenza dell'accompagnatore", "15"),
            ("D", "Servizi aggiuntivi senza oneri per il Comune (uscite didattiche, centri estivi)", "10"),
            ("E", "Sistema di monitoraggio dei mezzi e di comunicazione con le famiglie", "5"),
            ("F", "Offerta economica: ribasso percentuale sull'importo a base di gara", "20"),
        ],
        "premesse_after2": [
            "Dato atto che la Commissione giudicatrice sarà nominata con successivo provvedimento dopo la scadenza "
            "del termine per la presentazione delle offerte, ai sensi dell'art. 93 del D.Lgs. 36/2023;",
            "Dato atto che il Responsabile Unico del Progetto è la sottoscritta e che il CIG attribuito alla "
            "procedura è B7C2E0D5A1;",
        ],
        "determina": [
            "di approvare le premesse quali parte integrante e sostanziale del presente atto;",
            "di indire, per le motivazioni esposte, una procedura negoziata senza bando ai sensi dell'art. 50, "
            "comma 1, lett. e), del D.Lgs. 36/2023 per l'affidamento del servizio di trasporto scolastico per il "
            "periodo 1 gennaio 2029 – 30 giugno 2030, per un importo a base di gara di euro 186.400,00 oltre IVA;",
            "di approvare la lettera di invito, il capitolato speciale d'appalto e il modello di offerta, depositati "
            "agli atti del Servizio Istruzione;",
            "di invitare alla procedura gli otto operatori economici elencati in premessa;",
            "di prenotare la spesa complessiva di euro 205.040,00 IVA compresa sul capitolo indicato nel "
            "prospetto contabile, esercizi 2029 e 2030, e di impegnare la somma di euro 225,00 per il contributo "
            "dovuto all'ANAC;",
            "di dare atto che il presente provvedimento è pubblicato all'Albo Pretorio on line e nella sezione "
            "Amministrazione Trasparente ai sensi dell'art. 28 del D.Lgs. 36/2023.",
        ],
        "impegni": [
            ("2028", "1212", "04061.03.0730", "Contributo ANAC – gare servizi scolastici", "225,00"),
            ("2029", "P 31", "04061.03.0710", "Trasporto scolastico – servizio appaltato", "136.693,33"),
            ("2030", "P 12", "04061.03.0710", "Trasporto scolastico – servizio appaltato", "68.346,67"),
        ],
        "creditor": "Da individuare con la procedura / ANAC",
        "visto_date": "18/09/2028",
        "pubbl": {"reg": 1441, "from": "19/09/2028", "to": "03/10/2028"},
    },
    {
        "id": "A4",
        "file": "determinazione-carpenedolo-civilianext-personale.pdf",
        "town": CARP,
        "producer": "wkhtmltopdf from HTML, header on the first page, number in a running foot",
        "area": "AREA AMMINISTRATIVA",
        "area_lc": "Area Amministrativa",
        "office": "Servizio Segreteria, Personale e Affari Generali",
        "reg_gen": 530, "reg_gen_date": "22/09/2028",
        "sect": 72, "sect_date": "21/09/2028",
        "subject": "ASSUNZIONE A TEMPO DETERMINATO E PARZIALE (18 ORE SETTIMANALI) DI N. 1 ISTRUTTORE "
                   "AMMINISTRATIVO MEDIANTE UTILIZZO DELLA GRADUATORIA DEL COMUNE DI MONTICHIARI – IMPEGNO DI SPESA",
        "resp": ("dott.", "Stefano Treccani", "IL RESPONSABILE DELL'AREA AMMINISTRATIVA"),
        "premesse": [
            "Premesso che con deliberazione della Giunta Comunale n. 97 del 26/07/2028 è stato aggiornato il "
            "Piano Integrato di Attività e Organizzazione 2028/2030, sezione Piano triennale dei fabbisogni di "
            "personale, prevedendo per l'anno 2028 l'assunzione a tempo determinato e parziale di un Istruttore "
            "amministrativo (Area degli Istruttori del CCNL Funzioni Locali 16/11/2022) da assegnare ai Servizi "
            "Demografici, per far fronte all'incremento delle attività connesse al rilascio della carta d'identità "
            "elettronica;",
            "Visto l'art. 3, comma 61, della Legge 24 dicembre 2003, n. 350, che consente agli enti locali di "
            "utilizzare le graduatorie di pubblici concorsi approvate da altre amministrazioni, previo accordo tra "
            "le amministrazioni interessate;",
            "Vista la convenzione sottoscritta in data 05/09/2028 con il Comune di Montichiari per l'utilizzo della "
            "graduatoria del concorso pubblico per Istruttore amministrativo approvata con determinazione del "
            "Comune di Montichiari n. 611 del 14/11/2027;",
            "Dato atto che il primo candidato utilmente collocato e disponibile, interpellato con nota prot. "
            "n. 15877 del 11/09/2028, ha accettato l'assunzione con nota acquisita al prot. n. 16102 del 15/09/2028;",
            "Verificato il rispetto dei vincoli di spesa di personale di cui all'art. 1, comma 557, della Legge "
            "296/2006 e del limite di cui all'art. 9, comma 28, del D.L. 78/2010, come da attestazione del "
            "Responsabile dell'Area Economico-Finanziaria;",
        ],
        "determina": [
            "di assumere a tempo determinato e parziale (18 ore settimanali), dal 1 ottobre 2028 al 30 settembre "
            "2029, n. 1 Istruttore amministrativo, Area degli Istruttori, mediante utilizzo della graduatoria del "
            "Comune di Montichiari, nella persona della sig.ra Martina Savoldi;",
            "di stipulare con la dipendente il contratto individuale di lavoro ai sensi dell'art. 60 del CCNL "
            "Funzioni Locali 16/11/2022;",
            "di impegnare la spesa complessiva di euro 13.642,00, comprensiva di oneri riflessi e IRAP, come "
            "indicato nel prospetto contabile;",
            "di trasmettere copia del presente atto al Comune di Montichiari e al Servizio Personale per gli "
            "adempimenti di competenza;",
            "di dare atto che il presente provvedimento è pubblicato all'Albo Pretorio on line per quindici giorni "
            "consecutivi.",
        ],
        "impegni": [
            ("2028", "1229", "01071.01.0120", "Retribuzioni personale a tempo determinato – Servizi Demografici", "2.540,00"),
            ("2028", "1230", "01071.01.0125", "Oneri previdenziali e assistenziali – tempo determinato", "727,00"),
            ("2029", "96", "01071.01.0120", "Retribuzioni personale a tempo determinato – Servizi Demografici", "8.050,00"),
            ("2029", "97", "01071.02.0130", "IRAP personale a tempo determinato", "2.325,00"),
        ],
        "creditor": "Dipendente a tempo determinato / Enti previdenziali",
        "visto_date": "22/09/2028",
        "pubbl": {"reg": 1468, "from": "25/09/2028", "to": "09/10/2028"},
    },

    # ================================================================ PACECO
    {
        "id": "B1",
        "file": "determinazione-paceco-halley-strade.pdf",
        "town": PAC,
        "producer": "python-docx, exported by LibreOffice Writer",
        "area": "SETTORE III – LAVORI PUBBLICI E MANUTENZIONI",
        "office": "Servizio Manutenzione Strade e Illuminazione Pubblica",
        "reg_gen": 689, "reg_gen_date": "07/09/2028",
        "sect": 118, "sect_date": "05/09/2028",
        "proposal": 134, "proposal_date": "04/09/2028",
        "subject": "Lavori di somma urgenza per il ripristino della sede stradale di via Amerigo Vespucci a seguito "
                   "del cedimento del 28/08/2028. Approvazione della perizia giustificativa e impegno di spesa in "
                   "favore della ditta Edil Sud Costruzioni S.r.l. – CIG B7F1034A2C – CUP F37H28000410004",
        "resp": ("ing.", "Salvatore Vultaggio", "IL RESPONSABILE DEL SETTORE III"),
        "rup": ("geom.", "Antonino Bica"),
        "premesse": [
            "Premesso che in data 28/08/2028, a seguito delle intense precipitazioni, si è verificato un "
            "cedimento della sede stradale di via Amerigo Vespucci, all'altezza del civico 57, con la formazione di "
            "una voragine di circa 12 mq causata dalla rottura di un tratto della condotta di raccolta delle acque "
            "meteoriche;",
            "Visto il verbale di somma urgenza redatto in pari data dal Responsabile del procedimento, geom. "
            "Antonino Bica, ai sensi dell'art. 140 del D.Lgs. 31 marzo 2023, n. 36, con il quale è stata disposta "
            "l'immediata esecuzione dei lavori necessari a rimuovere lo stato di pregiudizio per la pubblica "
            "incolumità e affidata l'esecuzione alla ditta Edil Sud Costruzioni S.r.l., con sede in Trapani, via "
            "Marsala n. 211, P.IVA 02615430812;",
            "Vista la perizia giustificativa dei lavori redatta in data 01/09/2028, dell'importo complessivo di "
            "euro 23.180,00, di cui euro 18.300,00 per lavori comprensivi di euro 520,00 per oneri della "
            "sicurezza, ed euro 4.880,00 per somme a disposizione dell'Amministrazione (IVA 22% e imprevisti);",
            "Dato atto che la Giunta Municipale, con deliberazione n. 118 del 02/09/2028, ha riconosciuto la "
            "spesa ai sensi dell'art. 191, comma 3, del D.Lgs. 267/2000 e ha demandato al Responsabile del "
            "Settore III l'adozione degli atti di impegno;",
            "Acquisito il DURC on line regolare, prot. INPS_42931874, con scadenza 22/12/2028, e verificata "
            "l'iscrizione della ditta nella white list della Prefettura di Trapani;",
            "Visto l'art. 191, comma 3, del D.Lgs. 267/2000, il quale dispone che per i lavori pubblici di somma "
            "urgenza, cagionati dal verificarsi di un evento eccezionale o imprevedibile, la Giunta, entro venti "
            "giorni dall'ordinazione fatta a terzi, sottopone al Consiglio il provvedimento di riconoscimento della "
            "spesa, e dato atto che la relativa proposta di deliberazione è stata trasmessa alla Presidenza del "
            "Consiglio Comunale con nota prot. n. 19412 del 04/09/2028;",
            "Dato atto che i lavori sono stati consegnati in via d'urgenza in data 29/08/2028 e ultimati in data "
            "02/09/2028, come risulta dal verbale di consegna e dal certificato di ultimazione redatti dal "
            "Responsabile del procedimento, e che la circolazione veicolare in via Amerigo Vespucci è stata "
            "ripristinata il 03/09/2028, con revoca dell'ordinanza di chiusura al traffico emessa dal Comando di "
            "Polizia Municipale;",
            "Considerato che la perizia giustificativa presenta il seguente quadro economico:",
        ],
        "quadro": [
            ("A.1) Lavori a misura (scavo, rifacimento condotta, riempimento e pavimentazione)", "17.780,00"),
            ("A.2) Oneri per la sicurezza non soggetti a ribasso", "520,00"),
            ("Totale lavori (A)", "18.300,00"),
            ("B.1) IVA 22% sui lavori", "4.026,00"),
            ("B.2) Imprevisti e arrotondamenti", "854,00"),
            ("Totale somme a disposizione (B)", "4.880,00"),
            ("TOTALE COMPLESSIVO (A+B)", "23.180,00"),
        ],
        "determina": [
            "approvare la perizia giustificativa dei lavori di somma urgenza per il ripristino della sede "
            "stradale di via Amerigo Vespucci, dell'importo complessivo di euro 23.180,00;",
            "confermare l'affidamento dei lavori alla ditta Edil Sud Costruzioni S.r.l., P.IVA 02615430812, per "
            "l'importo di euro 18.300,00 oltre IVA 22%, per complessivi euro 22.326,00;",
            "impegnare la somma di euro 22.326,00 sul capitolo indicato nel prospetto contabile del bilancio "
            "2028/2030, esercizio 2028;",
            "dare atto che alla liquidazione si provvederà con successivo provvedimento, previa presentazione di "
            "regolare fattura elettronica e verifica della regolarità contributiva;",
            "trasmettere il presente provvedimento al Settore II – Servizi Finanziari e Tributi per il visto di "
            "regolarità contabile e disporne la pubblicazione all'Albo Pretorio on line.",
        ],
        "impegni": [
            ("2028", "1317", "10052.02.2870", "Manutenzione straordinaria strade comunali", "22.326,00"),
        ],
        "creditor": "Edil Sud Costruzioni S.r.l.",
        "visto_date": "07/09/2028",
        "pubbl": {"reg": 1822, "from": "08/09/2028", "to": "22/09/2028"},
    },
    {
        "id": "B2",
        "file": "determinazione-paceco-halley-libri.pdf",
        "town": PAC,
        "producer": "python-docx, exported by LibreOffice Writer: justified, letter-spaced title, first-page header",
        "area": "SETTORE I – AFFARI GENERALI E SERVIZI ALLA PERSONA",
        "office": "Servizio Pubblica Istruzione",
        "reg_gen": 702, "reg_gen_date": "12/09/2028",
        "sect": 96, "sect_date": "11/09/2028",
        "proposal": 103, "proposal_date": "08/09/2028",
        "subject": "Fornitura gratuita o semigratuita dei libri di testo agli alunni delle scuole secondarie di primo e "
                   "secondo grado per l'anno scolastico 2027/2028 (art. 27 della L. 448/1998). Impegno e "
                   "liquidazione dei contributi agli aventi diritto",
        "resp": ("dott.ssa", "Maria Pia Culcasi", "IL RESPONSABILE DEL SETTORE I"),
        "rup": ("sig.", "Giuseppe Poma"),
        "premesse": [
            "Premesso che l'art. 27 della Legge 23 dicembre 1998, n. 448 prevede la fornitura gratuita, totale o "
            "parziale, dei libri di testo in favore degli alunni delle scuole dell'obbligo e secondarie superiori "
            "appartenenti a famiglie in condizioni economiche disagiate;",
            "Vista la circolare dell'Assessorato Regionale dell'Istruzione e della Formazione Professionale n. 11 "
            "del 21/09/2027, con la quale sono state impartite le direttive per l'erogazione dei contributi per "
            "l'anno scolastico 2027/2028, stabilendo quale requisito di accesso un ISEE non superiore a euro "
            "10.632,94;",
            "Visto il D.D.G. n. 2214 del 23/05/2028, con il quale l'Assessorato ha ripartito le somme tra i Comuni "
            "della Regione, assegnando al Comune di Paceco la somma di euro 31.470,00, accreditata in data "
            "18/07/2028 e accertata al capitolo di entrata 2011.06;",
            "Dato atto che, a seguito dell'avviso pubblico del 04/10/2027, sono pervenute n. 214 istanze, di cui "
            "n. 201 ammesse e n. 13 escluse per mancanza dei requisiti, come risulta dagli elenchi predisposti dal "
            "Servizio Pubblica Istruzione e depositati agli atti, che per ragioni di riservatezza non vengono "
            "pubblicati;",
            "Considerato che la somma assegnata è sufficiente a coprire l'intero fabbisogno, quantificato in euro "
            "29.845,00 secondo gli importi massimi per ordine e classe di scuola fissati dalla circolare regionale;",
        ],
        "determina": [
            "Impegnare la somma di euro 29.845,00 sul capitolo indicato nel prospetto contabile del bilancio "
            "2028/2030, esercizio 2028, finanziato con il trasferimento regionale accertato al capitolo di entrata "
            "2011.06;",
            "Liquidare in favore dei n. 201 beneficiari ammessi i contributi per la fornitura dei libri di testo, "
            "negli importi risultanti dagli elenchi depositati agli atti d'ufficio;",
            "Autorizzare il Settore II – Servizi Finanziari e Tributi all'emissione dei mandati di pagamento "
            "mediante accredito sulle coordinate bancarie indicate nelle istanze;",
            "Dare atto che la somma residua di euro 1.625,00 sarà restituita alla Regione Siciliana o utilizzata "
            "secondo le successive direttive dell'Assessorato.",
        ],
        "impegni": [
            ("2028", "1352", "04071.04.1440", "Contributi libri di testo – fondi regionali L. 448/1998", "29.845,00"),
        ],
        "creditor": "Beneficiari diversi (elenchi agli atti)",
        "visto_date": "12/09/2028",
        "pubbl": {"reg": 1869, "from": "13/09/2028", "to": "27/09/2028"},
    },
    {
        "id": "B3",
        "file": "determinazione-paceco-halley-software.pdf",
        "town": PAC,
        "producer": "fpdf2, report-engine output: every glyph placed on its own, no space characters",
        "area": "SETTORE II – SERVIZI FINANZIARI E TRIBUTI",
        "office": "Ufficio Economato e Provveditorato",
        "reg_gen": 715, "reg_gen_date": "19/09/2028",
        "sect": 57, "sect_date": "18/09/2028",
        "proposal": 61, "proposal_date": "15/09/2028",
        "subject": "Rinnovo dei contratti di assistenza, manutenzione e aggiornamento dei software gestionali in uso "
                   "presso gli uffici comunali per l'anno 2029. Affidamento diretto e impegno di spesa – CIG "
                   "B80E2D7715",
        "resp": ("dott.", "Vito Adragna", "IL RESPONSABILE DEL SETTORE II"),
        "rup": ("rag.", "Caterina Amodeo"),
        "premesse": [
            "Premesso che gli uffici comunali utilizzano un sistema informativo integrato per la gestione della "
            "contabilità finanziaria, del protocollo informatico, degli atti amministrativi, dei servizi demografici "
            "e dei tributi, fornito in licenza d'uso dalla ditta Halley Sud S.r.l.;",
            "Considerato che i contratti di assistenza, manutenzione e aggiornamento normativo dei suddetti "
            "programmi scadono il 31/12/2028 e che il loro rinnovo è indispensabile per garantire la continuità "
            "dei servizi, l'adeguamento alle modifiche normative e la conservazione dei dati;",
            "Visto l'art. 50, comma 1, lett. b), del D.Lgs. 36/2023 e dato atto che l'affidamento è effettuato "
            "tramite ordine diretto sul Mercato Elettronico della Pubblica Amministrazione (MePA), ordine n. "
            "8832145, per un importo di euro 27.400,00 oltre IVA 22%;",
            "Dato atto che il principio di rotazione di cui all'art. 49 del D.Lgs. 36/2023 non si applica, trattandosi "
            "di prestazioni di manutenzione di programmi proprietari per i quali il fornitore detiene i diritti "
            "esclusivi, come attestato dalla dichiarazione di esclusività acquisita agli atti;",
            "Acquisito il DURC on line regolare, prot. INAIL_43011287, con scadenza 09/01/2029;",
        ],
        "determina": [
            "Affidare alla ditta Halley Sud S.r.l., P.IVA 05473210829, il servizio di assistenza, manutenzione e "
            "aggiornamento dei software gestionali per l'anno 2029, per l'importo di euro 27.400,00 oltre IVA 22%, "
            "per complessivi euro 33.428,00;",
            "Impegnare la somma complessiva di euro 33.428,00 sul capitolo indicato nel prospetto contabile, "
            "esercizio 2029 del bilancio di previsione 2028/2030;",
            "Dare atto che la spesa rientra nei limiti di cui all'art. 163 del D.Lgs. 267/2000 e che il contratto "
            "si intende concluso con l'ordine sul MePA;",
            "Disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione Amministrazione "
            "Trasparente.",
        ],
        "impegni": [
            ("2029", "58", "01031.03.0260", "Assistenza e manutenzione software", "33.428,00"),
        ],
        "creditor": "Halley Sud S.r.l.",
        "visto_date": "19/09/2028",
        "pubbl": {"reg": 1911, "from": "20/09/2028", "to": "04/10/2028"},
    },
    {
        "id": "B4",
        "file": "determinazione-paceco-halley-rifiuti.pdf",
        "town": PAC,
        "producer": "pdfLaTeX (fancyhdr running foot, framed subject)",
        "area": "SETTORE IV – URBANISTICA, AMBIENTE E SUAP",
        "office": "Servizio Ambiente ed Ecologia",
        "reg_gen": 731, "reg_gen_date": "26/09/2028",
        "sect": 44, "sect_date": "25/09/2028",
        "proposal": 49, "proposal_date": "22/09/2028",
        "subject": "Servizio di rimozione, trasporto e smaltimento di rifiuti abbandonati su aree pubbliche del "
                   "territorio comunale. Affidamento alla ditta Ecologia Drepanum S.r.l. e impegno di spesa – CIG "
                   "B81A9C4E06",
        "resp": ("arch.", "Giuseppe Grammatico", "IL RESPONSABILE DEL SETTORE IV"),
        "rup": ("dott.", "Leonardo Fodale"),
        "premesse": [
            "Premesso che sul territorio comunale, in particolare lungo le strade periferiche di collegamento con "
            "le frazioni di Dattilo, Nubia e Marausa, si registra il ripetuto abbandono di rifiuti ingombranti, "
            "inerti da demolizione, pneumatici fuori uso e rifiuti contenenti amianto, con grave pregiudizio per "
            "l'igiene pubblica e il decoro;",
            "Visto l'art. 192 del D.Lgs. 3 aprile 2006, n. 152, che pone a carico del Comune la rimozione dei "
            "rifiuti abbandonati su aree pubbliche quando non sia possibile individuare il responsabile;",
            "Vista la relazione del Responsabile del procedimento del 19/09/2028, con la quale sono stati "
            "individuati n. 23 siti di abbandono e stimati circa 64 tonnellate di rifiuti da rimuovere, di cui 3,2 "
            "tonnellate di materiali contenenti amianto da trattare secondo le procedure di cui al D.M. 6 settembre "
            "1994;",
            "Considerato che la ditta Ecologia Drepanum S.r.l., con sede in Trapani, contrada Lenzi n. 17, P.IVA "
            "02741960815, iscritta all'Albo Nazionale Gestori Ambientali nelle categorie 4, 5 e 10A, interpellata "
            "tramite la piattaforma telematica dell'Ente, ha offerto un ribasso del 9,40% sull'elenco prezzi posto a "
            "base dell'affidamento, per un importo netto di euro 36.240,00 oltre IVA 10%;",
            "Verificati i requisiti dell'operatore economico tramite il Fascicolo Virtuale e acquisita "
            "l'informazione antimafia liberatoria tramite la Banca Dati Nazionale Antimafia;",
        ],
        "determina": [
            "di affidare alla ditta Ecologia Drepanum S.r.l., P.IVA 02741960815, il servizio di rimozione, "
            "trasporto e smaltimento dei rifiuti abbandonati su aree pubbliche del territorio comunale, per "
            "l'importo di euro 36.240,00 oltre IVA 10%, per complessivi euro 39.864,00;",
            "di impegnare la spesa di euro 39.864,00 sul capitolo indicato nel prospetto contabile del bilancio "
            "2028/2030, esercizio 2028;",
            "di stabilire che il servizio dovrà essere completato entro sessanta giorni dalla consegna, secondo "
            "il cronoprogramma concordato con il Responsabile del procedimento;",
            "di riservarsi la rivalsa delle spese nei confronti dei responsabili degli abbandoni eventualmente "
            "individuati dalla Polizia Municipale;",
            "di trasmettere copia del presente atto al Settore II per gli adempimenti contabili e di disporne la "
            "pubblicazione all'Albo Pretorio on line.",
        ],
        "impegni": [
            ("2028", "1398", "09031.03.1730", "Rimozione rifiuti abbandonati e bonifiche", "39.864,00"),
        ],
        "creditor": "Ecologia Drepanum S.r.l.",
        "visto_date": "26/09/2028",
        "pubbl": {"reg": 1958, "from": "27/09/2028", "to": "11/10/2028"},
    },

    # ================================================================ PALOMBARA SABINA
    {
        "id": "C1",
        "file": "determinazione-palombarasabina-saga-tari.pdf",
        "town": PAL,
        "producer": "GNU enscript 80 columns, Courier, running head with the number, ps2pdf",
        "area": "AREA II - ECONOMICO FINANZIARIA",
        "area_lc": "Area II - Economico Finanziaria",
        "office": "SERVIZIO TRIBUTI",
        "reg_gen": 733, "reg_gen_date": "05/09/2028",
        "sect": 41, "sect_date": "04/09/2028",
        "subject": "APPROVAZIONE DEL RUOLO ORDINARIO TARI ANNO 2028 E AFFIDAMENTO DEL SERVIZIO DI STAMPA, "
                   "IMBUSTAMENTO E POSTALIZZAZIONE DEGLI AVVISI DI PAGAMENTO - CIG B7D55E1F03",
        "resp": ("DOTT.SSA", "PAOLA TRINCA", "IL RESPONSABILE DELL'AREA II"),
        "premesse": [
            "PREMESSO che con deliberazione di Consiglio Comunale n. 22 del 29/04/2028 sono state approvate "
            "le tariffe della Tassa sui Rifiuti (TARI) per l'anno 2028, sulla base del Piano Economico "
            "Finanziario validato dall'Ente territorialmente competente;",
            "CONSIDERATO che il Regolamento comunale per l'applicazione della TARI prevede la riscossione in "
            "tre rate, con scadenza al 31 ottobre 2028, al 31 dicembre 2028 e al 28 febbraio 2029, ovvero in "
            "unica soluzione entro il 31 ottobre 2028;",
            "VISTO il ruolo ordinario TARI 2028 elaborato dal Servizio Tributi sulla base delle banche dati "
            "comunali aggiornate al 31/08/2028, composto da n. 7.184 utenze domestiche e n. 612 utenze non "
            "domestiche, per un carico complessivo di euro 3.212.480,00 comprensivo del tributo provinciale "
            "per l'esercizio delle funzioni di tutela ambientale (TEFA);",
            "RITENUTO di affidare il servizio di stampa, imbustamento e postalizzazione degli avvisi di "
            "pagamento, con allegati modelli pagoPA, alla ditta Postel Service Lazio S.r.l., P.IVA "
            "14872031005, che tramite trattativa diretta sul MePA n. 4417823 ha offerto il prezzo unitario "
            "di euro 0,96 per avviso, per un importo complessivo di euro 7.480,00 oltre IVA 22%;",
        ],
        "determina": [
            "DI APPROVARE il ruolo ordinario TARI anno 2028 per un carico complessivo di euro 3.212.480,00, "
            "come da riepilogo depositato agli atti del Servizio Tributi;",
            "DI AFFIDARE il servizio di stampa, imbustamento e postalizzazione degli avvisi di pagamento "
            "alla ditta Postel Service Lazio S.r.l. per euro 7.480,00 oltre IVA, complessivi euro 9.125,60;",
            "DI IMPEGNARE la spesa di euro 9.125,60 sul capitolo indicato nel prospetto contabile;",
            "DI ACCERTARE l'entrata di euro 3.212.480,00 al capitolo 1010151 del bilancio 2028;",
            "DI DISPORRE la pubblicazione del presente atto all'Albo Pretorio on line.",
        ],
        "impegni": [
            ("2028", "1502", "01041.03.0180", "SPESE POSTALI E STAMPA AVVISI TRIBUTI", "9.125,60"),
        ],
        "creditor": "POSTEL SERVICE LAZIO S.R.L.",
        "visto_date": "05/09/2028",
        "pubbl": {"reg": 1204, "from": "06/09/2028", "to": "20/09/2028"},
    },
    {
        "id": "C2",
        "file": "determinazione-palombarasabina-saga-scuola.pdf",
        "town": PAL,
        "producer": "GNU a2ps 80 columns, its own page heads and foots, ps2pdf",
        "area": "AREA III - TECNICA LAVORI PUBBLICI",
        "area_lc": "Area III - Tecnica Lavori Pubblici",
        "office": "SERVIZIO MANUTENZIONI E PATRIMONIO",
        "reg_gen": 751, "reg_gen_date": "12/09/2028",
        "sect": 118, "sect_date": "11/09/2028",
        "subject": "LAVORI DI MANUTENZIONE STRAORDINARIA DELLA COPERTURA DELLA SCUOLA PRIMARIA DI VIA SAN BIAGIO - "
                   "APPROVAZIONE DELLO STATO FINALE E DEL CERTIFICATO DI REGOLARE ESECUZIONE - CUP "
                   "G47H27000230004 - CIG B6E90A3F11",
        "resp": ("GEOM.", "ROBERTO SANTOPONTE", "IL RESPONSABILE DELL'AREA III"),
        "premesse": [
            "PREMESSO che con determinazione n. 402 del 22/05/2028 i lavori di manutenzione straordinaria "
            "della copertura della scuola primaria di via San Biagio sono stati affidati alla ditta Edilcoperture "
            "Sabina S.r.l., con sede in Fara in Sabina (RI), P.IVA 01184250577, per l'importo netto di euro "
            "71.845,20 oltre IVA 10%;",
            "DATO ATTO che i lavori sono stati consegnati in data 15/06/2028, come da verbale in pari data, e "
            "ultimati in data 28/08/2028, entro il termine contrattuale, come da certificato di ultimazione "
            "redatto dal Direttore dei Lavori ing. Claudio Marinelli;",
            "VISTI lo stato finale dei lavori e il certificato di regolare esecuzione emesso in data "
            "06/09/2028, dai quali risulta un credito residuo dell'impresa di euro 7.184,52 oltre IVA 10%, "
            "al netto degli acconti corrisposti con il primo e unico stato di avanzamento;",
            "VERIFICATA la regolarita' contributiva dell'impresa mediante DURC on line prot. "
            "INPS_42877301, con scadenza 30/11/2028;",
        ],
        "determina": [
            "DI APPROVARE lo stato finale dei lavori e il certificato di regolare esecuzione del 06/09/2028;",
            "DI LIQUIDARE alla ditta Edilcoperture Sabina S.r.l. la rata di saldo di euro 7.184,52 oltre IVA "
            "10%, complessivi euro 7.902,97, a valere sull'impegno indicato nel prospetto contabile;",
            "DI SVINCOLARE la cauzione definitiva prestata dall'impresa mediante polizza fideiussoria;",
            "DI DARE ATTO che il presente atto e' pubblicato all'Albo Pretorio on line.",
        ],
        "impegni": [
            ("2028", "684", "04022.02.3150", "MANUTENZIONE STRAORDINARIA EDIFICI SCOLASTICI - PNRR", "7.902,97"),
        ],
        "creditor": "EDILCOPERTURE SABINA S.R.L.",
        "visto_date": "12/09/2028",
        "pubbl": {"reg": 1247, "from": "13/09/2028", "to": "27/09/2028"},
    },
    {
        "id": "C3",
        "file": "determinazione-palombarasabina-saga-segnaletica.pdf",
        "town": PAL,
        "producer": "groff (troff, Courier, justified) to PostScript, ps2pdf",
        "area": "AREA IV - POLIZIA LOCALE",
        "area_lc": "Area IV - Polizia Locale",
        "office": "SERVIZIO VIGILANZA E VIABILITA'",
        "reg_gen": 768, "reg_gen_date": "20/09/2028",
        "sect": 29, "sect_date": "19/09/2028",
        "subject": "ACQUISTO DI SEGNALETICA STRADALE VERTICALE E DI MATERIALE PER LA SEGNALETICA ORIZZONTALE - "
                   "AFFIDAMENTO DIRETTO TRAMITE MEPA ALLA DITTA SEGNALSTRADE CENTRO ITALIA S.R.L. - CIG B8027C6D94",
        "resp": ("COMM.", "MARCO PETRANGELI", "IL RESPONSABILE DELL'AREA IV"),
        "premesse": [
            "PREMESSO che il Comando di Polizia Locale ha rilevato, nel corso dei controlli periodici sulla "
            "viabilita' comunale, la necessita' di sostituire numerosi segnali stradali verticali deteriorati, "
            "divelti o non piu' conformi al Regolamento di esecuzione del Codice della Strada, in particolare in "
            "prossimita' dei plessi scolastici e lungo la strada provinciale Maremmana Inferiore;",
            "CONSIDERATO altresi' che occorre provvedere al rifacimento della segnaletica orizzontale degli "
            "attraversamenti pedonali del centro storico e delle frazioni di Stazzano e Cretone;",
            "VISTO l'art. 50, comma 1, lett. b), del D.Lgs. 36/2023 e l'art. 1, comma 450, della Legge "
            "296/2006 in materia di ricorso al Mercato Elettronico della Pubblica Amministrazione;",
            "DATO ATTO che sul MePA e' stato individuato il prodotto offerto dalla ditta Segnalstrade Centro "
            "Italia S.r.l., con sede in Guidonia Montecelio (RM), P.IVA 09876120581, per un importo di euro "
            "11.960,00 oltre IVA 22%, ritenuto congruo;",
        ],
        "determina": [
            "DI AFFIDARE alla ditta Segnalstrade Centro Italia S.r.l. la fornitura di segnaletica stradale "
            "verticale e di materiale per la segnaletica orizzontale, per euro 11.960,00 oltre IVA 22%, "
            "complessivi euro 14.591,20;",
            "DI IMPEGNARE la spesa di euro 14.591,20 sul capitolo indicato nel prospetto contabile, finanziato "
            "con i proventi delle sanzioni per violazioni al Codice della Strada ai sensi dell'art. 208 del "
            "D.Lgs. 285/1992;",
            "DI DARE ATTO che il contratto e' concluso mediante ordine diretto sul MePA;",
            "DI DARE ATTO che la liquidazione avverra' su presentazione di fattura elettronica, previa verifica "
            "della regolarita' della fornitura;",
            "DI DISPORRE la pubblicazione del presente atto all'Albo Pretorio on line.",
        ],
        "impegni": [
            ("2028", "1547", "10051.03.2110", "SEGNALETICA STRADALE - PROVENTI ART. 208 CDS", "14.591,20"),
        ],
        "creditor": "SEGNALSTRADE CENTRO ITALIA S.R.L.",
        "visto_date": "20/09/2028",
        "pubbl": {"reg": 1290, "from": "21/09/2028", "to": "05/10/2028"},
    },
    {
        "id": "C4",
        "file": "determinazione-palombarasabina-saga-cie.pdf",
        "town": PAL,
        "producer": "form printed by enscript (Courier, underscores), filled by a ReportLab overlay merged with pikepdf",
        "area": "AREA I - AMMINISTRATIVA",
        "area_lc": "Area I - Amministrativa",
        "office": "SERVIZI DEMOGRAFICI",
        "reg_gen": 779, "reg_gen_date": "26/09/2028",
        "sect": 52, "sect_date": "25/09/2028",
        "subject": "RIVERSAMENTO ALLO STATO DEI CORRISPETTIVI INCASSATI PER IL RILASCIO DELLA CARTA D'IDENTITA' "
                   "ELETTRONICA - PERIODO GIUGNO-AGOSTO 2028",
        "resp": ("DOTT.", "ALESSIO FIORENTINI", "IL RESPONSABILE DELL'AREA I"),
        "premesse": [
            "PREMESSO che il decreto del Ministro dell'Economia e delle Finanze del 25/05/2016 ha fissato in "
            "euro 16,79 il corrispettivo per il rilascio della carta d'identita' elettronica (CIE), oltre ai "
            "diritti fissi e di segreteria spettanti al Comune;",
            "DATO ATTO che i corrispettivi di spettanza statale devono essere riversati all'entrata del "
            "bilancio dello Stato, capo X, capitolo 3746, con cadenza quindicinale o comunque periodica;",
            "VISTO il rendiconto dell'Ufficio Anagrafe dal quale risultano rilasciate, nel periodo dal "
            "01/06/2028 al 31/08/2028, n. 842 carte d'identita' elettroniche, per un importo di spettanza "
            "statale di euro 14.137,18;",
        ],
        "determina": [
            "DI IMPEGNARE e liquidare la somma di euro 14.137,18 quale corrispettivo di spettanza statale per "
            "le CIE rilasciate nel periodo giugno-agosto 2028;",
            "DI DISPORRE il riversamento mediante versamento alla Tesoreria Provinciale dello Stato, capo X, "
            "capitolo 3746;",
            "DI TRASMETTERE il presente atto al Servizio Finanziario per gli adempimenti di competenza.",
        ],
        "impegni": [
            ("2028", "1561", "99017.02.9020", "RIVERSAMENTO CORRISPETTIVI CIE ALLO STATO", "14.137,18"),
        ],
        "creditor": "TESORERIA PROVINCIALE DELLO STATO",
        "visto_date": "26/09/2028",
        "pubbl": {"reg": 1318, "from": "27/09/2028", "to": "11/10/2028"},
    },
]

BY_ID = {a["id"]: a for a in ACTS}


def recitals(act):
    t = act["town"]
    if t is CARP:
        return [r.format(area_lc=act["area_lc"]) for r in CARP_RECITALS], CARP_CLOSING
    if t is PAC:
        return PAC_RECITALS, PAC_CLOSING
    return [r.format(area_lc=act["area_lc"]) for r in PAL_RECITALS], PAL_CLOSING


def total(act):
    s = 0.0
    for imp in act["impegni"]:
        s += float(imp[4].replace(".", "").replace(",", "."))
    return ("%.2f" % s).replace(".", ",")
