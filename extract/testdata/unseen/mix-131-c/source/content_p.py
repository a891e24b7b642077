# Comune di Piancastagnaio (SI) - house style "Civilia Next" (invented content)
# Shared texts for the four Piancastagnaio documents.

LETTERHEAD = {
    "name": "COMUNE DI PIANCASTAGNAIO",
    "prov": "Provincia di Siena",
    "addr": "Piazza Matteotti, 1 – 53025 Piancastagnaio (SI) – Tel. 0577 786024 – "
            "PEC: comune.piancastagnaio@postacert.toscana.it",
}

ROLL_A = [  # G.C. 84
    ("PIERACCINI MARCO", "Sindaco", True),
    ("FABBRINI ELENA", "Vicesindaco", True),
    ("RAPPUOLI GIACOMO", "Assessore", True),
    ("NANNETTI SILVIA", "Assessore", False),
    ("CONTORNI ANDREA", "Assessore", True),
]
ROLL_B = [  # G.C. 87
    ("PIERACCINI MARCO", "Sindaco", True),
    ("FABBRINI ELENA", "Vicesindaco", True),
    ("RAPPUOLI GIACOMO", "Assessore", True),
    ("NANNETTI SILVIA", "Assessore", True),
    ("CONTORNI ANDREA", "Assessore", False),
]

DELIB_84 = dict(
    number="84", date="05/07/2028", time="13:00",
    proposal="109", proposal_date="03/07/2028", proposing_office="Area Tecnica",
    subject="Approvazione del progetto di fattibilità tecnica ed economica dei lavori di "
            "riqualificazione energetica della scuola primaria di via Grossetana - CUP H34D28000150004",
    intro="L'anno duemilaventotto, il giorno cinque del mese di luglio, alle ore 13:00, nella Sala "
          "della Giunta del Palazzo Comunale, convocata nei modi di legge, si è riunita la Giunta "
          "Comunale nelle persone dei signori:",
    roll=ROLL_A, present="4", absent="1",
    after_roll=[
        "Partecipa il Segretario Comunale Dott.ssa Caterina Lotti, che provvede alla redazione del "
        "presente verbale.",
        "Presiede la seduta il Sindaco Marco Pieraccini, il quale, constatato il numero legale degli "
        "intervenuti, dichiara aperta la seduta e invita la Giunta a deliberare sull'oggetto sopra indicato.",
    ],
    premesse=[
        "Premesso che l'edificio che ospita la scuola primaria di via Grossetana, di proprietà comunale, "
        "presenta un elevato fabbisogno di energia primaria dovuto alla vetustà degli infissi, all'assenza "
        "di isolamento dell'involucro e alla bassa efficienza del generatore di calore;",
        "Richiamata la deliberazione del Consiglio Comunale n. 12 del 28/02/2028, esecutiva, con la quale "
        "sono stati approvati il Documento Unico di Programmazione 2028-2030 e il programma triennale dei "
        "lavori pubblici, nel quale l'intervento è inserito nell'annualità 2028;",
        "Dato atto che con decreto dirigenziale n. 9874 del 12/05/2028 la Regione Toscana ha assegnato a "
        "questo Comune un contributo di € 380.000,00 per l'efficientamento energetico degli edifici "
        "scolastici, subordinato all'aggiudicazione dei lavori entro il 31/12/2028;",
        "Visto il progetto di fattibilità tecnica ed economica redatto dall'Ufficio Tecnico comunale, "
        "acquisito al protocollo n. 7590 del 03/07/2028, composto da relazione tecnico-illustrativa, "
        "diagnosi energetica, elaborati grafici, calcolo sommario della spesa e quadro economico, che "
        "prevede una spesa complessiva di € 480.000,00, di cui € 356.000,00 per lavori, € 14.000,00 per "
        "oneri della sicurezza non soggetti a ribasso e € 110.000,00 per somme a disposizione "
        "dell'Amministrazione;",
        "Visti il D.Lgs. 18 agosto 2000, n. 267, il D.Lgs. 31 marzo 2023, n. 36, e lo Statuto comunale;",
        "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 "
        "del D.Lgs. 267/2000, riportati in calce al presente atto;",
        "Con voti unanimi favorevoli, espressi nelle forme di legge;",
    ],
    points=[
        "di approvare, per le motivazioni esposte in premessa, il progetto di fattibilità tecnica ed "
        "economica dei lavori di riqualificazione energetica della scuola primaria di via Grossetana, "
        "per un importo complessivo di € 480.000,00, secondo il quadro economico sopra riportato;",
        "di dare atto che la spesa trova copertura al capitolo 2042/10 \u201cScuola primaria – manutenzione "
        "straordinaria\u201d del bilancio di previsione 2028-2030, annualità 2028, finanziato per € 380.000,00 "
        "con il contributo regionale e per € 100.000,00 con avanzo di amministrazione destinato;",
        "di individuare quale Responsabile Unico del Progetto il Geom. Paolo Brogi, Responsabile "
        "dell'Area Tecnica;",
        "di demandare al Responsabile dell'Area Tecnica l'adozione degli atti conseguenti, ivi compreso "
        "l'affidamento della progettazione esecutiva.",
    ],
    after_points=[
        "Successivamente, stante l'urgenza di rispettare i termini fissati dalla Regione Toscana per "
        "l'aggiudicazione dei lavori, con separata votazione unanime,",
    ],
    altresi="di dichiarare la presente deliberazione immediatamente eseguibile, ai sensi dell'art. 134, "
            "comma 4, del D.Lgs. 267/2000.",
    pareri=[
        ("PARERE DI REGOLARITÀ TECNICA",
         "Si esprime parere FAVOREVOLE in ordine alla regolarità tecnica della proposta di deliberazione.",
         "03/07/2028", "Il Responsabile dell'Area Tecnica", "Geom. Paolo Brogi"),
        ("PARERE DI REGOLARITÀ CONTABILE",
         "Si esprime parere FAVOREVOLE in ordine alla regolarità contabile della proposta di deliberazione.",
         "04/07/2028", "Il Responsabile dell'Area Finanziaria", "Rag. Lucia Mambrini"),
    ],
    cover_rows=[
        ("2028", "2042/10", "Scuola primaria – manutenzione straordinaria", "Prenotazione 588/2028", "380.000,00"),
        ("2028", "2042/10", "Scuola primaria – manutenzione straordinaria", "Prenotazione 589/2028", "100.000,00"),
    ],
    cover_date="04/07/2028",
    cert_reg="812", cert_from="07/07/2028", cert_to="22/07/2028",
    cert_signer=("Il Responsabile della Pubblicazione", "Daniela Rosati"),
)

