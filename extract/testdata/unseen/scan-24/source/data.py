# -*- coding: utf-8 -*-
"""The answer keys. gen.py prints these very values, keys.py dumps them to keys.json.
Everything here is invented (names, numbers, CIG/CUP, facts)."""


def roll(rows):
    return [{"name": n, "role": r, "present": p} for n, r, p in rows]


AVIGLIANA_ROLL = [
    ("GIRAUDO ANDREA", "Sindaco", True),
    ("BORELLO SILVIA", "Vice Sindaco", True),
    ("VOTTERO MARCO", "Assessore", True),
    ("PERINO CHIARA", "Assessore", False),
    ("ALLAIS DAVIDE", "Assessore", True),
]

VV_ROLL = [
    ("PIZZOL MATTEO", "Sindaco", True),
    ("DAL CIN ELISA", "Presidente del Consiglio", True),
    ("CASAGRANDE LUCA", "Consigliere", True),
    ("DE NARDI FEDERICA", "Consigliere", True),
    ("BOTTEON ALBERTO", "Consigliere", True),
    ("ZANIN GIULIA", "Consigliere", False),
    ("FAVERO STEFANO", "Consigliere", True),
    ("DA RE PAOLA", "Consigliere", True),
    ("CESCON RICCARDO", "Consigliere", True),
    ("MORO ANNALISA", "Consigliere", True),
    ("SANTIN GIORGIO", "Consigliere", False),
    ("BET FRANCESCA", "Consigliere", True),
    ("CALDART NICOLA", "Consigliere", True),
    ("PIAI VALENTINA", "Consigliere", True),
    ("SALVADOR ENRICO", "Consigliere", True),
    ("CARNIEL MARTA", "Consigliere", True),
    ("BRESCACIN DANIELE", "Consigliere", True),
]

CDS_ROLL = [
    ("DI CICCO TOMMASO", "Sindaco", True),
    ("MARINELLI ANNA", "Vice Sindaco", True),
    ("IACOBUCCI GIUSEPPE", "Assessore", False),
    ("SPERANZA LORENZO", "Assessore", True),
    ("D'AMICO FRANCESCA", "Assessore", True),
]

