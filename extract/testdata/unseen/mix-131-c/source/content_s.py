# Comune di San Pancrazio Salentino (BR) - house style "Halley" (invented content)

LETTERHEAD = {
    "name": "COMUNE DI SAN PANCRAZIO SALENTINO",
    "prov": "PROVINCIA DI BRINDISI",
    "addr": "Piazza Umberto I, 5 - 72026 San Pancrazio Salentino (BR) - C.F. 80002010748 - "
            "PEC: protocollo.comunesanpancraziosalentino@pec.rupar.puglia.it",
}
SETT3 = "SETTORE III - URBANISTICA, LAVORI PUBBLICI E AMBIENTE"
SETT1 = "SETTORE I - AFFARI GENERALI E SERVIZI ALLA PERSONA"

ROLL_112 = [
    ("CALIANDRO ANTONIO", "SINDACO", True),
    ("SPAGNOLO MARIA GRAZIA", "VICE SINDACO", True),
    ("MICCOLI COSIMO", "ASSESSORE", True),
    ("PERRONE ANNA RITA", "ASSESSORE", True),
    ("LEO FERNANDO", "ASSESSORE", True),
]
ROLL_118 = [
    ("CALIANDRO ANTONIO", "SINDACO", True),
    ("SPAGNOLO MARIA GRAZIA", "VICE SINDACO", True),
    ("MICCOLI COSIMO", "ASSESSORE", False),
    ("PERRONE ANNA RITA", "ASSESSORE", True),
    ("LEO FERNANDO", "ASSESSORE", True),
]

PRES_SENT = ("Assume la presidenza il Sig. CALIANDRO ANTONIO in qualità di SINDACO assistito dal "
             "SEGRETARIO COMUNALE Dott. MAIORANO GIOVANNI.")
OPEN_SENT = ("Il Presidente, accertato il numero legale per la validità dell'adunanza, dichiara aperta la "
             "seduta ed invita i convocati a deliberare sull'oggetto sopraindicato.")

DELIB_112 = dict(
    number="112", date="06-07-2028", time="12:00",
    proposal="128", proposal_date="03-07-2028", proposing_office=SETT3,
    subject="APPROVAZIONE SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE DI VOLONTARIATO PROTEZIONE CIVILE "
            "SAN PANCRAZIO PER IL SERVIZIO DI SUPPORTO ANTINCENDIO BOSCHIVO E VIGILANZA DEL TERRITORIO - "
            "STAGIONE ESTIVA 2028.",
    intro="L'anno duemilaventotto il giorno sei del mese di luglio alle ore 12:00, nella sala delle "
          "adunanze della Sede Comunale, si è riunita la Giunta Comunale convocata nelle forme di legge. "
          "Dei Signori componenti della Giunta Comunale di questo Comune:",
    roll=ROLL_112, present="5", absent="0",
    premesse=[
        "PREMESSO che il territorio comunale, caratterizzato da ampie superfici agricole, uliveti e aree "
        "a macchia mediterranea, è esposto nel periodo estivo a un elevato rischio di incendi boschivi e di "
        "interfaccia, aggravato dalla presenza di numerosi fondi incolti;",
        "VISTA la Legge 21 novembre 2000, n. 353, \"Legge-quadro in materia di incendi boschivi\";",
        "VISTO il Decreto del Presidente della Giunta Regionale della Puglia che dichiara lo stato di "
        "grave pericolosità per gli incendi boschivi dal 15 giugno al 15 settembre 2028;",
        "VISTO l'art. 56 del D.Lgs. 3 luglio 2017, n. 117 (Codice del Terzo settore), che consente alle "
        "amministrazioni pubbliche di sottoscrivere con le organizzazioni di volontariato iscritte nel "
        "Registro unico nazionale del Terzo settore convenzioni finalizzate allo svolgimento di attività "
        "di interesse generale, prevedendo esclusivamente il rimborso delle spese effettivamente sostenute;",
        "CONSIDERATO che l'Associazione di volontariato Protezione Civile San Pancrazio, con sede in via "
        "Manzoni n. 12, è iscritta al RUNTS e all'elenco regionale del volontariato di protezione civile e "
        "dispone di mezzi e personale formato per le attività di avvistamento e primo intervento;",
        "VISTO lo schema di convenzione predisposto dal Settore III, allegato al presente atto per farne "
        "parte integrante e sostanziale, che prevede un rimborso spese massimo di € 6.500,00;",
        "DATO ATTO che l'Assessore Leo Fernando, socio dell'Associazione, ha dichiarato di astenersi dalla "
        "votazione;",
        "ACQUISITI i pareri favorevoli espressi ai sensi dell'art. 49, comma 1, del D.Lgs. 267/2000;",
        "Con voti favorevoli n. 4, contrari n. 0, astenuti n. 1 (Leo Fernando), espressi per alzata di mano "
        "dai n. 5 presenti, votanti n. 4;",
    ],
    points=[
        "DI APPROVARE lo schema di convenzione con l'Associazione di volontariato Protezione Civile San "
        "Pancrazio per il servizio di supporto antincendio boschivo e vigilanza del territorio per la "
        "stagione estiva 2028, allegato al presente atto;",
        "DI AUTORIZZARE il Responsabile del Settore III alla sottoscrizione della convenzione in nome e per "
        "conto dell'Ente;",
        "DI DARE ATTO che la spesa massima di € 6.500,00 trova copertura al Cap. 1142 \"Protezione civile - "
        "trasferimenti ad associazioni\" del bilancio 2028-2030, esercizio 2028, impegno n. 702/2028;",
        "DI DEMANDARE al Responsabile del Settore III gli adempimenti conseguenti, ivi compresa la "
        "liquidazione dei rimborsi a presentazione di idonea rendicontazione.",
    ],
    after="Successivamente, stante l'urgenza di assicurare il servizio nel periodo di massima pericolosità, "
          "con separata votazione, con voti favorevoli n. 4 e astenuti n. 1 (Leo Fernando), la Giunta "
          "Comunale DELIBERA di dichiarare il presente atto immediatamente eseguibile, ai sensi dell'art. 134, "
          "comma 4, del D.Lgs. 267/2000.",
    pareri=[
        ("Parere di regolarità tecnica", "Favorevole", "04-07-2028", "Il Responsabile del Settore III",
         "Ing. CARLUCCI VITO"),
        ("Parere di regolarità contabile", "Favorevole", "05-07-2028", "Il Responsabile del Settore II",
         "Dott. EPIFANI COSIMO"),
    ],
    cover=[("702", "05-07-2028", "1142", "2028", "6.500,00")],
    cover_date="05-07-2028",
    cert_reg="1021", cert_from="08-07-2028", cert_to="23-07-2028", cert_signer=("IL MESSO COMUNALE", "ROLLO DONATO"),
)