DELIB_87 = dict(
    number="87", date="12/07/2028", time="12:30",
    proposal="112", proposal_date="06/07/2028", proposing_office="Area Amministrativa",
    subject="Contributi alle associazioni locali per le manifestazioni dell'estate 2028 - "
            "Approvazione del riparto e assegnazione",
    intro="L'anno duemilaventotto, il giorno dodici del mese di luglio, alle ore 12:30, nella Sala "
          "della Giunta del Palazzo Comunale, convocata nei modi di legge, si è riunita la Giunta "
          "Comunale nelle persone dei signori:",
    roll=ROLL_B, present="4", absent="1",
    after_roll=[
        "Partecipa il Segretario Comunale Dott.ssa Caterina Lotti, che provvede alla redazione del "
        "presente verbale.",
        "Presiede la seduta il Sindaco Marco Pieraccini, il quale, constatato il numero legale degli "
        "intervenuti, dichiara aperta la seduta e invita la Giunta a deliberare sull'oggetto sopra indicato.",
    ],
    premesse=[
        "Richiamato il Regolamento comunale per la concessione di contributi e vantaggi economici, "
        "approvato con deliberazione del Consiglio Comunale n. 41 del 29/09/2021, e in particolare "
        "l'art. 6, che attribuisce alla Giunta il riparto delle risorse stanziate in bilancio;",
        "Visto l'avviso pubblico approvato con determinazione n. 301 del 22/05/2028, in esito al quale "
        "sono pervenute entro il termine del 20/06/2028 cinque istanze di contributo per manifestazioni "
        "da svolgersi nel periodo luglio-settembre 2028;",
        "Esaminata la relazione istruttoria del Servizio Scuola, Cultura e Turismo, dalla quale risulta "
        "che tutte le istanze sono ammissibili e che le iniziative proposte sono coerenti con gli "
        "obiettivi di promozione del territorio amiatino;",
        "Ritenuto di ripartire lo stanziamento disponibile di € 12.000,00 come segue: Pro Loco "
        "Piancastagnaio € 4.500,00; Comitato Festeggiamenti Saragiolo € 2.000,00; Società Filarmonica "
        "Piancastagnaio € 2.200,00; A.S.D. Amiata Volley € 1.300,00; Associazione Culturale Il Castagno "
        "€ 2.000,00;",
        "Dato atto che l'Assessore Rappuoli Giacomo, in quanto componente del consiglio direttivo di una "
        "delle associazioni beneficiarie, dichiara di astenersi dalla votazione;",
        "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 "
        "del D.Lgs. 267/2000, riportati in calce al presente atto;",
        "Con voti favorevoli n. 3, contrari nessuno, astenuti n. 1 (Rappuoli Giacomo), espressi in forma "
        "palese dai n. 4 componenti presenti;",
    ],
    points=[
        "di approvare il riparto dei contributi per le manifestazioni dell'estate 2028 nelle misure "
        "indicate in premessa, per una spesa complessiva di € 12.000,00;",
        "di demandare al Responsabile dell'Area Amministrativa l'assunzione degli impegni di spesa e la "
        "successiva liquidazione, previa presentazione del rendiconto delle iniziative;",
        "di stabilire che il rendiconto dovrà pervenire entro il 30/09/2028, corredato dalla "
        "documentazione giustificativa delle spese sostenute;",
        "di disporre la pubblicazione dei dati relativi ai contributi nella sezione Amministrazione "
        "Trasparente, ai sensi degli artt. 26 e 27 del D.Lgs. 33/2013.",
    ],
    after_points=[
        "Successivamente, al fine di consentire lo svolgimento delle iniziative già programmate, con voti "
        "favorevoli n. 3 e astenuti n. 1 (Rappuoli Giacomo),",
    ],
    altresi="di dichiarare la presente deliberazione immediatamente eseguibile, ai sensi dell'art. 134, "
            "comma 4, del D.Lgs. 267/2000.",
    pareri=[
        ("PARERE DI REGOLARITÀ TECNICA",
         "Si esprime parere FAVOREVOLE in ordine alla regolarità tecnica della proposta di deliberazione.",
         "07/07/2028", "Il Responsabile dell'Area Amministrativa", "Dott. Stefano Ginanneschi"),
        ("PARERE DI REGOLARITÀ CONTABILE",
         "Si esprime parere FAVOREVOLE in ordine alla regolarità contabile della proposta di deliberazione.",
         "10/07/2028", "Il Responsabile dell'Area Finanziaria", "Rag. Lucia Mambrini"),
    ],
    cover_rows=[
        ("2028", "1420/4", "Contributi ad associazioni culturali", "Prenotazione 640/2028", "10.700,00"),
        ("2028", "1630/2", "Contributi ad associazioni sportive", "Prenotazione 641/2028", "1.300,00"),
    ],
    cover_date="10/07/2028",
    cert_reg="845", cert_from="14/07/2028", cert_to="29/07/2028",
    cert_signer=("Il Responsabile della Pubblicazione", "Daniela Rosati"),
)

