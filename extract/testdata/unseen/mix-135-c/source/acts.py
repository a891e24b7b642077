# -*- coding: utf-8 -*-
"""Content of the twelve acts of set mix-135-c.

Every producer script takes the words of its act from here and lays them
out in its Comune's house style; keys_make.py writes keys.json from the
same fields and checks each keyed string against pdftotext -layout.
People, numbers, codes and facts are invented.
"""

# ---------------------------------------------------------------- VERUCCHIO
VER = dict(
    muni="Comune di Verucchio",
    muni_caps="COMUNE DI VERUCCHIO",
    prov="Provincia di Rimini",
    addr="Piazza Malatesta, 28 – 47826 Verucchio (RN) – Tel. 0541 673911 – "
         "PEC: comune.verucchio@legalmail.it",
    cf="C.F. 00380880402",
    software="J-Ente",
)

FIN_VER = ("La Responsabile del Settore III – Servizi Finanziari", "Dott.ssa Elena Zavoli")

V1 = dict(
    id="V1", file="determinazione-verucchio-jente-612.pdf", kind="determinazione",
    title="DETERMINAZIONE",
    organ="SETTORE II – LAVORI PUBBLICI, PATRIMONIO E AMBIENTE",
    organ_run="Settore II – Lavori Pubblici, Patrimonio e Ambiente",
    office="Servizio Manutenzioni e Verde Pubblico",
    rg=(612, "14/11/2028"), rs=(98, "13/11/2028"),
    prop=(701, "10/11/2028"), prop_office="Servizio Manutenzioni e Verde Pubblico",
    subject="Lavori di manutenzione straordinaria della passerella pedonale sul rio "
            "Felisina in località Villa Verucchio – Affidamento diretto ai sensi "
            "dell'art. 50, comma 1, lett. a), del D.Lgs. 36/2023 alla ditta Edil "
            "Marecchia S.r.l. – Impegno di spesa – CUP E57H28000410004 – CIG B3F27A91C5",
    intro="IL RESPONSABILE DEL SETTORE",
    premesse=[
        "Premesso che con deliberazione del Consiglio Comunale n. 71 del 20/12/2027, "
        "esecutiva ai sensi di legge, è stato approvato il Bilancio di previsione "
        "finanziario 2028-2030 e che con deliberazione della Giunta Comunale n. 4 del "
        "11/01/2028 è stato approvato il Piano Esecutivo di Gestione 2028-2030, con "
        "l'assegnazione ai Responsabili di Settore delle risorse finanziarie;",
        "Richiamato il decreto del Sindaco n. 2 del 03/01/2028, con il quale è stato "
        "conferito al sottoscritto l'incarico di Elevata Qualificazione del Settore II "
        "– Lavori Pubblici, Patrimonio e Ambiente;",
        "Rilevato che la passerella pedonale sul rio Felisina, che collega via Casale "
        "al parco pubblico di Villa Verucchio, presenta un diffuso ammaloramento del "
        "piano di calpestio in legno e dei parapetti metallici, come accertato nel "
        "sopralluogo del 06/11/2028 eseguito dal personale del Servizio Manutenzioni "
        "e Verde Pubblico, e che è necessario intervenire prima della stagione "
        "invernale per garantire la sicurezza dei pedoni;",
        "Visto il preventivo presentato dalla ditta Edil Marecchia S.r.l., con sede in "
        "Verucchio, via dell'Artigianato n. 14, P. IVA 04187650401, acquisito al "
        "protocollo n. 18342 del 08/11/2028, per l'importo di € 23.480,00 oltre IVA "
        "al 22%, per complessivi € 28.645,60, ritenuto congruo in rapporto ai prezzi "
        "dell'Elenco regionale dei prezzi delle opere pubbliche dell'Emilia-Romagna;",
        "Dato atto che l'operatore economico è in possesso dei requisiti di ordine "
        "generale e di idoneità professionale, verificati tramite il Fascicolo "
        "Virtuale dell'Operatore Economico, e che è stato rispettato il principio "
        "di rotazione degli affidamenti;",
        "Visti il D.Lgs. 18 agosto 2000, n. 267, e in particolare gli articoli 107, "
        "147-bis, 183 e 192; il D.Lgs. 31 marzo 2023, n. 36; lo Statuto comunale e il "
        "vigente Regolamento di contabilità;",
    ],
    verb="DETERMINA",
    points=[
        "di approvare le premesse quali parte integrante e sostanziale del presente atto;",
        "di affidare alla ditta Edil Marecchia S.r.l. di Verucchio i lavori di "
        "manutenzione straordinaria della passerella pedonale sul rio Felisina in "
        "località Villa Verucchio, per l'importo di € 23.480,00 oltre IVA al 22%;",
        "di impegnare la spesa complessiva di € 28.645,60 alla Missione 10, Programma 05, "
        "Titolo 2, capitolo 2815.01 \"Manutenzione straordinaria strade, ponti e "
        "passerelle\" del bilancio 2028-2030, esercizio 2028;",
        "di dare atto che il Responsabile Unico del Progetto è il geom. Luca Bartolini, "
        "istruttore tecnico del Servizio Manutenzioni e Verde Pubblico, e che i lavori "
        "dovranno essere ultimati entro il 20/12/2028;",
        "di disporre la pubblicazione del presente atto all'Albo Pretorio on line e "
        "nella sezione \"Amministrazione trasparente\" del sito istituzionale.",
    ],
    sign=("Il Responsabile del Settore II", "Ing. Marco Gualtieri"),
    visto=dict(impegno="n. 1477/2028", cap="2815.01", amount="€ 28.645,60",
               date="14/11/2028", who=FIN_VER),
)

