# -*- coding: utf-8 -*-
"""Texts of the twelve Consiglio minutes of set mix-124-c.

People, numbers and facts are invented.  The renderers (make_*.py) lay
these texts out in each Comune's house style; keys_make.py keys what the
PDFs print.
"""

# ---------------------------------------------------------------- Lamon (BL)
LAMON_ROLL = [
    ("ZANELLA Loris", "Sindaco"),
    ("FAORO Martina", "Vicesindaco"),
    ("GAIO Renzo", "Consigliere"),
    ("MACCAGNAN Silvia", "Consigliere"),
    ("BEE Stefano", "Consigliere"),
    ("MORETTA Elisa", "Consigliere"),
    ("MOTTES Giovanni", "Consigliere"),
    ("FACCHIN Daniela", "Consigliere"),
    ("GRISOTTO Paolo", "Consigliere"),
    ("CAMPIGOTTO Luca", "Consigliere"),
    ("SLONGO Annalisa", "Consigliere"),
]

# --------------------------------------------------------- Boville Ernica (FR)
BOVILLE_ROLL = [
    ("TERSIGNI Alessandro", "Sindaco"),
    ("DI RUSSO Valentina", "Presidente del Consiglio"),
    ("CELLUCCI Marco", "Vice Presidente del Consiglio"),
    ("PAGLIAROLI Fabio", "Consigliere"),
    ("SCAPPATICCI Giulia", "Consigliere"),
    ("RICCI Enrico", "Consigliere"),
    ("NARDONI Simona", "Consigliere"),
    ("CORSETTI Matteo", "Consigliere"),
    ("DE SANTIS Lorena", "Consigliere"),
    ("IAFRATE Daniele", "Consigliere"),
    ("MASTROIANNI Chiara", "Consigliere"),
    ("PALLADINO Gianluca", "Consigliere"),
    ("ZOMPARELLI Roberta", "Consigliere"),
]

# -------------------------------------------------------- Porto Empedocle (AG)
PE_ROLL = [
    ("CASTELLANA Salvatore", "Presidente"),
    ("SCIORTINO Giuseppina", "Vice Presidente"),
    ("LAURICELLA Calogero", "Consigliere"),
    ("TUTTOLOMONDO Angelo", "Consigliere"),
    ("PATTI Rosalia", "Consigliere"),
    ("GRECO Vincenzo", "Consigliere"),
    ("ALLETTO Maria Concetta", "Consigliere"),
    ("LA ROCCA Gaetano", "Consigliere"),
    ("SCHEMBRI Daniela", "Consigliere"),
    ("MILIOTO Giovanni", "Consigliere"),
    ("VELLA Carmela", "Consigliere"),
    ("MARINO Antonino", "Consigliere"),
    ("SALAMONE Francesca", "Consigliere"),
    ("CASUCCIO Leonardo", "Consigliere"),
    ("BELLAVIA Rosario", "Consigliere"),
    ("FRAGAPANE Ilenia", "Consigliere"),
]


def roll(base, absent):
    """[(name, role, present)] with the surnames in `absent` marked absent."""
    out = []
    for name, role in base:
        out.append((name, role, name not in absent))
    return out


DOCS = {}

