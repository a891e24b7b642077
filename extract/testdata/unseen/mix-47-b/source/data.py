# -*- coding: utf-8 -*-
"""Shared invented data for the 12 documents (mix-47-b). Keys are built from here."""

NIMIS = dict(
    municipality="Comune di Nimis", organ="Giunta Comunale", kind="deliberazione",
    number=58, date="2026-03-12", time="18:30",
    subject="APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA DEI LAVORI DI MESSA IN "
            "SICUREZZA DELLA STRADA COMUNALE PER CERGNEU SUPERIORE – CUP H97H25001230002.",
    attendees=[("MARTINIS GIORGIO", "Sindaco", True),
               ("COMELLI SARA", "Vicesindaco", True),
               ("TOSOLINI DAVIDE", "Assessore", True),
               ("BERNARDIS ELENA", "Assessore", False),
               ("CUDICIO MARCO", "Assessore esterno", True)],
    president=dict(title="dott.", role="Sindaco", name="Giorgio Martinis"),
    secretary=dict(title="dott.ssa", role="Segretario comunale", name="Paola Zanier"),
    vote="unanimous", immediately_executive=True, operative_points=4,
)

URBISAGLIA = dict(
    municipality="Comune di Urbisaglia", organ="Consiglio Comunale", kind="deliberazione",
    number=9, date="2026-03-26", time="21:00",
    subject="Regolamento comunale per l’applicazione del canone patrimoniale di concessione, "
            "autorizzazione o esposizione pubblicitaria e del canone mercatale – Modifica degli "
            "articoli 12, 18 e 27.",
    attendees=[("CARANCINI PAOLO", "Sindaco", True),
               ("SALVUCCI MARTA", "Consigliere", True),
               ("FRATINI LUCA", "Consigliere", True),
               ("BRACALENTE ANNA", "Consigliere", True),
               ("CAMPETELLA GIORGIO", "Consigliere", True),
               ("ORTENZI SILVIA", "Consigliere", False),
               ("MANCINELLI ROBERTO", "Consigliere", True),
               ("PALOMBINI ELISA", "Consigliere", True),
               ("GIACOMINI DANIELE", "Consigliere", True),
               ("TIDEI FRANCESCA", "Consigliere", True),
               ("SCOCCIA MATTEO", "Consigliere", True)],
    president=dict(title="sig.", role="Sindaco", name="Paolo Carancini"),
    secretary=dict(title="dott.", role="Segretario Comunale", name="Andrea Cesaroni"),
    vote="majority",
    vote_counts=dict(present=10, voters=9, in_favour=7, against=2, abstained=1),
    immediately_executive=True, operative_points=3,
)

LOGUDORO = dict(
    municipality="Unione dei Comuni del Logudoro", organ="Giunta dell'Unione", kind="deliberazione",
    number=14, date="2026-03-18", time="12:30",
    subject="Servizio associato di Polizia Locale – Approvazione del piano di riparto delle spese "
            "per l'anno 2026 tra i Comuni aderenti.",
    attendees=[("FOIS ANTONIO", "Presidente", True),
               ("SANNA MARIA GRAZIA", "Componente", True),
               ("DERIU GIOVANNI ANTONIO", "Componente", True),
               ("MURGIA PIETRO", "Componente", True),
               ("CHESSA FRANCESCA", "Componente", False)],
    president=dict(role="Presidente dell'Unione", name="Antonio Fois"),
    secretary=dict(title="dott.", role="Segretario dell'Unione", name="Giovanni Maria Pinna"),
    vote="unanimous",
    vote_counts=dict(present=4, voters=4, in_favour=4, against=0, abstained=0),
    immediately_executive=True, operative_points=3,
)

POLLINA = dict(
    municipality="Comune di Pollina", organ="Area Tecnica", office="Servizio Lavori Pubblici e Manutenzioni",
    kind="determinazione", number=112, sector_number=31, date="2026-03-10",
    subject="Lavori di manutenzione straordinaria della rete di pubblica illuminazione in località "
            "Finale – Affidamento diretto ai sensi dell’art. 50, comma 1, lett. a), del D.Lgs. "
            "36/2023 alla ditta Elettro Madonie S.r.l. – Impegno di spesa – CIG B6A1F27C3D.",
    proposal_number=45, proposal_date="2026-03-05", operative_points=5,
)

CIVITELLA = dict(
    municipality="Comune di Civitella del Tronto", organ="Area Economico-Finanziaria",
    office="Servizio Tributi", kind="determinazione", number=187, sector_number=22,
    date="2026-03-16",
    subject="RIMBORSO IMU ANNI 2022-2023 A CONTRIBUENTE PER VERSAMENTI NON DOVUTI SU AREA "
            "EDIFICABILE RICLASSIFICATA AGRICOLA - IMPEGNO E LIQUIDAZIONE.",
    operative_points=4,
)

MINERVINO = dict(
    municipality="Comune di Minervino Murge", organ="Settore III – Servizi alla Persona",
    office="Servizio Politiche Sociali e Pubblica Istruzione",
    kind="determinazione", number=241, sector_number=58, date="2026-03-11",
    subject="Servizio di trasporto scolastico alunni con disabilità a.s. 2025/2026 – Liquidazione "
            "fattura n. 12/PA del 28/02/2026 alla Cooperativa Sociale “Il Ponte” – CIG B3C9E41A07.",
)

COMUNANZA = dict(
    municipality="Comune di Comunanza", organ="Sindaco", kind="ordinanza", number=7,
    date="2026-03-13",
    subject="Chiusura temporanea al transito veicolare e pedonale del tratto di Via Roma compreso "
            "tra Piazza Garibaldi e Vicolo del Forno per pericolo di caduta di materiale dal "
            "fabbricato distinto in catasto al foglio 21, particella 348.",
    operative_points=4,
)

FERLA = dict(
    municipality="Comune di Ferla", organ="Area Amministrativa", office="Servizi Sociali",
    kind="avviso", number=3, date="2026-03-16",
    subject="CONCESSIONE DI CONTRIBUTI ECONOMICI A SOSTEGNO DEL PAGAMENTO DEI CANONI DI LOCAZIONE – ANNUALITÀ 2025",
)

BERCHIDDA = dict(
    municipality="Comune di Berchidda", kind="attestazione", number=27, date="2026-03-05",
    subject="Approvazione schema di convenzione con l’Associazione Turistica Pro Loco per la "
            "gestione del servizio di informazione e accoglienza turistica – Anno 2026.",
)

SPINAZZOLA = dict(municipality="Comune di Spinazzola")

TRINITAPOLI = dict(
    municipality="Città di Trinitapoli", kind="convocazione", date="2026-03-20",
    subject="CONVOCAZIONE DEL CONSIGLIO COMUNALE",
)

FORGARIA = dict(
    municipality="Comune di Forgaria nel Friuli", office="Servizi Demografici", kind="avviso",
    date="2026-03-17",
    subject="Apertura straordinaria dell’Ufficio Anagrafe per il rilascio della Carta d’Identità Elettronica",
)

MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
          "settembre", "ottobre", "novembre", "dicembre"]

def dmy(iso):
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"
