# Comune di Roncegno Terme (TN) - house style "Ascot Web" (invented content)

LETTERHEAD = {
    "name": "COMUNE DI RONCEGNO TERME",
    "prov": "Provincia di Trento",
    "addr": "Piazza Montebello, 1 - 38050 Roncegno Terme (TN) - C.F. 81001230225 - "
            "PEC: comune@pec.comune.roncegnoterme.tn.it",
}

RICORSI = ("di dare evidenza, ai sensi dell'art. 4 della L.P. 30 novembre 1992, n. 23, che avverso la presente "
           "deliberazione sono ammessi: opposizione alla Giunta comunale, durante il periodo di pubblicazione, ai "
           "sensi dell'art. 183, comma 5, della L.R. 3 maggio 2018, n. 2; ricorso giurisdizionale al T.R.G.A. di "
           "Trento entro 60 giorni, ai sensi dell'art. 29 del D.Lgs. 2 luglio 2010, n. 104; ricorso straordinario "
           "al Presidente della Repubblica entro 120 giorni, ai sensi dell'art. 8 del D.P.R. 24 novembre 1971, "
           "n. 1199.")

RICORSI_DET = ("di dare evidenza che avverso la presente determinazione sono ammessi ricorso giurisdizionale al "
               "T.R.G.A. di Trento entro 60 giorni, ai sensi dell'art. 29 del D.Lgs. 2 luglio 2010, n. 104, o, in "
               "alternativa, ricorso straordinario al Presidente della Repubblica entro 120 giorni, ai sensi "
               "dell'art. 8 del D.P.R. 24 novembre 1971, n. 1199.")

DELIB_92 = dict(
    number="92", date="10.07.2028", date_words="10 luglio 2028", time="18:00",
    subject="Lavori di sistemazione della strada comunale Marter - Monte di Roncegno: approvazione del progetto "
            "esecutivo e determinazione a contrarre.",
    intro="L'anno DUEMILAVENTOTTO addì DIECI del mese di LUGLIO alle ore 18:00 nella sala delle riunioni, a "
          "seguito di regolari avvisi, recapitati a termini di legge, si è convocata la Giunta comunale.",
    roll=[("MONTIBELLER MIRKO", "Sindaco", True), ("ZOTTELE LORENA", "Vicesindaco", True),
          ("ANDERLE PAOLO", "Assessore", False), ("TOMIO GIORGIO", "Assessore", True)],
    assiste="Assiste il Segretario comunale dott. Alessandro Caumo.",
    presid="Riconosciuto legale il numero degli intervenuti, il signor Mirko Montibeller, nella sua qualità di "
           "Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto suindicato.",
    premesse=[
        "Premesso che la strada comunale che collega la frazione di Marter con la località Monte di Roncegno "
        "presenta in più tratti cedimenti della scarpata di valle, ammaloramenti della pavimentazione e "
        "un sistema di smaltimento delle acque meteoriche insufficiente;",
        "Richiamata la propria deliberazione n. 41 di data 10 aprile 2028, con la quale è stato affidato "
        "all'ing. Federica Oss di Borgo Valsugana l'incarico di progettazione esecutiva dell'intervento;",
        "Visto il progetto esecutivo pervenuto al protocollo comunale n. 5127 di data 30 giugno 2028, "
        "che prevede una spesa complessiva di euro 245.000,00, di cui euro 186.400,00 per lavori a base "
        "d'asta, comprensivi di euro 6.200,00 per oneri della sicurezza, ed euro 58.600,00 per somme a "
        "disposizione dell'Amministrazione;",
        "Vista la L.P. 10 settembre 1993, n. 26, e la L.P. 9 marzo 2016, n. 2, in materia di lavori "
        "pubblici, nonché il D.Lgs. 31 marzo 2023, n. 36, per quanto applicabile;",
        "Visto il Codice degli enti locali della Regione autonoma Trentino-Alto Adige, approvato con L.R. 3 "
        "maggio 2018, n. 2, e s.m.;",
        "Acquisiti i pareri favorevoli di regolarità tecnico-amministrativa e di regolarità contabile, "
        "espressi ai sensi dell'art. 185 della L.R. 3 maggio 2018, n. 2, e riportati in calce al presente "
        "verbale;",
        "Con voti favorevoli unanimi espressi nelle forme di legge,",
    ],
    points=[
        "di approvare, a tutti gli effetti, il progetto esecutivo dei lavori di sistemazione della strada "
        "comunale Marter - Monte di Roncegno, a firma dell'ing. Federica Oss, nell'importo complessivo di "
        "euro 245.000,00;",
        "di far fronte alla spesa complessiva di euro 245.000,00 con imputazione al capitolo 3350/5 "
        "del bilancio di previsione 2028-2030, esercizio 2028, finanziato con il fondo strategico "
        "territoriale della Comunità Valsugana e Tesino;",
        "di autorizzare l'affidamento dei lavori mediante procedura negoziata senza previa pubblicazione del "
        "bando, ai sensi dell'art. 33 della L.P. 26/1993, invitando almeno cinque operatori economici, con "
        "il criterio del prezzo più basso;",
        "di dichiarare, con separata ed unanime votazione, la presente deliberazione immediatamente "
        "eseguibile ai sensi dell'art. 183, comma 4, della L.R. 3 maggio 2018, n. 2, al fine di avviare "
        "la procedura di gara in tempo utile per l'esecuzione dei lavori entro la stagione autunnale;",
        RICORSI,
    ],
    pareri=[
        ("PARERE DI REGOLARITÀ TECNICA",
         "Si esprime parere favorevole in ordine alla regolarità tecnico-amministrativa della proposta di "
         "deliberazione, ai sensi dell'art. 185 della L.R. 3 maggio 2018, n. 2.",
         "06.07.2028", "IL RESPONSABILE DEL SERVIZIO TECNICO", "ing. Matteo Dalmaso"),
        ("PARERE DI REGOLARITÀ CONTABILE",
         "Si esprime parere favorevole in ordine alla regolarità contabile della proposta di deliberazione, "
         "ai sensi dell'art. 185 della L.R. 3 maggio 2018, n. 2.",
         "07.07.2028", "IL RESPONSABILE DEL SERVIZIO FINANZIARIO", "dott.ssa Sara Trentin"),
    ],
    cover=[("3350/5", "2028", "prenotazione n. 412/2028", "245.000,00")],
    cover_date="07.07.2028",
    cert_reg="468", cert_from="12.07.2028", cert_to="22.07.2028",
)

