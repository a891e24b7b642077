# -*- coding: utf-8 -*-
"""Text of the twelve minutes of set mix-134-b.

Every producer script takes its words from here, so that the house style of
each Comune (layout) is in the producer script and the words are in one place.
People, numbers and facts are invented.
"""

# ---------------------------------------------------------------- MONGRANDO
MONGRANDO_CC = [
    # (n, name, role)
    (1, "ROSAZZA Marco", "Sindaco"),
    (2, "COGGIOLA Elena", "Vice Sindaco"),
    (3, "RAMELLA POZZO Luca", "Consigliere"),
    (4, "GREMMO Silvia", "Consigliere"),
    (5, "BOGGIO Andrea", "Consigliere"),
    (6, "PERINO Chiara", "Consigliere"),
    (7, "CODA ZABETTA Franco", "Consigliere"),
    (8, "VERCELLOTTI Daniela", "Consigliere"),
    (9, "LANZA Davide", "Consigliere"),
    (10, "FERRARIS Giorgio", "Consigliere"),
    (11, "ZANIN Roberto", "Consigliere"),
    (12, "MOSCA Laura", "Consigliere"),
    (13, "SERRA Monica", "Consigliere"),
]
MONGRANDO_GC = [
    (1, "ROSAZZA Marco", "Sindaco"),
    (2, "COGGIOLA Elena", "Vice Sindaco"),
    (3, "RAMELLA POZZO Luca", "Assessore"),
    (4, "BOTTA Federica", "Assessore esterno"),
]

M1 = dict(
    file="consiglio-mongrando-palinformatica-bilancio.pdf",
    organ_title="VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE",
    number=31, date="09/10/2028",
    seduta="Adunanza ordinaria di prima convocazione – seduta pubblica",
    subject="VARIAZIONE AL BILANCIO DI PREVISIONE FINANZIARIO 2028/2030 AI SENSI "
            "DELL'ART. 175, COMMA 2, DEL D.LGS. 267/2000 E CONTESTUALE APPLICAZIONE "
            "DI QUOTA DELL'AVANZO DI AMMINISTRAZIONE",
    opening="L'anno duemilaventotto, addì nove del mese di ottobre, alle ore 20:45, nella "
            "sala consiliare del Palazzo Comunale, previa osservanza di tutte le formalità "
            "prescritte dalla vigente legge e dallo Statuto, vennero oggi convocati a seduta "
            "i componenti del Consiglio Comunale. All'appello risultano:",
    absent={"LANZA Davide", "MOSCA Laura"},
    after_roll="Assiste all'adunanza il Segretario Comunale dott.ssa Ilaria BONINO, la quale "
               "provvede alla redazione del presente verbale. Essendo legale il numero degli "
               "intervenuti, il Sig. Marco ROSAZZA, nella sua qualità di Sindaco, assume la "
               "presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra "
               "indicato.",
    body_title="IL CONSIGLIO COMUNALE",
    premises=[
        "Premesso che con deliberazione del Consiglio Comunale n. 9 del 27/02/2028, "
        "esecutiva, è stato approvato il bilancio di previsione finanziario 2028/2030 e che "
        "con deliberazione n. 18 del 29/04/2028 è stato approvato il rendiconto della "
        "gestione 2027, dal quale risulta un avanzo di amministrazione di euro 612.408,37;",
        "Considerato che l'Area Tecnica ha segnalato la necessità di finanziare la "
        "manutenzione straordinaria della copertura della scuola primaria di via Roma e "
        "che l'Area Servizi alla Persona ha richiesto l'integrazione dei fondi per "
        "l'assistenza scolastica agli alunni con disabilità;",
        "Visto l'art. 175, comma 2, del D.Lgs. 18 agosto 2000, n. 267, che attribuisce "
        "all'organo consiliare le variazioni al bilancio di previsione, e l'art. 187 del "
        "medesimo decreto in materia di applicazione dell'avanzo;",
        "Visti i prospetti predisposti dal Servizio Finanziario (allegati A e B) e il "
        "parere favorevole dell'Organo di revisione economico-finanziaria, verbale n. 14 "
        "del 02/10/2028;",
        "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi dal "
        "Responsabile dell'Area Finanziaria ai sensi dell'art. 49 del D.Lgs. 267/2000;",
        "Udita la relazione del Sindaco e dato atto che nella discussione intervengono i "
        "consiglieri Ferraris e Zanin, come risulta dalla registrazione audio della "
        "seduta conservata agli atti;",
    ],
    vote="Con votazione espressa per alzata di mano, che dà il seguente risultato: presenti "
         "n. 11, votanti n. 11, favorevoli n. 8, contrari n. 3 (Ferraris, Zanin, Serra), "
         "astenuti n. 0;",
    points=[
        "di approvare la variazione al bilancio di previsione finanziario 2028/2030, "
        "competenza e cassa, come risulta dai prospetti allegati A e B, che costituiscono "
        "parte integrante e sostanziale del presente atto, applicando una quota "
        "dell'avanzo di amministrazione disponibile pari a euro 148.500,00;",
        "di dare atto che, a seguito della variazione, permangono gli equilibri di "
        "bilancio di cui all'art. 193 del D.Lgs. 267/2000 e il rispetto dei vincoli di "
        "finanza pubblica;",
        "di trasmettere copia del presente provvedimento al Tesoriere comunale per gli "
        "adempimenti di competenza.",
    ],
    ie_vote="Successivamente, con separata votazione resa per alzata di mano (presenti n. "
            "11, votanti n. 11, favorevoli n. 8, contrari n. 3), il Consiglio Comunale",
    ie_text="di dichiarare la presente deliberazione immediatamente eseguibile ai sensi "
            "dell'art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267, stante l'urgenza "
            "di avviare le procedure di affidamento dei lavori.",
    president=("IL PRESIDENTE", "Marco ROSAZZA"),
    secretary=("IL SEGRETARIO COMUNALE", "dott.ssa Ilaria BONINO"),
)

