# -*- coding: utf-8 -*-
"""Contents of the twelve determinazioni of set mix-125-b.

Every producer script reads its document from here, and keys_make.py
builds keys.json from the same records, so that what is printed and what is
keyed cannot drift apart. People, numbers, CIG/CUP codes and facts are
invented.
"""

ROMANO = dict(
    comune="Romano di Lombardia", token="romanodilombardia",
    municipality="Comune di Romano di Lombardia", prov="Provincia di Bergamo",
    address="Piazza Giuseppe Longhi, 5 – 24058 Romano di Lombardia (BG)",
    contacts="Tel. 0363 982311 – PEC: comune.romanodilombardia@pec.regione.lombardia.it",
    software="civilia",
)
BARILE = dict(
    comune="Barile", token="barile",
    municipality="Comune di Barile", prov="Provincia di Potenza",
    address="Piazza Municipio, 1 – 85022 Barile (PZ)",
    contacts="Tel. 0972 770022 – PEC: protocollo.barile@cert.ruparbasilicata.it",
    software="hypersic",
)
ACQUALAGNA = dict(
    comune="Acqualagna", token="acqualagna",
    municipality="Comune di Acqualagna", prov="Provincia di Pesaro e Urbino",
    address="Piazza Enrico Mattei, 9 - 61041 Acqualagna (PU)",
    contacts="Tel. 0721 796711 - PEC: comune.acqualagna@emarche.it",
    software="halley",
)

DOCS = []


def doc(**kw):
    DOCS.append(kw)
    return kw


# ---------------------------------------------------------------------------
# ROMANO DI LOMBARDIA  (house style "civilia": crest and name at the left,
# register box at the top right, a ruled header box with Settore / Servizio,
# the subject in a grey band, signature at the right, running foot with the
# general register number)
# ---------------------------------------------------------------------------

A1 = doc(
    id="A1", body=ROMANO, slug="illuminazione", producer="chromium",
    organ="SETTORE 3 – TERRITORIO, AMBIENTE E LAVORI PUBBLICI",
    office="Servizio Lavori Pubblici e Manutenzioni",
    number=14, date="10/01/2028", sector_number=3, sector_date="07/01/2028",
    proposal_number=21, proposal_date="04/01/2028",
    proposing_office="Ufficio Manutenzioni e Reti",
    subject=("AFFIDAMENTO DIRETTO ALLA DITTA ELETTROTECNICA BASSA BERGAMASCA S.R.L. "
             "DEL SERVIZIO DI MANUTENZIONE ORDINARIA DEGLI IMPIANTI DI PUBBLICA "
             "ILLUMINAZIONE DI PROPRIETÀ COMUNALE PER L’ANNO 2028 – IMPEGNO DI SPESA – "
             "CIG B7A41C93E5"),
    premises=[
        "Premesso che con deliberazione del Consiglio Comunale n. 58 del 20/12/2027, dichiarata immediatamente eseguibile, è stato approvato il Bilancio di previsione finanziario 2028-2030 e che con deliberazione della Giunta Comunale n. 161 del 22/12/2027 è stato approvato il Piano Esecutivo di Gestione per il medesimo triennio;",
        "Richiamato il decreto sindacale n. 12 del 29/12/2027, con il quale il sottoscritto è stato nominato Responsabile del Settore 3 – Territorio, Ambiente e Lavori Pubblici fino al 31/12/2028;",
        "Considerato che il contratto per la manutenzione ordinaria degli impianti di pubblica illuminazione di proprietà comunale è scaduto il 31/12/2027 e che occorre garantire la continuità del servizio, con particolare riguardo alla sostituzione dei corpi illuminanti guasti e al pronto intervento notturno e festivo;",
        "Visto l’art. 50, comma 1, lettera b), del D.Lgs. 31 marzo 2023, n. 36, che consente l’affidamento diretto dei servizi di importo inferiore a 140.000 euro, anche senza consultazione di più operatori economici;",
        "Acquisito tramite la piattaforma Sintel di ARIA S.p.A. il preventivo della ditta Elettrotecnica Bassa Bergamasca S.r.l. per l’importo di € 23.800,00 oltre IVA 22%, ritenuto congruo dall’Ufficio Manutenzioni e Reti con relazione agli atti;",
        "Verificata la regolarità contributiva della ditta (DURC prot. INAIL_41877263, con scadenza il 14/04/2028) e acquisita la dichiarazione sul possesso dei requisiti di cui agli artt. 94 e seguenti del D.Lgs. 36/2023;",
        "Visti gli artt. 107, 183 e 192 del D.Lgs. 18 agosto 2000, n. 267, e il vigente Regolamento di contabilità;",
    ],
    points=[
        "di affidare, per le motivazioni esposte in premessa, alla ditta Elettrotecnica Bassa Bergamasca S.r.l. il servizio di manutenzione ordinaria degli impianti di pubblica illuminazione di proprietà comunale per il periodo dal 01/02/2028 al 31/12/2028, per l’importo di € 23.800,00 oltre IVA 22%, per complessivi € 29.036,00;",
        "di impegnare la spesa di € 29.036,00 alla Missione 10, Programma 05, Titolo 1, capitolo 10520 “Manutenzione impianti di pubblica illuminazione” del Bilancio 2028-2030, esercizio 2028;",
        "di dare atto che il contratto sarà stipulato mediante scambio di lettere commerciali ai sensi dell’art. 18, comma 1, del D.Lgs. 36/2023 e che il CIG attribuito è B7A41C93E5;",
        "di dare atto che il Responsabile Unico del Progetto è il geom. Stefano Carminati, dell’Ufficio Manutenzioni e Reti, il quale dichiara l’assenza di conflitti di interesse;",
        "di trasmettere il presente provvedimento al Settore 2 – Economico Finanziario per l’apposizione del visto di regolarità contabile attestante la copertura finanziaria.",
    ],
    signer_role=["IL RESPONSABILE DEL SETTORE 3", "Territorio, Ambiente e Lavori Pubblici"],
    signer_title="arch.", signer_name="Paolo Ghilardi",
    visto=("Si appone il visto di regolarità contabile attestante la copertura finanziaria ai sensi dell’art. 183, "
           "comma 7, del D.Lgs. 267/2000. Impegno n. 142/2028. Romano di Lombardia, 10/01/2028. "
           "La Responsabile del Settore 2 – Economico Finanziario, dott.ssa Silvia Locatelli (firmato digitalmente)"),
    what="determinazione R.G. 14 (Settore 3 n. 3), Civilia-like HTML with header box and fixed running foot, printed by headless Chromium",
)

