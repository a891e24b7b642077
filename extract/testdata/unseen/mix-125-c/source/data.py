# -*- coding: utf-8 -*-
"""Shared data of set mix-125-c: three Comuni, four Giunta minutes each.

People, numbers, codes and facts are invented. Every generator imports this
module, and keys_make.py builds keys.json from the same values (then checks
them against the text layer of each PDF).
"""

GIORNI = {1: "uno", 2: "due", 3: "tre", 4: "quattro", 5: "cinque", 6: "sei",
          7: "sette", 8: "otto", 9: "nove", 10: "dieci", 11: "undici",
          12: "dodici", 13: "tredici", 14: "quattordici", 15: "quindici",
          16: "sedici", 17: "diciassette", 18: "diciotto", 19: "diciannove",
          20: "venti", 21: "ventuno", 22: "ventidue", 23: "ventitre",
          24: "ventiquattro", 25: "venticinque", 26: "ventisei",
          27: "ventisette", 28: "ventotto", 29: "ventinove", 30: "trenta",
          31: "trentuno"}


def it_date(iso):
    y, m, d = iso.split("-")
    return "%s/%s/%s" % (d, m, y)


def de_date(iso):
    y, m, d = iso.split("-")
    return "%s.%s.%s" % (d, m, y)


def day_words(iso):
    return GIORNI[int(iso.split("-")[2])]


# ---------------------------------------------------------------------------
# Comune di Collecorvino (PE) - house style "halley"
# ---------------------------------------------------------------------------
COLLECORVINO = {
    "name": "COMUNE DI COLLECORVINO",
    "municipality": "Comune di Collecorvino",
    "province": "Provincia di Pescara",
    "address": "Piazza Municipio, 1 - 65010 Collecorvino (PE) - Tel. 085 8207311 - C.F. 80004990684",
    "pec": "protocollo@pec.comune.collecorvino.pe.it",
    "members": [
        ("DI CARLO Antonio", "Sindaco"),
        ("PAOLINI Federica", "Vice Sindaco"),
        ("D'ALFONSO Marco", "Assessore"),
        ("CIPRIANI Loredana", "Assessore"),
        ("TRAVAGLINI Nicola", "Assessore"),
    ],
    "secretary": ("dott.", "Segretario Comunale", "Emidio Marinucci"),
    "vice_secretary": ("dott.ssa", "Vice Segretario Comunale", "Paola Ranieri"),
}