M2 = dict(
    file="consiglio-mongrando-palinformatica-regolamento.pdf",
    organ_title="VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE",
    number=35, date="30/10/2028",
    seduta="Adunanza ordinaria di prima convocazione – seduta pubblica",
    subject="MODIFICA DEL REGOLAMENTO PER L'APPLICAZIONE DEL CANONE PATRIMONIALE DI "
            "CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA",
    opening="L'anno duemilaventotto, addì trenta del mese di ottobre, alle ore 21:00, nella "
            "sala consiliare del Palazzo Comunale, previa osservanza di tutte le formalità "
            "prescritte dalla vigente legge e dallo Statuto, vennero oggi convocati a seduta "
            "i componenti del Consiglio Comunale. All'appello risultano:",
    absent={"GREMMO Silvia"},
    after_roll="Assiste all'adunanza il Segretario Comunale dott.ssa Ilaria BONINO, la quale "
               "provvede alla redazione del presente verbale. Essendo legale il numero degli "
               "intervenuti, il Sig. Marco ROSAZZA, nella sua qualità di Sindaco, assume la "
               "presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra "
               "indicato.",
    body_title="IL CONSIGLIO COMUNALE",
    premises=[
        "Richiamata la propria deliberazione n. 7 del 29/03/2021, con la quale è stato "
        "approvato il Regolamento per l'applicazione del canone patrimoniale di "
        "concessione, autorizzazione o esposizione pubblicitaria di cui all'art. 1, commi "
        "816 e seguenti, della Legge 27 dicembre 2019, n. 160;",
        "Rilevata l'opportunità di semplificare il procedimento di rilascio delle "
        "concessioni temporanee per i dehors degli esercizi pubblici e di aggiornare le "
        "riduzioni per le manifestazioni promosse dalle associazioni del territorio;",
        "Esaminato il testo delle modifiche agli articoli 12, 18 e 27, predisposto "
        "dall'Area Finanziaria e illustrato nella seduta della Commissione consiliare "
        "Bilancio del 23/10/2028;",
        "Visto il parere favorevole dell'Organo di revisione, reso ai sensi dell'art. 239, "
        "comma 1, lett. b), del D.Lgs. 267/2000;",
        "Acquisiti i pareri favorevoli di regolarità tecnica e contabile di cui all'art. 49 "
        "del D.Lgs. 267/2000;",
    ],
    vote="Con voti favorevoli otto, contrari tre (Ferraris, Zanin, Serra), astenuti uno "
         "(Mosca), espressi per alzata di mano dai dodici consiglieri presenti, di cui "
         "undici votanti;",
    points=[
        "di approvare le modifiche agli articoli 12, 18 e 27 del Regolamento per "
        "l'applicazione del canone patrimoniale di concessione, autorizzazione o "
        "esposizione pubblicitaria, nel testo allegato alla presente deliberazione;",
        "di dare atto che le modifiche entrano in vigore dal 1° gennaio 2029;",
        "di disporre la pubblicazione del Regolamento aggiornato sul sito istituzionale, "
        "nella sezione Amministrazione Trasparente;",
        "di trasmettere la presente deliberazione al Ministero dell'Economia e delle "
        "Finanze tramite il Portale del federalismo fiscale.",
    ],
    ie_vote="Successivamente, con separata votazione, all'unanimità dei dodici consiglieri "
            "presenti, il Consiglio Comunale",
    ie_text="di dichiarare la presente deliberazione immediatamente eseguibile ai sensi "
            "dell'art. 134, comma 4, del D.Lgs. 267/2000.",
    president=("IL PRESIDENTE", "Marco ROSAZZA"),
    secretary=("IL SEGRETARIO COMUNALE", "dott.ssa Ilaria BONINO"),
)