A2 = doc(
    id="A2", body=ROMANO, slug="rimborsiimu", producer="reportlab-twtc",
    organ="SETTORE 2 – ECONOMICO FINANZIARIO",
    office="Servizio Tributi",
    number=31, date="17/01/2028", sector_number=5, sector_date="13/01/2028",
    proposing_office="Servizio Tributi",
    subject=("RIMBORSO DI SOMME INDEBITAMENTE VERSATE A TITOLO DI IMPOSTA MUNICIPALE PROPRIA (IMU) "
             "PER GLI ANNI D’IMPOSTA 2025 E 2026 A FAVORE DI CONTRIBUENTI DIVERSI. "
             "IMPEGNO E LIQUIDAZIONE DELLA SPESA"),
    premises=[
        "Premesso che sono pervenute all’Ufficio Tributi le istanze di rimborso dell’Imposta Municipale Propria indicate nel prospetto che segue, presentate da contribuenti che hanno effettuato versamenti in eccedenza rispetto al dovuto o non dovuti per gli anni d’imposta 2025 e 2026;",
        "Visto l’art. 1, comma 164, della Legge 27 dicembre 2006, n. 296, secondo il quale il rimborso delle somme versate e non dovute deve essere richiesto dal contribuente entro il termine di cinque anni dal giorno del versamento e l’ente provvede entro centottanta giorni dalla data di presentazione dell’istanza;",
        "Visto il Regolamento per l’applicazione dell’Imposta Municipale Propria approvato con deliberazione del Consiglio Comunale n. 14 del 28/05/2020 e successive modificazioni;",
        "Dato atto che l’istruttoria svolta dal Servizio Tributi, mediante il riscontro dei versamenti registrati nella banca dati F24 e delle dichiarazioni presentate, ha accertato la spettanza dei rimborsi per gli importi indicati nel prospetto, maggiorati degli interessi calcolati al tasso legale;",
        "Richiamato il decreto sindacale n. 11 del 29/12/2027 di nomina della sottoscritta quale Responsabile del Settore 2 – Economico Finanziario;",
    ],
    table=[
        ("Posizione", "Istanza prot.", "Anno", "Imposta", "Interessi", "Totale"),
        ("10432", "24511/2027", "2025", "412,00", "9,27", "421,27"),
        ("11807", "25102/2027", "2025", "1.086,00", "24,44", "1.110,44"),
        ("12950", "26633/2027", "2026", "318,00", "3,98", "321,98"),
        ("13318", "27019/2027", "2026", "925,00", "11,56", "936,56"),
        ("14076", "210/2028", "2026", "473,00", "24,21", "497,21"),
        ("", "", "Totale", "3.214,00", "73,46", "3.287,46"),
    ],
    points=[
        "di disporre il rimborso delle somme indebitamente versate a titolo di Imposta Municipale Propria a favore dei contribuenti indicati nel prospetto riportato in premessa, per complessivi € 3.287,46, comprensivi degli interessi calcolati al tasso legale;",
        "di impegnare la spesa di € 3.287,46 alla Missione 01, Programma 04, Titolo 1, capitolo 10145 “Rimborsi e sgravi di tributi comunali” del Bilancio 2028-2030, esercizio 2028;",
        "di liquidare le somme di cui al punto 1 mediante bonifico sui conti correnti indicati dai contribuenti nelle rispettive istanze;",
        "di dare atto che i dati identificativi dei contribuenti sono conservati agli atti del Servizio Tributi e non sono oggetto di pubblicazione, in conformità al Regolamento (UE) 2016/679.",
    ],
    signer_role=["LA RESPONSABILE DEL SETTORE 2", "Economico Finanziario"],
    signer_title="dott.ssa", signer_name="Silvia Locatelli",
    what="determinazione R.G. 31 (Settore 2 n. 5), ReportLab canvas, justified line by line with Tw and Tc, running head and foot with the number",
)

