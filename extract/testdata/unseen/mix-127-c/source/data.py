# -*- coding: utf-8 -*-
"""Content of the twelve minutes of set mix-127-c (people, numbers and facts invented).

Every renderer reads its act from here; keys_make.py builds keys.json from the
same fields and checks each keyed string against pdftotext -layout.
"""

# ---------------------------------------------------------------- Bellizzi (SA)
BEL = dict(
    name="COMUNE DI BELLIZZI",
    key="Comune di Bellizzi",
    prov="Provincia di Salerno",
    addr="Piazza Aldo Moro, 1 – 84092 Bellizzi (SA) – C.F. 80023450651",
    pec="protocollo@pec.comune.bellizzi.sa.it",
)
BEL_GIUNTA = [
    ("CERULLO Raffaele", "Sindaco"),
    ("PAGANO Immacolata", "Vice Sindaco"),
    ("D'AMBROSIO Gerardo", "Assessore"),
    ("LAMBERTI Carmine", "Assessore"),
    ("SORRENTINO Anna Maria", "Assessore"),
    ("FASANO Vito", "Assessore"),
]
BEL_CONSIGLIO = [
    ("CERULLO Raffaele", "Sindaco"),
    ("GALLO Antonio", "Presidente del Consiglio"),
    ("VITOLO Maria Rosaria", "Consigliere"),
    ("CAPUTO Enzo", "Consigliere"),
    ("DE LUCA Giuseppina", "Consigliere"),
    ("NAPOLI Matteo", "Consigliere"),
    ("TROTTA Salvatore", "Consigliere"),
    ("RUSSO Emilia", "Consigliere"),
    ("SANTORO Pasquale", "Consigliere"),
    ("MAIORINO Gennaro", "Consigliere"),
    ("AMATO Filomena", "Consigliere"),
    ("PELLEGRINO Ciro", "Consigliere"),
    ("CAIAZZO Teresa", "Consigliere"),
    ("IANNONE Gianluca", "Consigliere"),
    ("VISCONTI Lucia", "Consigliere"),
    ("MAURO Nicola", "Consigliere"),
    ("SPERANZA Donato", "Consigliere"),
]

# ------------------------------------------------------- Colli del Tronto (AP)
COL = dict(
    name="COMUNE DI COLLI DEL TRONTO",
    key="Comune di Colli del Tronto",
    prov="PROVINCIA DI ASCOLI PICENO",
    addr="Piazza Roma, 12 - 63079 Colli del Tronto (AP)",
)
COL_GIUNTA = [
    ("CAPRIOTTI MATTEO", "SINDACO"),
    ("PEROTTI SILVIA", "VICE SINDACO"),
    ("VAGNONI DANIELE", "ASSESSORE"),
    ("D'ANGELO ROBERTA", "ASSESSORE"),
    ("TASSOTTI LUIGI", "ASSESSORE"),
]
COL_CONSIGLIO = [
    "CAPRIOTTI MATTEO", "PEROTTI SILVIA", "VAGNONI DANIELE", "D'ANGELO ROBERTA",
    "TASSOTTI LUIGI", "FALCIONI MARCO", "CELANI ELISA", "MARCOZZI FABIO",
    "PALESTINI GIANNA", "ALESSANDRINI RENATO", "CAROSI STEFANO", "GIULIANI PAOLA",
    "NEPI ALBERTO",
]

# ------------------------------------------------ San Canzian d'Isonzo (GO)
SCI = dict(
    name="COMUNE DI SAN CANZIAN D'ISONZO",
    key="Comune di San Canzian d'Isonzo",
    prov="Ente di Decentramento Regionale di Gorizia",
    region="Regione Autonoma Friuli Venezia Giulia",
)
SCI_GIUNTA = [
    ("PACOR Giulia", "Sindaca"),
    ("VECCHIET Stefano", "Vicesindaco"),
    ("PETEANI Marisa", "Assessore"),
    ("COCIANI Renzo", "Assessore"),
    ("VISINTIN Elena", "Assessore"),
    ("MEDEOT Franco", "Assessore"),
]
SCI_CONSIGLIO = [
    "PACOR Giulia", "VECCHIET Stefano", "PETEANI Marisa", "COCIANI Renzo",
    "VISINTIN Elena", "MEDEOT Franco", "BONETTI Luca", "MAREGA Silvia",
    "FURLAN Dario", "BRESSAN Nadia", "SPANGHERO Ivan", "DEVETAK Igor",
    "TOFFOLI Sara", "BERTOS Gianni", "CUMAR Loredana", "POLESE Enrico",
    "CLEMENTE Tiziana",
]


def roll(members, absent):
    """members: list of (name, role) or names; returns [(name, role|None, present)]."""
    out = []
    for m in members:
        if isinstance(m, tuple):
            n, r = m
        else:
            n, r = m, None
        out.append((n, r, n not in absent))
    return out


ACTS = []