COLL_ACTS = [
    {
        "id": "C1",
        "file": "deliberazione-collecorvino-halley-n2.pdf",
        "producer": "ReportLab canvas (own justification: Tw per line, Tc on headings)",
        "number": 2, "date": "2028-01-05", "time": "12:30", "time_words": "dodici e trenta",
        "proposal_number": 4, "proposal_date": "2028-01-03",
        "proposing_office": "AREA AMMINISTRATIVA",
        "subject": "APPROVAZIONE SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE PRO LOCO COLLECORVINO PER LA CO-ORGANIZZAZIONE DEGLI EVENTI CULTURALI E TURISTICI - ANNO 2028",
        "absent": [],
        "president": ("Sig.", "Sindaco", "Antonio Di Carlo"),
        "secretary": "secretary",
        "premesse": [
            "PREMESSO che il Comune di Collecorvino, in attuazione dell'art. 3 del D.Lgs. 18 agosto 2000, n. 267 e dello Statuto comunale, promuove lo sviluppo culturale e turistico del proprio territorio anche attraverso la collaborazione con le associazioni che vi operano senza fini di lucro;",
            "CHE l'Associazione Pro Loco Collecorvino, iscritta al Registro Unico Nazionale del Terzo Settore, con nota acquisita al protocollo n. 12874 del 14/12/2027 ha presentato il programma delle iniziative per l'anno 2028, comprendente la rassegna musicale estiva, la festa patronale e il mercatino natalizio nel centro storico;",
            "RITENUTO opportuno disciplinare i rapporti con la predetta associazione mediante apposita convenzione, il cui schema, composto da n. 11 articoli, è allegato al presente atto sotto la lettera \"A\" quale parte integrante e sostanziale;",
            "DATO ATTO che la spesa complessiva di euro 9.500,00 troverà copertura al capitolo 7210 del bilancio di previsione 2028/2030, annualità 2028, nel rispetto dei limiti dell'esercizio provvisorio di cui all'art. 163 del D.Lgs. n. 267/2000;",
            "VISTI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49, comma 1, del D.Lgs. n. 267/2000 dai Responsabili delle Aree interessate, riportati in calce al presente atto;",
            "VISTO il vigente Regolamento comunale per la concessione di contributi e vantaggi economici, approvato con deliberazione del Consiglio Comunale n. 31 del 28/09/2021;",
        ],
        "vote_text": "Con voti unanimi favorevoli, espressi nelle forme di legge;",
        "points": [
            "di approvare lo schema di convenzione con l'Associazione Pro Loco Collecorvino per la co-organizzazione degli eventi culturali e turistici dell'anno 2028, allegato al presente atto sotto la lettera \"A\";",
            "di autorizzare il Responsabile dell'Area Amministrativa alla sottoscrizione della convenzione in nome e per conto dell'Ente, con facoltà di apportarvi le modifiche non sostanziali che si rendessero necessarie;",
            "di dare atto che la spesa complessiva di euro 9.500,00 sarà impegnata con successiva determinazione del Responsabile dell'Area Amministrativa al capitolo 7210 del bilancio 2028/2030, annualità 2028;",
            "di trasmettere copia del presente atto all'Associazione interessata e al Responsabile dell'Area Finanziaria per gli adempimenti di competenza.",
        ],
        "ie_text": "Successivamente, con separata votazione unanime favorevole, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.",
        "vote": "unanimous", "vote_counts": None, "ie": True,
        "pub_number": 18, "pub_from": "07/01/2028", "pub_to": "22/01/2028",
    },
    {
        "id": "C2",
        "file": "deliberazione-collecorvino-halley-n5.pdf",
        "producer": "HTML printed by headless Chromium",
        "number": 5, "date": "2028-01-12", "time": "13:00", "time_words": "tredici",
        "proposal_number": 9, "proposal_date": "2028-01-10",
        "proposing_office": "AREA FINANZIARIA",
        "subject": "ASSEGNAZIONE PROVVISORIA DELLE RISORSE FINANZIARIE AI RESPONSABILI DI AREA NELLE MORE DELL'APPROVAZIONE DEL PIANO ESECUTIVO DI GESTIONE 2028/2030",
        "absent": ["DI CARLO Antonio"],
        "president": ("Sig.ra", "Vice Sindaco", "Federica Paolini"),
        "secretary": "secretary",
        "premesse": [
            "PREMESSO che, con decreto del Ministro dell'Interno del 18/12/2027, il termine per l'approvazione del bilancio di previsione 2028/2030 degli enti locali è stato differito al 28 febbraio 2028 e che, pertanto, l'Ente opera in regime di esercizio provvisorio ai sensi dell'art. 163 del D.Lgs. 18 agosto 2000, n. 267;",
            "CONSIDERATO che nelle more dell'approvazione del bilancio e del Piano Esecutivo di Gestione occorre assicurare la continuità della gestione, assegnando in via provvisoria ai Responsabili di Area le risorse finanziarie necessarie, nei limiti dei dodicesimi degli stanziamenti dell'ultimo bilancio approvato;",
            "VISTO il decreto del Sindaco n. 11 del 29/12/2027 di conferimento degli incarichi di Responsabile di Area per l'anno 2028;",
            "VISTI i pareri favorevoli di regolarità tecnica e contabile resi dal Responsabile dell'Area Finanziaria ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
        ],
        "vote_text": "Ad unanimità di voti, resi per alzata di mano;",
        "points": [
            "di assegnare in via provvisoria ai Responsabili di Area, per il periodo dell'esercizio provvisorio 2028, le dotazioni finanziarie risultanti dal prospetto allegato sotto la lettera \"A\", nei limiti dell'art. 163 del D.Lgs. n. 267/2000;",
            "di stabilire che i Responsabili di Area possono assumere impegni di spesa esclusivamente nei limiti dei dodicesimi degli stanziamenti del secondo esercizio del bilancio 2027/2029, fatte salve le spese non frazionabili;",
            "di trasmettere il presente atto ai Responsabili di Area e al Revisore dei conti.",
        ],
        "ie_text": "Con successiva e separata votazione unanime, la presente deliberazione è dichiarata immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, stante l'urgenza di garantire la continuità della gestione.",
        "vote": "unanimous", "vote_counts": None, "ie": True,
        "pub_number": 41, "pub_from": "14/01/2028", "pub_to": "29/01/2028",
    },
    {
        "id": "C3",
        "file": "deliberazione-collecorvino-halley-n9.pdf",
        "producer": ".docx (python-docx) exported by LibreOffice Writer",
        "number": 9, "date": "2028-01-19", "time": "12:00", "time_words": "dodici",
        "proposal_number": 15, "proposal_date": "2028-01-16",
        "proposing_office": "AREA TECNICA",
        "subject": "ATTO DI INDIRIZZO AL RESPONSABILE DELL'AREA TECNICA PER LA PARTECIPAZIONE ALL'AVVISO REGIONALE PER LA MESSA IN SICUREZZA DELLA STRADA COMUNALE CONTRADA CERRETO",
        "absent": ["TRAVAGLINI Nicola"],
        "president": ("Sig.", "Sindaco", "Antonio Di Carlo"),
        "secretary": "secretary",
        "premesse": [
            "PREMESSO che la Regione Abruzzo, con avviso pubblicato sul B.U.R.A.T. n. 51 del 22/12/2027, ha aperto i termini per la presentazione di proposte progettuali finalizzate alla messa in sicurezza della viabilità comunale interessata da fenomeni di dissesto idrogeologico, con scadenza fissata al 15/02/2028;",
            "CHE la strada comunale di Contrada Cerreto presenta, nel tratto compreso tra l'incrocio con la S.P. 151 e il fosso Pretaro, un movimento franoso che ne ha reso necessaria la chiusura parziale con ordinanza sindacale n. 27 del 03/11/2027;",
            "RITENUTO di fornire al Responsabile dell'Area Tecnica gli indirizzi per la predisposizione della candidatura, per un importo complessivo dell'intervento stimato in euro 385.000,00;",
            "VISTI i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267;",
        ],
        "vote_text": "Con la seguente votazione, resa in forma palese: presenti n. 4, favorevoli n. 3, contrari n. 0, astenuti n. 1 (Assessore Cipriani);",
        "points": [
            "di dare indirizzo al Responsabile dell'Area Tecnica di predisporre la candidatura del Comune all'avviso regionale richiamato in premessa;",
            "di individuare quale intervento da candidare la messa in sicurezza della strada comunale di Contrada Cerreto, per un importo complessivo stimato in euro 385.000,00 (CUP D17H28000010002);",
            "di autorizzare l'affidamento dell'incarico per la redazione del progetto di fattibilità tecnica ed economica, nei limiti delle risorse di cui al capitolo 2810 del bilancio;",
            "di nominare Responsabile Unico del Progetto l'ing. Daniela Marcantonio, Responsabile dell'Area Tecnica;",
            "di dare atto che la quota di cofinanziamento eventualmente richiesta sarà individuata con successivo atto.",
        ],
        "ie_text": "Successivamente, con separata votazione unanime, la Giunta Comunale dichiara il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, in considerazione della scadenza dell'avviso.",
        "vote": "majority",
        "vote_counts": {"present": 4, "in_favour": 3, "against": 0, "abstained": 1},
        "ie": True,
        "pub_number": 77, "pub_from": "21/01/2028", "pub_to": "05/02/2028",
    },
    {
        "id": "C4",
        "file": "deliberazione-collecorvino-halley-n14.pdf",
        "producer": "fpdf2 (core Helvetica, align J, char_spacing on the title)",
        "number": 14, "date": "2028-01-26", "time": "17:30", "time_words": "diciassette e trenta",
        "proposal_number": 22, "proposal_date": "2028-01-21",
        "proposing_office": "AREA FINANZIARIA",
        "subject": "DETERMINAZIONE DELLE TARIFFE DEI SERVIZI PUBBLICI A DOMANDA INDIVIDUALE E DEL TASSO DI COPERTURA DEI COSTI PER L'ANNO 2028",
        "absent": ["DI CARLO Antonio", "D'ALFONSO Marco"],
        "president": ("Sig.ra", "Vice Sindaco", "Federica Paolini"),
        "secretary": "vice_secretary",
        "premesse": [
            "PREMESSO che l'art. 172, comma 1, lettera c), del D.Lgs. 18 agosto 2000, n. 267 prevede che al bilancio di previsione siano allegate le deliberazioni con le quali sono determinati, per l'esercizio successivo, le tariffe dei servizi pubblici a domanda individuale e i tassi di copertura in percentuale del costo di gestione dei servizi stessi;",
            "VISTO il D.M. 31 dicembre 1983, che individua le categorie dei servizi pubblici a domanda individuale;",
            "RITENUTO di confermare per l'anno 2028 le tariffe del servizio di mensa scolastica, del trasporto scolastico e dell'utilizzo degli impianti sportivi comunali nella misura vigente, come riportate nel prospetto allegato sotto la lettera \"A\", con un tasso di copertura complessivo dei costi pari al 41,37%;",
            "VISTI i pareri favorevoli di regolarità tecnica e contabile espressi dal Responsabile dell'Area Finanziaria ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
        ],
        "vote_text": "Con voti unanimi e favorevoli, resi nei modi di legge;",
        "points": [
            "di confermare per l'anno 2028 le tariffe dei servizi pubblici a domanda individuale nella misura indicata nel prospetto allegato sotto la lettera \"A\";",
            "di dare atto che il tasso di copertura complessivo dei costi dei servizi è pari al 41,37%;",
            "di allegare la presente deliberazione al bilancio di previsione 2028/2030, ai sensi dell'art. 172 del D.Lgs. n. 267/2000.",
        ],
        "ie_text": "La presente deliberazione diverrà esecutiva decorsi dieci giorni dall'inizio della sua pubblicazione all'Albo Pretorio on line, ai sensi dell'art. 134, comma 3, del D.Lgs. n. 267/2000.",
        "vote": "unanimous", "vote_counts": None, "ie": False,
        "pub_number": 112, "pub_from": "28/01/2028", "pub_to": "12/02/2028",
    },
]

