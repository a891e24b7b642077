# -*- coding: utf-8 -*-
"""Texts of the twelve minutes of set mix-120-c.

People, numbers, codes and facts are invented.  Each renderer
(leivi_*.py, solarino_*.py, rosciano_*.py) lays these texts out in its
Comune's house style.
"""

LEIVI = {
    "name": "COMUNE DI LEIVI",
    "sub": "Città Metropolitana di Genova",
    "addr": "Via IV Novembre, 1 – 16040 Leivi (GE) – C.F. 83002410100 – tel. 0185 319601",
    "pec": "PEC: protocollo@pec.comune.leivi.ge.it",
}
SOLARINO = {
    "name": "COMUNE DI SOLARINO",
    "sub": "Libero Consorzio Comunale di Siracusa",
    "addr": "Piazza del Plebiscito, 1 - 96010 Solarino (SR)",
}
ROSCIANO = {
    "name": "COMUNE DI ROSCIANO",
    "sub": "Provincia di Pescara",
    "addr": "Piazza Enrico Berlinguer, 1 - 65020 Rosciano (PE) - tel. 085 8505311",
}

ACTS = {}

# ---------------------------------------------------------------- LEIVI
ACTS["L1"] = dict(
    comune="leivi", file="giunta54-leivi-civilnext.pdf",
    organ="GIUNTA COMUNALE", kind_title="VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE",
    short="Deliberazione della Giunta Comunale", number=54, date="03/08/2027", time="12:30",
    proposal=(61, "02/08/2027", "Area Tecnica"),
    subject=("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI "
             "MESSA IN SICUREZZA E CONSOLIDAMENTO DEL MURO DI SOSTEGNO DELLA STRADA "
             "COMUNALE DI VIA SAN RUFINO – CUP E87H27000410004"),
    opening=[
        "L'anno duemilaventisette, il giorno tre del mese di agosto, alle ore 12:30, nella "
        "Sala delle adunanze del Palazzo Comunale, a seguito di regolare convocazione, si è "
        "riunita la Giunta Comunale sotto la presidenza del Sindaco Andrea Canepa, con la "
        "partecipazione del Segretario Comunale dott.ssa Laura Ferretto, incaricata della "
        "redazione del verbale.",
        "All'appello risultano:",
    ],
    roll=[("CANEPA Andrea", "Sindaco", True), ("QUEIROLO Silvia", "Vice Sindaco", True),
          ("DONDERO Paolo", "Assessore", True)],
    roll_style="PA", counts=("3", "0"),
    after_roll=[
        "Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la "
        "seduta e invita la Giunta a deliberare sull'oggetto sopra indicato.",
    ],
    organ_line="LA GIUNTA COMUNALE",
    premesse=[
        "Vista la proposta di deliberazione n. 61 del 02/08/2027 predisposta dall'Area Tecnica, "
        "di seguito integralmente riportata;",
        "Premesso che il muro di sostegno a valle della strada comunale di via San Rufino, "
        "che collega il capoluogo alle località di San Bartolomeo e Curlo, presenta in più "
        "tratti fenomeni di spanciamento e lesioni passanti, come accertato nel corso del "
        "sopralluogo effettuato dall'Ufficio Tecnico comunale, con conseguente limitazione "
        "del transito ai veicoli di massa superiore a 3,5 tonnellate;",
        "Dato atto che con determinazione dell'Area Tecnica n. 97 del 2027 è stato affidato "
        "all'ing. Federico Solari, con studio in Chiavari, l'incarico di redazione del "
        "progetto di fattibilità tecnico-economica dell'intervento;",
        "Visto il progetto trasmesso dal professionista incaricato e acquisito al protocollo "
        "comunale n. 4721 del 02/08/2027, composto da relazione tecnica illustrativa, "
        "relazione geologica, elaborati grafici, computo metrico estimativo, quadro "
        "economico e piano di sicurezza preliminare, che prevede una spesa complessiva di "
        "€ 185.000,00, di cui € 142.300,00 per lavori a base d'asta, € 4.200,00 per oneri "
        "della sicurezza non soggetti a ribasso ed € 38.500,00 per somme a disposizione "
        "dell'Amministrazione;",
        "Visti il D.Lgs. 31 marzo 2023, n. 36, e in particolare l'articolo 41 e l'allegato "
        "I.7, nonché il D.Lgs. 18 agosto 2000, n. 267;",
        "Acquisiti i pareri favorevoli in ordine alla regolarità tecnica, espresso dal "
        "Responsabile dell'Area Tecnica, e alla regolarità contabile, espresso dal "
        "Responsabile dell'Area Finanziaria, ai sensi dell'articolo 49 del D.Lgs. n. 267/2000;",
    ],
    vote_pre="Con voti unanimi favorevoli, espressi in forma palese;",
    points=[
        "di approvare il progetto di fattibilità tecnico-economica dei lavori di messa in "
        "sicurezza e consolidamento del muro di sostegno della strada comunale di via San "
        "Rufino, redatto dall'ing. Federico Solari, dell'importo complessivo di "
        "€ 185.000,00, secondo il quadro economico riportato in premessa;",
        "di dare atto che la spesa trova copertura per € 150.000,00 nel contributo concesso "
        "dalla Regione Liguria per la messa in sicurezza della viabilità comunale e per "
        "€ 35.000,00 con fondi propri di bilancio, alla missione 10, programma 05, del "
        "bilancio di previsione 2027/2029;",
        "di confermare quale Responsabile Unico del Progetto il geom. Davide Cuneo, "
        "Responsabile dell'Area Tecnica;",
        "di demandare al Responsabile dell'Area Tecnica l'adozione degli atti conseguenti, "
        "compresa la richiesta di erogazione dell'acconto del contributo regionale.",
    ],
    post=[
        "Successivamente, con separata votazione unanime, la Giunta Comunale dichiara la "
        "presente deliberazione immediatamente eseguibile, ai sensi dell'articolo 134, "
        "comma 4, del D.Lgs. n. 267/2000, stante l'urgenza di presentare la richiesta di "
        "acconto entro il 31 agosto 2027.",
    ],
    signs=[("IL SINDACO", "Andrea Canepa"), ("IL SEGRETARIO COMUNALE", "dott.ssa Laura Ferretto")],
    pub=("Si attesta che copia della presente deliberazione viene pubblicata all'Albo Pretorio "
         "on line in data 04/08/2027 per quindici giorni consecutivi (reg. pubbl. n. 612) e "
         "comunicata ai Capigruppo consiliari ai sensi dell'art. 125 del D.Lgs. n. 267/2000."),
)