V2 = dict(
    id="V2", file="determinazione-verucchio-jente-618.pdf", kind="determinazione",
    title="DETERMINAZIONE",
    organ="SETTORE III – SERVIZI FINANZIARI",
    organ_run="Settore III – Servizi Finanziari",
    office="Servizio Tributi",
    rg=(618, "16/11/2028"), rs=(41, "16/11/2028"),
    prop=(709, "15/11/2028"), prop_office="Servizio Tributi",
    subject="Rimborso ai contribuenti di somme versate e non dovute a titolo di "
            "Imposta Municipale Propria (IMU) per le annualità 2025 e 2026 – "
            "Impegno e liquidazione della spesa",
    intro="LA RESPONSABILE DEL SETTORE",
    premesse=[
        "Premesso che sono pervenute al Servizio Tributi le istanze di rimborso "
        "elencate nella tabella che segue, con le quali altrettanti contribuenti "
        "chiedono la restituzione di somme versate in eccedenza a titolo di IMU per "
        "le annualità 2025 e 2026;",
        "Accertato, a seguito dell'istruttoria condotta dall'ufficio sulla base "
        "delle dichiarazioni presentate, dei versamenti risultanti dalla banca dati "
        "dei pagamenti F24 e delle visure catastali, che le somme richieste non "
        "erano dovute e che le istanze sono state presentate entro il termine "
        "quinquennale previsto dall'art. 1, comma 164, della legge 27 dicembre 2006, "
        "n. 296;",
        "Visti l'art. 1, commi da 739 a 783, della legge 27 dicembre 2019, n. 160, il "
        "Regolamento comunale per l'applicazione dell'IMU, approvato con "
        "deliberazione del Consiglio Comunale n. 18 del 29/06/2020, e il vigente "
        "Regolamento generale delle entrate;",
        "Richiamati la deliberazione del Consiglio Comunale n. 71 del 20/12/2027 di "
        "approvazione del Bilancio di previsione finanziario 2028-2030 e il decreto "
        "del Sindaco n. 3 del 03/01/2028 di conferimento dell'incarico di Elevata "
        "Qualificazione del Settore III;",
    ],
    table=[("Istanza", "Annualità", "Importo"),
           ("prot. n. 15521 del 21/09/2028", "2025", "€ 412,00"),
           ("prot. n. 16037 del 30/09/2028", "2025–2026", "€ 1.106,00"),
           ("prot. n. 16702 del 10/10/2028", "2026", "€ 286,00"),
           ("prot. n. 17458 del 24/10/2028", "2026", "€ 514,00"),
           ("Totale", "", "€ 2.318,00")],
    verb="DETERMINA",
    points=[
        "di accogliere le istanze di rimborso indicate in premessa e di riconoscere ai "
        "contribuenti le somme versate e non dovute, per complessivi € 2.318,00;",
        "di impegnare e contestualmente liquidare la somma di € 2.318,00 alla "
        "Missione 01, Programma 04, Titolo 1, capitolo 1060.02 \"Rimborsi e poste "
        "correttive delle entrate tributarie\" del bilancio 2028-2030, esercizio 2028;",
        "di dare atto che i dati identificativi dei beneficiari sono riportati "
        "nell'elenco allegato, depositato agli atti del Servizio Tributi e non "
        "pubblicato in applicazione del Regolamento (UE) 2016/679;",
        "di trasmettere il presente atto al Servizio Ragioneria per l'emissione dei "
        "mandati di pagamento.",
    ],
    sign=("La Responsabile del Settore III", "Dott.ssa Elena Zavoli"),
    visto=dict(impegno="n. 1502/2028", cap="1060.02", amount="€ 2.318,00",
               date="16/11/2028", who=FIN_VER),
)