# =============================================================== 1 Bellizzi G 38
ACTS.append(dict(
    file="giunta-bellizzi-sicraweb-38.pdf", muni=BEL, house="sicraweb",
    organ="Giunta Comunale", number=38, date="2028-03-07", time="13:30",
    date_words="il giorno sette del mese di marzo",
    subject=("Approvazione schema di convenzione con l'Associazione di volontariato "
             "\"Nucleo Volontari Protezione Civile Bellizzi\" per il supporto alle attività "
             "di protezione civile comunale nel triennio 2028-2030."),
    proposal_number=45, proposal_date="2028-03-02",
    proposing_office="Settore Affari Generali e Istituzionali",
    roll=roll(BEL_GIUNTA, {"SORRENTINO Anna Maria"}),
    president=dict(title="dott.", role="Sindaco", name="Raffaele Cerullo"),
    secretary=dict(title="dott.ssa", role="Segretario Generale", name="Rosaria Di Giacomo"),
    vote="unanimous", vote_counts=dict(present=4, voters=4, in_favour=4),
    ie=True,
    premessa=[
        "Premesso che il Codice della protezione civile, approvato con D.Lgs. 2 gennaio 2018, n. 1, "
        "riconosce il ruolo del volontariato organizzato e attribuisce ai Comuni il compito di "
        "assicurare lo svolgimento delle attività di pianificazione e di soccorso alla popolazione "
        "nell'ambito del territorio comunale;",
        "Richiamata la deliberazione del Consiglio Comunale n. 31 del 28/09/2026, con la quale è stato "
        "approvato l'aggiornamento del Piano comunale di protezione civile;",
        "Dato atto che l'Associazione di volontariato \"Nucleo Volontari Protezione Civile Bellizzi\", "
        "con sede in via Valle dell'Irno n. 14, è iscritta nell'elenco territoriale del volontariato "
        "di protezione civile della Regione Campania e opera sul territorio comunale dal 2009 con "
        "mezzi e personale formato;",
        "Considerato che la convenzione in essere, approvata con deliberazione della Giunta Comunale "
        "n. 52 del 21/03/2025, scade il 31/03/2028 e che occorre garantire senza interruzioni il "
        "presidio delle emergenze, il servizio di vigilanza antincendio boschivo e il supporto alle "
        "manifestazioni pubbliche;",
        "Visto l'art. 56 del D.Lgs. 3 luglio 2017, n. 117 (Codice del Terzo settore);",
        "Visti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 "
        "del D.Lgs. 18 agosto 2000, n. 267, riportati in calce;",
    ],
    event=("Dato atto che, prima della votazione, l'Assessore D'AMBROSIO Gerardo si allontana dalla "
           "sala dichiarando di trovarsi in una situazione di potenziale conflitto di interessi ai "
           "sensi dell'art. 78, comma 2, del D.Lgs. 267/2000, in quanto socio dell'Associazione; "
           "componenti presenti n. 4;"),
    vote_text="Con voti favorevoli unanimi dei n. 4 componenti presenti e votanti, espressi nelle forme di legge,",
    points=[
        "di approvare lo schema di convenzione con l'Associazione di volontariato \"Nucleo Volontari "
        "Protezione Civile Bellizzi\", composto da n. 12 articoli, allegato al presente atto sotto la "
        "lettera A) quale parte integrante e sostanziale;",
        "di stabilire che la convenzione avrà durata triennale, dal 01/04/2028 al 31/03/2031, e che "
        "all'Associazione sarà riconosciuto il solo rimborso delle spese effettivamente sostenute e "
        "documentate, nel limite massimo annuo di euro 6.500,00;",
        "di demandare al Responsabile del Settore Affari Generali e Istituzionali la sottoscrizione "
        "della convenzione e l'adozione degli atti gestionali conseguenti, compreso l'impegno di spesa "
        "sul capitolo 1310/4 del bilancio di previsione 2028-2030;",
        "di trasmettere copia del presente atto all'Associazione e al Settore Economico-Finanziario.",
    ],
    ie_text=("Successivamente, stante l'urgenza di garantire la continuità del servizio a partire dal "
             "01/04/2028, con separata votazione unanime favorevole, la presente deliberazione viene "
             "dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000."),
    pareri=[("REGOLARITÀ TECNICA", "Il Responsabile del Settore Affari Generali e Istituzionali", "dott. Vincenzo Mottola", "02/03/2028"),
            ("REGOLARITÀ CONTABILE", "Il Responsabile del Settore Economico-Finanziario", "dott.ssa Lucia Pastore", "03/03/2028")],
))

# =============================================================== 2 Bellizzi G 41
ACTS.append(dict(
    file="giunta-bellizzi-sicraweb-41.pdf", muni=BEL, house="sicraweb",
    organ="Giunta Comunale", number=41, date="2028-03-14", time="12:00",
    date_words="il giorno quattordici del mese di marzo",
    subject=("Atto di indirizzo al Responsabile del Settore Tecnico per la partecipazione all'avviso "
             "regionale per la riqualificazione delle aree verdi urbane – Parco \"Pablo Neruda\" di "
             "via Roma. CUP G38H28000140006."),
    proposal_number=49, proposal_date="2028-03-10",
    proposing_office="Settore Tecnico – Lavori Pubblici",
    roll=roll(BEL_GIUNTA, {"CERULLO Raffaele", "SORRENTINO Anna Maria"}),
    president=dict(title="avv.", role="Vice Sindaco", name="Immacolata Pagano", fem=True),
    secretary=dict(title="dott.", role="Vice Segretario Generale", name="Alfonso Sica"),
    vote="unanimous", vote_counts=dict(present=5, in_favour=5),
    ie=True,
    premessa=[
        "Premesso che la Regione Campania, con decreto dirigenziale n. 61 del 15/02/2028, ha approvato "
        "l'avviso pubblico per il finanziamento di interventi di riqualificazione e messa in sicurezza "
        "delle aree verdi urbane, con scadenza per la presentazione delle candidature fissata al "
        "31/03/2028;",
        "Considerato che il Parco \"Pablo Neruda\" di via Roma necessita di interventi di sostituzione "
        "delle attrezzature ludiche, di rifacimento dei percorsi pedonali e di potenziamento "
        "dell'impianto di illuminazione, come rilevato nella relazione del Settore Tecnico prot. "
        "n. 4187 del 08/03/2028;",
        "Ritenuto di fornire al Responsabile del Settore Tecnico gli indirizzi per la predisposizione "
        "della candidatura, per un importo complessivo dell'intervento stimato in euro 285.000,00, "
        "di cui euro 28.500,00 a titolo di cofinanziamento comunale;",
        "Visti i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
    ],
    event=("Alle ore 12:20, prima della trattazione dell'argomento, entra l'Assessore SORRENTINO Anna "
           "Maria; componenti presenti n. 5."),
    vote_text="Con voti unanimi favorevoli dei n. 5 componenti presenti, resi per alzata di mano,",
    points=[
        "di formulare al Responsabile del Settore Tecnico l'indirizzo di partecipare all'avviso "
        "regionale richiamato in premessa con il progetto di riqualificazione del Parco \"Pablo "
        "Neruda\" di via Roma, per l'importo complessivo di euro 285.000,00;",
        "di dare atto che la quota di cofinanziamento comunale, pari a euro 28.500,00, troverà "
        "copertura sul capitolo 2916/1 del bilancio 2028-2030, annualità 2028;",
        "di individuare quale Responsabile Unico del Progetto l'ing. Carmela Budetta, funzionario del "
        "Settore Tecnico;",
        "di autorizzare il Sindaco alla sottoscrizione della domanda di partecipazione e di ogni atto "
        "connesso;",
        "di dare atto che il presente provvedimento non comporta, allo stato, impegno di spesa.",
    ],
    ie_text=("Con successiva e separata votazione unanime, la Giunta Comunale dichiara il presente atto "
             "immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, in "
             "considerazione della scadenza dell'avviso."),
    pareri=[("REGOLARITÀ TECNICA", "Il Responsabile del Settore Tecnico", "ing. Pasquale Rago", "10/03/2028"),
            ("REGOLARITÀ CONTABILE", "Il Responsabile del Settore Economico-Finanziario", "dott.ssa Lucia Pastore", "13/03/2028")],
))