ACTS["L2"] = dict(
    comune="leivi", file="giunta58-leivi-civilnext.pdf",
    organ="GIUNTA COMUNALE", kind_title="VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE",
    short="Deliberazione della Giunta Comunale", number=58, date="11/08/2027", time="13:00",
    proposal=(66, "09/08/2027", "Area Amministrativa"),
    subject=("CONCESSIONE DI UN CONTRIBUTO ECONOMICO ALL'ASSOCIAZIONE PRO LOCO DI LEIVI "
             "PER L'ORGANIZZAZIONE DELLE MANIFESTAZIONI ESTIVE 2027"),
    opening=[
        "L'anno duemilaventisette, il giorno undici del mese di agosto, alle ore 13:00, nella "
        "Sala delle adunanze del Palazzo Comunale, a seguito di regolare convocazione, si è "
        "riunita la Giunta Comunale.",
        "All'appello risultano:",
    ],
    roll=[("CANEPA Andrea", "Sindaco", False), ("QUEIROLO Silvia", "Vice Sindaco", True),
          ("DONDERO Paolo", "Assessore", True)],
    roll_style="X", counts=None,
    after_roll=[
        "Assume la presidenza la Vice Sindaco Silvia Queirolo, in assenza del Sindaco. "
        "Partecipa con funzioni consultive, referenti e di assistenza e ne cura la "
        "verbalizzazione, ai sensi dell'articolo 97, comma 4, lettera a), del D.Lgs. "
        "n. 267/2000, il Segretario Comunale a scavalco dott. Giovanni Repetto.",
        "La Presidente, constatato il numero legale degli intervenuti, dichiara aperta la "
        "seduta e invita la Giunta a deliberare sull'oggetto sopra indicato.",
    ],
    organ_line="LA GIUNTA COMUNALE",
    premesse=[
        "Vista la proposta di deliberazione n. 66 del 09/08/2027 predisposta dall'Area "
        "Amministrativa – Servizio Cultura, Turismo e Associazionismo;",
        "Vista l'istanza presentata dall'Associazione Pro Loco di Leivi, acquisita al "
        "protocollo comunale n. 4802 del 05/08/2027, con la quale si chiede un contributo "
        "per l'organizzazione delle manifestazioni estive 2027, comprendenti la rassegna "
        "musicale in piazza, il mercatino dei prodotti tipici e la festa di fine estate, "
        "corredata dal programma e dal preventivo di spesa di € 9.800,00;",
        "Richiamato il vigente Regolamento comunale per la concessione di contributi e "
        "vantaggi economici ad enti e associazioni, approvato con deliberazione del "
        "Consiglio Comunale n. 31 del 2019;",
        "Ritenuto che le iniziative proposte rivestono interesse per la comunità locale e "
        "concorrono alla promozione turistica del territorio;",
        "Acquisiti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi "
        "dell'articolo 49 del D.Lgs. n. 267/2000;",
    ],
    vote_pre="Con voti unanimi favorevoli dei presenti, espressi nei modi di legge;",
    points=[
        "di concedere all'Associazione Pro Loco di Leivi, per le motivazioni esposte in "
        "premessa, un contributo economico di € 3.500,00 per l'organizzazione delle "
        "manifestazioni estive 2027;",
        "di dare atto che il contributo sarà liquidato per il 50% a titolo di acconto e per "
        "il restante 50% a presentazione del rendiconto delle spese sostenute, come "
        "previsto dall'articolo 9 del Regolamento comunale;",
        "di demandare al Responsabile dell'Area Amministrativa l'impegno della spesa sul "
        "capitolo 7210 del bilancio di previsione 2027/2029, esercizio 2027.",
    ],
    post=[
        "Successivamente, con separata votazione unanime, la Giunta Comunale dichiara la "
        "presente deliberazione immediatamente eseguibile ai sensi dell'articolo 134, "
        "comma 4, del D.Lgs. n. 267/2000.",
    ],
    signs=[("LA VICE SINDACO", "Silvia Queirolo"),
           ("IL SEGRETARIO COMUNALE A SCAVALCO", "dott. Giovanni Repetto")],
    pub=("Si attesta che copia della presente deliberazione viene pubblicata all'Albo Pretorio "
         "on line in data 12/08/2027 per quindici giorni consecutivi (reg. pubbl. n. 641) e "
         "comunicata ai Capigruppo consiliari ai sensi dell'art. 125 del D.Lgs. n. 267/2000."),
)

LEIVI_CC = [
    ("CANEPA Andrea", "Sindaco"), ("QUEIROLO Silvia", "Consigliere"),
    ("DONDERO Paolo", "Consigliere"), ("SANGUINETI Elena", "Consigliere"),
    ("FIGARI Roberto", "Consigliere"), ("ARATA Giulia", "Consigliere"),
    ("NOCETI Stefano", "Consigliere"), ("PODESTÀ Marina", "Consigliere"),
    ("BACIGALUPO Luca", "Consigliere"), ("SBARBARO Carla", "Consigliere"),
    ("CORDANO Matteo", "Consigliere"),
]