# =========================================================== LAMON 38
DOCS["L38"] = dict(
    file="deliberazione-lamon-boxxapps-38.pdf",
    number=38, date="03/12/2027", time="20:30",
    proposal="Proposta n. 52 del 22/11/2027", proposing_office="Area Economico-Finanziaria",
    subject=("REVISIONE PERIODICA DELLE PARTECIPAZIONI PUBBLICHE AI SENSI DELL'ART. 20 "
             "DEL D.LGS. 19 AGOSTO 2016, N. 175 - RICOGNIZIONE DELLE PARTECIPAZIONI "
             "POSSEDUTE AL 31 DICEMBRE 2026."),
    roll=roll(LAMON_ROLL, {"ZANELLA Loris", "SLONGO Annalisa"}),
    opening=("L'anno duemilaventisette, addì tre del mese di dicembre, alle ore 20:30, "
             "nella sala consiliare del Municipio, previa convocazione disposta con avvisi "
             "scritti recapitati a norma di legge e di regolamento, si è riunito il Consiglio "
             "Comunale in sessione ordinaria, seduta pubblica di prima convocazione. "
             "Partecipa alla seduta il Segretario Comunale dott.ssa Chiara Dal Pont, "
             "che provvede alla redazione del presente verbale."),
    presidency=("Essendo assente giustificato il Sindaco, la sig.ra Martina Faoro, nella sua "
                "qualità di Vicesindaco, assume la presidenza e, constatato il numero legale "
                "degli intervenuti, dichiara aperta la seduta e invita il Consiglio a deliberare "
                "sull'oggetto sopra indicato."),
    premesse=[
        "Visto il D.Lgs. 19 agosto 2016, n. 175, recante il Testo unico in materia di società a "
        "partecipazione pubblica (TUSP), come integrato e modificato dal D.Lgs. 16 giugno 2017, n. 100;",
        "Richiamato l'art. 20 del citato decreto, che impone alle amministrazioni pubbliche di effettuare "
        "annualmente, con proprio provvedimento, un'analisi dell'assetto complessivo delle società in cui "
        "detengono partecipazioni, dirette o indirette, predisponendo, ove ne ricorrano i presupposti, un "
        "piano di riassetto per la loro razionalizzazione;",
        "Richiamata la propria deliberazione n. 44 del 21/12/2026, con la quale è stata approvata la "
        "revisione periodica delle partecipazioni detenute al 31/12/2025;",
        "Dato atto che il Comune detiene al 31/12/2026 una partecipazione diretta in BIM Gestione Servizi "
        "Pubblici S.p.A. (quota 1,12%) e una partecipazione indiretta, per il tramite di quest'ultima, in "
        "Viveracqua S.c.a r.l.;",
        "Vista la relazione tecnica predisposta dal Responsabile dell'Area Economico-Finanziaria, allegata "
        "alla presente sotto la lettera A quale parte integrante e sostanziale;",
        "Acquisito il parere favorevole dell'Organo di revisione economico-finanziaria, reso con verbale "
        "n. 19 del 25/11/2027;",
        "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 "
        "del D.Lgs. n. 267/2000;",
    ],
    vote=("Con voti unanimi favorevoli, espressi per alzata di mano dai n. 9 consiglieri presenti "
          "e votanti,"),
    points=[
        "di approvare la ricognizione delle partecipazioni possedute dal Comune alla data del 31 dicembre "
        "2026, come risultanti dall'allegato A, che costituisce parte integrante e sostanziale del presente "
        "provvedimento;",
        "di dare atto che non sussistono i presupposti per l'adozione di un piano di razionalizzazione e "
        "che le partecipazioni sono pertanto mantenute senza interventi;",
        "di trasmettere il presente provvedimento alla Sezione regionale di controllo della Corte dei conti "
        "e al Ministero dell'Economia e delle Finanze, ai sensi dell'art. 20, comma 3, del D.Lgs. n. 175/2016.",
    ],
    exec_text=("Successivamente, con separata votazione, con voti unanimi favorevoli espressi per alzata "
               "di mano, il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile, "
               "ai sensi dell'art. 134, comma 4, del D.Lgs. 18 agosto 2000, n. 267, stante la scadenza del "
               "31 dicembre."),
    sign_president=("IL VICESINDACO", "Martina Faoro"),
    sign_secretary=("IL SEGRETARIO COMUNALE", "dott.ssa Chiara Dal Pont"),
)

