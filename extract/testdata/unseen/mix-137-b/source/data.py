# Shared data for set mix-137-b: Consiglio Comunale minutes, January 2029.
# People, numbers and facts are invented.

SB_ROLL = [  # Sala Baganza: Sindaco + 12 councillors
    ("FERRARI Marco", "Sindaco"), ("BOCCHI Elena", "Consigliere"),
    ("GHIRARDI Paolo", "Consigliere"), ("CAVALLI Silvia", "Consigliere"),
    ("BERTOLI Andrea", "Consigliere"), ("ZANICHELLI Monica", "Consigliere"),
    ("PELLEGRI Stefano", "Consigliere"), ("MORI Chiara", "Consigliere"),
    ("BARATTA Giorgio", "Consigliere"), ("CERIOLI Luisa", "Consigliere"),
    ("TAGLIAVINI Davide", "Consigliere"), ("FONTANESI Roberta", "Consigliere"),
    ("RIVA Matteo", "Consigliere"),
]
AQ_ROLL = [  # Acquedolci: 12 councillors (the Sindaco is not a member in Sicily)
    ("CAMPISI Antonino", "Presidente del Consiglio"), ("LO PRESTI Maria", "Consigliere"),
    ("GERMANÀ Salvatore", "Consigliere"), ("CATANIA Rosaria", "Consigliere"),
    ("MILICI Giuseppe", "Consigliere"), ("SCAFFIDI Carmela", "Consigliere"),
    ("ZINGALES Francesco", "Consigliere"), ("BONTEMPO Giovanna", "Consigliere"),
    ("ARTALE Vincenzo", "Consigliere"), ("PIDALÀ Concetta", "Consigliere"),
    ("RUSSO Benedetto", "Consigliere"), ("LANZA Agata", "Consigliere"),
]
LF_ROLL = [  # Livorno Ferraris: Sindaco + 12 councillors
    ("BERTONE Giancarlo", "Sindaco"), ("ROSSO Laura", "Consigliere"),
    ("GILARDI Piero", "Consigliere"), ("VERCELLONE Marta", "Consigliere"),
    ("BOSSO Franco", "Consigliere"), ("BORGOGNO Elisa", "Consigliere"),
    ("FERRERO Alberto", "Consigliere"), ("MARTINOTTI Claudia", "Consigliere"),
    ("PIANA Sergio", "Consigliere"), ("CROSIO Valeria", "Consigliere"),
    ("BARBERIS Luca", "Consigliere"), ("GARRONE Paola", "Consigliere"),
    ("DEMARCHI Ivo", "Consigliere"),
]

def roll(base, absent=(), unjust=(), notes=None):
    """absent: surnames absent at the roll call; unjust: of those, absence not justified;
    notes: {surname: note printed beside the roll}"""
    out = []
    for name, role in base:
        s = name.split(" ")[0] if not name.startswith("LO ") else "LO PRESTI"
        present = s not in absent
        out.append({"name": name, "role": role, "present": present,
                    "justified": (not present) and (s not in unjust),
                    "note": (notes or {}).get(s, "")})
    return out

SB_PRES = {"title": "dott.", "role": "Sindaco", "name": "Marco Ferrari"}
SB_SEG = {"title": "dott.ssa", "role": "Segretario Generale", "name": "Daniela Notari"}
SB_VICE = {"title": "dott.", "role": "Vice Segretario", "name": "Luca Pioli"}
AQ_PRES = {"title": "avv.", "role": "Presidente del Consiglio", "name": "Antonino Campisi"}
AQ_SEG = {"title": "dott.", "role": "Segretario Generale", "name": "Carmelo Lo Iacono"}
AQ_VICE = {"title": "dott.ssa", "role": "Vice Segretario", "name": "Francesca Pintaudi"}
LF_PRES = {"title": "geom.", "role": "Sindaco", "name": "Giancarlo Bertone"}
LF_SEG = {"title": "dott.", "role": "Segretario Generale", "name": "Renato Gallina"}
LF_VICE = {"title": "dott.ssa", "role": "Vice Segretario", "name": "Ornella Bagna"}

