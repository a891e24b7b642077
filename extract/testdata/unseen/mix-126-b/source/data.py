# -*- coding: utf-8 -*-
"""Invented content of the twelve Giunta deliberations of set mix-126-b.

Every builder prints from these records; keys_make.py keys them and checks
each keyed string against pdftotext -layout of the printed PDF.
People, numbers, CUP codes and facts are invented.
"""

MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
          "agosto", "settembre", "ottobre", "novembre", "dicembre"]
DAY_WORDS = {2: "due", 3: "tre", 4: "quattro", 7: "sette", 9: "nove", 10: "dieci",
             11: "undici", 16: "sedici", 17: "diciassette", 18: "diciotto",
             21: "ventuno", 23: "ventitre", 24: "ventiquattro", 25: "venticinque"}


def dmy(iso):
    y, m, d = iso.split("-")
    return "%s/%s/%s" % (d, m, y)


def day(iso):
    return int(iso.split("-")[2])


# --------------------------------------------------------------------------
# COMUNE DI CODEVIGO (Provincia di Padova, Veneto) - "Civilia Next" print
# --------------------------------------------------------------------------
CODEVIGO_ROLL = [
    ("BETTIN Giorgio", "Sindaco"),
    ("FASOLO Chiara", "Vicesindaco"),
    ("CARRARO Luca", "Assessore"),
    ("RIZZATO Elena", "Assessore"),
    ("PAVAN Michele", "Assessore"),
]
CODEVIGO_RESP = {
    "Area Tecnica": "ing. Marco Tognon",
    "Area Economico-Finanziaria": "rag. Silvia Baldan",
    "Area Amministrativa": "dott. Paolo Salmaso",
    "Area Servizi alla Persona": "dott.ssa Federica Girardi",
}

