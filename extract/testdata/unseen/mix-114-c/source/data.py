# -*- coding: utf-8 -*-
"""Content of the twelve minutes of set mix-114-c.

Every renderer reads its act from here, and keys_make.py keys from the
same facts, then checks each keyed string against pdftotext -layout.
People, numbers and facts are invented.
"""

MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
          "agosto", "settembre", "ottobre", "novembre", "dicembre"]
DAYS_WORDS = {1: "uno", 2: "due", 3: "tre", 4: "quattro", 5: "cinque", 9: "nove",
              10: "dieci", 11: "undici", 12: "dodici", 16: "sedici", 18: "diciotto",
              25: "venticinque", 26: "ventisei"}


def it_date(iso):
    y, m, d = iso.split("-")
    return "%s/%s/%s" % (d, m, y)


def words_date(iso):
    y, m, d = iso.split("-")
    return DAYS_WORDS[int(d)], MONTHS[int(m) - 1]


# ---------------------------------------------------------------------------
# Comune di Cassano d'Adda (Lombardia) - house style "datamanagement"
# ---------------------------------------------------------------------------
CASSANO_GIUNTA = [
    ("COLOMBO Fabio", "Sindaco"),
    ("VILLA Paola", "Vicesindaco"),
    ("GALLI Andrea", "Assessore"),
    ("RIVA Simona", "Assessore"),
    ("PIROVANO Luca", "Assessore"),
    ("SALA Marta", "Assessore"),
]

CASSANO_CONSIGLIO = [
    ("COLOMBO Fabio", "Sindaco"),
    ("MAPELLI Giorgio", "Presidente del Consiglio"),
    ("ORIGGI Stefania", "Consigliere"),
    ("BRAMBATI Davide", "Consigliere"),
    ("CEREDA Valentina", "Consigliere"),
    ("FUMAGALLI Nicola", "Consigliere"),
    ("LONGONI Sara", "Consigliere"),
    ("MOTTA Riccardo", "Consigliere"),
    ("BASSI Marco", "Consigliere"),
    ("FERRARIO Elisa", "Consigliere"),
    ("LOCATELLI Andrea", "Consigliere"),
    ("ZANABONI Pietro", "Consigliere"),
    ("CAPRA Ilaria", "Consigliere"),
    ("BIFFI Emanuele", "Consigliere"),
    ("RADAELLI Giulia", "Consigliere"),
    ("TREMOLADA Matteo", "Consigliere"),
    ("GHEZZI Roberto", "Consigliere"),
]

A1 = dict(
    file="giunta-cassanodadda-datamanagement-18.pdf",
    municipality="Comune di Cassano d'Adda",
    organ="Giunta Comunale", number=18, date="2027-02-04", time="17:30",
    proposal_number=25, proposal_date="2027-01-28",
    proposing_office="Area Servizi alla Persona",
    subject=("APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE DI "
             "VOLONTARIATO \"INSIEME PER CASSANO ODV\" PER IL SERVIZIO DI TRASPORTO "
             "SOCIALE - ANNI 2027/2028"),
    roll=[(n, r, "Assente" if n.startswith("RIVA") else "Presente") for n, r in CASSANO_GIUNTA],
    president=dict(title="Dott.", role="Sindaco", name="Fabio Colombo"),
    secretary=dict(title="Dott.ssa", role="Segretario Generale", name="Laura Brambilla"),
    premessa=[
        "PREMESSO che il Comune garantisce, nell'ambito degli interventi di sostegno alla "
        "domiciliarità, il trasporto di anziani, persone con disabilità e minori in condizione di "
        "fragilità verso strutture sanitarie, centri diurni e servizi riabilitativi del territorio;",
        "RICHIAMATO l'art. 56 del D.Lgs. 3 luglio 2017, n. 117 (Codice del Terzo settore), che "
        "consente alle amministrazioni pubbliche di sottoscrivere con le organizzazioni di "
        "volontariato convenzioni finalizzate allo svolgimento in favore di terzi di attività o "
        "servizi sociali di interesse generale, se più favorevoli rispetto al ricorso al mercato;",
        "DATO ATTO che l'avviso pubblico di manifestazione di interesse, pubblicato dal 7 al 22 "
        "gennaio 2027, ha visto la partecipazione della sola associazione \"Insieme per Cassano "
        "ODV\", iscritta al Registro Unico Nazionale del Terzo Settore, e che la relativa proposta "
        "progettuale è stata ritenuta congrua dal Responsabile dell'Area Servizi alla Persona;",
        "VISTO lo schema di convenzione allegato alla presente quale parte integrante e "
        "sostanziale, che prevede il solo rimborso delle spese effettivamente sostenute e "
        "documentate, entro il limite annuo di euro 18.500,00;",
        "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi "
        "dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267;",
    ],
    points=[
        "di approvare lo schema di convenzione con l'associazione \"Insieme per Cassano ODV\" per "
        "lo svolgimento del servizio di trasporto sociale negli anni 2027 e 2028, allegato alla "
        "presente deliberazione quale parte integrante e sostanziale;",
        "di dare atto che la spesa complessiva di euro 37.000,00 trova copertura alla Missione 12, "
        "Programma 07, del bilancio di previsione 2027-2029, annualità 2027 e 2028;",
        "di demandare al Responsabile dell'Area Servizi alla Persona la sottoscrizione della "
        "convenzione e l'adozione degli atti gestionali conseguenti;",
        "di trasmettere copia della presente deliberazione all'associazione interessata.",
    ],
    vote="unanimous", immediately_executive=True,
    pub=("2027-02-06", 187),
)

