# -*- coding: utf-8 -*-
"""Shared content of set mix-116-b: the three bodies, their rolls and the
twelve minutes.  Every generator in this folder reads its text from here and
keys_make.py writes keys.json from the same data, so that the keys and the
printed words cannot drift apart.  People, numbers and codes are invented."""

# ---------------------------------------------------------------- bodies ---
UNIONE = "Unione dei Comuni dell'Appennino Bolognese"
CMF = "Comunità Montana del Fortore"
COVAR = "Consorzio Valorizzazione Rifiuti 14"

# Unione dei Comuni dell'Appennino Bolognese (Emilia-Romagna): the Giunta is
# made of the twelve Sindaci, the Consiglio of a Sindaco and a councillor of
# each member Comune.
UNIONE_COMUNI = ["Alto Reno Terme", "Camugnano", "Castel d'Aiano",
                 "Castel di Casio", "Castiglione dei Pepoli", "Gaggio Montano",
                 "Grizzana Morandi", "Lizzano in Belvedere", "Marzabotto",
                 "Monzuno", "San Benedetto Val di Sambro", "Vergato"]
UNIONE_SINDACI = {
    "Alto Reno Terme": "CASELLI Marco", "Camugnano": "BERTOCCHI Anna",
    "Castel d'Aiano": "NANNI Paolo", "Castel di Casio": "LELLI Roberta",
    "Castiglione dei Pepoli": "GUIDOTTI Stefano",
    "Gaggio Montano": "MONARI Elisa", "Grizzana Morandi": "ZANARDI Luca",
    "Lizzano in Belvedere": "BORGHI Giovanni", "Marzabotto": "FIORINI Chiara",
    "Monzuno": "TAROZZI Andrea", "San Benedetto Val di Sambro": "SAMMARCHI Davide",
    "Vergato": "VENTURI Giulia"}
UNIONE_CONSIGLIERI = {
    "Alto Reno Terme": "GIACOMELLI Sonia", "Camugnano": "MATTEUCCI Franco",
    "Castel d'Aiano": "RAIMONDI Ilaria", "Castel di Casio": "BIAGI Tommaso",
    "Castiglione dei Pepoli": "TOLOMELLI Massimo",
    "Gaggio Montano": "PALMIERI Cristian", "Grizzana Morandi": "CARBONI Martina",
    "Lizzano in Belvedere": "SIMONI Loredana", "Marzabotto": "LANZARINI Enrico",
    "Monzuno": "GAMBERINI Silvia", "San Benedetto Val di Sambro": "PIRINI Luca",
    "Vergato": "BALDI Federico"}

# Comunità Montana del Fortore (Campania, Provincia di Benevento)
CMF_GIUNTA = [("PALUMBO Antonio", "Presidente"),
              ("IANNACE Michele", "Vice Presidente"),
              ("COLANGELO Rosa", "Assessore"),
              ("DE PAOLA Nicola", "Assessore"),
              ("MASTRANGELO Pasquale", "Assessore")]
CMF_CONSIGLIO = [  # comune, name, role as the roll prints it
    ("Baselice", "FURNO Luigi", "Sindaco"),
    ("Castelfranco in Miscano", "RUSSO Carmine", "Consigliere delegato"),
    ("Castelvetere in Val Fortore", "ZEOLI Angelo", "Sindaco"),
    ("Foiano di Val Fortore", "DI DONATO Maria", "Sindaco"),
    ("Ginestra degli Schiavoni", "CIOCCIA Giuseppe", "Sindaco"),
    ("Molinara", "RICCIARDI Domenico", "Consigliere delegato"),
    ("Montefalcone di Val Fortore", "LAVORGNA Pietro", "Sindaco"),
    ("San Bartolomeo in Galdo", "PALUMBO Antonio", "Sindaco"),
    ("San Giorgio La Molara", "IANNACE Michele", "Assessore delegato"),
    ("San Marco dei Cavoti", "MASTRANGELO Pasquale", "Sindaco")]

# COVAR 14 (Piemonte, Città metropolitana di Torino): twenty Comuni, shares
# by resident population.
COVAR_ENTI = [  # comune, representative, role, inhabitants used for the share
    ("BEINASCO", "GALLO Daniela", "Sindaco", 17820),
    ("BRUINO", "BERTINETTI Andrea", "Assessore delegato", 8410),
    ("CANDIOLO", "CERUTTI Franco", "Sindaco", 5590),
    ("CARIGNANO", "AUDISIO Luca", "Sindaco", 9120),
    ("CARMAGNOLA", "MOLLO Chiara", "Assessore delegato", 28650),
    ("CASTAGNOLE PIEMONTE", "BOSIO Piero", "Sindaco", 2230),
    ("LA LOGGIA", "TOSCO Alessandra", "Sindaco", 8870),
    ("LOMBRIASCO", "FERRERO Ugo", "Sindaco", 1040),
    ("MONCALIERI", "GARINO Stefano", "Assessore delegato", 56480),
    ("NICHELINO", "PAUTASSO Marta", "Assessore delegato", 46210),
    ("ORBASSANO", "GIORDANO Roberto", "Sindaco", 23160),
    ("OSASIO", "CAVAGLIÀ Renata", "Sindaco", 930),
    ("PANCALIERI", "ROSSO Giacomo", "Sindaco", 1990),
    ("PIOBESI TORINESE", "ALLASIA Fabrizio", "Sindaco", 3910),
    ("PIOSSASCO", "MUSSO Elena", "Sindaco", 18050),
    ("RIVALTA DI TORINO", "BONINO Marco", "Consigliere delegato", 20140),
    ("TROFARELLO", "CHIAVAZZA Gianni", "Sindaco", 10930),
    ("VILLASTELLONE", "BRUNERO Walter", "Sindaco", 4720),
    ("VINOVO", "DEMARIA Giulia", "Assessore delegato", 15080),
    ("VOLVERA", "ARDUINO Simone", "Sindaco", 8640)]