ACTS["L3"] = dict(
    comune="leivi", file="consiglio21-leivi-civilnext.pdf",
    organ="CONSIGLIO COMUNALE", kind_title="VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE",
    short="Deliberazione del Consiglio Comunale", number=21, date="05/08/2027", time="20:30",
    session="Sessione ordinaria – Seduta pubblica di prima convocazione",
    proposal=None,
    subject=("VARIAZIONE AL BILANCIO DI PREVISIONE FINANZIARIO 2027/2029 AI SENSI "
             "DELL'ART. 175, COMMA 2, DEL D.LGS. N. 267/2000 E APPLICAZIONE DI QUOTA "
             "DELL'AVANZO DI AMMINISTRAZIONE"),
    opening=[
        "L'anno duemilaventisette, il giorno cinque del mese di agosto, alle ore 20:30, nella "
        "Sala consiliare del Palazzo Comunale, convocato dal Sindaco con avvisi scritti "
        "recapitati a norma di legge, si è riunito in sessione ordinaria ed in seduta "
        "pubblica di prima convocazione il Consiglio Comunale, nelle persone dei Signori:",
    ],
    roll=[(n, r, n not in ("NOCETI Stefano", "SBARBARO Carla")) for n, r in LEIVI_CC],
    roll_style="SINO", counts=("9", "2"),
    after_roll=[
        "Presiede la seduta il Sindaco Andrea Canepa. Assiste il Vice Segretario Comunale "
        "dott. Enrico Raffo, in sostituzione del Segretario Comunale assente, il quale "
        "provvede alla redazione del presente verbale.",
        "Il Presidente, riconosciuta la legalità dell'adunanza, dichiara aperta la seduta e "
        "passa alla trattazione del punto n. 3 dell'ordine del giorno.",
    ],
    organ_line="IL CONSIGLIO COMUNALE",
    premesse=[
        "Udita la relazione dell'Assessore al Bilancio Paolo Dondero, il quale illustra la "
        "proposta di variazione, resa necessaria dalle maggiori spese per il trasporto "
        "scolastico e dalla manutenzione straordinaria della copertura della scuola "
        "primaria;",
        "Udito l'intervento del Consigliere Bacigalupo, che annuncia il voto contrario del "
        "gruppo consiliare di minoranza, ritenendo preferibile il finanziamento "
        "dell'intervento con il ricorso a contributi regionali;",
        "Premesso che con deliberazione del Consiglio Comunale n. 9 del 2027, esecutiva, è "
        "stato approvato il bilancio di previsione finanziario 2027/2029 e che con "
        "successiva deliberazione n. 17 del 2027 è stato approvato il rendiconto della "
        "gestione 2026, che presenta un avanzo disponibile di € 96.412,37;",
        "Ritenuto di applicare al bilancio dell'esercizio 2027 una quota dell'avanzo "
        "disponibile pari a € 48.000,00 per il finanziamento di spese di investimento, come "
        "dettagliato nell'allegato prospetto contabile;",
        "Visto il parere favorevole dell'Organo di revisione economico-finanziaria, reso con "
        "verbale n. 14 del 02/08/2027, ai sensi dell'art. 239 del D.Lgs. n. 267/2000;",
        "Acquisiti i pareri favorevoli di regolarità tecnica e contabile del Responsabile "
        "dell'Area Finanziaria, ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
    ],
    vote_pre=("Con la seguente votazione, espressa per alzata di mano: presenti n. 9, votanti "
              "n. 9, voti favorevoli n. 7, voti contrari n. 2 (Bacigalupo, Cordano), astenuti "
              "n. 0;"),
    points=[
        "di approvare la variazione al bilancio di previsione finanziario 2027/2029 di cui "
        "all'allegato prospetto, che forma parte integrante e sostanziale del presente atto, "
        "con applicazione di una quota dell'avanzo di amministrazione disponibile pari a "
        "€ 48.000,00;",
        "di dare atto che, a seguito della variazione, permangono gli equilibri di bilancio "
        "e il rispetto dei vincoli di finanza pubblica;",
        "di trasmettere il presente atto al Tesoriere comunale per gli adempimenti di "
        "competenza.",
    ],
    post=[
        "Successivamente, con separata votazione che dà il medesimo risultato (favorevoli "
        "n. 7, contrari n. 2), il Consiglio Comunale dichiara la presente deliberazione "
        "immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.",
    ],
    signs=[("IL PRESIDENTE", "Andrea Canepa"), ("IL VICE SEGRETARIO COMUNALE", "dott. Enrico Raffo")],
    pub=("Si attesta che copia della presente deliberazione viene pubblicata all'Albo Pretorio "
         "on line in data 09/08/2027 per quindici giorni consecutivi (reg. pubbl. n. 628)."),
)

ACTS["L4"] = dict(
    comune="leivi", file="consiglio23-leivi-civilnext.pdf",
    organ="CONSIGLIO COMUNALE", kind_title="VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE",
    short="Deliberazione del Consiglio Comunale", number=23, date="30/08/2027", time="21:00",
    session="Sessione ordinaria – Seduta pubblica di prima convocazione",
    proposal=None,
    subject=("PRESENTAZIONE E APPROVAZIONE DEL DOCUMENTO UNICO DI PROGRAMMAZIONE (DUP) "
             "SEMPLIFICATO PER IL PERIODO 2028/2030"),
    opening=[
        "L'anno duemilaventisette, il giorno trenta del mese di agosto, alle ore 21:00, nella "
        "Sala consiliare del Palazzo Comunale, previa l'osservanza di tutte le formalità "
        "prescritte dalla legge e dal Regolamento, si è riunito il Consiglio Comunale in "
        "sessione ordinaria, seduta pubblica di prima convocazione.",
        "All'appello nominale risultano:",
    ],
    roll=[(n, r, n != "ARATA Giulia") for n, r in LEIVI_CC],
    roll_style="TWO", counts=None,
    after_roll=[
        "Partecipa il Segretario Comunale, che cura la redazione del verbale.",
        "Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la "
        "seduta.",
    ],
    organ_line="IL CONSIGLIO COMUNALE",
    premesse=[
        "Premesso che l'articolo 170 del D.Lgs. 18 agosto 2000, n. 267, prevede che entro il "
        "31 luglio di ciascun anno la Giunta presenti al Consiglio il Documento Unico di "
        "Programmazione per le conseguenti deliberazioni;",
        "Vista la deliberazione della Giunta Comunale n. 52 del 2027, con la quale è stato "
        "approvato lo schema del DUP semplificato per il periodo 2028/2030, depositato agli "
        "atti e messo a disposizione dei Consiglieri;",
        "Dato atto che i Comuni con popolazione fino a 5.000 abitanti predispongono il DUP "
        "semplificato secondo il principio contabile applicato di cui all'allegato 4/1 al "
        "D.Lgs. 23 giugno 2011, n. 118;",
        "Udita l'illustrazione del Sindaco e gli interventi dei Consiglieri Bacigalupo e "
        "Sbarbaro, riportati nella registrazione audio della seduta conservata agli atti;",
        "Visto il parere favorevole dell'Organo di revisione economico-finanziaria, reso con "
        "verbale n. 16 del 24/08/2027;",
        "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi dal "
        "Responsabile dell'Area Finanziaria ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
    ],
    vote_pre=("Con voti favorevoli n. 8, contrari n. 2 (Bacigalupo, Sbarbaro), astenuti n. 0, "
              "espressi per alzata di mano da n. 10 consiglieri presenti e votanti;"),
    points=[
        "di approvare il Documento Unico di Programmazione (DUP) semplificato per il periodo "
        "2028/2030, allegato alla presente deliberazione quale parte integrante e "
        "sostanziale;",
        "di pubblicare il DUP sul sito internet istituzionale, nella sezione "
        "Amministrazione trasparente – Bilanci.",
    ],
    post=[],
    signs=[("IL PRESIDENTE", "Andrea Canepa"), ("IL SEGRETARIO COMUNALE", "dott.ssa Laura Ferretto")],
    pub=("Si attesta che copia della presente deliberazione viene pubblicata all'Albo Pretorio "
         "on line in data 31/08/2027 per quindici giorni consecutivi (reg. pubbl. n. 689)."),
)

