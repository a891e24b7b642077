# Content of the twelve minutes of set mix-142-b (invented people and facts).
# Each renderer (html, docx, reportlab, fpdf2, text) reads one entry of ACTS.

HOUSES = {
    "robbiate": {
        "comune": "COMUNE DI ROBBIATE",
        "prov": "Provincia di Lecco",
        "addr": "Piazza della Repubblica, 4 - 23899 Robbiate (LC) - C.F. 85001470132",
        "style": "halley",
    },
    "santarpino": {
        "comune": "COMUNE DI SANT'ARPINO",
        "prov": "Provincia di Caserta",
        "addr": "Piazza Umberto I - 81030 Sant'Arpino (CE) - Codice ente 61074",
        "style": "sicraweb",
    },
    "ussana": {
        "comune": "COMUNE DI USSANA",
        "prov": "Provincia del Sud Sardegna",
        "addr": "Piazza Municipio, 1 - 09020 Ussana (SU)",
        "style": "datagraph",
    },
}

GIUNTA_R = [("VILLA Daniele", "Sindaco"), ("CROTTI Alessandra", "Vice Sindaco"),
            ("PEREGO Luca", "Assessore"), ("MAGNI Silvia", "Assessore"),
            ("GALBIATI Stefano", "Assessore")]
CONS_R = ["VILLA Daniele", "CROTTI Alessandra", "PEREGO Luca", "MAGNI Silvia", "GALBIATI Stefano",
          "BONFANTI Marco", "RIVA Chiara", "FUMAGALLI Paolo", "SALA Roberto", "MAURI Elena",
          "RONCHI Giorgio", "CATTANEO Federica", "LIMONTA Andrea"]
GIUNTA_S = [("DI LORENZO Antonio", "Sindaco"), ("DELL'AVERSANA Pasquale", "Vice Sindaco"),
            ("PEZZELLA Rosa", "Assessore"), ("CECERE Vincenzo", "Assessore"),
            ("MOSCA Filomena", "Assessore"), ("SCHIAVONE Luigi", "Assessore")]
CONS_S = ["DI LORENZO Antonio", "DI SANTO Giuseppe", "VERDE Carmine", "LETTIERI Maria",
          "D'AMBROSIO Salvatore", "ESPOSITO Francesca", "CAPASSO Raffaele", "PICONE Gennaro",
          "ZAMPELLA Teresa", "BARBATO Domenico", "IOVINELLA Antonio", "MAISTO Giovanna",
          "RUSSO Michele", "PAGANO Angela", "DELLA VOLPE Nicola", "SCIALLA Enzo", "MOTTI Anna"]
GIUNTA_U = [("PISU Marcella", "Sindaco"), ("ATZENI Giovanni", "Vice Sindaco"),
            ("LOI Simone", "Assessore"), ("CONGIU Martina", "Assessore"), ("MURGIA Franco", "Assessore")]
CONS_U = ["PISU Marcella", "ATZENI Giovanni", "LOI Simone", "CONGIU Martina", "MURGIA Franco",
          "SANNA Roberta", "CASULA Ignazio", "MELONI Alessio", "PORCU Valentina", "DEIANA Mauro",
          "COCCO Stefania", "FLORIS Paolo", "PIRAS Antonello"]


def roll(members, absent, roles=True, sindaco_role="Sindaco", extra=None):
    out = []
    for i, m in enumerate(members):
        if isinstance(m, tuple):
            name, role = m
        else:
            name = m
            role = (sindaco_role if i == 0 else "Consigliere") if roles else None
        if extra and name in extra:
            role = extra[name]
        if not roles:
            role = None
        out.append({"name": name, "role": role, "present": name not in absent})
    return out