# ---------------------------------------------------------------------------
# Comune di Merano / Gemeinde Meran (BZ) - house style "gvcc"
# ---------------------------------------------------------------------------
MERANO = {
    "name_it": "COMUNE DI MERANO",
    "name_de": "STADTGEMEINDE MERAN",
    "municipality": "Comune di Merano",
    "province_it": "Provincia autonoma di Bolzano - Alto Adige",
    "province_de": "Autonome Provinz Bozen - Südtirol",
    "address": "Via Portici 192 / Laubengasse 192 - 39012 Merano/Meran - St.Nr./C.F. 00350380219",
    # column-major order in the two-column roll: first the left column, then the right
    "members": [
        ("ROSSATO Davide", "Sindaco"),
        ("KOFLER Martina", "Vicesindaca"),
        ("PICHLER Stefan", "Assessore"),
        ("DEGASPERI Chiara", "Assessora"),
        ("MAIR Florian", "Assessore"),
        ("BONVICINI Luca", "Assessore"),
        ("ERSCHBAUMER Verena", "Assessora"),
        ("GASSER Thomas", "Assessore"),
        ("LAZZERI Sonia", "Assessora"),
    ],
    "secretary": ("dott.", "Segretario generale", "Walter Oberhofer"),
    "vice_secretary": ("dott.ssa", "Vicesegretaria generale", "Cristina Zanotti"),
}