codevigo = [
    dict(
        file="deliberazione-codevigo-civilianext-9.pdf",
        number=9, date="2028-02-03", time="18:00",
        proposal_number=12, proposal_date="2028-02-01",
        proposing_office="Area Tecnica - Lavori Pubblici",
        area="Area Tecnica",
        subject=("APPROVAZIONE DEL PROGETTO DI FATTIBILITA' TECNICO-ECONOMICA DEI LAVORI "
                 "DI RIQUALIFICAZIONE DELLA PISTA CICLABILE LUNGO L'ARGINE DEL BRENTA IN "
                 "LOCALITA' CONCHE - CUP F41B27000120004"),
        absent=[],
        premises=[
            "Premesso che l'Amministrazione comunale intende completare la rete dei percorsi ciclabili lungo l'argine del fiume Brenta, collegando il capoluogo alla frazione di Conche e al sistema delle piste della Laguna Sud;",
            "Richiamata la propria deliberazione n. 112 del 14/11/2027, con la quale è stato approvato il documento di indirizzo alla progettazione dell'intervento;",
            "Visto il progetto di fattibilità tecnico-economica redatto dall'ing. Alessandro Mazzucato, acquisito al protocollo comunale n. 1734 del 27/01/2028, dell'importo complessivo di € 480.000,00, di cui € 352.500,00 per lavori a base d'asta ed € 127.500,00 per somme a disposizione dell'Amministrazione;",
            "Dato atto che l'opera è inserita nel programma triennale dei lavori pubblici 2028-2030 ed è finanziata per € 400.000,00 con contributo regionale e per € 80.000,00 con fondi propri di bilancio;",
            "Visti il D.Lgs. n. 36/2023 e il D.Lgs. n. 267/2000;",
            "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. n. 267/2000, riportati in calce;",
        ],
        vote_text="Con voti unanimi favorevoli, espressi nelle forme di legge,",
        points=[
            "di approvare il progetto di fattibilità tecnico-economica dei lavori di riqualificazione della pista ciclabile lungo l'argine del Brenta in località Conche, dell'importo complessivo di € 480.000,00;",
            "di dare atto che la spesa trova copertura alla Missione 10, Programma 05, capitolo 20815 del bilancio di previsione 2028-2030;",
            "di nominare Responsabile Unico del Progetto l'ing. Marco Tognon, Responsabile dell'Area Tecnica;",
            "di demandare al Responsabile dell'Area Tecnica gli adempimenti conseguenti, compresa la presentazione della domanda di contributo alla Regione del Veneto.",
        ],
        ie_text="Successivamente, con separata votazione unanime, la Giunta Comunale delibera di dichiarare il presente provvedimento immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, stante l'urgenza di presentare la domanda di contributo entro il 28/02/2028.",
        ie=True, vote="unanimous",
        contabile=True,
    ),
    dict(
        file="deliberazione-codevigo-civilianext-12.pdf",
        number=12, date="2028-02-10", time="18:30",
        proposal_number=17, proposal_date="2028-02-07",
        proposing_office="Area Amministrativa - Servizi Culturali e Sport",
        area="Area Amministrativa",
        subject=("CONCESSIONE DI UN CONTRIBUTO ECONOMICO ALL'ASSOCIAZIONE PRO LOCO DI CODEVIGO "
                 "PER L'ORGANIZZAZIONE DELLA \"FESTA DI PRIMAVERA\" 2028"),
        absent=["RIZZATO Elena"],
        premises=[
            "Premesso che l'Associazione Pro Loco di Codevigo, con nota acquisita al protocollo n. 1902 del 31/01/2028, ha chiesto un contributo per l'organizzazione della \"Festa di Primavera\", in programma dal 20 al 22 aprile 2028;",
            "Visto il vigente Regolamento comunale per la concessione di contributi e vantaggi economici, approvato con deliberazione del Consiglio Comunale n. 41 del 29/09/2022;",
            "Considerato che l'iniziativa valorizza le tradizioni e i prodotti del territorio e coinvolge le associazioni del volontariato locale;",
            "Ritenuto di concedere un contributo di € 3.500,00, a fronte di una spesa preventivata di € 11.200,00;",
            "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. n. 267/2000;",
        ],
        vote_text="Con voti unanimi favorevoli, espressi in forma palese,",
        points=[
            "di concedere all'Associazione Pro Loco di Codevigo un contributo di € 3.500,00 per l'organizzazione della \"Festa di Primavera\" 2028;",
            "di imputare la spesa alla Missione 05, Programma 02, capitolo 10520 del bilancio di previsione 2028-2030;",
            "di stabilire che il contributo sarà liquidato a presentazione del rendiconto delle spese sostenute, corredato dai relativi giustificativi.",
        ],
        ie_text=None,
        ie=False, vote="unanimous",
        contabile=True,
    ),
    dict(
        file="deliberazione-codevigo-civilianext-15.pdf",
        number=15, date="2028-02-17", time="12:30",
        proposal_number=22, proposal_date="2028-02-15",
        proposing_office="Area Servizi alla Persona",
        area="Area Servizi alla Persona",
        subject=("INDIRIZZI PER L'AFFIDAMENTO DEL SERVIZIO DI TRASPORTO SCOLASTICO "
                 "PER GLI ANNI SCOLASTICI 2028/2029 E 2029/2030"),
        absent=[],
        premises=[
            "Premesso che il contratto per il servizio di trasporto scolastico degli alunni della scuola primaria e secondaria di primo grado scadrà il 30/06/2028;",
            "Considerato che il servizio interessa circa 160 alunni residenti nelle frazioni di Conche, Cambroso, Rosara e Santa Margherita;",
            "Ritenuto di fornire al Responsabile dell'Area Servizi alla Persona gli indirizzi per il nuovo affidamento, in coerenza con il Documento Unico di Programmazione 2028-2030;",
            "Visti il D.Lgs. n. 36/2023 e l'art. 48 del D.Lgs. n. 267/2000;",
            "Acquisito il parere favorevole di regolarità tecnica espresso ai sensi dell'art. 49 del D.Lgs. n. 267/2000 e dato atto che il presente atto di indirizzo non comporta riflessi diretti sulla situazione economico-finanziaria dell'ente;",
        ],
        vote_text="Con voti unanimi favorevoli, espressi nelle forme di legge,",
        points=[
            "di stabilire che il servizio di trasporto scolastico sia affidato per gli anni scolastici 2028/2029 e 2029/2030, con facoltà di rinnovo per un ulteriore anno;",
            "di stabilire che l'affidamento avvenga con il criterio dell'offerta economicamente più vantaggiosa;",
            "di prevedere tra i criteri di valutazione l'impiego di mezzi a basse emissioni e la presenza di un accompagnatore su ogni mezzo;",
            "di confermare le tariffe a carico delle famiglie approvate per l'anno scolastico 2027/2028;",
            "di demandare al Responsabile dell'Area Servizi alla Persona l'adozione degli atti di gestione conseguenti.",
        ],
        ie_text="Successivamente, con separata votazione unanime, la Giunta Comunale delibera di dichiarare il presente provvedimento immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, per consentire l'avvio della procedura di affidamento.",
        ie=True, vote="unanimous",
        contabile=False,
    ),
    dict(
        file="deliberazione-codevigo-civilianext-18.pdf",
        number=18, date="2028-02-24", time="18:00",
        proposal_number=26, proposal_date="2028-02-21",
        proposing_office="Area Economico-Finanziaria",
        area="Area Economico-Finanziaria",
        subject=("VARIAZIONE D'URGENZA AL BILANCIO DI PREVISIONE 2028-2030 AI SENSI DELL'ART. 175, "
                 "COMMA 4, DEL D.LGS. N. 267/2000"),
        absent=[],
        premises=[
            "Premesso che con deliberazione del Consiglio Comunale n. 58 del 20/12/2027 è stato approvato il bilancio di previsione 2028-2030;",
            "Considerato che si rende necessario stanziare con urgenza le somme per il ripristino della copertura della palestra della scuola primaria \"G. Marconi\", danneggiata dagli eventi atmosferici del 12/02/2028, per complessivi € 65.000,00;",
            "Visto l'art. 175, comma 4, del D.Lgs. n. 267/2000, che consente alla Giunta di adottare in via d'urgenza le variazioni di bilancio, salvo ratifica del Consiglio Comunale entro i sessanta giorni seguenti;",
            "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. n. 267/2000 e il parere dell'Organo di revisione;",
        ],
        vote_text="Con voti favorevoli n. 4, contrari n. 0, astenuti n. 1 (Pavan), espressi in forma palese dai n. 5 componenti presenti,",
        vote_counts={"present": 5, "in_favour": 4, "against": 0, "abstained": 1},
        points=[
            "di apportare al bilancio di previsione 2028-2030, esercizio 2028, la variazione d'urgenza riportata nel prospetto allegato, che pareggia in € 65.000,00;",
            "di dare atto che sono rispettati gli equilibri di bilancio e il pareggio finanziario;",
            "di sottoporre il presente provvedimento alla ratifica del Consiglio Comunale entro i termini di legge.",
        ],
        ie_text="Successivamente, con separata votazione che ha dato il medesimo esito, la Giunta Comunale delibera di dichiarare il presente provvedimento immediatamente eseguibile, ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.",
        ie=True, vote="majority",
        contabile=True,
    ),
]