DELIB_118 = dict(
    number="118", date="13-07-2028", time="13:15",
    proposal="135", proposal_date="10-07-2028", proposing_office=SETT3,
    subject="LAVORI DI SOMMA URGENZA PER IL RIPRISTINO DELLA RETE DI PUBBLICA ILLUMINAZIONE DI VIA LECCE "
            "DANNEGGIATA DAGLI EVENTI ATMOSFERICI DEL 2 LUGLIO 2028 - APPROVAZIONE PERIZIA GIUSTIFICATIVA E "
            "PROPOSTA AL CONSIGLIO COMUNALE DI RICONOSCIMENTO DELLA SPESA AI SENSI DELL'ART. 191, COMMA 3, "
            "DEL D.LGS. 267/2000.",
    intro="L'anno duemilaventotto il giorno tredici del mese di luglio alle ore 13:15, nella sala delle "
          "adunanze della Sede Comunale, si è riunita la Giunta Comunale convocata nelle forme di legge. "
          "Dei Signori componenti della Giunta Comunale di questo Comune:",
    roll=ROLL_118, present="4", absent="1",
    premesse=[
        "PREMESSO che nella notte tra l'1 e il 2 luglio 2028 un violento nubifragio accompagnato da raffiche "
        "di vento ha provocato l'abbattimento di tre sostegni e il danneggiamento della linea aerea della "
        "rete di pubblica illuminazione di via Lecce, con conseguente pericolo per la pubblica incolumità;",
        "VISTO il verbale di somma urgenza redatto in data 02-07-2028 dal Responsabile del Settore III, ai "
        "sensi dell'art. 140 del D.Lgs. 31 marzo 2023, n. 36, con il quale è stata disposta l'immediata "
        "esecuzione dei lavori da parte della ditta Elettro Impianti Salentini S.r.l. di Mesagne;",
        "VISTA la perizia giustificativa redatta dal medesimo Responsabile in data 07-07-2028, dalla quale "
        "risulta una spesa complessiva di € 18.912,00, IVA compresa;",
        "VISTO l'art. 191, comma 3, del D.Lgs. 267/2000, secondo il quale la Giunta, entro venti giorni "
        "dall'ordinazione, sottopone al Consiglio il provvedimento di riconoscimento della spesa;",
        "ACQUISITI i pareri favorevoli espressi ai sensi dell'art. 49, comma 1, del D.Lgs. 267/2000;",
        "Con voti unanimi favorevoli resi nelle forme di legge;",
    ],
    points=[
        "DI APPROVARE la perizia giustificativa dei lavori di somma urgenza per il ripristino della rete di "
        "pubblica illuminazione di via Lecce, per l'importo complessivo di € 18.912,00, IVA compresa;",
        "DI PRENDERE ATTO del verbale di somma urgenza del 02-07-2028 e dell'affidamento dei lavori alla ditta "
        "Elettro Impianti Salentini S.r.l.;",
        "DI PROPORRE al Consiglio Comunale il riconoscimento della spesa ai sensi dell'art. 191, comma 3, del "
        "D.Lgs. 267/2000, entro i termini di legge;",
        "DI DARE ATTO che la spesa trova copertura al Cap. 2416 \"Pubblica illuminazione - manutenzione "
        "straordinaria\" del bilancio 2028-2030, esercizio 2028, impegno n. 731/2028.",
    ],
    after="Successivamente, con separata votazione unanime, la Giunta Comunale DELIBERA di dichiarare il "
          "presente atto immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, "
          "per consentire il rispetto dei termini di cui all'art. 191, comma 3, del medesimo decreto.",
    pareri=[
        ("Parere di regolarità tecnica", "Favorevole", "11-07-2028", "Il Responsabile del Settore III",
         "Ing. CARLUCCI VITO"),
        ("Parere di regolarità contabile", "Favorevole", "12-07-2028", "Il Responsabile del Settore II",
         "Dott. EPIFANI COSIMO"),
    ],
    cover=[("731", "12-07-2028", "2416", "2028", "18.912,00")],
    cover_date="12-07-2028",
    cert_reg="1064", cert_from="14-07-2028", cert_to="29-07-2028", cert_signer=("IL MESSO COMUNALE", "ROLLO DONATO"),
)