ACTS = [
 # ---------------- Sala Baganza (Emilia-Romagna), house style "civilianext" ----------
 dict(file="consiglio-salabaganza-civilianext-01.pdf", comune="SB", producer="chromium",
      municipality="Comune di Sala Baganza", number=1, date="2029-01-15", time="20:30",
      subject="APPROVAZIONE DEI VERBALI DELLE SEDUTE CONSILIARI DEL 27 NOVEMBRE 2028 E DEL 18 DICEMBRE 2028",
      roll=roll(SB_ROLL, absent=("RIVA", "FONTANESI"), unjust=("RIVA",),
                notes={"RIVA": "entra alle ore 20:50, dopo la votazione"}),
      president=SB_PRES, secretary=SB_SEG,
      vote="majority", counts={"present": 11, "in_favour": 9, "against": 0, "abstained": 2},
      against_names=[], abst_names=["Baratta", "Cerioli"], imm=False,
      points=["di approvare i verbali delle sedute consiliari del 27 novembre 2028 (deliberazioni dal n. 52 al n. 58) e del 18 dicembre 2028 (deliberazioni dal n. 59 al n. 66), depositati agli atti;",
              "di dare atto che i verbali approvati sono conservati nell'archivio informatico dell'Ente ai sensi del Regolamento del Consiglio Comunale."],
      premise="Richiamato l'art. 54 del vigente Regolamento per il funzionamento del Consiglio Comunale, il quale prevede che i verbali delle sedute siano sottoposti all'approvazione del Consiglio nella prima seduta utile; dato atto che i verbali delle sedute del 27 novembre 2028 e del 18 dicembre 2028 sono stati depositati a disposizione dei Consiglieri almeno cinque giorni prima della seduta odierna e che non sono pervenute richieste di rettifica;",
      proposal_number=1, proposing_office="Servizio Segreteria e Affari Generali"),
 dict(file="consiglio-salabaganza-civilianext-02.pdf", comune="SB", producer="chromium",
      municipality="Comune di Sala Baganza", number=2, date="2029-01-15", time="20:30",
      subject="MODIFICA DEL REGOLAMENTO PER LA DISCIPLINA DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA E DEL CANONE MERCATALE",
      roll=roll(SB_ROLL, absent=("FONTANESI",), unjust=(),
                notes={"RIVA": "entrato alle ore 20:50"}),
      president=SB_PRES, secretary=SB_SEG,
      vote="majority", counts={"present": 12, "in_favour": 10, "against": 2, "abstained": 0},
      against_names=["Baratta", "Cerioli"], abst_names=[], imm=True,
      points=["di approvare le modifiche agli articoli 12, 19 e 34 del Regolamento per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e del canone mercatale, come riportate nell'allegato A, parte integrante e sostanziale del presente atto;",
              "di dare atto che le modifiche hanno effetto dal 1° gennaio 2029, ai sensi dell'art. 53, comma 16, della legge 23 dicembre 2000, n. 388;",
              "di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze per la pubblicazione sul portale del federalismo fiscale;",
              "di dichiarare, con separata votazione, il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000."],
      premise="Vista la legge 27 dicembre 2019, n. 160, art. 1, commi da 816 a 847, che ha istituito il canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria e il canone mercatale; richiamata la propria deliberazione n. 9 del 29 marzo 2021 con la quale è stato approvato il relativo regolamento; ritenuto di adeguare le riduzioni previste per le occupazioni dei pubblici esercizi e le modalità di versamento per gli operatori del mercato settimanale;",
      proposal_number=3, proposing_office="Settore Finanziario - Servizio Tributi"),
 dict(file="consiglio-salabaganza-civilianext-05.pdf", comune="SB", producer="wkhtmltopdf",
      municipality="Comune di Sala Baganza", number=5, date="2029-01-29", time="18:00",
      subject="VARIAZIONE AL BILANCIO DI PREVISIONE FINANZIARIO 2029-2031 (ART. 175, COMMA 2, DEL D.LGS. N. 267/2000)",
      roll=roll(SB_ROLL, absent=("MORI", "BARATTA", "TAGLIAVINI"), unjust=("TAGLIAVINI",)),
      president=SB_PRES, secretary=SB_VICE,
      vote="majority", counts={"present": 10, "in_favour": 8, "against": 1, "abstained": 1},
      against_names=["Cerioli"], abst_names=["Riva"], imm=True,
      points=["di apportare al bilancio di previsione finanziario 2029-2031 le variazioni di competenza e di cassa riportate nel prospetto allegato sub A;",
              "di dare atto che permangono gli equilibri di bilancio di cui all'art. 193 del D.Lgs. 267/2000, come da prospetto allegato sub B;",
              "di prendere atto del parere favorevole del Revisore dei conti, verbale n. 2 del 24 gennaio 2029;",
              "di dichiarare, con separata votazione, il presente atto immediatamente eseguibile."],
      premise="Premesso che con deliberazione consiliare n. 61 del 18 dicembre 2028 è stato approvato il bilancio di previsione finanziario 2029-2031; rilevata la necessità di finanziare il contributo regionale per la manutenzione straordinaria della scuola primaria \"Don Milani\", pari a euro 85.000,00, e di adeguare gli stanziamenti per il servizio di trasporto scolastico;",
      proposal_number=7, proposing_office="Settore Finanziario"),
 dict(file="consiglio-salabaganza-civilianext-06.pdf", comune="SB", producer="wkhtmltopdf",
      municipality="Comune di Sala Baganza", number=6, date="2029-01-29", time="18:00",
      subject="RINNOVO DELLA CONVENZIONE CON I COMUNI DI COLLECCHIO E FELINO PER LA GESTIONE ASSOCIATA DEL SERVIZIO DI PROTEZIONE CIVILE",
      roll=roll(SB_ROLL, absent=("MORI", "BARATTA", "TAGLIAVINI"), unjust=("TAGLIAVINI",),
                notes={"BOCCHI": "esce alle ore 19:40, prima della votazione"}),
      president=SB_PRES, secretary=SB_VICE,
      vote="unanimous", counts={"present": 9, "in_favour": 9, "against": 0, "abstained": 0},
      against_names=[], abst_names=[], imm=False,
      points=["di approvare lo schema di convenzione con i Comuni di Collecchio e Felino per la gestione associata del servizio di protezione civile per il periodo 2029-2033, allegato al presente atto;",
              "di autorizzare il Sindaco alla sottoscrizione della convenzione;",
              "di dare atto che la spesa a carico del Comune, stimata in euro 6.400,00 annui, trova copertura nel bilancio di previsione 2029-2031."],
      premise="Richiamato l'art. 30 del D.Lgs. 18 agosto 2000, n. 267; vista la convenzione approvata con propria deliberazione n. 4 del 28 gennaio 2024, in scadenza il 31 gennaio 2029; ritenuto opportuno proseguire la gestione associata del servizio, che ha garantito il coordinamento del volontariato e la redazione del piano intercomunale;",
      proposal_number=8, proposing_office="Settore Lavori Pubblici - Servizio Protezione Civile"),
 # ---------------- Acquedolci (Sicilia), house style "halley" ----------
 dict(file="consiglio-acquedolci-halley-01.pdf", comune="AQ", producer="reportlab-glyphs",
      municipality="Comune di Acquedolci", number=1, date="2029-01-10", time="18:30",
      subject="APPROVAZIONE DELL'AGGIORNAMENTO 2029 DEL PIANO COMUNALE DI PROTEZIONE CIVILE",
      roll=roll(AQ_ROLL, absent=("SCAFFIDI", "RUSSO")),
      president=AQ_PRES, secretary=AQ_SEG,
      vote="unanimous", counts={"present": 10, "in_favour": 10},
      against_names=[], abst_names=[], imm=True,
      points=["di approvare l'aggiornamento 2029 del Piano comunale di protezione civile, composto dalla relazione generale e dalle tavole allegate;",
              "di trasmettere il Piano al Dipartimento Regionale della Protezione Civile e alla Prefettura di Messina;",
              "di dichiarare la presente deliberazione immediatamente esecutiva ai sensi dell'art. 12, comma 2, della L.R. 44/1991."],
      premise="Visto il D.Lgs. 2 gennaio 2018, n. 1, Codice della protezione civile; vista la proposta del Responsabile dell'Area Tecnica, corredata dei pareri favorevoli di regolarità tecnica e contabile; sentita la relazione dell'Assessore delegato;",
      proposal_number=2, proposing_office="Area Tecnica"),
 dict(file="consiglio-acquedolci-halley-02.pdf", comune="AQ", producer="reportlab-twtc",
      municipality="Comune di Acquedolci", number=2, date="2029-01-10", time="18:30",
      subject="RICONOSCIMENTO DI LEGITTIMITÀ DEL DEBITO FUORI BILANCIO AI SENSI DELL'ART. 194, COMMA 1, LETT. A), DEL D.LGS. N. 267/2000 DERIVANTE DALLA SENTENZA DEL GIUDICE DI PACE DI SANT'AGATA DI MILITELLO N. 412/2028",
      roll=roll(AQ_ROLL, absent=("SCAFFIDI",),
                notes={"RUSSO": "entra alle ore 19:05"}),
      president=AQ_PRES, secretary=AQ_SEG,
      vote="majority", counts={"present": 11, "in_favour": 8, "against": 3, "abstained": 0},
      against_names=["Artale", "Pidalà", "Russo"], abst_names=[], imm=True,
      points=["di riconoscere la legittimità del debito fuori bilancio di euro 3.184,50 derivante dalla sentenza del Giudice di Pace di Sant'Agata di Militello n. 412/2028;",
              "di dare atto che la spesa trova copertura alla missione 1, programma 11, del bilancio 2029-2031, esercizio 2029;",
              "di trasmettere il presente atto alla Procura regionale della Corte dei conti ai sensi dell'art. 23, comma 5, della legge 289/2002;",
              "di dichiarare la presente deliberazione immediatamente esecutiva."],
      premise="Vista la sentenza n. 412/2028 con la quale il Giudice di Pace di Sant'Agata di Militello ha condannato il Comune al risarcimento dei danni subiti da un veicolo in via Ammiraglio Rizzo; visto il parere favorevole del Revisore unico dei conti, verbale n. 1 del 5 gennaio 2029;",
      proposal_number=1, proposing_office="Area Amministrativa - Ufficio Contenzioso"),
 dict(file="consiglio-acquedolci-halley-04.pdf", comune="AQ", producer="fpdf2",
      municipality="Comune di Acquedolci", number=4, date="2029-01-24", time="19:00",
      subject="APPROVAZIONE DEL REGOLAMENTO COMUNALE PER L'ISTITUZIONE E LA DISCIPLINA DEL SERVIZIO DI VOLONTARIATO CIVICO",
      roll=roll(AQ_ROLL, absent=("BONTEMPO", "LANZA", "MILICI")),
      president=AQ_PRES, secretary=AQ_VICE,
      vote="unanimous", counts={"present": 9, "in_favour": 9},
      against_names=[], abst_names=[], imm=False,
      points=["di approvare il Regolamento comunale per l'istituzione e la disciplina del servizio di volontariato civico, composto da n. 18 articoli, allegato al presente atto;",
              "di dare atto che il Regolamento entra in vigore decorsi quindici giorni dalla pubblicazione all'Albo pretorio on line."],
      premise="Visto l'art. 118, ultimo comma, della Costituzione; vista la proposta della II Commissione consiliare permanente, esaminata nella seduta del 15 gennaio 2029; ritenuto di valorizzare l'apporto dei cittadini alla cura del verde pubblico e delle spiagge;",
      proposal_number=4, proposing_office="Area Amministrativa"),
 dict(file="consiglio-acquedolci-halley-05.pdf", comune="AQ", producer="fpdf2",
      municipality="Comune di Acquedolci", number=5, date="2029-01-24", time="19:00",
      subject="APPROVAZIONE DEL PROGRAMMA TRIENNALE DEGLI INTERVENTI SUL DEMANIO MARITTIMO 2029-2031",
      roll=roll(AQ_ROLL, absent=("BONTEMPO", "LANZA", "MILICI"),
                notes={"ZINGALES": "esce alle ore 20:10"}),
      president=AQ_PRES, secretary=AQ_VICE,
      vote="majority", counts={"present": 8, "in_favour": 6, "against": 2, "abstained": 0},
      against_names=["Artale", "Pidalà"], abst_names=[], imm=True,
      points=["di approvare il Programma triennale degli interventi sul demanio marittimo 2029-2031, allegato al presente atto;",
              "di demandare al Responsabile dell'Area Tecnica gli adempimenti per l'inserimento degli interventi nel Programma triennale delle opere pubbliche;",
              "di dichiarare la presente deliberazione immediatamente esecutiva."],
      premise="Vista la L.R. 29 novembre 2005, n. 15, e il Piano di utilizzo delle aree demaniali marittime approvato dall'Assessorato regionale del Territorio e dell'Ambiente; ritenuto di programmare gli interventi di ripascimento del litorale di contrada Cannamellito e di adeguamento degli accessi al mare;",
      proposal_number=5, proposing_office="Area Tecnica"),
 # ---------------- Livorno Ferraris (Piemonte), house style "siscom" ----------
 dict(file="consiglio-livornoferraris-siscom-01.pdf", comune="LF", producer="enscript",
      municipality="Comune di Livorno Ferraris", number=1, date="2029-01-16", time="21:00",
      subject="APPROVAZIONE DEL PIANO ECONOMICO FINANZIARIO E DELLE TARIFFE DELLA TASSA SUI RIFIUTI (TARI) PER L'ANNO 2029",
      roll=roll(LF_ROLL, absent=("GARRONE",)),
      president=LF_PRES, secretary=LF_SEG,
      vote="majority", counts={"present": 12, "in_favour": 9, "against": 3, "abstained": 0},
      against_names=["Barberis", "Piana", "Demarchi"], abst_names=[], imm=True,
      points=["di approvare il Piano economico finanziario del servizio integrato di gestione dei rifiuti urbani per l'anno 2029, validato dal Consorzio COVEVAR;",
              "di approvare le tariffe della TARI per l'anno 2029 per le utenze domestiche e non domestiche, come da prospetto allegato;",
              "di stabilire la riscossione in due rate, con scadenza il 31 maggio e il 30 novembre 2029;",
              "di dichiarare, con separata votazione, il presente atto immediatamente eseguibile."],
      premise="Vista la deliberazione ARERA n. 363/2021/R/rif e successive modificazioni; visto il Piano economico finanziario trasmesso dal Consorzio COVEVAR; acquisito il parere favorevole del Revisore dei conti;",
      proposal_number=2, proposing_office="Servizio Tributi"),
 dict(file="consiglio-livornoferraris-siscom-02.pdf", comune="LF", producer="enscript",
      municipality="Comune di Livorno Ferraris", number=2, date="2029-01-16", time="21:00",
      subject="NOMINA DELLA COMMISSIONE COMUNALE PER LA FORMAZIONE E L'AGGIORNAMENTO DEGLI ELENCHI DEI GIUDICI POPOLARI",
      roll=roll(LF_ROLL, absent=("GARRONE",),
                notes={"BARBERIS": "esce alle ore 21:45"}),
      president=LF_PRES, secretary=LF_SEG,
      vote="unanimous", counts={"present": 11, "in_favour": 11, "against": 0, "abstained": 0},
      against_names=[], abst_names=[], imm=False,
      points=["di nominare componenti della Commissione comunale per la formazione e l'aggiornamento degli elenchi dei giudici popolari i Consiglieri Rosso Laura e Demarchi Ivo;",
              "di dare atto che la Commissione e' presieduta dal Sindaco o da un suo delegato."],
      premise="Vista la legge 10 aprile 1951, n. 287, art. 13; dato atto che la nomina avviene con voto limitato a un nome, per garantire la rappresentanza della minoranza;",
      proposal_number=1, proposing_office="Servizio Demografico"),
 dict(file="consiglio-livornoferraris-siscom-04.pdf", comune="LF", producer="groff",
      municipality="Comune di Livorno Ferraris", number=4, date="2029-01-30", time="20:45",
      subject="APPROVAZIONE DEL PROGRAMMA DEGLI INCARICHI DI COLLABORAZIONE AUTONOMA PER L'ANNO 2029",
      roll=roll(LF_ROLL, absent=("CROSIO", "PIANA"), unjust=("PIANA",)),
      president=LF_PRES, secretary=LF_VICE,
      vote="majority", counts={"present": 11, "in_favour": 8, "against": 0, "abstained": 3},
      against_names=[], abst_names=["Barberis", "Garrone", "Demarchi"], imm=False,
      points=["di approvare il programma degli incarichi di collaborazione autonoma per l'anno 2029, allegato al presente atto;",
              "di fissare in euro 12.000,00 il limite massimo della spesa annua per tali incarichi."],
      premise="Visto l'art. 3, comma 55, della legge 24 dicembre 2007, n. 244; visto l'art. 7, comma 6, del D.Lgs. 30 marzo 2001, n. 165;",
      proposal_number=5, proposing_office="Servizio Segreteria"),
 dict(file="consiglio-livornoferraris-siscom-05.pdf", comune="LF", producer="a2ps",
      municipality="Comune di Livorno Ferraris", number=5, date="2029-01-30", time="20:45",
      subject="ACQUISIZIONE GRATUITA AL PATRIMONIO COMUNALE DI RELITTI STRADALI IN LOCALITA' CASTELL'APERTOLE",
      roll=roll(LF_ROLL, absent=("CROSIO", "PIANA"), unjust=("PIANA",),
                notes={"ROSSO": "esce alle ore 21:20"}),
      president=LF_PRES, secretary=LF_VICE,
      vote="unanimous", counts={"present": 10, "in_favour": 10},
      against_names=[], abst_names=[], imm=True,
      points=["di acquisire gratuitamente al patrimonio comunale i relitti stradali censiti al Catasto Terreni al foglio 41, mappali 212 e 215;",
              "di autorizzare il Responsabile del Servizio Tecnico alla stipula dell'atto;",
              "di dichiarare il presente atto immediatamente eseguibile."],
      premise="Vista la richiesta della ditta proprietaria in data 3 novembre 2028; dato atto che le aree sono da tempo destinate a uso pubblico;",
      proposal_number=6, proposing_office="Servizio Tecnico"),
]

MONTHS = ["", "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
          "agosto", "settembre", "ottobre", "novembre", "dicembre"]
DAYS_W = {10: "dieci", 15: "quindici", 16: "sedici", 24: "ventiquattro", 29: "ventinove", 30: "trenta"}

def dmy(iso, sep="/"):
    y, m, d = iso.split("-")
    return f"{d}{sep}{m}{sep}{y}"

def counts_text(a):
    c = a["counts"]
    return c

def by_file(f):
    return next(a for a in ACTS if a["file"] == f)