A2 = dict(
    file="giunta-cassanodadda-datamanagement-22.pdf",
    municipality="Comune di Cassano d'Adda",
    organ="Giunta Comunale", number=22, date="2027-02-11", time="18:00",
    proposal_number=31, proposal_date="2027-02-05",
    proposing_office="Area Lavori Pubblici e Patrimonio",
    subject=("ADESIONE ALLA CAMPAGNA \"M'ILLUMINO DI MENO 2027\" E INDIRIZZI AGLI UFFICI PER IL "
             "CONTENIMENTO DEI CONSUMI ENERGETICI NEGLI EDIFICI COMUNALI"),
    roll=[
        ("COLOMBO Fabio", "Sindaco", "Assente"),
        ("VILLA Paola", "Vicesindaco", "Presente"),
        ("GALLI Andrea", "Assessore", "Presente in videoconferenza"),
        ("RIVA Simona", "Assessore", "Presente"),
        ("PIROVANO Luca", "Assessore", "Presente in videoconferenza"),
        ("SALA Marta", "Assessore", "Presente"),
    ],
    president=dict(title="Sig.ra", role="Vicesindaco", name="Paola Villa"),
    secretary=dict(title="Dott.", role="Vice Segretario Generale", name="Stefano Galbiati"),
    premessa=[
        "PREMESSO che la campagna radiofonica \"M'illumino di meno\" promuove ogni anno, nel mese "
        "di febbraio, la giornata nazionale del risparmio energetico e degli stili di vita "
        "sostenibili, con l'adesione di enti locali, scuole e associazioni;",
        "CONSIDERATO che l'Amministrazione intende cogliere l'occasione per avviare misure "
        "strutturali di contenimento dei consumi negli immobili comunali, in coerenza con il "
        "Piano d'Azione per l'Energia Sostenibile e il Clima approvato dal Consiglio Comunale;",
        "RILEVATO che i consumi di energia elettrica e termica degli edifici comunali nel 2026 sono "
        "risultati pari a circa 1,9 GWh complessivi, con margini di riduzione significativi nella "
        "gestione degli orari di accensione degli impianti e dell'illuminazione degli uffici;",
        "VISTI i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, "
        "n. 267, dal Responsabile dell'Area Lavori Pubblici e Patrimonio in ordine alla "
        "regolarità tecnica e dal Responsabile dell'Area Economico-Finanziaria in ordine alla "
        "regolarità contabile;",
    ],
    points=[
        "di aderire alla campagna \"M'illumino di meno 2027\", disponendo lo spegnimento "
        "simbolico dell'illuminazione artistica del Municipio nella serata della giornata "
        "nazionale;",
        "di impartire ai Responsabili di Area gli indirizzi contenuti nel documento allegato per "
        "la regolazione degli impianti termici e dell'illuminazione negli edifici comunali;",
        "di incaricare l'Area Lavori Pubblici e Patrimonio del monitoraggio trimestrale dei "
        "consumi e di riferirne alla Giunta entro il 31 dicembre 2027.",
    ],
    vote="unanimous", immediately_executive=False,
)