A3 = doc(
    id="A3", body=ROMANO, slug="librotesto", producer="wkhtmltopdf",
    organ="SETTORE 1 – AFFARI GENERALI E SERVIZI ALLA PERSONA",
    office="Servizio Pubblica Istruzione e Cultura",
    number=48, date="24/01/2028", sector_number=7, sector_date="20/01/2028",
    proposal_number=63, proposal_date="18/01/2028",
    proposing_office="SERVIZIO PUBBLICA ISTRUZIONE E CULTURA",
    subject=("Concessione di contributi per l’acquisto di libri di testo e materiale didattico "
             "a favore degli studenti residenti frequentanti le scuole secondarie di primo e secondo grado – "
             "anno scolastico 2027/2028 – Approvazione dell’elenco dei beneficiari e impegno di spesa"),
    premises=[
        "Premesso che con deliberazione della Giunta Comunale n. 118 del 27/09/2027 sono stati approvati i criteri per la concessione di contributi per l’acquisto di libri di testo e materiale didattico a favore degli studenti residenti, con indicatore ISEE non superiore a € 20.000,00;",
        "Dato atto che, in esecuzione della predetta deliberazione, è stato pubblicato l’avviso pubblico prot. n. 21877 del 04/10/2027, con scadenza per la presentazione delle domande fissata al 30/11/2027;",
        "Considerato che entro il termine sono pervenute n. 22 domande, delle quali n. 18 sono risultate ammissibili e n. 4 non ammissibili per superamento della soglia ISEE o per mancata residenza, come da verbale istruttorio del 12/01/2028 conservato agli atti;",
        "Ritenuto di approvare l’elenco dei beneficiari, identificati con il numero di protocollo della domanda ai sensi della normativa sulla protezione dei dati personali, con i relativi importi riconosciuti:",
    ],
    roll=[
        ("22014", "150,00"), ("22190", "150,00"), ("22207", "120,00"), ("22361", "180,00"),
        ("22418", "120,00"), ("22535", "150,00"), ("22602", "180,00"), ("22777", "90,00"),
        ("22813", "150,00"), ("22946", "120,00"), ("23050", "180,00"), ("23118", "150,00"),
        ("23274", "90,00"), ("23309", "120,00"), ("23455", "150,00"), ("23512", "180,00"),
        ("23688", "120,00"), ("23741", "150,00"),
    ],
    roll_total="2.550,00",
    points=[
        "di approvare l’elenco dei beneficiari dei contributi per l’acquisto di libri di testo e materiale didattico per l’anno scolastico 2027/2028, riportato in premessa, per un importo complessivo di € 2.550,00;",
        "di impegnare la spesa di € 2.550,00 alla Missione 04, Programma 07, Titolo 1, capitolo 4450 “Contributi per il diritto allo studio” del Bilancio 2028-2030, esercizio 2028;",
        "di dare atto che la liquidazione avverrà con successivo provvedimento, previa verifica della documentazione di spesa presentata dai beneficiari;",
        "di comunicare l’esito del procedimento ai richiedenti non ammessi, con l’indicazione dei motivi dell’esclusione.",
    ],
    signer_role=["IL RESPONSABILE DEL SETTORE 1", "Affari Generali e Servizi alla Persona"],
    signer_title="dott.", signer_name="Giorgio Vescovi",
    what="determinazione R.G. 48 (Settore 1 n. 7), the house's HTML printed by wkhtmltopdf, beneficiaries rolled in two columns, the proposal line over the subject",
)