# --------------------------------------------------------------------------
# COMUNE DI GRAGNANO (Citta' Metropolitana di Napoli, Campania) - "Cityware"
# 80-column fixed-width print, ASCII only (accents as apostrophes)
# --------------------------------------------------------------------------
GRAGNANO_ROLL = [
    ("CUOMO ANTONIO", "SINDACO"),
    ("ESPOSITO RAFFAELE", "VICESINDACO"),
    ("SORRENTINO ANNA", "ASSESSORE"),
    ("DONNARUMMA CIRO", "ASSESSORE"),
    ("AFELTRA GENNARO", "ASSESSORE"),
    ("VOLLARO MARIA ROSARIA", "ASSESSORE"),
    ("SCHETTINO PASQUALE", "ASSESSORE"),
    ("ATTANASIO TERESA", "ASSESSORE"),
]
GRAGNANO_RESP = {
    "SERVIZIO CULTURA, TURISMO E SPETTACOLO": "DOTT.SSA ROSARIA DE SIMONE",
    "SERVIZIO LAVORI PUBBLICI E MANUTENZIONI": "ING. SALVATORE AMITRANO",
    "SERVIZIO POLIZIA MUNICIPALE": "MAGG. GIOVANNI RUSSO",
    "SERVIZIO AVVOCATURA E CONTENZIOSO": "AVV. CARMELA SICIGNANO",
}