M3 = dict(
    file="giunta-mongrando-palinformatica.pdf",
    organ_title="VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE",
    number=88, date="05/10/2028",
    proposal="Proposta n. 102 del 02/10/2028 – Area proponente: Area Tecnica",
    subject="APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICA ED ECONOMICA DEI LAVORI DI "
            "MESSA IN SICUREZZA DELLA STRADA COMUNALE DELLA SERRA – CUP J47H28000410004",
    opening="L'anno duemilaventotto, addì cinque del mese di ottobre, alle ore 18:00, nella "
            "sala delle adunanze del Palazzo Comunale, convocata nei modi di legge, si è "
            "riunita la Giunta Comunale nelle persone dei Signori:",
    absent={"BOTTA Federica"},
    after_roll="Partecipa il Segretario Comunale dott.ssa Ilaria BONINO, la quale provvede "
               "alla redazione del presente verbale. Il Sig. Marco ROSAZZA, nella sua "
               "qualità di Sindaco, assume la presidenza e, riconosciuta la legalità "
               "dell'adunanza, invita la Giunta a deliberare sull'oggetto sopra indicato.",
    body_title="LA GIUNTA COMUNALE",
    premises=[
        "Premesso che la strada comunale della Serra presenta tratti con cedimenti del "
        "margine di valle e barriere di sicurezza non più conformi, come evidenziato nella "
        "relazione dell'Area Tecnica del 14/09/2028;",
        "Dato atto che l'intervento è inserito nel programma triennale dei lavori pubblici "
        "2028/2030 per un importo complessivo di euro 185.000,00, finanziato con "
        "contributo della Regione Piemonte e con fondi propri di bilancio;",
        "Visto il progetto di fattibilità tecnica ed economica redatto dall'ing. Stefano "
        "Gallo, con studio in Biella, composto dagli elaborati elencati nell'allegato A;",
        "Visto il D.Lgs. 31 marzo 2023, n. 36, e in particolare l'art. 41 e l'allegato I.7;",
        "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi "
        "dell'art. 49 del D.Lgs. 267/2000;",
    ],
    vote="Con voti unanimi favorevoli espressi nelle forme di legge;",
    points=[
        "di approvare il progetto di fattibilità tecnica ed economica dei lavori di messa "
        "in sicurezza della strada comunale della Serra, per un importo complessivo di euro "
        "185.000,00, di cui euro 138.200,00 per lavori;",
        "di dare atto che la spesa trova copertura al capitolo 2814/1 del bilancio di "
        "previsione 2028/2030;",
        "di nominare Responsabile Unico del Progetto il geom. Walter Ferrero, Responsabile "
        "dell'Area Tecnica.",
    ],
    ie_vote="Successivamente, con separata e unanime votazione,",
    ie_text="di dichiarare il presente atto immediatamente eseguibile ai sensi dell'art. "
            "134, comma 4, del D.Lgs. 267/2000, per consentire la presentazione della "
            "domanda di contributo entro il 15/10/2028.",
    president=("IL PRESIDENTE", "Marco ROSAZZA"),
    secretary=("IL SEGRETARIO COMUNALE", "dott.ssa Ilaria BONINO"),
    pareri=("Il Responsabile dell'Area Tecnica, geom. Walter Ferrero, 02/10/2028",
            "Il Responsabile dell'Area Finanziaria, rag. Paola Mosca, 03/10/2028"),
)