# ---------------------------------------------------------------- SOLARINO
ACTS["S1"] = dict(
    comune="solarino", file="giunta112-solarino-sikuel.pdf",
    organ="GIUNTA MUNICIPALE", kind_title="VERBALE DI DELIBERAZIONE DELLA GIUNTA MUNICIPALE",
    number=112, date="04/08/2027", time="13:30",
    proposal=(131, "02/08/2027", "SETTORE II - TECNICO"),
    subject=("ASSEGNAZIONE DI RISORSE AL RESPONSABILE DEL SETTORE TECNICO PER I LAVORI "
             "DI MANUTENZIONE STRAORDINARIA DEI SERVIZI IGIENICI DELLA SCUOLA PRIMARIA "
             "DI VIA ARCHIMEDE - ANNO SCOLASTICO 2027/2028"),
    opening=[
        "L'anno duemilaventisette il giorno quattro del mese di agosto alle ore 13:30 e "
        "seguenti, nella sala delle adunanze della sede municipale, si e' riunita la Giunta "
        "Municipale, convocata nelle forme di legge, sotto la presidenza del Sindaco Sig. "
        "Giuseppe Scrofani e con l'assistenza del Segretario Comunale Dott. Sebastiano "
        "Amenta. Sono intervenuti i Signori:",
    ],
    roll=[("SCROFANI GIUSEPPE", "Sindaco", True), ("TRINGALI MARIA GRAZIA", "Vice Sindaco", True),
          ("CARUSO SALVATORE", "Assessore", True), ("SIPALA CONCETTA", "Assessore", True),
          ("MONCADA FRANCESCO", "Assessore", False)],
    roll_style="X", counts=("4", "1"),
    after_roll=[
        "Il Presidente, constatato che gli intervenuti sono in numero legale, dichiara "
        "aperta la riunione e invita i convenuti a deliberare sull'oggetto sopra indicato.",
    ],
    organ_line="LA GIUNTA MUNICIPALE",
    premesse=[
        "Vista l'allegata proposta di deliberazione n. 131 del 02/08/2027 del Settore II - "
        "Tecnico, relativa all'oggetto;",
        "Considerato che i servizi igienici del plesso della scuola primaria di via "
        "Archimede necessitano di interventi urgenti di rifacimento degli impianti idrici "
        "e dei rivestimenti, segnalati dalla Dirigenza scolastica con nota prot. n. 9318 "
        "del 28/07/2027, da eseguire prima dell'avvio dell'anno scolastico;",
        "Vista la perizia estimativa redatta dall'Ufficio Tecnico comunale dell'importo "
        "complessivo di euro 38.600,00;",
        "Visti i pareri favorevoli espressi ai sensi dell'art. 53 della L. n. 142/1990, "
        "come recepito dall'art. 1, comma 1, lett. i), della L.R. n. 48/1991 e s.m.i.;",
        "Visto l'O.R.EE.LL. vigente nella Regione Siciliana;",
    ],
    vote_pre="Con voti unanimi favorevoli espressi in forma palese,",
    points=[
        "Approvare la superiore proposta di deliberazione, che qui si intende integralmente "
        "riportata e trascritta, facendola propria;",
        "Assegnare al Responsabile del Settore II - Tecnico la somma di euro 38.600,00 per "
        "i lavori di manutenzione straordinaria dei servizi igienici della scuola "
        "primaria di via Archimede, imputandola al cap. 2430/1 del bilancio 2027;",
        "Demandare al Responsabile del Settore II - Tecnico l'adozione di tutti gli atti "
        "gestionali consequenziali.",
    ],
    post=[
        "Con successiva e separata votazione unanime, la presente deliberazione viene "
        "dichiarata immediatamente esecutiva ai sensi dell'art. 12, comma 2, della L.R. "
        "n. 44/1991.",
    ],
    signs=[("IL SINDACO", "F.to Giuseppe Scrofani"), ("L'ASSESSORE ANZIANO", "F.to Caruso Salvatore"),
           ("IL SEGRETARIO COMUNALE", "F.to Dott. Sebastiano Amenta")],
)

ACTS["S2"] = dict(
    comune="solarino", file="giunta115-solarino-sikuel.pdf",
    organ="GIUNTA MUNICIPALE", kind_title="VERBALE DI DELIBERAZIONE DELLA GIUNTA MUNICIPALE",
    number=115, date="10/08/2027", time="12:00",
    proposal=(136, "06/08/2027", "SETTORE I - AFFARI GENERALI"),
    subject=("APPROVAZIONE SCHEMA DI CONVENZIONE CON IL CENTRO SERVIZI PER IL VOLONTARIATO "
             "ETNEO PER IL SERVIZIO DI TRASPORTO SOCIALE DEGLI ANZIANI - PERIODO SETTEMBRE "
             "2027 / AGOSTO 2028"),
    opening=[
        "L'anno duemilaventisette addi' dieci del mese di agosto alle ore 12:00, nella "
        "Casa Comunale, si e' riunita la Giunta Municipale con l'intervento dei Signori:",
    ],
    roll=[("SCROFANI GIUSEPPE", "Sindaco", True), ("TRINGALI MARIA GRAZIA", "Vice Sindaco", True),
          ("CARUSO SALVATORE", "Assessore", True), ("SIPALA CONCETTA", "Assessore", False),
          ("MONCADA FRANCESCO", "Assessore", True)],
    roll_style="PA", counts=None,
    after_roll=[
        "Il Presidente, constatata la legalita' del numero degli intervenuti, dichiara "
        "aperta la riunione. Partecipa il Segretario Comunale reggente, che cura la "
        "redazione del verbale.",
    ],
    organ_line="LA GIUNTA MUNICIPALE",
    premesse=[
        "Vista l'allegata proposta di deliberazione n. 136 del 06/08/2027 del Settore I - "
        "Affari Generali, corredata dai pareri previsti dalla legge;",
        "Premesso che il Comune assicura agli anziani residenti privi di rete familiare il "
        "servizio di trasporto sociale verso presidi sanitari, uffici pubblici e centri "
        "di aggregazione, e che la convenzione in essere scade il 31/08/2027;",
        "Visto l'art. 56 del D.Lgs. n. 117/2017 (Codice del Terzo settore), che consente "
        "alle amministrazioni pubbliche di sottoscrivere convenzioni con le organizzazioni "
        "di volontariato iscritte da almeno sei mesi nel Registro unico nazionale;",
        "Visto lo schema di convenzione composto da n. 14 articoli, che prevede il rimborso "
        "delle sole spese effettivamente sostenute e documentate entro il limite annuo di "
        "euro 12.000,00;",
        "Visti i pareri favorevoli di regolarita' tecnica e contabile;",
    ],
    vote_pre="Ad unanimita' di voti espressi nelle forme di legge,",
    points=[
        "Approvare lo schema di convenzione con il Centro Servizi per il Volontariato "
        "Etneo per il servizio di trasporto sociale degli anziani per il periodo settembre "
        "2027 / agosto 2028, allegato alla presente per farne parte integrante;",
        "Autorizzare il Responsabile del Settore I - Affari Generali alla sottoscrizione "
        "della convenzione in nome e per conto del Comune;",
        "Prenotare la spesa complessiva di euro 12.000,00 al cap. 1874 del bilancio di "
        "previsione 2027/2029, esercizi 2027 e 2028;",
        "Trasmettere copia del presente atto al Settore III - Economico Finanziario per "
        "gli adempimenti di competenza.",
    ],
    post=[
        "Con successiva votazione unanime, la presente deliberazione viene dichiarata "
        "immediatamente esecutiva ai sensi dell'art. 12, comma 2, della L.R. n. 44/1991, "
        "stante la scadenza della convenzione in essere.",
    ],
    signs=[("IL PRESIDENTE", "F.to Sig. Giuseppe Scrofani"), ("L'ASSESSORE ANZIANO", "F.to Caruso Salvatore"),
           ("IL SEGRETARIO COMUNALE REGGENTE", "F.to Dott.ssa Rosaria Fichera")],
)