MER_ACTS = [
    {
        "id": "M1",
        "file": "deliberazione-merano-gvcc-n6.pdf",
        "producer": "pdfLaTeX (Times via mathptmx, tabular two-column roll, fancyhdr running head)",
        "number": 6, "date": "2028-01-10", "time": "09:00", "time_print": "9.00",
        "proposal_number": 14, "proposing_office": "Ripartizione 5 - Cultura, Turismo e Sport",
        "subject": "Approvazione del programma delle manifestazioni estive 2028 nel centro storico e concessione di contributi alle associazioni organizzatrici",
        "subject_de": "Genehmigung des Programms der Sommerveranstaltungen 2028 in der Altstadt und Gewährung von Beiträgen an die veranstaltenden Vereine",
        "absent": ["MAIR Florian", "GASSER Thomas"],
        "president": ("dott.", "Sindaco", "Davide Rossato"),
        "secretary": "secretary",
        "premesse": [
            "Premesso che il Comune di Merano promuove ogni anno, in collaborazione con le associazioni culturali e con l'Azienda di Soggiorno, un programma di manifestazioni estive nel centro storico, con particolare riguardo ai Portici, a Piazza Duomo e alla Passeggiata lungo Passirio;",
            "vista la proposta di programma per la stagione estiva 2028, predisposta dalla Ripartizione 5 - Cultura, Turismo e Sport sulla base delle domande pervenute entro il 30/11/2027 da n. 14 associazioni;",
            "visto il regolamento comunale per la concessione di contributi, sussidi e vantaggi economici, approvato con deliberazione del Consiglio comunale n. 58 del 21/06/2022;",
            "visto il Codice degli enti locali della Regione autonoma Trentino-Alto Adige, approvato con legge regionale 3 maggio 2018, n. 2;",
            "visti i pareri favorevoli espressi ai sensi dell'art. 185 della L.R. n. 2/2018 in ordine alla regolarità tecnico-amministrativa e contabile;",
        ],
        "vote_text": "ad unanimità di voti legalmente espressi,",
        "points": [
            "di approvare il programma delle manifestazioni estive 2028 nel centro storico, allegato al presente provvedimento quale parte integrante;",
            "di concedere alle associazioni organizzatrici i contributi indicati nell'allegato, per una spesa complessiva di euro 86.400,00 a carico del capitolo 5201.04 del bilancio di previsione 2028-2030;",
            "di dare atto che avverso la presente deliberazione ogni cittadino può presentare opposizione alla Giunta comunale entro il periodo di pubblicazione.",
        ],
        "ie_text": "La presente deliberazione è dichiarata, con separata votazione unanime, immediatamente eseguibile ai sensi dell'art. 183, comma 4, della L.R. 3 maggio 2018, n. 2.",
        "vote": "unanimous", "vote_counts": None, "ie": True,
        "pub_from": "12/01/2028", "pub_to": "22/01/2028",
    },
    {
        "id": "M2",
        "file": "deliberazione-merano-gvcc-n18.pdf",
        "producer": "hand-written content streams via pikepdf: every glyph placed alone, letterhead a Form XObject drawn last, rotated stamp",
        "number": 18, "date": "2028-01-17", "time": "09:30", "time_print": "9.30",
        "proposal_number": 41, "proposing_office": "Ripartizione 6 - Lavori pubblici",
        "subject": "Lavori di riqualificazione della Passeggiata lungo Passirio - approvazione del progetto di fattibilità tecnica ed economica",
        "subject_de": "Arbeiten zur Neugestaltung der Passerpromenade - Genehmigung des Projekts über die technische und wirtschaftliche Machbarkeit",
        "absent": ["ROSSATO Davide", "PICHLER Stefan"],
        "president": ("", "Vicesindaca", "Martina Kofler"),
        "secretary": "secretary",
        "premesse": [
            "Premesso che la Passeggiata lungo Passirio necessita di interventi di riqualificazione della pavimentazione, dell'illuminazione pubblica e degli arredi;",
            "visto il progetto di fattibilità tecnica ed economica redatto dall'ing. Paolo Brugger, incaricato con determinazione dirigenziale n. 1874 del 12/10/2027, dell'importo complessivo di euro 1.240.000,00 (CUP J37H27000120004);",
            "visti i pareri favorevoli espressi ai sensi dell'art. 185 della L.R. 3 maggio 2018, n. 2;",
        ],
        "vote_text": "con 6 voti favorevoli e 1 astensione (assessora Erschbaumer), espressi per alzata di mano dai 7 componenti presenti,",
        "points": [
            "di approvare il progetto di fattibilità tecnica ed economica dei lavori di riqualificazione della Passeggiata lungo Passirio, dell'importo complessivo di euro 1.240.000,00;",
            "di dare atto che la spesa trova copertura al capitolo 2801.11 del bilancio di previsione 2028-2030.",
        ],
        "ie_text": "Con separata votazione unanime la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 183, comma 4, della L.R. n. 2/2018.",
        "vote": "majority",
        "vote_counts": {"present": 7, "in_favour": 6, "abstained": 1},
        "ie": True,
        "pub_from": "19/01/2028", "pub_to": "29/01/2028",
    },
    {
        "id": "M3",
        "file": "deliberazione-merano-gvcc-n31.pdf",
        "producer": "ReportLab canvas (Tc letter-spaced headings, Tw justified lines, running head with the number)",
        "number": 31, "date": "2028-01-24", "time": "10:00", "time_print": "10.00",
        "proposal_number": 63, "proposing_office": "Ripartizione 1 - Affari generali",
        "subject": "Nomina della commissione comunale per la toponomastica per il periodo 2028-2030",
        "subject_de": "Ernennung der Gemeindekommission für Ortsnamengebung für den Zeitraum 2028-2030",
        "absent": [],
        "president": ("dott.", "Sindaco", "Davide Rossato"),
        "secretary": "secretary",
        "premesse": [
            "Premesso che con deliberazione del Consiglio comunale n. 12 del 23/02/2021 è stato approvato il regolamento per la denominazione delle aree di circolazione e per la numerazione civica, il quale all'art. 4 prevede l'istituzione di una commissione comunale per la toponomastica composta da cinque membri, nel rispetto della consistenza dei gruppi linguistici;",
            "considerato che la commissione nominata con deliberazione della Giunta comunale n. 402 del 29/12/2020 è scaduta il 31/12/2027;",
            "viste le designazioni pervenute dall'Archivio storico comunale, dalla Biblioteca civica e dalle associazioni culturali cittadine;",
            "visti i pareri favorevoli espressi ai sensi dell'art. 185 della L.R. 3 maggio 2018, n. 2;",
        ],
        "vote_text": "ad unanimità di voti legalmente espressi,",
        "points": [
            "di nominare la commissione comunale per la toponomastica per il periodo 2028-2030 nella composizione indicata nell'allegato A, che costituisce parte integrante del presente provvedimento;",
            "di dare atto che la partecipazione alla commissione è a titolo gratuito e che dal presente provvedimento non derivano oneri per il bilancio comunale.",
        ],
        "ie_text": "La presente deliberazione diventa esecutiva il giorno successivo alla scadenza del periodo di pubblicazione, ai sensi dell'art. 183, comma 3, della L.R. 3 maggio 2018, n. 2.",
        "vote": "unanimous", "vote_counts": None, "ie": False,
        "pub_from": "26/01/2028", "pub_to": "05/02/2028",
    },
    {
        "id": "M4",
        "file": "deliberazione-merano-gvcc-n44.pdf",
        "producer": "HTML printed by wkhtmltopdf 0.12.6",
        "number": 44, "date": "2028-01-31", "time": "15:00", "time_print": "15.00",
        "proposal_number": 88, "proposing_office": "Ripartizione 7 - Ambiente e Mobilità",
        "subject": "Adesione all'iniziativa \"Giornata ecologica 2028\" e approvazione della convenzione con la Comunità comprensoriale Burgraviato",
        "subject_de": "Beitritt zur Initiative \"Umwelttag 2028\" und Genehmigung der Vereinbarung mit der Bezirksgemeinschaft Burggrafenamt",
        "absent": ["ROSSATO Davide", "BONVICINI Luca", "LAZZERI Sonia"],
        "president": ("", "Vicesindaca", "Martina Kofler"),
        "secretary": "vice_secretary",
        "premesse": [
            "Premesso che la Comunità comprensoriale Burgraviato organizza anche per l'anno 2028 la \"Giornata ecologica\", dedicata alla pulizia delle sponde del Passirio e dell'Adige con il coinvolgimento delle scuole e delle associazioni di volontariato;",
            "vista la bozza di convenzione trasmessa dalla Comunità comprensoriale con nota prot. n. 2281 del 15/01/2028, che prevede a carico del Comune la fornitura di materiali e la raccolta dei rifiuti raccolti;",
            "visti i pareri favorevoli espressi ai sensi dell'art. 185 della L.R. 3 maggio 2018, n. 2;",
        ],
        "vote_text": "ad unanimità di voti legalmente espressi,",
        "points": [
            "di aderire all'iniziativa \"Giornata ecologica 2028\" promossa dalla Comunità comprensoriale Burgraviato;",
            "di approvare lo schema di convenzione allegato, che costituisce parte integrante del presente provvedimento;",
            "di autorizzare il Direttore della Ripartizione 7 - Ambiente e Mobilità alla sottoscrizione della convenzione.",
        ],
        "ie_text": "La presente deliberazione è dichiarata, con separata votazione unanime, immediatamente eseguibile ai sensi dell'art. 183, comma 4, della L.R. 3 maggio 2018, n. 2.",
        "vote": "unanimous", "vote_counts": None, "ie": True,
        "pub_from": "02/02/2028", "pub_to": "12/02/2028",
    },
]