ACTS = [
    # ------------------------------------------------------------------ Robbiate
    {
        "id": "r1", "file": "deliberazione-robbiate-halley-gc03.pdf", "house": "robbiate",
        "organ": "Giunta Comunale", "number": 3, "date": "08/01/2029", "time": "18:30",
        "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICA ED ECONOMICA DEI LAVORI DI RIQUALIFICAZIONE ENERGETICA DELLA PALESTRA COMUNALE DI VIA FRATELLI CERVI",
        "proposal": ("4", "03/01/2029", "Area Tecnica – Servizio Lavori Pubblici"),
        "opening": "L'anno duemilaventinove, addì otto del mese di gennaio, alle ore 18.30, nella sala delle adunanze della sede comunale, previa osservanza di tutte le formalità prescritte dalla vigente normativa, vennero oggi convocati a seduta i componenti della Giunta Comunale.",
        "roll": roll(GIUNTA_R, {"GALBIATI Stefano"}),
        "after_roll": [
            "Presiede il Sindaco Daniele Villa.",
            "Partecipa con funzioni consultive, referenti, di assistenza e verbalizzazione (art. 97, comma 4, lett. a, del D.Lgs. 18 agosto 2000, n. 267) il Segretario Comunale dott.ssa Laura Colombo.",
            "Il Presidente, constatato il numero legale degli intervenuti, dichiara aperta la seduta e invita la Giunta a deliberare sull'oggetto sopra indicato.",
        ],
        "premises": [
            "Premesso che con deliberazione del Consiglio Comunale n. 41 del 18/12/2028 è stato approvato il Documento Unico di Programmazione 2029/2031, che prevede nel programma triennale dei lavori pubblici l'intervento di riqualificazione energetica della palestra comunale di via Fratelli Cervi per un importo complessivo di € 480.000,00;",
            "Visto il progetto di fattibilità tecnico-economica redatto dall'ing. Paolo Airoldi, incaricato con determinazione dell'Area Tecnica n. 212 del 14/11/2028, pervenuto al protocollo comunale n. 96 del 04/01/2029;",
            "Dato atto che l'opera è finanziata per € 350.000,00 con contributo regionale e per € 130.000,00 con fondi propri di bilancio;",
            "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
            "Con voti unanimi favorevoli espressi nelle forme di legge,",
        ],
        "verb": "DELIBERA",
        "points": [
            "di approvare il progetto di fattibilità tecnico-economica dei lavori di riqualificazione energetica della palestra comunale di via Fratelli Cervi, dell'importo complessivo di € 480.000,00, composto dagli elaborati elencati in premessa;",
            "di dare atto che la spesa trova copertura al capitolo 20610/1 del bilancio di previsione 2029/2031, annualità 2029;",
            "di individuare quale Responsabile Unico del Progetto il geom. Carlo Mapelli, Responsabile dell'Area Tecnica;",
            "di demandare al Responsabile dell'Area Tecnica gli adempimenti conseguenti.",
        ],
        "points_style": "num",
        "after_points": [
            "Successivamente, con separata votazione unanime favorevole, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, stante l'urgenza di presentare la domanda di contributo entro il 31 gennaio 2029.",
        ],
        "signs": [("IL SINDACO", "Daniele Villa"), ("IL SEGRETARIO COMUNALE", "dott.ssa Laura Colombo")],
        "key": {"president": {"title": None, "role": "Sindaco", "name": "Daniele Villa"},
                "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Laura Colombo"},
                "vote": "unanimous", "immediately_executive": True},
    },
    {
        "id": "r2", "file": "deliberazione-robbiate-halley-cc01.pdf", "house": "robbiate",
        "organ": "Consiglio Comunale", "number": 1, "date": "12/01/2029", "time": "20:45",
        "session": "Adunanza ordinaria di prima convocazione – seduta pubblica",
        "subject": "APPROVAZIONE DEL REGOLAMENTO COMUNALE PER LA CONCESSIONE IN USO DELLE SALE CIVICHE E DEGLI SPAZI PUBBLICI",
        "proposal": ("2", "02/01/2029", "Area Affari Generali"),
        "opening": "L'anno duemilaventinove, addì dodici del mese di gennaio, alle ore 20.45, nella sala consiliare, previa notifica degli inviti personali avvenuta nei modi e termini di legge, si è riunito il Consiglio Comunale in sessione ordinaria ed in seduta pubblica di prima convocazione.",
        "roll": roll(CONS_R, {"RIVA Chiara", "LIMONTA Andrea"}),
        "after_roll": [
            "Assume la presidenza il sig. Daniele Villa nella sua qualità di Sindaco.",
            "Assiste il Segretario Comunale dott.ssa Laura Colombo, incaricata della redazione del verbale.",
            "Il Presidente, riconosciuto legale il numero degli intervenuti, dichiara aperta la seduta.",
        ],
        "premises": [
            "Udita la relazione dell'Assessore Alessandra Crotti, che illustra i contenuti del nuovo regolamento e le tariffe di utilizzo delle sale;",
            "Dato atto che la bozza di regolamento è stata esaminata dalla Commissione consiliare Affari Generali nella seduta del 09/01/2029;",
            "Visti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
            "Intervengono i consiglieri Sala e Mauri, che annunciano voto contrario, come da resoconto allegato;",
            "Con la seguente votazione, espressa per alzata di mano: presenti n. 11, votanti n. 10, favorevoli n. 8, contrari n. 2 (Sala, Mauri), astenuti n. 1 (Ronchi),",
        ],
        "verb": "DELIBERA",
        "points": [
            "di approvare il Regolamento comunale per la concessione in uso delle sale civiche e degli spazi pubblici, composto da 18 articoli, allegato alla presente quale parte integrante e sostanziale;",
            "di dare atto che il Regolamento entra in vigore il giorno successivo alla scadenza della pubblicazione all'Albo Pretorio on line;",
            "di abrogare il previgente regolamento approvato con deliberazione consiliare n. 27 del 30/06/2011.",
        ],
        "points_style": "num",
        "after_points": [
            "Successivamente, con voti favorevoli n. 8, contrari n. 2 (Sala, Mauri), astenuti n. 1 (Ronchi), resi per alzata di mano, il Consiglio Comunale dichiara il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.",
        ],
        "signs": [("IL PRESIDENTE", "Daniele Villa"), ("IL SEGRETARIO COMUNALE", "dott.ssa Laura Colombo")],
        "key": {"president": {"title": "sig.", "role": "Sindaco", "name": "Daniele Villa"},
                "secretary": {"title": "dott.ssa", "role": "Segretario Comunale", "name": "Laura Colombo"},
                "vote": "majority",
                "vote_counts": {"present": 11, "voters": 10, "in_favour": 8, "against": 2, "abstained": 1},
                "immediately_executive": True},
    },
    {
        "id": "r3", "file": "deliberazione-robbiate-halley-gc05.pdf", "house": "robbiate",
        "organ": "Giunta Comunale", "number": 5, "date": "15/01/2029", "time": "18:00",
        "subject": "Concessione di un contributo straordinario all'associazione di volontariato Auser Robbiate per il servizio di trasporto sociale – anno 2029",
        "opening": "L'anno duemilaventinove, addì quindici del mese di gennaio, alle ore 18.00, nella sala delle adunanze, si è riunita la Giunta Comunale, convocata nelle forme di legge.",
        "roll": roll(GIUNTA_R, {"MAGNI Silvia"}),
        "after_roll": [
            "Il Sindaco, Daniele Villa, riconosciuta la validità dell'adunanza, assume la presidenza e dichiara aperta la seduta.",
            "Assiste il Vice Segretario Comunale dott. Marco Brambilla, il quale provvede alla redazione del presente verbale.",
        ],
        "premises": [
            "Vista l'istanza presentata in data 05/01/2029, prot. n. 158, dall'associazione Auser Robbiate, con la quale si chiede un contributo per l'acquisto di un automezzo attrezzato per il trasporto di persone con ridotta capacità motoria;",
            "Richiamato il vigente Regolamento per la concessione di contributi e vantaggi economici, approvato con deliberazione consiliare n. 12 del 28/03/2019;",
            "Ritenuto di concedere un contributo straordinario di € 6.000,00, in considerazione dell'utilità sociale del servizio svolto a favore della cittadinanza;",
            "Acquisiti i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
            "Ad unanimità di voti favorevoli resi in forma palese,",
        ],
        "verb": "DELIBERA",
        "points": [
            "di concedere all'associazione Auser Robbiate un contributo straordinario di € 6.000,00 per le finalità indicate in premessa;",
            "di demandare al Responsabile dell'Area Servizi alla Persona l'adozione dell'impegno di spesa e la liquidazione, previa rendicontazione;",
            "di comunicare la presente deliberazione ai capigruppo consiliari ai sensi dell'art. 125 del D.Lgs. 267/2000.",
        ],
        "points_style": "num",
        "after_points": [],
        "signs": [("IL SINDACO", "Daniele Villa"), ("IL VICE SEGRETARIO", "dott. Marco Brambilla")],
        "key": {"president": {"title": None, "role": "Sindaco", "name": "Daniele Villa"},
                "secretary": {"title": "dott.", "role": "Vice Segretario Comunale", "name": "Marco Brambilla"},
                "vote": "unanimous", "immediately_executive": False},
    },
    {
        "id": "r4", "file": "deliberazione-robbiate-halley-cc02.pdf", "house": "robbiate",
        "organ": "Consiglio Comunale", "number": 2, "date": "26/01/2029", "time": "21:00",
        "session": "Adunanza straordinaria di prima convocazione – seduta pubblica",
        "subject": "ESAME ED APPROVAZIONE DELLA CONVENZIONE PER LA GESTIONE IN FORMA ASSOCIATA DEL SERVIZIO DI POLIZIA LOCALE CON I COMUNI DI PADERNO D'ADDA E VERDERIO - PERIODO 2029/2033",
        "opening": "L'anno duemilaventinove, addì ventisei del mese di gennaio, alle ore 21.00, nella sala consiliare, convocato con avvisi scritti recapitati a norma di legge, si è riunito il Consiglio Comunale in sessione straordinaria ed in seduta pubblica di prima convocazione.",
        "roll": roll(CONS_R, {"CATTANEO Federica"}, roles=False),
        "after_roll": [
            "Presiede l'adunanza il sig. Daniele Villa – Sindaco, con l'assistenza del Vice Segretario Comunale dott. Marco Brambilla.",
            "Il Presidente, accertata la validità della seduta, pone in discussione l'argomento iscritto al punto 2 dell'ordine del giorno.",
        ],
        "premises": [
            "Premesso che il Comune di Robbiate gestisce il servizio di polizia locale in forma associata con i Comuni di Paderno d'Adda e Verderio in forza della convenzione approvata con deliberazione consiliare n. 5 del 26/02/2024, in scadenza il 31/01/2029;",
            "Visto l'art. 30 del D.Lgs. 267/2000 e ritenuto di rinnovare la convenzione per un ulteriore quinquennio, individuando il Comune di Robbiate quale ente capofila;",
            "Visto lo schema di convenzione composto da 15 articoli;",
            "Visti i pareri favorevoli di regolarità tecnica e contabile;",
            "Con voti favorevoli unanimi n. 12, espressi per alzata di mano dai n. 12 consiglieri presenti e votanti,",
        ],
        "verb": "DELIBERA",
        "points": [
            "di approvare lo schema di convenzione per la gestione in forma associata del servizio di polizia locale tra i Comuni di Robbiate, Paderno d'Adda e Verderio per il periodo 01/02/2029 – 31/01/2034;",
            "di dare atto che il Comune di Robbiate assume il ruolo di ente capofila;",
            "di autorizzare il Sindaco alla sottoscrizione della convenzione;",
            "di trasmettere copia del presente atto ai Comuni convenzionati.",
        ],
        "points_style": "dash",
        "after_points": [
            "Con successiva e separata votazione, con voti favorevoli unanimi n. 12, il presente atto viene dichiarato immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.",
        ],
        "signs": [("IL SINDACO", "Daniele Villa"), ("IL VICE SEGRETARIO COMUNALE", "dott. Marco Brambilla")],
        "key": {"president": {"title": "sig.", "role": "Sindaco", "name": "Daniele Villa"},
                "secretary": {"title": "dott.", "role": "Vice Segretario Comunale", "name": "Marco Brambilla"},
                "vote": "unanimous",
                "vote_counts": {"present": 12, "voters": 12, "in_favour": 12},
                "immediately_executive": True},
    },
    # -------------------------------------------------------------- Sant'Arpino
    {
        "id": "s1", "file": "deliberazione-santarpino-sicraweb-cc01.pdf", "house": "santarpino",
        "organ": "Consiglio Comunale", "number": 1, "date": "10/01/2029", "time": "17:00",
        "session": "Sessione ordinaria – seduta pubblica di prima convocazione",
        "subject": "Approvazione del piano delle alienazioni e valorizzazioni immobiliari per il triennio 2029/2031 (art. 58 D.L. 112/2008)",
        "proposal": ("3", "05/01/2029", "Settore Tecnico – Servizio Patrimonio"),
        "opening": "L'anno duemilaventinove il giorno dieci del mese di gennaio alle ore 17:00 nella Casa Comunale, a seguito di avviso di convocazione prot. n. 214 del 04/01/2029, si è riunito il Consiglio Comunale in sessione ordinaria, seduta pubblica di prima convocazione. Risultano:",
        "roll": roll(CONS_S, {"PAGANO Angela", "MOTTI Anna"}, extra={"DI SANTO Giuseppe": "Presidente del Consiglio"}),
        "roll_split": 9,
        "after_roll": [
            "Presenti n. 15 – Assenti n. 2.",
            "Sotto la presidenza del Presidente del Consiglio Comunale avv. GIUSEPPE DI SANTO.",
            "Partecipa con funzioni consultive, referenti, di assistenza e verbalizzazione il Segretario Generale dott.ssa Carmela Tessitore.",
            "Il Presidente, constatata la presenza del numero legale, dichiara aperta la seduta.",
        ],
        "premises": [
            "Premesso che l'art. 58 del D.L. 25 giugno 2008, n. 112, convertito dalla legge 6 agosto 2008, n. 133, prevede che gli enti locali individuino, con apposito elenco, i singoli immobili non strumentali all'esercizio delle proprie funzioni istituzionali, suscettibili di valorizzazione ovvero di dismissione;",
            "Vista la ricognizione del patrimonio immobiliare effettuata dal Settore Tecnico – Servizio Patrimonio;",
            "Vista la proposta di deliberazione n. 3 del 05/01/2029 del Settore Tecnico – Servizio Patrimonio, corredata dei pareri favorevoli di regolarità tecnica e contabile;",
            "Uditi gli interventi dei consiglieri, riportati nel resoconto di seduta;",
            "Con voti favorevoli 11, contrari 4 (Barbato, Iovinella, Maisto, Della Volpe), astenuti nessuno, su 15 consiglieri presenti, resi per alzata di mano,",
        ],
        "verb": "DELIBERA",
        "points": [
            "di approvare il piano delle alienazioni e valorizzazioni immobiliari per il triennio 2029/2031, allegato sub A) alla presente;",
            "di dare atto che l'inserimento degli immobili nel piano ne determina la classificazione come patrimonio disponibile;",
            "di dare atto che il piano costituisce allegato al bilancio di previsione 2029/2031;",
        ],
        "points_style": "num",
        "after_points": [
            "Successivamente, con separata votazione dal medesimo esito, il Consiglio Comunale dichiara il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.",
        ],
        "signs": [("IL PRESIDENTE", "avv. Giuseppe Di Santo"), ("IL SEGRETARIO GENERALE", "dott.ssa Carmela Tessitore")],
        "key": {"president": {"title": "avv.", "role": "Presidente del Consiglio Comunale", "name": "GIUSEPPE DI SANTO"},
                "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Carmela Tessitore"},
                "vote": "majority",
                "vote_counts": {"present": 15, "in_favour": 11, "against": 4, "abstained": 0},
                "immediately_executive": True},
    },
    {
        "id": "s2", "file": "deliberazione-santarpino-sicraweb-gc04.pdf", "house": "santarpino",
        "organ": "Giunta Comunale", "number": 4, "date": "09/01/2029", "time": "13:00",
        "subject": "ATTO DI INDIRIZZO PER L'ORGANIZZAZIONE DEI FESTEGGIAMENTI IN ONORE DI SANT'ELPIDIO - ANNO 2029",
        "proposal": ("5", "07/01/2029", "Settore Affari Generali – Ufficio Cultura e Turismo"),
        "opening": "L'anno duemilaventinove il giorno nove del mese di gennaio alle ore 13:00 nella sede municipale, convocata nei modi di legge, si è riunita la Giunta Comunale nelle persone dei Signori:",
        "roll": roll(GIUNTA_S, {"SCHIAVONE Luigi"}),
        "after_roll": [
            "Presiede la seduta il Sindaco dott. Antonio Di Lorenzo.",
            "Il Segretario Generale dott.ssa Carmela Tessitore assiste e cura la verbalizzazione.",
        ],
        "premises": [
            "Vista la proposta n. 5 del 07/01/2029 formulata dal Settore Affari Generali – Ufficio Cultura e Turismo, di seguito riportata;",
            "Premesso che ogni anno, nel mese di gennaio, la comunità di Sant'Arpino celebra il Santo Patrono Sant'Elpidio con manifestazioni religiose e civili di rilevante richiamo;",
            "Ritenuto di fornire al Responsabile del Settore gli indirizzi per l'organizzazione dei festeggiamenti, nel limite della somma di € 15.000,00;",
            "Visti i pareri espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
            "A voti unanimi, legalmente resi,",
        ],
        "verb": "DELIBERA",
        "points": [
            "di approvare la proposta in premessa, che qui si intende integralmente riportata;",
            "di fornire al Responsabile del Settore Affari Generali l'indirizzo di organizzare, in collaborazione con il Comitato Festa e la Parrocchia, le manifestazioni civili dal 14 al 16 gennaio 2029;",
            "di destinare allo scopo la somma massima di € 15.000,00, disponibile sul capitolo 7310 del bilancio 2029;",
            "di dare mandato al Comandante della Polizia Municipale di predisporre le misure di viabilità;",
            "di dichiarare, con separata e unanime votazione, il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.",
        ],
        "points_style": "num",
        "after_points": [],
        "signs": [("IL SINDACO", "dott. Antonio Di Lorenzo"), ("IL SEGRETARIO GENERALE", "dott.ssa Carmela Tessitore")],
        "key": {"president": {"title": "dott.", "role": "Sindaco", "name": "Antonio Di Lorenzo"},
                "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "Carmela Tessitore"},
                "vote": "unanimous", "immediately_executive": True},
    },
    {
        "id": "s3", "file": "deliberazione-santarpino-sicraweb-gc07.pdf", "house": "santarpino",
        "organ": "Giunta Comunale", "number": 7, "date": "17/01/2029", "time": "12:30",
        "subject": "AUTORIZZAZIONE A RESISTERE NEL GIUDIZIO PROMOSSO INNANZI AL T.A.R. CAMPANIA - NAPOLI DALLA SOCIETA' ECOSERVIZI S.R.L. E NOMINA DEL DIFENSORE DELL'ENTE",
        "opening": "L'anno duemilaventinove il giorno diciassette del mese di gennaio alle ore 12:30 nella sede municipale si e' riunita la Giunta Comunale con l'intervento dei Signori:",
        "roll": roll(GIUNTA_S, {"DI LORENZO Antonio", "MOSCA Filomena"}),
        "after_roll": [
            "Assume la presidenza il Vice Sindaco sig. DELL'AVERSANA Pasquale, in assenza del Sindaco.",
            "Assiste il Vice Segretario dott. Nicola Marino, il quale provvede alla redazione del presente verbale.",
        ],
        "premises": [
            "Premesso che in data 28/12/2028, prot. n. 18754, e' stato notificato a questo Ente il ricorso proposto innanzi al T.A.R. Campania - Napoli dalla societa' Ecoservizi S.r.l. per l'annullamento della determinazione di esclusione dalla procedura di affidamento del servizio di igiene urbana;",
            "Ritenuto necessario costituirsi in giudizio a tutela degli interessi dell'Ente;",
            "Dato atto che il Comune non dispone di un ufficio legale interno;",
            "Acquisiti i pareri favorevoli di regolarita' tecnica e contabile;",
            "Con voti unanimi favorevoli,",
        ],
        "verb": "DELIBERA",
        "points": [
            "di autorizzare il Sindaco pro tempore a costituirsi nel giudizio promosso dalla societa' Ecoservizi S.r.l. innanzi al T.A.R. Campania - Napoli;",
            "di nominare difensore dell'Ente l'avv. Francesco Ferrara del Foro di Napoli Nord, conferendogli ogni piu' ampia facolta' di legge;",
            "di demandare al Responsabile del Settore Affari Generali l'impegno della spesa di euro 3.500,00 oltre accessori.",
        ],
        "points_style": "num",
        "after_points": [],
        "signs": [("IL VICE SINDACO", "Pasquale Dell'Aversana"), ("IL VICE SEGRETARIO", "dott. Nicola Marino")],
        "key": {"president": {"title": "sig.", "role": "Vice Sindaco", "name": "DELL'AVERSANA Pasquale"},
                "secretary": {"title": "dott.", "role": "Vice Segretario", "name": "Nicola Marino"},
                "vote": "unanimous", "immediately_executive": False},
    },
    {
        "id": "s4", "file": "deliberazione-santarpino-sicraweb-cc03.pdf", "house": "santarpino",
        "organ": "Consiglio Comunale", "number": 3, "date": "29/01/2029", "time": "18:00",
        "session": "Sessione straordinaria – seduta pubblica di prima convocazione",
        "subject": "Ratifica della deliberazione di Giunta Comunale n. 6 del 12/01/2029 adottata ai sensi dell'art. 175, comma 4, del D.Lgs. 267/2000 - variazione d'urgenza al bilancio di previsione 2029/2031",
        "opening": "L'anno duemilaventinove il giorno ventinove del mese di gennaio alle ore 18:00 nella sala consiliare della Casa Comunale, convocato con avviso prot. n. 1022 del 23/01/2029, si è riunito il Consiglio Comunale. All'appello risultano:",
        "roll": roll(CONS_S, {"ESPOSITO Francesca", "SCIALLA Enzo", "MOTTI Anna"}, roles=False),
        "after_roll": [
            "Presenti n. 14 – Assenti n. 3.",
            "Presiede il Presidente del Consiglio, DI SANTO Giuseppe, con l'assistenza del Segretario Generale, dott.ssa TESSITORE Carmela.",
        ],
        "premises": [
            "Premesso che con deliberazione n. 6 del 12/01/2029 la Giunta Comunale ha adottato, in via d'urgenza, una variazione al bilancio di previsione 2029/2031 per l'iscrizione del contributo regionale destinato agli interventi di manutenzione straordinaria della scuola primaria di via Martiri Atellani;",
            "Visto l'art. 175, comma 4, del D.Lgs. 267/2000, a norma del quale le variazioni adottate dall'organo esecutivo in via d'urgenza sono ratificate dal Consiglio entro i sessanta giorni seguenti;",
            "Visto il parere favorevole del Revisore dei Conti, verbale n. 2 del 20/01/2029;",
            "Con votazione espressa per alzata di mano, che dà il seguente risultato proclamato dal Presidente: Consiglieri presenti 14 – Votanti 12 – Voti favorevoli 12 – Contrari 0 – Astenuti 2 (Pagano, Barbato), e quindi a maggioranza di voti,",
        ],
        "verb": "DELIBERA",
        "points": [
            "di ratificare, ai sensi dell'art. 175, comma 4, del D.Lgs. 267/2000, la deliberazione della Giunta Comunale n. 6 del 12/01/2029;",
            "di dare atto che permangono gli equilibri di bilancio.",
        ],
        "points_style": "num",
        "after_points": [],
        "signs": [("IL PRESIDENTE", "Giuseppe Di Santo"), ("IL SEGRETARIO GENERALE", "dott.ssa Carmela Tessitore")],
        "key": {"president": {"title": None, "role": "Presidente del Consiglio", "name": "DI SANTO Giuseppe"},
                "secretary": {"title": "dott.ssa", "role": "Segretario Generale", "name": "TESSITORE Carmela"},
                "vote": "majority",
                "vote_counts": {"present": 14, "voters": 12, "in_favour": 12, "against": 0, "abstained": 2},
                "immediately_executive": False},
    },
    # ------------------------------------------------------------------ Ussana
    {
        "id": "u1", "file": "deliberazione-ussana-datagraph-gc02.pdf", "house": "ussana",
        "organ": "Giunta Comunale", "number": 2, "date": "11/01/2029", "time": "12:00",
        "subject": "Assegnazione delle risorse ai Responsabili dei Servizi nelle more dell'approvazione del Piano Esecutivo di Gestione 2029/2031",
        "proposal": ("3", "08/01/2029", "Servizio Finanziario"),
        "opening": "L'anno duemilaventinove, il giorno undici del mese di gennaio, alle ore 12:00, nella sala delle adunanze del Comune, si è riunita la Giunta Comunale con la presenza dei Signori:",
        "roll": roll(GIUNTA_U, {"MURGIA Franco"}),
        "after_roll": [
            "Presiede l'adunanza il Sindaco, Sig.ra Marcella Pisu.",
            "Assiste alla seduta il Segretario Comunale Dott. Efisio Melis.",
            "Il Presidente, riconosciuto legale il numero degli intervenuti, invita la Giunta a deliberare sulla proposta di seguito riportata.",
        ],
        "premises": [
            "Premesso che con deliberazione del Consiglio Comunale n. 38 del 20/12/2028 è stato approvato il bilancio di previsione finanziario 2029/2031;",
            "Considerato che, nelle more dell'approvazione del Piano Esecutivo di Gestione, occorre garantire la continuità dell'azione amministrativa assegnando ai Responsabili dei Servizi le risorse necessarie per la gestione ordinaria;",
            "Acquisiti i pareri favorevoli di regolarità tecnica e contabile del Responsabile del Servizio Finanziario;",
            "Con votazione unanime,",
        ],
        "verb": "DELIBERA",
        "points": [
            "Di assegnare ai Responsabili dei Servizi, in via provvisoria, le risorse finanziarie di cui al bilancio di previsione 2029/2031, secondo l'articolazione per capitoli allegata;",
            "Di dare atto che il Piano Esecutivo di Gestione sarà approvato entro il 28 febbraio 2029;",
            "Di dichiarare, con separata votazione unanime, il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.",
        ],
        "points_style": "dash",
        "after_points": [],
        "signs": [("Il Sindaco", "Marcella Pisu"), ("Il Segretario Comunale", "Dott. Efisio Melis")],
        "key": {"president": {"title": "Sig.ra", "role": "Sindaco", "name": "Marcella Pisu"},
                "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Efisio Melis"},
                "vote": "unanimous", "immediately_executive": True},
    },
    {
        "id": "u2", "file": "deliberazione-ussana-datagraph-cc01.pdf", "house": "ussana",
        "organ": "Consiglio Comunale", "number": 1, "date": "16/01/2029", "time": "19:00",
        "session": "Sessione straordinaria - Seduta pubblica di prima convocazione",
        "subject": "APPROVAZIONE DEL REGOLAMENTO PER L'ISTITUZIONE E IL FUNZIONAMENTO DELLA CONSULTA COMUNALE DEI GIOVANI",
        "opening": "L'anno duemilaventinove, il giorno sedici del mese di gennaio, alle ore 19:00, nella sala consiliare, in seduta pubblica straordinaria di prima convocazione, partecipata ai signori consiglieri a norma di legge, risultano all'appello nominale:",
        "roll": roll(CONS_U, {"DEIANA Mauro"}),
        "after_roll": [
            "Totale presenti 12 - Totale assenti 1.",
            "Presiede la seduta il Sindaco Marcella PISU.",
            "Partecipa il Segretario Comunale Dott. Efisio MELIS, anche con funzioni di verbalizzante.",
        ],
        "premises": [
            "Premesso che l'Amministrazione intende favorire la partecipazione dei giovani alla vita della comunità, istituendo un organismo consultivo rappresentativo della popolazione giovanile residente;",
            "Visto lo schema di Regolamento, composto da 12 articoli, predisposto dal Servizio Amministrativo e discusso nella Commissione consiliare in data 12/01/2029;",
            "Sentiti gli interventi dei consiglieri Cocco e Floris, che dichiarano l'astensione del gruppo di minoranza;",
            "Con n. 9 voti favorevoli e n. 3 astenuti (Cocco, Floris, Piras), resi per alzata di mano dai n. 12 consiglieri presenti, di cui n. 9 votanti,",
        ],
        "verb": "DELIBERA",
        "points": [
            "DI ISTITUIRE la Consulta comunale dei giovani di Ussana;",
            "DI APPROVARE il relativo Regolamento, composto da 12 articoli, allegato al presente atto per farne parte integrante e sostanziale;",
            "DI DEMANDARE al Responsabile del Servizio Amministrativo gli adempimenti per la costituzione della Consulta.",
        ],
        "points_style": "plain",
        "after_points": [
            "Con identica votazione il presente atto viene dichiarato immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.",
        ],
        "signs": [("IL PRESIDENTE", "Marcella Pisu"), ("IL SEGRETARIO COMUNALE", "Dott. Efisio Melis")],
        "key": {"president": {"title": None, "role": "Sindaco", "name": "Marcella PISU"},
                "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Efisio MELIS"},
                "vote": "majority",
                "vote_counts": {"present": 12, "voters": 9, "in_favour": 9, "abstained": 3},
                "immediately_executive": True},
    },
    {
        "id": "u3", "file": "deliberazione-ussana-datagraph-gc04.pdf", "house": "ussana",
        "organ": "Giunta Comunale", "number": 4, "date": "18/01/2029", "time": "13:15",
        "subject": "Programma regionale Ritornare a casa PLUS – annualità 2029. Presa d'atto e indirizzi al Responsabile del Servizio Sociale",
        "proposal": ("6", "15/01/2029", "Servizio Sociale"),
        "opening": "L'anno duemilaventinove, il giorno diciotto del mese di gennaio, alle ore 13:15, nella sala delle adunanze, si è riunita la Giunta Comunale. Sono presenti i Signori:",
        "roll": roll(GIUNTA_U, set()),
        "after_roll": [
            "Il Sindaco, riconosciuta la validità dell'adunanza, assume la presidenza.",
            "Il Segretario Comunale, Dott. Efisio Melis, assiste e cura la verbalizzazione.",
        ],
        "premises": [
            "Vista la deliberazione della Giunta Regionale della Sardegna n. 51/12 del 21/12/2028, con la quale sono state approvate le linee di indirizzo del programma Ritornare a casa PLUS per l'annualità 2029;",
            "Vista la proposta n. 6 del 15/01/2029 del Servizio Sociale;",
            "Ritenuto di prendere atto del programma e di fornire al Responsabile del Servizio Sociale gli indirizzi per la sua attuazione;",
            "Con voti unanimi,",
        ],
        "verb": "DELIBERA",
        "points": [
            "Di prendere atto del programma regionale Ritornare a casa PLUS per l'annualità 2029;",
            "Di dare indirizzo al Responsabile del Servizio Sociale di garantire la continuità dei progetti in corso e di istruire le nuove istanze secondo l'ordine di presentazione;",
            "Di dare atto che il finanziamento è interamente a carico della Regione Autonoma della Sardegna;",
            "Di dichiarare la presente immediatamente eseguibile, con separata votazione unanime, ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.",
        ],
        "points_style": "num",
        "after_points": [],
        "signs": [("Il Sindaco", "Marcella Pisu"), ("Il Segretario Comunale", "Dott. Efisio Melis")],
        "key": {"president": {"title": None, "role": "Sindaco", "name": "Marcella Pisu"},
                "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Efisio Melis"},
                "vote": "unanimous", "immediately_executive": True},
    },
    {
        "id": "u4", "file": "deliberazione-ussana-datagraph-gc05.pdf", "house": "ussana",
        "organ": "Giunta Comunale", "number": 5, "date": "25/01/2029", "time": "12:30",
        "subject": "Approvazione schema di convenzione con la Compagnia Barracellare di Ussana per attività di vigilanza rurale e antincendio – anno 2029",
        "opening": "L'anno duemilaventinove, il giorno venticinque del mese di gennaio, alle ore 12:30, nella sala delle adunanze, si è riunita la Giunta Comunale con l'intervento dei Signori:",
        "roll": roll(GIUNTA_U, {"PISU Marcella"}),
        "after_roll": [
            "Assume la presidenza il sig. Giovanni Atzeni nella sua qualità di Vice Sindaco.",
            "Con l'assistenza del Segretario Comunale Dott. Efisio Melis.",
        ],
        "premises": [
            "Premesso che nel territorio comunale opera la Compagnia Barracellare di Ussana, istituita ai sensi della L.R. 15 luglio 1988, n. 25;",
            "Visto lo schema di convenzione per lo svolgimento di attività di vigilanza rurale, prevenzione e lotta agli incendi nel periodo gennaio-dicembre 2029;",
            "Dato atto che il contributo regionale per l'anno 2029 ammonta a € 18.400,00;",
            "Acquisiti i pareri favorevoli ai sensi dell'art. 49 del D.Lgs. 267/2000;",
            "Con voti unanimi,",
        ],
        "verb": "DELIBERA",
        "points": [
            "Di approvare lo schema di convenzione con la Compagnia Barracellare di Ussana per l'anno 2029, allegato al presente atto;",
            "Di autorizzare il Responsabile del Servizio di Polizia Locale alla sottoscrizione della convenzione.",
        ],
        "points_style": "num",
        "after_points": [],
        "signs": [("Il Vice Sindaco", "Giovanni Atzeni"), ("Il Segretario Comunale", "Dott. Efisio Melis")],
        "key": {"president": {"title": "sig.", "role": "Vice Sindaco", "name": "Giovanni Atzeni"},
                "secretary": {"title": "Dott.", "role": "Segretario Comunale", "name": "Efisio Melis"},
                "vote": "unanimous", "immediately_executive": False},
    },
]

BY_ID = {a["id"]: a for a in ACTS}

MONTHS = ["gennaio"]


def dotted(d):
    return d.replace("/", ".")


def organ_upper(a):
    return a["organ"].upper()


def point_label(a, i):
    st = a["points_style"]
    if st == "num":
        return "%d." % (i + 1)
    if st == "dash":
        return "-"
    return ""


def all_points(a):
    pts = list(a["points"])
    if a.get("after_points_is_point"):
        pts += a["after_points"]
    return pts


def tail(a):
    return [] if a.get("after_points_is_point") else a["after_points"]
