# -*- coding: utf-8 -*-
"""Content of the twelve minutes of set mix-132-b (all people, numbers and
facts invented).  The renderers (ardore_*.py, villacarcina_*.py,
oschiri_*.py) lay these out in each Comune's house style; keys_make.py keys
them from the same data and checks every keyed string against pdftotext."""

DAYWORD = {1: 'uno', 2: 'due', 3: 'tre', 4: 'quattro', 8: 'otto', 9: 'nove',
           10: 'dieci', 11: 'undici', 29: 'ventinove'}

def it_date(iso):
    y, m, d = iso.split('-')
    return '%s/%s/%s' % (d, m, y)

# ---------------------------------------------------------------- ARDORE
ARD_GIUNTA = [
    ("MULTARI Giuseppe", "Sindaco"), ("FUTIA Caterina", "Vice Sindaco"),
    ("ZAPPIA Domenico", "Assessore"), ("SPANO' Rosaria", "Assessore"),
    ("IERINO' Francesco", "Assessore"),
]
ARD_CONSIGLIO = [
    ("MULTARI Giuseppe", "Sindaco"), ("SCALI Vincenzo", "Presidente"),
    ("FUTIA Caterina", "Consigliere"), ("ZAPPIA Domenico", "Consigliere"),
    ("SPANO' Rosaria", "Consigliere"), ("IERINO' Francesco", "Consigliere"),
    ("MACRI' Antonio", "Consigliere"), ("ROMEO Grazia", "Consigliere"),
    ("COMMISSO Salvatore", "Consigliere"), ("AGOSTINO Bruno", "Consigliere"),
    ("SERGI Marianna", "Consigliere"), ("FRAGOMENI Carmelo", "Consigliere"),
    ("JERACI Pasquale", "Consigliere"),
]
ARD_SECRETARY = {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Anna Maria Gullace"}
ARD_SINDACO = {"title": "dott.", "role": "Sindaco", "name": "Giuseppe Multari"}

def roll(members, absent):
    return [(n, r, n not in absent) for n, r in members]

ACTS = []

ACTS.append(dict(
    id='A1', comune='ardore', file='deliberazione-ardore-asmenet.pdf',
    municipality='Comune di Ardore', organ='Giunta Comunale', kind='deliberazione',
    number=87, date='2028-08-03', time='12:30', time_print='12:30',
    proposal=(101, '2028-08-01', 'AREA AMMINISTRATIVA'),
    subject='APPROVAZIONE PROGRAMMA DELLE MANIFESTAZIONI ESTIVE "ARDORE ESTATE 2028" E CONCESSIONE CONTRIBUTO ALLA PRO LOCO DI ARDORE.',
    roll=roll(ARD_GIUNTA, {"SPANO' Rosaria"}),
    president=ARD_SINDACO, secretary=ARD_SECRETARY,
    premises=[
        "PREMESSO che l'Amministrazione comunale intende promuovere, nel periodo estivo, iniziative culturali, musicali e sportive volte alla valorizzazione del territorio e all'accoglienza dei turisti presenti sul litorale di Ardore Marina;",
        "VISTA la nota acquisita al prot. n. 6418 del 24/07/2028, con la quale la Pro Loco di Ardore ha trasmesso il programma delle manifestazioni \"Ardore Estate 2028\", da svolgersi dal 10 al 31 agosto 2028, chiedendo un contributo economico di euro 6.500,00;",
        "VISTO il vigente Regolamento comunale per la concessione di contributi e vantaggi economici, approvato con deliberazione del Consiglio Comunale n. 14 del 27/04/2016;",
        "DATO ATTO che la spesa trova copertura alla Missione 7, Programma 1, capitolo 7220 del bilancio di previsione 2028-2030, che presenta la necessaria disponibilita';",
        "ACQUISITI i pareri favorevoli di regolarita' tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. n. 267/2000, riportati in calce;",
    ],
    vote_text="CON VOTI unanimi favorevoli, resi nelle forme di legge;",
    vote='unanimous', vote_counts=None,
    points=[
        "di approvare il programma delle manifestazioni estive \"Ardore Estate 2028\" presentato dalla Pro Loco di Ardore, che si allega al presente atto per farne parte integrante e sostanziale;",
        "di concedere alla Pro Loco di Ardore un contributo di euro 6.500,00 per la realizzazione delle iniziative in programma, da liquidare previa presentazione del rendiconto delle spese sostenute;",
        "di demandare al Responsabile dell'Area Amministrativa l'adozione degli atti gestionali conseguenti.",
    ],
    ie=True,
    ie_text="SUCCESSIVAMENTE, con separata votazione unanime, la Giunta Comunale DICHIARA il presente atto immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.",
    pareri=[("REGOLARITA' TECNICA", "Il Responsabile dell'Area Amministrativa", "dott. Rocco Barbaro"),
            ("REGOLARITA' CONTABILE", "Il Responsabile dell'Area Economico-Finanziaria", "rag. Carmela Pelle")],
    pub=('05/08/2028', 903),
))

ACTS.append(dict(
    id='A2', comune='ardore', file='giunta-ardore-asmenet.pdf',
    municipality='Comune di Ardore', organ='Giunta Comunale', kind='deliberazione',
    number=92, date='2028-08-10', time='13:00', time_print='13:00',
    proposal=(108, '2028-08-09', 'AREA TECNICA'),
    subject="PRELEVAMENTO DAL FONDO DI RISERVA PER INTERVENTI URGENTI DI RIPARAZIONE DELLA CONDOTTA IDRICA IN LOCALITA' ARDORE MARINA.",
    roll=roll(ARD_GIUNTA, {"FUTIA Caterina"}),
    president=ARD_SINDACO, secretary=ARD_SECRETARY,
    premises=[
        "PREMESSO che nella giornata del 07/08/2028 si e' verificata la rottura della condotta adduttrice che alimenta la zona di Ardore Marina, con interruzione del servizio idrico per numerose utenze, anche a carattere turistico;",
        "VISTA la relazione del Responsabile dell'Area Tecnica, ing. Domenico Catanzariti, prot. n. 6811 del 08/08/2028, con la quale e' stata quantificata in euro 18.400,00 la spesa necessaria per la riparazione della condotta e il ripristino del manto stradale;",
        "CONSIDERATO che il capitolo di spesa relativo non presenta sufficiente disponibilita' e che occorre pertanto procedere al prelevamento dal fondo di riserva ai sensi dell'art. 166 del D.Lgs. n. 267/2000;",
        "DATO ATTO che il fondo di riserva iscritto nel bilancio di previsione 2028-2030 presenta, alla data odierna, una disponibilita' di euro 31.250,00;",
        "ACQUISITI i pareri favorevoli di regolarita' tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. n. 267/2000, riportati in calce;",
    ],
    vote_text="CON VOTI unanimi favorevoli, resi nelle forme di legge;",
    vote='unanimous', vote_counts=None,
    points=[
        "di prelevare dal fondo di riserva la somma di euro 18.400,00, destinandola al capitolo 9410 \"Manutenzione straordinaria rete idrica\" del bilancio di previsione 2028-2030, annualita' 2028;",
        "di dare atto che, a seguito del prelevamento, il fondo di riserva presenta una disponibilita' residua di euro 12.850,00;",
        "di comunicare il presente provvedimento al Consiglio Comunale nei termini previsti dal vigente regolamento di contabilita';",
        "di incaricare il Responsabile dell'Area Tecnica degli adempimenti conseguenti.",
    ],
    ie=True,
    ie_text="SUCCESSIVAMENTE, stante l'urgenza di ripristinare il servizio, con separata votazione unanime, la Giunta Comunale DICHIARA il presente atto immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.",
    pareri=[("REGOLARITA' TECNICA", "Il Responsabile dell'Area Tecnica", "ing. Domenico Catanzariti"),
            ("REGOLARITA' CONTABILE", "Il Responsabile dell'Area Economico-Finanziaria", "rag. Carmela Pelle")],
    pub=('11/08/2028', 931),
))

ARD_PRES_CONS = {"title": "sig.", "role": "Presidente del Consiglio", "name": "Vincenzo Scali"}

ACTS.append(dict(
    id='A3', comune='ardore', file='consiglio-ardore-asmenet.pdf',
    municipality='Comune di Ardore', organ='Consiglio Comunale', kind='deliberazione',
    number=21, date='2028-08-04', time='18:00', time_print='18:00',
    proposal=(98, '2028-08-01', 'AREA ECONOMICO-FINANZIARIA'),
    subject="ASSESTAMENTO GENERALE E SALVAGUARDIA DEGLI EQUILIBRI DI BILANCIO PER L'ESERCIZIO 2028 (ARTT. 175, COMMA 8, E 193 DEL D.LGS. N. 267/2000).",
    roll=roll(ARD_CONSIGLIO, {"MACRI' Antonio", "FRAGOMENI Carmelo"}),
    president=ARD_PRES_CONS, secretary=ARD_SECRETARY,
    premises=[
        "Il Presidente introduce il punto n. 2 all'ordine del giorno e cede la parola all'Assessore al Bilancio, Domenico Zappia, che illustra la proposta di deliberazione e le variazioni di assestamento;",
        "Interviene il consigliere Commisso, il quale lamenta la ridotta entita' delle risorse destinate alla manutenzione delle strade interne e dichiara il voto contrario del gruppo di minoranza;",
        "VISTI gli artt. 175, comma 8, e 193 del D.Lgs. n. 267/2000, in base ai quali l'organo consiliare provvede con apposita deliberazione alla verifica del permanere degli equilibri generali di bilancio e all'assestamento generale;",
        "VISTA la deliberazione del Consiglio Comunale n. 9 del 29/03/2028, con la quale e' stato approvato il bilancio di previsione 2028-2030;",
        "VISTO il parere favorevole del Revisore dei conti, dott. Giovanni Sorbara, reso con verbale n. 9 del 02/08/2028;",
        "ACQUISITI i pareri favorevoli di regolarita' tecnica e contabile del Responsabile dell'Area Economico-Finanziaria;",
    ],
    vote_text="CON LA SEGUENTE VOTAZIONE, resa per alzata di mano: presenti n. 11, votanti n. 11, voti favorevoli n. 8, voti contrari n. 3 (Commisso, Sergi, Jeraci), astenuti n. 0;",
    vote='majority', vote_counts={"present": 11, "voters": 11, "in_favour": 8, "against": 3, "abstained": 0},
    points=[
        "di approvare l'assestamento generale del bilancio di previsione 2028-2030, con le variazioni di competenza e di cassa riportate negli allegati A) e B) alla presente deliberazione;",
        "di dare atto del permanere degli equilibri generali di bilancio, come risulta dal prospetto allegato C);",
        "di dare atto che, sulla base delle attestazioni dei Responsabili di Area, non sussistono debiti fuori bilancio da riconoscere;",
        "di trasmettere copia della presente deliberazione al Tesoriere comunale.",
    ],
    ie=True,
    ie_text="SUCCESSIVAMENTE, con separata votazione (presenti n. 11, favorevoli n. 8, contrari n. 3), il Consiglio Comunale DICHIARA il presente atto immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.",
    pareri=[("REGOLARITA' TECNICA", "Il Responsabile dell'Area Economico-Finanziaria", "rag. Carmela Pelle"),
            ("REGOLARITA' CONTABILE", "Il Responsabile dell'Area Economico-Finanziaria", "rag. Carmela Pelle")],
    pub=('08/08/2028', 917),
    session='ordinaria', seduta='pubblica', conv='prima',
))

ACTS.append(dict(
    id='A4', comune='ardore', file='consiglio-ardore-asmenet-stampa.pdf',
    municipality='Comune di Ardore', organ='Consiglio Comunale', kind='deliberazione',
    number=22, date='2028-08-04', time='18:00', time_print='18:00',
    proposal=(99, '2028-08-01', "AREA VIGILANZA E ATTIVITA' PRODUTTIVE"),
    subject="APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA DISCIPLINA DEL COMMERCIO SU AREE PUBBLICHE.",
    roll=roll(ARD_CONSIGLIO, {"MACRI' Antonio", "FRAGOMENI Carmelo", "COMMISSO Salvatore"}),
    president=ARD_PRES_CONS, secretary=ARD_SECRETARY,
    premises=[
        "Prima della trattazione del punto n. 3 all'ordine del giorno esce dall'aula il consigliere Commisso; i presenti sono pertanto n. 10;",
        "Il Presidente cede la parola al Sindaco, il quale illustra lo schema di regolamento, esaminato dalla competente Commissione consiliare nella seduta del 28/07/2028;",
        "VISTO il D.Lgs. n. 114/1998 e la legge regionale della Calabria in materia di commercio su aree pubbliche;",
        "RITENUTO necessario dotare l'Ente di un regolamento aggiornato per la disciplina dei mercati settimanali, delle fiere e dei posteggi isolati, anche in vista della stagione estiva;",
        "ACQUISITI i pareri favorevoli di regolarita' tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
    ],
    vote_text="CON LA SEGUENTE VOTAZIONE, resa per alzata di mano: presenti n. 10, votanti n. 10, voti favorevoli n. 10, voti contrari n. 0, astenuti n. 0;",
    vote='unanimous', vote_counts={"present": 10, "voters": 10, "in_favour": 10, "against": 0, "abstained": 0},
    points=[
        "di approvare il Regolamento comunale per la disciplina del commercio su aree pubbliche, composto da n. 42 articoli, che si allega al presente atto sotto la lettera A);",
        "di dare atto che il Regolamento entra in vigore il quindicesimo giorno successivo alla sua pubblicazione all'Albo Pretorio on line;",
        "di abrogare il precedente regolamento approvato con deliberazione del Consiglio Comunale n. 31 del 18/11/2009.",
    ],
    ie=False,
    ie_text="La presente deliberazione diverra' esecutiva decorsi dieci giorni dalla pubblicazione, ai sensi dell'art. 134, comma 3, del D.Lgs. n. 267/2000.",
    pareri=[("REGOLARITA' TECNICA", "Il Responsabile dell'Area Vigilanza", "magg. Salvatore Muscolo"),
            ("REGOLARITA' CONTABILE", "Il Responsabile dell'Area Economico-Finanziaria", "rag. Carmela Pelle")],
    pub=('08/08/2028', 918),
    session='ordinaria', seduta='pubblica', conv='prima',
))

# ---------------------------------------------------------------- VILLA CARCINA
VC_GIUNTA = [
    ("ZANETTI Marco", "Sindaco"), ("GHIDINI Laura", "Vice Sindaco"),
    ("SABATTI Piero", "Assessore"), ("BELLERI Chiara", "Assessore"),
    ("PEDRALI Stefano", "Assessore"), ("TANGHETTI Elena", "Assessore"),
    ("COMINELLI Luca", "Assessore"),
]
VC_CONSIGLIO = [("ZANETTI Marco", "Sindaco")] + [(n, "Consigliere") for n in [
    "BERETTA Giulia", "ZUBANI Andrea", "RONCHI Paola", "BONTEMPI Davide",
    "GITTI Silvia", "BERTOLI Mauro", "GUERINI Federica", "MARCHINA Enrico",
    "POLI Alessandro", "BIANCHETTI Sara", "RAZA Nicola", "GATTA Roberto",
    "ZANARDELLI Irene", "GUSSAGO Matteo", "BONOMI Claudio", "BELLERI Giorgio"]]
VC_SECRETARY = {"title": "dott.", "role": "Segretario Comunale", "name": "Fabio Lazzari"}
VC_SINDACO = {"role": "Sindaco", "name": "Marco Zanetti"}

ACTS.append(dict(
    id='B1', comune='villacarcina', file='deliberazione-villacarcina-dedalo.pdf',
    municipality='Comune di Villa Carcina', organ='Giunta Comunale', kind='deliberazione',
    number=104, date='2028-08-02', time='18:30', time_print='18.30',
    proposal=(131, '2028-08-01', 'Area Tecnica – Servizio Lavori Pubblici'),
    subject='Approvazione del progetto di fattibilità tecnico-economica dei lavori di riqualificazione energetica della palestra della scuola primaria di Cogozzo (CUP G75B28000140004)',
    roll=roll(VC_GIUNTA, {"PEDRALI Stefano", "TANGHETTI Elena"}),
    president=VC_SINDACO, secretary=VC_SECRETARY,
    premises=[
        "Premesso che la palestra annessa alla scuola primaria di Cogozzo, in via Marconi, presenta un involucro edilizio e impianti di riscaldamento e illuminazione non più rispondenti ai requisiti minimi di prestazione energetica;",
        "Richiamato il programma triennale dei lavori pubblici 2028-2030, approvato con deliberazione del Consiglio Comunale n. 7 del 27/02/2028, che prevede l’intervento nell’annualità 2028;",
        "Visto il progetto di fattibilità tecnico-economica redatto dallo Studio associato Bontempi Ingegneri di Lumezzane, acquisito al protocollo n. 12877 del 24/07/2028, per un importo complessivo di euro 480.000,00, di cui euro 362.500,00 per lavori;",
        "Dato atto che l’intervento è finanziato per euro 300.000,00 con contributo regionale e per la restante parte con fondi propri di bilancio;",
        "Acquisiti i pareri favorevoli di regolarità tecnica e contabile, espressi ai sensi dell’art. 49 del D.Lgs. 18 agosto 2000, n. 267;",
    ],
    vote_text="Con voti unanimi favorevoli, espressi nelle forme di legge,",
    vote='unanimous', vote_counts=None,
    points=[
        "di approvare il progetto di fattibilità tecnico-economica dei lavori di riqualificazione energetica della palestra della scuola primaria di Cogozzo, per un importo complessivo di euro 480.000,00;",
        "di dare atto che la spesa è prevista alla Missione 4, Programma 2, del bilancio di previsione 2028-2030;",
        "di individuare quale Responsabile Unico del Progetto l’arch. Silvia Marniga, Responsabile dell’Area Tecnica;",
        "di trasmettere il presente atto alla Regione Lombardia ai fini dell’erogazione del contributo.",
    ],
    ie=True,
    ie_text="Successivamente, con separata votazione unanime, la Giunta Comunale dichiara la presente deliberazione immediatamente eseguibile, ai sensi dell’art. 134, comma 4, del D.Lgs. n. 267/2000, al fine di rispettare i termini del bando regionale.",
    pub=('04/08/2028', 1416),
))

ACTS.append(dict(
    id='B2', comune='villacarcina', file='giunta-villacarcina-dedalo.pdf',
    municipality='Comune di Villa Carcina', organ='Giunta Comunale', kind='deliberazione',
    number=110, date='2028-08-09', time='17:00', time_print='17.00',
    proposal=(138, '2028-08-08', 'Area Economico-Finanziaria'),
    subject='Variazione d’urgenza al bilancio di previsione 2028-2030 ai sensi dell’art. 175, comma 4, del D.Lgs. n. 267/2000',
    roll=roll(VC_GIUNTA, {"ZANETTI Marco", "SABATTI Piero"}),
    president={"title": "dott.ssa", "role": "Vice Sindaco", "name": "Laura Ghidini"}, secretary=VC_SECRETARY,
    premises=[
        "Premesso che con deliberazione del Consiglio Comunale n. 9 del 20/03/2028 è stato approvato il bilancio di previsione finanziario 2028-2030;",
        "Considerato che in data 31/07/2028 la Regione Lombardia ha comunicato l’assegnazione al Comune di un contributo di euro 45.000,00 per il potenziamento dei centri ricreativi estivi e dei servizi per la prima infanzia, da impegnare entro il 30 settembre 2028;",
        "Ritenuto che ricorrano i presupposti d’urgenza per apportare al bilancio le variazioni necessarie, non essendo possibile attendere la prima seduta utile del Consiglio Comunale;",
        "Visto il parere favorevole del Revisore dei conti, dott. Andrea Pizzamiglio, reso in data 08/08/2028;",
        "Acquisiti i pareri favorevoli di regolarità tecnica e contabile, espressi ai sensi dell’art. 49 del D.Lgs. 18 agosto 2000, n. 267;",
    ],
    vote_text="Con voti unanimi favorevoli, espressi nelle forme di legge,",
    vote='unanimous', vote_counts=None,
    points=[
        "di apportare al bilancio di previsione 2028-2030, in via d’urgenza, le variazioni di competenza e di cassa riportate nell’allegato A), che pareggiano in euro 45.000,00;",
        "di dare atto che permangono gli equilibri di bilancio e il rispetto dei vincoli di finanza pubblica;",
        "di sottoporre il presente atto alla ratifica del Consiglio Comunale entro sessanta giorni, a pena di decadenza.",
    ],
    ie=True,
    ie_text="Successivamente, con separata votazione unanime, la Giunta Comunale dichiara la presente deliberazione immediatamente eseguibile, ai sensi dell’art. 134, comma 4, del D.Lgs. n. 267/2000.",
    pub=('10/08/2028', 1449),
))

ACTS.append(dict(
    id='B3', comune='villacarcina', file='consiglio-villacarcina-dedalo.pdf',
    municipality='Comune di Villa Carcina', organ='Consiglio Comunale', kind='deliberazione',
    number=38, date='2028-08-29', time='20:30', time_print='20.30',
    proposal=(141, '2028-08-21', 'Area Economico-Finanziaria'),
    subject='Approvazione del Documento Unico di Programmazione (DUP) per il periodo 2029-2031',
    roll=roll(VC_CONSIGLIO, {"RONCHI Paola", "GATTA Roberto", "BONOMI Claudio"}),
    president=VC_SINDACO, secretary=VC_SECRETARY,
    premises=[
        "Il Sindaco illustra il Documento Unico di Programmazione 2029-2031, presentato dalla Giunta Comunale con deliberazione n. 98 del 24/07/2028 e depositato a disposizione dei Consiglieri;",
        "Interviene il consigliere Raza, capogruppo di minoranza, il quale, pur condividendo gli indirizzi in materia di opere pubbliche, annuncia l’astensione del proprio gruppo;",
        "Visto l’art. 170 del D.Lgs. 18 agosto 2000, n. 267, e il principio contabile applicato della programmazione, allegato 4/1 al D.Lgs. n. 118/2011;",
        "Visto il parere favorevole del Revisore dei conti, dott. Andrea Pizzamiglio, reso con verbale n. 14 del 18/08/2028;",
        "Acquisiti i pareri favorevoli di regolarità tecnica e contabile, espressi ai sensi dell’art. 49 del D.Lgs. n. 267/2000;",
    ],
    vote_text="Con la seguente votazione, resa per alzata di mano: Consiglieri presenti n. 14; voti favorevoli n. 10; contrari: nessuno; astenuti n. 4 (Raza, Zanardelli, Gussago, Belleri),",
    vote='majority', vote_counts={"present": 14, "in_favour": 10, "against": 0, "abstained": 4},
    points=[
        "di approvare il Documento Unico di Programmazione (DUP) per il periodo 2029-2031, allegato alla presente deliberazione quale parte integrante e sostanziale;",
        "di dare atto che il DUP costituisce presupposto necessario per la predisposizione dello schema di bilancio di previsione 2029-2031;",
        "di pubblicare il DUP sul sito istituzionale, nella sezione Amministrazione trasparente.",
    ],
    ie=True,
    ie_text="Successivamente, con separata votazione dall’esito identico (presenti n. 14, favorevoli n. 10, astenuti n. 4), il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile, ai sensi dell’art. 134, comma 4, del D.Lgs. n. 267/2000.",
    pub=('01/09/2028', 1530),
    session='ordinaria', seduta='pubblica', conv='prima',
))

ACTS.append(dict(
    id='B4', comune='villacarcina', file='ratifica-villacarcina-dedalo.pdf',
    municipality='Comune di Villa Carcina', organ='Consiglio Comunale', kind='deliberazione',
    number=39, date='2028-08-29', time='20:30', time_print='20.30',
    proposal=(139, '2028-08-10', 'Area Economico-Finanziaria'),
    subject='Ratifica della deliberazione della Giunta Comunale n. 110 del 09/08/2028 avente ad oggetto «Variazione d’urgenza al bilancio di previsione 2028-2030 ai sensi dell’art. 175, comma 4, del D.Lgs. n. 267/2000»',
    roll=roll(VC_CONSIGLIO, {"GATTA Roberto", "BONOMI Claudio"}),
    president=VC_SINDACO, secretary=VC_SECRETARY,
    premises=[
        "Prima della trattazione del punto entra in aula la consigliera Ronchi; i presenti sono pertanto n. 15;",
        "Richiamata la deliberazione della Giunta Comunale n. 110 del 09/08/2028, dichiarata immediatamente eseguibile, con la quale sono state apportate in via d’urgenza variazioni al bilancio di previsione 2028-2030 per euro 45.000,00;",
        "Visto l’art. 175, comma 4, del D.Lgs. n. 267/2000, ai sensi del quale le variazioni adottate dalla Giunta in via d’urgenza sono sottoposte a ratifica del Consiglio entro i sessanta giorni seguenti;",
        "Visto il parere favorevole del Revisore dei conti, dott. Andrea Pizzamiglio;",
        "Acquisiti i pareri favorevoli di regolarità tecnica e contabile, espressi ai sensi dell’art. 49 del D.Lgs. n. 267/2000;",
    ],
    vote_text="Con la seguente votazione, resa per alzata di mano: presenti n. 15, votanti n. 15, favorevoli n. 11, contrari n. 4 (Raza, Zanardelli, Gussago, Belleri),",
    vote='majority', vote_counts={"present": 15, "voters": 15, "in_favour": 11, "against": 4},
    points=[
        "di ratificare, ai sensi dell’art. 175, comma 4, del D.Lgs. n. 267/2000, la deliberazione della Giunta Comunale n. 110 del 09/08/2028;",
        "di dare atto che, a seguito della variazione, permangono gli equilibri di bilancio.",
    ],
    ie=True,
    ie_text="Successivamente, con separata votazione dall’esito identico, il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile, ai sensi dell’art. 134, comma 4, del D.Lgs. n. 267/2000.",
    pub=('01/09/2028', 1531),
    session='ordinaria', seduta='pubblica', conv='prima',
))

# ---------------------------------------------------------------- OSCHIRI
OS_GIUNTA = [
    ("SATTA Giovanni Maria", "Sindaco"), ("DELOGU Antonella", "Vicesindaco"),
    ("BRUNDU Salvatore", "Assessore"), ("CHESSA Michela", "Assessore"),
    ("TEDDE Pietro Paolo", "Assessore"),
]
OS_CONSIGLIO = [("SATTA Giovanni Maria", "Sindaco")] + [(n, "Consigliere") for n in [
    "DELOGU Antonella", "BRUNDU Salvatore", "CHESSA Michela", "TEDDE Pietro Paolo",
    "CASU Angelo", "SCANU Maria Grazia", "DETTORI Franco", "ZIRATTU Giuseppina",
    "FOIS Mario", "DERIU Sebastiano", "MELONI Tiziana", "COSSU Gavino"]]
OS_SECRETARY = {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Giovanna Piras"}
OS_SINDACO = {"title": "sig.", "role": "Sindaco", "name": "Giovanni Maria Satta"}

ACTS.append(dict(
    id='C1', comune='oschiri', file='deliberazione-oschiri-sipal.pdf',
    municipality='Comune di Oschiri', organ='Giunta Comunale', kind='deliberazione',
    number=71, date='2028-08-01', time='13:30', time_print='13,30',
    proposal=(77, '2028-08-01', 'AREA TECNICA'),
    subject='APPROVAZIONE DEL PROGETTO "CANTIERI DI NUOVA ATTIVAZIONE - LAVORAS 2028" PER LA MANUTENZIONE DEL VERDE PUBBLICO E DELLE AREE PERIURBANE. DIRETTIVE AL RESPONSABILE DELL\'AREA TECNICA.',
    roll=roll(OS_GIUNTA, {"CHESSA Michela"}),
    president=OS_SINDACO, secretary=OS_SECRETARY,
    premises=[
        "PREMESSO che la Regione Autonoma della Sardegna, nell'ambito del programma LavoRAS, ha assegnato al Comune di Oschiri un finanziamento di euro 96.400,00 per l'attivazione di cantieri comunali per l'occupazione;",
        "VISTA la determinazione del Servizio regionale competente n. 1184 del 12/07/2028, con la quale e' stato approvato il riparto delle risorse tra i Comuni beneficiari;",
        "VISTO il progetto predisposto dall'Area Tecnica comunale, che prevede l'impiego di n. 6 lavoratori per un periodo di otto mesi nella manutenzione del verde pubblico, delle aree periurbane e della viabilita' rurale;",
        "ACQUISITI i pareri favorevoli di regolarita' tecnica e contabile ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
    ],
    vote_text="CON VOTI UNANIMI favorevoli espressi in forma palese;",
    vote='unanimous', vote_counts=None,
    points=[
        "di approvare il progetto \"Cantieri di nuova attivazione - LavoRAS 2028\", dell'importo complessivo di euro 96.400,00, allegato alla presente;",
        "di dare mandato al Responsabile dell'Area Tecnica di richiedere all'ASPAL l'avviamento dei lavoratori e di provvedere agli adempimenti conseguenti;",
        "di dare atto che la spesa trova copertura nel finanziamento regionale iscritto al capitolo 10520 del bilancio 2028.",
    ],
    ie=True,
    ie_text="Con successiva votazione unanime, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.",
    pub=('03/08/2028', 845),
))

ACTS.append(dict(
    id='C2', comune='oschiri', file='giunta-oschiri-sipal.pdf',
    municipality='Comune di Oschiri', organ='Giunta Comunale', kind='deliberazione',
    number=75, date='2028-08-08', time='12:00', time_print='12,00',
    proposal=(82, '2028-08-07', 'AREA SOCIO-CULTURALE'),
    subject='SERVIZIO DI TRASPORTO SCOLASTICO A.S. 2028/2029 - DETERMINAZIONE DELLE TARIFFE DI CONTRIBUZIONE A CARICO DELLE FAMIGLIE.',
    roll=roll(OS_GIUNTA, set()),
    president=OS_SINDACO, secretary=OS_SECRETARY,
    premises=[
        "PREMESSO che il Comune garantisce il servizio di trasporto scolastico per gli alunni della scuola dell'infanzia, primaria e secondaria di primo grado residenti nelle zone rurali e nell'abitato;",
        "CONSIDERATO che occorre determinare, prima dell'avvio dell'anno scolastico 2028/2029, le tariffe di contribuzione a carico delle famiglie, differenziate in base all'ISEE;",
        "VISTO il costo complessivo del servizio per l'anno scolastico 2028/2029, stimato in euro 74.800,00;",
        "ACQUISITI i pareri favorevoli di regolarita' tecnica e contabile ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
    ],
    vote_text="CON VOTI UNANIMI favorevoli espressi in forma palese;",
    vote='unanimous', vote_counts=None,
    points=[
        "di determinare per l'a.s. 2028/2029 la tariffa mensile del servizio di trasporto scolastico in euro 12,00 per ISEE fino a euro 9.000,00 e in euro 20,00 per ISEE superiore;",
        "di stabilire la riduzione del 50 per cento della tariffa dal secondo figlio iscritto al servizio;",
        "di confermare l'esenzione per gli alunni con disabilita' certificata;",
        "di incaricare il Responsabile dell'Area Socio-Culturale degli adempimenti conseguenti.",
    ],
    ie=True,
    ie_text="Con successiva votazione unanime, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.",
    pub=('09/08/2028', 866),
))

ACTS.append(dict(
    id='C3', comune='oschiri', file='consiglio-oschiri-sipal.pdf',
    municipality='Comune di Oschiri', organ='Consiglio Comunale', kind='deliberazione',
    number=19, date='2028-08-11', time='18:30', time_print='18,30',
    proposal=(80, '2028-08-04', 'AREA FINANZIARIA'),
    subject="MODIFICA DEL REGOLAMENTO PER L'APPLICAZIONE DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA.",
    roll=roll(OS_CONSIGLIO, {"CASU Angelo", "ZIRATTU Giuseppina", "FOIS Mario", "MELONI Tiziana"}),
    president=OS_SINDACO, secretary=OS_SECRETARY,
    premises=[
        "IL SINDACO illustra la proposta di modifica degli articoli 12, 18 e 27 del regolamento, finalizzata a semplificare il rilascio delle concessioni per le occupazioni temporanee legate alle manifestazioni;",
        "VISTA la legge 27 dicembre 2019, n. 160, art. 1, commi da 816 a 836, istitutiva del canone patrimoniale;",
        "VISTA la propria deliberazione n. 6 del 30/03/2021, con la quale e' stato approvato il regolamento per l'applicazione del canone;",
        "VISTO il parere favorevole del Revisore dei conti reso in data 06/08/2028;",
        "ACQUISITI i pareri favorevoli di regolarita' tecnica e contabile ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
    ],
    vote_text="CON VOTI: presenti n. 9, votanti n. 7, favorevoli n. 7, astenuti n. 2 (Deriu, Cossu);",
    vote='majority', vote_counts={"present": 9, "voters": 7, "in_favour": 7, "abstained": 2},
    points=[
        "di approvare le modifiche agli articoli 12, 18 e 27 del regolamento per l'applicazione del canone patrimoniale, secondo il testo allegato;",
        "di dare atto che le modifiche hanno efficacia dal 1 gennaio 2029;",
        "di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze per la pubblicazione nel portale del federalismo fiscale.",
    ],
    ie=True,
    ie_text="Con successiva votazione, con l'esito sopra riportato, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.",
    pub=('16/08/2028', 881),
    session='ordinaria', seduta='pubblica', conv='prima',
))

ACTS.append(dict(
    id='C4', comune='oschiri', file='convenzione-oschiri-sipal.pdf',
    municipality='Comune di Oschiri', organ='Consiglio Comunale', kind='deliberazione',
    number=20, date='2028-08-11', time='18:30', time_print='18,30',
    proposal=(81, '2028-08-04', 'AREA AMMINISTRATIVA'),
    subject='APPROVAZIONE DELLO SCHEMA DI CONVENZIONE TRA I COMUNI DI OSCHIRI E BERCHIDDA PER LA GESTIONE IN FORMA ASSOCIATA DEL SERVIZIO DI SEGRETERIA COMUNALE.',
    roll=roll(OS_CONSIGLIO, {"CASU Angelo", "ZIRATTU Giuseppina", "FOIS Mario", "MELONI Tiziana"}),
    president=OS_SINDACO, secretary=OS_SECRETARY,
    premises=[
        "IL SINDACO riferisce che la convenzione di segreteria in essere scade il 30 settembre 2028 e che il Comune di Berchidda ha manifestato la disponibilita' a proseguire la gestione associata del servizio;",
        "VISTO l'art. 30 del D.Lgs. n. 267/2000 e l'art. 10 del D.P.R. n. 465/1997;",
        "VISTO lo schema di convenzione, che prevede la ripartizione degli oneri nella misura del 55 per cento a carico del Comune di Oschiri, capo convenzione, e del 45 per cento a carico del Comune di Berchidda;",
        "ACQUISITI i pareri favorevoli di regolarita' tecnica e contabile ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
    ],
    vote_text="CON VOTI UNANIMI: presenti n. 9, favorevoli n. 9;",
    vote='unanimous', vote_counts={"present": 9, "in_favour": 9},
    points=[
        "di approvare lo schema di convenzione per la gestione in forma associata del servizio di segreteria comunale tra i Comuni di Oschiri e Berchidda, composto da n. 11 articoli;",
        "di dare atto che il Comune di Oschiri assume il ruolo di capo convenzione;",
        "di autorizzare il Sindaco alla sottoscrizione della convenzione;",
        "di trasmettere la presente deliberazione al Comune di Berchidda e alla Prefettura di Sassari - Albo dei Segretari comunali e provinciali.",
    ],
    ie=True,
    ie_text="Con successiva votazione unanime, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.",
    pub=('16/08/2028', 882),
    session='ordinaria', seduta='pubblica', conv='prima',
))

BY_ID = {a['id']: a for a in ACTS}