gragnano = [
    dict(
        file="deliberazione-gragnano-cityware-21.pdf",
        number=21, date="2028-02-04", time="13:00",
        proposal_number=34, proposal_date="2028-02-02",
        proposing_office="SERVIZIO CULTURA, TURISMO E SPETTACOLO",
        subject=("APPROVAZIONE DEL PROGRAMMA DELLE MANIFESTAZIONI \"GRAGNANO CITTA' DELLA PASTA\" "
                 "ANNO 2028 E ASSEGNAZIONE DELLE RISORSE AL RESPONSABILE DEL SERVIZIO"),
        absent=[],
        premises=[
            "PREMESSO CHE L'AMMINISTRAZIONE COMUNALE INTENDE PROMUOVERE L'IMMAGINE DELLA CITTA' E DELLE SUE PRODUZIONI TIPICHE ATTRAVERSO UN PROGRAMMA ORGANICO DI MANIFESTAZIONI PER L'ANNO 2028;",
            "VISTO IL PROGRAMMA PREDISPOSTO DAL SERVIZIO CULTURA, TURISMO E SPETTACOLO, CHE PREVEDE LA RASSEGNA \"VIA DEI MULINI APERTA\" (APRILE-MAGGIO), LA FESTA DELLA PASTA (SETTEMBRE) E IL CONCERTO DI NATALE NELLA CHIESA DEL CORPUS DOMINI, PER UNA SPESA COMPLESSIVA DI EURO 148.000,00;",
            "DATO ATTO CHE LA SPESA TROVA COPERTURA PER EURO 90.000,00 NELL'IMPOSTA DI SOGGIORNO E PER EURO 58.000,00 IN FONDI DI BILANCIO;",
            "VISTI IL D.LGS. N. 267/2000 E IL VIGENTE STATUTO COMUNALE;",
            "VISTI I PARERI FAVOREVOLI DI REGOLARITA' TECNICA E CONTABILE RESI AI SENSI DELL'ART. 49 DEL D.LGS. N. 267/2000;",
        ],
        vote_text="CON VOTI UNANIMI FAVOREVOLI RESI NELLE FORME DI LEGGE",
        points=[
            "DI APPROVARE IL PROGRAMMA DELLE MANIFESTAZIONI \"GRAGNANO CITTA' DELLA PASTA\" ANNO 2028, ALLEGATO AL PRESENTE ATTO QUALE PARTE INTEGRANTE;",
            "DI ASSEGNARE AL RESPONSABILE DEL SERVIZIO CULTURA, TURISMO E SPETTACOLO LE RISORSE PARI A EURO 148.000,00;",
            "DI DEMANDARE AL MEDESIMO RESPONSABILE L'ADOZIONE DEGLI ATTI DI GESTIONE, NEL RISPETTO DEL D.LGS. N. 36/2023;",
            "DI TRASMETTERE IL PRESENTE ATTO AL SERVIZIO FINANZIARIO PER GLI ADEMPIMENTI DI COMPETENZA.",
        ],
        ie_text="CON SUCCESSIVA E SEPARATA VOTAZIONE UNANIME, LA GIUNTA DICHIARA IL PRESENTE ATTO IMMEDIATAMENTE ESEGUIBILE AI SENSI DELL'ART. 134, COMMA 4, DEL D.LGS. N. 267/2000.",
        ie=True, vote="unanimous",
    ),
    dict(
        file="deliberazione-gragnano-cityware-25.pdf",
        number=25, date="2028-02-11", time="12:00",
        proposal_number=41, proposal_date="2028-02-09",
        proposing_office="SERVIZIO LAVORI PUBBLICI E MANUTENZIONI",
        subject=("APPROVAZIONE DEL PROGETTO ESECUTIVO DEI LAVORI DI MESSA IN SICUREZZA DEL COSTONE "
                 "ROCCIOSO SOVRASTANTE VIA CASTELLO - CUP J27H27000310002"),
        absent=["SCHETTINO PASQUALE", "ATTANASIO TERESA"],
        premises=[
            "PREMESSO CHE A SEGUITO DEI DISTACCHI DI MATERIALE LAPIDEO DEL NOVEMBRE 2027 IL TRATTO DI VIA CASTELLO SOTTOSTANTE IL COSTONE E' STATO INTERDETTO AL TRANSITO CON ORDINANZA SINDACALE N. 187 DEL 23/11/2027;",
            "CHE CON DETERMINAZIONE N. 1502 DEL 05/12/2027 E' STATO AFFIDATO IL SERVIZIO DI PROGETTAZIONE ESECUTIVA ALLO STUDIO ASSOCIATO GEOTECNA DI CASTELLAMMARE DI STABIA;",
            "VISTO IL PROGETTO ESECUTIVO ACQUISITO AL PROTOCOLLO N. 3318 DEL 01/02/2028, DELL'IMPORTO COMPLESSIVO DI EURO 610.000,00, VALIDATO DAL R.U.P. CON VERBALE DEL 08/02/2028;",
            "DATO ATTO CHE L'INTERVENTO E' FINANZIATO CON IL CONTRIBUTO DEL MINISTERO DELL'INTERNO PER LA MESSA IN SICUREZZA DEL TERRITORIO;",
            "VISTI I PARERI FAVOREVOLI DI REGOLARITA' TECNICA E CONTABILE RESI AI SENSI DELL'ART. 49 DEL D.LGS. N. 267/2000;",
        ],
        vote_text="CON VOTI UNANIMI FAVOREVOLI DEI PRESENTI, RESI NELLE FORME DI LEGGE",
        points=[
            "DI APPROVARE IL PROGETTO ESECUTIVO DEI LAVORI DI MESSA IN SICUREZZA DEL COSTONE ROCCIOSO SOVRASTANTE VIA CASTELLO, DELL'IMPORTO COMPLESSIVO DI EURO 610.000,00;",
            "DI DARE ATTO CHE LA SPESA TROVA COPERTURA AL CAPITOLO 28140 DEL BILANCIO 2028-2030;",
            "DI CONFERMARE R.U.P. L'ING. SALVATORE AMITRANO;",
            "DI DEMANDARE AL RESPONSABILE DEL SERVIZIO LAVORI PUBBLICI E MANUTENZIONI L'AVVIO DELLA PROCEDURA DI AFFIDAMENTO DEI LAVORI.",
        ],
        ie_text="CON SUCCESSIVA E SEPARATA VOTAZIONE UNANIME, LA GIUNTA DICHIARA IL PRESENTE ATTO IMMEDIATAMENTE ESEGUIBILE AI SENSI DELL'ART. 134, COMMA 4, DEL D.LGS. N. 267/2000, STANTE L'URGENZA DI RIAPRIRE AL TRANSITO VIA CASTELLO.",
        ie=True, vote="unanimous",
    ),
    dict(
        file="deliberazione-gragnano-cityware-29.pdf",
        number=29, date="2028-02-18", time="13:30",
        proposal_number=47, proposal_date="2028-02-16",
        proposing_office="SERVIZIO POLIZIA MUNICIPALE",
        subject=("DESTINAZIONE DEI PROVENTI DELLE SANZIONI AMMINISTRATIVE PECUNIARIE PER VIOLAZIONI "
                 "AL CODICE DELLA STRADA (ART. 208 D.LGS. N. 285/1992) ANNO 2028"),
        absent=["VOLLARO MARIA ROSARIA"],
        premises=[
            "VISTO L'ART. 208 DEL D.LGS. N. 285/1992, CHE VINCOLA UNA QUOTA PARI AL 50 PER CENTO DEI PROVENTI DELLE SANZIONI PER VIOLAZIONI AL CODICE DELLA STRADA ALLE FINALITA' IVI INDICATE;",
            "CONSIDERATO CHE I PROVENTI PREVISTI NEL BILANCIO 2028 AMMONTANO A EURO 420.000,00, AL NETTO DEL FONDO CREDITI DI DUBBIA ESIGIBILITA';",
            "VISTA LA RELAZIONE DEL COMANDANTE DELLA POLIZIA MUNICIPALE IN DATA 15/02/2028;",
            "VISTI I PARERI FAVOREVOLI DI REGOLARITA' TECNICA E CONTABILE RESI AI SENSI DELL'ART. 49 DEL D.LGS. N. 267/2000;",
        ],
        vote_text="CON LA SEGUENTE VOTAZIONE, RESA IN FORMA PALESE: PRESENTI N. 7 - VOTANTI N. 7 - FAVOREVOLI N. 6 - CONTRARI N. 1 (DONNARUMMA)",
        vote_counts={"present": 7, "voters": 7, "in_favour": 6, "against": 1},
        points=[
            "DI DESTINARE LA QUOTA VINCOLATA DEI PROVENTI DELLE SANZIONI AL CODICE DELLA STRADA DELL'ANNO 2028, PARI A EURO 210.000,00, ALLE FINALITA' DI CUI ALL'ART. 208, COMMA 4, SECONDO IL PROSPETTO ALLEGATO;",
            "DI DARE ATTO CHE IL PRESENTE PROVVEDIMENTO COSTITUISCE ALLEGATO AL BILANCIO DI PREVISIONE 2028-2030;",
            "DI TRASMETTERE IL PRESENTE ATTO AL MINISTERO DELL'INTERNO NEI TERMINI DI LEGGE.",
        ],
        ie_text="CON SUCCESSIVA E SEPARATA VOTAZIONE, CON IL MEDESIMO ESITO, LA GIUNTA DICHIARA IL PRESENTE ATTO IMMEDIATAMENTE ESEGUIBILE AI SENSI DELL'ART. 134, COMMA 4, DEL D.LGS. N. 267/2000.",
        ie=True, vote="majority",
    ),
    dict(
        file="deliberazione-gragnano-cityware-33.pdf",
        number=33, date="2028-02-25", time="12:30",
        proposal_number=52, proposal_date="2028-02-22",
        proposing_office="SERVIZIO AVVOCATURA E CONTENZIOSO",
        subject=("AUTORIZZAZIONE AL SINDACO A RESISTERE NEL GIUDIZIO PROMOSSO DINANZI AL TRIBUNALE "
                 "DI TORRE ANNUNZIATA DA OMISSIS - RISARCIMENTO DANNI DA INSIDIA STRADALE - "
                 "AFFIDAMENTO DEL PATROCINIO ALL'AVVOCATURA COMUNALE"),
        absent=[],
        premises=[
            "PREMESSO CHE IN DATA 07/02/2028 E' STATO NOTIFICATO ALL'ENTE L'ATTO DI CITAZIONE CON IL QUALE OMISSIS CHIEDE IL RISARCIMENTO DEI DANNI SUBITI IN SEGUITO A UNA CADUTA IN VIA VITTORIO VENETO;",
            "CHE L'UDIENZA DI PRIMA COMPARIZIONE E' FISSATA PER IL 15/05/2028;",
            "VISTA LA RELAZIONE DEL SERVIZIO LAVORI PUBBLICI E MANUTENZIONI IN DATA 14/02/2028, DALLA QUALE RISULTA CHE IL TRATTO DI STRADA ERA REGOLARMENTE SEGNALATO;",
            "RITENUTO DI COSTITUIRSI IN GIUDIZIO A TUTELA DELLE RAGIONI DELL'ENTE, AFFIDANDO IL PATROCINIO ALL'AVVOCATURA COMUNALE;",
            "VISTI I PARERI FAVOREVOLI DI REGOLARITA' TECNICA E CONTABILE RESI AI SENSI DELL'ART. 49 DEL D.LGS. N. 267/2000;",
        ],
        vote_text="CON VOTI UNANIMI FAVOREVOLI RESI NELLE FORME DI LEGGE",
        points=[
            "DI AUTORIZZARE IL SINDACO A COSTITUIRSI NEL GIUDIZIO PROMOSSO DINANZI AL TRIBUNALE DI TORRE ANNUNZIATA DA OMISSIS;",
            "DI AFFIDARE IL PATROCINIO DELL'ENTE ALL'AVV. CARMELA SICIGNANO, DELL'AVVOCATURA COMUNALE;",
            "DI DARE ATTO CHE DAL PRESENTE ATTO NON DERIVANO ONERI PER COMPENSI A LEGALI ESTERNI;",
            "DI TRASMETTERE COPIA DEL PRESENTE ATTO ALLA COMPAGNIA ASSICURATRICE DELL'ENTE;",
            "DI DARE ATTO CHE I DATI PERSONALI DELLA CONTROPARTE SONO OMESSI NELLA PUBBLICAZIONE ALL'ALBO PRETORIO.",
        ],
        ie_text="CON SUCCESSIVA E SEPARATA VOTAZIONE UNANIME, LA GIUNTA DICHIARA IL PRESENTE ATTO IMMEDIATAMENTE ESEGUIBILE AI SENSI DELL'ART. 134, COMMA 4, DEL D.LGS. N. 267/2000, STANTE I TERMINI DI COSTITUZIONE IN GIUDIZIO.",
        ie=True, vote="unanimous",
    ),
]