def covar_quote():
    """Shares in hundredths of a per cent, summing to exactly 100,00."""
    tot = sum(e[3] for e in COVAR_ENTI)
    raw = [e[3] * 10000 / tot for e in COVAR_ENTI]
    q = [int(r) for r in raw]
    rest = 10000 - sum(q)
    order = sorted(range(len(raw)), key=lambda i: raw[i] - q[i], reverse=True)
    for i in order[:rest]:
        q[i] += 1
    return {COVAR_ENTI[i][0]: q[i] for i in range(len(q))}


QUOTE = covar_quote()


def pct(hundredths):
    return "%d,%02d" % divmod(hundredths, 100)


COVAR_CDA = [("RISSONE Paolo", "Presidente"),
             ("AIMAR Cristina", "Vice Presidente"),
             ("OCCHIENA Marina", "Consigliere")]

GIORNI = {7: "sette", 8: "otto", 9: "nove", 14: "quattordici", 15: "quindici",
          16: "sedici", 21: "ventuno", 22: "ventidue", 23: "ventitré",
          28: "ventotto", 29: "ventinove", 30: "trenta"}


def it_date(iso):
    y, m, d = iso.split("-")
    return "%s/%s/%s" % (d, m, y)


# ------------------------------------------------------------- documents ---
D = {}

# ===== A1: Giunta dell'Unione n. 27 (Chromium) ============================
_abs = {"Castel d'Aiano", "Lizzano in Belvedere"}
_car = {"Vergato": "Presidente", "Castiglione dei Pepoli": "Vice Presidente"}
D["A1"] = dict(
    file="giunta-n27-unioneappenninobolognese-civilianext.pdf",
    body=UNIONE, organ="Giunta dell'Unione", number=27, date="2027-04-08",
    time="15:00", proposal_number=41, proposal_date="2027-04-01",
    proposing_office="Area Servizi Finanziari",
    subject=("RIACCERTAMENTO ORDINARIO DEI RESIDUI ATTIVI E PASSIVI AL "
             "31/12/2026 AI SENSI DELL'ART. 3, COMMA 4, DEL D.LGS. N. "
             "118/2011 E CONSEGUENTE VARIAZIONE DI BILANCIO"),
    roll=[dict(name=UNIONE_SINDACI[c], comune=c,
               role=_car.get(c, "Componente"), present=c not in _abs)
          for c in UNIONE_COMUNI],
    president=dict(title="dott.ssa", role="Presidente dell'Unione",
                   name="Giulia Venturi"),
    secretary=dict(title="dott.", role="Segretario dell'Unione",
                   name="Fabrizio Melloni"),
    vote="unanimous", immediately_executive=True,
    premesse=[
        "Premesso che con deliberazione del Consiglio dell'Unione n. 31 del 19/12/2026, esecutiva, è stato approvato il bilancio di previsione finanziario 2027-2029 e con deliberazione della Giunta dell'Unione n. 2 del 14/01/2027 il Piano Esecutivo di Gestione per il medesimo triennio;",
        "Visto l'art. 3, comma 4, del D.Lgs. 23 giugno 2011, n. 118, il quale dispone che, al fine di dare attuazione al principio contabile generale della competenza finanziaria, gli enti provvedono annualmente, prima della predisposizione del rendiconto, al riaccertamento dei residui attivi e passivi, verificando la fondatezza giuridica dei crediti accertati e dei debiti imputati all'esercizio;",
        "Visto il principio contabile applicato concernente la contabilità finanziaria, allegato 4/2 al D.Lgs. n. 118/2011, ed in particolare il punto 9.1;",
        "Dato atto che i Responsabili delle Aree hanno trasmesso al Servizio Finanziario gli elenchi dei residui di rispettiva competenza, debitamente verificati e motivati, conservati agli atti;",
        "Visto il parere favorevole espresso dal Revisore unico dei conti con verbale n. 6 del 05/04/2027, acquisito al protocollo dell'Unione al n. 5123;",
        "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi dal Responsabile dell'Area Servizi Finanziari ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
    ],
    points=[
        "di approvare, ai sensi dell'art. 3, comma 4, del D.Lgs. n. 118/2011, le risultanze del riaccertamento ordinario dei residui attivi e passivi al 31/12/2026, come riportate negli allegati A) e B), parti integranti e sostanziali del presente atto;",
        "di eliminare definitivamente i residui attivi per euro 48.215,37 e i residui passivi per euro 63.904,12 in quanto insussistenti o prescritti;",
        "di reimputare agli esercizi in cui le obbligazioni risultano esigibili i residui attivi per euro 212.480,00 e i residui passivi per euro 391.776,54, con la conseguente determinazione del fondo pluriennale vincolato in entrata dell'esercizio 2027;",
        "di approvare la conseguente variazione al bilancio di previsione 2027-2029, come da allegato C);",
        "di trasmettere il presente atto al Tesoriere dell'Unione e al Revisore unico dei conti.",
    ],
)

