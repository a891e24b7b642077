# -*- coding: utf-8 -*-
"""Texts of the twelve Giunta minutes of set mix-123-c.

People, numbers, codes and facts are invented; the three Comuni are real.
Each renderer (one script per producer) takes its act from here and lays it
out in its Comune's house style.
"""

# ---------------------------------------------------------------- Castrezzato
CASTREZZATO = {
    "name": "COMUNE DI CASTREZZATO",
    "prov": "Provincia di Brescia",
    "addr": "Piazza del Municipio, 1 - 25030 Castrezzato (BS)",
    "tel": "Tel. 030 7040011 - PEC: protocollo@pec.comune.castrezzato.bs.it",
    "ente": "Codice ente 10077",
    "giunta": [
        ("BONERA Alessandro", "Sindaco"),
        ("ZANARDELLI Paola", "Vice Sindaco"),
        ("TURLA Giacomo", "Assessore"),
        ("GHIDINI Federica", "Assessore"),
        ("LANCINI Stefano", "Assessore"),
    ],
    "secretary": ("dott.ssa", "Segretario Comunale", "Laura Marchina"),
}

PREMESSA_CASTREZZATO_APERTURA = (
    "L'anno duemilaventisette, addì {giorno} del mese di novembre alle ore {ora}, "
    "nella sala delle adunanze del Palazzo Municipale, previa osservanza di tutte le "
    "formalità prescritte dalla vigente legge e dallo Statuto comunale, vennero oggi "
    "convocati a seduta i componenti della Giunta Comunale. All'appello risultano:"
)

A1 = {
    "num": 131, "date": "04/11/2027", "giorno": "quattro", "ora": "18:30",
    "prop": "158", "prop_date": "28/10/2027", "prop_office": "AREA TECNICA",
    "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI "
               "DI RIQUALIFICAZIONE ENERGETICA DELLA SCUOLA PRIMARIA DI VIA CAMPAGNE "
               "- CUP H37H27000410004",
    "present": [True, True, True, True, True],
    "presidency": "Essendo legale il numero degli intervenuti, il sig. Alessandro Bonera, "
                  "nella sua qualità di Sindaco, assume la presidenza e dichiara aperta la "
                  "seduta per la trattazione dell'oggetto sopra indicato.",
    "premesse": [
        "Premesso che l'Amministrazione comunale ha inserito nel Programma triennale dei "
        "lavori pubblici 2027/2029, approvato con deliberazione del Consiglio Comunale n. 9 "
        "del 22/02/2027, l'intervento di riqualificazione energetica della scuola primaria "
        "di via Campagne, per un importo complessivo di euro 485.000,00;",
        "Vista la determinazione dell'Area Tecnica n. 212 del 03/07/2027, con la quale è "
        "stato affidato all'ing. Marco Piantoni di Chiari l'incarico di redazione del "
        "progetto di fattibilità tecnico-economica;",
        "Visto il progetto presentato in data 21/10/2027, prot. n. 14377, composto dagli "
        "elaborati elencati nell'allegato A, e il verbale di verifica sottoscritto dal "
        "Responsabile Unico del Progetto in data 27/10/2027;",
        "Visto il D.Lgs. 31 marzo 2023, n. 36 e in particolare l'art. 41 e l'allegato I.7;",
        "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi "
        "dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267;",
    ],
    "vote_intro": "Con voti unanimi favorevoli, espressi nelle forme di legge,",
    "verb": "DELIBERA",
    "points": [
        "di approvare il progetto di fattibilità tecnico-economica dei lavori di "
        "riqualificazione energetica della scuola primaria di via Campagne, redatto "
        "dall'ing. Marco Piantoni, dell'importo complessivo di euro 485.000,00, di cui euro "
        "392.600,00 per lavori ed euro 92.400,00 per somme a disposizione;",
        "di dare atto che la spesa trova copertura per euro 350.000,00 con il contributo "
        "regionale assegnato con decreto n. 11842 del 30/09/2027 e per euro 135.000,00 con "
        "avanzo di amministrazione, alla missione 04, programma 02, capitolo 20410;",
        "di confermare quale Responsabile Unico del Progetto il geom. Davide Vezzoli, "
        "Responsabile dell'Area Tecnica;",
        "di demandare al Responsabile dell'Area Tecnica gli adempimenti conseguenti.",
    ],
    "ie": "Successivamente, con separata votazione unanime favorevole, espressa in forma "
          "palese, la Giunta Comunale dichiara la presente deliberazione immediatamente "
          "eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267, "
          "stante l'urgenza di rispettare i termini del finanziamento regionale.",
    "pub": ("05/11/2027", "1288"),
}