DELIB_95 = dict(
    number="95", date="17.07.2028", date_words="17 luglio 2028", time="18:30",
    subject="Concessione in comodato d'uso gratuito all'Associazione Pro Loco di Roncegno Terme dei locali al "
            "piano terra dell'ex scuola elementare di Marter. Approvazione dello schema di contratto.",
    intro="L'anno DUEMILAVENTOTTO addì DICIASSETTE del mese di LUGLIO alle ore 18:30 nella sala delle riunioni, "
          "a seguito di regolari avvisi, recapitati a termini di legge, si è convocata la Giunta comunale.",
    roll=[("MONTIBELLER MIRKO", "Sindaco", True), ("ZOTTELE LORENA", "Vicesindaco", True),
          ("ANDERLE PAOLO", "Assessore", True), ("TOMIO GIORGIO", "Assessore", True)],
    assiste="Assiste il Segretario comunale dott. Alessandro Caumo.",
    presid="Riconosciuto legale il numero degli intervenuti, il signor Mirko Montibeller, nella sua qualità di "
           "Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto suindicato.",
    premesse=[
        "Premesso che il Comune è proprietario dell'edificio dell'ex scuola elementare di Marter, p.ed. 212 "
        "in C.C. Roncegno, i cui locali al piano terra risultano inutilizzati dal 2024;",
        "Vista la richiesta dell'Associazione Pro Loco di Roncegno Terme, pervenuta al protocollo n. 5302 "
        "di data 5 luglio 2028, di poter disporre dei locali quale sede operativa e magazzino per le "
        "attrezzature delle manifestazioni;",
        "Ritenuto che l'attività dell'Associazione, volta alla promozione turistica e culturale del "
        "territorio, rivesta un interesse pubblico tale da giustificare la concessione a titolo gratuito, "
        "ai sensi del vigente Regolamento per la concessione in uso dei beni immobili comunali;",
        "Visto lo schema di contratto di comodato, di durata quadriennale, che pone a carico del Comune le "
        "spese per le utenze fino al 31 dicembre 2028, stimate in euro 1.800,00, e a carico del comodatario "
        "la manutenzione ordinaria;",
        "Acquisiti i pareri favorevoli di regolarità tecnico-amministrativa e di regolarità contabile, "
        "espressi ai sensi dell'art. 185 della L.R. 3 maggio 2018, n. 2;",
        "Con voti favorevoli n. 3, contrari n. 1 (Assessore Giorgio Tomio), astenuti n. 0, espressi per "
        "alzata di mano dai n. 4 componenti presenti e votanti,",
    ],
    points=[
        "di concedere in comodato d'uso gratuito all'Associazione Pro Loco di Roncegno Terme i locali al piano "
        "terra dell'ex scuola elementare di Marter, p.ed. 212 in C.C. Roncegno, per la durata di quattro anni;",
        "di approvare lo schema di contratto di comodato allegato alla presente deliberazione quale parte "
        "integrante e sostanziale;",
        "di imputare la spesa per le utenze, stimata in euro 1.800,00, al capitolo 1310/2 del bilancio di "
        "previsione 2028-2030, esercizio 2028;",
        "di autorizzare il Responsabile del Servizio Segreteria e Affari Generali alla sottoscrizione del "
        "contratto;",
        RICORSI,
    ],
    exec_note="La presente deliberazione diviene esecutiva a pubblicazione avvenuta, ai sensi dell'art. 183, "
              "comma 3, della L.R. 3 maggio 2018, n. 2.",
    pareri=[
        ("PARERE DI REGOLARITÀ TECNICA",
         "Si esprime parere favorevole in ordine alla regolarità tecnico-amministrativa della proposta di "
         "deliberazione, ai sensi dell'art. 185 della L.R. 3 maggio 2018, n. 2.",
         "13.07.2028", "IL RESPONSABILE DEL SERVIZIO SEGRETERIA E AFFARI GENERALI", "dott. Alessandro Caumo"),
        ("PARERE DI REGOLARITÀ CONTABILE",
         "Si esprime parere favorevole in ordine alla regolarità contabile della proposta di deliberazione, "
         "ai sensi dell'art. 185 della L.R. 3 maggio 2018, n. 2.",
         "14.07.2028", "IL RESPONSABILE DEL SERVIZIO FINANZIARIO", "dott.ssa Sara Trentin"),
    ],
    cover=[("1310/2", "2028", "impegno n. 437/2028", "1.800,00")],
    cover_date="14.07.2028",
    cert_reg="489", cert_from="19.07.2028", cert_to="29.07.2028",
)