# ===== A2: Consiglio dell'Unione n. 9 (wkhtmltopdf) =======================
_abs2 = {"MATTEUCCI Franco", "MONARI Elisa", "SIMONI Loredana", "TAROZZI Andrea",
         "PIRINI Luca"}
_roll2 = []
for c in UNIONE_COMUNI:
    for n, r in ((UNIONE_SINDACI[c], "Sindaco"), (UNIONE_CONSIGLIERI[c], "Consigliere")):
        _roll2.append(dict(name=n, comune=c, role=r, present=n not in _abs2))
D["A2"] = dict(
    file="consiglio-n9-unioneappenninobolognese-civilianext.pdf",
    body=UNIONE, organ="Consiglio dell'Unione", number=9, date="2027-04-22",
    time="20:30", proposal_number=15, proposal_date="2027-04-12",
    proposing_office="Area Servizi Finanziari",
    subject=("APPROVAZIONE DEL RENDICONTO DELLA GESTIONE DELL'UNIONE PER "
             "L'ESERCIZIO FINANZIARIO 2026"),
    roll=_roll2,
    president=dict(title="sig.", role="Presidente del Consiglio dell'Unione",
                   name="Massimo Tolomelli"),
    secretary=dict(title="dott.ssa", role="Vice Segretario dell'Unione",
                   name="Laura Cevenini"),
    vote="majority",
    vote_counts=dict(present=19, voters=19, in_favour=15, against=4, abstained=0),
    immediately_executive=True,
    premesse=[
        "Richiamati l'art. 227 del D.Lgs. 18 agosto 2000, n. 267, e l'art. 18 del D.Lgs. 23 giugno 2011, n. 118, secondo i quali il rendiconto della gestione è deliberato dall'organo consiliare entro il 30 aprile dell'anno successivo;",
        "Vista la deliberazione della Giunta dell'Unione n. 27 del 08/04/2027, dichiarata immediatamente eseguibile, con la quale si è proceduto al riaccertamento ordinario dei residui attivi e passivi al 31/12/2026;",
        "Vista la deliberazione della Giunta dell'Unione n. 30 del 13/04/2027 con la quale è stato approvato lo schema di rendiconto per l'esercizio 2026 e la relazione illustrativa della Giunta;",
        "Dato atto che lo schema di rendiconto è stato messo a disposizione dei Consiglieri nei termini previsti dal Regolamento di contabilità;",
        "Vista la relazione del Revisore unico dei conti, acquisita al protocollo dell'Unione al n. 5687 del 16/04/2027;",
        "Udita l'illustrazione dell'Assessore al Bilancio e gli interventi dei Consiglieri, integralmente riportati nella registrazione della seduta conservata agli atti;",
    ],
    points=[
        "di approvare il rendiconto della gestione dell'Unione dei Comuni dell'Appennino Bolognese per l'esercizio finanziario 2026, composto dal conto del bilancio, dal conto economico e dallo stato patrimoniale, che si allega al presente atto quale parte integrante e sostanziale;",
        "di dare atto che il risultato di amministrazione al 31/12/2026 ammonta a euro 1.284.906,18, di cui parte accantonata euro 402.115,00, parte vincolata euro 517.230,44, parte destinata agli investimenti euro 96.500,00 e parte disponibile euro 269.060,74;",
        "di dare atto che l'Unione rispetta gli equilibri di bilancio di cui all'art. 1, commi 820 e 821, della legge n. 145/2018;",
        "di trasmettere i dati del rendiconto alla Banca Dati delle Amministrazioni Pubbliche (BDAP) nei termini di legge.",
    ],
)

# ===== A3: Giunta dell'Unione n. 31 (ReportLab, Tw/Tc) ====================
_roll3 = []
for c in UNIONE_COMUNI:
    n, r, p = UNIONE_SINDACI[c], "Sindaco", True
    if c == "Monzuno":
        n, r = "PEDRINI Sara", "Vicesindaco delegato"
    elif c == "Lizzano in Belvedere":
        n, r = "ZACCANTI Marco", "Assessore delegato"
    elif c in ("Castel d'Aiano", "Gaggio Montano"):
        p = False
    _roll3.append(dict(name=n, comune=c, role=r, present=p))