A2 = {
    "num": 134, "date": "11/11/2027", "giorno": "undici", "ora": "19:00",
    "prop": "163", "prop_date": "08/11/2027", "prop_office": "AREA ECONOMICO-FINANZIARIA",
    "subject": "VARIAZIONE D'URGENZA AL BILANCIO DI PREVISIONE FINANZIARIO 2027/2029 "
               "(ART. 175, COMMA 4, DEL D.LGS. N. 267/2000)",
    "present": [False, True, True, True, True],
    "presidency": "Essendo legale il numero degli intervenuti, la sig.ra Paola Zanardelli, "
                  "nella sua qualità di Vice Sindaco, assume la presidenza in assenza del "
                  "Sindaco e dichiara aperta la seduta per la trattazione dell'oggetto sopra "
                  "indicato.",
    "premesse": [
        "Premesso che con deliberazione del Consiglio Comunale n. 11 del 22/02/2027 è "
        "stato approvato il bilancio di previsione finanziario 2027/2029;",
        "Considerato che il Responsabile dell'Area Tecnica, con nota prot. n. 15021 del "
        "05/11/2027, ha segnalato la necessità di provvedere con urgenza alla sostituzione "
        "della caldaia della palestra comunale, guastatasi il 3 novembre, e che il "
        "Ministero dell'Interno ha comunicato l'assegnazione di un contributo di euro "
        "18.500,00 per la manutenzione delle strade;",
        "Ritenuto che ricorrano i presupposti d'urgenza previsti dall'art. 175, comma 4, "
        "del D.Lgs. 18 agosto 2000, n. 267, che consente alla Giunta di adottare "
        "variazioni al bilancio salvo ratifica del Consiglio entro sessanta giorni;",
        "Visto il parere favorevole dell'Organo di revisione, verbale n. 27 del 10/11/2027;",
        "Acquisiti i pareri favorevoli di regolarità tecnica e contabile del Responsabile "
        "dell'Area Economico-Finanziaria;",
        "Dato atto che l'Assessore Federica Ghidini dichiara il proprio voto contrario, "
        "ritenendo che la spesa per la palestra debba essere finanziata con il fondo di "
        "riserva;",
    ],
    "vote_intro": "Con voti favorevoli n. 3, contrari n. 1 (l'Assessore Federica Ghidini), "
                  "astenuti nessuno, espressi per alzata di mano dai n. 4 componenti presenti,",
    "verb": "DELIBERA",
    "points": [
        "di apportare al bilancio di previsione finanziario 2027/2029, annualità 2027, le "
        "variazioni di competenza e di cassa indicate nell'allegato A, che forma parte "
        "integrante del presente atto;",
        "di dare atto che, a seguito della variazione, il bilancio pareggia in euro "
        "7.412.930,15 e che permangono gli equilibri di cui all'art. 193 del D.Lgs. n. "
        "267/2000;",
        "di sottoporre la presente deliberazione a ratifica del Consiglio Comunale entro "
        "il termine di sessanta giorni;",
        "di trasmettere il presente atto al Tesoriere comunale.",
    ],
    "ie": "Con successiva e separata votazione, con voti favorevoli n. 4, contrari "
          "nessuno, astenuti nessuno, la presente deliberazione è dichiarata "
          "immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. "
          "267/2000.",
    "pub": ("15/11/2027", "1321"),
}