A4 = doc(
    id="A4", body=ROMANO, slug="disinfestazione", producer="reportlab-xobject",
    organ="SETTORE 3 – TERRITORIO, AMBIENTE E LAVORI PUBBLICI",
    office="Servizio Ambiente e Patrimonio",
    number=55, date="27/01/2028", sector_number=9, sector_date="26/01/2028",
    proposing_office="Ufficio Ecologia",
    subject=("SERVIZIO DI DISINFESTAZIONE E DERATTIZZAZIONE DEL TERRITORIO COMUNALE PER L’ANNO 2028. "
             "DETERMINAZIONE A CONTRARRE E AFFIDAMENTO DIRETTO AI SENSI DELL’ART. 50, COMMA 1, "
             "LETT. B), DEL D.LGS. 36/2023 ALLA DITTA IGIENE AMBIENTALE OROBICA S.R.L. – CIG B8E20D47A1"),
    premises=[
        "Premesso che il Comune deve assicurare gli interventi di disinfestazione larvicida e adulticida contro la zanzara tigre e gli interventi di derattizzazione presso gli edifici comunali, le scuole, la rete fognaria e le aree verdi pubbliche, secondo il calendario concordato con l’ATS di Bergamo;",
        "Vista la relazione dell’Ufficio Ecologia in data 19/01/2028, con la quale si quantifica il fabbisogno per l’anno 2028 in n. 6 cicli di trattamento larvicida, n. 3 interventi adulticidi e n. 4 passaggi di derattizzazione;",
        "Visto l’art. 17, comma 2, del D.Lgs. 36/2023, in base al quale, in caso di affidamento diretto, l’atto di affidamento individua l’oggetto, l’importo e il contraente, unitamente alle ragioni della sua scelta e al possesso dei requisiti;",
        "Acquisito tramite la piattaforma Sintel il preventivo della ditta Igiene Ambientale Orobica S.r.l. per l’importo di € 14.650,00 oltre IVA 22%, comprensivo degli oneri per la sicurezza, ritenuto congruo in rapporto ai prezzi di mercato;",
        "Visti gli artt. 107, 147-bis, 183 e 192 del D.Lgs. 267/2000;",
    ],
    points=[
        "di approvare le premesse quale parte integrante e sostanziale del presente provvedimento e di dare atto che esso costituisce determinazione a contrarre ai sensi dell’art. 192 del D.Lgs. 267/2000;",
        "di affidare alla ditta Igiene Ambientale Orobica S.r.l. il servizio di disinfestazione e derattizzazione del territorio comunale per l’anno 2028, per l’importo di € 14.650,00 oltre IVA 22%, per complessivi € 17.873,00;",
        "di impegnare la spesa di € 17.873,00 alla Missione 09, Programma 02, Titolo 1, capitolo 9630 “Servizi di igiene ambientale” del Bilancio 2028-2030, esercizio 2028;",
        "di dare atto che il Responsabile Unico del Progetto è il dott. Marco Bonetti dell’Ufficio Ecologia;",
        "di disporre la pubblicazione del presente atto nella sezione “Amministrazione trasparente – Bandi di gara e contratti” del sito istituzionale.",
    ],
    rup=dict(role="IL RESPONSABILE DEL PROCEDIMENTO", unit="Ufficio Ecologia", title="dott.", name="Marco Bonetti"),
    signer_role=["IL RESPONSABILE DEL SETTORE 3", "Territorio, Ambiente e Lavori Pubblici"],
    signer_title="arch.", signer_name="Paolo Ghilardi",
    stamp="PUBBLICATA ALL’ALBO PRETORIO ON LINE dal 28/01/2028 al 12/02/2028 – Reg. pubbl. n. 187",
    what="determinazione R.G. 55 (Settore 3 n. 9), ReportLab with letterhead, header box and signatures in Form XObjects drawn after the body, publication stamp up the margin",
)

# ---------------------------------------------------------------------------
# BARILE  (house style "hypersic": letterhead at the left with the address
# line under a rule, the Area in a grey box at the top right with its
# Servizio, a grid of the two registers, "Ufficio istruttore" line,
# signature of the Responsabile dell'Area at the right)
# ---------------------------------------------------------------------------

B1 = doc(
    id="B1", body=BARILE, slug="variante", producer="libreoffice-docx",
    organ="AREA TECNICA",
    office="Servizio Lavori Pubblici",
    number=5, date="11/01/2028", sector_number=1, sector_date="10/01/2028",
    proposing_office="Ufficio Lavori Pubblici e Manutenzioni",
    subject=("Lavori di messa in sicurezza e consolidamento della strada comunale “Vallone San Nicola” – "
             "CUP J57H26000210002 – CIG B6C2904F1A – Approvazione della perizia di variante e suppletiva n. 1"),
    premises=[
        "Premesso che con determinazione dell’Area Tecnica n. 212 del Registro Generale del 14/07/2027 i lavori in oggetto sono stati aggiudicati all’impresa Costruzioni Lucane S.r.l. per l’importo netto di € 186.420,15, oltre oneri per la sicurezza di € 5.300,00 e IVA;",
        "Dato atto che il contratto d’appalto è stato stipulato in data 22/09/2027, rep. n. 418, e che i lavori sono stati consegnati in data 11/10/2027;",
        "Vista la perizia di variante e suppletiva n. 1 redatta dal Direttore dei Lavori, ing. Francesco Mecca, trasmessa con nota prot. n. 8 del 03/01/2028, resa necessaria dal rinvenimento, nel corso degli scavi, di una condotta idrica non rilevata negli elaborati di progetto e dalla necessità di prolungare la paratia di micropali per ulteriori 18 metri;",
        "Considerato che la variante rientra nei casi previsti dall’art. 120, comma 1, lettera c), del D.Lgs. 36/2023 e comporta un maggiore importo netto di € 17.960,40, pari al 9,63% dell’importo contrattuale, trovando copertura nelle somme a disposizione del quadro economico;",
        "Visto il decreto sindacale n. 1 del 02/01/2028 di conferimento dell’incarico di Responsabile dell’Area Tecnica;",
    ],
    points=[
        "di approvare la perizia di variante e suppletiva n. 1 dei lavori di messa in sicurezza e consolidamento della strada comunale “Vallone San Nicola”, costituita dalla relazione tecnica, dal computo metrico estimativo, dall’elenco dei nuovi prezzi e dal quadro economico di raffronto;",
        "di approvare l’atto di sottomissione e verbale di concordamento dei nuovi prezzi sottoscritto dall’impresa Costruzioni Lucane S.r.l. senza riserve;",
        "di dare atto che il nuovo importo contrattuale ammonta a € 209.680,55, compresi gli oneri per la sicurezza, oltre IVA 22%, e che il quadro economico complessivo di € 260.000,00 resta invariato;",
        "di concedere all’impresa una proroga di 30 giorni naturali e consecutivi sul termine di ultimazione dei lavori.",
    ],
    signer_role=["IL RESPONSABILE DELL’AREA TECNICA"],
    signer_title="ing.", signer_name="Rocco Cillis",
    what="determinazione R.G. 5 (Area Tecnica n. 1), .docx written by python-docx (header table, expanded character spacing) exported by LibreOffice Writer",
)