D["A3"] = dict(
    file="giunta-n31-unioneappenninobolognese-civilianext.pdf",
    body=UNIONE, organ="Giunta dell'Unione", number=31, date="2027-04-15",
    time="14:30", proposal_number=48, proposal_date="2027-04-12",
    proposing_office="Servizio Protezione Civile",
    subject=("Approvazione dello schema di accordo con la Città metropolitana "
             "di Bologna per il coordinamento delle attività di protezione "
             "civile intercomunale - annualità 2027"),
    roll=_roll3,
    president=dict(role="Presidente", name="Giulia Venturi"),
    secretary=dict(role="Segretario dell'Unione", name="Fabrizio Melloni"),
    vote="unanimous", immediately_executive=False,
    premesse=[
        "Premesso che i Comuni aderenti hanno conferito all'Unione la funzione di pianificazione di protezione civile e di coordinamento dei primi soccorsi, ai sensi dell'art. 7 dello Statuto e della convenzione rep. n. 58 del 2015;",
        "Visto il D.Lgs. 2 gennaio 2018, n. 1, \"Codice della protezione civile\", ed in particolare gli articoli 11 e 12;",
        "Vista la nota della Città metropolitana di Bologna, acquisita al protocollo dell'Unione al n. 4410 del 22/03/2027, con la quale è stato trasmesso lo schema di accordo per il coordinamento delle attività di protezione civile per l'annualità 2027;",
        "Ritenuto lo schema meritevole di approvazione in quanto rispondente alle esigenze del territorio montano e alle risorse disponibili;",
        "Acquisito il parere favorevole di regolarità tecnica del Responsabile del Servizio Protezione Civile e dato atto che il presente provvedimento non comporta riflessi diretti sulla situazione economico-finanziaria dell'ente;",
    ],
    points=[
        "di approvare lo schema di accordo con la Città metropolitana di Bologna per il coordinamento delle attività di protezione civile intercomunale per l'annualità 2027, allegato al presente atto quale parte integrante;",
        "di autorizzare la Presidente dell'Unione alla sottoscrizione dell'accordo, con facoltà di apportare le modifiche non sostanziali che si rendessero necessarie;",
        "di demandare al Responsabile del Servizio Protezione Civile gli adempimenti conseguenti.",
    ],
)

# ===== A4: Consiglio dell'Unione n. 10 (LibreOffice from .docx) ===========
_abs4 = {"BERTOCCHI Anna", "RAIMONDI Ilaria", "PALMIERI Cristian",
         "SIMONI Loredana", "PIRINI Luca", "BALDI Federico"}
_roll4 = []
for c in UNIONE_COMUNI:
    for n in (UNIONE_SINDACI[c], UNIONE_CONSIGLIERI[c]):
        _roll4.append(dict(name=n, comune=c, present=n not in _abs4))
D["A4"] = dict(
    file="consiglio-n10-unioneappenninobolognese-civilianext.pdf",
    body=UNIONE, organ="Consiglio dell'Unione", number=10, date="2027-04-29",
    time="18:00",
    subject=("Approvazione del Regolamento del Corpo di Polizia Locale "
             "dell'Unione dei Comuni dell'Appennino Bolognese"),
    roll=_roll4,
    president=dict(role="Presidente del Consiglio", name="Massimo TOLOMELLI"),
    secretary=dict(title="dott.", role="Segretario dell'Unione",
                   name="Fabrizio MELLONI"),
    vote="unanimous",
    vote_counts=dict(present=18, voters=18, in_favour=18),
    immediately_executive=True,
    premesse=[
        "Premesso che i Comuni aderenti hanno conferito all'Unione le funzioni di polizia municipale e polizia amministrativa locale e che il Corpo di Polizia Locale dell'Unione opera su tutto il territorio dei dodici Comuni;",
        "Vista la legge 7 marzo 1986, n. 65, \"Legge-quadro sull'ordinamento della polizia municipale\", e la legge regionale dell'Emilia-Romagna 4 dicembre 2003, n. 24;",
        "Ritenuto necessario dotare il Corpo di un nuovo Regolamento, che sostituisca quello approvato con deliberazione consiliare n. 12 del 28/04/2016, adeguandolo alle modifiche normative e organizzative intervenute;",
        "Visto il parere favorevole della Commissione consiliare Affari generali espresso nella seduta del 20/04/2027;",
        "Acquisito il parere favorevole di regolarità tecnica del Comandante del Corpo di Polizia Locale ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
    ],
    points=[
        "di approvare il Regolamento del Corpo di Polizia Locale dell'Unione dei Comuni dell'Appennino Bolognese, composto di 42 articoli, allegato al presente atto quale parte integrante e sostanziale;",
        "di abrogare il Regolamento approvato con deliberazione consiliare n. 12 del 28/04/2016;",
        "di stabilire che il Regolamento entra in vigore il quindicesimo giorno successivo alla pubblicazione all'Albo pretorio on line della presente deliberazione.",
    ],
)