DET_412 = dict(
    number="412", date="11/07/2028", sector_number="131", sector_date="10/07/2028",
    proposal="1188", proposal_date="10/07/2028",
    area="AREA TECNICA", office="Servizio Lavori Pubblici, Patrimonio e Manutenzioni",
    subject="Lavori di manutenzione straordinaria della copertura del cimitero comunale del capoluogo - "
            "Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a), del D.Lgs. 36/2023 alla ditta "
            "Edil Amiata S.r.l. e impegno di spesa - CIG B2A7F41C9E",
    heading="IL RESPONSABILE DELL'AREA TECNICA",
    premesse=[
        "Visto il decreto sindacale n. 4 del 02/01/2028, con il quale il sottoscritto è stato nominato "
        "Responsabile dell'Area Tecnica con attribuzione delle funzioni di cui all'art. 107 del D.Lgs. "
        "267/2000;",
        "Richiamate la deliberazione del Consiglio Comunale n. 14 del 28/02/2028, di approvazione del "
        "bilancio di previsione finanziario 2028-2030, e la deliberazione della Giunta Comunale n. 31 "
        "del 14/03/2028, di approvazione del Piano Esecutivo di Gestione;",
        "Premesso che a seguito delle precipitazioni del mese di giugno sono state riscontrate "
        "infiltrazioni d'acqua nella copertura dei loculi del settore nord del cimitero del capoluogo, "
        "che rendono necessario un intervento di rifacimento del manto impermeabile e delle lattonerie;",
        "Visto il preventivo presentato dalla ditta Edil Amiata S.r.l., con sede in Abbadia San Salvatore "
        "(SI), P.IVA 01456780521, acquisito al protocollo n. 7702 del 06/07/2028, per l'importo di "
        "€ 31.500,00 oltre IVA 22%, ritenuto congruo in rapporto ai prezzi correnti di mercato;",
        "Visto l'art. 50, comma 1, lett. a), del D.Lgs. 31 marzo 2023, n. 36, che consente l'affidamento "
        "diretto dei lavori di importo inferiore a € 150.000,00;",
        "Verificata la regolarità contributiva della ditta (DURC prot. INAIL_49120877, scadenza "
        "02/11/2028) e acquisito il CIG B2A7F41C9E;",
    ],
    points=[
        "di affidare i lavori di manutenzione straordinaria della copertura del cimitero comunale del "
        "capoluogo alla ditta Edil Amiata S.r.l., con sede in Abbadia San Salvatore (SI), per l'importo "
        "di € 31.500,00 oltre IVA 22%, per complessivi € 38.430,00;",
        "di impegnare la somma di € 38.430,00 al capitolo 21020/3 \u201cCimiteri – manutenzione "
        "straordinaria\u201d del bilancio 2028-2030, esercizio 2028, in cui l'obbligazione diviene esigibile;",
        "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale, "
        "ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
        "di dare atto che il Responsabile Unico del Progetto è il sottoscritto Geom. Paolo Brogi e che non "
        "sussistono situazioni di conflitto di interesse, anche potenziale;",
        "di disporre la pubblicazione del presente atto all'Albo Pretorio on line e nella sezione "
        "Amministrazione Trasparente.",
    ],
    signer=("Il Responsabile dell'Area Tecnica", "Geom. Paolo Brogi"),
    pareri=[
        ("PARERE DI REGOLARITÀ TECNICA (art. 147-bis, comma 1, D.Lgs. 267/2000)",
         "Si attesta la regolarità tecnica e la correttezza dell'azione amministrativa del presente "
         "provvedimento. Parere FAVOREVOLE.",
         "10/07/2028", "Il Responsabile dell'Area Tecnica", "Geom. Paolo Brogi"),
        ("PARERE DI REGOLARITÀ CONTABILE (art. 147-bis, comma 1, D.Lgs. 267/2000)",
         "Si esprime parere FAVOREVOLE in ordine alla regolarità contabile.",
         "11/07/2028", "Il Responsabile dell'Area Finanziaria", "Rag. Lucia Mambrini"),
    ],
    cover_rows=[
        ("2028", "21020/3", "Cimiteri – manutenzione straordinaria", "Impegno 655/2028", "38.430,00"),
    ],
    cover_date="11/07/2028",
    cert_reg="838", cert_from="12/07/2028", cert_to="27/07/2028",
    cert_signer=("Il Responsabile della Pubblicazione", "Daniela Rosati"),
)