V3 = dict(
    id="V3", file="decreto-verucchio-jente-esproprio.pdf", kind="decreto",
    title="DECRETO",
    organ="SETTORE II – LAVORI PUBBLICI, PATRIMONIO E AMBIENTE",
    organ_run="Settore II – Lavori Pubblici, Patrimonio e Ambiente",
    office="Servizio Patrimonio ed Espropri",
    rg=(7, "22/11/2028"),
    subject="Lavori di realizzazione del percorso ciclopedonale tra Villa Verucchio e "
            "Ponte Verucchio – Decreto di esproprio definitivo ai sensi dell'art. 23 "
            "del D.P.R. 8 giugno 2001, n. 327",
    intro="IL RESPONSABILE DEL SETTORE",
    premesse=[
        "Premesso che con deliberazione della Giunta Comunale n. 88 del 14/06/2027 è "
        "stato approvato il progetto di fattibilità tecnica ed economica dei lavori di "
        "realizzazione del percorso ciclopedonale tra Villa Verucchio e Ponte "
        "Verucchio, con contestuale dichiarazione di pubblica utilità dell'opera;",
        "che ai proprietari delle aree interessate è stata notificata l'indennità "
        "provvisoria di espropriazione, determinata ai sensi dell'art. 37 del D.P.R. "
        "327/2001, e che tutti i proprietari l'hanno condivisa con dichiarazioni "
        "acquisite agli atti del Servizio Patrimonio ed Espropri;",
        "che con determinazione n. 561 del 18/10/2028 è stato disposto il pagamento "
        "delle indennità accettate, come risulta dalle quietanze conservate agli atti;",
        "Visto il frazionamento catastale approvato dall'Agenzia delle Entrate – "
        "Ufficio Provinciale di Rimini – Territorio, in data 02/11/2028, prot. "
        "n. RN0098765;",
        "Visti il D.P.R. 8 giugno 2001, n. 327, la legge regionale 19 dicembre 2002, "
        "n. 37, e l'art. 107 del D.Lgs. 18 agosto 2000, n. 267;",
    ],
    table=[("Ditta catastale", "Foglio", "Mappale", "Sup. mq", "Indennità"),
           ("Casadei Giovanni", "14", "812", "236", "€ 3.540,00"),
           ("Fabbri Luisa e Fabbri Walter", "14", "815", "118", "€ 1.770,00"),
           ("Agricola Il Poggio s.s.", "15", "403", "402", "€ 5.226,00")],
    verb="DECRETA",
    points=[
        "è pronunciata a favore del Comune di Verucchio, C.F. 00380880402, "
        "l'espropriazione definitiva degli immobili indicati nella tabella che "
        "precede, con il trasferimento del diritto di proprietà, sotto la condizione "
        "sospensiva della notifica e dell'esecuzione del presente decreto;",
        "il presente decreto sarà notificato ai proprietari nelle forme degli atti "
        "processuali civili, con l'indicazione della data e dell'ora dell'immissione "
        "in possesso;",
        "il presente decreto sarà registrato e trascritto in termini di urgenza "
        "presso i competenti uffici dell'Agenzia delle Entrate, a cura e spese del "
        "Comune;",
        "un estratto del presente decreto sarà trasmesso per la pubblicazione nel "
        "Bollettino Ufficiale della Regione Emilia-Romagna Telematico.",
    ],
    after=["AVVERTE che contro il presente decreto è ammesso ricorso al Tribunale "
           "Amministrativo Regionale per l'Emilia-Romagna entro 60 giorni dalla "
           "notifica, o ricorso straordinario al Presidente della Repubblica entro "
           "120 giorni; l'opposizione del terzo è proponibile entro i trenta giorni "
           "successivi alla pubblicazione dell'estratto."],
    sign=("Il Responsabile del Settore II", "Ing. Marco Gualtieri"),
)