# =============================================================== 3 Bellizzi C 9
ACTS.append(dict(
    file="consiglio-bellizzi-sicraweb-9.pdf", muni=BEL, house="sicraweb",
    organ="Consiglio Comunale", number=9, date="2028-03-21", time="18:00",
    date_words="il giorno ventuno del mese di marzo",
    seduta="Sessione ordinaria – Seduta pubblica di prima convocazione",
    subject=("Regolamento comunale per l'applicazione del canone patrimoniale di concessione, "
             "autorizzazione o esposizione pubblicitaria. Modifiche agli articoli 12, 18 e 27."),
    proposal_number=8, proposal_date="2028-03-06",
    proposing_office="Settore Economico-Finanziario",
    roll=roll(BEL_CONSIGLIO, {"MAIORINO Gennaro", "AMATO Filomena", "SPERANZA Donato", "IANNONE Gianluca"}),
    president=dict(title="sig.", role="Presidente del Consiglio Comunale", name="Antonio Gallo"),
    secretary=dict(title="dott.ssa", role="Segretario Generale", name="Rosaria Di Giacomo"),
    vote="majority",
    vote_counts=dict(present=14, voters=13, in_favour=10, against=3, abstained=1),
    ie=True,
    premessa=[
        "Premesso che l'art. 1, commi da 816 a 836, della legge 27 dicembre 2019, n. 160 ha istituito "
        "il canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e che il "
        "Comune di Bellizzi ne ha disciplinato l'applicazione con regolamento approvato con "
        "deliberazione del Consiglio Comunale n. 7 del 30/03/2021 e successive modificazioni;",
        "Rilevata la necessità di aggiornare la disciplina delle occupazioni temporanee per i "
        "dehors dei pubblici esercizi (art. 12), delle riduzioni per le occupazioni realizzate da "
        "associazioni senza scopo di lucro (art. 18) e delle modalità di versamento rateale (art. 27);",
        "Visto il parere favorevole dell'Organo di revisione economico-finanziaria, reso con verbale "
        "n. 4 del 14/03/2028, ai sensi dell'art. 239 del D.Lgs. 267/2000;",
        "Visto il parere favorevole della I Commissione consiliare permanente, espresso nella seduta "
        "del 16/03/2028;",
        "Uditi gli interventi dei consiglieri, riportati nel resoconto integrale della seduta;",
    ],
    event=("Alle ore 18:25, durante la relazione dell'Assessore al Bilancio, entrano in aula i "
           "consiglieri IANNONE Gianluca e AMATO Filomena (presenti n. 15). Prima della votazione "
           "esce dall'aula il consigliere PELLEGRINO Ciro (presenti n. 14)."),
    vote_text=("Con la seguente votazione, espressa per alzata di mano: presenti n. 14, votanti n. 13, "
               "voti favorevoli n. 10, voti contrari n. 3 (Caiazzo, Visconti, Mauro), astenuti n. 1 "
               "(Iannone),"),
    points=[
        "di approvare le modifiche agli articoli 12, 18 e 27 del Regolamento comunale per "
        "l'applicazione del canone patrimoniale di concessione, autorizzazione o esposizione "
        "pubblicitaria, nel testo riportato nell'allegato A) che forma parte integrante del presente "
        "atto;",
        "di stabilire che le modifiche si applicano a decorrere dal 1° gennaio 2028, ai sensi "
        "dell'art. 53, comma 16, della legge 23 dicembre 2000, n. 388;",
        "di disporre la pubblicazione del regolamento aggiornato nella sezione \"Amministrazione "
        "trasparente\" del sito istituzionale.",
    ],
    ie_text=("Successivamente, con separata votazione (presenti n. 14, votanti n. 13, favorevoli n. 10, "
             "contrari n. 3, astenuti n. 1), il Consiglio Comunale dichiara la presente deliberazione "
             "immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000."),
    pareri=[("REGOLARITÀ TECNICA", "Il Responsabile del Settore Economico-Finanziario", "dott.ssa Lucia Pastore", "06/03/2028"),
            ("REGOLARITÀ CONTABILE", "Il Responsabile del Settore Economico-Finanziario", "dott.ssa Lucia Pastore", "06/03/2028")],
))