A3 = {
    "num": 138, "date": "18/11/2027", "giorno": "diciotto", "ora": "17:45",
    "prop": "169", "prop_date": "12/11/2027", "prop_office": "AREA AFFARI GENERALI",
    "subject": "CONCESSIONE DI UN CONTRIBUTO ECONOMICO ALL'ASSOCIAZIONE \"CASTREZZATO IN "
               "FESTA\" PER L'ORGANIZZAZIONE DELLE INIZIATIVE NATALIZIE 2027",
    "present": [True, True, True, True, True],
    "presidency": "Essendo legale il numero degli intervenuti, il sig. Alessandro Bonera, "
                  "nella sua qualità di Sindaco, assume la presidenza e dichiara aperta la "
                  "seduta per la trattazione dell'oggetto sopra indicato.",
    "premesse": [
        "Vista l'istanza presentata in data 30/10/2027, prot. n. 14702, dall'associazione "
        "\"Castrezzato in Festa\", con la quale si chiede un contributo per "
        "l'organizzazione del mercatino di Natale, dell'accensione dell'albero in piazza e "
        "del concerto dell'Epifania, per una spesa preventivata di euro 9.800,00;",
        "Visto il Regolamento comunale per la concessione di contributi e vantaggi "
        "economici, approvato con deliberazione del Consiglio Comunale n. 34 del 28/09/2020;",
        "Ritenuto di sostenere le iniziative, che valorizzano il centro storico e le "
        "attività commerciali del paese;",
        "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi "
        "dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267;",
        "Dato atto che, prima della votazione, l'Assessore Stefano Lancini dichiara di "
        "astenersi in quanto componente del direttivo dell'associazione beneficiaria;",
    ],
    "vote_intro": "Con la votazione di seguito riportata, espressa in forma palese:",
    "vote_table": [("Presenti", "5"), ("Votanti", "4"), ("Favorevoli", "4"),
                   ("Contrari", "0"), ("Astenuti", "1 (Lancini Stefano)")],
    "verb": "DELIBERA",
    "points": [
        "di concedere all'associazione \"Castrezzato in Festa\" un contributo economico di "
        "euro 3.500,00 per l'organizzazione delle iniziative natalizie 2027;",
        "di imputare la spesa alla missione 07, programma 01, capitolo 10710 del bilancio "
        "2027/2029, esercizio 2027;",
        "di dare atto che il contributo sarà liquidato previa presentazione del rendiconto "
        "delle spese sostenute, come previsto dall'art. 9 del Regolamento;",
        "di demandare al Responsabile dell'Area Affari Generali gli adempimenti "
        "conseguenti.",
    ],
    "ie": "Successivamente, con separata votazione che dà il medesimo esito (favorevoli 4, "
          "astenuti 1), la presente deliberazione è dichiarata immediatamente eseguibile "
          "ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.",
    "pub": ("22/11/2027", "1349"),
}

A4 = {
    "num": 141, "date": "25/11/2027", "giorno": "venticinque", "ora": "12:00",
    "prop": "174", "prop_date": "19/11/2027", "prop_office": "AREA AFFARI GENERALI",
    "subject": "INDIRIZZI PER LA CONCESSIONE IN USO TEMPORANEO DELLE PALESTRE COMUNALI "
               "ALLE ASSOCIAZIONI SPORTIVE - STAGIONE 2027/2028",
    "present": [False, False, True, True, True],
    "presidency": "Essendo legale il numero degli intervenuti, in assenza del Sindaco e del "
                  "Vice Sindaco, il sig. Giacomo Turla, nella sua qualità di Assessore "
                  "anziano, assume la presidenza e dichiara aperta la seduta per la "
                  "trattazione dell'oggetto sopra indicato.",
    "premesse": [
        "Premesso che il Comune dispone della palestra della scuola primaria e della "
        "palestra polivalente di via Trenzano, utilizzate in orario extrascolastico dalle "
        "associazioni sportive del territorio;",
        "Viste le richieste pervenute entro il 15/10/2027 da n. 9 associazioni;",
        "Ritenuto di fissare criteri di assegnazione che privilegino l'attività giovanile e "
        "quella rivolta alle persone con disabilità;",
        "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi "
        "dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267;",
    ],
    "vote_intro": "Con voti unanimi favorevoli espressi nelle forme di legge,",
    "verb": "DELIBERA",
    "points": [
        "di approvare i criteri per l'assegnazione degli spazi orari delle palestre "
        "comunali per la stagione 2027/2028, riportati nell'allegato A;",
        "di stabilire in euro 12,00 la tariffa oraria per le attività degli adulti e in "
        "euro 6,00 quella per le attività giovanili;",
        "di demandare al Responsabile dell'Area Affari Generali la redazione del calendario "
        "e la stipula dei disciplinari d'uso.",
    ],
    "ie": None,
    "exec_note": "La presente deliberazione diverrà esecutiva decorsi dieci giorni dalla "
                 "pubblicazione all'Albo Pretorio on line, ai sensi dell'art. 134, comma 3, "
                 "del D.Lgs. n. 267/2000.",
    "pub": ("29/11/2027", "1377"),
}