V4 = dict(
    id="V4", file="determinazione-verucchio-jente-633.pdf", kind="determinazione",
    title="DETERMINAZIONE",
    organ="SETTORE I – AFFARI GENERALI E SERVIZI ALLA PERSONA",
    organ_run="Settore I – Affari Generali e Servizi alla Persona",
    office="Servizio Cultura, Turismo e Biblioteca",
    rg=(633, "21/11/2028"), rs=(87, "20/11/2028"),
    prop=(716, "17/11/2028"), prop_office="Servizio Cultura, Turismo e Biblioteca",
    subject="Iniziative “Natale a Verucchio 2028” – Affidamento del servizio di "
            "noleggio, montaggio e smontaggio delle luminarie natalizie nel centro "
            "storico e nelle frazioni – Impegno di spesa – CIG B4A1C2D7E8",
    intro="LA RESPONSABILE DEL SETTORE",
    premesse=[
        "Premesso che con deliberazione della Giunta Comunale n. 131 del 09/11/2028 "
        "è stato approvato il programma delle iniziative “Natale a Verucchio 2028” e "
        "sono stati forniti gli indirizzi per l'allestimento delle luminarie nel "
        "centro storico e nelle frazioni di Villa Verucchio e Ponte Verucchio;",
        "Considerato che il Comune non dispone di personale e mezzi per il montaggio "
        "in quota e che è pertanto necessario rivolgersi a un operatore economico "
        "specializzato;",
        "Vista l'offerta presentata sulla piattaforma di approvvigionamento digitale "
        "SATER dalla ditta Luci di Romagna S.n.c., con sede in Santarcangelo di "
        "Romagna, P. IVA 03955210408, per l'importo di € 9.850,00 oltre IVA al 22%, "
        "comprensivo del noleggio, del montaggio entro il 02/12/2028 e dello "
        "smontaggio entro il 15/01/2029;",
        "Dato atto che l'affidamento rientra nelle soglie di cui all'art. 50, comma 1, "
        "lett. b), del D.Lgs. 31 marzo 2023, n. 36, e che il CIG è B4A1C2D7E8;",
        "Richiamato il decreto del Sindaco n. 1 del 03/01/2028 di conferimento "
        "dell'incarico di Elevata Qualificazione del Settore I;",
    ],
    verb="DETERMINA",
    points=[
        "di affidare alla ditta Luci di Romagna S.n.c. il servizio di noleggio, "
        "montaggio e smontaggio delle luminarie natalizie per l'importo di € 9.850,00 "
        "oltre IVA al 22%, per complessivi € 12.017,00;",
        "di impegnare la spesa di € 12.017,00 alla Missione 07, Programma 01, Titolo 1, "
        "capitolo 1745.00 \"Manifestazioni turistiche e iniziative di promozione\" del "
        "bilancio 2028-2030, esercizio 2028;",
        "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo "
        "l'uso commerciale e che la ditta ha assunto gli obblighi di tracciabilità dei "
        "flussi finanziari di cui alla legge 13 agosto 2010, n. 136;",
        "di nominare Responsabile Unico del Progetto la dott.ssa Silvia Ricci, "
        "istruttrice direttiva del Servizio Cultura, Turismo e Biblioteca.",
    ],
    sign=("La Responsabile del Settore I", "Dott.ssa Chiara Semprini"),
    visto=dict(impegno="n. 1538/2028", cap="1745.00", amount="€ 12.017,00",
               date="21/11/2028", who=FIN_VER),
)

# ---------------------------------------------------------------- BORGOROSE
BOR = dict(
    muni="Comune di Borgorose",
    muni_caps="COMUNE DI BORGOROSE",
    prov="Provincia di Rieti",
    addr="Viale Micangeli, 10 - 02021 Borgorose (RI) - Tel. 0746 314611",
    software="Cedaf",
)

B1 = dict(
    id="B1", file="determinazione-borgorose-cedaf-781.pdf", kind="determinazione",
    organ="AREA TECNICA - MANUTENTIVA", office="UFFICIO LAVORI PUBBLICI",
    rg=(781, "10/11/2028"), rs=(245, "09/11/2028"),
    prop=(262, "06/11/2028"), prop_office="UFFICIO LAVORI PUBBLICI",
    subject="LAVORI DI SOMMA URGENZA PER IL RIPRISTINO DELLA VIABILITA' COMUNALE IN "
            "LOCALITA' SANT'ANATOLIA A SEGUITO DEGLI EVENTI METEOROLOGICI DEL 28 "
            "OTTOBRE 2028 - APPROVAZIONE PERIZIA GIUSTIFICATIVA E IMPEGNO DI SPESA - "
            "CUP H37H28001120002 - CIG B52D9E04F1",
    intro="IL RESPONSABILE DELL'AREA",
    premesse=[
        "PREMESSO che nella notte tra il 27 e il 28 ottobre 2028 precipitazioni di "
        "eccezionale intensita' hanno provocato il cedimento della scarpata di valle "
        "e l'erosione della sede stradale della via comunale che collega la "
        "localita' Sant'Anatolia alla strada provinciale, interrompendo il transito;",
        "CHE con verbale di somma urgenza in data 28/10/2028, redatto ai sensi "
        "dell'art. 140 del D.Lgs. 36/2023, il tecnico dell'Ufficio Lavori Pubblici "
        "ha disposto l'immediata esecuzione dei lavori necessari a rimuovere lo "
        "stato di pregiudizio alla pubblica incolumita', affidandoli alla ditta "
        "Velino Scavi S.r.l. di Borgorose;",
        "VISTA la perizia giustificativa redatta dal geom. Alessio Santucci in data "
        "05/11/2028, dell'importo di euro 38.700,00 oltre IVA al 22%, per complessivi "
        "euro 47.214,00;",
        "RICHIAMATA la deliberazione della Giunta Comunale n. 112 del 31/10/2028 con "
        "la quale sono stati riconosciuti i presupposti della somma urgenza e "
        "individuata la copertura finanziaria della spesa;",
        "VISTI il D.Lgs. 267/2000, il D.Lgs. 36/2023, lo Statuto comunale e il decreto "
        "sindacale n. 6 del 02/01/2028 di nomina del Responsabile dell'Area;",
    ],
    verb="DETERMINA",
    points=[
        "DI APPROVARE la perizia giustificativa dei lavori di somma urgenza redatta "
        "in data 05/11/2028, dell'importo complessivo di euro 47.214,00;",
        "DI CONFERMARE l'affidamento dei lavori alla ditta Velino Scavi S.r.l., "
        "P. IVA 01234560573, disposto con il verbale del 28/10/2028;",
        "DI IMPEGNARE la somma di euro 47.214,00 al capitolo 2530/4 \"Interventi "
        "urgenti sulla viabilita' comunale\" del bilancio 2028-2030, annualita' 2028;",
        "DI DARE ATTO che il Responsabile Unico del Progetto e' il geom. Alessio "
        "Santucci dell'Ufficio Lavori Pubblici;",
        "DI TRASMETTERE il presente atto all'Area Finanziaria per il visto di "
        "regolarita' contabile e di pubblicarlo all'Albo Pretorio on line.",
    ],
    sign=("IL RESPONSABILE DELL'AREA TECNICA - MANUTENTIVA", "GEOM. FABRIZIO DI LORETO"),
    visto=dict(impegno="N. 902/2028", amount="EURO 47.214,00", date="10/11/2028",
               who=("IL RESPONSABILE DELL'AREA FINANZIARIA", "RAG. SANDRO PAOLETTI")),
)