B2 = doc(
    id="B2", body=BARILE, slug="anci", producer="pdflatex",
    organ="AREA ECONOMICO-FINANZIARIA",
    office="Servizio Finanziario e Tributi",
    number=11, date="17/01/2028", sector_number=2, sector_date="14/01/2028",
    proposing_office="RAGIONERIA",
    subject=("Quota associativa all’ANCI e ad ANCI Basilicata per l’anno 2028 – "
             "Impegno e liquidazione della spesa"),
    premises=[
        "Premesso che il Comune di Barile aderisce all’Associazione Nazionale Comuni Italiani (ANCI) e all’ANCI Basilicata, che rappresentano e tutelano gli interessi delle autonomie locali e forniscono assistenza tecnica e giuridica agli enti associati;",
        "Vista la nota dell’ANCI acquisita al prot. n. 97 del 09/01/2028, con la quale si comunica l’importo della quota associativa per l’anno 2028, determinato sulla base della popolazione residente al 31 dicembre 2026 (2.612 abitanti), in € 1.227,64 per l’ANCI nazionale e € 392,00 per l’ANCI Basilicata;",
        "Dato atto che la quota è riscossa dall’ANCI mediante avviso pagoPA e che la spesa non è soggetta agli obblighi di tracciabilità di cui alla Legge 136/2010, trattandosi di contributo associativo;",
        "Visto il decreto sindacale n. 2 del 02/01/2028 di conferimento dell’incarico di Responsabile dell’Area Economico-Finanziaria;",
    ],
    points=[
        "di impegnare la spesa complessiva di € 1.619,64 per il pagamento delle quote associative per l’anno 2028, di cui € 1.227,64 a favore dell’ANCI e € 392,00 a favore dell’ANCI Basilicata, alla Missione 01, Programma 01, capitolo 1060 “Quote associative” del Bilancio 2028-2030;",
        "di liquidare le somme di cui al punto 1 mediante gli avvisi pagoPA trasmessi dalle associazioni;",
        "di dare atto che il presente provvedimento è pubblicato nella sezione “Amministrazione trasparente” ai sensi dell’art. 26 del D.Lgs. 33/2013.",
    ],
    signer_role=["IL RESPONSABILE DELL’AREA ECONOMICO-FINANZIARIA"],
    signer_title="rag.", signer_name="Vincenzo Sonnessa",
    what="determinazione R.G. 11 (Area Economico-Finanziaria n. 2), pdfLaTeX: words kerned without space glyphs, a letter-spaced heading, fancyhdr running foot with the number",
)

B3 = doc(
    id="B3", body=BARILE, slug="serviziocivico", producer="fpdf2",
    organ="AREA AMMINISTRATIVA",
    office="Servizio Socio-Assistenziale e Culturale",
    number=16, date="21/01/2028", sector_number=3, sector_date="20/01/2028",
    proposing_office="Ufficio Servizi Sociali",
    subject=("Servizio civico comunale – anno 2028. Approvazione dell’elenco dei beneficiari ammessi "
             "e impegno di spesa per i contributi economici"),
    premises=[
        "Premesso che con deliberazione della Giunta Comunale n. 94 del 16/11/2027 è stato approvato il progetto di servizio civico comunale per l’anno 2028, finalizzato al sostegno economico di persone in condizioni di disagio mediante lo svolgimento di attività di pubblica utilità (custodia di aree verdi, assistenza agli alunni all’ingresso delle scuole, piccola manutenzione);",
        "Dato atto che l’avviso pubblico prot. n. 5130 del 21/11/2027 fissava al 31/12/2027 il termine per la presentazione delle istanze e che ne sono pervenute n. 16, delle quali n. 14 ammissibili;",
        "Vista la graduatoria formata dall’Ufficio Servizi Sociali sulla base dei criteri dell’avviso, nella quale i beneficiari sono indicati con il numero di protocollo dell’istanza:",
    ],
    roll=[
        ("1", "5188", "90"), ("2", "5231", "90"), ("3", "5297", "80"), ("4", "5314", "80"),
        ("5", "5402", "80"), ("6", "5456", "70"), ("7", "5519", "70"), ("8", "5577", "70"),
        ("9", "5603", "60"), ("10", "5648", "60"), ("11", "5702", "60"), ("12", "5745", "60"),
        ("13", "5790", "50"), ("14", "5832", "50"),
    ],
    premises2=[
        "Considerato che a ciascun beneficiario è riconosciuto un contributo di € 8,00 per ogni ora di attività effettivamente svolta, per un monte ore complessivo di 1.000 ore, e che occorre provvedere all’impegno della relativa spesa di € 8.000,00, oltre alla copertura assicurativa INAIL;",
    ],
    points=[
        "di approvare l’elenco dei beneficiari ammessi al servizio civico comunale per l’anno 2028, riportato in premessa con il numero di protocollo delle istanze e le ore assegnate;",
        "di impegnare la spesa di € 8.000,00 alla Missione 12, Programma 04, capitolo 1890 “Interventi per il servizio civico” del Bilancio 2028-2030, esercizio 2028;",
        "di impegnare la spesa di € 420,00 per la copertura assicurativa INAIL dei beneficiari, al capitolo 1892 del medesimo bilancio;",
        "di dare atto che i contributi saranno liquidati mensilmente sulla base dei fogli di presenza vistati dal responsabile del servizio presso cui è svolta l’attività.",
    ],
    signer_role=["IL RESPONSABILE DELL’AREA AMMINISTRATIVA"],
    signer_title="dott.ssa", signer_name="Antonella Lamorte",
    what="determinazione R.G. 16 (Area Amministrativa n. 3), fpdf2 with core fonts, paragraphs justified by Tw, beneficiaries rolled in two columns",
)