# ---------------------------------------------------------------- Pieve a Nievole
PIEVE = {
    "name": "COMUNE DI PIEVE A NIEVOLE",
    "prov": "Provincia di Pistoia",
    "addr": "Piazza XX Settembre, 1 - 51018 Pieve a Nievole (PT)",
    "giunta": [
        ("BARTOLINI Gianluca", "Sindaco"),
        ("MAGNANI Elisa", "Vice Sindaco"),
        ("CECCHI Roberto", "Assessore"),
        ("PAGLIAI Silvia", "Assessore"),
        ("NICCOLAI Fabio", "Assessore"),
    ],
    "secretary": ("Dott.", "Segretario Comunale", "Federico Lenzi"),
}

B1 = {
    "num": 118, "date": "09/11/2027", "giorno": "nove", "ora": "15:00",
    "prop": "142", "prop_date": "03/11/2027",
    "prop_office": "SETTORE SERVIZI ALLA PERSONA",
    "subject": "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L'ISTITUTO COMPRENSIVO "
               "STATALE PER LO SVOLGIMENTO DEL SERVIZIO DI PRE E POST SCUOLA - A.S. "
               "2027/2028",
    "present": [True, True, True, False, True],
    "presidency": "Presiede la seduta il Sindaco Gianluca Bartolini. Partecipa il "
                  "Segretario Comunale Dott. Federico Lenzi, incaricato della redazione del "
                  "verbale. Il Presidente, constatato il numero legale, dichiara aperta la "
                  "seduta.",
    "premesse": [
        "PREMESSO che il Comune garantisce alle famiglie degli alunni della scuola "
        "primaria il servizio di accoglienza anticipata e di sorveglianza all'uscita, "
        "svolto in collaborazione con l'Istituto Comprensivo Statale;",
        "VISTA la nota dell'Istituto prot. n. 6812 del 14/10/2027 con la quale si chiede il "
        "rinnovo della convenzione per l'anno scolastico 2027/2028;",
        "VISTO lo schema di convenzione predisposto dal Settore Servizi alla Persona, "
        "allegato al presente atto sotto la lettera A;",
        "DATO ATTO che la spesa prevista, pari a euro 14.600,00, trova copertura al "
        "capitolo 1045/2 del bilancio 2027/2029;",
        "VISTI i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
    ],
    "vote_intro": "All'unanimità dei voti espressi in forma palese,",
    "verb": "DELIBERA",
    "points": [
        "di approvare lo schema di convenzione con l'Istituto Comprensivo Statale per lo "
        "svolgimento del servizio di pre e post scuola nell'anno scolastico 2027/2028, "
        "allegato sub A;",
        "di autorizzare la Responsabile del Settore Servizi alla Persona alla "
        "sottoscrizione della convenzione;",
        "di dare atto che la spesa di euro 14.600,00 sarà impegnata con successivo atto "
        "della Responsabile del Settore;",
        "di pubblicare la convenzione nella sezione Amministrazione Trasparente.",
    ],
    "ie": "Con separata ed unanime votazione, la Giunta Comunale DICHIARA il presente atto "
          "immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. "
          "267/2000, per consentire l'avvio del servizio dal 15 novembre.",
    "pub": ("10/11/2027", "1914"),
}