M4 = dict(
    file="giunta-mongrando-palinformatica-proloco.pdf",
    organ_title="VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE",
    number=95, date="19/10/2028",
    proposal="Proposta n. 110 del 16/10/2028 – Area proponente: Area Amministrativa",
    subject="CONCESSIONE DI UN CONTRIBUTO ALL'ASSOCIAZIONE PRO LOCO DI MONGRANDO PER LA "
            "FIERA AUTUNNALE 2028 – PATROCINIO E UTILIZZO GRATUITO DEI LOCALI COMUNALI",
    opening="L'anno duemilaventotto, addì diciannove del mese di ottobre, alle ore 17:30, "
            "nella sala delle adunanze del Palazzo Comunale, convocata nei modi di legge, si "
            "è riunita la Giunta Comunale nelle persone dei Signori:",
    absent={"ROSAZZA Marco"},
    after_roll="Partecipa il Vice Segretario Comunale dott. Fabio CERRUTI, il quale provvede "
               "alla redazione del presente verbale. Assente il Sindaco, la Sig.ra Elena "
               "COGGIOLA, nella sua qualità di Vice Sindaco, assume la presidenza e, "
               "riconosciuta la legalità dell'adunanza, invita la Giunta a deliberare "
               "sull'oggetto sopra indicato.",
    body_title="LA GIUNTA COMUNALE",
    premises=[
        "Vista la nota prot. n. 6921 del 09/10/2028, con la quale l'Associazione Pro Loco "
        "di Mongrando chiede il patrocinio del Comune, un contributo economico e l'uso "
        "gratuito del salone polivalente per la Fiera autunnale del 4 e 5 novembre 2028;",
        "Visto il Regolamento comunale per la concessione di contributi e vantaggi "
        "economici, approvato con deliberazione consiliare n. 22 del 28/06/2019;",
        "Ritenuto che l'iniziativa valorizza le produzioni agricole e artigianali della "
        "Valle Elvo e rientra tra le finalità di promozione del territorio;",
        "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi "
        "dell'art. 49 del D.Lgs. 267/2000;",
    ],
    vote="Con voti unanimi favorevoli espressi in forma palese;",
    points=[
        "di concedere il patrocinio del Comune di Mongrando alla Fiera autunnale 2028 "
        "organizzata dall'Associazione Pro Loco;",
        "di concedere all'Associazione un contributo di euro 1.800,00, da liquidare a "
        "presentazione del rendiconto delle spese sostenute;",
        "di autorizzare l'utilizzo gratuito del salone polivalente di piazza Vittorio "
        "Veneto nei giorni 4 e 5 novembre 2028;",
        "di demandare al Responsabile dell'Area Amministrativa gli adempimenti "
        "conseguenti, compreso l'impegno di spesa.",
    ],
    ie_vote=None,
    ie_text="La presente deliberazione diverrà esecutiva decorsi dieci giorni dalla sua "
            "pubblicazione all'Albo Pretorio on line, ai sensi dell'art. 134, comma 3, del "
            "D.Lgs. 267/2000.",
    president=("IL PRESIDENTE", "Elena COGGIOLA"),
    secretary=("IL VICE SEGRETARIO COMUNALE", "dott. Fabio CERRUTI"),
    pareri=("Il Responsabile dell'Area Amministrativa, dott. Fabio Cerruti, 16/10/2028",
            "Il Responsabile dell'Area Finanziaria, rag. Paola Mosca, 17/10/2028"),
)

# ---------------------------------------------------------------- SANT'OMERO
SANTOMERO_CC = [
    (1, "DI DOMENICO Andrea", "Sindaco"),
    (2, "MARCOZZI Sabrina", "Consigliere"),
    (3, "DE BERARDINIS Luca", "Consigliere"),
    (4, "CIARROCCHI Giulia", "Consigliere"),
    (5, "DI SILVESTRE Mauro", "Consigliere"),
    (6, "CORE Alessia", "Consigliere"),
    (7, "PAOLINI Nicola", "Consigliere"),
    (8, "TASSONI Emidio", "Consigliere"),
    (9, "DI FELICE Roberta", "Consigliere"),
    (10, "CARDELLI Simone", "Consigliere"),
    (11, "NARDI Piergiorgio", "Consigliere"),
    (12, "MAZZITTI Valentina", "Consigliere"),
    (13, "DI GIUSEPPE Enzo", "Consigliere"),
]
SANTOMERO_GC = [
    (1, "DI DOMENICO Andrea", "Sindaco"),
    (2, "DE BERARDINIS Luca", "Vice Sindaco"),
    (3, "CIARROCCHI Giulia", "Assessore"),
    (4, "PAOLINI Nicola", "Assessore"),
    (5, "CORE Alessia", "Assessore"),
]