A3 = dict(
    file="consiglio-cassanodadda-datamanagement-04.pdf",
    municipality="Comune di Cassano d'Adda",
    organ="Consiglio Comunale", number=4, date="2027-02-16", time="20:30",
    proposal_number=6, proposal_date="2027-02-02",
    proposing_office="Area Territorio e Ambiente",
    subject="APPROVAZIONE DEL REGOLAMENTO COMUNALE PER L'ASSEGNAZIONE E LA GESTIONE DEGLI ORTI URBANI",
    roll=[(n, r, "NO" if n.split()[0] in ("FUMAGALLI", "CAPRA") else "SI")
          for n, r in CASSANO_CONSIGLIO],
    president=dict(title="Sig.", role="Presidente del Consiglio Comunale", name="Giorgio Mapelli"),
    secretary=dict(title="Dott.ssa", role="Segretario Generale", name="Laura Brambilla"),
    premessa=[
        "PREMESSO che il Comune dispone di un'area di circa 6.400 mq in località Cascina "
        "Nuova, già suddivisa in lotti coltivabili, che l'Amministrazione intende destinare a "
        "orti urbani da assegnare a cittadini residenti, associazioni e scuole;",
        "RITENUTO necessario disciplinare con apposito regolamento i requisiti di accesso, i "
        "criteri di formazione della graduatoria, la durata delle assegnazioni, gli obblighi "
        "degli assegnatari e le cause di decadenza;",
        "DATO ATTO che lo schema di regolamento è stato esaminato dalla Commissione consiliare "
        "Territorio e Ambiente nella seduta del 9 febbraio 2027, che ha espresso parere "
        "favorevole a maggioranza;",
        "UDITA la relazione dell'Assessore competente e gli interventi dei Consiglieri, "
        "integralmente registrati e conservati agli atti della seduta;",
        "ACQUISITO il parere favorevole di regolarità tecnica espresso ai sensi dell'art. 49 del "
        "D.Lgs. 18 agosto 2000, n. 267, e dato atto che il provvedimento non comporta riflessi "
        "diretti sul bilancio;",
    ],
    points=[
        "di approvare il Regolamento comunale per l'assegnazione e la gestione degli orti "
        "urbani, composto da 18 articoli, allegato alla presente quale parte integrante e "
        "sostanziale;",
        "di stabilire che il Regolamento entra in vigore il quindicesimo giorno successivo alla "
        "pubblicazione all'Albo Pretorio on line della presente deliberazione;",
        "di incaricare il Responsabile dell'Area Territorio e Ambiente di predisporre il primo "
        "bando di assegnazione entro il 30 aprile 2027.",
    ],
    vote="majority",
    vote_counts=dict(present=15, voters=15, in_favour=11, against=4, abstained=0),
    immediately_executive=False,
)

A4 = dict(
    file="consiglio-cassanodadda-datamanagement-05.pdf",
    municipality="Comune di Cassano d'Adda",
    organ="Consiglio Comunale", number=5, date="2027-02-16", time="20:30",
    proposal_number=8, proposal_date="2027-02-05",
    proposing_office="Area Economico-Finanziaria",
    subject=("PRIMA VARIAZIONE AL BILANCIO DI PREVISIONE FINANZIARIO 2027-2029 AI SENSI "
             "DELL'ART. 175, COMMA 2, DEL D.LGS. 267/2000"),
    absent=["FUMAGALLI Nicola", "CAPRA Ilaria", "LOCATELLI Andrea"],
    president=dict(role="Presidente del Consiglio Comunale", name="Giorgio Mapelli"),
    secretary=dict(title="Dott.ssa", role="Segretario Generale", name="Laura Brambilla"),
    premessa=[
        "RICHIAMATA la deliberazione consiliare n. 58 del 19 dicembre 2026, esecutiva, con la "
        "quale è stato approvato il bilancio di previsione finanziario 2027-2029;",
        "VISTA la richiesta del Responsabile dell'Area Lavori Pubblici e Patrimonio di "
        "stanziare le risorse per la messa in sicurezza della copertura della palestra di via "
        "Manzoni, a seguito dei danni rilevati dopo gli eventi atmosferici del mese di gennaio;",
        "DATO ATTO che la variazione, di complessivi euro 142.600,00 per l'annualità 2027, "
        "è finanziata con maggiori entrate da contributo regionale e con riduzione di spese "
        "correnti non più necessarie, come dettagliato nel prospetto allegato;",
        "ACQUISITO il parere favorevole dell'Organo di revisione economico-finanziaria, reso ai "
        "sensi dell'art. 239, comma 1, lett. b), del D.Lgs. 267/2000 (verbale n. 3 del 10 "
        "febbraio 2027);",
        "VISTI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. "
        "49 del D.Lgs. 267/2000;",
    ],
    points=[
        "di approvare la variazione al bilancio di previsione finanziario 2027-2029 nelle "
        "risultanze di cui al prospetto allegato sub A);",
        "di dare atto che con la presente variazione vengono rispettati gli equilibri di "
        "bilancio e il pareggio finanziario di cui all'art. 193 del D.Lgs. 267/2000;",
        "di trasmettere al Tesoriere comunale il prospetto delle variazioni di interesse, "
        "allegato sub B).",
    ],
    vote="majority",
    vote_counts=dict(present=14, in_favour=10, against=3, abstained=1),
    immediately_executive=True,
    pub=("2027-02-19", 214),
)