B2 = {
    "num": 121, "date": "16/11/2027", "giorno": "sedici", "ora": "12:30",
    "prop": "147", "prop_date": "10/11/2027",
    "prop_office": "SETTORE AFFARI GENERALI",
    "subject": "CONCESSIONE IN COMODATO D'USO GRATUITO DI LOCALI DEL CENTRO CIVICO DI VIA "
               "GRAMSCI ALL'ASSOCIAZIONE DI VOLONTARIATO \"IL PONTE\" ODV",
    "present": [False, True, True, True, True],
    "presidency": "Presiede la seduta il Vice Sindaco Elisa Magnani, in assenza del "
                  "Sindaco. Partecipa il Segretario Comunale Dott. Federico Lenzi, "
                  "incaricato della redazione del verbale. Il Presidente, constatato il "
                  "numero legale, dichiara aperta la seduta.",
    "premesse": [
        "PREMESSO che l'associazione di volontariato \"Il Ponte\" ODV, iscritta al "
        "Registro unico nazionale del Terzo settore, svolge sul territorio attività di "
        "doposcuola e di sostegno alle famiglie in difficoltà;",
        "VISTA la richiesta dell'associazione prot. n. 17190 del 28/10/2027, di poter "
        "utilizzare due locali al primo piano del Centro civico di via Gramsci;",
        "RICHIAMATO il Regolamento per la concessione in uso dei beni immobili comunali "
        "agli enti del Terzo settore;",
        "DATO ATTO che l'Assessore Fabio Niccolai, socio volontario dell'associazione, "
        "dichiara di astenersi dalla votazione;",
        "VISTI i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
    ],
    "vote_intro": "Con voti favorevoli n. 3, astenuti n. 1 (l'Assessore Fabio Niccolai), "
                  "contrari nessuno, resi in forma palese dai n. 4 componenti presenti,",
    "verb": "DELIBERA",
    "points": [
        "di concedere in comodato d'uso gratuito all'associazione \"Il Ponte\" ODV i "
        "locali n. 4 e n. 5 del primo piano del Centro civico di via Gramsci, per la "
        "durata di tre anni;",
        "di porre a carico dell'associazione le spese per le utenze e la pulizia dei "
        "locali;",
        "di incaricare il Responsabile del Settore Affari Generali della stipula del "
        "contratto di comodato.",
    ],
    "ie": "Con successiva votazione, con voti favorevoli n. 3 e astenuti n. 1 (Niccolai), "
          "la Giunta Comunale DICHIARA la presente deliberazione immediatamente "
          "eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.",
    "pub": ("18/11/2027", "1952"),
}

B3 = {
    "num": 124, "date": "23/11/2027", "giorno": "ventitré", "ora": "16:00",
    "prop": "151", "prop_date": "17/11/2027",
    "prop_office": "SETTORE SERVIZI TECNICI",
    "subject": "DETERMINAZIONE DELLE TARIFFE DEI SERVIZI CIMITERIALI E DELLE CONCESSIONI DI "
               "LOCULI E CELLETTE OSSARIO PER L'ANNO 2028",
    "present": [True, True, True, True, True],
    "presidency": "Presiede la seduta il Sindaco Gianluca Bartolini. Partecipa il "
                  "Segretario Comunale Dott. Federico Lenzi, incaricato della redazione del "
                  "verbale. Il Presidente, constatato il numero legale, dichiara aperta la "
                  "seduta.",
    "premesse": [
        "PREMESSO che l'art. 172, comma 1, lettera c), del D.Lgs. 267/2000 prevede che "
        "al bilancio di previsione siano allegate le deliberazioni con le quali sono "
        "determinate le tariffe dei servizi;",
        "VISTA la relazione del Settore Servizi Tecnici del 15/11/2027, dalla quale "
        "risulta un aumento dei costi di gestione dei cimiteri comunali pari al 4,2 per "
        "cento;",
        "RITENUTO di adeguare le tariffe nella misura del 3 per cento, arrotondando gli "
        "importi all'euro;",
        "DATO ATTO che l'Assessore Roberto Cecchi dichiara voto contrario, ritenendo "
        "preferibile mantenere invariate le tariffe per l'anno 2028;",
        "VISTI i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
    ],
    "vote_intro": "Con la seguente votazione, resa in forma palese:",
    "vote_table": [("Presenti", "5"), ("Favorevoli", "4"), ("Contrari", "1"),
                   ("Astenuti", "0")],
    "verb": "DELIBERA",
    "points": [
        "di approvare le tariffe dei servizi cimiteriali per l'anno 2028 riportate "
        "nell'allegato A;",
        "di approvare le tariffe delle concessioni di loculi e cellette ossario riportate "
        "nell'allegato B;",
        "di stabilire che le nuove tariffe si applicano alle richieste presentate dal 1° "
        "gennaio 2028;",
        "di dare atto che il presente atto costituisce allegato al bilancio di previsione "
        "2028/2030;",
        "di trasmettere la presente deliberazione al Settore Servizi Finanziari.",
    ],
    "ie_intro": "Quindi, con separata votazione, resa in forma palese, che dà il seguente "
                "risultato:",
    "ie_table": [("Presenti", "5"), ("Favorevoli", "5"), ("Contrari", "0"),
                 ("Astenuti", "0")],
    "ie": "la Giunta Comunale DICHIARA il presente atto immediatamente eseguibile, ai "
          "sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.",
    "pub": ("25/11/2027", "1988"),
}