# =============================================================== 4 Bellizzi C 11
ACTS.append(dict(
    file="consiglio-bellizzi-sicraweb-11.pdf", muni=BEL, house="sicraweb",
    organ="Consiglio Comunale", number=11, date="2028-03-28", time="17:30",
    date_words="il giorno ventotto del mese di marzo",
    seduta="Sessione ordinaria – Seduta pubblica di prima convocazione",
    subject=("Approvazione del Regolamento per la concessione in uso temporaneo delle sale e degli "
             "spazi comunali."),
    proposal_number=10, proposal_date="2028-03-13",
    proposing_office="Settore Affari Generali e Istituzionali",
    roll=roll(BEL_CONSIGLIO, {"SANTORO Pasquale", "SPERANZA Donato"}),
    president=dict(title="sig.", role="Presidente del Consiglio Comunale", name="Antonio Gallo"),
    secretary=dict(title="dott.", role="Vice Segretario Generale", name="Alfonso Sica"),
    vote="majority", vote_counts=dict(present=16, in_favour=12, abstained=4),
    ie=False,
    premessa=[
        "Premesso che il Comune dispone di sale e spazi idonei ad ospitare riunioni, convegni, "
        "mostre e attività culturali, tra cui la sala consiliare, la sala polifunzionale di via "
        "Caravaggio e l'auditorium della biblioteca comunale;",
        "Ritenuto opportuno disciplinare in modo organico le modalità di richiesta, le tariffe, le "
        "esenzioni e le responsabilità dei concessionari, superando le disposizioni frammentarie "
        "contenute in atti della Giunta Comunale;",
        "Visto lo schema di regolamento, composto da n. 19 articoli, esaminato dalla II Commissione "
        "consiliare permanente nella seduta del 20/03/2028;",
        "Visto l'art. 7 del D.Lgs. 267/2000;",
    ],
    event=("Alle ore 17:50 entra in aula il consigliere SANTORO Pasquale; i consiglieri presenti sono "
           "n. 16."),
    vote_text=("Con voti favorevoli n. 12 e astenuti n. 4 (Caiazzo, Visconti, Mauro, Iannone), espressi "
               "per alzata di mano dai n. 16 consiglieri presenti,"),
    points=[
        "di approvare il Regolamento per la concessione in uso temporaneo delle sale e degli spazi "
        "comunali, composto da n. 19 articoli, allegato al presente atto quale parte integrante e "
        "sostanziale;",
        "di dare atto che il regolamento entra in vigore il quindicesimo giorno successivo alla "
        "pubblicazione della presente deliberazione all'Albo Pretorio on line;",
        "di abrogare, dalla data di entrata in vigore del regolamento, le deliberazioni della Giunta "
        "Comunale n. 88 del 12/06/2014 e n. 17 del 09/02/2019;",
        "di demandare al Responsabile del Settore Affari Generali e Istituzionali gli adempimenti "
        "conseguenti.",
    ],
    ie_text=None,
    exec_note=("La presente deliberazione diventerà esecutiva decorsi dieci giorni dalla sua "
               "pubblicazione, ai sensi dell'art. 134, comma 3, del D.Lgs. 267/2000."),
    pareri=[("REGOLARITÀ TECNICA", "Il Responsabile del Settore Affari Generali e Istituzionali", "dott. Vincenzo Mottola", "13/03/2028")],
))

# =============================================================== 5 Colli G 22
ACTS.append(dict(
    file="giunta-collideltronto-halley-22.pdf", muni=COL, house="halley",
    organ="Giunta Comunale", number=22, date="2028-03-09", time="12:00",
    date_words="il giorno nove del mese di marzo",
    subject=("CONCESSIONE CONTRIBUTO ECONOMICO ALLA PRO LOCO DI COLLI DEL TRONTO PER LE "
             "MANIFESTAZIONI DELLA FESTA DI PRIMAVERA 2028."),
    proposal_number=25, proposal_date="2028-03-06", proposing_office="AFFARI GENERALI",
    roll=roll(COL_GIUNTA, {"VAGNONI DANIELE"}),
    president=dict(title="Signor", role="SINDACO", name="CAPRIOTTI MATTEO"),
    secretary=dict(title="Dott.ssa", role="VICE SEGRETARIO COMUNALE", name="SCIARRONI LOREDANA"),
    vote="unanimous", vote_counts=dict(present=3, in_favour=3),
    ie=True,
    premessa=[
        "PREMESSO che la Pro Loco di Colli del Tronto, associazione di promozione sociale iscritta al "
        "Registro Unico Nazionale del Terzo Settore, organizza ogni anno la Festa di Primavera, che "
        "comprende la mostra mercato dei prodotti tipici, la camminata lungo il fiume Tronto e gli "
        "spettacoli in piazza Roma;",
        "VISTA la richiesta di contributo presentata dalla Pro Loco in data 20/02/2028, assunta al "
        "protocollo comunale al n. 1342, corredata dal programma delle iniziative e dal piano "
        "finanziario, che evidenzia una spesa complessiva di euro 9.800,00;",
        "VISTO il Regolamento comunale per la concessione di contributi e vantaggi economici, "
        "approvato con deliberazione del Consiglio Comunale n. 14 del 27/04/2018;",
        "RITENUTO di concedere un contributo di euro 2.500,00, pari a circa il 25 per cento della "
        "spesa prevista;",
        "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 49 del "
        "D.Lgs. n. 267/2000;",
    ],
    event=("Prima della votazione l'Assessore TASSOTTI LUIGI, presidente della Pro Loco, esce dalla "
           "sala e non partecipa alla deliberazione (presenti n. 3)."),
    vote_text="Con voti unanimi favorevoli dei n. 3 presenti, resi nei modi di legge,",
    points=[
        "DI CONCEDERE alla Pro Loco di Colli del Tronto un contributo economico di euro 2.500,00 per "
        "l'organizzazione delle manifestazioni della Festa di Primavera 2028;",
        "DI DARE ATTO che la spesa trova copertura al capitolo 10520/2 del bilancio di previsione "
        "2028/2030, esercizio 2028;",
        "DI STABILIRE che il contributo sarà liquidato a seguito della presentazione del rendiconto "
        "delle spese sostenute, ai sensi dell'art. 11 del Regolamento comunale;",
        "DI DEMANDARE al Responsabile del Servizio Amministrativo gli adempimenti conseguenti, "
        "compresa la pubblicazione ai sensi dell'art. 26 del D.Lgs. n. 33/2013.",
    ],
    ie_text=("Con separata ed unanime votazione favorevole, la presente deliberazione viene dichiarata "
             "immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000."),
    pareri=[("REGOLARITA' TECNICA", "Il Responsabile del servizio", "PALESTINI ROBERTO", "06-03-2028"),
            ("REGOLARITA' CONTABILE", "Il Responsabile del servizio finanziario", "MARINI ELEONORA", "07-03-2028")],
))