# ---------------------------------------------------------------------------
# Comune di Cavriglia (Toscana) - house style "civilianext"
# ---------------------------------------------------------------------------
B1 = dict(
    file="giunta-cavriglia-civilianext-15.pdf",
    municipality="Comune di Cavriglia",
    organ="Giunta Comunale", number=15, date="2027-02-03", time="12:00",
    proposal_number=18, proposal_date="2027-01-27",
    proposing_office="Settore Affari Generali e Servizi alla Persona",
    subject=("CONCESSIONE DI UN CONTRIBUTO ECONOMICO ALLA PRO LOCO PER L'ORGANIZZAZIONE DEL "
             "CARNEVALE DEI BAMBINI 2027 E PATROCINIO DELL'INIZIATIVA"),
    roll=[
        ("BIANCHINI Marco", "Sindaco", "Sì"),
        ("NOCENTINI Elena", "Vice Sindaco", "Sì"),
        ("CRESTI Paolo", "Assessore", "Sì"),
        ("FABBRINI Sara", "Assessore", "No"),
        ("TIEZZI Luca", "Assessore", "Sì"),
    ],
    president=dict(role="Sindaco", name="Marco Bianchini"),
    secretary=dict(title="Dott.", role="Segretario Comunale", name="Riccardo Bartolini"),
    premessa=[
        "VISTA la nota acquisita al protocollo n. 1466 del 19 gennaio 2027, con la quale la Pro "
        "Loco ha chiesto il patrocinio e un contributo per l'organizzazione del Carnevale dei "
        "bambini, in programma nelle domeniche del 14 e del 21 febbraio 2027;",
        "VISTO il Regolamento comunale per la concessione di contributi, sovvenzioni e vantaggi "
        "economici, approvato con deliberazione consiliare n. 12 del 28 marzo 2019;",
        "CONSIDERATO che l'iniziativa, giunta alla sua ventesima edizione, coinvolge le scuole e "
        "le associazioni del territorio e rappresenta un momento di aggregazione per le famiglie;",
        "RITENUTO di concedere un contributo di euro 2.500,00, a fronte di un preventivo di spesa "
        "di euro 7.800,00, da liquidare a rendiconto;",
        "VISTI i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
    ],
    points=[
        "di concedere il patrocinio comunale al Carnevale dei bambini 2027 organizzato dalla "
        "Pro Loco;",
        "di concedere alla Pro Loco un contributo economico di euro 2.500,00, da liquidare previa "
        "presentazione del rendiconto delle spese sostenute;",
        "di demandare al Responsabile del Settore Affari Generali e Servizi alla Persona gli "
        "adempimenti conseguenti, compresa la pubblicazione ai sensi dell'art. 26 del D.Lgs. "
        "33/2013.",
    ],
    vote="unanimous", immediately_executive=True,
    pub=("2027-02-05", 96),
)

B2 = dict(
    file="giunta-cavriglia-civilianext-19.pdf",
    municipality="Comune di Cavriglia",
    organ="Giunta Comunale", number=19, date="2027-02-10", time="13:00",
    proposal_number=24, proposal_date="2027-02-05",
    proposing_office="Settore Lavori Pubblici e Ambiente",
    subject=("APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI "
             "MANUTENZIONE STRAORDINARIA DELLA VIABILITÀ COMUNALE - ANNO 2027 - CUP D37H27000040004"),
    prose_present=[("Marco Bianchini", "Sindaco"), ("Elena Nocentini", "Vice Sindaco"),
                   ("Paolo Cresti", "Assessore"), ("Sara Fabbrini", "Assessore")],
    prose_absent=[("Luca Tiezzi", "Assessore")],
    president=dict(title="Sig.", role="Sindaco", name="Marco Bianchini"),
    secretary=dict(title="Dott.ssa", role="Vice Segretario Comunale", name="Monica Ermini"),
    premessa=[
        "PREMESSO che nel programma triennale dei lavori pubblici 2027-2029 è inserito, per "
        "l'annualità 2027, l'intervento di manutenzione straordinaria della viabilità comunale "
        "per un importo complessivo di euro 390.000,00;",
        "VISTO il progetto di fattibilità tecnico-economica redatto dall'Ufficio Tecnico comunale, "
        "composto da relazione generale, computo metrico estimativo, quadro economico e "
        "planimetrie dei tratti interessati;",
        "DATO ATTO che il progetto è stato verificato ai sensi dell'art. 42 del D.Lgs. 31 marzo "
        "2023, n. 36, come risulta dal verbale di verifica del 4 febbraio 2027;",
        "VISTI i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 "
        "del D.Lgs. 267/2000;",
    ],
    points=[
        "di approvare il progetto di fattibilità tecnico-economica dei lavori di manutenzione "
        "straordinaria della viabilità comunale - anno 2027, per l'importo complessivo di euro "
        "390.000,00;",
        "di approvare il quadro economico dell'intervento, come riportato in premessa e negli "
        "elaborati progettuali;",
        "di dare atto che la spesa trova copertura al capitolo 20810/1 del bilancio 2027-2029, "
        "annualità 2027, finanziato con avanzo di amministrazione destinato agli investimenti;",
        "di nominare Responsabile unico del progetto il geom. Filippo Baldini, in servizio "
        "presso il Settore Lavori Pubblici e Ambiente.",
    ],
    vote="unanimous", immediately_executive=True,
)