SOLARINO_CC = [
    "CASSARINO CORRADO", "SCOLLO ANGELA", "DI MAURO VINCENZO", "NICOTRA SONIA",
    "SANTORO PAOLO", "GIULIANO CARMELA", "BONGIOVANNI LUCA", "CARPINTERI GIORGIO",
    "LO IACONO RITA", "SACCA' ANTONINO", "MUSUMECI SEBASTIANO", "GAROFALO DANIELA",
]

ACTS["S3"] = dict(
    comune="solarino", file="consiglio38-solarino-sikuel.pdf",
    organ="CONSIGLIO COMUNALE", kind_title="VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE",
    number=38, date="12/08/2027", time="18:30",
    session="Sessione ordinaria - Seduta pubblica di prima convocazione",
    proposal=(142, "03/08/2027", "SETTORE III - ECONOMICO FINANZIARIO"),
    subject=("RICONOSCIMENTO DI LEGITTIMITA' DEL DEBITO FUORI BILANCIO DERIVANTE DALLA "
             "SENTENZA N. 1187/2027 DEL GIUDICE DI PACE DI SIRACUSA, AI SENSI DELL'ART. 194, "
             "COMMA 1, LETT. A), DEL D.LGS. N. 267/2000"),
    opening=[
        "L'anno duemilaventisette il giorno dodici del mese di agosto alle ore 18:30 e "
        "seguenti, nell'aula consiliare del Palazzo Municipale, convocato nelle forme di "
        "legge, si e' riunito il Consiglio Comunale in sessione ordinaria. All'appello "
        "nominale risultano presenti (P) e assenti (A) i Consiglieri:",
    ],
    roll=[(n, None, n not in ("CASSARINO CORRADO", "SCOLLO ANGELA", "GAROFALO DANIELA"))
          for n in SOLARINO_CC],
    roll_style="TWO", counts=("9", "3"),
    after_roll=[
        "Assenti il Presidente e il Vice Presidente del Consiglio, assume la presidenza il "
        "Consigliere anziano Sig. Di Mauro Vincenzo, ai sensi del vigente Regolamento per "
        "il funzionamento del Consiglio Comunale. Partecipa il Segretario Comunale Dott. "
        "Sebastiano Amenta. Sono presenti per l'Amministrazione il Sindaco Sig. Giuseppe "
        "Scrofani e l'Assessore Caruso Salvatore.",
        "Il Presidente, accertato il numero legale, dichiara aperta la seduta e pone in "
        "trattazione il punto n. 2 dell'ordine del giorno.",
    ],
    organ_line="IL CONSIGLIO COMUNALE",
    premesse=[
        "Vista la proposta di deliberazione n. 142 del 03/08/2027 del Settore III - "
        "Economico Finanziario, corredata dai pareri favorevoli di regolarita' tecnica e "
        "contabile;",
        "Vista la sentenza n. 1187/2027 del Giudice di Pace di Siracusa, notificata il "
        "15/07/2027, con la quale il Comune e' stato condannato al risarcimento dei danni "
        "subiti da un automobilista a causa di una buca sulla via Nazionale, per "
        "complessivi euro 4.318,40 comprensivi di spese legali e interessi;",
        "Visto il parere favorevole del Revisore unico dei conti, verbale n. 22 del "
        "06/08/2027;",
        "Udita la relazione del Responsabile del Settore III e l'intervento della "
        "Consigliera Lo Iacono, che preannuncia la propria astensione;",
        "Visto l'O.R.EE.LL. vigente nella Regione Siciliana;",
    ],
    vote_pre=("Con votazione espressa per alzata di mano, che da' il seguente esito: "
              "presenti n. 9, votanti n. 8, voti favorevoli n. 8, astenuti n. 1 (Lo Iacono),"),
    points=[
        "Riconoscere, ai sensi dell'art. 194, comma 1, lett. a), del D.Lgs. n. 267/2000, "
        "la legittimita' del debito fuori bilancio di euro 4.318,40 derivante dalla "
        "sentenza n. 1187/2027 del Giudice di Pace di Siracusa;",
        "Dare atto che alla spesa si fa fronte con le risorse del cap. 1058 del bilancio "
        "di previsione 2027/2029, esercizio 2027;",
        "Trasmettere il presente atto alla Procura regionale della Corte dei conti per "
        "la Sicilia, ai sensi dell'art. 23, comma 5, della L. n. 289/2002.",
    ],
    post=[
        "Con separata votazione, che riporta il medesimo esito, la presente deliberazione "
        "viene dichiarata immediatamente esecutiva.",
    ],
    signs=[("IL CONSIGLIERE ANZIANO", "F.to Di Mauro Vincenzo"),
           ("IL CONSIGLIERE", "F.to Nicotra Sonia"),
           ("IL SEGRETARIO COMUNALE", "F.to Dott. Sebastiano Amenta")],
)

