# -*- coding: utf-8 -*-
"""Content of the twelve Consiglio minutes of set mix-126-c.

Everything here is invented (people, numbers, facts); the three Comuni are
real.  The renderers in this folder print these texts in each Comune's house
style; keys_make.py keys what the PDFs print and checks it with pdftotext.
"""

# --------------------------------------------------------------------------
# Comune di Samarate (VA) - house style "civilianext"
# --------------------------------------------------------------------------
SAMARATE_ROLL = [
    ("BOSSI Alessandro", "Sindaco"),
    ("CERIANI Lucia", "Presidente del Consiglio"),
    ("FERRARIO Marco", "Consigliere"),
    ("MACCHI Elena", "Consigliere"),
    ("COLOMBO Davide", "Consigliere"),
    ("TOGNELLA Paola", "Consigliere"),
    ("MORONI Stefano", "Consigliere"),
    ("GALLAZZI Chiara", "Consigliere"),
    ("BERTONI Luca", "Consigliere"),
    ("CATTANEO Silvia", "Consigliere"),
    ("LUALDI Roberto", "Consigliere"),
    ("BORGHI Francesca", "Consigliere"),
    ("RIMOLDI Giorgio", "Consigliere"),
    ("CROCI Martina", "Consigliere"),
    ("PARMIGIANI Enrico", "Consigliere"),
    ("VANONI Federica", "Vice Presidente del Consiglio"),
    ("SPERONI Matteo", "Consigliere"),
]

SAMARATE_ASSESSORI = "Zanzi Paolo (Vicesindaco), Restelli Anna, Tosi Gianluca, Marcora Ilaria"

SAMARATE = {
    "municipality": "Comune di Samarate",
    "province": "Provincia di Varese",
    "address": "Via Vittorio Veneto, 40 - 21017 Samarate (VA) - C.F. 00221590124",
    "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Raffaella Crespi"},
}

# --------------------------------------------------------------------------
# Comune di Spezzano della Sila (CS) - house style "halley" (80 columns)
# --------------------------------------------------------------------------
SPEZZANO_ROLL = [
    ("SCARCELLO PIETRO", "Sindaco"),
    ("MAZZEI CATERINA", "Consigliere"),
    ("BRUNO ANTONIO", "Consigliere"),
    ("LECCE GIUSEPPINA", "Consigliere"),
    ("FILICE DOMENICO", "Consigliere"),
    ("GUZZO RAFFAELE", "Consigliere"),
    ("PRINCIPE ANNAMARIA", "Consigliere"),
    ("SPADAFORA LUIGI", "Consigliere"),
    ("COSCARELLA TERESA", "Consigliere"),
    ("MORRONE FRANCO", "Consigliere"),
    ("GRECO SALVATORE", "Consigliere"),
    ("LUPINACCI MARIA", "Consigliere"),
    ("STRANGES CARMINE", "Consigliere"),
]

SPEZZANO = {
    "municipality": "COMUNE DI SPEZZANO DELLA SILA",
    "province": "Provincia di Cosenza",
    "secretary": {"title": "avv.", "role": "Segretario Comunale", "name": "Rosanna Perri"},
    "president": {"title": "Sig.", "role": "Sindaco", "name": "Pietro Scarcello"},
}

# --------------------------------------------------------------------------
# Comune di Borgio Verezzi (SV) - house style "sicraweb"
# --------------------------------------------------------------------------
BORGIO_ROLL = [
    ("PASTORINO GIORGIO", "Sindaco"),
    ("DELFINO MARTA", "Vicesindaco"),
    ("ROSSELLO ANDREA", "Consigliere"),
    ("SCARRONE LAURA", "Consigliere"),
    ("BADANO PIETRO", "Consigliere"),
    ("GAGGERO SIMONA", "Consigliere"),
    ("CANEPA LORENZO", "Consigliere"),
    ("OLIVERI ILARIA", "Consigliere"),
    ("VALLARINO FABIO", "Consigliere"),
    ("BRUZZONE ELISA", "Consigliere"),
    ("ACCAME MATTEO", "Consigliere"),
]

BORGIO = {
    "municipality": "Comune di Borgio Verezzi",
    "province": "Provincia di Savona",
    "address": "Via Municipio, 1 - 17022 Borgio Verezzi (SV) - tel. 019 618211",
    "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Carla Bertolotto"},
    "president": {"title": "sig.", "role": "Sindaco", "name": "Giorgio Pastorino"},
}

LEGAL_IE = ("dell'art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267")