CAVRIGLIA_CONSIGLIO = [
    ("BIANCHINI Marco", "Sindaco"),
    ("MUGNAI Chiara", "Presidente"),
    ("MORI Andrea", "Vice Presidente"),
    ("PAGGETTI Silvia", "Consigliere"),
    ("BONCI Stefano", "Consigliere"),
    ("VANNINI Claudia", "Consigliere"),
    ("GORI Alessio", "Consigliere"),
    ("ROSSINI Federica", "Consigliere"),
    ("LANDI Matteo", "Consigliere"),
    ("CHELI Daniela", "Consigliere"),
    ("BIGIARINI Lorenzo", "Consigliere"),
    ("FANTONI Giulia", "Consigliere"),
    ("PERUZZI Enrico", "Consigliere"),
]

B3 = dict(
    file="consiglio-cavriglia-civilianext-07.pdf",
    municipality="Comune di Cavriglia",
    organ="Consiglio Comunale", number=7, date="2027-02-12", time="21:00",
    proposal_number=3, proposal_date="2027-01-28",
    proposing_office="Settore Lavori Pubblici e Ambiente",
    subject="APPROVAZIONE DELL'AGGIORNAMENTO 2027 DEL PIANO COMUNALE DI PROTEZIONE CIVILE",
    roll=[(n, r, "Assente" if n.split()[0] in ("BONCI", "BIGIARINI") else "Presente")
          for n, r in CAVRIGLIA_CONSIGLIO],
    president=dict(title="Sig.ra", role="Presidente del Consiglio Comunale", name="Chiara Mugnai"),
    secretary=dict(title="Dott.", role="Segretario Comunale", name="Riccardo Bartolini"),
    premessa=[
        "VISTO il D.Lgs. 2 gennaio 2018, n. 1 (Codice della protezione civile), e in particolare "
        "l'art. 12, che attribuisce ai Comuni la predisposizione dei piani di protezione civile "
        "e la loro approvazione con deliberazione consiliare;",
        "RICHIAMATA la deliberazione consiliare n. 31 del 29 luglio 2021, con la quale è stato "
        "approvato il Piano comunale di protezione civile vigente;",
        "CONSIDERATO che l'aggiornamento predisposto dal Settore Lavori Pubblici e Ambiente "
        "recepisce le nuove mappe di pericolosità idraulica, individua ulteriori aree di attesa "
        "e di accoglienza e aggiorna le procedure operative e la rubrica dei referenti;",
        "DATO ATTO che la Commissione consiliare Assetto del Territorio ha esaminato la "
        "proposta nella seduta del 5 febbraio 2027;",
        "VISTO il parere favorevole di regolarità tecnica espresso ai sensi dell'art. 49 del "
        "D.Lgs. 267/2000;",
    ],
    points=[
        "di approvare l'aggiornamento 2027 del Piano comunale di protezione civile, composto "
        "dagli elaborati elencati in premessa e depositati agli atti del Settore Lavori "
        "Pubblici e Ambiente;",
        "di disporre la trasmissione del Piano alla Regione Toscana, alla Prefettura di Arezzo e "
        "alla Provincia di Arezzo;",
        "di dare ampia diffusione ai contenuti del Piano presso la cittadinanza, anche mediante "
        "il sito istituzionale e incontri pubblici nelle frazioni.",
    ],
    vote="majority",
    vote_counts=dict(present=11, voters=11, in_favour=8, against=3),
    immediately_executive=True,
)