ACTS["S4"] = dict(
    comune="solarino", file="consiglio40-solarino-sikuel.pdf",
    organ="CONSIGLIO COMUNALE", kind_title="VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE",
    number=40, date="26/08/2027", time="19:00",
    session="Sessione ordinaria - Seduta pubblica di prima convocazione",
    proposal=None,
    subject=("APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA DISCIPLINA DEL BARATTO "
             "AMMINISTRATIVO E DEGLI INTERVENTI DI SUSSIDIARIETA' ORIZZONTALE"),
    roll=[(n, None, n not in ("CARPINTERI GIORGIO", "GAROFALO DANIELA")) for n in SOLARINO_CC],
    roll_style="SINO", counts=("10", "2"),
    president=("Sig.", "Cassarino Corrado", "Presidente del Consiglio"),
    secretary=("Dott.ssa", "Agata Lentini", "Vice Segretario Comunale"),
    organ_line="IL CONSIGLIO COMUNALE",
    premesse=[
        "Vista la proposta di deliberazione del Settore I - Affari Generali relativa "
        "all'oggetto, corredata dai pareri favorevoli di regolarita' tecnica e contabile;",
        "Visto l'art. 24 del D.L. n. 133/2014, convertito dalla L. n. 164/2014, che "
        "consente ai Comuni di definire criteri e condizioni per la realizzazione di "
        "interventi su progetti presentati da cittadini singoli o associati;",
        "Visto lo schema di regolamento composto da n. 18 articoli, esaminato dalla "
        "I Commissione consiliare permanente nella seduta del 19/08/2027;",
        "Visto il parere favorevole del Revisore unico dei conti, verbale n. 24 del "
        "20/08/2027;",
    ],
    vote_pre="Con voti favorevoli n. 10 su n. 10 Consiglieri presenti e votanti,",
    points=[
        "Approvare il Regolamento comunale per la disciplina del baratto amministrativo e "
        "degli interventi di sussidiarieta' orizzontale, composto da n. 18 articoli;",
        "Dare atto che il Regolamento entra in vigore il quindicesimo giorno successivo "
        "alla pubblicazione all'Albo Pretorio on line;",
        "Demandare al Responsabile del Settore I la pubblicazione del Regolamento nella "
        "sezione Amministrazione Trasparente del sito istituzionale.",
    ],
    signs=[("IL PRESIDENTE", "F.to Cassarino Corrado"), ("IL CONSIGLIERE ANZIANO", "F.to Di Mauro Vincenzo"),
           ("IL VICE SEGRETARIO", "F.to Dott.ssa Agata Lentini")],
)

# ---------------------------------------------------------------- ROSCIANO
ROSCIANO_GC = [("DI GIACOMO SIMONE", "SINDACO"), ("MARINELLI ANNALISA", "VICE SINDACO"),
               ("FEBO DOMENICO", "ASSESSORE"), ("CIPOLLONE TIZIANA", "ASSESSORE"),
               ("D'ANGELO MARCO", "ASSESSORE")]

ACTS["R1"] = dict(
    comune="rosciano", file="giunta76-rosciano-halley.pdf",
    organ="GIUNTA COMUNALE", kind_title="VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE",
    number=76, date="06-08-2027", time="11:00",
    proposal=(88, "04-08-2027", "SETTORE I - AMMINISTRATIVO"),
    subject=("AUTORIZZAZIONE AL SINDACO A RESISTERE NEL GIUDIZIO PROMOSSO INNANZI AL T.A.R. "
             "ABRUZZO - SEZIONE STACCATA DI PESCARA - AVVERSO IL PERMESSO DI COSTRUIRE "
             "N. 14/2027 E CONFERIMENTO DELL'INCARICO DI PATROCINIO LEGALE"),
    opening=[
        "L'anno duemilaventisette il giorno sei del mese di agosto alle ore 11:00, nella sala "
        "delle adunanze della sede comunale, si è riunita la Giunta Comunale, convocata nei "
        "modi di legge, sotto la presidenza del Sindaco dott. Simone Di Giacomo e con la "
        "partecipazione del Segretario Comunale dott. Antonio Di Bartolomeo, incaricato "
        "della redazione del verbale. Risultano presenti e assenti i Signori:",
    ],
    roll=[(n, r, n != "CIPOLLONE TIZIANA") for n, r in ROSCIANO_GC],
    roll_style="PA", counts=("4", "1"),
    after_roll=[
        "Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la "
        "seduta e invita i presenti a deliberare sull'argomento in oggetto.",
    ],
    organ_line="LA GIUNTA COMUNALE",
    premesse=[
        "Vista la proposta di deliberazione n. 88 del 04-08-2027 del Settore I - "
        "Amministrativo, relativa all'oggetto;",
        "Premesso che in data 22-07-2027 è stato notificato a questo Ente, al prot. n. 7740, "
        "il ricorso proposto innanzi al Tribunale Amministrativo Regionale per l'Abruzzo - "
        "Sezione staccata di Pescara - da un privato confinante per l'annullamento, previa "
        "sospensione, del permesso di costruire n. 14/2027 rilasciato dal Responsabile del "
        "Settore III - Tecnico per la realizzazione di un edificio residenziale in località "
        "Villa Oliveti;",
        "Ritenuto che il provvedimento impugnato sia legittimo e che sussista l'interesse "
        "dell'Ente a costituirsi in giudizio per resistere al ricorso;",
        "Dato atto che il Comune non dispone di un'avvocatura interna e che occorre pertanto "
        "conferire l'incarico a un professionista esterno, individuato nell'avv. Carlo "
        "Di Tommaso del Foro di Pescara, iscritto nell'elenco comunale degli avvocati, che "
        "ha presentato un preventivo di euro 3.850,00 oltre accessori di legge;",
        "Acquisiti i pareri favorevoli di regolarità tecnica e contabile, espressi ai sensi "
        "dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267;",
    ],
    vote_pre="Con voti unanimi favorevoli, legalmente espressi;",
    points=[
        "di autorizzare il Sindaco, quale legale rappresentante dell'Ente, a resistere nel "
        "giudizio promosso innanzi al T.A.R. Abruzzo - Sezione staccata di Pescara - avverso "
        "il permesso di costruire n. 14/2027;",
        "di conferire l'incarico di patrocinio legale all'avv. Carlo Di Tommaso del Foro di "
        "Pescara, conferendogli ogni più ampia facoltà di legge;",
        "di demandare al Responsabile del Settore I - Amministrativo l'impegno della spesa "
        "di euro 4.885,00 complessivi e la sottoscrizione del disciplinare di incarico;",
        "di trasmettere copia del presente atto al Responsabile del Settore III - Tecnico.",
    ],
    post=[
        "Inoltre, stante l'urgenza di provvedere in vista della camera di consiglio fissata "
        "per la trattazione dell'istanza cautelare, con separata votazione unanime, la "
        "Giunta Comunale dichiara il presente atto immediatamente eseguibile ai sensi "
        "dell'art. 134, comma 4, del D.Lgs. n. 267/2000.",
    ],
    signs=[("IL SINDACO", "dott. Simone Di Giacomo"), ("IL SEGRETARIO COMUNALE", "dott. Antonio Di Bartolomeo")],
    stamp=("PUBBLICATA ALL'ALBO PRETORIO ON LINE DAL 09-08-2027 AL 24-08-2027 "
           "- N. 918 REG. PUBBL."),
)