# =============================================================== 6 Colli G 25
ACTS.append(dict(
    file="giunta-collideltronto-halley-25.pdf", muni=COL, house="halley",
    organ="Giunta Comunale", number=25, date="2028-03-16", time="13:00",
    date_words="il giorno sedici del mese di marzo",
    subject=("APPROVAZIONE PROGETTO DI FATTIBILITA' TECNICO-ECONOMICA DEI LAVORI DI MESSA IN "
             "SICUREZZA DELLA STRADA COMUNALE DI CONTRADA SAN BASSO - CUP C27H28000050004."),
    proposal_number=29, proposal_date="2028-03-13", proposing_office="LAVORI PUBBLICI",
    roll=roll(COL_GIUNTA, {"PEROTTI SILVIA"}),
    president=dict(title="Signor", role="SINDACO", name="CAPRIOTTI MATTEO"),
    secretary=dict(title="Dott.ssa", role="VICE SEGRETARIO COMUNALE", name="SCIARRONI LOREDANA"),
    vote="unanimous", vote_counts=dict(present=5, in_favour=5),
    ie=True,
    premessa=[
        "PREMESSO che la strada comunale di contrada San Basso presenta, nel tratto compreso tra "
        "l'incrocio con la strada provinciale e il ponte sul fosso della Torre, cedimenti della "
        "carreggiata e barriere di sicurezza non conformi;",
        "VISTO il progetto di fattibilità tecnico-economica redatto dall'Ufficio Tecnico comunale, "
        "acquisito al protocollo n. 1788 del 10/03/2028, dell'importo complessivo di euro "
        "180.000,00, di cui euro 132.400,00 per lavori a base d'asta;",
        "DATO ATTO che l'intervento è inserito nel programma triennale dei lavori pubblici 2028/2030 "
        "ed è finanziato con contributo regionale per euro 150.000,00 e con fondi propri di bilancio "
        "per euro 30.000,00;",
        "VISTO il D.Lgs. 31 marzo 2023, n. 36 e in particolare l'art. 41;",
        "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 49 del "
        "D.Lgs. n. 267/2000;",
    ],
    event=("Alle ore 13:15, prima dell'esame della proposta, entra la Vice Sindaco PEROTTI SILVIA "
           "(presenti n. 5)."),
    vote_text="Con voti unanimi favorevoli dei n. 5 presenti, espressi in forma palese,",
    points=[
        "DI APPROVARE il progetto di fattibilità tecnico-economica dei lavori di messa in sicurezza "
        "della strada comunale di contrada San Basso, dell'importo complessivo di euro 180.000,00;",
        "DI DARE ATTO che il Responsabile Unico del Progetto è il geom. Mirko Pompei, Responsabile "
        "dell'Area Tecnica;",
        "DI TRASMETTERE il presente atto alla Regione Marche ai fini della conferma del contributo.",
    ],
    ie_text=("Con successiva votazione unanime la presente deliberazione è dichiarata immediatamente "
             "eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000."),
    pareri=[("REGOLARITA' TECNICA", "Il Responsabile del servizio", "POMPEI MIRKO", "13-03-2028"),
            ("REGOLARITA' CONTABILE", "Il Responsabile del servizio finanziario", "MARINI ELEONORA", "14-03-2028")],
))