B4 = {
    "num": 127, "date": "30/11/2027", "giorno": "trenta", "ora": "13:00",
    "prop": "156", "prop_date": "26/11/2027",
    "prop_office": "SETTORE SERVIZI ALLA PERSONA",
    "subject": "PROROGA TECNICA DEL SERVIZIO DI TRASPORTO SCOLASTICO NELLE MORE "
               "DELL'ESPLETAMENTO DELLA NUOVA PROCEDURA DI GARA. ATTO DI INDIRIZZO",
    "present": [False, False, True, True, True],
    "presidency": "Presiede la seduta l'Assessore anziano Roberto Cecchi, in assenza del "
                  "Sindaco e del Vice Sindaco. Partecipa il Segretario Comunale Dott. "
                  "Federico Lenzi, incaricato della redazione del verbale. Il Presidente, "
                  "constatato il numero legale, dichiara aperta la seduta.",
    "premesse": [
        "PREMESSO che il contratto per il servizio di trasporto scolastico, CIG "
        "B1F4A27C93, scade il 31/12/2027;",
        "DATO ATTO che la procedura aperta per il nuovo affidamento, avviata con "
        "determinazione n. 611 del 20/09/2027, è in corso di svolgimento presso la "
        "Centrale Unica di Committenza;",
        "RITENUTO necessario garantire la continuità del servizio agli alunni residenti "
        "nelle frazioni fino all'aggiudicazione;",
        "VISTO l'art. 120, comma 11, del D.Lgs. 36/2023;",
        "VISTI i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
    ],
    "vote_intro": "Con voti unanimi favorevoli, espressi in forma palese,",
    "verb": "DELIBERA",
    "points": [
        "di esprimere indirizzo favorevole alla proroga tecnica del servizio di trasporto "
        "scolastico fino al 31/03/2028, agli stessi patti e condizioni;",
        "di dare atto che la spesa presunta di euro 38.400,00 trova copertura al capitolo "
        "1052/1 del bilancio 2027/2029, esercizio 2028;",
        "di demandare alla Responsabile del Settore Servizi alla Persona l'adozione degli "
        "atti conseguenti.",
    ],
    "ie": "Con successiva votazione unanime, la Giunta Comunale DICHIARA il presente atto "
          "immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. "
          "267/2000.",
    "pub": ("30/11/2027", "2011"),
}

# ---------------------------------------------------------------- Carosino
CAROSINO = {
    "name": "COMUNE DI CAROSINO",
    "prov": "PROVINCIA DI TARANTO",
    "addr": "Piazza Vittorio Emanuele II - 74021 Carosino (TA)",
    "giunta": [
        ("LACAITA COSIMO", "SINDACO"),
        ("SPAGNOLO ANNA MARIA", "VICE SINDACO"),
        ("D'AMICO PIETRO", "ASSESSORE"),
        ("FRASCELLA TERESA", "ASSESSORE"),
        ("ANNICCHIARICO GIUSEPPE", "ASSESSORE"),
    ],
    "secretary": ("Dott.ssa", "SEGRETARIO COMUNALE", "Maria Grazia LISI"),
}