B4 = dict(
    file="consiglio-cavriglia-civilianext-08.pdf",
    municipality="Comune di Cavriglia",
    organ="Consiglio Comunale", number=8, date="2027-02-26", time="21:00",
    proposal_number=4, proposal_date="2027-02-02",
    proposing_office="Settore Finanziario",
    subject=("RICONOSCIMENTO DELLA LEGITTIMITÀ DI DEBITO FUORI BILANCIO AI SENSI DELL'ART. 194, "
             "COMMA 1, LETT. A), DEL D.LGS. 267/2000 DERIVANTE DALLA SENTENZA DEL GIUDICE DI PACE "
             "DI AREZZO N. 112/2026"),
    roll=[(n, r, {"MUGNAI": "Assente", "BONCI": "Assente"}.get(n.split()[0], "Presente"),
           "videoconferenza" if n.split()[0] in ("PAGGETTI", "ROSSINI") else
           ("" if n.split()[0] in ("MUGNAI", "BONCI") else "in presenza"))
          for n, r in CAVRIGLIA_CONSIGLIO],
    president=dict(role="Vice Presidente del Consiglio Comunale", name="Andrea Mori"),
    secretary=dict(title="Dott.ssa", role="Vice Segretario", name="Monica Ermini"),
    premessa=[
        "VISTA la sentenza del Giudice di Pace di Arezzo n. 112/2026, depositata il 17 novembre "
        "2026, che ha condannato il Comune al risarcimento dei danni subiti da un veicolo a "
        "causa di una buca sulla strada comunale, oltre alle spese di lite;",
        "DATO ATTO che l'importo complessivo dovuto ammonta a euro 3.184,60, di cui euro "
        "2.240,00 per sorte capitale, euro 74,60 per interessi ed euro 870,00 per spese "
        "legali;",
        "RICHIAMATO l'art. 194, comma 1, lett. a), del D.Lgs. 267/2000, che prevede il "
        "riconoscimento della legittimità dei debiti fuori bilancio derivanti da sentenze "
        "esecutive;",
        "ACQUISITO il parere favorevole del Revisore dei conti (verbale n. 2 del 9 febbraio 2027) "
        "e i pareri di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del "
        "D.Lgs. 267/2000;",
    ],
    points=[
        "di riconoscere la legittimità del debito fuori bilancio di euro 3.184,60 derivante "
        "dalla sentenza del Giudice di Pace di Arezzo n. 112/2026;",
        "di finanziare la spesa con le risorse stanziate alla Missione 1, Programma 11, del "
        "bilancio di previsione 2027-2029, annualità 2027;",
        "di demandare al Responsabile del Settore Finanziario l'assunzione dell'impegno e la "
        "liquidazione della somma dovuta;",
        "di trasmettere la presente deliberazione alla Procura regionale della Corte dei conti "
        "ai sensi dell'art. 23, comma 5, della legge 27 dicembre 2002, n. 289.",
    ],
    vote="majority",
    vote_counts=dict(present=11, voters=9, in_favour=8, against=1, abstained=2),
    immediately_executive=True,
)

# ---------------------------------------------------------------------------
# Comune di Boscoreale (Campania) - house style "halley"
# ---------------------------------------------------------------------------
BOSCO_GIUNTA = [
    ("SORRENTINO Antonio", "SINDACO"),
    ("VITIELLO Anna", "VICESINDACO"),
    ("CIRILLO Gennaro", "ASSESSORE"),
    ("AMBROSIO Teresa", "ASSESSORE"),
    ("MATRONE Luigi", "ASSESSORE"),
    ("ESPOSITO Carmela", "ASSESSORE"),
]

C1 = dict(
    file="giunta-boscoreale-halley-21.pdf",
    municipality="Comune di Boscoreale",
    organ="Giunta Comunale", number=21, date="2027-02-09", time="12:30",
    proposal_number=29, proposal_date="2027-02-03",
    proposing_office="SETTORE IV - LAVORI PUBBLICI",
    subject=("APPROVAZIONE DEL PROGETTO ESECUTIVO DEI LAVORI DI RIQUALIFICAZIONE DELL'AREA "
             "GIOCHI DEL PARCO URBANO COMUNALE - CUP J81B26000310006"),
    roll=[(n, r, "NO" if n.startswith("AMBROSIO") else "SI") for n, r in BOSCO_GIUNTA],
    president=dict(title="Avv.", role="SINDACO", name="Antonio Sorrentino"),
    secretary=dict(title="Dott.", role="SEGRETARIO GENERALE", name="Raffaele Iovino"),
    premessa=[
        "PREMESSO che con decreto dirigenziale regionale n. 418 del 12/11/2026 il Comune e'",
        "stato ammesso al finanziamento di euro 185.000,00 per la riqualificazione delle",
        "aree gioco e degli spazi verdi attrezzati di proprieta' comunale;",
        "",
        "VISTO il progetto esecutivo redatto dall'Ufficio Tecnico comunale, dell'importo",
        "complessivo di euro 185.000,00, di cui euro 142.300,00 per lavori a base d'asta ed",
        "euro 3.900,00 per oneri della sicurezza non soggetti a ribasso;",
        "",
        "VISTO il verbale di verifica e validazione del progetto in data 02/02/2027, ai sensi",
        "dell'art. 42 del D.Lgs. 36/2023;",
        "",
        "ACQUISITI i pareri favorevoli di regolarita' tecnica e contabile resi ai sensi",
        "dell'art. 49 del D.Lgs. 267/2000;",
    ],
    points=[
        ["di approvare il progetto esecutivo dei lavori di riqualificazione dell'area giochi",
         "del parco urbano comunale, dell'importo complessivo di euro 185.000,00;"],
        ["di approvare il quadro economico dell'intervento come riportato negli elaborati;"],
        ["di dare atto che la spesa e' finanziata con il contributo regionale di cui al",
         "decreto dirigenziale n. 418 del 12/11/2026;"],
        ["di demandare al Responsabile del Settore IV l'avvio della procedura di affidamento."],
    ],
    vote="unanimous", immediately_executive=True,
)