B4 = doc(
    id="B4", body=BARILE, slug="segnaletica", producer="reportlab-glyphs",
    organ="AREA VIGILANZA",
    office="Servizio Polizia Locale",
    number=21, date="27/01/2028", sector_number=1, sector_date="26/01/2028",
    proposing_office="Ufficio di Polizia Municipale",
    subject=("Fornitura di segnaletica stradale verticale per il centro abitato e le strade rurali. "
             "Affidamento diretto alla ditta Segnal Sud S.r.l. e impegno di spesa – CIG B9F3318C0D"),
    premises=[
        "Premesso che a seguito della ricognizione effettuata dall’Ufficio di Polizia Municipale nel mese di dicembre 2027 è emersa la necessità di sostituire n. 46 cartelli di segnaletica verticale deteriorati o non conformi al Regolamento di esecuzione del Codice della Strada e di installare nuova segnaletica di limite di velocità sulle strade rurali;",
        "Visto l’art. 50, comma 1, lettera b), del D.Lgs. 36/2023 e dato atto che la fornitura è di importo inferiore a 5.000 euro, per cui non sussiste l’obbligo di ricorso al mercato elettronico ai sensi dell’art. 1, comma 450, della Legge 296/2006;",
        "Visto il preventivo della ditta Segnal Sud S.r.l., acquisito al prot. n. 311 del 20/01/2028, per l’importo di € 3.640,00 oltre IVA 22%, ritenuto congruo;",
        "Visto il decreto sindacale n. 4 del 02/01/2028 di conferimento dell’incarico di Responsabile dell’Area Vigilanza;",
    ],
    points=[
        "di affidare alla ditta Segnal Sud S.r.l. la fornitura di segnaletica stradale verticale descritta nel preventivo prot. n. 311 del 20/01/2028, per l’importo di € 3.640,00 oltre IVA 22%, per complessivi € 4.440,80;",
        "di impegnare la spesa di € 4.440,80 alla Missione 10, Programma 05, capitolo 2310 “Segnaletica stradale” del Bilancio 2028-2030, finanziato con i proventi delle sanzioni al Codice della Strada ai sensi dell’art. 208 del D.Lgs. 285/1992;",
        "di dare atto che il CIG attribuito alla fornitura è B9F3318C0D;",
        "di dare atto che alla liquidazione si provvederà previa verifica della regolare fornitura e della regolarità contributiva.",
    ],
    rup=dict(role="IL RESPONSABILE DEL PROCEDIMENTO", unit="Ufficio di Polizia Municipale", title="Isp.", name="Michele Grieco"),
    signer_role=["IL RESPONSABILE DELL’AREA VIGILANZA"],
    signer_title="Comm.", signer_name="Gerardo Pace",
    what="determinazione R.G. 21 (Area Vigilanza n. 1), ReportLab placing every glyph alone at its own position with no space characters, letter-spaced heading",
)

# ---------------------------------------------------------------------------
# ACQUALAGNA  (house style "halley", legacy print: an 80-column Courier
# report with the Comune at the left and the province at the right, the Area
# and Servizio under a rule of equals signs, "REG. GENERALE N." and "N. AREA"
# on one line, subject in capitals, signatures of the Responsabile dell'Area
# at the right under "F.to")
# ---------------------------------------------------------------------------