C1 = {
    "num": 88, "date": "03/11/2027", "giorno": "TRE", "ora": "12,00",
    "prop": "97", "prop_date": "27/10/2027",
    "prop_office": "POLIZIA LOCALE - PROTEZIONE CIVILE",
    "subject": "AGGIORNAMENTO DEL PIANO COMUNALE DI PROTEZIONE CIVILE. APPROVAZIONE DELLO "
               "SCHEMA DA SOTTOPORRE AL CONSIGLIO COMUNALE.",
    "present": [True, True, True, True, False],
    "premesse": [
        "PREMESSO che il Comune di Carosino e' dotato di un Piano comunale di protezione "
        "civile approvato con deliberazione del Consiglio Comunale n. 21 del 29/06/2019;",
        "VISTO il D.Lgs. 2 gennaio 2018, n. 1, recante il Codice della protezione "
        "civile, e in particolare l'art. 18, che prevede l'aggiornamento periodico dei "
        "piani;",
        "VISTE le linee guida regionali per la pianificazione comunale di emergenza;",
        "VISTO lo schema di aggiornamento del Piano redatto dal Comando di Polizia Locale "
        "con il supporto del gruppo comunale di volontari;",
        "ACQUISITO il parere favorevole di regolarita' tecnica espresso ai sensi "
        "dell'art. 49 del D.Lgs. 267/2000; dato atto che il presente atto non comporta "
        "riflessi sul bilancio;",
    ],
    "vote_intro": "Con voti unanimi favorevoli, espressi nei modi e nelle forme di legge,",
    "verb": "D E L I B E R A",
    "points": [
        "DI APPROVARE lo schema di aggiornamento del Piano comunale di protezione civile, "
        "composto dalla relazione generale, dalle cartografie e dalle procedure "
        "operative;",
        "DI SOTTOPORRE lo schema all'approvazione del Consiglio Comunale nella prima "
        "seduta utile;",
        "DI TRASMETTERE copia del presente atto alla Prefettura di Taranto e alla Sezione "
        "regionale di protezione civile.",
    ],
    "ie": "Con separata e unanime votazione la presente deliberazione viene dichiarata "
          "immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. "
          "267/2000.",
    "pub": ("04/11/2027", "1021"),
}

C2 = {
    "num": 91, "date": "10/11/2027", "giorno": "DIECI", "ora": "18,00",
    "prop": "101", "prop_date": "05/11/2027",
    "prop_office": "LAVORI PUBBLICI",
    "subject": "ATTO DI INDIRIZZO PER LA PARTECIPAZIONE ALL'AVVISO PUBBLICO REGIONALE PER IL "
               "FINANZIAMENTO DI INTERVENTI DI EFFICIENTAMENTO ENERGETICO DEGLI EDIFICI "
               "COMUNALI",
    "present": [False, True, True, True, True],
    "premesse": [
        "PREMESSO che la Regione Puglia ha pubblicato l'avviso pubblico per il "
        "finanziamento di interventi di efficientamento energetico degli edifici pubblici, "
        "con scadenza delle domande fissata al 30/11/2027;",
        "CONSIDERATO che il palazzo municipale e la scuola media presentano consumi "
        "elevati e che e' disponibile uno studio di diagnosi energetica redatto nel 2026;",
        "RITENUTO di candidare l'intervento sulla scuola media, per un importo di euro "
        "620.000,00;",
        "DATO ATTO che l'Assessore FRASCELLA Teresa dichiara voto contrario, ritenendo "
        "prioritario l'intervento sul palazzo municipale;",
        "ACQUISITI i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. "
        "267/2000;",
    ],
    "vote_intro": "Con voti favorevoli n. 3, contrari n. 1 (FRASCELLA), astenuti nessuno,",
    "verb": "D E L I B E R A",
    "points": [
        "DI PARTECIPARE all'avviso pubblico regionale candidando l'intervento di "
        "efficientamento energetico della scuola media \"Giovanni XXIII\";",
        "DI APPROVARE il quadro economico di massima dell'intervento, dell'importo di euro "
        "620.000,00;",
        "DI INDIVIDUARE quale Responsabile Unico del Progetto l'ing. Giovanni Ettorre, "
        "Responsabile del Settore Lavori Pubblici;",
        "DI AUTORIZZARE il Sindaco alla sottoscrizione della domanda di finanziamento.",
    ],
    "ie": "Con successiva votazione, con voti favorevoli n. 4, contrari nessuno, la "
          "presente deliberazione viene dichiarata immediatamente eseguibile, ai sensi "
          "dell'art. 134, comma 4, del D.Lgs. 267/2000, stante la scadenza dell'avviso.",
    "pub": ("12/11/2027", "1056"),
}