# ---------------------------------------------------------------- TRABIA
TRABIA_CC = [
    (1, "BALISTRERI Antonella"),
    (2, "BONANNO Gaetano"),
    (3, "CATANZARO Angela"),
    (4, "CUSIMANO Salvatore"),
    (5, "D'AMICO Michele"),
    (6, "DI SALVO Maria Rita"),
    (7, "GERACI Rosalia"),
    (8, "LA MANTIA Rosaria"),
    (9, "LO BUE Giuseppe"),
    (10, "LO CASCIO Vincenzo"),
    (11, "MINEO Giovanna"),
    (12, "RIZZO Calogero"),
    (13, "SCADUTO Benedetto"),
    (14, "SCIMECA Maria Concetta"),
    (15, "SCIORTINO Ignazio"),
    (16, "SPARACINO Francesco Paolo"),
]
TRABIA_GM = [
    ("Fabio Di Marzo", "Sindaco"),
    ("Carmela Lo Monaco", "Vice Sindaco"),
    ("Giuseppe Terranova", "Assessore"),
    ("Salvatore Cutrone", "Assessore"),
    ("Francesca Amato", "Assessore"),
    ("Pietro Marino", "Assessore"),
]

TRABIA_HEAD = ("COMUNE DI TRABIA", "Città Metropolitana di Palermo",
               "Piazza Comunale, 1 – 90019 Trabia (PA) – tel. 091 8146011 – protocollo@pec.comune.trabia.pa.it")

T1 = dict(
    file="giunta-trabia-progesi.pdf",
    organ="GIUNTA MUNICIPALE", number=143, date="17/10/2028", abbr="G.M.",
    proposal="Proposta n. 158 del 12/10/2028 – Settore proponente: Settore III – Servizi Sociali e Culturali",
    subject="APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE DI VOLONTARIATO "
            "MISERICORDIA DI TRABIA PER IL SERVIZIO DI TRASPORTO SOCIALE DI ANZIANI E DISABILI "
            "– ANNO 2029",
    opening="L'anno duemilaventotto, il giorno diciassette del mese di ottobre, alle ore 12,00 e "
            "seguenti, nella sala delle adunanze della Sede Municipale, si è riunita la Giunta "
            "Municipale convocata nelle forme di legge.",
    roll="Sono presenti: il Sindaco Fabio Di Marzo, il Vice Sindaco Carmela Lo Monaco, "
         "l'Assessore Giuseppe Terranova, l'Assessore Francesca Amato e l'Assessore Pietro "
         "Marino. È assente l'Assessore Salvatore Cutrone.",
    chair="Presiede il Sindaco, dott. Fabio Di Marzo. Partecipa il Segretario Comunale, "
          "dott.ssa Giuseppa Mannino. Il Presidente, constatato il numero legale, dichiara "
          "aperta la seduta e invita i convenuti a deliberare sull'argomento in oggetto.",
    body_title="LA GIUNTA MUNICIPALE",
    premises=[
        "Vista l'allegata proposta di deliberazione n. 158 del 12/10/2028, predisposta dal "
        "Settore III – Servizi Sociali e Culturali, avente ad oggetto quello sopra indicato;",
        "Premesso che il Comune assicura ai cittadini anziani e disabili privi di mezzi propri "
        "il trasporto presso le strutture sanitarie e riabilitative del distretto di Termini "
        "Imerese e dell'area metropolitana;",
        "Considerato che l'Associazione di volontariato Misericordia di Trabia, iscritta al "
        "Registro unico nazionale del Terzo settore, ha dichiarato la disponibilità a "
        "svolgere il servizio con propri mezzi e volontari, a fronte del rimborso delle sole "
        "spese effettivamente sostenute;",
        "Visto l'art. 56 del D.Lgs. 3 luglio 2017, n. 117 (Codice del Terzo settore);",
        "Visti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. "
        "53 della L. 142/1990, come recepito dalla L.R. 48/1991 e modificato dall'art. 12 "
        "della L.R. 30/2000;",
        "Ritenuto di dover approvare la superiore proposta;",
    ],
    vote="Con voti unanimi, espressi in forma palese;",
    points=[
        "di approvare lo schema di convenzione con l'Associazione di volontariato Misericordia "
        "di Trabia per il servizio di trasporto sociale di anziani e disabili per l'anno 2029, "
        "allegato al presente atto;",
        "di quantificare il rimborso massimo delle spese in euro 14.500,00, da imputare al "
        "bilancio di previsione 2029/2031, annualità 2029;",
        "di autorizzare il Responsabile del Settore III alla sottoscrizione della convenzione "
        "e all'adozione degli atti gestionali conseguenti.",
    ],
    ie="Con separata votazione unanime, la Giunta Municipale dichiara la presente "
       "deliberazione immediatamente esecutiva, ai sensi dell'art. 12, comma 2, della L.R. "
       "44/1991, per consentire l'avvio del servizio dal 1° gennaio 2029.",
    signs=[("L'ASSESSORE ANZIANO", "Francesca Amato"), ("IL SINDACO", "dott. Fabio Di Marzo"),
           ("IL SEGRETARIO COMUNALE", "dott.ssa Giuseppa Mannino")],
)