DET_356 = dict(
    number="356", date="10-07-2028", sector_number="97", sector_date="07-07-2028",
    settore=SETT3, office="Servizio Ambiente e Igiene Urbana",
    subject="SERVIZIO DI DISINFESTAZIONE E DERATTIZZAZIONE DEL TERRITORIO COMUNALE - ANNO 2028 - "
            "AFFIDAMENTO DIRETTO ALLA DITTA ECOSERVIZI SALENTO S.R.L. E IMPEGNO DI SPESA - CIG B29D4E71A0.",
    premesse=[
        "VISTO il Decreto Sindacale n. 7 del 29-12-2027 con il quale è stata conferita al sottoscritto la "
        "responsabilità del Settore III - Urbanistica, Lavori Pubblici e Ambiente;",
        "VISTA la deliberazione del Consiglio Comunale n. 9 del 27-02-2028, di approvazione del bilancio di "
        "previsione 2028-2030;",
        "PREMESSO che con l'approssimarsi della stagione estiva si rende necessario eseguire sul territorio "
        "comunale interventi periodici di disinfestazione contro zanzare e blatte e di derattizzazione, a "
        "tutela della salute pubblica;",
        "VISTA l'ordinanza sindacale n. 21 del 12-06-2028 in materia di prevenzione e controllo delle "
        "malattie trasmesse da vettori;",
        "VISTO il preventivo della ditta Ecoservizi Salento S.r.l., con sede in Lecce, P.IVA 04812690752, "
        "acquisito al prot. n. 9318 del 05-07-2028, per n. 6 interventi di disinfestazione e n. 4 di "
        "derattizzazione, per un importo di € 12.000,00 oltre IVA al 22%;",
        "RITENUTO il preventivo congruo e conveniente e ritenuto di procedere mediante affidamento diretto ai "
        "sensi dell'art. 50, comma 1, lett. b), del D.Lgs. 36/2023;",
        "ACCERTATA la regolarità contributiva della ditta e acquisito il CIG B29D4E71A0;",
    ],
    points=[
        "DI AFFIDARE alla ditta Ecoservizi Salento S.r.l. di Lecce il servizio di disinfestazione e "
        "derattizzazione del territorio comunale per l'anno 2028, per l'importo di € 12.000,00 oltre IVA "
        "22%, per complessivi € 14.640,00;",
        "DI IMPEGNARE la somma di € 14.640,00 al Cap. 1736 \"Servizi di igiene ambientale\" del bilancio "
        "2028-2030, esercizio 2028;",
        "DI DARE ATTO che il contratto sarà stipulato mediante scambio di lettere commerciali ai sensi "
        "dell'art. 18, comma 1, del D.Lgs. 36/2023;",
        "DI DARE ATTO che il presente provvedimento diviene esecutivo con l'apposizione del visto di "
        "regolarità contabile attestante la copertura finanziaria;",
        "DI DISPORRE la pubblicazione del presente atto all'Albo Pretorio on line per 15 giorni consecutivi.",
    ],
    signer=("IL RESPONSABILE DEL SETTORE", "Ing. CARLUCCI VITO"),
    pareri=[
        ("PARERE DI REGOLARITÀ TECNICA", "07-07-2028", "IL RESPONSABILE DEL SETTORE III", "Ing. CARLUCCI VITO"),
        ("VISTO DI REGOLARITÀ CONTABILE", "10-07-2028", "IL RESPONSABILE DEL SETTORE II", "Dott. EPIFANI COSIMO"),
    ],
    cover=[("688", "10-07-2028", "1736", "2028", "14.640,00", "ECOSERVIZI SALENTO S.R.L.")],
    cover_date="10-07-2028",
    cert_reg="1040", cert_from="11-07-2028", cert_to="26-07-2028", cert_signer=("IL MESSO COMUNALE", "ROLLO DONATO"),
)