# =========================================================== LAMON 41
DOCS["L41"] = dict(
    file="deliberazione-lamon-boxxapps-41.pdf",
    number=41, date="16/12/2027", time="20:00",
    proposal="Proposta n. 57 del 29/11/2027", proposing_office="Area Economico-Finanziaria",
    subject=("APPROVAZIONE DELLA NOTA DI AGGIORNAMENTO AL DOCUMENTO UNICO DI PROGRAMMAZIONE "
             "(DUP) 2028/2030."),
    roll=roll(LAMON_ROLL, {"BEE Stefano"}),
    opening=("L'anno duemilaventisette, addì sedici del mese di dicembre, alle ore 20:00, nella sala "
             "consiliare del Municipio, previa convocazione disposta con avvisi scritti recapitati a "
             "norma di legge, si è riunito il Consiglio Comunale in sessione ordinaria, seduta pubblica "
             "di prima convocazione. Partecipa alla seduta il Segretario Comunale dott.ssa Chiara Dal "
             "Pont, che provvede alla redazione del presente verbale."),
    presidency=("Il sig. Loris Zanella, nella sua qualità di Sindaco, assume la presidenza e, constatato "
                "il numero legale degli intervenuti, dichiara aperta la seduta."),
    premesse=[
        "Premesso che l'art. 170 del D.Lgs. 18 agosto 2000, n. 267 prevede che la Giunta presenti al "
        "Consiglio il Documento Unico di Programmazione (DUP) entro il 31 luglio di ciascun anno e la "
        "nota di aggiornamento entro il 15 novembre;",
        "Richiamata la propria deliberazione n. 27 del 29/07/2027, con la quale il Consiglio ha preso "
        "atto del DUP 2028/2030;",
        "Vista la deliberazione della Giunta Comunale n. 118 del 12/11/2027, con la quale è stata "
        "approvata la nota di aggiornamento al DUP 2028/2030;",
        "Visto il principio contabile applicato concernente la programmazione di bilancio, allegato 4/1 "
        "al D.Lgs. n. 118/2011;",
        "Acquisito il parere favorevole dell'Organo di revisione, reso con verbale n. 21 del 02/12/2027;",
        "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi dal Responsabile "
        "dell'Area Economico-Finanziaria ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
        "Udita l'illustrazione del Sindaco e gli interventi dei consiglieri Campigotto e Slongo, che "
        "preannunciano il voto contrario del gruppo di minoranza;",
    ],
    vote=("Con la seguente votazione, espressa per alzata di mano: presenti n. 10, votanti n. 10, "
          "favorevoli n. 8, contrari n. 2 (Campigotto, Slongo), astenuti n. 0,"),
    points=[
        "di approvare la nota di aggiornamento al Documento Unico di Programmazione (DUP) 2028/2030, "
        "allegata alla presente deliberazione quale parte integrante e sostanziale;",
        "di dare atto che la nota di aggiornamento costituisce presupposto del bilancio di previsione "
        "finanziario 2028/2030;",
        "di pubblicare il DUP sul sito internet istituzionale, nella sezione Amministrazione trasparente.",
    ],
    exec_text=("Successivamente, con separata votazione (presenti n. 10, favorevoli n. 8, contrari n. 2), "
               "la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, "
               "comma 4, del D.Lgs. n. 267/2000."),
    sign_president=("IL SINDACO", "Loris Zanella"),
    sign_secretary=("IL SEGRETARIO COMUNALE", "dott.ssa Chiara Dal Pont"),
)