DET_143 = dict(
    number="143", date="11.07.2028", date_words="11 luglio 2028",
    servizio="SERVIZIO TECNICO", ufficio="Ufficio Lavori pubblici e patrimonio",
    title="DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO TECNICO",
    subject="Fornitura e posa di giochi inclusivi e arredi per il parco giochi di via Dante. Affidamento diretto "
            "alla ditta Legno Valsugana s.n.c. di Roncegno Terme e impegno di spesa. CIG B2F71D0A43.",
    premesse=[
        "Premesso che il programma delle opere pubbliche 2028-2030 prevede la riqualificazione del parco "
        "giochi di via Dante con l'installazione di attrezzature accessibili ai bambini con disabilità;",
        "Visto il decreto del Sindaco n. 3 di data 8 gennaio 2028 di nomina del sottoscritto quale "
        "Responsabile del Servizio tecnico;",
        "Vista l'offerta della ditta Legno Valsugana s.n.c., con sede in Roncegno Terme, P.IVA 01987650227, "
        "pervenuta sul sistema telematico Mercurio al n. 2028/417 di data 7 luglio 2028, per un importo di "
        "euro 27.800,00 oltre IVA 22%;",
        "Visto l'art. 50, comma 1, lett. b), del D.Lgs. 31 marzo 2023, n. 36, richiamato dall'art. 2 della "
        "L.P. 9 marzo 2016, n. 2, in materia di affidamenti diretti di forniture;",
        "Verificati il possesso dei requisiti e la regolarità contributiva della ditta (DURC INPS_51230984);",
    ],
    points=[
        "di affidare alla ditta Legno Valsugana s.n.c. di Roncegno Terme la fornitura e posa di giochi "
        "inclusivi e arredi per il parco giochi di via Dante, per l'importo di euro 27.800,00 oltre IVA 22%, "
        "per complessivi euro 33.916,00;",
        "di impegnare la spesa di euro 33.916,00 al capitolo 3520/1 del bilancio di previsione 2028-2030, "
        "esercizio 2028, nel quale l'obbligazione viene a scadenza;",
        "di stipulare il contratto mediante scambio di corrispondenza, ai sensi dell'art. 15 della L.P. 19 "
        "luglio 1990, n. 23;",
        "di dare atto che il presente provvedimento diviene esecutivo con l'apposizione del visto di "
        "regolarità contabile attestante la copertura finanziaria;",
        RICORSI_DET,
    ],
    signer=("IL RESPONSABILE DEL SERVIZIO TECNICO", "ing. Matteo Dalmaso"),
    pareri=[
        ("PARERE DI REGOLARITÀ TECNICA", "11.07.2028", "IL RESPONSABILE DEL SERVIZIO TECNICO", "ing. Matteo Dalmaso"),
        ("VISTO DI REGOLARITÀ CONTABILE", "12.07.2028", "IL RESPONSABILE DEL SERVIZIO FINANZIARIO", "dott.ssa Sara Trentin"),
    ],
    cover=[("421/2028", "3520/1", "2028", "33.916,00", "LEGNO VALSUGANA S.N.C.")],
    cert_reg="472", cert_from="13.07.2028", cert_to="23.07.2028",
)