# ===== B1: Giunta Esecutiva n. 18 (fpdf2) =================================
D["B1"] = dict(
    file="giunta-n18-cmfortore-halley.pdf",
    body=CMF, organ="Giunta Esecutiva", number=18, date="2027-04-09",
    time="12:30", proposal_number=22, proposal_date="2027-04-03",
    proposing_office="AREA TECNICA",
    subject=('LAVORI DI MANUTENZIONE STRAORDINARIA DELLA STRADA INTERPODERALE '
             '"PIANO DELLE ROSE" IN AGRO DEL COMUNE DI BASELICE - APPROVAZIONE '
             'PROGETTO ESECUTIVO - CUP E37H26001120002'),
    roll=[dict(name=n, role=r, present=(n != "DE PAOLA Nicola"))
          for n, r in CMF_GIUNTA],
    president=dict(title="Sig.", role="Presidente", name="Antonio Palumbo"),
    secretary=dict(title="Dott.", role="Segretario Generale",
                   name="Raffaele Ciampi"),
    vote="unanimous", immediately_executive=True,
    premesse=[
        "PREMESSO che la strada interpoderale \"Piano delle Rose\", in agro del Comune di Baselice, rappresenta l'unico collegamento tra la S.P. 57 e numerose aziende agricole e zootecniche della zona e versa in grave stato di degrado a seguito degli eventi meteorici dell'inverno 2026;",
        "CHE con deliberazione della Giunta Esecutiva n. 7 del 12/02/2027 è stato approvato il progetto di fattibilità tecnico-economica dell'intervento, per un importo complessivo di euro 185.000,00;",
        "VISTO il progetto esecutivo redatto dall'Ufficio Tecnico dell'Ente, trasmesso in data 31/03/2027, dell'importo complessivo di euro 185.000,00, di cui euro 142.600,00 per lavori a base d'asta comprensivi di euro 3.900,00 per oneri della sicurezza non soggetti a ribasso;",
        "VISTO il verbale di verifica e validazione del progetto sottoscritto dal RUP in data 02/04/2027;",
        "VISTO il D.Lgs. 31 marzo 2023, n. 36;",
        "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
    ],
    points=[
        "Di approvare il progetto esecutivo dei lavori di manutenzione straordinaria della strada interpoderale \"Piano delle Rose\" in agro del Comune di Baselice, dell'importo complessivo di euro 185.000,00, secondo il quadro economico riportato in premessa;",
        "Di dare atto che la spesa trova copertura al capitolo 2810/3 del bilancio di previsione 2027-2029, esercizio 2027, finanziato con contributo regionale;",
        "Di confermare Responsabile Unico del Progetto il Geom. Carmine Marinaro, dipendente dell'Area Tecnica;",
        "Di demandare al Responsabile dell'Area Tecnica l'adozione degli atti consequenziali per l'affidamento dei lavori.",
    ],
)

# ===== B2: Consiglio Generale n. 5 (pdfLaTeX) =============================
D["B2"] = dict(
    file="consiglio-n5-cmfortore-halley.pdf",
    body=CMF, organ="Consiglio Generale", number=5, date="2027-04-16",
    time="17:00", proposal_number=4, proposal_date="2027-04-06",
    proposing_office="AREA ECONOMICO-FINANZIARIA",
    subject=("APPROVAZIONE DEL RENDICONTO DELLA GESTIONE PER L'ESERCIZIO "
             "FINANZIARIO 2026 AI SENSI DELL'ART. 227 DEL D.LGS. N. 267/2000."),
    roll=[dict(name=n, comune=c, role=r, present=(n != "CIOCCIA Giuseppe"))
          for c, n, r in CMF_CONSIGLIO],
    president=dict(title="prof.", role="Presidente del Consiglio Generale",
                   name="Domenico Ricciardi"),
    secretary=dict(title="Dott.", role="Segretario Generale",
                   name="Raffaele Ciampi"),
    vote="majority",
    vote_counts=dict(present=9, in_favour=7, against=1, abstained=1),
    immediately_executive=True,
    premesse=[
        "PREMESSO che l'art. 227 del D.Lgs. n. 267/2000 dispone che la dimostrazione dei risultati di gestione avviene mediante il rendiconto, deliberato dall'organo consiliare entro il 30 aprile dell'anno successivo;",
        "VISTA la deliberazione della Giunta Esecutiva n. 15 del 30/03/2027 di riaccertamento ordinario dei residui;",
        "VISTA la deliberazione della Giunta Esecutiva n. 17 del 02/04/2027 di approvazione dello schema di rendiconto 2026 e della relazione sulla gestione;",
        "VISTA la relazione del Revisore dei conti, acquisita al protocollo dell'Ente al n. 1187 del 10/04/2027;",
        "UDITA la relazione del Presidente della Comunità Montana e dato atto degli interventi dei consiglieri, riportati nel resoconto della seduta;",
    ],
    points=[
        "di approvare il rendiconto della gestione per l'esercizio finanziario 2026, che si allega al presente atto per formarne parte integrante e sostanziale, con un risultato di amministrazione di euro 612.470,85;",
        "di approvare la relazione illustrativa della Giunta Esecutiva sulla gestione 2026;",
        "di dare atto che il rendiconto sarà trasmesso alla BDAP e pubblicato sul sito istituzionale dell'Ente, sezione Amministrazione Trasparente.",
    ],
)