# =========================================================== LAMON 42
DOCS["L42"] = dict(
    file="deliberazione-lamon-boxxapps-42.pdf",
    number=42, date="16/12/2027", time="20:00",
    proposal="Proposta n. 58 del 29/11/2027", proposing_office="Area Economico-Finanziaria",
    subject=("APPROVAZIONE DEL BILANCIO DI PREVISIONE FINANZIARIO 2028/2030 E DEI RELATIVI "
             "ALLEGATI."),
    roll=roll(LAMON_ROLL, set()),
    opening=("L'anno duemilaventisette, addì sedici del mese di dicembre, alle ore 20:00, nella sala "
             "consiliare del Municipio, previa convocazione disposta con avvisi scritti recapitati a "
             "norma di legge, si è riunito il Consiglio Comunale in sessione ordinaria, seduta pubblica "
             "di prima convocazione. Partecipa alla seduta il Segretario Comunale dott.ssa Chiara Dal "
             "Pont, che provvede alla redazione del presente verbale."),
    presidency=("Prima della trattazione del presente punto entra in aula il consigliere Bee Stefano: "
                "i presenti sono n. 11. Presiede il sig. Loris Zanella, nella sua qualità di Sindaco."),
    premesse=[
        "Visto l'art. 151 del D.Lgs. 18 agosto 2000, n. 267, il quale dispone che gli enti locali "
        "deliberano entro il 31 dicembre il bilancio di previsione finanziario riferito ad almeno un "
        "triennio;",
        "Richiamata la propria deliberazione n. 41 in data odierna, dichiarata immediatamente eseguibile, "
        "di approvazione della nota di aggiornamento al DUP 2028/2030;",
        "Vista la deliberazione della Giunta Comunale n. 119 del 12/11/2027, con la quale è stato "
        "approvato lo schema di bilancio di previsione finanziario 2028/2030;",
        "Dato atto che lo schema di bilancio è stato messo a disposizione dei consiglieri nei termini "
        "previsti dal regolamento di contabilità e che non sono stati presentati emendamenti;",
        "Visto il parere favorevole dell'Organo di revisione, reso con verbale n. 22 del 03/12/2027;",
        "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 "
        "del D.Lgs. n. 267/2000;",
    ],
    vote=("Con voti favorevoli n. 9, contrari n. 2 (Campigotto, Slongo), astenuti n. 0, espressi per "
          "alzata di mano dai n. 11 consiglieri presenti,"),
    points=[
        "di approvare il bilancio di previsione finanziario 2028/2030, redatto secondo lo schema di cui "
        "all'allegato 9 al D.Lgs. n. 118/2011, nelle risultanze riportate nel prospetto allegato;",
        "di approvare i relativi allegati, ivi compresa la nota integrativa;",
        "di dare atto che il bilancio garantisce il pareggio finanziario complessivo e il rispetto degli "
        "equilibri di cui all'art. 162 del D.Lgs. n. 267/2000;",
        "di trasmettere i dati del bilancio alla Banca Dati delle Amministrazioni Pubbliche (BDAP) entro "
        "trenta giorni dall'approvazione.",
    ],
    exec_text=("Successivamente, con voti favorevoli n. 9 e contrari n. 2, la presente deliberazione è "
               "dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. "
               "267/2000."),
    sign_president=("IL SINDACO", "Loris Zanella"),
    sign_secretary=("IL SEGRETARIO COMUNALE", "dott.ssa Chiara Dal Pont"),
)

# =========================================================== LAMON 45
DOCS["L45"] = dict(
    file="deliberazione-lamon-boxxapps-45.pdf",
    number=45, date="29/12/2027", time="18:00",
    proposal="Proposta n. 63 del 13/12/2027", proposing_office="Area Amministrativa",
    subject=("APPROVAZIONE DELLA CONVENZIONE CON L'UNIONE MONTANA FELTRINA PER LA GESTIONE IN FORMA "
             "ASSOCIATA DEL SERVIZIO DI POLIZIA LOCALE PER IL QUINQUENNIO 2028-2032."),
    roll=roll(LAMON_ROLL, {"BEE Stefano", "SLONGO Annalisa"}),
    opening=("L'anno duemilaventisette, addì ventinove del mese di dicembre, alle ore 18:00, nella sala "
             "consiliare del Municipio, convocato nei modi di legge, si è riunito il Consiglio Comunale "
             "in sessione straordinaria, seduta pubblica di prima convocazione. Assiste il Vice Segretario "
             "Comunale dott. Andrea Bortoluzzi, il quale provvede alla redazione del presente verbale."),
    # the roll of this minute is written as prose (see make_l45.py)
    presidency=("Presiede il sig. Loris Zanella, nella sua qualità di Sindaco, il quale, riconosciuta "
                "legale l'adunanza, dichiara aperta la seduta."),
    premesse=[
        "Premesso che il Comune di Lamon aderisce all'Unione Montana Feltrina, alla quale ha conferito "
        "con deliberazione consiliare n. 31 del 28/09/2017 l'esercizio associato di funzioni e servizi;",
        "Considerato che la convenzione per la gestione associata del servizio di polizia locale, "
        "approvata con deliberazione n. 49 del 20/12/2022, scade il 31 dicembre 2027;",
        "Visto lo schema di convenzione trasmesso dall'Unione Montana Feltrina con nota prot. n. 8812 "
        "del 30/11/2027, composto da 14 articoli;",
        "Visto l'art. 30 del D.Lgs. 18 agosto 2000, n. 267;",
        "Acquisito il parere favorevole di regolarità tecnica espresso dal Responsabile dell'Area "
        "Amministrativa e il parere favorevole di regolarità contabile espresso dal Responsabile "
        "dell'Area Economico-Finanziaria ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
    ],
    vote=("Presenti n. 9; con n. 7 voti favorevoli, n. 0 contrari e n. 2 astenuti (Campigotto, "
          "Grisotto), resi per alzata di mano,"),
    points=[
        "di approvare lo schema di convenzione con l'Unione Montana Feltrina per la gestione in forma "
        "associata del servizio di polizia locale per il periodo dal 1° gennaio 2028 al 31 dicembre 2032, "
        "allegato al presente atto;",
        "di autorizzare il Sindaco alla sottoscrizione della convenzione;",
        "di demandare al Responsabile dell'Area Amministrativa gli adempimenti conseguenti, compreso "
        "l'impegno della quota di compartecipazione alla spesa per l'anno 2028.",
    ],
    exec_text=("La presente deliberazione, non dichiarata immediatamente eseguibile, diventerà esecutiva "
               "decorsi dieci giorni dalla pubblicazione all'Albo pretorio on line, ai sensi dell'art. "
               "134, comma 3, del D.Lgs. n. 267/2000."),
    sign_president=("IL SINDACO", "Loris Zanella"),
    sign_secretary=("IL VICE SEGRETARIO COMUNALE", "dott. Andrea Bortoluzzi"),
)