# =============================================================== 7 Colli C 6
ACTS.append(dict(
    file="consiglio-collideltronto-halley-6.pdf", muni=COL, house="halley",
    organ="Consiglio Comunale", number=6, date="2028-03-23", time="21:00",
    date_words="il giorno ventitre del mese di marzo",
    seduta="Sessione Ordinaria - Seduta Pubblica di Prima convocazione",
    subject=("APPROVAZIONE DEL PIANO ECONOMICO FINANZIARIO DEL SERVIZIO INTEGRATO DI GESTIONE DEI "
             "RIFIUTI URBANI E DELLE TARIFFE TARI PER L'ANNO 2028."),
    roll=roll(COL_CONSIGLIO, {"CAROSI STEFANO", "NEPI ALBERTO", "GIULIANI PAOLA"}),
    president=dict(title="Signor", role="SINDACO", name="CAPRIOTTI MATTEO"),
    secretary=dict(title="Dott.ssa", role="VICE SEGRETARIO COMUNALE", name="SCIARRONI LOREDANA"),
    vote="majority", vote_counts=dict(present=11, voters=9, in_favour=8, against=1, abstained=2),
    ie=True,
    premessa=[
        "PREMESSO che l'art. 1, comma 683, della legge 27 dicembre 2013, n. 147 dispone che il "
        "Consiglio Comunale approvi le tariffe della TARI in conformità al piano finanziario del "
        "servizio di gestione dei rifiuti urbani;",
        "VISTO il piano economico finanziario per l'anno 2028 validato dall'Assemblea Territoriale "
        "d'Ambito ATO 5 Ascoli Piceno con deliberazione n. 3 del 27/02/2028, che espone costi "
        "complessivi pari a euro 612.430,00;",
        "RILEVATO che le tariffe sono determinate ripartendo i costi tra utenze domestiche (78 per "
        "cento) e non domestiche (22 per cento);",
        "VISTO il parere favorevole del Revisore dei conti, prot. n. 2011 del 17/03/2028;",
        "UDITA la relazione dell'Assessore al Bilancio e gli interventi dei consiglieri ALESSANDRINI "
        "RENATO e PALESTINI GIANNA;",
    ],
    event=("Durante la relazione dell'Assessore entra in aula il Consigliere CAROSI STEFANO "
           "(presenti n. 11)."),
    vote_text=("Con voti: consiglieri presenti n. 11, votanti n. 9, favorevoli n. 8, contrari n. 1 "
               "(Alessandrini), astenuti n. 2 (Carosi, Palestini), espressi per alzata di mano,"),
    points=[
        "DI APPROVARE il piano economico finanziario del servizio integrato di gestione dei rifiuti "
        "urbani per l'anno 2028, allegato sub A) alla presente deliberazione;",
        "DI APPROVARE le tariffe TARI per l'anno 2028 per le utenze domestiche e non domestiche, "
        "come riportate nell'allegato sub B);",
        "DI STABILIRE che il versamento della TARI 2028 avvenga in tre rate con scadenza 31 maggio, "
        "31 luglio e 2 dicembre 2028;",
        "DI TRASMETTERE la presente deliberazione al Ministero dell'Economia e delle Finanze "
        "mediante inserimento nel Portale del federalismo fiscale.",
    ],
    ie_text=("Successivamente, con separata votazione (presenti n. 11, votanti n. 9, favorevoli n. 8, "
             "contrari n. 1, astenuti n. 2), la presente deliberazione viene dichiarata "
             "immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000."),
    pareri=[("REGOLARITA' TECNICA", "Il Responsabile del servizio", "MARINI ELEONORA", "15-03-2028"),
            ("REGOLARITA' CONTABILE", "Il Responsabile del servizio finanziario", "MARINI ELEONORA", "15-03-2028")],
))

# =============================================================== 8 Colli C 8
ACTS.append(dict(
    file="consiglio-collideltronto-halley-8.pdf", muni=COL, house="halley",
    organ="Consiglio Comunale", number=8, date="2028-03-30", time="21:00",
    date_words="il giorno trenta del mese di marzo",
    seduta="Sessione Ordinaria - Seduta Pubblica di Prima convocazione",
    subject=("MODIFICA DEL REGOLAMENTO PER LA DISCIPLINA DELL'IMPOSTA MUNICIPALE PROPRIA (IMU) E "
             "CONFERMA DELLE ALIQUOTE PER L'ANNO 2028."),
    roll=roll(COL_CONSIGLIO, {"FALCIONI MARCO", "CELANI ELISA"}),
    president=dict(title="Signor", role="SINDACO", name="CAPRIOTTI MATTEO"),
    secretary=dict(title="Dott.ssa", role="VICE SEGRETARIO COMUNALE", name="SCIARRONI LOREDANA"),
    vote="majority", vote_counts=dict(present=10, in_favour=7, against=3),
    ie=True,
    premessa=[
        "PREMESSO che la legge 27 dicembre 2019, n. 160, all'art. 1, commi da 739 a 783, disciplina "
        "l'imposta municipale propria e che il Comune ha approvato il relativo regolamento con "
        "deliberazione del Consiglio Comunale n. 19 del 29/07/2020;",
        "RITENUTO di modificare l'art. 6 del regolamento, relativo alle abitazioni concesse in "
        "comodato a parenti in linea retta, e l'art. 14, relativo ai versamenti effettuati da un "
        "contitolare per conto degli altri;",
        "RITENUTO altresì di confermare per l'anno 2028 le aliquote vigenti nell'anno 2027, come "
        "risultanti dal prospetto elaborato tramite il Portale del federalismo fiscale;",
        "VISTO il parere favorevole del Revisore dei conti, prot. n. 2240 del 24/03/2028;",
    ],
    event=("Alle ore 21:40, al termine della discussione, esce dall'aula il Consigliere MARCOZZI "
           "FABIO (presenti n. 10)."),
    vote_text="Con voti favorevoli n. 7, contrari n. 3, espressi per alzata di mano dai n. 10 consiglieri presenti,",
    points=[
        "DI APPROVARE le modifiche agli articoli 6 e 14 del Regolamento per la disciplina "
        "dell'imposta municipale propria, come da testo allegato sub A);",
        "DI CONFERMARE per l'anno 2028 le aliquote IMU vigenti nell'anno 2027, come da prospetto "
        "allegato sub B);",
        "DI TRASMETTERE la presente deliberazione al Ministero dell'Economia e delle Finanze nei "
        "termini di legge.",
    ],
    ie_text=("Con separata votazione (favorevoli n. 7, contrari n. 3), la presente deliberazione viene "
             "dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. "
             "267/2000."),
    pareri=[("REGOLARITA' TECNICA", "Il Responsabile del servizio", "MARINI ELEONORA", "22-03-2028"),
            ("REGOLARITA' CONTABILE", "Il Responsabile del servizio finanziario", "MARINI ELEONORA", "22-03-2028")],
))