# --------------------------------------------------------------------------
# COMUNE DI NARO (Libero Consorzio Comunale di Agrigento, Sicilia) - "Halley"
# --------------------------------------------------------------------------
NARO_ROLL = [
    ("GALLO Calogero", "Sindaco"),
    ("CALLARI Giuseppina", "Vice Sindaco"),
    ("MANGIONE Carmelo", "Assessore"),
    ("LO PRESTI Angela", "Assessore"),
    ("MIRABILE Gaspare", "Assessore"),
]
NARO_SETTORI = {
    "I": ("Settore I - Affari Generali, Servizi Sociali e Culturali", "dott. Angelo Licata"),
    "II": ("Settore II - Servizi Finanziari", "rag. Giuseppe Butera"),
    "III": ("Settore III - Lavori Pubblici e Patrimonio", "arch. Salvatore Pendolino"),
}

naro = [
    dict(
        file="deliberazione-naro-halley-11.pdf",
        number=11, date="2028-02-02", time="13:30",
        proposal_number=14, proposal_date="2028-02-01",
        proponente="Il Sindaco",
        settore="II",
        subject=("Prelevamento dal fondo di riserva ai sensi dell'art. 166 del D.Lgs. n. 267/2000 "
                 "per interventi urgenti di manutenzione degli impianti di pubblica illuminazione"),
        absent=[],
        premises=[
            "Premesso che con deliberazione del Consiglio Comunale n. 62 del 28/12/2027 è stato approvato il bilancio di previsione 2028-2030;",
            "Considerato che a seguito degli eventi atmosferici dei giorni 24 e 25 gennaio 2028 si sono verificati guasti agli impianti di pubblica illuminazione di via Dante, di piazza Garibaldi e del quartiere Santa Lucia, che richiedono interventi immediati per ragioni di sicurezza;",
            "Dato atto che lo stanziamento del capitolo 2510 \"Manutenzione impianti di pubblica illuminazione\" non è sufficiente e che il fondo di riserva presenta una disponibilità di € 38.000,00;",
            "Visto l'art. 166 del D.Lgs. n. 267/2000 e il vigente Regolamento di contabilità;",
            "Visti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 53 della L. n. 142/1990, come recepito dalla L.R. n. 48/1991;",
        ],
        vote_text="Con voti unanimi favorevoli espressi nei modi di legge,",
        points=[
            "di prelevare dal fondo di riserva la somma di € 18.500,00, destinandola al capitolo 2510 \"Manutenzione impianti di pubblica illuminazione\" del bilancio 2028;",
            "di dare atto che a seguito del prelevamento il fondo di riserva presenta una disponibilità di € 19.500,00;",
            "di comunicare il presente provvedimento al Consiglio Comunale nei termini previsti dal Regolamento di contabilità.",
        ],
        ie_text="Con separata e unanime votazione, la Giunta Municipale dichiara la presente deliberazione immediatamente esecutiva, ai sensi dell'art. 12, comma 2, della L.R. n. 44/1991.",
        ie=True, vote="unanimous",
    ),
    dict(
        file="deliberazione-naro-halley-16.pdf",
        number=16, date="2028-02-09", time="12:00",
        proposal_number=19, proposal_date="2028-02-07",
        proponente=None,
        settore="III",
        subject=("Approvazione in linea tecnica del progetto esecutivo dei lavori di consolidamento "
                 "e restauro dell'ex Collegio dei Gesuiti da destinare a biblioteca comunale - "
                 "CUP C77E27000080002"),
        absent=["MIRABILE Gaspare"],
        premises=[
            "Premesso che l'Amministrazione intende partecipare all'avviso regionale per il finanziamento di interventi di recupero del patrimonio storico destinato a servizi culturali;",
            "Visto il progetto esecutivo redatto dall'Ufficio Tecnico comunale, dell'importo complessivo di € 1.250.000,00, di cui € 940.000,00 per lavori;",
            "Visto il verbale di verifica e validazione del progetto in data 06/02/2028;",
            "Visto il parere favorevole della Soprintendenza per i Beni Culturali e Ambientali di Agrigento, prot. n. 812 del 30/01/2028;",
            "Visti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 53 della L. n. 142/1990, come recepito dalla L.R. n. 48/1991;",
        ],
        vote_text="Con voti unanimi favorevoli dei presenti, espressi nei modi di legge,",
        points=[
            "di approvare in linea tecnica il progetto esecutivo dei lavori di consolidamento e restauro dell'ex Collegio dei Gesuiti, dell'importo complessivo di € 1.250.000,00;",
            "di autorizzare il Sindaco a presentare istanza di finanziamento a valere sull'avviso regionale;",
            "di dare atto che l'approvazione non comporta impegno di spesa a carico del bilancio comunale;",
            "di nominare R.U.P. l'arch. Salvatore Pendolino, Responsabile del Settore III.",
        ],
        ie_text="Con separata e unanime votazione, la Giunta Municipale dichiara la presente deliberazione immediatamente esecutiva, ai sensi dell'art. 12, comma 2, della L.R. n. 44/1991, stante la scadenza dell'avviso.",
        ie=True, vote="unanimous",
    ),
    dict(
        file="deliberazione-naro-halley-20.pdf",
        number=20, date="2028-02-16", time="17:00",
        proposal_number=23, proposal_date="2028-02-14",
        proponente=None,
        settore="I",
        subject=("Concessione del patrocinio e di un contributo all'Associazione \"Amici del "
                 "Carnevale Naritano\" per i festeggiamenti del Carnevale 2028"),
        absent=[],
        premises=[
            "Vista l'istanza dell'Associazione \"Amici del Carnevale Naritano\", acquisita al protocollo n. 1466 del 03/02/2028, con la quale si chiede il patrocinio e un contributo per i festeggiamenti del Carnevale, in programma dal 26 al 29 febbraio 2028;",
            "Considerato che la manifestazione costituisce una tradizione radicata nella comunità e richiama visitatori dai Comuni vicini;",
            "Visto il vigente Regolamento per la concessione di contributi, sovvenzioni e vantaggi economici;",
            "Visti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 53 della L. n. 142/1990, come recepito dalla L.R. n. 48/1991;",
        ],
        vote_text="Con voti unanimi favorevoli espressi nei modi di legge,",
        points=[
            "di concedere il patrocinio del Comune di Naro ai festeggiamenti del Carnevale 2028;",
            "di concedere all'Associazione \"Amici del Carnevale Naritano\" un contributo di € 4.000,00;",
            "di assegnare al Responsabile del Settore I le risorse necessarie per l'impegno e la liquidazione del contributo.",
        ],
        ie_text="Con separata e unanime votazione, la Giunta Municipale dichiara la presente deliberazione immediatamente esecutiva, ai sensi dell'art. 12, comma 2, della L.R. n. 44/1991.",
        ie=True, vote="unanimous",
    ),
    dict(
        file="deliberazione-naro-halley-24.pdf",
        number=24, date="2028-02-23", time="13:00",
        proposal_number=28, proposal_date="2028-02-21",
        proponente="L'Assessore ai Servizi Sociali",
        settore="I",
        subject=("Atto di indirizzo per l'attivazione del servizio civico comunale in favore di "
                 "cittadini in condizione di disagio economico - anno 2028"),
        absent=["CALLARI Giuseppina"],
        premises=[
            "Premesso che il Comune di Naro attua da anni il servizio civico comunale quale forma di assistenza economica alternativa al contributo, in favore di cittadini in condizione di disagio;",
            "Visto il Regolamento comunale per il servizio civico, approvato con deliberazione del Consiglio Comunale n. 19 del 15/04/2021;",
            "Considerato che nel bilancio 2028 è stanziata la somma di € 45.000,00 per le finalità del servizio;",
            "Ritenuto di fornire al Responsabile del Settore I gli indirizzi per la pubblicazione dell'avviso e la formazione della graduatoria;",
            "Visti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 53 della L. n. 142/1990, come recepito dalla L.R. n. 48/1991;",
        ],
        vote_text="Con n. 3 voti favorevoli e n. 1 astenuto (Lo Presti), su n. 4 componenti presenti, espressi in forma palese,",
        vote_counts={"present": 4, "in_favour": 3, "abstained": 1},
        points=[
            "di attivare per l'anno 2028 il servizio civico comunale per un massimo di 30 cittadini, per attività di custodia di edifici pubblici, cura del verde e assistenza alla viabilità presso i plessi scolastici;",
            "di stabilire un compenso mensile di € 450,00 per un impegno di 60 ore mensili, per la durata di tre mesi;",
            "di demandare al Responsabile del Settore I la pubblicazione dell'avviso e la formazione della graduatoria secondo il Regolamento;",
            "di dare atto che la spesa di € 45.000,00 trova copertura al capitolo 11040 del bilancio 2028.",
        ],
        ie_text=None,
        ie=False, vote="majority",
    ),
]

NARO_SECRETARY = ("dott.ssa", "Segretario Comunale", "Maria Concetta Vella")
NARO_PRESIDENT = ("dott.", "Sindaco", "Calogero Gallo")
CODEVIGO_SECRETARY = ("dott.ssa", "Segretario Comunale", "Laura Zambon")
CODEVIGO_PRESIDENT = ("Sig.", "Sindaco", "Giorgio Bettin")
GRAGNANO_SECRETARY = ("DOTT.", "SEGRETARIO GENERALE", "VINCENZO IOVINO")
GRAGNANO_PRESIDENT = ("AVV.", "SINDACO", "ANTONIO CUOMO")