C1 = doc(
    id="C1", body=ACQUALAGNA, printed_quote="’", slug="centraletermica", producer="enscript",
    organ="AREA TECNICA",
    office="SERVIZIO LAVORI PUBBLICI E PATRIMONIO",
    number=9, date="12/01/2028", sector_number=2, sector_date="11/01/2028",
    proposing_office="UFFICIO MANUTENZIONI",
    subject=("LIQUIDAZIONE FATTURA N. 212/PA DEL 29/12/2027 ALLA DITTA TERMOIDRAULICA "
             "METAURO S.N.C. PER INTERVENTI DI MANUTENZIONE STRAORDINARIA DELLA CENTRALE "
             "TERMICA DELLA SCUOLA PRIMARIA DEL CAPOLUOGO - CIG B5D1A27E40"),
    premises=[
        "RICHIAMATA la propria determinazione n. 118 del Registro Generale del 16/10/2027, con la quale e' stato affidato alla ditta Termoidraulica Metauro s.n.c. l'intervento di manutenzione straordinaria della centrale termica della scuola primaria del capoluogo, con sostituzione del generatore di calore e della pompa di circolazione, per l'importo di Euro 11.480,00 oltre IVA 22%, impegnando la spesa al capitolo 2045/1 del Bilancio 2027 (impegno n. 611/2027);",
        "VISTA la fattura elettronica n. 212/PA del 29/12/2027 emessa dalla ditta, acquisita al protocollo n. 27 del 03/01/2028, dell'importo di Euro 11.480,00 oltre IVA 22% in regime di scissione dei pagamenti, per complessivi Euro 14.005,60;",
        "ACCERTATA la regolare esecuzione dei lavori, come da certificato redatto dall'Ufficio Manutenzioni in data 05/01/2028;",
        "VERIFICATA la regolarita' contributiva della ditta (DURC prot. INPS_48812409 con scadenza 27/04/2028) e dato atto che la ditta non risulta inadempiente ai sensi dell'art. 48-bis del D.P.R. 602/1973;",
        "VISTI gli artt. 107 e 184 del D.Lgs. 267/2000;",
    ],
    points=[
        "DI LIQUIDARE alla ditta Termoidraulica Metauro s.n.c. la somma di Euro 11.480,00 a saldo della fattura n. 212/PA del 29/12/2027, imputandola all'impegno n. 611/2027 assunto al capitolo 2045/1, gestione residui;",
        "DI VERSARE all'Erario l'IVA di Euro 2.525,60 in regime di scissione dei pagamenti ai sensi dell'art. 17-ter del D.P.R. 633/1972;",
        "DI TRASMETTERE il presente atto al Servizio Finanziario per l'emissione del mandato di pagamento.",
    ],
    signer_role=["IL RESPONSABILE DELL'AREA TECNICA"],
    signer_title="geom.", signer_name="Andrea Bartolucci",
    what="determinazione R.G. 9 (Area Tecnica n. 2), 80-column Courier report from GNU enscript with a running head carrying the number, through ps2pdf",
)

C2 = doc(
    id="C2", body=ACQUALAGNA, printed_quote="’", slug="tartufo", producer="a2ps",
    organ="AREA AMMINISTRATIVA",
    office="SERVIZIO AFFARI GENERALI",
    number=19, date="20/01/2028", sector_number=4, sector_date="19/01/2028",
    proposal_number=27, proposal_date="17/01/2028",
    proposing_office="UFFICIO TURISMO, CULTURA E SPORT",
    subject=("CONCESSIONE DI UN CONTRIBUTO ALL'ASSOCIAZIONE PRO LOCO PER L'ORGANIZZAZIONE "
             "DELLA FIERA NAZIONALE DEL TARTUFO NERO PREGIATO, EDIZIONE 2028. "
             "IMPEGNO DI SPESA E LIQUIDAZIONE DELL'ACCONTO"),
    premises=[
        "PREMESSO che la Fiera Nazionale del Tartufo Nero Pregiato costituisce una delle principali manifestazioni di promozione del territorio e dei prodotti tipici e che l'edizione 2028 si svolgera' nei giorni 26 e 27 febbraio e 4 e 5 marzo 2028;",
        "VISTA la deliberazione della Giunta Comunale n. 4 del 13/01/2028, con la quale e' stato concesso all'Associazione Pro Loco un contributo di Euro 18.000,00 per l'organizzazione della manifestazione, demandando al Responsabile dell'Area Amministrativa l'adozione degli atti conseguenti;",
        "VISTO il Regolamento comunale per la concessione di contributi e vantaggi economici, approvato con deliberazione del Consiglio Comunale n. 31 del 29/07/2019, che consente la liquidazione di un acconto non superiore al 50% del contributo concesso;",
        "VISTA la richiesta di acconto presentata dall'Associazione, prot. n. 402 del 15/01/2028, corredata del programma e del piano finanziario della manifestazione;",
    ],
    points=[
        "DI IMPEGNARE la somma di Euro 18.000,00 a favore dell'Associazione Pro Loco al capitolo 7320/3 \"Contributi per manifestazioni turistiche\" del Bilancio 2028-2030, esercizio 2028;",
        "DI LIQUIDARE l'acconto di Euro 9.000,00, pari al 50% del contributo concesso;",
        "DI DARE ATTO che il saldo sara' liquidato previa presentazione del rendiconto delle spese sostenute e delle entrate realizzate, entro 60 giorni dalla conclusione della manifestazione;",
        "DI DARE ATTO che il contributo non e' soggetto alla ritenuta del 4% di cui all'art. 28 del D.P.R. 600/1973, trattandosi di associazione senza scopo di lucro per attivita' non commerciale.",
    ],
    signer_role=["IL RESPONSABILE DELL'AREA AMMINISTRATIVA"],
    signer_title="dott.ssa", signer_name="Claudia Ugolini",
    what="determinazione R.G. 19 (Area Amministrativa n. 4), the same 80-column report printed by a2ps (one page per sheet, its own running head and foot), through ps2pdf",
)