DET_427 = dict(
    number="427", date="14/07/2028", sector_number="58", sector_date="13/07/2028",
    proposal="1214", proposal_date="13/07/2028",
    area="AREA AMMINISTRATIVA", office="Servizio Scuola, Cultura e Turismo",
    subject="Servizio di trasporto scolastico - Proroga tecnica del contratto con la ditta Autolinee "
            "Amiatine S.r.l. per il periodo settembre-dicembre 2028 e impegno di spesa - CIG B3C1E09A57",
    heading="IL RESPONSABILE DELL'AREA AMMINISTRATIVA",
    premesse=[
        "Visto il decreto sindacale n. 5 del 02/01/2028 di nomina del sottoscritto a Responsabile "
        "dell'Area Amministrativa;",
        "Premesso che il contratto d'appalto del servizio di trasporto scolastico, stipulato con la ditta "
        "Autolinee Amiatine S.r.l. (rep. n. 1187 del 04/09/2025), giunge a scadenza il 31/08/2028;",
        "Dato atto che la nuova procedura aperta per l'affidamento del servizio per gli anni scolastici "
        "2028/2029-2030/2031 è stata indetta con determinazione n. 352 del 13/06/2028 e che i tempi "
        "necessari alla sua conclusione non consentono l'avvio del nuovo contratto entro l'inizio "
        "dell'anno scolastico;",
        "Visto l'art. 120, comma 11, del D.Lgs. 36/2023, che consente la proroga tecnica del contratto "
        "in corso di esecuzione nelle more della conclusione della procedura di scelta del nuovo "
        "contraente, alle medesime condizioni contrattuali;",
        "Acquisita la disponibilità della ditta alla prosecuzione del servizio alle condizioni in essere "
        "(prot. n. 7811 del 10/07/2028), per un corrispettivo di € 39.000,00 oltre IVA 10%;",
    ],
    points=[
        "di prorogare, ai sensi dell'art. 120, comma 11, del D.Lgs. 36/2023, il contratto del servizio "
        "di trasporto scolastico con la ditta Autolinee Amiatine S.r.l. per il periodo dal 01/09/2028 "
        "al 31/12/2028, alle medesime condizioni contrattuali;",
        "di impegnare la spesa complessiva di € 42.900,00, IVA 10% compresa, al capitolo 1450/1 "
        "\u201cTrasporto scolastico – prestazioni di servizi\u201d del bilancio 2028-2030, esercizio 2028;",
        "di dare atto che il CIG della proroga è B3C1E09A57 e che la ditta ha assunto gli obblighi di "
        "tracciabilità dei flussi finanziari di cui alla L. 136/2010;",
        "di trasmettere il presente atto al Responsabile dell'Area Finanziaria per il visto di regolarità "
        "contabile attestante la copertura finanziaria.",
    ],
    signer=("Il Responsabile dell'Area Amministrativa", "Dott. Stefano Ginanneschi"),
    pareri=[
        ("PARERE DI REGOLARITÀ TECNICA (art. 147-bis, comma 1, D.Lgs. 267/2000)",
         "Si attesta la regolarità tecnica e la correttezza dell'azione amministrativa del presente "
         "provvedimento. Parere FAVOREVOLE.",
         "13/07/2028", "Il Responsabile dell'Area Amministrativa", "Dott. Stefano Ginanneschi"),
        ("PARERE DI REGOLARITÀ CONTABILE (art. 147-bis, comma 1, D.Lgs. 267/2000)",
         "Si esprime parere FAVOREVOLE in ordine alla regolarità contabile.",
         "14/07/2028", "Il Responsabile dell'Area Finanziaria", "Rag. Lucia Mambrini"),
    ],
    cover_rows=[
        ("2028", "1450/1", "Trasporto scolastico – prestazioni di servizi", "Impegno 671/2028", "42.900,00"),
    ],
    cover_date="14/07/2028",
    cert_reg="852", cert_from="15/07/2028", cert_to="30/07/2028",
    cert_signer=("Il Responsabile della Pubblicazione", "Daniela Rosati"),
)