# ===== B3: Giunta Esecutiva n. 21 (hand-written content streams) ==========
D["B3"] = dict(
    file="giunta-n21-cmfortore-halley.pdf",
    body=CMF, organ="Giunta Esecutiva", number=21, date="2027-04-23",
    time="10:00", proposal_number=26, proposal_date="2027-04-19",
    proposing_office="AREA TECNICA - SERVIZIO FORESTAZIONE",
    subject=("PROGRAMMA DEGLI INTERVENTI DI FORESTAZIONE E BONIFICA MONTANA "
             "ANNUALITÀ 2027 (L.R. N. 11/1996) - APPROVAZIONE."),
    roll=[dict(name=n, role=r, present=(n != "PALUMBO Antonio"))
          for n, r in CMF_GIUNTA],
    president=dict(role="Vice Presidente", name="Michele Iannace"),
    secretary=dict(title="Dott.ssa", role="Vice Segretario",
                   name="Angela Pisano"),
    vote="unanimous", immediately_executive=True,
    premesse=[
        "PREMESSO che la Legge Regionale 7 maggio 1996, n. 11, delega alle Comunità Montane le funzioni in materia di forestazione e bonifica montana;",
        "VISTA la nota della Regione Campania - Direzione Generale Politiche Agricole, Alimentari e Forestali, acquisita al protocollo n. 1302 del 14/04/2027, con la quale sono state comunicate le risorse assegnate all'Ente per l'annualità 2027;",
        "VISTO il programma degli interventi predisposto dal Servizio Forestazione, per un importo complessivo di euro 1.946.300,00, articolato in interventi di manutenzione dei boschi, sistemazione idraulico-forestale e prevenzione degli incendi boschivi;",
        "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
    ],
    points=[
        "DI APPROVARE il programma degli interventi di forestazione e bonifica montana per l'annualità 2027, dell'importo complessivo di euro 1.946.300,00, allegato al presente atto;",
        "DI TRASMETTERE il presente atto alla Regione Campania per i successivi adempimenti di competenza.",
    ],
)

# ===== B4: Consiglio Generale n. 6 (groff) ================================
_abs_b4 = {"ZEOLI Angelo", "LAVORGNA Pietro"}
D["B4"] = dict(
    file="consiglio-n6-cmfortore-halley.pdf",
    body=CMF, organ="Consiglio Generale", number=6, date="2027-04-30",
    time="16:30", proposal_number=7, proposal_date="2027-04-20",
    proposing_office="AREA AMMINISTRATIVA",
    subject=("APPROVAZIONE DEL REGOLAMENTO PER L'UTILIZZO DEI MEZZI E DELLE "
             "ATTREZZATURE DELLA COMUNITÀ MONTANA DA PARTE DEI COMUNI "
             "ASSOCIATI."),
    roll=[dict(name=n, comune=c, role=r, present=(n not in _abs_b4))
          for c, n, r in CMF_CONSIGLIO],
    president=dict(role="Presidente del Consiglio Generale",
                   name="Domenico Ricciardi"),
    secretary=dict(title="dott.", role="Segretario Generale",
                   name="Raffaele Ciampi"),
    vote="majority",
    vote_counts=dict(present=8, voters=7, in_favour=7, abstained=1),
    immediately_executive=False,
    premesse=[
        "PREMESSO che la Comunità Montana dispone di un parco mezzi e di attrezzature (autocarri, pale meccaniche, spazzaneve, decespugliatori) acquistati anche con fondi regionali e comunitari;",
        "CHE numerosi Comuni associati hanno richiesto di poter utilizzare tali mezzi per interventi di manutenzione del territorio e di sgombero neve;",
        "RITENUTO opportuno disciplinare con apposito regolamento le modalità di concessione in uso, i rimborsi dovuti e le responsabilità dei Comuni utilizzatori;",
        "VISTO lo schema di regolamento predisposto dall'Area Amministrativa, composto di 14 articoli;",
        "ACQUISITO il parere favorevole di regolarità tecnica del Responsabile dell'Area Amministrativa;",
    ],
    points=[
        "di approvare il Regolamento per l'utilizzo dei mezzi e delle attrezzature della Comunità Montana da parte dei Comuni associati, composto di n. 14 articoli, allegato al presente atto;",
        "di stabilire che i rimborsi orari per l'utilizzo dei mezzi siano determinati annualmente dalla Giunta Esecutiva;",
        "di trasmettere copia del presente atto ai Comuni associati.",
    ],
)

# ===== C: COVAR 14 =========================================================
def _covar_roll(absent):
    return [dict(comune=c, name=n, role=r, present=c not in absent,
                 quota=QUOTE[c]) for c, n, r, _ in COVAR_ENTI]