DET_151 = dict(
    number="151", date="18.07.2028", date_words="18 luglio 2028",
    servizio="SERVIZIO SEGRETERIA E AFFARI GENERALI", ufficio="Ufficio Cultura e Turismo",
    title="DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO SEGRETERIA E AFFARI GENERALI",
    subject="Rassegna musicale \u201cEstate a Roncegno 2028\u201d: affidamento del servizio audio, luci e palco "
            "alla ditta Valsugana Service s.r.l. e impegno di spesa. CIG B34AC07E12.",
    premesse=[
        "Richiamata la deliberazione della Giunta comunale n. 77 di data 12 giugno 2028, con la quale è stato "
        "approvato il programma della rassegna musicale \u201cEstate a Roncegno 2028\u201d, articolata in sei "
        "serate nel Parco delle Terme tra il 28 luglio e il 25 agosto 2028;",
        "Considerato che per lo svolgimento dei concerti è necessario disporre di un palco coperto e del "
        "relativo impianto di amplificazione e illuminazione, di cui il Comune non dispone;",
        "Visto il preventivo della ditta Valsugana Service s.r.l., con sede in Borgo Valsugana, P.IVA "
        "02214560228, pervenuto al protocollo n. 5488 di data 13 luglio 2028, per euro 7.500,00 oltre IVA 22%;",
        "Dato atto che per le medesime serate è dovuto alla SIAE il compenso per i diritti d'autore, "
        "quantificato in euro 620,00;",
    ],
    points=[
        "di affidare alla ditta Valsugana Service s.r.l. di Borgo Valsugana il servizio di noleggio, montaggio "
        "e gestione di palco, impianto audio e luci per la rassegna \u201cEstate a Roncegno 2028\u201d, per "
        "euro 7.500,00 oltre IVA 22%, per complessivi euro 9.150,00;",
        "di impegnare la spesa complessiva di euro 9.770,00 al capitolo 1520/3 del bilancio di previsione "
        "2028-2030, esercizio 2028, come segue: euro 9.150,00 a favore della ditta Valsugana Service s.r.l. ed "
        "euro 620,00 a favore della SIAE;",
        "di dare atto che il contratto è stipulato mediante scambio di corrispondenza secondo gli usi del "
        "commercio;",
        RICORSI_DET,
    ],
    signer=("IL RESPONSABILE DEL SERVIZIO SEGRETERIA E AFFARI GENERALI", "dott. Alessandro Caumo"),
    pareri=[
        ("PARERE DI REGOLARITÀ TECNICA", "18.07.2028", "IL RESPONSABILE DEL SERVIZIO SEGRETERIA E AFFARI GENERALI",
         "dott. Alessandro Caumo"),
        ("VISTO DI REGOLARITÀ CONTABILE", "19.07.2028", "IL RESPONSABILE DEL SERVIZIO FINANZIARIO", "dott.ssa Sara Trentin"),
    ],
    cover=[("446/2028", "1520/3", "2028", "9.150,00", "VALSUGANA SERVICE S.R.L."),
           ("447/2028", "1520/3", "2028", "620,00", "S.I.A.E.")],
    cert_reg="495", cert_from="20.07.2028", cert_to="30.07.2028",
)
