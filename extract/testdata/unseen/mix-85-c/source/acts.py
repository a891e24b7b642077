# Shared invented content for the Consiglio minutes of set mix-85-c (people, numbers are invented).
def P(name, role, group, present): return dict(name=name, role=role, group=group, present=present)
ACTS = {
"pretoro": dict(body="Comune di Pretoro", prov="Provincia di Chieti", organ="Consiglio Comunale", n=7, date="2026-03-30",
  datep="30/03/2026", words="L'anno duemilaventisei, addì trenta del mese di marzo, alle ore 18:00", time="18:00",
  subject="Approvazione del Regolamento per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria. Modifiche.",
  roll=[P("DI CRESCENZO Marco","Sindaco","Pretoro Futura",True),P("FALCONE Anna","Consigliere","Pretoro Futura",True),
        P("SCIARRA Luigi","Consigliere","Pretoro Futura",True),P("MARINUCCI Elisa","Consigliere","Pretoro Futura",False),
        P("DI TULLIO Giorgio","Consigliere","Pretoro Futura",True),P("COLANGELO Rita","Consigliere","Pretoro Futura",True),
        P("PETRINI Sandro","Consigliere","Insieme per Pretoro",True),P("DE LUCA Marta","Consigliere","Insieme per Pretoro",False),
        P("CIAMPOLI Franco","Consigliere","Insieme per Pretoro",True),P("RANIERI Tiziana","Presidente del Consiglio","Pretoro Futura",True),
        P("D'ALESSANDRO Paolo","Consigliere","Gruppo Misto",True)],
  entr="Alle ore 18:12 entra in aula la consigliera DE LUCA Marta: presenti 10, assenti 1.",
  pres=("Presidente del Consiglio","RANIERI Tiziana"), sec=("dott.","Segretario Generale","Carla Di Pasquale"),
  vote=(10,10,7,3,0), ie=True,
  points=["di approvare le modifiche al Regolamento per la disciplina del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria, nel testo allegato alla presente quale parte integrante e sostanziale;",
          "di dare atto che le modifiche hanno efficacia dal 1° gennaio 2026, ai sensi dell'art. 53, comma 16, della legge n. 388/2000;",
          "di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze mediante inserimento nel Portale del federalismo fiscale."]),
}
def mk(body, prov, n, date, datep, words, time, subject, names, groups, absent, late, pres_i, sec, vote, ie, points, entr_time):
    roll = []
    for i, nm in enumerate(names):
        role = "Sindaco" if i == 0 else ("Presidente del Consiglio" if i == pres_i else "Consigliere")
        roll.append(P(nm, role, groups[i], i not in absent and i not in late))
    e = "; ".join("alle ore %s entra il consigliere %s" % (entr_time, names[i]) for i in late)
    np = sum(1 for r in roll if r["present"]) + len(late)
    entr = (e[0].upper() + e[1:] + ": presenti %d." % np) if late else ""
    return dict(body=body, prov=prov, organ="Consiglio Comunale", n=n, date=date, datep=datep, words=words, time=time,
                subject=subject, roll=roll, entr=entr, pres=("Presidente del Consiglio", names[pres_i]), sec=sec,
                vote=vote, ie=ie, points=points)