_c1_abs = {"LOMBRIASCO", "OSASIO", "PANCALIERI", "CASTAGNOLE PIEMONTE"}
D["C1"] = dict(
    file="assemblea-n3-covar14-datagraph.pdf",
    body=COVAR, organ="Assemblea Consortile", number=3, date="2027-04-28",
    time="17:30", proposal_number=9, proposal_date="2027-04-14",
    proposing_office="AREA ECONOMICO-FINANZIARIA",
    subject=("APPROVAZIONE DEL RENDICONTO DELLA GESTIONE ESERCIZIO 2026 E "
             "DELLA RELAZIONE DEL CONSIGLIO DI AMMINISTRAZIONE SULLA GESTIONE"),
    roll=_covar_roll(_c1_abs),
    president=dict(title="SIG.", role="PRESIDENTE DELL'ASSEMBLEA",
                   name="Walter BRUNERO"),
    secretary=dict(title="DOTT.", role="SEGRETARIO VERBALIZZANTE",
                   name="Piero GRIBAUDO"),
    vote="majority", abstain_enti=["PIOSSASCO"],
    immediately_executive=True,
    premesse=[
        "PREMESSO CHE IL CONSORZIO E' ENTE LOCALE COSTITUITO AI SENSI DELL'ART. 31 DEL D.LGS. 267/2000 E DELLA L.R. PIEMONTE N. 1/2018 PER IL GOVERNO DEL CICLO DEI RIFIUTI URBANI NEL BACINO DEI COMUNI CONSORZIATI;",
        "VISTO L'ART. 17 DELLO STATUTO, CHE ATTRIBUISCE ALL'ASSEMBLEA L'APPROVAZIONE DEL RENDICONTO DELLA GESTIONE;",
        "VISTA LA DELIBERAZIONE DEL CONSIGLIO DI AMMINISTRAZIONE N. 15 DEL 09/04/2027 DI APPROVAZIONE DELLO SCHEMA DI RENDICONTO 2026 E DELLA RELAZIONE SULLA GESTIONE;",
        "VISTA LA RELAZIONE DEL REVISORE DEI CONTI DEL 19/04/2027, PROT. N. 2231;",
        "UDITA L'ILLUSTRAZIONE DEL DIRETTORE E DEL PRESIDENTE DEL CONSIGLIO DI AMMINISTRAZIONE;",
    ],
    points=[
        "DI APPROVARE IL RENDICONTO DELLA GESTIONE DELL'ESERCIZIO 2026, COMPOSTO DAL CONTO DEL BILANCIO, DAL CONTO ECONOMICO E DALLO STATO PATRIMONIALE, ALLEGATO AL PRESENTE ATTO;",
        "DI DARE ATTO CHE IL RISULTATO DI AMMINISTRAZIONE AL 31/12/2026 AMMONTA A EURO 2.318.744,60;",
        "DI APPROVARE LA RELAZIONE DEL CONSIGLIO DI AMMINISTRAZIONE SULLA GESTIONE 2026;",
        "DI TRASMETTERE COPIA DEL PRESENTE ATTO AI COMUNI CONSORZIATI.",
    ],
)

D["C2"] = dict(
    file="cda-n14-covar14-datagraph.pdf",
    body=COVAR, organ="Consiglio di Amministrazione", number=14,
    date="2027-04-07", time="09:30",
    subject=("SERVIZIO DI RACCOLTA E TRASPORTO DEGLI INDUMENTI USATI NEL "
             "TERRITORIO CONSORTILE. PROROGA TECNICA DEL CONTRATTO FINO AL "
             "30/09/2027 (CIG B7A3C12F45)"),
    roll=[dict(name=n, role=r, present=(n != "OCCHIENA Marina"))
          for n, r in COVAR_CDA],
    president=dict(role="PRESIDENTE DEL C.D.A.", name="Paolo RISSONE"),
    secretary=dict(title="DOTT.SSA", role="RESPONSABILE DELL'AREA AMMINISTRATIVA",
                   name="Silvia BERTEA"),
    vote="unanimous", immediately_executive=True,
    premesse=[
        "PREMESSO CHE IL CONTRATTO PER IL SERVIZIO DI RACCOLTA E TRASPORTO DEGLI INDUMENTI USATI, REP. N. 118/2024, SCADE IL 30/04/2027;",
        "CHE LA NUOVA PROCEDURA DI GARA E' STATA AVVIATA CON DETERMINAZIONE DEL DIRETTORE N. 61 DEL 04/03/2027 ED E' IN CORSO DI SVOLGIMENTO;",
        "RITENUTO NECESSARIO GARANTIRE LA CONTINUITA' DEL SERVIZIO NELLE MORE DELLA CONCLUSIONE DELLA PROCEDURA, AI SENSI DELL'ART. 120, COMMA 11, DEL D.LGS. N. 36/2023;",
        "ACQUISITO IL PARERE FAVOREVOLE DEL DIRETTORE IN ORDINE ALLA REGOLARITA' TECNICA E CONTABILE;",
    ],
    points=[
        "DI DISPORRE LA PROROGA TECNICA DEL CONTRATTO REP. N. 118/2024 FINO AL 30/09/2027, ALLE MEDESIME CONDIZIONI ECONOMICHE E CONTRATTUALI;",
        "DI DARE ATTO CHE IL SERVIZIO NON COMPORTA ONERI A CARICO DEL CONSORZIO, ESSENDO PREVISTO UN CORRISPETTIVO A FAVORE DELL'ENTE DI EURO 95,00 PER TONNELLATA RACCOLTA;",
        "DI DEMANDARE AL DIRETTORE GLI ADEMPIMENTI CONSEGUENTI.",
    ],
)