# =========================================================== BOVILLE 58
BOVILLE_OPENING = ("L'anno duemilaventisette, il giorno {day} del mese di dicembre, alle ore {time}, "
                   "nella Sala consiliare del Palazzo comunale, a seguito di convocazione del "
                   "Presidente del Consiglio prot. n. {prot}, notificata ai consiglieri nei termini "
                   "di legge, si è riunito in seduta {kind}, pubblica, di prima convocazione il "
                   "Consiglio Comunale, nelle persone dei signori:")

DOCS["B58"] = dict(
    file="deliberazione-bovilleernica-sicraweb-58.pdf",
    number=58, date="13/12/2027", time="17:30",
    proposal_number=74, proposal_date="30/11/2027",
    proposing_office="Settore II - Economico Finanziario e Tributi",
    subject=("Modifica del Regolamento comunale per l'applicazione del canone patrimoniale di "
             "concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale."),
    roll=roll(BOVILLE_ROLL, {"IAFRATE Daniele", "ZOMPARELLI Roberta"}),
    opening=BOVILLE_OPENING.format(day="tredici", time="17:30", prot="14702 del 06/12/2027",
                                   kind="ordinaria"),
    after_roll=("Assiste il Segretario Comunale, incaricato della redazione del verbale. Presiede la "
                "seduta la Dott.ssa Valentina Di Russo, nella sua qualità di Presidente del Consiglio "
                "Comunale, la quale, constatato il numero legale, dichiara aperta la discussione "
                "sull'argomento in oggetto."),
    premesse=[
        "Premesso che l'art. 1, commi da 816 a 847, della legge 27 dicembre 2019, n. 160 ha istituito "
        "il canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e il canone "
        "mercatale;",
        "Richiamata la propria deliberazione n. 9 del 30/03/2021, con la quale è stato approvato il "
        "relativo regolamento comunale, successivamente modificato con deliberazione n. 12 del 27/04/2023;",
        "Ritenuto di adeguare gli articoli 14, 22 e 41 del regolamento alle nuove modalità di "
        "assegnazione dei posteggi del mercato settimanale del giovedì;",
        "Visto il parere favorevole del Revisore dei conti, acquisito al prot. n. 14590 del 03/12/2027;",
        "Visti i pareri favorevoli di regolarità tecnica e contabile resi dal Responsabile del Settore "
        "II ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
        "Uditi gli interventi riportati nel resoconto integrale della seduta;",
    ],
    vote=("Con voti favorevoli n. 8, contrari n. 3 (De Santis, Mastroianni, Palladino), astenuti n. 0, "
          "resi per alzata di mano dai n. 11 consiglieri presenti e votanti,"),
    points=[
        "di approvare le modifiche agli articoli 14, 22 e 41 del Regolamento comunale per l'applicazione "
        "del canone patrimoniale e del canone mercatale, nel testo allegato sotto la lettera A;",
        "di dare atto che le modifiche hanno efficacia dal 1° gennaio 2028;",
        "di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze per la "
        "pubblicazione nel portale del federalismo fiscale.",
    ],
    exec_text=("Successivamente, con separata votazione che riporta il medesimo esito, la presente "
               "deliberazione è dichiarata immediatamente eseguibile, ai sensi dell'art. 134, comma 4, "
               "del D.Lgs. n. 267/2000."),
    sign_president=("IL PRESIDENTE", "Dott.ssa Valentina Di Russo"),
    sign_secretary=("IL SEGRETARIO COMUNALE", "Dott. Massimo Carlini"),
)