T2 = dict(
    file="giunta-trabia-progesi-albo.pdf",
    organ="GIUNTA MUNICIPALE", number=150, date="26/10/2028", abbr="G.M.",
    proposal="Proposta n. 166 del 20/10/2028 – Settore proponente: Settore V – Lavori Pubblici",
    subject="LAVORI DI RIQUALIFICAZIONE DEL LUNGOMARE DI SAN NICOLA L'ARENA – APPROVAZIONE IN "
            "LINEA AMMINISTRATIVA DEL PROGETTO ESECUTIVO – CUP F71B28000230002",
    opening="L'anno duemilaventotto, il giorno ventisei del mese di ottobre, alle ore 13,30 e "
            "seguenti, nella sala delle adunanze della Sede Municipale, si è riunita la Giunta "
            "Municipale convocata nelle forme di legge.",
    present=[("DI MARZO Fabio", "Sindaco"), ("LO MONACO Carmela", "Vice Sindaco"),
             ("CUTRONE Salvatore", "Assessore"), ("AMATO Francesca", "Assessore")],
    absent=[("TERRANOVA Giuseppe", "Assessore"), ("MARINO Pietro", "Assessore")],
    chair="Presiede il Sindaco, dott. Fabio Di Marzo. Partecipa il Vice Segretario Comunale, "
          "dott. Antonio Lo Verde, in sostituzione del Segretario Comunale assente. Il "
          "Presidente, constatato il numero legale, dichiara aperta la seduta e invita i "
          "convenuti a deliberare sull'argomento in oggetto.",
    body_title="LA GIUNTA MUNICIPALE",
    premises=[
        "Vista l'allegata proposta di deliberazione n. 166 del 20/10/2028, predisposta dal "
        "Settore V – Lavori Pubblici, avente ad oggetto quello sopra indicato;",
        "Premesso che il lungomare della frazione di San Nicola l'Arena presenta un avanzato "
        "stato di degrado della pavimentazione, dell'illuminazione pubblica e delle opere di "
        "difesa del muro di contenimento;",
        "Visto il progetto esecutivo redatto dall'Ufficio Tecnico comunale, dell'importo "
        "complessivo di euro 1.240.000,00, finanziato dalla Regione Siciliana a valere sulle "
        "risorse FSC 2021/2027;",
        "Visto il verbale di verifica del 16/10/2028 e il verbale di validazione del RUP del "
        "18/10/2028, redatti ai sensi dell'art. 42 del D.Lgs. 36/2023;",
        "Visti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. "
        "53 della L. 142/1990, come recepito dalla L.R. 48/1991 e modificato dall'art. 12 "
        "della L.R. 30/2000;",
    ],
    vote="Con voti unanimi, espressi in forma palese;",
    points=[
        "di approvare in linea amministrativa il progetto esecutivo dei lavori di "
        "riqualificazione del lungomare di San Nicola l'Arena, dell'importo complessivo di "
        "euro 1.240.000,00, di cui euro 968.300,00 per lavori a base d'asta;",
        "di dare atto che l'opera è finanziata con le risorse FSC 2021/2027 assegnate dalla "
        "Regione Siciliana con D.D.G. n. 2215 del 29/08/2028;",
        "di demandare al Responsabile del Settore V l'avvio della procedura di affidamento "
        "dei lavori;",
        "di trasmettere copia del presente atto all'Assessorato regionale delle "
        "Infrastrutture e della Mobilità.",
    ],
    ie="Con separata votazione unanime, la Giunta Municipale dichiara la presente "
       "deliberazione immediatamente esecutiva, ai sensi dell'art. 12, comma 2, della L.R. "
       "44/1991.",
    signs=[("L'ASSESSORE ANZIANO", "Francesca Amato"), ("IL SINDACO", "dott. Fabio Di Marzo"),
           ("IL VICE SEGRETARIO COMUNALE", "dott. Antonio Lo Verde")],
    stamp="PUBBLICATA ALL'ALBO PRETORIO ON LINE DAL 27/10/2028 AL 11/11/2028 – REG. PUBBL. N. 1541",
)