DET_371 = dict(
    number="371", date="14-07-2028", sector_number="41", sector_date="12-07-2028",
    settore=SETT1, office="Servizio Politiche Sociali",
    subject="CENTRO ESTIVO COMUNALE PER MINORI 2028 - AFFIDAMENTO DEL SERVIZIO ALLA COOPERATIVA SOCIALE "
            "IL GIRASOLE E IMPEGNO DI SPESA - CIG B30F2A8C61.",
    premesse=[
        "VISTO il Decreto Sindacale n. 5 del 29-12-2027 di conferimento alla sottoscritta della "
        "responsabilità del Settore I - Affari Generali e Servizi alla Persona;",
        "RICHIAMATA la deliberazione della Giunta Comunale n. 96 del 12-06-2028, con la quale sono stati "
        "approvati gli indirizzi per l'organizzazione del centro estivo comunale per minori di età compresa "
        "tra i 6 e i 12 anni, nel periodo dal 17 luglio al 25 agosto 2028;",
        "VISTA l'offerta presentata dalla Cooperativa Sociale Il Girasole, con sede in San Pancrazio "
        "Salentino, P.IVA 02387140745, acquisita al prot. n. 9402 del 07-07-2028, per un importo di "
        "€ 16.190,48 oltre IVA al 5%;",
        "DATO ATTO che la spesa è finanziata per € 10.000,00 con il contributo dell'Ambito Territoriale "
        "Sociale BR/3 e per la restante parte con fondi di bilancio;",
        "ACCERTATA l'assenza di conflitti di interesse ai sensi dell'art. 16 del D.Lgs. 36/2023;",
    ],
    points=[
        "DI AFFIDARE alla Cooperativa Sociale Il Girasole la gestione del centro estivo comunale per minori "
        "2028, per l'importo di € 16.190,48 oltre IVA 5%, per complessivi € 17.000,00;",
        "DI IMPEGNARE la spesa di € 17.000,00 come segue: € 10.000,00 al Cap. 1890 \"Centri estivi - "
        "contributo Ambito\" e € 7.000,00 al Cap. 1892 \"Centri estivi - fondi comunali\" del bilancio "
        "2028-2030, esercizio 2028;",
        "DI DARE ATTO che la Cooperativa è tenuta al rispetto degli obblighi di tracciabilità dei flussi "
        "finanziari di cui alla Legge 136/2010;",
        "DI TRASMETTERE il presente provvedimento al Responsabile del Settore II per il visto di regolarità "
        "contabile.",
    ],
    signer=("IL RESPONSABILE DEL SETTORE", "Dott.ssa PAGLIARA LUCIA"),
    pareri=[
        ("PARERE DI REGOLARITÀ TECNICA", "12-07-2028", "IL RESPONSABILE DEL SETTORE I", "Dott.ssa PAGLIARA LUCIA"),
        ("VISTO DI REGOLARITÀ CONTABILE", "14-07-2028", "IL RESPONSABILE DEL SETTORE II", "Dott. EPIFANI COSIMO"),
    ],
    cover=[("719", "14-07-2028", "1890", "2028", "10.000,00", "COOP. SOCIALE IL GIRASOLE"),
           ("720", "14-07-2028", "1892", "2028", "7.000,00", "COOP. SOCIALE IL GIRASOLE")],
    cover_date="14-07-2028",
    cert_reg="1070", cert_from="15-07-2028", cert_to="30-07-2028", cert_signer=("IL MESSO COMUNALE", "ROLLO DONATO"),
)