ACTS["montesanmartino"] = mk("Comune di Monte San Martino", "Provincia di Macerata", 5, "2026-03-27", "27.3.2026",
  "L'anno duemilaventisei, il giorno ventisette del mese di marzo, alle ore 21:00", "21:00",
  "Variazione di assestamento generale al bilancio di previsione finanziario 2026/2028 ai sensi dell'art. 175 del D.Lgs. n. 267/2000.",
  ["Mercuri Giovanni","Ciarrocchi Laura","Bartolacci Enzo","Vitali Simona","Properzi Michele","Felicetti Anna","Santarelli Roberto","Cappella Debora","Ubaldi Stefano","Rossi Matteo","Gentili Paola"],
  ["Vivere Monte San Martino"]*7 + ["Progetto Comune"]*4, [9], [6], 2, ("dott.", "Segretario Generale", "Federico Paoletti"),
  (10, 9, 7, 2, 1), True,
  ["di approvare la variazione di assestamento generale al bilancio di previsione 2026/2028 come riportata negli allegati prospetti;",
   "di dare atto del permanere degli equilibri generali di bilancio ai sensi dell'art. 193 del D.Lgs. n. 267/2000;",
   "di trasmettere la presente al Tesoriere comunale per gli adempimenti di competenza;",
   "di pubblicare i dati di sintesi nella sezione Amministrazione Trasparente."], "21:15")
ACTS["farindola"] = mk("Comune di Farindola", "Provincia di Pescara", 11, "2026-03-25", "25 marzo 2026",
  "L'anno duemilaventisei addì venticinque del mese di marzo alle ore 17:30", "17:30",
  "Approvazione dello schema di convenzione per la gestione associata del servizio di segreteria comunale tra i Comuni di Farindola e Villa Celiera.",
  ["DI GIAMPIETRO Nicola","LUPINETTI Sara","DI MARZIO Antonio","FEBO Carmela","D'INTINO Walter","CIRILLI Roberta","DI BLASIO Dario","ZACCAGNINI Ilaria","TROIANI Massimo","DI FEBO Lucia","PALLOTTA Mirko"],
  ["Farindola Bene Comune"]*7 + ["Rinascita Farindolese"]*4, [5, 10], [8], 1, ("dott.ssa", "Segretario Generale", "Maria Grazia Sablone"),
  (9, 9, 9, 0, 0), True,
  ["di approvare lo schema di convenzione per la gestione associata del servizio di segreteria comunale, allegato alla presente quale parte integrante;",
   "di stabilire che il Comune di Farindola assume il ruolo di Comune capo convenzione con una quota di riparto del 60 per cento;",
   "di autorizzare il Sindaco alla sottoscrizione della convenzione."], "17:50")
ACTS["roccapia"] = mk("Comune di Rocca Pia", "Provincia dell'Aquila", 4, "2026-03-19", "19-03-2026",
  "L'anno duemilaventisei, il giorno diciannove del mese di marzo, alle ore 18:30", "18:30",
  "Approvazione del Piano delle alienazioni e valorizzazioni immobiliari per il triennio 2026-2028.",
  ["TARULLI Emilio","DI LORETO Silvia","CARUGNO Piero","DI NINO Angela","MARCHIONE Luca","PETRELLA Vanda","SPERANZA Gino","DI IORIO Carla","CELLINI Bruno","MANCINI Ornella","DI CIANNI Fabio"],
  ["Rocca Pia Viva"]*7 + ["Uniti per Rocca Pia"]*4, [4], [9], 3, ("dott.", "Segretario Generale", "Luciano Di Cesare"),
  (10, 10, 7, 3, 0), False,
  ["di approvare il Piano delle alienazioni e valorizzazioni immobiliari per il triennio 2026-2028, allegato sub A;",
   "di dare atto che il Piano costituisce allegato al Documento Unico di Programmazione 2026-2028;",
   "di demandare al Responsabile dell'Area Tecnica gli adempimenti conseguenti."], "18:45")