T3 = dict(
    file="consiglio-trabia-progesi.pdf",
    organ="CONSIGLIO COMUNALE", number=41, date="05/10/2028", abbr="C.C.",
    proposal="Proposta n. 37 del 19/09/2028 – Settore proponente: Settore I – Affari Generali e Legali",
    subject="RICONOSCIMENTO DELLA LEGITTIMITÀ DEL DEBITO FUORI BILANCIO DERIVANTE DALLA SENTENZA "
            "DEL GIUDICE DI PACE DI TERMINI IMERESE N. 512/2028 – ART. 194, COMMA 1, LETT. A), "
            "DEL D.LGS. 267/2000",
    opening="L'anno duemilaventotto, il giorno cinque del mese di ottobre, alle ore 19,00 e "
            "seguenti, nella sala delle adunanze consiliari, alla seduta ordinaria di prima "
            "convocazione, partecipata ai signori consiglieri a norma di legge, risultano "
            "all'appello nominale:",
    absent={"D'AMICO Michele", "CATANZARO Angela", "MINEO Giovanna", "RIZZO Calogero"},
    chair="Assegnati n. 16 – In carica n. 16 – Presenti n. 12 – Assenti n. 4. Risultato "
          "legale il numero degli intervenuti, assume la presidenza il dott. Francesco Paolo "
          "Sparacino, nella qualità di Presidente del Consiglio. Partecipa il Segretario "
          "Comunale, dott.ssa Giuseppa Mannino. Per l'Amministrazione sono presenti il Sindaco, "
          "dott. Fabio Di Marzo, e l'Assessore al Bilancio, sig. Salvatore Cutrone. La seduta "
          "è pubblica.",
    body_title="IL CONSIGLIO COMUNALE",
    premises=[
        "Vista l'allegata proposta di deliberazione n. 37 del 19/09/2028, predisposta dal "
        "Settore I – Affari Generali e Legali, avente ad oggetto quello sopra indicato;",
        "Premesso che con sentenza n. 512/2028, depositata il 04/07/2028, il Giudice di Pace di "
        "Termini Imerese ha condannato il Comune al risarcimento dei danni subiti da un "
        "veicolo a causa di una buca sulla via Libertà, per complessivi euro 4.862,15 "
        "comprensivi di spese legali;",
        "Visto l'art. 194, comma 1, lett. a), del D.Lgs. 267/2000, che consente il "
        "riconoscimento della legittimità dei debiti fuori bilancio derivanti da sentenze "
        "esecutive;",
        "Visto il parere favorevole del Collegio dei Revisori dei conti, verbale n. 33 del "
        "28/09/2028, e i pareri di regolarità tecnica e contabile resi sulla proposta;",
        "Udito l'intervento del consigliere Scaduto, che chiede di conoscere le iniziative "
        "assunte per la manutenzione della viabilità comunale, e la replica dell'Assessore "
        "al Bilancio;",
        "Con votazione resa per alzata di mano, il cui esito, accertato dal Presidente con "
        "l'assistenza degli scrutatori Balistreri, Lo Bue e Di Salvo, è il seguente: presenti "
        "n. 12, votanti n. 11, favorevoli n. 9, contrari n. 2 (Scaduto, Di Salvo), astenuti "
        "n. 1 (La Mantia);",
    ],
    points=[
        "di riconoscere, ai sensi dell'art. 194, comma 1, lett. a), del D.Lgs. 267/2000, la "
        "legittimità del debito fuori bilancio di euro 4.862,15 derivante dalla sentenza del "
        "Giudice di Pace di Termini Imerese n. 512/2028;",
        "di dare atto che la spesa trova copertura alla missione 1, programma 11, del "
        "bilancio di previsione 2028/2030;",
        "di trasmettere il presente atto alla Procura regionale della Corte dei conti, ai "
        "sensi dell'art. 23, comma 5, della L. 289/2002.",
    ],
    ie="Successivamente, il Presidente pone in votazione l'immediata esecutività dell'atto, "
       "che, con voti favorevoli n. 10, contrari n. 2 (Scaduto, Di Salvo), astenuti nessuno, "
       "su n. 12 consiglieri presenti, viene dichiarato immediatamente esecutivo ai sensi "
       "dell'art. 12, comma 2, della L.R. 44/1991.",
    signs=[("IL CONSIGLIERE ANZIANO", "Giuseppe Lo Bue"), ("IL PRESIDENTE", "dott. Francesco Paolo Sparacino"),
           ("IL SEGRETARIO COMUNALE", "dott.ssa Giuseppa Mannino")],
)