ACTS["R2"] = dict(
    comune="rosciano", file="giunta79-rosciano-halley.pdf",
    organ="GIUNTA COMUNALE", kind_title="VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE",
    number=79, date="18-08-2027", time="12:00",
    proposal=(93, "16-08-2027", "SETTORE III - TECNICO"),
    subject=("APPROVAZIONE DEL PROGETTO ESECUTIVO DEI LAVORI DI EFFICIENTAMENTO ENERGETICO "
             "DELL'IMPIANTO DI PUBBLICA ILLUMINAZIONE IN LOCALITÀ VILLA OLIVETI - "
             "CUP H37H27000180001"),
    opening=[
        "L'anno duemilaventisette il giorno diciotto del mese di agosto alle ore 12:00, nella "
        "sala delle adunanze della sede comunale, si è riunita la Giunta Comunale, convocata "
        "nei modi di legge, sotto la presidenza del Vice Sindaco sig.ra Annalisa Marinelli, "
        "in assenza del Sindaco, e con la partecipazione del Vice Segretario Comunale "
        "dott.ssa Mara Ciccone, incaricata della redazione del verbale. Risultano presenti "
        "e assenti i Signori:",
    ],
    roll=[(n, r, n != "DI GIACOMO SIMONE") for n, r in ROSCIANO_GC],
    roll_style="X", counts=None,
    after_roll=[
        "La Presidente, constatato il numero legale degli intervenuti, dichiara aperta la "
        "seduta e invita i presenti a deliberare sull'argomento in oggetto.",
    ],
    organ_line="LA GIUNTA COMUNALE",
    premesse=[
        "Vista la proposta di deliberazione n. 93 del 16-08-2027 del Settore III - Tecnico;",
        "Premesso che il Comune è beneficiario di un contributo di euro 140.000,00 per "
        "interventi di efficientamento energetico dell'illuminazione pubblica, assegnato "
        "con decreto del Ministero dell'Interno, e che i lavori devono essere avviati entro "
        "il 15 settembre 2027;",
        "Vista la deliberazione della Giunta Comunale n. 41 del 2027 con la quale è stato "
        "approvato il progetto di fattibilità tecnico-economica dell'intervento;",
        "Visto il progetto esecutivo redatto dall'ing. Valerio Di Nisio, acquisito al "
        "protocollo n. 8412 del 12-08-2027, dell'importo complessivo di euro 140.000,00, di "
        "cui euro 108.750,00 per lavori e oneri della sicurezza ed euro 31.250,00 per "
        "somme a disposizione dell'Amministrazione;",
        "Visto il verbale di verifica e validazione del progetto sottoscritto dal RUP in "
        "data 13-08-2027;",
        "Acquisiti i pareri favorevoli di regolarità tecnica e contabile, espressi ai sensi "
        "dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267;",
    ],
    vote_pre="Con voti unanimi favorevoli, legalmente espressi;",
    points=[
        "di approvare il progetto esecutivo dei lavori di efficientamento energetico "
        "dell'impianto di pubblica illuminazione in località Villa Oliveti, dell'importo "
        "complessivo di euro 140.000,00;",
        "di approvare il quadro economico dell'intervento come riportato in premessa;",
        "di dare atto che la spesa è finanziata con il contributo ministeriale e trova "
        "imputazione al cap. 3420 del bilancio di previsione 2027/2029;",
        "di dare atto che il Responsabile Unico del Progetto è l'arch. Luca Pavone, "
        "Responsabile del Settore III - Tecnico;",
        "di demandare al RUP gli adempimenti per l'affidamento dei lavori.",
    ],
    post=[
        "Inoltre, con separata votazione unanime, la Giunta Comunale dichiara il presente "
        "atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. "
        "n. 267/2000.",
    ],
    signs=[("IL VICE SINDACO", "sig.ra Annalisa Marinelli"),
           ("IL VICE SEGRETARIO COMUNALE", "dott.ssa Mara Ciccone")],
)

ROSCIANO_CC = [("DI GIACOMO Simone", "Sindaco"), ("MARINELLI Annalisa", None),
               ("FEBO Domenico", None), ("CIPOLLONE Tiziana", None), ("D'ANGELO Marco", None),
               ("DI RENZO Giulio", None), ("PAVONE Ilaria", None), ("SABLONE Nicola", None),
               ("TIBERIO Federica", None), ("DI CRESCENZO Alessio", None),
               ("RAPPOSELLI Lucia", None), ("COLANGELO Pierluigi", None),
               ("DI LORITO Enzo", None)]