B2 = dict(
    id="B2", file="determinazione-borgorose-cedaf-796.pdf", kind="determinazione",
    organ="AREA AMMINISTRATIVA", office="UFFICIO SERVIZI SOCIALI",
    rg=(796, "15/11/2028"), rs=(88, "14/11/2028"),
    prop=(277, "13/11/2028"), prop_office="UFFICIO SERVIZI SOCIALI",
    subject="CONTRIBUTI ECONOMICI STRAORDINARI A NUCLEI FAMILIARI IN CONDIZIONE DI "
            "DISAGIO SOCIALE. LIQUIDAZIONE SECONDO SEMESTRE 2028",
    intro="IL RESPONSABILE DELL'AREA",
    premesse=[
        "PREMESSO che con deliberazione del Consiglio Comunale n. 9 del 28/03/2019 "
        "e' stato approvato il Regolamento per la concessione di contributi "
        "economici a persone e nuclei familiari in condizione di disagio;",
        "CHE con determinazione n. 402 del 12/06/2028 e' stata impegnata la somma "
        "di euro 14.000,00 per i contributi straordinari dell'anno 2028;",
        "VISTE le istanze pervenute entro il 31/10/2028 e le relazioni dell'assistente "
        "sociale, conservate agli atti dell'Ufficio Servizi Sociali, dalle quali "
        "risultano ammissibili n. 11 nuclei familiari per complessivi euro 6.350,00;",
        "DATO ATTO che, ai sensi dell'art. 26, comma 4, del D.Lgs. 33/2013, non sono "
        "pubblicati i dati identificativi dei beneficiari;",
    ],
    verb="DETERMINA",
    points=[
        "DI LIQUIDARE ai n. 11 nuclei familiari indicati nell'elenco depositato agli "
        "atti dell'Ufficio Servizi Sociali la somma complessiva di euro 6.350,00;",
        "DI IMPUTARE la spesa al capitolo 1890/1 \"Contributi assistenziali "
        "straordinari\", impegno n. 411/2028;",
        "DI AUTORIZZARE l'Area Finanziaria all'emissione dei mandati di pagamento "
        "secondo le modalita' indicate dai beneficiari.",
    ],
    sign=("IL RESPONSABILE DELL'AREA AMMINISTRATIVA", "DOTT.SSA MARINA CICCARELLI"),
    visto=dict(impegno="N. 411/2028", amount="EURO 6.350,00", date="15/11/2028",
               who=("IL RESPONSABILE DELL'AREA FINANZIARIA", "RAG. SANDRO PAOLETTI")),
)

B3 = dict(
    id="B3", file="determinazione-borgorose-cedaf-812.pdf", kind="determinazione",
    organ="AREA FINANZIARIA", office="UFFICIO RAGIONERIA E PERSONALE",
    rg=(812, "21/11/2028"), rs=(61, "21/11/2028"),
    prop=(290, "20/11/2028"), prop_office="UFFICIO RAGIONERIA E PERSONALE",
    subject="FONDO RISORSE DECENTRATE PER L'ANNO 2028 - COSTITUZIONE DEFINITIVA "
            "DELLA PARTE STABILE E DELLA PARTE VARIABILE",
    intro="IL RESPONSABILE DELL'AREA",
    premesse=[
        "PREMESSO che l'art. 79 del CCNL Funzioni Locali del 16/11/2022 disciplina "
        "la costituzione del Fondo risorse decentrate, distinguendo le risorse "
        "stabili da quelle variabili;",
        "CHE con determinazione n. 233 del 15/04/2028 e' stato costituito in via "
        "provvisoria il Fondo per l'anno 2028;",
        "VISTA la deliberazione della Giunta Comunale n. 104 del 17/10/2028 con la "
        "quale sono state fornite le direttive per l'integrazione della parte "
        "variabile del Fondo;",
        "DATO ATTO del rispetto del limite di cui all'art. 23, comma 2, del D.Lgs. "
        "75/2017, come attestato dal Revisore dei conti con parere n. 19 del "
        "14/11/2028;",
    ],
    verb="DETERMINA",
    points=[
        "DI COSTITUIRE in via definitiva il Fondo risorse decentrate per l'anno 2028 "
        "nell'importo di euro 58.912,40, di cui euro 49.870,15 di parte stabile ed "
        "euro 9.042,25 di parte variabile;",
        "DI DARE ATTO che la spesa trova copertura ai capitoli del personale del "
        "bilancio 2028-2030, annualita' 2028;",
        "DI TRASMETTERE il presente atto alla delegazione trattante di parte pubblica "
        "e alle organizzazioni sindacali.",
    ],
    sign=("IL RESPONSABILE DELL'AREA FINANZIARIA", "RAG. SANDRO PAOLETTI"),
)