ACTS = [
    # ------------------------------------------------------------------ S-4
    {
        "id": "S4", "comune": "samarate", "producer": "reportlab",
        "file": "deliberazione-samarate-civilianext-4.pdf",
        "number": 4, "date": "2028-02-10", "date_it": "10/02/2028",
        "words": "L'anno duemilaventotto, il giorno dieci del mese di febbraio, alle ore 20:45",
        "time": "20:45",
        "session": "Adunanza ordinaria di prima convocazione - seduta pubblica",
        "proposal_number": 6, "proposal_date": "2028-01-26", "proposal_it": "26/01/2028",
        "proposing_office": "SETTORE ECONOMICO FINANZIARIO",
        "subject": "MODIFICA DEL REGOLAMENTO PER LA DISCIPLINA DEL CANONE PATRIMONIALE DI CONCESSIONE, "
                   "AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA E DEL CANONE MERCATALE",
        "absent": ["CROCI Martina", "SPERONI Matteo"],
        "president": {"title": "sig.ra", "role": "Presidente del Consiglio Comunale", "name": "Lucia Ceriani"},
        "presiding": "Assume la presidenza la sig.ra Lucia Ceriani, Presidente del Consiglio Comunale, la quale, "
                     "constatato il numero legale degli intervenuti, dichiara aperta la seduta e invita il "
                     "Consiglio a trattare l'argomento indicato in oggetto, iscritto al punto 3 dell'ordine del giorno.",
        "premises": [
            "Udita la relazione dell'Assessore al Bilancio e ai Tributi, dott. Gianluca Tosi, che illustra la proposta;",
            "Richiamata la propria deliberazione n. 12 del 29 marzo 2021, con la quale è stato approvato il Regolamento "
            "per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del "
            "canone mercatale, istituito dall'art. 1, commi da 816 a 847, della legge 27 dicembre 2019, n. 160;",
            "Considerato che l'esperienza applicativa dei primi anni ha evidenziato la necessità di semplificare la "
            "disciplina delle occupazioni temporanee per lavori edili e per manifestazioni promosse da associazioni "
            "senza scopo di lucro, nonché di aggiornare le riduzioni previste per i mercati rionali di Verghera e "
            "San Macario;",
            "Visto il testo delle modifiche predisposto dal Settore Economico Finanziario ed esaminato dalla "
            "Commissione consiliare Bilancio nella seduta del 3 febbraio 2028;",
            "Acquisito il parere favorevole del Collegio dei Revisori dei conti, verbale n. 2 del 5 febbraio 2028;",
            "Visti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del "
            "D.Lgs. n. 267/2000 dal Responsabile del Settore Economico Finanziario;",
            "Dato atto che nel corso della discussione intervengono i consiglieri Borghi, Rimoldi e Moroni, i cui "
            "interventi sono riportati nel resoconto della seduta, e che il Sindaco replica agli interventi;",
        ],
        "vote": "Con voti favorevoli n. 11, contrari n. 3 (consiglieri Borghi, Rimoldi, Parmigiani), astenuti n. 1 "
                "(consigliera Tognella), espressi in forma palese per alzata di mano dai n. 15 consiglieri presenti,",
        "points": [
            "di approvare, per le motivazioni esposte in premessa, le modifiche al Regolamento per la disciplina del "
            "canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale, "
            "nel testo riportato nell'allegato A, parte integrante e sostanziale del presente atto;",
            "di dare atto che le modifiche hanno effetto dal 1° marzo 2028 e che il testo coordinato del Regolamento "
            "sarà pubblicato sul sito istituzionale nella sezione \"Amministrazione trasparente\";",
            "di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze nei modi e nei "
            "termini previsti dalla normativa vigente.",
        ],
        "ie": "Successivamente, stante l'urgenza di applicare le nuove disposizioni dal 1° marzo 2028, con separata "
              "votazione che dà il seguente esito: favorevoli n. 11, contrari n. 3, astenuti n. 1, la presente "
              "deliberazione è dichiarata immediatamente eseguibile ai sensi " + LEGAL_IE + ".",
        "vote_kind": "majority",
        "vote_counts": {"present": 15, "in_favour": 11, "against": 3, "abstained": 1},
        "immediately_executive": True,
    },
    # ------------------------------------------------------------------ S-5
    {
        "id": "S5", "comune": "samarate", "producer": "chromium",
        "file": "deliberazione-samarate-civilianext-5.pdf",
        "number": 5, "date": "2028-02-10", "date_it": "10/02/2028",
        "words": "L'anno duemilaventotto, il giorno dieci del mese di febbraio, alle ore 20:45",
        "time": "20:45",
        "session": "Adunanza ordinaria di prima convocazione - seduta pubblica",
        "proposal_number": 11, "proposal_date": "2028-01-30", "proposal_it": "30/01/2028",
        "proposing_office": "SETTORE POLIZIA LOCALE",
        "subject": "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON IL COMUNE DI CARDANO AL CAMPO PER LA GESTIONE "
                   "ASSOCIATA DEL SERVIZIO DI POLIZIA LOCALE - PERIODO 2028/2030",
        "absent": ["CROCI Martina", "SPERONI Matteo", "LUALDI Roberto"],
        "president": {"title": "sig.ra", "role": "Presidente del Consiglio Comunale", "name": "Lucia Ceriani"},
        "presiding": "Assume la presidenza la sig.ra Lucia Ceriani, Presidente del Consiglio Comunale. Si dà atto che "
                     "prima della trattazione del presente punto, iscritto al n. 4 dell'ordine del giorno, è uscito "
                     "dall'aula il consigliere Lualdi Roberto: i consiglieri presenti sono pertanto n. 14.",
        "premises": [
            "Udita la relazione del Sindaco, che illustra la proposta;",
            "Premesso che l'art. 30 del D.Lgs. n. 267/2000 consente agli enti locali di stipulare convenzioni per "
            "svolgere in modo coordinato funzioni e servizi determinati, e che la legge 7 marzo 1986, n. 65, e la "
            "legge regionale 1 aprile 2015, n. 6, favoriscono l'esercizio associato delle funzioni di polizia locale;",
            "Considerato che i Comuni di Samarate e di Cardano al Campo, confinanti e interessati dagli stessi flussi "
            "di traffico verso l'aeroporto di Malpensa, intendono garantire il servizio serale e festivo con "
            "pattuglie congiunte e una centrale operativa unica presso il Comando di Samarate;",
            "Visto lo schema di convenzione composto da 14 articoli, allegato al presente atto sotto la lettera A, "
            "che prevede una durata triennale e il riparto delle spese in proporzione agli abitanti;",
            "Dato atto che lo schema è stato esaminato dalla Commissione consiliare Affari generali nella seduta del "
            "2 febbraio 2028;",
            "Visti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del "
            "D.Lgs. n. 267/2000;",
        ],
        "vote": "Con voti unanimi favorevoli n. 14, espressi per alzata di mano dai n. 14 consiglieri presenti e votanti,",
        "points": [
            "di approvare lo schema di convenzione tra i Comuni di Samarate e di Cardano al Campo per la gestione "
            "associata del servizio di polizia locale per il periodo 2028/2030, allegato sotto la lettera A;",
            "di individuare il Comune di Samarate quale ente capofila, presso il quale ha sede la centrale operativa "
            "del servizio associato;",
            "di autorizzare il Sindaco alla sottoscrizione della convenzione, con facoltà di apportarvi le modifiche "
            "non sostanziali che si rendessero necessarie;",
            "di demandare al Comandante della Polizia Locale gli adempimenti conseguenti al presente atto.",
        ],
        "ie": "Successivamente, con separata votazione unanime favorevole dei n. 14 consiglieri presenti, la presente "
              "deliberazione è dichiarata immediatamente eseguibile ai sensi " + LEGAL_IE + ", per consentire "
              "l'avvio del servizio dal 1° marzo 2028.",
        "vote_kind": "unanimous",
        "vote_counts": {"present": 14, "voters": 14, "in_favour": 14},
        "immediately_executive": True,
    },
    # ------------------------------------------------------------------ S-8
    {
        "id": "S8", "comune": "samarate", "producer": "libreoffice",
        "file": "deliberazione-samarate-civilianext-8.pdf",
        "number": 8, "date": "2028-02-24", "date_it": "24/02/2028",
        "words": "L'anno duemilaventotto, il giorno ventiquattro del mese di febbraio, alle ore 21:00",
        "time": "21:00",
        "session": "Adunanza ordinaria di prima convocazione - seduta pubblica",
        "proposal_number": 19, "proposal_date": "2028-02-08", "proposal_it": "08/02/2028",
        "proposing_office": "SETTORE ECONOMICO FINANZIARIO",
        "subject": "RATIFICA, AI SENSI DELL'ART. 175, COMMA 4, DEL D.LGS. N. 267/2000, DELLA DELIBERAZIONE DELLA "
                   "GIUNTA COMUNALE N. 21 DEL 02/02/2028 AVENTE AD OGGETTO \"VARIAZIONE D'URGENZA AL BILANCIO DI "
                   "PREVISIONE 2028/2030\"",
        "absent": ["CERIANI Lucia"],
        "president": {"title": "sig.ra", "role": "Vice Presidente del Consiglio Comunale", "name": "Federica Vanoni"},
        "presiding": "In assenza della Presidente, assume la presidenza la sig.ra Federica Vanoni, Vice Presidente del "
                     "Consiglio Comunale, la quale, riconosciuta legale l'adunanza, invita il Consiglio a deliberare "
                     "sull'argomento in oggetto, iscritto al punto 2 dell'ordine del giorno.",
        "premises": [
            "Udita la relazione dell'Assessore al Bilancio e ai Tributi, dott. Gianluca Tosi;",
            "Premesso che con deliberazione n. 3 del 18 gennaio 2028 il Consiglio Comunale ha approvato il bilancio "
            "di previsione finanziario 2028/2030;",
            "Vista la deliberazione della Giunta Comunale n. 21 del 02/02/2028, adottata in via d'urgenza ai sensi "
            "dell'art. 175, comma 4, del D.Lgs. n. 267/2000, con la quale sono state apportate al bilancio le "
            "variazioni necessarie all'iscrizione del contributo regionale di euro 185.000,00 per la "
            "riqualificazione della palestra della scuola primaria di Cascina Costa;",
            "Considerato che la citata norma prevede che le variazioni adottate dalla Giunta in via d'urgenza siano "
            "ratificate dal Consiglio, a pena di decadenza, entro i sessanta giorni seguenti;",
            "Acquisito il parere favorevole del Collegio dei Revisori dei conti, verbale n. 4 del 12 febbraio 2028;",
            "Visti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del "
            "D.Lgs. n. 267/2000;",
        ],
        "vote": "Con voti favorevoli n. 12, contrari n. 4 (consiglieri Borghi, Rimoldi, Parmigiani, Tognella), "
                "astenuti n. 0, espressi per alzata di mano dai n. 16 consiglieri presenti,",
        "points": [
            "di ratificare, ai sensi dell'art. 175, comma 4, del D.Lgs. n. 267/2000, la deliberazione della Giunta "
            "Comunale n. 21 del 02/02/2028, avente ad oggetto \"Variazione d'urgenza al bilancio di previsione "
            "2028/2030\", che si allega al presente atto quale parte integrante;",
            "di dare atto che a seguito della variazione ratificata permangono gli equilibri di bilancio di cui "
            "all'art. 193 del D.Lgs. n. 267/2000.",
        ],
        "ie": "Successivamente, con separata votazione che dà il seguente esito: favorevoli n. 12, contrari n. 4, "
              "la presente deliberazione è dichiarata immediatamente eseguibile ai sensi " + LEGAL_IE + ".",
        "vote_kind": "majority",
        "vote_counts": {"present": 16, "in_favour": 12, "against": 4, "abstained": 0},
        "immediately_executive": True,
    },
    # ------------------------------------------------------------------ S-9
    {
        "id": "S9", "comune": "samarate", "producer": "pikepdf",
        "file": "deliberazione-samarate-civilianext-9.pdf",
        "number": 9, "date": "2028-02-24", "date_it": "24/02/2028",
        "words": "L'anno duemilaventotto, il giorno ventiquattro del mese di febbraio, alle ore 21:00",
        "time": "21:00",
        "session": "Adunanza ordinaria di prima convocazione - seduta pubblica",
        "proposal_number": 15, "proposal_date": "2028-02-03", "proposal_it": "03/02/2028",
        "proposing_office": "SETTORE TERRITORIO E AMBIENTE",
        "subject": "ADOZIONE DELLA VARIANTE PARZIALE AL PIANO DELLE REGOLE E AL PIANO DEI SERVIZI DEL PIANO DI "
                   "GOVERNO DEL TERRITORIO (PGT) AI SENSI DELL'ART. 13 DELLA L.R. 11 MARZO 2005, N. 12",
        "absent": ["CERIANI Lucia"],
        "president": {"title": "sig.ra", "role": "Vice Presidente del Consiglio Comunale", "name": "Federica Vanoni"},
        "presiding": "In assenza della Presidente, assume la presidenza la sig.ra Federica Vanoni, Vice Presidente del "
                     "Consiglio Comunale, che invita il Consiglio a trattare l'argomento in oggetto, iscritto al "
                     "punto 3 dell'ordine del giorno.",
        "premises": [
            "Udita la relazione dell'Assessore all'Urbanistica, arch. Anna Restelli;",
            "Premesso che il Comune di Samarate è dotato di Piano di Governo del Territorio approvato con "
            "deliberazione consiliare n. 37 del 15 luglio 2013 e successive varianti;",
            "Richiamata la deliberazione della Giunta Comunale n. 88 del 14 giugno 2027, con la quale è stato avviato "
            "il procedimento di variante parziale al Piano delle Regole e al Piano dei Servizi, unitamente alla "
            "verifica di assoggettabilità alla VAS;",
            "Visto il decreto dell'Autorità competente per la VAS del 22 dicembre 2027, che ha escluso la variante "
            "dalla valutazione ambientale strategica;",
            "Visti gli elaborati della variante redatti dal Settore Territorio e Ambiente e depositati agli atti, "
            "elencati nell'allegato A;",
            "Dato atto che nel corso della discussione intervengono i consiglieri Rimoldi, Moroni e Borghi, che "
            "annunciano l'astensione dei rispettivi gruppi;",
            "Visto il parere favorevole di regolarità tecnica espresso ai sensi dell'art. 49 del D.Lgs. n. 267/2000 "
            "e dato atto che l'atto non comporta riflessi sulla situazione economico-finanziaria dell'ente;",
        ],
        "vote": "Con voti favorevoli n. 11, contrari n. 0, astenuti n. 5 (consiglieri Borghi, Rimoldi, Parmigiani, "
                "Tognella, Moroni), espressi per alzata di mano dai n. 16 consiglieri presenti,",
        "points": [
            "di adottare, ai sensi dell'art. 13 della L.R. n. 12/2005, la variante parziale al Piano delle Regole e al "
            "Piano dei Servizi del PGT, composta dagli elaborati elencati nell'allegato A;",
            "di disporre il deposito degli atti presso la Segreteria comunale per trenta giorni consecutivi, ai fini "
            "della presentazione delle osservazioni nei successivi trenta giorni;",
            "di disporre la pubblicazione dell'avviso di deposito all'Albo pretorio, sul BURL e su un quotidiano a "
            "diffusione locale;",
            "di trasmettere la variante alla Provincia di Varese e all'ATS Insubria per i pareri di competenza;",
            "di dare atto che dalla data di adozione si applicano le misure di salvaguardia di cui all'art. 13, "
            "comma 12, della L.R. n. 12/2005.",
        ],
        "ie": None,
        "not_ie": "La presente deliberazione diverrà esecutiva decorsi dieci giorni dalla sua pubblicazione all'Albo "
                  "pretorio on line, ai sensi dell'art. 134, comma 3, del D.Lgs. n. 267/2000.",
        "vote_kind": "majority",
        "vote_counts": {"present": 16, "in_favour": 11, "against": 0, "abstained": 5},
        "immediately_executive": False,
    },
    # ------------------------------------------------------------------ Sp-2
    {
        "id": "P2", "comune": "spezzano", "producer": "enscript",
        "file": "deliberazione-spezzanodellasila-halley-2.pdf",
        "number": 2, "date": "2028-02-07", "date_it": "07/02/2028",
        "words": "L'anno duemilaventotto il giorno sette del mese di febbraio alle ore 18,00",
        "time": "18:00",
        "session": "ordinaria",
        "subject": "APPROVAZIONE DEL PIANO ECONOMICO FINANZIARIO (PEF) DEL SERVIZIO DI GESTIONE DEI RIFIUTI URBANI "
                   "E DELLE TARIFFE TARI PER L'ANNO 2028",
        "absent": ["GRECO SALVATORE", "STRANGES CARMINE"],
        "premises": [
            "Udita la relazione del Sindaco, che illustra il piano economico finanziario e le tariffe proposte;",
            "Premesso che l'art. 1, comma 639, della legge 27 dicembre 2013, n. 147, ha istituito la tassa sui "
            "rifiuti (TARI), destinata a coprire integralmente i costi del servizio di raccolta e smaltimento;",
            "Vista la deliberazione ARERA n. 389/2023/R/rif e il metodo tariffario per il terzo periodo regolatorio;",
            "Visto il piano economico finanziario 2028 validato dall'ATO Cosenza - Ambito Territoriale Ottimale per "
            "la gestione dei rifiuti, che espone costi complessivi per euro 612.430,00;",
            "Ritenuto di articolare le tariffe tra utenze domestiche e non domestiche secondo i coefficienti di cui "
            "al D.P.R. n. 158/1999, come da prospetto allegato sotto la lettera B;",
            "Acquisito il parere favorevole del Revisore dei conti, verbale n. 1 del 02/02/2028;",
            "Visti i pareri favorevoli di regolarita' tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. "
            "n. 267/2000 dal Responsabile dell'Area Economico-Finanziaria;",
            "Uditi gli interventi dei consiglieri Coscarella e Morrone, che annunciano il voto contrario del gruppo "
            "di minoranza;",
        ],
        "vote": "Con voti favorevoli n. 8, contrari n. 3 (Coscarella, Morrone, Lupinacci), astenuti n. 0, resi per "
                "alzata di mano dagli 11 consiglieri presenti,",
        "points": [
            "di approvare il Piano Economico Finanziario del servizio di gestione dei rifiuti urbani per l'anno 2028, "
            "allegato sotto la lettera A;",
            "di approvare le tariffe TARI per l'anno 2028 per le utenze domestiche e non domestiche, come da "
            "prospetto allegato sotto la lettera B;",
            "di stabilire che il versamento avvenga in tre rate scadenti il 31 maggio, il 31 luglio e il 30 "
            "novembre 2028;",
            "di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze tramite il Portale "
            "del federalismo fiscale.",
        ],
        "ie": "Successivamente, con separata votazione resa per alzata di mano con voti favorevoli n. 8 e contrari "
              "n. 3, la presente deliberazione e' dichiarata immediatamente eseguibile ai sensi dell'art. 134, "
              "comma 4, del D.Lgs. n. 267/2000.",
        "vote_kind": "majority",
        "vote_counts": {"present": 11, "in_favour": 8, "against": 3, "abstained": 0},
        "immediately_executive": True,
    },
    # ------------------------------------------------------------------ Sp-3
    {
        "id": "P3", "comune": "spezzano", "producer": "groff",
        "file": "deliberazione-spezzanodellasila-halley-3.pdf",
        "number": 3, "date": "2028-02-07", "date_it": "07/02/2028",
        "words": "L'anno duemilaventotto il giorno sette del mese di febbraio alle ore 18,00",
        "time": "18:00",
        "session": "ordinaria",
        "subject": "APPROVAZIONE DELLO SCHEMA DI PROTOCOLLO D'INTESA TRA I COMUNI DELL'ALTOPIANO SILANO PER LA "
                   "PROMOZIONE TURISTICA CONDIVISA DEL TERRITORIO",
        "absent": ["GRECO SALVATORE", "STRANGES CARMINE"],
        "premises": [
            "Udita la relazione del consigliere delegato al turismo, sig. Raffaele Guzzo;",
            "Premesso che i Comuni dell'Altopiano silano condividono un patrimonio naturale e culturale di rilievo, "
            "in gran parte ricadente nel Parco Nazionale della Sila;",
            "Considerato che una promozione turistica coordinata consente di partecipare con maggiori possibilita' "
            "ai bandi regionali e di proporre pacchetti comuni nelle stagioni invernale ed estiva;",
            "Visto lo schema di protocollo d'intesa, composto da 9 articoli, concordato tra i Comuni aderenti nella "
            "conferenza dei Sindaci del 19 gennaio 2028 e allegato alla presente deliberazione;",
            "Dato atto che il protocollo non comporta oneri a carico del bilancio comunale;",
            "Visto il parere favorevole di regolarita' tecnica reso ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
        ],
        "vote": "Con voti unanimi favorevoli resi per alzata di mano dagli 11 consiglieri presenti e votanti,",
        "points": [
            "di approvare lo schema di protocollo d'intesa tra i Comuni dell'Altopiano silano per la promozione "
            "turistica condivisa del territorio, allegato alla presente deliberazione;",
            "di autorizzare il Sindaco alla sottoscrizione del protocollo;",
            "di individuare nel Responsabile dell'Area Amministrativa il referente del Comune per l'attuazione del "
            "protocollo.",
        ],
        "ie": "Successivamente, con separata votazione unanime, la presente deliberazione e' dichiarata "
              "immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.",
        "vote_kind": "unanimous",
        "vote_counts": {"present": 11, "voters": 11},
        "immediately_executive": True,
    },
    # ------------------------------------------------------------------ Sp-6
    {
        "id": "P6", "comune": "spezzano", "producer": "a2ps",
        "file": "deliberazione-spezzanodellasila-halley-6.pdf",
        "number": 6, "date": "2028-02-28", "date_it": "28/02/2028",
        "words": "L'anno duemilaventotto il giorno ventotto del mese di febbraio alle ore 17,30",
        "time": "17:30",
        "session": "straordinaria",
        "subject": "RICONOSCIMENTO DELLA LEGITTIMITA' DEL DEBITO FUORI BILANCIO AI SENSI DELL'ART. 194, COMMA 1, "
                   "LETT. A), DEL D.LGS. N. 267/2000 DERIVANTE DALLA SENTENZA DEL GIUDICE DI PACE DI COSENZA "
                   "N. 412/2027",
        "absent": ["MAZZEI CATERINA"],
        "premises": [
            "Udita la relazione del Sindaco;",
            "Premesso che con sentenza n. 412/2027, depositata il 18 novembre 2027, il Giudice di Pace di Cosenza "
            "ha condannato il Comune al risarcimento dei danni subiti da un veicolo a causa di una buca sulla via "
            "Provinciale, in localita' Magli, per complessivi euro 3.846,20, comprensivi di spese legali;",
            "Considerato che l'art. 194, comma 1, lett. a), del D.Lgs. n. 267/2000 impone il riconoscimento della "
            "legittimita' dei debiti fuori bilancio derivanti da sentenze esecutive;",
            "Vista la relazione del Responsabile dell'Area Tecnica, prot. n. 1187 del 09/02/2028;",
            "Dato atto che alla spesa si fa fronte con lo stanziamento della missione 1, programma 11, del "
            "bilancio di previsione 2028/2030;",
            "Acquisito il parere favorevole del Revisore dei conti, verbale n. 3 del 21/02/2028;",
            "Visti i pareri favorevoli di regolarita' tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. "
            "n. 267/2000;",
        ],
        "vote": "Con voti favorevoli n. 9, contrari n. 0, astenuti n. 3 (Coscarella, Morrone, Lupinacci), resi per "
                "alzata di mano dai 12 consiglieri presenti,",
        "points": [
            "di riconoscere, ai sensi dell'art. 194, comma 1, lett. a), del D.Lgs. n. 267/2000, la legittimita' del "
            "debito fuori bilancio di euro 3.846,20 derivante dalla sentenza del Giudice di Pace di Cosenza "
            "n. 412/2027;",
            "di dare atto che la spesa trova copertura nella missione 1, programma 11, del bilancio 2028/2030;",
            "di demandare al Responsabile dell'Area Tecnica l'adozione degli atti di liquidazione;",
            "di trasmettere la presente deliberazione alla Procura regionale della Corte dei conti per la "
            "Calabria, ai sensi dell'art. 23, comma 5, della legge n. 289/2002.",
        ],
        "ie": "Successivamente, con separata votazione che riporta lo stesso esito, la presente deliberazione e' "
              "dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, per "
              "evitare l'aggravio di ulteriori spese.",
        "vote_kind": "majority",
        "vote_counts": {"present": 12, "in_favour": 9, "against": 0, "abstained": 3},
        "immediately_executive": True,
    },
    # ------------------------------------------------------------------ Sp-7
    {
        "id": "P7", "comune": "spezzano", "producer": "fpdf2",
        "file": "deliberazione-spezzanodellasila-halley-7.pdf",
        "number": 7, "date": "2028-02-28", "date_it": "28/02/2028",
        "words": "L'anno duemilaventotto il giorno ventotto del mese di febbraio alle ore 17,30",
        "time": "17:30",
        "session": "straordinaria",
        "subject": "APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA CONCESSIONE IN USO DEGLI IMPIANTI SPORTIVI DI "
                   "PROPRIETA' COMUNALE",
        "absent": ["MAZZEI CATERINA"],
        "premises": [
            "Udita la relazione del consigliere Spadafora, delegato allo sport;",
            "Premesso che il Comune e' proprietario del campo sportivo di Camigliati, della palestra comunale di "
            "via Roma e del campo polivalente di localita' Magli;",
            "Considerato che l'uso degli impianti da parte di societa' sportive, scuole e associazioni e' oggi "
            "regolato da singoli atti della Giunta e che occorre una disciplina organica, anche ai fini della "
            "determinazione delle tariffe;",
            "Visto lo schema di regolamento composto da 22 articoli, esaminato dalla commissione consiliare "
            "competente nella seduta del 15/02/2028;",
            "Visti i pareri favorevoli di regolarita' tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. "
            "n. 267/2000;",
        ],
        "vote": "Presenti e votanti n. 12, voti favorevoli n. 12, resi per alzata di mano,",
        "points": [
            "di approvare il Regolamento comunale per la concessione in uso degli impianti sportivi di proprieta' "
            "comunale, composto da 22 articoli, allegato alla presente deliberazione;",
            "di stabilire che il Regolamento entra in vigore il quindicesimo giorno successivo alla pubblicazione "
            "all'Albo pretorio della presente deliberazione;",
            "di demandare alla Giunta comunale la determinazione delle tariffe d'uso.",
        ],
        "ie": None,
        "vote_kind": "unanimous",
        "vote_counts": {"present": 12, "voters": 12, "in_favour": 12},
        "immediately_executive": False,
    },
    # ------------------------------------------------------------------ B-3
    {
        "id": "B3", "comune": "borgio", "producer": "pdflatex",
        "file": "deliberazione-borgioverezzi-sicraweb-3.pdf",
        "number": 3, "date": "2028-02-17", "date_it": "17/02/2028",
        "words": "L'anno duemilaventotto, addì diciassette del mese di febbraio, alle ore 18:30",
        "time": "18:30",
        "session": "Sessione ordinaria - Seduta pubblica di prima convocazione",
        "subject": "IMPOSTA DI SOGGIORNO - MODIFICA DEL REGOLAMENTO COMUNALE E DETERMINAZIONE DELLE MISURE PER "
                   "L'ANNO 2028",
        "absent": ["ACCAME MATTEO"],
        "premises": [
            "Udita l'illustrazione del Sindaco;",
            "Richiamata la propria deliberazione n. 9 del 30 marzo 2012, con la quale è stata istituita l'imposta "
            "di soggiorno ai sensi dell'art. 4 del D.Lgs. 14 marzo 2011, n. 23, e approvato il relativo regolamento;",
            "Considerato che il gettito dell'imposta è destinato a interventi in materia di turismo, tra i quali la "
            "manutenzione dei percorsi di accesso alle Grotte di Borgio Verezzi e il sostegno al Festival teatrale "
            "di Verezzi;",
            "Ritenuto di modificare gli articoli 4 e 7 del regolamento, introducendo l'esenzione per i minori fino "
            "a quattordici anni e il limite di sette pernottamenti consecutivi, e di rideterminare le misure "
            "dell'imposta per l'anno 2028 come da prospetto allegato;",
            "Sentite le associazioni di categoria degli operatori turistici nell'incontro del 25 gennaio 2028;",
            "Acquisito il parere favorevole del Revisore dei conti, verbale n. 2 del 10 febbraio 2028;",
            "Visti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del "
            "D.Lgs. n. 267/2000;",
            "Udito l'intervento del consigliere Vallarino, che annuncia il voto contrario del gruppo di minoranza;",
        ],
        "vote": "Con voti favorevoli n. 7, contrari n. 3 (Vallarino, Bruzzone, Oliveri), espressi per alzata di mano "
                "dai n. 10 consiglieri presenti e votanti,",
        "points": [
            "di approvare le modifiche agli articoli 4 e 7 del Regolamento comunale per l'applicazione "
            "dell'imposta di soggiorno, nel testo allegato sotto la lettera A;",
            "di determinare le misure dell'imposta di soggiorno per l'anno 2028 come da prospetto allegato sotto la "
            "lettera B;",
            "di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze per la "
            "pubblicazione sul Portale del federalismo fiscale.",
        ],
        "ie": "Successivamente, con separata votazione che dà il medesimo esito (favorevoli n. 7, contrari n. 3), "
              "la presente deliberazione è dichiarata immediatamente eseguibile ai sensi " + LEGAL_IE + ".",
        "vote_kind": "majority",
        "vote_counts": {"present": 10, "voters": 10, "in_favour": 7, "against": 3},
        "immediately_executive": True,
    },
    # ------------------------------------------------------------------ B-4
    {
        "id": "B4", "comune": "borgio", "producer": "wkhtmltopdf",
        "file": "deliberazione-borgioverezzi-sicraweb-4.pdf",
        "number": 4, "date": "2028-02-17", "date_it": "17/02/2028",
        "words": "L'anno duemilaventotto, addì diciassette del mese di febbraio, alle ore 18:30",
        "time": "18:30",
        "session": "Sessione ordinaria - Seduta pubblica di prima convocazione",
        "subject": "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON IL COMUNE DI PIETRA LIGURE PER LA GESTIONE IN "
                   "FORMA ASSOCIATA DEL SERVIZIO DI SEGRETERIA COMUNALE",
        "absent": ["ACCAME MATTEO"],
        "premises": [
            "Udita la relazione del Sindaco;",
            "Premesso che l'art. 98, comma 3, del D.Lgs. n. 267/2000 e l'art. 10 del D.P.R. n. 465/1997 consentono "
            "ai Comuni di stipulare convenzioni per l'ufficio di segreteria comunale;",
            "Considerato che la convenzione in essere con il Comune di Tovo San Giacomo scade il 29 febbraio 2028 e "
            "che il Comune di Pietra Ligure ha manifestato la disponibilità a costituire una nuova convenzione, "
            "con capofila il Comune di Pietra Ligure;",
            "Visto lo schema di convenzione, che ripartisce la prestazione del Segretario nella misura del 35 per "
            "cento per il Comune di Borgio Verezzi e del 65 per cento per il Comune di Pietra Ligure, con il "
            "medesimo riparto degli oneri;",
            "Visti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del "
            "D.Lgs. n. 267/2000;",
        ],
        "vote": "Con voti favorevoli n. 10 su n. 10 consiglieri presenti e votanti, espressi per alzata di mano,",
        "points": [
            "di approvare lo schema di convenzione tra i Comuni di Pietra Ligure e di Borgio Verezzi per la "
            "gestione in forma associata del servizio di segreteria comunale, allegato alla presente deliberazione;",
            "di dare atto che capofila della convenzione è il Comune di Pietra Ligure;",
            "di autorizzare il Sindaco alla sottoscrizione della convenzione;",
            "di trasmettere la presente deliberazione alla Prefettura di Genova - Albo dei Segretari comunali e "
            "provinciali, Sezione regionale della Liguria.",
        ],
        "ie": "Successivamente, con separata votazione unanime, la presente deliberazione è dichiarata "
              "immediatamente eseguibile ai sensi " + LEGAL_IE + ", stante la scadenza della convenzione in essere.",
        "vote_kind": "unanimous",
        "vote_counts": {"present": 10, "voters": 10, "in_favour": 10},
        "immediately_executive": True,
    },
    # ------------------------------------------------------------------ B-6
    {
        "id": "B6", "comune": "borgio", "producer": "fpdf2",
        "file": "deliberazione-borgioverezzi-sicraweb-6.pdf",
        "number": 6, "date": "2028-02-29", "date_it": "29/02/2028",
        "words": "L'anno duemilaventotto, addì ventinove del mese di febbraio, alle ore 21:00",
        "time": "21:00",
        "session": "Sessione ordinaria - Seduta pubblica di prima convocazione",
        "subject": "AGGIORNAMENTO DEL PIANO COMUNALE DI EMERGENZA DI PROTEZIONE CIVILE - APPROVAZIONE",
        "absent": ["CANEPA LORENZO", "OLIVERI ILARIA"],
        "premises": [
            "Udita la relazione del consigliere Badano, delegato alla protezione civile;",
            "Premesso che il Comune di Borgio Verezzi è dotato di piano comunale di emergenza approvato con "
            "deliberazione consiliare n. 21 del 28 luglio 2016;",
            "Visti il D.Lgs. 2 gennaio 2018, n. 1, Codice della protezione civile, e la legge regionale 17 febbraio "
            "2000, n. 9, che attribuiscono ai Comuni la predisposizione e l'aggiornamento periodico dei piani;",
            "Considerato che l'aggiornamento recepisce le nuove mappe del rischio idraulico del rio Battorezza, "
            "lo scenario di rischio incendi boschivi di interfaccia e le aree di attesa individuate in frazione "
            "Verezzi;",
            "Visto il piano aggiornato, redatto dall'Ufficio tecnico comunale e depositato agli atti;",
            "Visto il parere favorevole di regolarità tecnica espresso ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
        ],
        "vote": "All'unanimità dei voti favorevoli espressi per alzata di mano dai n. 9 consiglieri presenti,",
        "points": [
            "di approvare l'aggiornamento del Piano comunale di emergenza di protezione civile, composto dalla "
            "relazione generale, dagli scenari di rischio e dalle tavole depositate agli atti;",
            "di trasmettere il piano alla Regione Liguria, alla Prefettura di Savona e alla Provincia di Savona e "
            "di darne diffusione alla popolazione tramite il sito istituzionale.",
        ],
        "ie": None,
        "vote_kind": "unanimous",
        "vote_counts": {"present": 9},
        "immediately_executive": False,
    },
    # ------------------------------------------------------------------ B-7
    {
        "id": "B7", "comune": "borgio", "producer": "reportlab-canvas",
        "file": "deliberazione-borgioverezzi-sicraweb-7.pdf",
        "number": 7, "date": "2028-02-29", "date_it": "29/02/2028",
        "words": "L'anno duemilaventotto, addì ventinove del mese di febbraio, alle ore 21:00",
        "time": "21:00",
        "session": "Sessione ordinaria - Seduta pubblica di prima convocazione",
        "subject": "SDEMANIALIZZAZIONE E ALIENAZIONE DI UN RELITTO DI STRADA COMUNALE IN FRAZIONE CROSA - "
                   "APPROVAZIONE",
        "absent": ["OLIVERI ILARIA"],
        "premises": [
            "Dato atto che alle ore 21:40, prima della trattazione del presente punto, entra in aula il consigliere "
            "Canepa; i consiglieri presenti sono pertanto n. 10;",
            "Udita la relazione del Vicesindaco Marta Delfino;",
            "Premesso che il relitto della vecchia strada comunale di frazione Crosa, della superficie di circa "
            "mq 46, identificato al Catasto Terreni al foglio 3, mappale 1182, non è più utilizzato per il "
            "pubblico transito a seguito della realizzazione della nuova viabilità;",
            "Vista l'istanza di acquisto presentata dal proprietario del fondo confinante, prot. n. 6241 del "
            "12 ottobre 2027;",
            "Vista la perizia di stima dell'Ufficio tecnico comunale, che determina il valore del relitto in "
            "euro 2.760,00;",
            "Visti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del "
            "D.Lgs. n. 267/2000;",
        ],
        "vote": "Con voti favorevoli n. 7, astenuti n. 3 (Vallarino, Bruzzone, Canepa), espressi per alzata di mano "
                "dai n. 10 consiglieri presenti,",
        "points": [
            "di sdemanializzare il relitto di strada comunale in frazione Crosa, identificato al Catasto Terreni al "
            "foglio 3, mappale 1182, trasferendolo al patrimonio disponibile del Comune;",
            "di approvarne l'alienazione al proprietario del fondo confinante al prezzo di euro 2.760,00, "
            "determinato dalla perizia di stima;",
            "di porre a carico dell'acquirente le spese di frazionamento, notarili e di registrazione;",
            "di autorizzare il Responsabile del Servizio tecnico alla stipula dell'atto di compravendita.",
        ],
        "ie": None,
        "vote_kind": "majority",
        "vote_counts": {"present": 10, "in_favour": 7, "abstained": 3},
        "immediately_executive": False,
    },
]

ROLLS = {"samarate": SAMARATE_ROLL, "spezzano": SPEZZANO_ROLL, "borgio": BORGIO_ROLL}
BODIES = {"samarate": SAMARATE, "spezzano": SPEZZANO, "borgio": BORGIO}


def act(aid):
    for a in ACTS:
        if a["id"] == aid:
            return a
    raise KeyError(aid)


def roll(a):
    """[(name, role, present)] for an act, in the roll's order."""
    return [(n, r, n not in a["absent"]) for n, r in ROLLS[a["comune"]]]


def counts(a):
    r = roll(a)
    p = sum(1 for x in r if x[2])
    return p, len(r) - p