DOCS["B59"] = dict(
    file="deliberazione-bovilleernica-sicraweb-59.pdf",
    number=59, date="13/12/2027", time="17:30",
    proposal_number=76, proposal_date="01/12/2027",
    proposing_office="Settore II - Economico Finanziario e Tributi",
    subject=("Revisione periodica delle partecipazioni societarie detenute dal Comune al 31/12/2026 "
             "ai sensi dell'art. 20 del D.Lgs. n. 175/2016."),
    roll=roll(BOVILLE_ROLL, {"IAFRATE Daniele"}),
    opening=BOVILLE_OPENING.format(day="tredici", time="17:30", prot="14702 del 06/12/2027",
                                   kind="ordinaria"),
    after_roll=("Assiste il Segretario Comunale, incaricato della redazione del verbale. Presiede la "
                "seduta la Dott.ssa Valentina Di Russo, nella sua qualità di Presidente del Consiglio "
                "Comunale. Si dà atto che, prima della trattazione del punto, è entrata in aula la "
                "consigliera Zomparelli Roberta (presenti n. 12)."),
    premesse=[
        "Visto il D.Lgs. 19 agosto 2016, n. 175 (Testo unico in materia di società a partecipazione "
        "pubblica) e in particolare l'art. 20, che prevede la revisione periodica annuale delle "
        "partecipazioni;",
        "Richiamata la propria deliberazione n. 61 del 19/12/2026, relativa alla revisione delle "
        "partecipazioni detenute al 31/12/2025;",
        "Dato atto che il Comune detiene al 31/12/2026 le seguenti partecipazioni dirette: Acea Ato 5 "
        "S.p.A. (quota 0,38%) e Società Ambiente Frosinone S.p.A. (quota 1,04%), nonché una "
        "partecipazione nel GAL Ernici Simbruini, non avente forma societaria;",
        "Vista la relazione tecnica del Responsabile del Settore II, allegata sotto la lettera A;",
        "Acquisito il parere favorevole del Revisore dei conti, reso con verbale n. 27 del 06/12/2027;",
        "Visti i pareri favorevoli resi ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
    ],
    vote=("All'unanimità dei voti favorevoli, espressi per alzata di mano dai 12 consiglieri presenti "
          "e votanti,"),
    points=[
        "di approvare la ricognizione delle partecipazioni detenute al 31 dicembre 2026, come risultante "
        "dalla relazione tecnica allegata sotto la lettera A;",
        "di confermare il mantenimento delle partecipazioni in Acea Ato 5 S.p.A. e in Società Ambiente "
        "Frosinone S.p.A., in quanto strettamente necessarie al perseguimento delle finalità "
        "istituzionali dell'ente;",
        "di dare atto che non si rende necessario adottare un piano di razionalizzazione;",
        "di trasmettere l'esito della ricognizione alla Struttura di monitoraggio del MEF e alla "
        "Sezione regionale di controllo della Corte dei conti per il Lazio.",
    ],
    exec_text=("Successivamente il Consiglio Comunale, con separata e unanime votazione, dichiara la "
               "presente deliberazione immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del "
               "D.Lgs. n. 267/2000."),
    sign_president=("IL PRESIDENTE", "Dott.ssa Valentina Di Russo"),
    sign_secretary=("IL SEGRETARIO COMUNALE", "Dott. Massimo Carlini"),
)