B4 = dict(
    id="B4", file="decreto-borgorose-cedaf-occupazione.pdf", kind="decreto",
    organ="AREA TECNICA - MANUTENTIVA", office="UFFICIO ESPROPRI",
    rg=(829, "24/11/2028"), rs=(5, "24/11/2028"),
    subject="LAVORI DI CONSOLIDAMENTO DEL VERSANTE A MONTE DELL'ABITATO DI CORVARO - "
            "OCCUPAZIONE TEMPORANEA DI AREE NON SOGGETTE AD ESPROPRIO AI SENSI "
            "DELL'ART. 49 DEL D.P.R. 327/2001",
    intro="IL RESPONSABILE DELL'AREA",
    premesse=[
        "PREMESSO che con deliberazione della Giunta Comunale n. 97 del 26/09/2028 e' "
        "stato approvato il progetto esecutivo dei lavori di consolidamento del "
        "versante a monte dell'abitato di Corvaro, finanziato con fondi regionali "
        "per la mitigazione del rischio idrogeologico;",
        "CHE per l'installazione del cantiere e il transito dei mezzi d'opera e' "
        "necessario occupare temporaneamente porzioni di terreni privati non "
        "soggette ad espropriazione, come individuate nel piano particellare;",
        "VISTO l'art. 49 del D.P.R. 8 giugno 2001, n. 327;",
    ],
    verb="DECRETA",
    points=[
        "E' DISPOSTA l'occupazione temporanea, per la durata di mesi otto dalla data "
        "di immissione in possesso, delle aree distinte al foglio 27, particelle "
        "144, 146 e 151, per una superficie complessiva di mq 1.260;",
        "L'INDENNITA' di occupazione e' determinata ai sensi dell'art. 50 del D.P.R. "
        "327/2001 in un dodicesimo annuo dell'indennita' di espropriazione;",
        "IL PRESENTE decreto sara' notificato ai proprietari almeno sette giorni "
        "prima dell'immissione in possesso, con l'indicazione del giorno e dell'ora;",
        "IL PRESENTE decreto e' pubblicato all'Albo Pretorio on line per quindici "
        "giorni consecutivi.",
    ],
    sign=("IL RESPONSABILE DELL'AREA TECNICA - MANUTENTIVA", "GEOM. FABRIZIO DI LORETO"),
)

# ---------------------------------------------------------------- SAN SPERATE
SSP = dict(
    muni="Comune di San Sperate",
    muni_caps="COMUNE DI SAN SPERATE",
    prov="Paese Museo",
    addr="Via Sassari, 12 – 09026 San Sperate – Tel. 070 96040200 – "
         "protocollo@pec.comune.sansperate.ca.it",
    software="Sipal",
)

FIN_SSP = ("La Responsabile dell'Area Finanziaria", "Dott.ssa Anna Rita Loi")