KEYS = [
    {
        "file": "deliberazione-avigliana-halley.pdf",
        "role": "act",
        "what": "Giunta deliberation 38/2026 (Halley layout: boxed subject, roll with X in Presenti/Assenti, pareri, numbered points, signatures), printed, hand-signed, stamped, punched and scanned in grey",
        "operative_points": 5,
        "act": {
            "municipality": "Comune di Avigliana",
            "organ": "Giunta Comunale",
            "kind": "deliberazione",
            "number": 38,
            "date": "2026-03-10",
            "time": "18:00",
            "subject": "APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MANUTENZIONE STRAORDINARIA E ADEGUAMENTO NORMATIVO DELLA SCUOLA PRIMARIA “DON LORENZO MILANI” – CUP H37G25000120004",
            "proposing_office": "AREA TECNICA – SERVIZIO LAVORI PUBBLICI",
            "proposal_number": 45,
            "proposal_date": "2026-03-05",
            "attendees": roll(AVIGLIANA_ROLL),
            "president": {"title": "Sig.", "role": "SINDACO", "name": "GIRAUDO ANDREA"},
            "secretary": {"title": "Dott.ssa", "role": "SEGRETARIO COMUNALE", "name": "CHIABERGE LUCIA"},
            "vote": "unanimous",
            "immediately_executive": True,
        },
    },
    {
        "file": "deliberazione-vittorioveneto-dedagroup.pdf",
        "role": "act",
        "what": "Consiglio deliberation 12/2026 (Dedagroup/Civilia Next layout: header band, numbered 17-row roll Presente/Assente, split vote with counts), colour scan with binding shadow and stamp",
        "operative_points": 3,
        "act": {
            "municipality": "Città di Vittorio Veneto",
            "organ": "Consiglio Comunale",
            "kind": "deliberazione",
            "number": 12,
            "date": "2026-03-05",
            "time": "20:30",
            "subject": "MODIFICA AL REGOLAMENTO PER L'APPLICAZIONE DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA E DEL CANONE MERCATALE. APPROVAZIONE.",
            "attendees": roll(VV_ROLL),
            "president": {"title": "sig.ra", "role": "Presidente del Consiglio Comunale", "name": "DAL CIN ELISA"},
            "secretary": {"title": "dott.", "role": "Segretario Generale", "name": "ZANETTE PAOLO"},
            "vote": "majority",
            "vote_counts": {"present": 15, "voters": 14, "in_favour": 10, "against": 4, "abstained": 1},
            "immediately_executive": True,
        },
    },
    {
        "file": "deliberazione-casteldisangro-hypersic.pdf",
        "role": "act",
        "what": "Giunta deliberation 27/2026 (Hypersic layout: ORIGINALE box, Numero/Data grid, roll with empty boxes ticked by hand, hour written by hand in a blank), black-and-white scan",
        "operative_points": 4,
        "act": {
            "municipality": "Comune di Castel di Sangro",
            "organ": "Giunta Comunale",
            "kind": "deliberazione",
            "number": 27,
            "date": "2026-03-12",
            "time": "13:30",
            "subject": "CONTRIBUTO ALL'ASSOCIAZIONE TURISTICA PRO LOCO PER L'ORGANIZZAZIONE DELLE MANIFESTAZIONI DELLA SETTIMANA SANTA 2026. ATTO DI INDIRIZZO.",
            "attendees": roll(CDS_ROLL),
            "president": {"title": "Ing.", "role": "Sindaco", "name": "Tommaso DI CICCO"},
            "secretary": {"title": "Dott.ssa", "role": "Segretario Comunale", "name": "Maria Grazia PALLOTTA"},
            "vote": "unanimous",
            "immediately_executive": True,
        },
    },
    {
        "file": "determinazione-gattinara-studiok.pdf",
        "role": "act",
        "what": "determinazione of the Area Tecnica, sector n. 112 and general register n. 187 of 09/03/2026 (Studio K layout: register grid, DETERMINA with numbered points, visto contabile), grey scan at 150 dpi, speckled",
        "operative_points": 5,
        "act": {
            "municipality": "Comune di Gattinara",
            "organ": "AREA TECNICA",
            "office": "Servizio Lavori Pubblici e Manutenzioni",
            "kind": "determinazione",
            "number": 187,
            "sector_number": 112,
            "date": "2026-03-09",
            "subject": "AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023 DEL SERVIZIO DI MANUTENZIONE DEL VERDE PUBBLICO – ANNO 2026. IMPEGNO DI SPESA. CIG B8C4F21A7E",
        },
    },
    {
        "file": "determinazione-massamarittima-jiride.pdf",
        "role": "act",
        "what": "determinazione dirigenziale 214/2026 of Settore 3, proposal 256 (J-Iride layout: framed heading grid, bulleted dispositive part), colour scan with holes and stamp",
        "operative_points": 3,
        "act": {
            "municipality": "Comune di Massa Marittima",
            "organ": "SETTORE 3 - SERVIZI ALLA PERSONA E ALLA COMUNITÀ",
            "office": "Servizio Pubblica Istruzione",
            "kind": "determinazione",
            "number": 214,
            "date": "2026-03-11",
            "subject": "SERVIZIO DI TRASPORTO SCOLASTICO A.S. 2025/2026 – LIQUIDAZIONE FATTURE MESE DI FEBBRAIO 2026 – CIG A04B7E2D15",
            "proposal_number": 256,
            "proposal_date": "2026-03-10",
        },
    },
    {
        "file": "determinazione-marsicovetere-kibernetes.pdf",
        "role": "act",
        "what": "determinazione of the Settore Tecnico, sector n. 45 of 13/03/2026, general register number written by hand (298) in the blank the form left (Kibernetes layout), black-and-white scan, right margin cropped",
        "operative_points": 4,
        "act": {
            "municipality": "Comune di Marsicovetere",
            "organ": "SETTORE TECNICO",
            "office": "Servizio Lavori Pubblici",
            "kind": "determinazione",
            "number": 298,
            "sector_number": 45,
            "date": "2026-03-13",
            "subject": "LAVORI DI MESSA IN SICUREZZA DELLA STRADA COMUNALE “PARCO DEL SOLE” IN LOCALITÀ VILLA D'AGRI – APPROVAZIONE 2° STATO DI AVANZAMENTO LAVORI E LIQUIDAZIONE. CUP G57H24000890005 – CIG B3F19A2C7D",
        },
    },
    {
        "file": "ordinanza-bussolengo-sicraweb.pdf",
        "role": "act",
        "what": "ordinanza 31/2026 of the Settore Polizia Locale on traffic for an event (Sicraweb/Maggioli layout: ORDINA with dash bullets), grey scan at 300 dpi with stamp",
        "operative_points": 5,
        "act": {
            "municipality": "Comune di Bussolengo",
            "organ": "SETTORE POLIZIA LOCALE",
            "kind": "ordinanza",
            "number": 31,
            "date": "2026-03-16",
            "subject": "DISCIPLINA TEMPORANEA DELLA CIRCOLAZIONE E DELLA SOSTA IN VIA DEL LAGO E IN PIAZZA XXVI APRILE IN OCCASIONE DELLA MANIFESTAZIONE “BUSSOLENGO IN FIORE” DEL 22 MARZO 2026.",
        },
    },
    {
        "file": "avviso-sestofiorentino-word.pdf",
        "role": "act",
        "what": "numbered avviso pubblico 4/2026 of the Settore Servizi alla Persona on rent contributions (Word template, Calibri-like), colour scan at 150 dpi",
        "act": {
            "municipality": "Comune di Sesto Fiorentino",
            "organ": "Settore Servizi alla Persona",
            "office": "Servizio Casa",
            "kind": "avviso",
            "number": 4,
            "date": "2026-03-16",
            "subject": "AVVISO PUBBLICO PER L'ASSEGNAZIONE DI CONTRIBUTI AD INTEGRAZIONE DEI CANONI DI LOCAZIONE – ANNO 2026",
        },
    },
    {
        "file": "attestazione-montesilvano-civilia.pdf",
        "role": "certificate",
        "what": "certificate of publication of Giunta deliberation 61/2026 of 12/03/2026 (Civilia layout, one page, date of the certificate written by hand), black-and-white scan with stamp",
        "act": {
            "municipality": "Città di Montesilvano",
            "kind": "attestazione",
            "number": 61,
            "date": "2026-03-12",
            "subject": "APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE “AMICI DEL FIUME SALINE” PER LA GESTIONE DEL PARCO FLUVIALE – ANNI 2026-2028",
        },
    },
    {
        "file": "allegato-coriglianorossano-word.pdf",
        "role": "attachment",
        "what": "Allegato A to a determinazione: the project's quadro economico, a landscape table scanned sideways (page image rotated 90 degrees; OCR run with --rotate-pages)",
        "act": {
            "municipality": "Comune di Corigliano-Rossano",
        },
    },
    {
        "file": "convocazione-villasangiovanni-datagraph.pdf",
        "role": "notice",
        "what": "convocation of the Consiglio Comunale, ordinary session, with a numbered agenda (Datagraph layout, protocol box), colour scan with stamp",
        "act": {
            "municipality": "Comune di Villa San Giovanni",
            "kind": "convocazione",
            "date": "2026-03-17",
            "subject": "CONVOCAZIONE DEL CONSIGLIO COMUNALE IN SESSIONE ORDINARIA",
        },
    },
    {
        "file": "avviso-portotorres-zuddas.pdf",
        "role": "notice",
        "what": "unnumbered avviso alla cittadinanza of the Area Ambiente on bulky-waste collection (Zuddas layout), grey scan at 200 dpi with binding shadow",
        "act": {
            "municipality": "Comune di Porto Torres",
            "organ": "AREA AMBIENTE, VERDE PUBBLICO E SERVIZI TECNOLOGICI",
            "kind": "avviso",
            "date": "2026-03-16",
            "subject": "NUOVO CALENDARIO DEL SERVIZIO DI RITIRO A DOMICILIO DEI RIFIUTI INGOMBRANTI E RAEE",
        },
    },
]

K = {k["file"]: k for k in KEYS}