# ---------------------------------------------------------------------------
# Comune di San Giovanni Valdarno (AR) - house style "jserfin" (80-column report)
# Umbria: every Comune is in /tmp/used_munis.txt, so Toscana (neighbouring).
# ---------------------------------------------------------------------------
SGV = {
    "name": "COMUNE DI SAN GIOVANNI VALDARNO",
    "municipality": "Comune di San Giovanni Valdarno",
    "province": "PROVINCIA DI AREZZO",
    "members": [
        ("MORETTI LORENZO", "SINDACO"),
        ("CASINI ELENA", "VICE SINDACO"),
        ("BARTOLINI SIMONE", "ASSESSORE"),
        ("NOCENTINI GIULIA", "ASSESSORE"),
        ("FABBRI MATTEO", "ASSESSORE"),
        ("GUERRINI LAURA", "ASSESSORE"),
    ],
    "secretary": ("DOTT.SSA", "SEGRETARIO COMUNALE", "SIMONETTA LAPINI"),
    "vice_secretary": ("DOTT.", "VICE SEGRETARIO", "ANDREA BINDI"),
}

SGV_ACTS = [
    {
        "id": "S1",
        "file": "deliberazione-sangiovannivaldarno-jserfin-n1.pdf",
        "producer": "80-column text printed by GNU enscript (Courier), ps2pdf",
        "number": 1, "date": "2028-01-04", "time": "15:30",
        "proposal_number": 3, "proposing_office": "SERVIZI TECNICI - CIMITERI",
        "subject": "PROROGA TECNICA DEL CONTRATTO DI CONCESSIONE DEL SERVIZIO DI ILLUMINAZIONE VOTIVA NEI CIMITERI COMUNALI - ATTO DI INDIRIZZO",
        "absent": [],
        "president": ("", "SINDACO", "LORENZO MORETTI"),
        "secretary": "secretary",
        "premesse": [
            "PREMESSO CHE IL CONTRATTO DI CONCESSIONE DEL SERVIZIO DI ILLUMINAZIONE VOTIVA NEI CIMITERI COMUNALI, REP. N. 4127 DEL 19/12/2017, E' SCADUTO IL 31/12/2027;",
            "CHE LA NUOVA PROCEDURA DI AFFIDAMENTO, AVVIATA CON DETERMINAZIONE N. 988 DEL 14/11/2027 (CIG B4F21C07A9), NON SI E' ANCORA CONCLUSA;",
            "RITENUTO NECESSARIO GARANTIRE LA CONTINUITA' DEL SERVIZIO MEDIANTE UNA PROROGA TECNICA DI SEI MESI, ALLE MEDESIME CONDIZIONI CONTRATTUALI;",
            "VISTI I PARERI FAVOREVOLI DI REGOLARITA' TECNICA E CONTABILE ESPRESSI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000;",
        ],
        "vote_text": "CON VOTI UNANIMI FAVOREVOLI ESPRESSI IN FORMA PALESE",
        "points": [
            "DI DARE INDIRIZZO AL DIRIGENTE DEI SERVIZI TECNICI DI DISPORRE LA PROROGA TECNICA DEL CONTRATTO REP. N. 4127/2017 FINO AL 30/06/2028;",
            "DI DARE ATTO CHE LA PROROGA NON COMPORTA ONERI A CARICO DEL BILANCIO COMUNALE;",
            "DI TRASMETTERE IL PRESENTE ATTO AL CONCESSIONARIO.",
        ],
        "ie_text": "CON SUCCESSIVA VOTAZIONE UNANIME LA PRESENTE DELIBERAZIONE E' DICHIARATA IMMEDIATAMENTE ESEGUIBILE AI SENSI DELL'ART. 134, COMMA 4, DEL D.LGS. 267/2000.",
        "vote": "unanimous", "vote_counts": None, "ie": True,
        "pub_number": 9, "pub_from": "05/01/2028", "pub_to": "20/01/2028",
    },
    {
        "id": "S2",
        "file": "deliberazione-sangiovannivaldarno-jserfin-n4.pdf",
        "producer": "80-column text printed by GNU a2ps (Courier, one page per sheet), ps2pdf",
        "number": 4, "date": "2028-01-11", "time": "16:00",
        "proposal_number": 8, "proposing_office": "SERVIZI CULTURALI",
        "subject": "CONCESSIONE DEL PATROCINIO E DI UN CONTRIBUTO ECONOMICO ALL'ASSOCIAZIONE CULTURALE VALDARNO IN SCENA PER LA RASSEGNA TEATRALE DI CARNEVALE 2028",
        "absent": ["MORETTI LORENZO"],
        "president": ("", "VICE SINDACO", "ELENA CASINI"),
        "secretary": "vice_secretary",
        "premesse": [
            "VISTA LA RICHIESTA DELL'ASSOCIAZIONE CULTURALE VALDARNO IN SCENA, PERVENUTA IN DATA 20/12/2027 AL PROT. N. 31544, DI PATROCINIO E DI CONTRIBUTO PER LA RASSEGNA TEATRALE DI CARNEVALE 2028 PRESSO IL TEATRO COMUNALE;",
            "VISTO IL REGOLAMENTO COMUNALE PER LA CONCESSIONE DI CONTRIBUTI E PATROCINI APPROVATO CON DELIBERAZIONE C.C. N. 47 DEL 30/07/2019;",
            "RITENUTA L'INIZIATIVA MERITEVOLE DI SOSTEGNO PER IL SUO VALORE CULTURALE E SOCIALE;",
            "VISTI I PARERI FAVOREVOLI DI REGOLARITA' TECNICA E CONTABILE ESPRESSI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000;",
        ],
        "vote_text": "CON VOTI FAVOREVOLI N. 4, CONTRARI N. 0, ASTENUTI N. 1 (NOCENTINI), ESPRESSI IN FORMA PALESE DAI N. 5 PRESENTI",
        "points": [
            "DI CONCEDERE IL PATROCINIO DEL COMUNE ALLA RASSEGNA TEATRALE DI CARNEVALE 2028;",
            "DI CONCEDERE ALL'ASSOCIAZIONE CULTURALE VALDARNO IN SCENA UN CONTRIBUTO DI EURO 2.500,00;",
            "DI DARE ATTO CHE LA SPESA TROVA COPERTURA AL CAP. 5230 DEL BILANCIO 2028/2030 IN ESERCIZIO PROVVISORIO;",
            "DI DEMANDARE AL RESPONSABILE DEI SERVIZI CULTURALI GLI ATTI CONSEGUENTI.",
        ],
        "ie_text": "CON SUCCESSIVA VOTAZIONE UNANIME LA PRESENTE DELIBERAZIONE E' DICHIARATA IMMEDIATAMENTE ESEGUIBILE AI SENSI DELL'ART. 134, COMMA 4, DEL D.LGS. 267/2000.",
        "vote": "majority",
        "vote_counts": {"present": 5, "in_favour": 4, "against": 0, "abstained": 1},
        "ie": True,
        "pub_number": 52, "pub_from": "13/01/2028", "pub_to": "28/01/2028",
    },
    {
        "id": "S3",
        "file": "deliberazione-sangiovannivaldarno-jserfin-n8.pdf",
        "producer": "80-column troff (Courier CR) through groff -Tps and ps2pdf",
        "number": 8, "date": "2028-01-18", "time": "15:00",
        "proposal_number": 15, "proposing_office": "SERVIZI EDUCATIVI E SPORT",
        "subject": "APPROVAZIONE DELLO SCHEMA DI ACCORDO CON L'ISTITUTO COMPRENSIVO MARCO POLO PER L'UTILIZZO DELLE PALESTRE SCOLASTICHE IN ORARIO EXTRASCOLASTICO",
        "absent": ["GUERRINI LAURA"],
        "president": ("", "SINDACO", "LORENZO MORETTI"),
        "secretary": "secretary",
        "premesse": [
            "PREMESSO CHE LE PALESTRE DEGLI EDIFICI SCOLASTICI DI PROPRIETA' COMUNALE SONO UTILIZZATE IN ORARIO EXTRASCOLASTICO DALLE SOCIETA' SPORTIVE DEL TERRITORIO;",
            "VISTO L'ART. 96 DEL D.LGS. 297/1994 E L'ART. 38 DEL D.LGS. 36/2021;",
            "VISTO LO SCHEMA DI ACCORDO CONCORDATO CON IL DIRIGENTE SCOLASTICO DELL'ISTITUTO COMPRENSIVO MARCO POLO, DI DURATA TRIENNALE;",
            "VISTI I PARERI FAVOREVOLI ESPRESSI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000;",
        ],
        "vote_text": "CON VOTI UNANIMI FAVOREVOLI ESPRESSI IN FORMA PALESE",
        "points": [
            "DI APPROVARE LO SCHEMA DI ACCORDO CON L'ISTITUTO COMPRENSIVO MARCO POLO PER L'UTILIZZO DELLE PALESTRE SCOLASTICHE IN ORARIO EXTRASCOLASTICO PER GLI ANNI 2028-2030;",
            "DI AUTORIZZARE IL DIRIGENTE DEI SERVIZI EDUCATIVI E SPORT ALLA SOTTOSCRIZIONE DELL'ACCORDO;",
            "DI DARE ATTO CHE DAL PRESENTE ATTO NON DERIVANO NUOVI ONERI A CARICO DEL BILANCIO.",
        ],
        "ie_text": "CON SUCCESSIVA VOTAZIONE UNANIME LA PRESENTE DELIBERAZIONE E' DICHIARATA IMMEDIATAMENTE ESEGUIBILE AI SENSI DELL'ART. 134, COMMA 4, DEL D.LGS. 267/2000.",
        "vote": "unanimous", "vote_counts": None, "ie": True,
        "pub_number": 96, "pub_from": "20/01/2028", "pub_to": "04/02/2028",
    },
    {
        "id": "S4",
        "file": "deliberazione-sangiovannivaldarno-jserfin-n13.pdf",
        "producer": "fpdf2: pre-printed form of underscores (Courier) with the values typed over the blanks",
        "number": 13, "date": "2028-01-25", "time": "18:30",
        "proposal_number": 27, "proposing_office": "SEGRETERIA GENERALE - CONTENZIOSO",
        "subject": "APPELLO AVVERSO LA SENTENZA DEL T.A.R. TOSCANA N. 1742/2027 - AUTORIZZAZIONE AL SINDACO A COSTITUIRSI IN GIUDIZIO E NOMINA DEL DIFENSORE",
        "absent": ["MORETTI LORENZO", "BARTOLINI SIMONE"],
        "president": ("", "VICE SINDACO", "ELENA CASINI"),
        "secretary": "secretary",
        "premesse": [
            "VISTA LA SENTENZA DEL T.A.R. TOSCANA, SEZ. III, N. 1742/2027, DEPOSITATA IL 30/11/2027, CHE HA ACCOLTO IL RICORSO PROPOSTO AVVERSO IL DINIEGO DI PERMESSO DI COSTRUIRE N. 212/2026;",
            "RITENUTO CHE SUSSISTANO FONDATI MOTIVI PER PROPORRE APPELLO AL CONSIGLIO DI STATO;",
            "VISTI I PARERI FAVOREVOLI ESPRESSI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000;",
        ],
        "vote_text": "CON VOTI UNANIMI FAVOREVOLI ESPRESSI IN FORMA PALESE",
        "points": [
            "DI AUTORIZZARE IL SINDACO A PROPORRE APPELLO AL CONSIGLIO DI STATO AVVERSO LA SENTENZA DEL T.A.R. TOSCANA N. 1742/2027;",
            "DI NOMINARE QUALE DIFENSORE DELL'ENTE L'AVV. GIOVANNI PIERAZZI DEL FORO DI FIRENZE;",
            "DI DEMANDARE AL RESPONSABILE DEL CONTENZIOSO L'IMPEGNO DELLA SPESA DI EURO 6.850,00.",
        ],
        "ie_text": "CON SUCCESSIVA VOTAZIONE UNANIME LA PRESENTE DELIBERAZIONE E' DICHIARATA IMMEDIATAMENTE ESEGUIBILE AI SENSI DELL'ART. 134, COMMA 4, DEL D.LGS. 267/2000.",
        "vote": "unanimous", "vote_counts": None, "ie": True,
        "pub_number": 131, "pub_from": "27/01/2028", "pub_to": "11/02/2028",
    },
]


def attendance(comune, act):
    return [(n, r, n not in act["absent"]) for n, r in comune["members"]]


def present_count(comune, act):
    return sum(1 for _, _, p in attendance(comune, act) if p)


def secretary_of(comune, act):
    return comune[act["secretary"]]