S1 = dict(
    id="S1", file="determinazione-sansperate-sipal-1043.pdf", kind="determinazione",
    organ="AREA TECNICA", office="Servizio Lavori Pubblici e Manutenzioni",
    rg=(1043, "17/11/2028"), rs=(219, "16/11/2028"),
    prop=(1170, "14/11/2028"), prop_office="Lavori Pubblici e Manutenzioni",
    subject="INTERVENTI DI MANUTENZIONE STRAORDINARIA E RESTAURO CONSERVATIVO DEI "
            "MURALES DEL CENTRO STORICO – APPROVAZIONE DEL CERTIFICATO DI REGOLARE "
            "ESECUZIONE E LIQUIDAZIONE DELLO STATO FINALE ALL'IMPRESA ARTE E "
            "RESTAURO SOC. COOP. – CUP J17B27000380004 – CIG B1E84C2A07",
    intro="IL RESPONSABILE DEL SERVIZIO",
    premesse=[
        "Premesso che con determinazione n. 412 del 09/05/2028 i lavori di "
        "manutenzione straordinaria e restauro conservativo dei murales del centro "
        "storico sono stati affidati all'impresa Arte e Restauro Soc. Coop., con "
        "sede in Cagliari, P. IVA 03678120925, per l'importo contrattuale di "
        "€ 41.300,00 oltre IVA al 10%;",
        "Dato atto che i lavori, consegnati il 05/06/2028, sono stati ultimati il "
        "30/09/2028, come risulta dal certificato di ultimazione redatto dal "
        "direttore dei lavori, arch. Francesca Mereu;",
        "Visti lo stato finale dei lavori e il certificato di regolare esecuzione "
        "emesso in data 27/10/2028, dai quali risulta un credito residuo "
        "dell'impresa di € 8.260,00 oltre IVA al 10%, per complessivi € 9.086,00;",
        "Accertata la regolarità contributiva dell'impresa mediante DURC on line "
        "prot. INAIL_45127788 con scadenza 12/02/2029;",
        "Visti il D.Lgs. 267/2000, il D.Lgs. 36/2023 e il decreto sindacale n. 5 del "
        "29/12/2027 di nomina del Responsabile dell'Area Tecnica;",
    ],
    verb="DETERMINA",
    points=[
        "di approvare lo stato finale dei lavori e il certificato di regolare "
        "esecuzione emesso in data 27/10/2028;",
        "di liquidare all'impresa Arte e Restauro Soc. Coop. la somma di € 8.260,00 "
        "oltre IVA al 10%, per complessivi € 9.086,00, a saldo di ogni suo avere;",
        "di imputare la spesa all'impegno n. 688/2028 assunto al capitolo 20510.3 "
        "del bilancio 2028-2030, annualità 2028;",
        "di svincolare la garanzia definitiva prestata dall'impresa;",
        "di dare atto che il presente provvedimento è pubblicato all'Albo Pretorio "
        "on line e nella sezione \"Amministrazione Trasparente\".",
    ],
    sign=("Il Responsabile del Servizio Lavori Pubblici e Manutenzioni", "Ing. Roberto Pisano"),
    visto=dict(impegno="n. 688/2028", amount="€ 9.086,00", date="17/11/2028", who=FIN_SSP),
)

S2 = dict(
    id="S2", file="determinazione-sansperate-sipal-1051.pdf", kind="determinazione",
    organ="AREA SOCIO-CULTURALE", office="Servizio Pubblica Istruzione e Sport",
    rg=(1051, "20/11/2028"), rs=(74, "20/11/2028"),
    prop=(1181, "17/11/2028"), prop_office="Pubblica Istruzione e Sport",
    subject="SERVIZIO DI RISTORAZIONE SCOLASTICA PER LA SCUOLA DELL'INFANZIA E LA "
            "SCUOLA PRIMARIA – PROROGA TECNICA DEL CONTRATTO CON LA DITTA SARDA "
            "RISTORAZIONE S.R.L. DAL 01/12/2028 AL 31/01/2029 – IMPEGNO DI SPESA – "
            "CIG B6C0F33A18",
    intro="LA RESPONSABILE DEL SERVIZIO",
    premesse=[
        "Premesso che il contratto rep. n. 27/2025 per il servizio di ristorazione "
        "scolastica, stipulato con la ditta Sarda Ristorazione S.r.l. di Decimomannu, "
        "scade il 30/11/2028;",
        "Dato atto che con determinazione n. 903 del 03/10/2028 è stata indetta la "
        "nuova procedura aperta per l'affidamento del servizio per gli anni scolastici "
        "dal 2028/2029 al 2031/2032, tramite la piattaforma SardegnaCAT, e che la "
        "procedura è in corso di svolgimento;",
        "Considerato che il servizio non può essere interrotto senza grave pregiudizio "
        "per gli alunni e le famiglie e che il contratto in essere prevede l'opzione "
        "di proroga tecnica per il tempo strettamente necessario alla conclusione "
        "della nuova procedura;",
        "Vista la nota prot. n. 16480 del 10/11/2028 con la quale la ditta ha "
        "accettato la proroga agli stessi prezzi, patti e condizioni;",
    ],
    verb="DETERMINA",
    points=[
        "di prorogare il contratto per il servizio di ristorazione scolastica con la "
        "ditta Sarda Ristorazione S.r.l. dal 01/12/2028 al 31/01/2029;",
        "di impegnare la spesa presunta di € 31.460,00 IVA inclusa al capitolo 10450.1 "
        "\"Servizio mensa scolastica\", per € 15.730,00 sull'annualità 2028 e per "
        "€ 15.730,00 sull'annualità 2029;",
        "di dare atto che il CIG della proroga è B6C0F33A18;",
        "di trasmettere il presente atto alla ditta e al Dirigente scolastico "
        "dell'Istituto Comprensivo.",
    ],
    sign=("La Responsabile del Servizio Pubblica Istruzione e Sport", "Dott.ssa Maria Grazia Melis"),
    visto=dict(impegno="n. 1214/2028 e n. 41/2029", amount="€ 31.460,00", date="20/11/2028",
               who=FIN_SSP),
)