ACTS["tossicia"] = mk("Comune di Tossicia", "Provincia di Teramo", 9, "2026-03-31", "31.03.2026",
  "L'anno duemilaventisei il giorno trentuno del mese di marzo alle ore 19:00", "19:00",
  "Istituzione della Consulta comunale dei giovani e approvazione del relativo regolamento.",
  ["DI GIOSIA Franco","MARCOZZI Elena","DI BONAVENTURA Luca","RASICCI Monia","DI SABATINO Carlo","GIANCOLA Ilenia","DI MATTEO Sergio","SACCHINI Alessia","DI PIETRO Ugo","FORTI Noemi","CASTELLI Mario"],
  ["Tossicia nel Cuore"]*7 + ["Lista Civica Gran Sasso"]*4, [2, 7], [], 1, ("dott.ssa", "Segretario Generale", "Paola Di Domenico"),
  (9, 9, 9, 0, 0), True,
  ["di istituire la Consulta comunale dei giovani del Comune di Tossicia;",
   "di approvare il Regolamento della Consulta, composto da 12 articoli, allegato alla presente;",
   "di incaricare il Responsabile dell'Area Amministrativa di pubblicare l'avviso per la raccolta delle candidature."], "")
ACTS["unione"] = mk("Unione dei Comuni Montani Maiella Orientale - Verde Aventino", "Provincia di Chieti", 3, "2026-03-23", "23/03/2026",
  "L'anno duemilaventisei, addì ventitré del mese di marzo, alle ore 16:00", "16:00",
  "Approvazione del Documento Unico di Programmazione (DUP) 2026/2028 e del bilancio di previsione finanziario 2026/2028 dell'Unione.",
  ["COLANTONIO Pasquale","DI FABIO Gabriella","PICCIRILLI Nando","DI RENZO Claudia","TRAVAGLINI Raffaele","MARTELLI Ivana","DE CECCO Valerio","ORLANDO Sabrina","DI MARCO Tommaso"],
  ["Comune di Casoli","Comune di Lettopalena","Comune di Taranta Peligna","Comune di Civitella Messer Raimondo","Comune di Fara San Martino","Comune di Palombaro","Comune di Gessopalena","Comune di Torricella Peligna","Comune di Colledimacine"], [5], [7], 2,
  ("dott.", "Segretario Generale", "Enrico Di Primio"), (8, 8, 8, 0, 0), True,
  ["di approvare il Documento Unico di Programmazione 2026/2028 dell'Unione;",
   "di approvare il bilancio di previsione finanziario 2026/2028 nelle risultanze di cui all'allegato prospetto;",
   "di dare atto che i trasferimenti dei Comuni aderenti sono determinati secondo i criteri dell'art. 20 dello Statuto;",
   "di trasmettere la presente ai Comuni aderenti e alla BDAP."], "16:20")
for r in ACTS["unione"]["roll"]:
    r["role"] = {"Sindaco": "Presidente dell'Unione", "Consigliere": "Consigliere"}.get(r["role"], r["role"])
ACTS["unione"]["organ"] = "Consiglio dell'Unione"
ACTS["lapedona"] = mk("Comune di Lapedona", "Provincia di Fermo", 10, "2026-03-28", "28/03/2026",
  "L'anno duemilaventisei, addì ventotto del mese di marzo, alle ore 10:00", "10:00",
  "Approvazione del progetto di fattibilità tecnico-economica per la messa in sicurezza del versante in località Castellano – CUP H87B26000050004.",
  ["TRAINI Giuseppe","BERDINI Lorena","MARZIALI Cristian","TALAMONTI Eva","CAPRIOTTI Ennio","SILENZI Martina","PIERGALLINI Ugo","VESPRINI Cinzia","LATTANZI Dino","MORGANTI Giada","OTTAVIANI Luca"],
  ["Lapedona Insieme"]*7 + ["Lapedona al Centro"]*4, [3], [10], 1, ("dott.", "Segretario Generale", "Massimo Ciabattoni"),
  (10, 10, 10, 0, 0), True,
  ["di approvare il progetto di fattibilità tecnico-economica dei lavori di messa in sicurezza del versante in località Castellano, per un importo complessivo di euro 420.000,00;",
   "di dare atto che l'opera è finanziata con contributo regionale di cui al decreto n. 31 del 12 febbraio 2026;",
   "di nominare Responsabile Unico del Progetto il geom. Andrea Marinangeli."], "10:25")