# =============================================================== 9 San Canzian G 47
ACTS.append(dict(
    file="giunta-sancanziandisonzo-insiel-47.pdf", muni=SCI, house="insiel",
    organ="Giunta Comunale", number=47, date="2028-03-13", time="17:30",
    date_words="il giorno tredici del mese di marzo",
    subject=("PROGETTO \"ESTATE INSIEME 2028\" - CENTRI ESTIVI PER MINORI: APPROVAZIONE DEL "
             "PROGETTO E DELLE TARIFFE DI COMPARTECIPAZIONE."),
    proposal_number=58, proposal_date="2028-03-08", proposing_office="AREA SERVIZI ALLA PERSONA",
    roll=roll(SCI_GIUNTA, {"PETEANI Marisa"}),
    president=dict(title="dott.ssa", role="Sindaca", name="Giulia Pacor"),
    secretary=dict(title="dott.", role="Segretario Generale", name="Alessandro Tomasin"),
    vote="unanimous", vote_counts=dict(present=6, voters=6),
    ie=True,
    premessa=[
        "PREMESSO che il Comune organizza ogni anno, nei mesi di giugno, luglio e agosto, centri "
        "estivi per minori di eta' compresa tra i 3 e i 14 anni presso le scuole di Pieris e di "
        "Begliano;",
        "VISTO il progetto \"Estate insieme 2028\" predisposto dall'Area Servizi alla Persona, che "
        "prevede otto turni settimanali e un numero massimo di 160 iscritti per turno;",
        "RITENUTO di determinare le tariffe settimanali di compartecipazione in base all'ISEE del "
        "nucleo familiare, da un minimo di euro 25,00 a un massimo di euro 70,00, con riduzione del "
        "20 per cento per il secondo figlio iscritto;",
        "VISTI i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
    ],
    event=("Alle ore 17:45 entra l'Assessore PETEANI Marisa; i componenti presenti sono n. 6."),
    vote_text="Con voti unanimi favorevoli (presenti e votanti n. 6), espressi nelle forme di legge,",
    points=[
        "di approvare il progetto \"Estate insieme 2028\" per i centri estivi comunali, allegato "
        "alla presente deliberazione;",
        "di approvare le tariffe settimanali di compartecipazione indicate nella tabella allegata;",
        "di dare atto che la spesa presunta di euro 96.000,00 trova copertura al capitolo 1905 "
        "del bilancio 2028-2030;",
        "di incaricare il Titolare di P.O. dell'Area Servizi alla Persona dell'adozione degli atti "
        "gestionali conseguenti.",
    ],
    ie_text=("Con separata votazione unanime la presente deliberazione viene dichiarata "
             "immediatamente eseguibile ai sensi dell'art. 1, comma 19, della L.R. 11 dicembre 2003, "
             "n. 21."),
    pareri=[("REGOLARITA' TECNICA", "Il Titolare di P.O. Area Servizi alla Persona", "dott.ssa Erika Zorzenon", "08/03/2028"),
            ("REGOLARITA' CONTABILE", "Il Titolare di P.O. Area Finanziaria", "rag. Mauro Blasig", "09/03/2028")],
))

# =============================================================== 10 San Canzian G 52
ACTS.append(dict(
    file="giunta-sancanziandisonzo-insiel-52.pdf", muni=SCI, house="insiel",
    organ="Giunta Comunale", number=52, date="2028-03-20", time="18:00",
    date_words="il giorno venti del mese di marzo",
    subject=("CONCESSIONE IN COMODATO D'USO GRATUITO DEI LOCALI DELL'EX SCUOLA ELEMENTARE DI PIERIS "
             "ALL'ASSOCIAZIONE \"BISIACHI IN MOVIMENTO\" - APPROVAZIONE SCHEMA DI CONTRATTO."),
    proposal_number=63, proposal_date="2028-03-15", proposing_office="AREA TECNICA - PATRIMONIO",
    roll=roll(SCI_GIUNTA, {"MEDEOT Franco"}),
    president=dict(title="dott.ssa", role="Sindaca", name="Giulia Pacor"),
    secretary=dict(title="dott.ssa", role="Vice Segretario", name="Chiara Zotti"),
    vote="unanimous", vote_counts=dict(present=4, in_favour=4),
    ie=True,
    premessa=[
        "PREMESSO che l'immobile dell'ex scuola elementare di Pieris, in via Roma, e' inutilizzato "
        "dal 2021 e che il piano terra e' stato recentemente adeguato alle norme di sicurezza;",
        "VISTA la richiesta dell'associazione \"Bisiachi in movimento\", prot. n. 3902 del "
        "02/03/2028, volta ad ottenere i locali per attivita' motorie per anziani e laboratori "
        "intergenerazionali;",
        "VISTO il Regolamento comunale per la concessione dei beni immobili a enti del Terzo settore;",
        "VISTI i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
    ],
    event=("Prima della votazione esce dalla sala l'Assessore VISINTIN Elena, socia "
           "dell'associazione (presenti n. 4)."),
    vote_text="Con n. 4 voti favorevoli, espressi in forma palese dai n. 4 componenti presenti,",
    points=[
        "di concedere in comodato d'uso gratuito all'associazione \"Bisiachi in movimento\" i locali "
        "del piano terra dell'ex scuola elementare di Pieris per la durata di anni quattro;",
        "di approvare lo schema di contratto di comodato allegato al presente atto;",
        "di porre a carico del comodatario le spese per le utenze e la manutenzione ordinaria.",
    ],
    ie_text=("Con separata votazione unanime la presente deliberazione viene dichiarata "
             "immediatamente eseguibile ai sensi dell'art. 1, comma 19, della L.R. 21/2003."),
    pareri=[("REGOLARITA' TECNICA", "Il Titolare di P.O. Area Tecnica", "arch. Denis Miniussi", "15/03/2028")],
))