S3 = dict(
    id="S3", file="decreto-sansperate-sipal-asservimento.pdf", kind="decreto",
    organ="AREA TECNICA", office="Servizio Lavori Pubblici e Manutenzioni",
    rg=(1062, "23/11/2028"), rs=(11, "23/11/2028"),
    subject="LAVORI DI COMPLETAMENTO DELLA RETE FOGNARIA NERA IN VIA SAN SEBASTIANO – "
            "IMPOSIZIONE DI SERVITÙ DI CONDOTTA SU AREE PRIVATE – DECRETO DI "
            "ASSERVIMENTO AI SENSI DELL'ART. 23 DEL D.P.R. 327/2001",
    intro="IL RESPONSABILE DEL SERVIZIO",
    premesse=[
        "Premesso che con deliberazione della Giunta Comunale n. 64 del 11/05/2027 è "
        "stato approvato il progetto definitivo dei lavori di completamento della "
        "rete fognaria nera in via San Sebastiano, con dichiarazione di pubblica "
        "utilità dell'opera;",
        "che le ditte proprietarie delle aree attraversate dalla condotta hanno "
        "accettato l'indennità di asservimento offerta, che è stata loro "
        "corrisposta con determinazione n. 978 del 30/10/2028;",
        "Visti gli articoli 22-bis, 23 e 44 del D.P.R. 8 giugno 2001, n. 327;",
    ],
    verb="DECRETA",
    points=[
        "è costituita a favore del Comune di San Sperate la servitù permanente di "
        "condotta fognaria sulle aree distinte al N.C.T. foglio 12, mappali 318, "
        "320 e 327, per una fascia di asservimento di m 4,00;",
        "il presente decreto è notificato alle ditte proprietarie e registrato e "
        "trascritto presso l'Agenzia delle Entrate a cura del Comune;",
        "un estratto del presente decreto è pubblicato nel Bollettino Ufficiale "
        "della Regione Autonoma della Sardegna.",
    ],
    sign=("Il Responsabile del Servizio Lavori Pubblici e Manutenzioni", "Ing. Roberto Pisano"),
)

S4 = dict(
    id="S4", file="determinazione-sansperate-sipal-1070.pdf", kind="determinazione",
    organ="AREA AMMINISTRATIVA", office="Servizio Personale e Affari Generali",
    rg=(1070, "27/11/2028"), rs=(132, "27/11/2028"),
    prop=(1203, "24/11/2028"), prop_office="Personale e Affari Generali",
    subject="CONCORSO PUBBLICO PER ESAMI PER LA COPERTURA DI N. 1 POSTO DI ISTRUTTORE "
            "AMMINISTRATIVO-CONTABILE, AREA DEGLI ISTRUTTORI, A TEMPO PIENO E "
            "INDETERMINATO – APPROVAZIONE DEI VERBALI DELLA COMMISSIONE ESAMINATRICE "
            "E DELLA GRADUATORIA DI MERITO",
    intro="IL RESPONSABILE DEL SERVIZIO",
    premesse=[
        "Premesso che con determinazione n. 512 del 22/05/2028 è stato approvato il "
        "bando di concorso pubblico per esami per la copertura di n. 1 posto di "
        "Istruttore amministrativo-contabile, pubblicato sul Portale inPA;",
        "che con determinazione n. 811 del 04/09/2028 è stata nominata la "
        "Commissione esaminatrice, presieduta dal Segretario comunale;",
        "Visti i verbali n. 1, 2, 3 e 4 della Commissione esaminatrice, trasmessi in "
        "data 21/11/2028, e accertata la regolarità del procedimento;",
        "Visti il D.P.R. 9 maggio 1994, n. 487, e il vigente Regolamento comunale "
        "sull'ordinamento degli uffici e dei servizi;",
    ],
    table=[("Pos.", "Candidato", "Punteggio"),
           ("1", "Porcu Valentina", "27,75 / 30"),
           ("2", "Atzeni Luca", "26,50 / 30"),
           ("3", "Serra Michela", "24,25 / 30"),
           ("4", "Floris Davide", "22,00 / 30")],
    verb="DETERMINA",
    points=[
        "di approvare i verbali della Commissione esaminatrice del concorso in "
        "oggetto;",
        "di approvare la graduatoria di merito riportata in premessa e di dichiarare "
        "vincitrice la candidata Porcu Valentina;",
        "di dare atto che la graduatoria resta efficace per due anni dalla data di "
        "approvazione;",
        "di pubblicare la graduatoria all'Albo Pretorio on line e sul Portale inPA.",
    ],
    sign=("Il Responsabile del Servizio Personale e Affari Generali", "Dott. Stefano Cocco"),
)

ALL = [V1, V2, V3, V4, B1, B2, B3, B4, S1, S2, S3, S4]
HOUSE = {"V": VER, "B": BOR, "S": SSP}


def house(act):
    return HOUSE[act["id"][0]]