C3 = {
    "num": 95, "date": "19/11/2027", "giorno": "DICIANNOVE", "ora": "11,30",
    "prop": "106", "prop_date": "15/11/2027",
    "prop_office": "AFFARI GENERALI",
    "subject": "MANIFESTAZIONE \"NATALE A CAROSINO 2027\". CONCESSIONE DEL PATROCINIO E DI UN "
               "CONTRIBUTO ECONOMICO ALL'ASSOCIAZIONE CULTURALE \"I SENTIERI DEL PRIMITIVO\"",
    "present": [True, True, True, True, True],
    "premesse": [
        "VISTA l'istanza prot. n. 9214 del 08/11/2027 con la quale l'associazione "
        "culturale \"I Sentieri del Primitivo\" chiede il patrocinio e un contributo per "
        "la manifestazione \"Natale a Carosino 2027\";",
        "VISTO il Regolamento comunale per la concessione di contributi;",
        "DATO ATTO che l'Assessore FRASCELLA Teresa, socia dell'associazione, dichiara di "
        "astenersi dalla votazione;",
        "ACQUISITI i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. "
        "267/2000;",
    ],
    "vote_table": [("PRESENTI", "5"), ("VOTANTI", "4"), ("FAVOREVOLI", "4"),
                   ("CONTRARI", "0"), ("ASTENUTI", "1 (FRASCELLA)")],
    "verb": "D E L I B E R A",
    "points": [
        "DI CONCEDERE il patrocinio del Comune alla manifestazione \"Natale a Carosino "
        "2027\";",
        "DI CONCEDERE all'associazione un contributo di euro 2.000,00;",
        "DI IMPUTARE la spesa al cap. 1872 del bilancio 2027.",
    ],
    "ie": "Con separata votazione, con il medesimo esito, la presente e' dichiarata "
          "immediatamente eseguibile.",
    "pub": ("22/11/2027", "1089"),
}

C4 = {
    "num": 98, "date": "26/11/2027", "giorno": "VENTISEI", "ora": "9,30",
    "prop": "110", "prop_date": "22/11/2027",
    "prop_office": "LAVORI PUBBLICI",
    "subject": "APPROVAZIONE DEL PIANO DEGLI INTERVENTI DI MANUTENZIONE ORDINARIA DELLA RETE "
               "VIARIA COMUNALE PER IL PERIODO INVERNALE 2027/2028",
    "present": [False, False, True, True, True],
    "premesse": [
        "PREMESSO che la rete viaria comunale necessita di interventi periodici di "
        "manutenzione, in particolare nel periodo invernale;",
        "VISTO il piano degli interventi predisposto dal Settore Lavori Pubblici, che "
        "prevede il ripristino delle buche, la pulizia delle cunette e la segnaletica "
        "orizzontale in via Roma, via San Giorgio e strada vicinale Petrose;",
        "DATO ATTO che la spesa complessiva di euro 46.300,00 trova copertura al cap. 2810 "
        "del bilancio 2027/2029;",
        "ACQUISITI i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. "
        "267/2000;",
    ],
    "vote_intro": "Con voti unanimi favorevoli, espressi nei modi e nelle forme di legge,",
    "verb": "D E L I B E R A",
    "points": [
        "DI APPROVARE il piano degli interventi di manutenzione ordinaria della rete "
        "viaria comunale per il periodo invernale 2027/2028;",
        "DI DARE ATTO che la spesa di euro 46.300,00 trova copertura al cap. 2810;",
        "DI DEMANDARE al Responsabile del Settore Lavori Pubblici gli atti di "
        "affidamento;",
        "DI DARE ATTO che gli interventi saranno ultimati entro il 31/03/2028.",
    ],
    "ie": "Con separata e unanime votazione la presente deliberazione viene dichiarata "
          "immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. "
          "267/2000.",
    "pub": ("29/11/2027", "1117"),
    "secretary": ("Dott.", "VICE SEGRETARIO COMUNALE", "Cataldo GRECO"),
}

APERTURA_PIEVE = (
    "L'anno duemilaventisette, il giorno {giorno} del mese di novembre, alle ore {ora}, "
    "nella Sala della Giunta del Palazzo Comunale, si è riunita la Giunta Comunale, "
    "convocata nei modi di legge. Risultano presenti e assenti:"
)
PRES_PIEVE = {118: "Gianluca Bartolini", 121: "Elisa Magnani", 124: "Gianluca Bartolini",
              127: "Roberto Cecchi"}