C2 = dict(
    file="giunta-boscoreale-halley-24.pdf",
    municipality="Comune di Boscoreale",
    organ="Giunta Comunale", number=24, date="2027-02-16", time="13:00",
    proposal_number=34, proposal_date="2027-02-10",
    proposing_office="SETTORE II - ECONOMICO FINANZIARIO",
    subject=("NOMINA DEL FUNZIONARIO RESPONSABILE DELL'IMPOSTA MUNICIPALE PROPRIA (IMU) E DELLA "
             "TASSA SUI RIFIUTI (TARI)"),
    roll=[(n, r.capitalize(), "Assente" if n.split()[0] in ("SORRENTINO", "ESPOSITO") else "Presente")
          for n, r in BOSCO_GIUNTA],
    president=dict(title="Dott.ssa", role="Vicesindaco", name="Anna Vitiello"),
    secretary=dict(title="Dott.", role="Segretario Generale", name="Raffaele Iovino"),
    premessa=[
        "VISTO l'art. 1, comma 778, della legge 27 dicembre 2019, n. 160, che prevede la "
        "designazione del funzionario responsabile dell'imposta municipale propria;",
        "VISTO l'art. 1, comma 692, della legge 27 dicembre 2013, n. 147, relativo alla "
        "designazione del funzionario responsabile della tassa sui rifiuti;",
        "DATO ATTO che la dott.ssa Rosaria Annunziata, istruttore direttivo contabile del "
        "Settore II, già titolare di incarico di elevata qualificazione, possiede la "
        "professionalità necessaria;",
        "VISTI i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
    ],
    points=[
        "di nominare la dott.ssa Rosaria Annunziata funzionario responsabile dell'IMU e della "
        "TARI, con i poteri di cui alla normativa richiamata in premessa;",
        "di dare atto che la nomina sarà comunicata al Ministero dell'Economia e delle Finanze "
        "mediante pubblicazione sul portale del federalismo fiscale.",
    ],
    vote="unanimous", immediately_executive=True,
)

BOSCO_CONSIGLIO_PRES = ["SORRENTINO Antonio", "DI LAURO Ciro", "CASCONE Pasquale", "IZZO Maria",
                        "BALZANO Francesco", "ABAGNALE Rita", "CESARANO Giuseppe",
                        "FORMISANO Luisa", "GALLO Michele", "IERVOLINO Carmine",
                        "LANGELLA Assunta", "MILANO Vittorio", "PAPA Raffaella", "RUSSO Domenico"]
BOSCO_CONSIGLIO_ASS = ["D'AURIA Vincenzo", "NAPPO Rosa", "SCOGNAMIGLIO Aldo"]

C3 = dict(
    file="consiglio-boscoreale-halley-03.pdf",
    municipality="Comune di Boscoreale",
    organ="Consiglio Comunale", number=3, date="2027-02-18", time="18:00",
    proposal_number=5, proposal_date="2027-02-08",
    proposing_office="SETTORE II - ECONOMICO FINANZIARIO",
    subject=("APPROVAZIONE DELLE ALIQUOTE E DELLE DETRAZIONI DELL'IMPOSTA MUNICIPALE PROPRIA "
             "(IMU) PER L'ANNO 2027"),
    present=BOSCO_CONSIGLIO_PRES, absent=BOSCO_CONSIGLIO_ASS,
    roles={"SORRENTINO Antonio": "SINDACO", "DI LAURO Ciro": "PRESIDENTE"},
    president=dict(title="Sig.", role="Presidente del Consiglio Comunale", name="Ciro DI LAURO"),
    secretary=dict(title="dott.", role="Segretario Generale", name="Raffaele IOVINO"),
    premessa=[
        "VISTO l'art. 1, commi da 739 a 783, della legge 27 dicembre 2019, n. 160, che",
        "disciplina l'imposta municipale propria (IMU);",
        "",
        "VISTO in particolare il comma 757, relativo all'obbligo di redigere la delibera",
        "di approvazione delle aliquote mediante l'applicazione disponibile nel Portale",
        "del federalismo fiscale, che consente l'elaborazione del prospetto;",
        "",
        "RITENUTO di confermare per l'anno 2027 le aliquote vigenti nell'anno 2026, al",
        "fine di garantire gli equilibri di bilancio;",
        "",
        "UDITI gli interventi dei Consiglieri, riportati nel resoconto di seduta;",
        "",
        "ACQUISITI il parere del Collegio dei Revisori dei conti e i pareri di",
        "regolarita' tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. 267/2000;",
    ],
    points=[
        ["di confermare per l'anno 2027 le aliquote e le detrazioni IMU vigenti nel",
         "2026, come riportate nel prospetto allegato quale parte integrante;"],
        ["di dare atto che l'aliquota per l'abitazione principale di categoria A/1, A/8",
         "e A/9 e' fissata allo 0,6 per cento, con la detrazione di euro 200,00;"],
        ["di trasmettere il prospetto delle aliquote al Ministero dell'Economia e delle",
         "Finanze mediante inserimento nel Portale del federalismo fiscale;"],
        ["di pubblicare la presente deliberazione sul sito istituzionale dell'Ente."],
    ],
    vote="majority",
    vote_counts=dict(present=14, voters=13, in_favour=10, against=3, abstained=1),
    immediately_executive=True,
)