DOCS["B60"] = dict(
    file="deliberazione-bovilleernica-sicraweb-60.pdf",
    number=60, date="22/12/2027", time="16:00",
    proposal_number=81, proposal_date="10/12/2027",
    proposing_office="Settore II - Economico Finanziario e Tributi",
    subject=("Ratifica della deliberazione della Giunta Comunale n. 141 del 28/11/2027 avente ad "
             "oggetto: Variazione d'urgenza al bilancio di previsione 2027/2029 ai sensi dell'art. 175, "
             "comma 4, del D.Lgs. n. 267/2000."),
    roll=roll(BOVILLE_ROLL, {"DI RUSSO Valentina", "CORSETTI Matteo", "PALLADINO Gianluca"}),
    opening=BOVILLE_OPENING.format(day="ventidue", time="16:00", prot="15188 del 16/12/2027",
                                   kind="straordinaria"),
    after_roll=("Assiste il Segretario Comunale, incaricato della redazione del verbale. Assente la "
                "Presidente del Consiglio, presiede la seduta il Sig. Marco Cellucci, nella sua qualità "
                "di Vice Presidente del Consiglio Comunale, il quale, constatato il numero legale, "
                "dichiara aperta la seduta."),
    premesse=[
        "Premesso che con deliberazione della Giunta Comunale n. 141 del 28/11/2027, adottata in via "
        "d'urgenza ai sensi dell'art. 175, comma 4, del D.Lgs. n. 267/2000, è stata apportata una "
        "variazione al bilancio di previsione 2027/2029 per l'iscrizione del contributo regionale di "
        "euro 85.000,00 destinato alla messa in sicurezza della strada comunale Via San Pietrangeli;",
        "Dato atto che la predetta deliberazione deve essere sottoposta a ratifica del Consiglio "
        "Comunale entro i sessanta giorni successivi alla sua adozione, a pena di decadenza;",
        "Visto il parere favorevole del Revisore dei conti, reso con verbale n. 29 del 12/12/2027;",
        "Visti i pareri favorevoli resi ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
    ],
    vote=("Con voti favorevoli n. 7, contrari n. 0, astenuti n. 3 (De Santis, Mastroianni, Zomparelli), "
          "resi per alzata di mano dai n. 10 consiglieri presenti,"),
    points=[
        "di ratificare, ai sensi dell'art. 175, comma 4, del D.Lgs. n. 267/2000, la deliberazione della "
        "Giunta Comunale n. 141 del 28/11/2027;",
        "di dare atto che permangono gli equilibri di bilancio di cui all'art. 193 del D.Lgs. n. 267/2000.",
    ],
    exec_text=("Successivamente, con separata votazione dal medesimo esito, la presente deliberazione è "
               "dichiarata immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. n. "
               "267/2000."),
    sign_president=("IL VICE PRESIDENTE", "Sig. Marco Cellucci"),
    sign_secretary=("IL SEGRETARIO COMUNALE", "Dott. Massimo Carlini"),
)

DOCS["B61"] = dict(
    file="deliberazione-bovilleernica-sicraweb-61.pdf",
    number=61, date="22/12/2027", time="16:00",
    proposal_number=83, proposal_date="13/12/2027",
    proposing_office="Settore III - Tecnico, Lavori Pubblici e Manutenzioni",
    subject=("Approvazione dello schema di convenzione per la gestione in forma associata della "
             "Centrale Unica di Committenza tra i Comuni di Boville Ernica, Monte San Giovanni Campano "
             "e Strangolagalli."),
    roll=roll(BOVILLE_ROLL, {"CORSETTI Matteo", "PALLADINO Gianluca"}),
    opening=BOVILLE_OPENING.format(day="ventidue", time="16:00", prot="15188 del 16/12/2027",
                                   kind="straordinaria"),
    after_roll=("Assiste il Segretario Comunale, incaricato della redazione del verbale. Alle ore 16:40, "
                "prima della trattazione del presente punto, entra in aula la Presidente del Consiglio, "
                "che assume la presidenza: presiede pertanto la Dott.ssa Valentina Di Russo, nella sua "
                "qualità di Presidente del Consiglio Comunale."),
    premesse=[
        "Visto l'art. 62 del D.Lgs. 31 marzo 2023, n. 36, in materia di aggregazione e centralizzazione "
        "delle committenze;",
        "Considerato che i Comuni di Boville Ernica, Monte San Giovanni Campano e Strangolagalli "
        "intendono gestire in forma associata le funzioni di centrale di committenza per gli "
        "affidamenti di lavori, servizi e forniture;",
        "Visto lo schema di convenzione, composto da 12 articoli, condiviso nella conferenza dei "
        "Sindaci del 02/12/2027 e allegato sotto la lettera A;",
        "Visto l'art. 30 del D.Lgs. 18 agosto 2000, n. 267;",
        "Visti i pareri favorevoli resi ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
    ],
    vote=("Con voti unanimi favorevoli, espressi in forma palese (presenti e votanti n. 11),"),
    points=[
        "di approvare lo schema di convenzione per la gestione in forma associata della Centrale Unica "
        "di Committenza, allegato sotto la lettera A, individuando il Comune di Boville Ernica quale "
        "ente capofila;",
        "di autorizzare il Sindaco alla sottoscrizione della convenzione;",
        "di demandare al Responsabile del Settore III l'adozione degli atti conseguenti.",
    ],
    exec_text=("La presente deliberazione diventerà esecutiva decorsi dieci giorni dalla sua "
               "pubblicazione all'Albo pretorio on line, ai sensi dell'art. 134, comma 3, del D.Lgs. n. "
               "267/2000."),
    sign_president=("IL PRESIDENTE", "Dott.ssa Valentina Di Russo"),
    sign_secretary=("IL SEGRETARIO COMUNALE", "Dott. Massimo Carlini"),
)