# =============================================================== 11 San Canzian C 5
ACTS.append(dict(
    file="consiglio-sancanziandisonzo-insiel-5.pdf", muni=SCI, house="insiel",
    organ="Consiglio Comunale", number=5, date="2028-03-16", time="20:00",
    time_printed="20.00",
    date_words="il giorno sedici del mese di marzo",
    seduta="Seduta ordinaria pubblica di prima convocazione",
    subject=("APPROVAZIONE DEL DOCUMENTO UNICO DI PROGRAMMAZIONE (DUP) E DEL BILANCIO DI PREVISIONE "
             "FINANZIARIO PER IL TRIENNIO 2028/2030."),
    proposal_number=11, proposal_date="2028-02-26", proposing_office="AREA FINANZIARIA",
    roll=roll(SCI_CONSIGLIO, {"BERTOS Gianni", "CUMAR Loredana", "SPANGHERO Ivan"}),
    roll_roles={"PACOR Giulia": "Sindaca"},
    president=dict(title="dott.ssa", role="Sindaca", name="Giulia Pacor"),
    secretary=dict(title="dott.", role="Segretario Generale", name="Alessandro Tomasin"),
    vote="majority", vote_counts=dict(present=14, voters=14, in_favour=10, against=4),
    ie=True,
    premessa=[
        "PREMESSO che la legge regionale 17 luglio 2015, n. 18 disciplina la finanza locale dei "
        "Comuni del Friuli Venezia Giulia e fissa i termini per l'approvazione dei documenti "
        "contabili;",
        "VISTA la deliberazione della Giunta Comunale n. 31 del 19/02/2028 di approvazione dello "
        "schema di DUP 2028-2030 e dello schema di bilancio di previsione 2028-2030;",
        "VISTA la relazione dell'Organo di revisione, verbale n. 2 del 05/03/2028;",
        "UDITA l'illustrazione dell'Assessore al Bilancio COCIANI Renzo e gli interventi dei "
        "consiglieri BERTOS, DEVETAK e MAREGA;",
    ],
    event=("Alle ore 20.25 entra il consigliere BERTOS Gianni (presenti n. 15). Alle ore 21.10, prima "
           "della votazione, esce il consigliere DEVETAK Igor (presenti n. 14)."),
    vote_text=("Con voti favorevoli n. 10, contrari n. 4 (Bertos, Bressan, Polese, Toffoli), espressi "
               "per alzata di mano dai n. 14 consiglieri presenti e votanti,"),
    points=[
        "di approvare il Documento Unico di Programmazione (DUP) 2028-2030;",
        "di approvare il bilancio di previsione finanziario 2028-2030 e i relativi allegati;",
        "di dare atto che il bilancio rispetta gli equilibri di cui all'art. 162 del D.Lgs. "
        "267/2000;",
        "di trasmettere i dati del bilancio alla Banca Dati delle Amministrazioni Pubbliche (BDAP).",
    ],
    ie_text=("Con separata votazione (favorevoli n. 10, contrari n. 4) la presente deliberazione e' "
             "dichiarata immediatamente eseguibile ai sensi dell'art. 1, comma 19, della L.R. "
             "21/2003."),
    pareri=[("REGOLARITA' TECNICA", "Il Titolare di P.O. Area Finanziaria", "rag. Mauro Blasig", "26/02/2028"),
            ("REGOLARITA' CONTABILE", "Il Titolare di P.O. Area Finanziaria", "rag. Mauro Blasig", "26/02/2028")],
))

# =============================================================== 12 San Canzian C 7
ACTS.append(dict(
    file="consiglio-sancanziandisonzo-insiel-7.pdf", muni=SCI, house="insiel",
    organ="Consiglio Comunale", number=7, date="2028-03-27", time="20:00",
    time_printed="20.00",
    date_words="il giorno ventisette del mese di marzo",
    seduta="Seduta ordinaria pubblica di prima convocazione",
    subject=("APPROVAZIONE DEL REGOLAMENTO PER L'ISTITUZIONE E IL FUNZIONAMENTO DELLA CONSULTA "
             "COMUNALE DEI GIOVANI."),
    proposal_number=15, proposal_date="2028-03-09", proposing_office="AREA SERVIZI ALLA PERSONA",
    roll=roll(SCI_CONSIGLIO, {"TOFFOLI Sara", "POLESE Enrico", "FURLAN Dario", "CLEMENTE Tiziana"}),
    roll_roles={"PACOR Giulia": "Sindaca"},
    president=dict(title="dott.ssa", role="Sindaca", name="Giulia Pacor"),
    secretary=dict(title="dott.ssa", role="Vice Segretario", name="Chiara Zotti"),
    vote="majority", vote_counts=dict(present=14, voters=12, in_favour=11, against=1, abstained=2),
    ie=False,
    premessa=[
        "PREMESSO che lo Statuto comunale, all'art. 42, promuove la partecipazione dei giovani alla "
        "vita della comunita' attraverso organismi consultivi;",
        "VISTO lo schema di regolamento, composto da n. 14 articoli, esaminato dalla Commissione "
        "consiliare Affari Generali nella seduta del 14/03/2028;",
        "UDITI gli interventi riportati nel resoconto della seduta;",
    ],
    event=("Alle ore 20.15 entra la consigliera TOFFOLI Sara (presenti n. 14)."),
    vote_text=("Con la seguente votazione palese: presenti n. 14, votanti n. 12, favorevoli n. 11, "
               "contrari n. 1 (Bertos), astenuti n. 2 (Cumar, Toffoli),"),
    points=[
        "di approvare il Regolamento per l'istituzione e il funzionamento della Consulta comunale "
        "dei giovani, composto da n. 14 articoli, allegato al presente atto;",
        "di dare atto che il Regolamento entra in vigore dalla data di esecutivita' della presente "
        "deliberazione.",
    ],
    ie_text=None,
    exec_note=("La presente deliberazione diventa esecutiva dal giorno successivo al termine della "
               "pubblicazione ai sensi dell'art. 1, comma 1, della L.R. 21/2003."),
    pareri=[("REGOLARITA' TECNICA", "Il Titolare di P.O. Area Servizi alla Persona", "dott.ssa Erika Zorzenon", "09/03/2028")],
))

BY_FILE = {a["file"]: a for a in ACTS}

NUM_WORDS = {2028: "duemilaventotto"}


def dmy(iso, sep="/"):
    y, m, d = iso.split("-")
    return f"{d}{sep}{m}{sep}{y}"


def present_count(a):
    return sum(1 for r in a["roll"] if r[2])