C4_ROLL = [
    ("SORRENTINO Antonio", "Sindaco"), ("DI LAURO Ciro", "Presidente"),
    ("CASCONE Pasquale", "Consigliere"), ("IZZO Maria", "Consigliere"),
    ("BALZANO Francesco", "Consigliere"), ("ABAGNALE Rita", "Consigliere"),
    ("CESARANO Giuseppe", "Consigliere"), ("FORMISANO Luisa", "Consigliere"),
    ("GALLO Michele", "Vice Presidente"), ("IERVOLINO Carmine", "Consigliere"),
    ("LANGELLA Assunta", "Consigliere"), ("MILANO Vittorio", "Consigliere"),
    ("PAPA Raffaella", "Consigliere"), ("RUSSO Domenico", "Consigliere"),
    ("D'AURIA Vincenzo", "Consigliere"), ("NAPPO Rosa", "Consigliere"),
    ("SCOGNAMIGLIO Aldo", "Consigliere"),
]

C4 = dict(
    file="consiglio-boscoreale-halley-04.pdf",
    municipality="Comune di Boscoreale",
    organ="Consiglio Comunale", number=4, date="2027-02-25", time="18:30",
    proposal_number=7, proposal_date="2027-02-12",
    proposing_office="SETTORE II - ECONOMICO FINANZIARIO",
    subject=("APPROVAZIONE DELLA NOTA DI AGGIORNAMENTO AL DOCUMENTO UNICO DI PROGRAMMAZIONE "
             "(DUP) 2027-2029"),
    roll=[(n, r, "No" if n.split()[0] in ("DI", "NAPPO") else "Sì",
           "in videoconferenza" if n.split()[0] in ("IZZO", "MILANO") else "")
          for n, r in C4_ROLL],
    president=dict(title="dott.", role="Vice Presidente del Consiglio Comunale", name="Michele Gallo"),
    secretary=dict(title="dott.ssa", role="Vice Segretario Generale", name="Immacolata Cuomo"),
    premessa=[
        "VISTO l'art. 170 del D.Lgs. 18 agosto 2000, n. 267, e il principio contabile applicato "
        "concernente la programmazione di bilancio (allegato 4/1 al D.Lgs. 118/2011), che "
        "individuano nel Documento Unico di Programmazione lo strumento che consente "
        "l'attività di guida strategica e operativa degli enti locali;",
        "RICHIAMATA la deliberazione della Giunta Comunale n. 19 del 4 febbraio 2027, con la "
        "quale è stata approvata la nota di aggiornamento al DUP 2027-2029 da sottoporre al "
        "Consiglio Comunale;",
        "DATO ATTO che la nota di aggiornamento è stata messa a disposizione dei Consiglieri nei "
        "termini previsti dal Regolamento di contabilità;",
        "ACQUISITO il parere favorevole del Collegio dei Revisori dei conti, reso con verbale "
        "n. 4 del 15 febbraio 2027, e i pareri di regolarità tecnica e contabile;",
    ],
    points=[
        "di approvare la nota di aggiornamento al Documento Unico di Programmazione (DUP) "
        "2027-2029, allegata alla presente quale parte integrante e sostanziale;",
        "di dare atto che il DUP costituisce atto presupposto indispensabile per "
        "l'approvazione del bilancio di previsione 2027-2029;",
        "di pubblicare il DUP sul sito istituzionale, sezione Amministrazione trasparente, "
        "sottosezione Bilanci.",
    ],
    vote="majority",
    vote_counts=dict(present=15, voters=15, in_favour=11, against=4, abstained=0),
    immediately_executive=True,
)

ALL = [A1, A2, A3, A4, B1, B2, B3, B4, C1, C2, C3, C4]