C3 = doc(
    id="C3", body=ACQUALAGNA, printed_quote="’", slug="fondodecentrato", producer="groff",
    organ="AREA ECONOMICO FINANZIARIA",
    office="SERVIZIO PERSONALE",
    number=25, date="25/01/2028", sector_number=3, sector_date="24/01/2028",
    proposing_office="UFFICIO PERSONALE",
    subject=("COSTITUZIONE DEL FONDO PER LE RISORSE DECENTRATE DEL PERSONALE NON DIRIGENTE "
             "PER L'ANNO 2028 - PARTE STABILE"),
    premises=[
        "VISTO il CCNL del personale del comparto Funzioni Locali sottoscritto in data 16/11/2022, e in particolare l'art. 79, che disciplina la costituzione del Fondo risorse decentrate, distinguendo tra risorse stabili e risorse variabili;",
        "VISTO l'art. 23, comma 2, del D.Lgs. 75/2017, secondo il quale l'ammontare complessivo delle risorse destinate al trattamento accessorio del personale non puo' superare il corrispondente importo determinato per l'anno 2016, fatti salvi gli adeguamenti previsti dalla legge;",
        "DATO ATTO che la costituzione della parte stabile del Fondo e' atto di natura gestionale di competenza del Responsabile del Servizio Personale, mentre la quantificazione delle risorse variabili spetta alla Giunta Comunale in sede di indirizzi per la contrattazione;",
        "VISTO il prospetto di calcolo predisposto dall'Ufficio Personale, dal quale risulta un ammontare della parte stabile pari a Euro 98.412,37, al netto delle decurtazioni operate ai sensi di legge;",
    ],
    points=[
        "DI COSTITUIRE la parte stabile del Fondo per le risorse decentrate del personale non dirigente per l'anno 2028 nell'importo di Euro 98.412,37, come da prospetto allegato che forma parte integrante del presente atto;",
        "DI DARE ATTO che il Fondo rispetta il limite di cui all'art. 23, comma 2, del D.Lgs. 75/2017;",
        "DI TRASMETTERE il presente atto al Revisore dei Conti per la certificazione di competenza e alle organizzazioni sindacali per l'informazione.",
    ],
    rup=dict(role="IL RESPONSABILE DEL PROCEDIMENTO", unit="UFFICIO PERSONALE", title="rag.", name="Marta Pierini"),
    signer_role=["IL RESPONSABILE DELL'AREA ECONOMICO FINANZIARIA"],
    signer_title="rag.", signer_name="Lorena Cecchini",
    what="determinazione R.G. 25 (Area Economico Finanziaria n. 3), plain troff in Courier through groff -Tps and ps2pdf, running foot with the number",
)

C4 = doc(
    id="C4", body=ACQUALAGNA, slug="restituzione", producer="fpdf2-form",
    organ="AREA TECNICA",
    office="SERVIZIO URBANISTICA ED EDILIZIA PRIVATA",
    number=31, date="31/01/2028", sector_number=6, sector_date="28/01/2028",
    proposing_office="Sportello Unico per l'Edilizia",
    subject=("Restituzione del contributo di costruzione versato per il permesso di costruire "
             "n. 14/2026 a seguito di rinuncia del titolare"),
    premises=[
        "che in data 18/05/2026 e' stato rilasciato il permesso di costruire n. 14/2026 per la realizzazione di un fabbricato accessorio in localita' Pole, con versamento del contributo di costruzione di Euro 2.846,30;",
        "che il titolare, con istanza prot. n. 9921 del 06/12/2027, ha comunicato la rinuncia al titolo edilizio e chiesto la restituzione del contributo, dichiarando di non aver dato inizio ai lavori;",
        "che il sopralluogo dello Sportello Unico per l'Edilizia del 14/01/2028 ha accertato che i lavori non sono stati iniziati;",
    ],
    points=[
        "di restituire al titolare del permesso di costruire n. 14/2026 la somma di Euro 2.846,30, versata a titolo di contributo di costruzione;",
        "di impegnare e liquidare la spesa al capitolo 3150 \"Restituzione oneri di urbanizzazione\" del Bilancio 2028-2030;",
        "di dare atto che il permesso di costruire n. 14/2026 e' decaduto per rinuncia.",
    ],
    signer_role=["IL RESPONSABILE DELL'AREA TECNICA"],
    signer_title="geom.", signer_name="Andrea Bartolucci",
    what="determinazione R.G. 31 (Area Tecnica n. 6), the office's Courier form of the same package with every value typed by fpdf2 over a blank of underscores",
)


def filename(d):
    return "determinazione-%s-%s-%s.pdf" % (d["body"]["token"], d["body"]["software"], d["slug"])


def iso(dmy):
    dd, mm, yy = dmy.split("/")
    return "%s-%s-%s" % (yy, mm, dd)


def by_id(i):
    for d in DOCS:
        if d["id"] == i:
            return d
    raise KeyError(i)