# ====================================================== PORTO EMPEDOCLE
# Courier reports: accents typed as apostrophes, as the old package prints them.
DOCS["P71"] = dict(
    file="deliberazione-portoempedocle-halley-71.pdf",
    number=71, date="20/12/2027", time="18:30",
    proposal_number=96, proposal_date="02/12/2027",
    proposing_office="I Settore - Affari Generali e Legali",
    subject=("RICONOSCIMENTO DI LEGITTIMITA' DEL DEBITO FUORI BILANCIO, AI SENSI DELL'ART. 194, "
             "COMMA 1, LETT. A), DEL D.LGS. N. 267/2000, DERIVANTE DALLA SENTENZA N. 1456/2027 DEL "
             "GIUDICE DI PACE DI AGRIGENTO."),
    roll=roll(PE_ROLL, {"PATTI Rosalia", "MARINO Antonino", "BELLAVIA Rosario", "FRAGAPANE Ilenia"}),
)
DOCS["P72"] = dict(
    file="deliberazione-portoempedocle-halley-72.pdf",
    number=72, date="20/12/2027", time="18:30",
    proposal_number=99, proposal_date="06/12/2027",
    proposing_office="III Settore - Servizi Sociali e Pubblica Istruzione",
    subject=("APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA DISCIPLINA DEL SERVIZIO DI TRASPORTO "
             "SCOLASTICO."),
    roll=roll(PE_ROLL, {"PATTI Rosalia", "MARINO Antonino", "FRAGAPANE Ilenia"}),
)
DOCS["P73"] = dict(
    file="deliberazione-portoempedocle-halley-73.pdf",
    number=73, date="27/12/2027", time="10:00",
    proposal_number=101, proposal_date="09/12/2027",
    proposing_office="V Settore - Urbanistica e Demanio Marittimo",
    subject=("ADOZIONE DEL PIANO DI UTILIZZO DELLE AREE DEMANIALI MARITTIME (P.U.D.M.) AI SENSI "
             "DELL'ART. 4 DELLA L.R. 29 NOVEMBRE 2005, N. 15."),
    roll=roll(PE_ROLL, {"CASTELLANA Salvatore", "ALLETTO Maria Concetta", "CASUCCIO Leonardo",
                        "MILIOTO Giovanni"}),
)
DOCS["P74"] = dict(
    file="deliberazione-portoempedocle-halley-74.pdf",
    number=74, date="28/12/2027", time="10:00",
    proposal_number=104, proposal_date="14/12/2027",
    proposing_office="IV Settore - Lavori Pubblici",
    subject=("APPROVAZIONE DEL PROGRAMMA TRIENNALE DEI LAVORI PUBBLICI 2028/2030 E DELL'ELENCO "
             "ANNUALE 2028."),
    roll=roll(PE_ROLL, {"ALLETTO Maria Concetta", "FRAGAPANE Ilenia"}),
)