T4 = dict(
    file="consiglio-trabia-progesi-verbale.pdf",
    organ="CONSIGLIO COMUNALE", number=44, date="24/10/2028", abbr="C.C.",
    proposal="Proposta n. 41 del 06/10/2028 – Settore proponente: Settore II – Economico Finanziario",
    subject="MODIFICA DEL REGOLAMENTO COMUNALE PER L'APPLICAZIONE DELL'IMPOSTA DI SOGGIORNO – "
            "ARTICOLI 4, 6 E 9",
    opening="L'anno duemilaventotto, il giorno ventiquattro del mese di ottobre, alle ore 18,30 "
            "e seguenti, nella sala delle adunanze consiliari, si è riunito il Consiglio "
            "Comunale in seduta ordinaria di prima convocazione.",
    roll="Sono presenti i signori consiglieri: BALISTRERI Antonella, CATANZARO Angela, "
         "CUSIMANO Salvatore, D'AMICO Michele, DI SALVO Maria Rita, GERACI Rosalia, LA MANTIA "
         "Rosaria, LO BUE Giuseppe, LO CASCIO Vincenzo, MINEO Giovanna, RIZZO Calogero, "
         "SCADUTO Benedetto, SCIORTINO Ignazio. Risultano assenti i signori consiglieri: "
         "BONANNO Gaetano, SCIMECA Maria Concetta, SPARACINO Francesco Paolo (assente "
         "giustificato).",
    chair="Presenti n. 13 – Assenti n. 3. Assente il Presidente del Consiglio, assume la "
          "presidenza la sig.ra Rosalia Geraci, nella qualità di Vice Presidente del "
          "Consiglio, la quale, constatato il numero legale, dichiara aperta la seduta. "
          "Partecipa il Segretario Comunale, dott.ssa Giuseppa Mannino. È presente per "
          "l'Amministrazione il Sindaco, dott. Fabio Di Marzo.",
    body_title="IL CONSIGLIO COMUNALE",
    premises=[
        "Vista l'allegata proposta di deliberazione n. 41 del 06/10/2028, predisposta dal "
        "Settore II – Economico Finanziario, avente ad oggetto quello sopra indicato;",
        "Richiamata la propria deliberazione n. 12 del 28/03/2024, con la quale è stato "
        "approvato il Regolamento comunale per l'applicazione dell'imposta di soggiorno;",
        "Considerato che le strutture ricettive extralberghiere e le locazioni brevi sono "
        "cresciute in modo significativo nel territorio, in particolare nella frazione di "
        "San Nicola l'Arena, e che occorre aggiornare le modalità di versamento e di "
        "dichiarazione da parte dei gestori;",
        "Visto l'art. 4 del D.Lgs. 14 marzo 2011, n. 23;",
        "Visto il parere favorevole del Collegio dei Revisori dei conti, verbale n. 35 del "
        "15/10/2028, e il parere della II Commissione consiliare permanente;",
        "Con voti favorevoli dieci, contrari tre (Di Salvo, Scaduto, Catanzaro), astenuti "
        "nessuno, espressi per alzata di mano dai tredici consiglieri presenti e votanti;",
    ],
    points=[
        "di modificare gli articoli 4, 6 e 9 del Regolamento comunale per l'applicazione "
        "dell'imposta di soggiorno secondo il testo allegato alla presente deliberazione;",
        "di stabilire che le modifiche si applicano dal 1° gennaio 2029;",
        "di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze "
        "per la pubblicazione sul portale del federalismo fiscale.",
    ],
    ie="Con successiva e separata votazione, con voti favorevoli dieci e contrari tre (Di "
       "Salvo, Scaduto, Catanzaro), il Consiglio dichiara la presente deliberazione "
       "immediatamente esecutiva ai sensi dell'art. 12, comma 2, della L.R. 44/1991.",
    signs=[("IL CONSIGLIERE ANZIANO", "Giuseppe Lo Bue"), ("IL PRESIDENTE", "sig.ra Rosalia Geraci"),
           ("IL SEGRETARIO COMUNALE", "dott.ssa Giuseppa Mannino")],
)