_c3_abs = {"LOMBRIASCO", "OSASIO", "CANDIOLO"}
D["C3"] = dict(
    file="assemblea-n2-covar14-datagraph.pdf",
    body=COVAR, organ="Assemblea Consortile", number=2, date="2027-04-08",
    time="18:00", proposal_number=6, proposal_date="2027-03-29",
    proposing_office="AREA ECONOMICO-FINANZIARIA",
    subject=("DETERMINAZIONE DEI CORRISPETTIVI PER I SERVIZI DI IGIENE URBANA "
             "A CARICO DEI COMUNI CONSORZIATI PER L'ANNO 2027 E VARIAZIONE AL "
             "BILANCIO DI PREVISIONE 2027-2029"),
    roll=_covar_roll(_c3_abs),
    president=dict(role="Presidente dell'Assemblea Consortile",
                   name="BRUNERO Walter"),
    secretary=dict(title="dott.", role="Direttore del Consorzio",
                   name="Piero Gribaudo"),
    vote="majority", against_enti=["BEINASCO", "BRUINO", "NICHELINO"],
    immediately_executive=True,
    premesse=[
        "Premesso che il Consorzio esercita per conto dei Comuni consorziati le funzioni di governo del servizio di gestione dei rifiuti urbani e che i relativi costi sono ripartiti tra i Comuni secondo i criteri stabiliti dall'Assemblea;",
        "Visto il Piano Economico Finanziario 2026-2029 validato con deliberazione dell'Assemblea n. 9 del 18/12/2025 secondo il metodo tariffario MTR-2 di ARERA;",
        "Vista la proposta del Consiglio di Amministrazione, approvata con deliberazione n. 12 del 24/03/2027, di determinazione dei corrispettivi per l'anno 2027;",
        "Ritenuto di apportare al bilancio di previsione 2027-2029 le variazioni conseguenti, come da prospetto allegato;",
        "Acquisiti il parere favorevole del Direttore e il parere del Revisore dei conti prot. n. 1944 del 02/04/2027;",
    ],
    points=[
        "di determinare i corrispettivi a carico dei Comuni consorziati per i servizi di igiene urbana dell'anno 2027 come da prospetto allegato A), per un importo complessivo di euro 41.286.350,00 oltre IVA;",
        "di approvare la variazione al bilancio di previsione 2027-2029 di cui all'allegato B), dando atto del permanere degli equilibri di bilancio.",
    ],
)

D["C4"] = dict(
    file="cda-n17-covar14-datagraph.pdf",
    body=COVAR, organ="Consiglio di Amministrazione", number=17,
    date="2027-04-21", time="10:00",
    subject=("APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON IL COMUNE DI VINOVO "
             "PER LA GESTIONE DEL CENTRO DI RACCOLTA COMUNALE PER IL PERIODO "
             "01/05/2027 - 30/04/2029"),
    roll=[dict(name=n, role=r, present=True) for n, r in COVAR_CDA],
    president=dict(title="Sig.", role="Presidente", name="Paolo RISSONE"),
    secretary=dict(title="Dott.", role="Direttore", name="Piero GRIBAUDO"),
    vote="unanimous", immediately_executive=True,
    vote_counts=dict(present=3, in_favour=3, against=0, abstained=0),
    premesse=[
        "VISTA LA RICHIESTA DEL COMUNE DI VINOVO PROT. N. 2050 DEL 08/04/2027;",
        "VISTO LO SCHEMA DI CONVENZIONE PREDISPOSTO DAGLI UFFICI;",
        "ACQUISITO IL PARERE FAVOREVOLE DEL DIRETTORE;",
    ],
    points=[
        "DI APPROVARE LO SCHEMA DI CONVENZIONE CON IL COMUNE DI VINOVO PER LA GESTIONE DEL CENTRO DI RACCOLTA COMUNALE DI VIA CASE NUOVE PER IL PERIODO 01/05/2027 - 30/04/2029;",
        "DI AUTORIZZARE IL PRESIDENTE ALLA SOTTOSCRIZIONE DELLA CONVENZIONE.",
    ],
)


def covar_tallies(doc):
    """Counts and shares of a COVAR Assemblea vote."""
    roll = doc["roll"]
    pres = [r for r in roll if r["present"]]
    ab = set(doc.get("abstain_enti", []))
    ag = set(doc.get("against_enti", []))
    fav = [r for r in pres if r["comune"] not in ab | ag]
    t = dict(present=len(pres), quota_present=sum(r["quota"] for r in pres),
             in_favour=len(fav), quota_favour=sum(r["quota"] for r in fav),
             against=len([r for r in pres if r["comune"] in ag]),
             quota_against=sum(r["quota"] for r in pres if r["comune"] in ag),
             abstained=len([r for r in pres if r["comune"] in ab]),
             quota_abstained=sum(r["quota"] for r in pres if r["comune"] in ab))
    t["voters"] = t["present"] - t["abstained"]
    t["quota_voters"] = t["quota_present"] - t["quota_abstained"]
    return t


for _k in ("C1", "C3"):
    _t = covar_tallies(D[_k])
    D[_k]["tally"] = _t
D["C1"]["vote_counts"] = dict(present=D["C1"]["tally"]["present"],
                              voters=D["C1"]["tally"]["voters"],
                              in_favour=D["C1"]["tally"]["in_favour"],
                              against=0,
                              abstained=D["C1"]["tally"]["abstained"])
D["C3"]["vote_counts"] = dict(present=D["C3"]["tally"]["present"],
                              voters=D["C3"]["tally"]["voters"],
                              in_favour=D["C3"]["tally"]["in_favour"],
                              against=D["C3"]["tally"]["against"],
                              abstained=0)

if __name__ == "__main__":
    for c, q in QUOTE.items():
        print(c, pct(q))
    for k in ("C1", "C3"):
        print(k, D[k]["tally"])