ACTS["R3"] = dict(
    comune="rosciano", file="consiglio29-rosciano-halley.pdf",
    organ="CONSIGLIO COMUNALE", kind_title="VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE",
    number=29, date="11-08-2027", time="18:00",
    session="Sessione ordinaria - Seduta pubblica di prima convocazione",
    proposal=(90, "05-08-2027", "SETTORE IV - SERVIZI ALLA PERSONA"),
    subject=("APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA CONCESSIONE IN USO E LA GESTIONE "
             "DEGLI IMPIANTI SPORTIVI COMUNALI"),
    opening=[
        "L'anno duemilaventisette il giorno undici del mese di agosto alle ore 18:00, nella "
        "sala consiliare della sede comunale, convocato con avvisi scritti e recapitati a "
        "norma di legge, si è riunito il Consiglio Comunale in sessione ordinaria, seduta "
        "pubblica di prima convocazione, con l'assistenza del Segretario Comunale a scavalco "
        "dott.ssa Paola Sacchetti. All'appello risultano:",
    ],
    roll=[(n, r, n not in ("DI GIACOMO Simone", "MARINELLI Annalisa", "COLANGELO Pierluigi"))
          for n, r in ROSCIANO_CC],
    roll_style="TWO", counts=("10", "3"),
    after_roll=[
        "Assume la presidenza, essendo assenti il Sindaco e il Vice Sindaco, il Consigliere "
        "anziano sig. Nicola Sablone, il quale, constatato il numero legale degli "
        "intervenuti, dichiara aperta la seduta.",
    ],
    organ_line="IL CONSIGLIO COMUNALE",
    premesse=[
        "Vista la proposta di deliberazione n. 90 del 05-08-2027 del Settore IV - Servizi "
        "alla Persona;",
        "Premesso che il Comune è proprietario del campo sportivo comunale di contrada "
        "Sant'Andrea, della palestra annessa alla scuola secondaria di primo grado e del "
        "campo polivalente di Villa Oliveti;",
        "Ritenuto necessario disciplinare in modo organico le modalità di concessione in uso "
        "degli impianti alle associazioni sportive, le tariffe e le forme di gestione, ai "
        "sensi del D.Lgs. 28 febbraio 2021, n. 38;",
        "Visto lo schema di regolamento composto da n. 24 articoli, esaminato dalla "
        "Commissione consiliare nella seduta del 06-08-2027;",
        "Uditi gli interventi dei Consiglieri Di Crescenzo e Rapposelli, che annunciano "
        "l'astensione del gruppo di minoranza;",
        "Acquisiti i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. "
        "49 del D.Lgs. n. 267/2000;",
    ],
    vote_pre=("Con la seguente votazione, resa per alzata di mano: presenti n. 10, voti "
              "favorevoli n. 7, contrari n. 0, astenuti n. 3 (Di Crescenzo, Rapposelli, "
              "Di Lorito);"),
    points=[
        "di approvare il Regolamento comunale per la concessione in uso e la gestione degli "
        "impianti sportivi comunali, composto da n. 24 articoli, allegato al presente atto "
        "quale parte integrante e sostanziale;",
        "di abrogare il precedente regolamento approvato con deliberazione del Consiglio "
        "Comunale n. 12 del 2009;",
        "di dare mandato al Responsabile del Settore IV di provvedere agli adempimenti "
        "conseguenti.",
    ],
    post=[
        "Successivamente, con separata votazione dall'identico esito (favorevoli n. 7, "
        "astenuti n. 3), il Consiglio Comunale dichiara il presente atto immediatamente "
        "eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.",
    ],
    signs=[("IL CONSIGLIERE ANZIANO", "sig. Nicola Sablone"),
           ("IL SEGRETARIO COMUNALE A SCAVALCO", "dott.ssa Paola Sacchetti")],
)

ACTS["R4"] = dict(
    comune="rosciano", file="consiglio31-rosciano-halley.pdf",
    organ="CONSIGLIO COMUNALE", kind_title="VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE",
    number=31, date="27-08-2027", time="18:30",
    session="Sessione ordinaria - Seduta pubblica di prima convocazione",
    proposal=(97, "23-08-2027", "SETTORE II - ECONOMICO FINANZIARIO"),
    subject=("RATIFICA DELLA DELIBERAZIONE DELLA GIUNTA COMUNALE N. 74 DEL 02-08-2027 AVENTE "
             "AD OGGETTO: VARIAZIONE D'URGENZA AL BILANCIO DI PREVISIONE FINANZIARIO "
             "2027/2029 (ART. 175, COMMA 4, DEL D.LGS. N. 267/2000)"),
    opening=[
        "L'anno duemilaventisette il giorno ventisette del mese di agosto alle ore 18:30, nella "
        "sala consiliare della sede comunale, convocato con avvisi scritti e recapitati a "
        "norma di legge, si è riunito il Consiglio Comunale in sessione ordinaria, seduta "
        "pubblica di prima convocazione. All'appello risultano:",
    ],
    roll=[(n, r or "Consigliere", n != "COLANGELO Pierluigi") for n, r in ROSCIANO_CC],
    roll_style="SINO", counts=("12", "1"),
    after_roll=[
        "Il Presidente, riconosciuto legale il numero degli intervenuti, dichiara aperta la "
        "seduta. Partecipa il Segretario Comunale, il quale provvede alla redazione del "
        "presente verbale.",
    ],
    organ_line="IL CONSIGLIO COMUNALE",
    premesse=[
        "Vista la proposta di deliberazione n. 97 del 23-08-2027 del Settore II - Economico "
        "Finanziario;",
        "Premesso che con deliberazione n. 74 del 02-08-2027, dichiarata immediatamente "
        "eseguibile, la Giunta Comunale ha adottato, in via d'urgenza, una variazione al "
        "bilancio di previsione finanziario 2027/2029 per l'iscrizione del contributo "
        "regionale destinato al servizio di trasporto scolastico e per il finanziamento "
        "dei lavori urgenti sulla strada comunale Villa Oliveti - Colle Pineta;",
        "Visto l'art. 175, comma 4, del D.Lgs. n. 267/2000, ai sensi del quale le "
        "variazioni di bilancio adottate dalla Giunta in via d'urgenza sono sottoposte a "
        "ratifica del Consiglio nei sessanta giorni seguenti, a pena di decadenza;",
        "Visto il parere favorevole del Revisore dei conti, reso con verbale n. 19 del "
        "24-08-2027;",
        "Uditi gli interventi riportati nel resoconto della seduta;",
        "Acquisiti i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. "
        "49 del D.Lgs. n. 267/2000;",
    ],
    vote_pre=("Con voti favorevoli n. 9 e contrari n. 3 (Di Crescenzo, Rapposelli, Di Lorito), "
              "espressi per alzata di mano dai n. 12 Consiglieri presenti;"),
    points=[
        "di ratificare, ai sensi dell'art. 175, comma 4, del D.Lgs. n. 267/2000, la "
        "deliberazione della Giunta Comunale n. 74 del 02-08-2027, avente ad oggetto "
        "variazione d'urgenza al bilancio di previsione finanziario 2027/2029;",
        "di dare atto che permangono gli equilibri generali di bilancio.",
    ],
    post=[
        "Successivamente, con separata votazione dall'identico esito, il Consiglio "
        "Comunale dichiara il presente atto immediatamente eseguibile ai sensi dell'art. "
        "134, comma 4, del D.Lgs. n. 267/2000.",
    ],
    signs=[("IL PRESIDENTE", "f.to dott. Simone Di Giacomo"),
           ("IL SEGRETARIO COMUNALE", "f.to dott. Antonio Di Bartolomeo")],
)
