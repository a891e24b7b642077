package extract

// The offices an act names (act_office.go): the issuing Settore or Area
// and the Servizio under it, the proposing office, their forms in
// headings, fields, grids and signatures.

import (
	"strings"
	"testing"
)

// TestProposingOffice: the office a deliberation's or a decree's header
// names as the one that proposed it, wherever the header sets it.
func TestProposingOffice(t *testing.T) {
	tests := []struct{ heading, want string }{
		{"DELIBERAZIONE DELLA GIUNTA COMUNALE\nN.      Data          Settore proponente\n58      14/05/2025    AREA TECNICA", "AREA TECNICA"},
		{"DELIBERAZIONE DELLA GIUNTA COMUNALE\nNUMERO    DATA          PROPOSTA      SERVIZIO PROPONENTE\n45        03.03.2025    n. 52 del     AREA AMMINISTRATIVA – SPORT E TEMPO\n                        26.02.2025    LIBERO", "AREA AMMINISTRATIVA – SPORT E TEMPO LIBERO"},
		{"DELIBERAZIONE DELLA GIUNTA COMUNALE\nNumero    Data seduta    Proposta\n21        28/04/2025     n. 27 del 10/04/2025 - Area Economico-Finanziaria", "Area Economico-Finanziaria"},
		{"DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 78 del 30/10/2026\nSeduta pubblica | Proposta n. 96/2026 del Settore Avvocatura e\nContenzioso", "Settore Avvocatura e Contenzioso"},
		{"DELIBERAZIONE DELLA GIUNTA COMUNALE\nNUMERO    142    AREA          Area Polizia Locale e Protezione Civile\n                 PROPONENTE", "Area Polizia Locale e Protezione Civile"}, // the label wrapped
		// The issuer's heading a paragraph under the proposal's line.
		{"DECRETO DEL PRESIDENTE\nPROPOSTA N. 37 DEL 05/09/2028 - SETTORE PROGETTAZIONE E AMBIENTE\n\n\n                      IL PRESIDENTE", "SETTORE PROGETTAZIONE E AMBIENTE"},
		// A name in capitals its full line wrapped, at the margin; not
		// the body's heading centred under a full line.
		{"DELIBERAZIONE DELLA GIUNTA COMUNALE N. 118 DEL 13-07-2028\nProposta di deliberazione n. 135 del 10-07-2028 – Ufficio proponente: SETTORE III - URBANISTICA, LAVORI\nPUBBLICI E AMBIENTE\nL'anno duemilaventotto il giorno tredici del mese di luglio alle ore 13:15, nella sala delle adunanze", "SETTORE III - URBANISTICA, LAVORI PUBBLICI E AMBIENTE"},
		{"DELIBERAZIONE DELLA GIUNTA COMUNALE N. 118 DEL 13-07-2028\nProposta di deliberazione n. 135 del 10-07-2028 – Ufficio proponente: SETTORE III - URBANISTICA E AMBIENTE\n                                  LA GIUNTA COMUNALE\nL'anno duemilaventotto il giorno tredici del mese di luglio alle ore 13:15, nella sala delle adunanze del", "SETTORE III - URBANISTICA E AMBIENTE"},
		{"DECRETO SINDACALE\nNumero: 14    Data: 30/06/2026    Ufficio proponente: Servizio Risorse Umane", "Servizio Risorse Umane"},
		{"VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE\nDeliberazione    N. 96    Data    09/06/2026\nProposta    n. 104 del 03/06/2026\nSettore proponente    SETTORE III - SERVIZI SOCIALI, CULTURA E SPORT", "SETTORE III - SERVIZI SOCIALI, CULTURA E SPORT"},              // a label under the proposal's
		{"VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE\nORGANO              NUMERO    SEDUTA DEL\nGIUNTA COMUNALE     402       04/12/2025\nSETTORE PROPONENTE              ASSESSORE RELATORE\nSettore Servizi alla Persona    Bruno Chiara", "Settore Servizi alla Persona"}, // the label an office's heading too
		{"DECRETO SINDACALE\nNUMERO     DATA          UFFICIO PROPONENTE     PROTOCOLLO\n27         30/12/2025    Segreteria Generale    n. 78815 del 30/12/2025", "Segreteria Generale"},                                                                                        // no office's word under the label
		{"DELIBERAZIONE DELLA GIUNTA COMUNALE\nNumero    Proposta\n31        N. 44 del 15/12/2025\n          DELIBERAZIONE DELLA GIUNTA", ""},                                                                                                                                    // under a proposal's label, no office
		{"DELIBERAZIONE DELLA GIUNTA COMUNALE N. 212 DEL 25/11/2025\nPROPONENTE: Settore II – Servizi Finanziari", "Settore II – Servizi Finanziari"},                                                                                                                            // the proposer's word alone
		{"COPIA DI DELIBERAZIONE DELLA GIUNTA MUNICIPALE\nN. 57/2025\nProposta dell'Area Economico-Finanziaria n. 63 del 15.04.2025", "Area Economico-Finanziaria"},                                                                                                              // the office, then the proposal's number
		{"DELIBERAZIONE DELLA GIUNTA COMUNALE N. 112 DEL 12/09/2024\nUfficio proponente: Servizi\nCulturali e Biblioteca", "Servizi Culturali e Biblioteca"},                                                                                                                     // the office's word alone goes on under it
		{"DELIBERAZIONE DELLA GIUNTA COMUNALE N. 87 DEL 14/10/2025\nProposta N. 102 del 07/10/2025 - Ufficio proponente: AREA TECNICA - LAVORI PUBBLICI", "AREA TECNICA - LAVORI PUBBLICI"},                                                                                      // the proposer's label after the proposal's number
		{"DELIBERAZIONE N. 164 del 30/10/2025\nProposta N. 181 del 27/10/2025  Settore proponente: AREA AFFARI GENERALI", "AREA AFFARI GENERALI"},
		{"DELIBERAZIONE DEL CONSIGLIO COMUNALE\nProposta n. 14 del 08/10/2027 - Ufficio proponente: AREA ECONOMICO-FINANZIARIA | Sessione ordinaria - Seduta\npubblica di prima convocazione", "AREA ECONOMICO-FINANZIARIA"}, // a bar before the next field
		{"COPIA DI DELIBERAZIONE DELLA GIUNTA COMUNALE\n Numero 91      del 10-11-2027                      Proposta N. 101 del 05-11-2027\n Settore proponente: LAVORI PUBBLICI", "LAVORI PUBBLICI"},
		{"ORIGINALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE\n NUMERO   204    DATA    17/11/2028\n PROPOSTA N. 240 DEL 14/11/2028\n SETTORE PROPONENTE: AFFARI GENERALI E SERVIZI ALLA PERSONA", "AFFARI GENERALI E SERVIZI ALLA PERSONA"}, // an office's word in the name, after its "E"                        // the label's office word, none in its value
		{"DELIBERAZIONE DELLA GIUNTA COMUNALE N. 5 DEL 10/01/2027\nProponente: Assessore Rossi", ""},                                                                                                                                      // a person
		{"DELIBERAZIONE DELLA GIUNTA COMUNALE N. 38 DEL 12/03/2026\nUfficio proponente Area Tecnica e Tecnico-Manutentiva", "Area Tecnica e Tecnico-Manutentiva"},                                                                         // the label with no colon, an office's word its first
		{"DELIBERAZIONE DELLA GIUNTA COMUNALE N. 45 DEL 12/03/2024\nProposta n. 52 del 24/02/2024", ""},                                                                                                                                   // no office
		{"DELIBERAZIONE DEL DIRETTORE GENERALE N. 214 DEL 26/03/2026\nStruttura        U.O.C. Gestione Risorse Umane\nproponente\nProposta        n. 298 del 23/03/2026", "U.O.C. Gestione Risorse Umane"},                                // the label wrapped, its office's word over "proponente"
		{"DELIBERAZIONE DEL CONSIGLIO COMUNALE\nDeliberazione n.    18                   Data          17/03/2026\n                                         Servizio\nProposta n.         22 del 09/03/2026    " +
			"              Servizio Bilancio e Programmazione\n                                         proponente", "Servizio Bilancio e Programmazione"}, // the label split around its value's line
		// The cell's last word wrapped onto a line of its own, then the
		// heading (writer-16's Nocera).
		{"Proposta n. 96 del 12/11/2025\nSettore proponente: Settore Programmazione e Gestione\nFinanziaria\n\nDELIBERAZIONE DEL CONSIGLIO COMUNALE N. 58 DEL 27/11/2025", "Settore Programmazione e Gestione Finanziaria"},
		{"Proposta n. 96 del 12/11/2025\nSettore proponente: Settore Programmazione e Gestione\nAssessore Rossi\nDELIBERAZIONE DEL CONSIGLIO COMUNALE N. 58 DEL 27/11/2025", "Settore Programmazione e Gestione"}, // a line of the same block
		// The value's last word wrapped under the value, past its label
		// in one cell (mix-140-b's Fumane).
		{"DELIBERAZIONE DELLA GIUNTA COMUNALE N. 2 DEL 08/01/2029\nProposta    n. 3 del 04/01/2029    Proponente Area Amministrativa – Servizio Segreteria e Affari\n                                              Generali\n\n", "Area Amministrativa – Servizio Segreteria e Affari Generali"},
		// The office under the proposer's label proposed it, not the
		// Servizio the grid names under it (mix-29-c's Bagnara Calabra).
		{"DELIBERAZIONE DELLA GIUNTA COMUNALE\nNumero                27                        Data seduta     11/03/2026\nSettore proponente    AREA AMMINISTRATIVA       Proposta        n. 31 del 09/03/2026\nServizio              Sport, Turismo e Politiche Giovanili", "AREA AMMINISTRATIVA"},
		// The office in the cell right of the proposal's number, after
		// its label if any (mix-127-c's San Canzian, mix-120-c's
		// Solarino).
		{"VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE\n N. 47                                                           DATA 13/03/2028\n PROPOSTA N. 58 DEL 08/03/2028                        AREA SERVIZI ALLA PERSONA", "AREA SERVIZI ALLA PERSONA"},
		{"VERBALE DI DELIBERAZIONE DELLA GIUNTA MUNICIPALE\n  Deliberazione n. 112                                           del 04/08/2027\n  Proposta n. 131 del 02/08/2027                  Settore: SETTORE II - TECNICO", "SETTORE II - TECNICO"},
		{"VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE\n PROPOSTA N. 58 DEL 08/03/2028                        SEDUTA PUBBLICA", ""}, // no office's word right of it
	}
	for _, tt := range tests {
		a := parseLines(t, "COMUNE DI BORGO", tt.heading, "OGGETTO: Contributi.", "LA GIUNTA COMUNALE", "Visto")
		if a.ProposingOffice != tt.want {
			t.Errorf("%q: proposing office %q, want %q", tt.heading, a.ProposingOffice, tt.want)
		}
	}
	// A determinazione's heading names its own office: the proposing one
	// only after a proposer's label or the proposal's number (mix-125-b).
	determinazioni := []struct{ heading, want string }{
		{"Proposta        N. 21 del 04/01/2028 – Ufficio proponente: Ufficio Manutenzioni e Reti", "Ufficio Manutenzioni e Reti"}, // the label after the number, in its cell
		{"Ufficio istruttore ...: UFFICIO MANUTENZIONI", "UFFICIO MANUTENZIONI"},                                                  // the office that prepared it, dots before the colon
		{"Ufficio istruttore: Ufficio Servizi Sociali", "Ufficio Servizi Sociali"},
		{"Proposta n. 27 del 17/01/2028 − UFFICIO TURISMO, CULTURA E SPORT", "UFFICIO TURISMO, CULTURA E SPORT"}, // a minus sign for the dash
		{"PROPOSTA N. 63 DEL 18/01/2028 – SERVIZIO PUBBLICA ISTRUZIONE E CULTURA", "SERVIZIO PUBBLICA ISTRUZIONE E CULTURA"},
		{"Istruttore amministrativo: dott. Mario Rossi", ""}, // a grade, not an office
		{"Servizio Lavori Pubblici", ""}, // the act's own office
	}
	for _, tt := range determinazioni {
		a := parseLines(t, "COMUNE DI BORGO", "AREA TECNICA", "DETERMINAZIONE DEL RESPONSABILE DELL'AREA N. 9 DEL 12/01/2028", tt.heading, "OGGETTO: Liquidazione.", "IL RESPONSABILE DELL'AREA TECNICA", "Visto")
		if a.ProposingOffice != tt.want {
			t.Errorf("%q: proposing office %q, want %q", tt.heading, a.ProposingOffice, tt.want)
		}
	}
}

// TestDeterminazioneProposingOffice: a determinazione names a proposing
// office only under a proposer's label; its heading's offices issue it.
func TestDeterminazioneProposingOffice(t *testing.T) {
	tests := []struct{ heading, want string }{
		{"DETERMINAZIONE DEL DIRETTORE\nRegistro generale n. 64 del 12/03/2026\nUfficio proponente        U.O. Interventi sul Territorio e Manutenzioni\nProposta n. 71 del 10/03/2026", "U.O. Interventi sul Territorio e Manutenzioni"},
		{"SETTORE TECNICO\nDETERMINAZIONE N. 64 DEL 12/03/2026\nProposta n. 71 del 10/03/2026", ""},
		{"DETERMINAZIONE DIRIGENZIALE\nNumero               1187\nStruttura proponente               UOC Gestione Risorse Umane\nProposta n.          1302 del 13/03/2026", "UOC Gestione Risorse Umane"},                                             // a unit's initials with no stops
		{"DETERMINAZIONE DIRIGENZIALE\nNumero               1187\nUfficio proponente        Servizio Tributi e Entrate – Responsabile del procedimento: rag. Silvia Pagliai\nProposta n.          1302 del 13/03/2026", "Servizio Tributi e Entrate"}, // the procedure's officer after a dash
		{"DETERMINAZIONE DIRIGENZIALE\nNumero               1187\nStruttura proponente\nProposta n.          1302 del 13/03/2026", ""},                                                                                                                // the label of a number is no office's name
	}
	for _, tt := range tests {
		a := parseLines(t, "ENTE PARCO REGIONALE", tt.heading, "OGGETTO: Lavori.", "IL DIRETTORE", "Visto")
		if a.ProposingOffice != tt.want {
			t.Errorf("%q: proposing office %q, want %q", tt.heading, a.ProposingOffice, tt.want)
		}
	}
}

// TestProposalLineOffice: the office a minute names on its proposal's
// line under the roll, where its name wraps onto the line under it.
func TestProposalLineOffice(t *testing.T) {
	tests := []struct{ proposal, want string }{
		{"Proposta n. 201 del 14/11/2025 – Ufficio proponente: SETTORE LAVORI PUBBLICI E\nMANUTENZIONI", "SETTORE LAVORI PUBBLICI E MANUTENZIONI"},                                                                        // scan-18's Abano
		{"PROPOSTA DI DELIBERAZIONE n. 156 del 28/11/2025 – Proponente: Area IV – Servizi Culturali, Turistici\ne Sportivi – Assessore proponente: Rapisarda Alfio", "Area IV – Servizi Culturali, Turistici e Sportivi"}, // scan-18's Belpasso
		{"Proposta n. 201 del 14/11/2025 – Settore Lavori Pubblici\nIl Sindaco ne illustra i contenuti.", "Settore Lavori Pubblici"},
	}
	for _, tt := range tests {
		a := parseLines(t, "COMUNE DI BORGO", "DELIBERAZIONE DELLA GIUNTA COMUNALE N. 187 DEL 20/11/2025", "OGGETTO: Contributi.",
			"L'anno duemilaventicinque, addì venti del mese di novembre, si è riunita la Giunta Comunale.", tt.proposal, "LA GIUNTA COMUNALE", "Visto")
		if a.ProposingOffice != tt.want {
			t.Errorf("%q: proposing office %q, want %q", tt.proposal, a.ProposingOffice, tt.want)
		}
	}
}

// TestProposalReferenceOffice: the office a minute's prose names after
// the proposal it decides on, up to what the sentence goes on to say.
func TestProposalReferenceOffice(t *testing.T) {
	tests := []struct{ prose, want string }{
		{"IL PRESIDENTE DA' LETTURA DELLA PROPOSTA DI DELIBERAZIONE N. 31 DEL\n27/02/2026 PREDISPOSTA DAL SETTORE III - ENTRATE E TRIBUTI, CHE DI SEGUITO SI TRASCRIVE.", "SETTORE III - ENTRATE E TRIBUTI"},
		{"Vista la proposta di deliberazione n. 52 del 05/03/2026 del Settore Lavori Pubblici, Patrimonio e\nAmbiente, allegata al presente atto;", "Settore Lavori Pubblici, Patrimonio e Ambiente"},
		{"Vista la proposta di deliberazione n. 52 del 05/03/2026 della Direzione Cultura, Turismo e Spettacolo su iniziativa dell'Assessore al Turismo;", "Direzione Cultura, Turismo e Spettacolo"},
		{"Vista la proposta di deliberazione n. 52 del 05/03/2026 del Sindaco, allegata al presente atto;", ""}, // no office's name
	}
	for _, tt := range tests {
		a := parseLines(t, "COMUNE DI BORGO", "DELIBERAZIONE DELLA GIUNTA COMUNALE N. 187 DEL 20/11/2025", "OGGETTO: Contributi.",
			"L'anno duemilaventicinque, addì venti del mese di novembre, si è riunita la Giunta Comunale.", "LA GIUNTA COMUNALE", tt.prose, "DELIBERA")
		if a.ProposingOffice != tt.want {
			t.Errorf("%q: proposing office %q, want %q", tt.prose, a.ProposingOffice, tt.want)
		}
	}
}

// TestOfficeOfIssuer: the office an act's heading names its issuer by,
// when the heading's offices name only the Area over it.
func TestOfficeOfIssuer(t *testing.T) {
	tests := []organOffice{
		{"AREA TECNICA\nDETERMINAZIONE N. 45 DEL RESPONSABILE DEL SERVIZIO TECNICO\nADOTTATA IN DATA 12 MARZO 2025", "AREA TECNICA", "SERVIZIO TECNICO"},
		{"AREA TECNICA\nDETERMINAZIONE N. 45 DEL 12/03/2025", "AREA TECNICA", ""},
		{"AREA SOCIO-CULTURALE\nServizi Sociali\nDETERMINAZIONE N. 45 DEL 12/03/2025", "AREA SOCIO-CULTURALE", "Servizi Sociali"},                                                                                          // "Servizi" opens an office's name
		{"SETTORE III - TECNICO\nUNITA’ DI PROGETTO PNRR\nDETERMINAZIONE N. 45 DEL 12/03/2025", "SETTORE III - TECNICO", "UNITA’ DI PROGETTO PNRR"},                                                                        // so does "Unità di progetto"
		{"DIPARTIMENTO RISORSE E SERVIZI INTERNI\nSettore Economico-Finanziario\nServizio Tributi e Entrate\nDETERMINAZIONE N. 45 DEL 12/03/2025", "DIPARTIMENTO RISORSE E SERVIZI INTERNI", "Servizio Tributi e Entrate"}, // three levels: the unit at the foot is the office
		{"SETTORE SERVIZI TECNICI\nServizio:          Ambiente e Protezione Civile\nDETERMINAZIONE N. 45 DEL 12/03/2025", "SETTORE SERVIZI TECNICI", "Ambiente e Protezione Civile"},                                       // a unit's field: its value names it
		{"AREA TECNICA                    Servizio: Manutenzioni e Patrimonio\nDETERMINAZIONE N. 45 DEL 12/03/2025", "AREA TECNICA", "Manutenzioni e Patrimonio"},                                                          // so beside the Area
		{"AREA TECNICA\nServizio: SERVIZIO LAVORI PUBBLICI\nDETERMINAZIONE N. 45 DEL 12/03/2025", "AREA TECNICA", "SERVIZIO LAVORI PUBBLICI"},
	}
	checkOrganOffice(t, tests, func(heading string) *Act {
		return parseLines(t, "COMUNE DI ASIAGO", heading, "OGGETTO: Affidamento del servizio di sgombero neve.", "IL RESPONSABILE DEL SERVIZIO", "PREMESSO che")
	})
}

// TestSignersDirectorateOverUnit: a heading's field that names a unit
// ("Unita' org. .......: SERVIZIO …", a report's leaders before its
// colon) under a signer of a directorate ("IL RESPONSABILE DELL'AREA
// AMMINISTRATIVA"): the directorate adopts the act, the unit is its
// office.
func TestSignersDirectorateOverUnit(t *testing.T) {
	tests := []organOffice{
		{"Unita’ org. .......: SERVIZIO AFFARI GENERALI E CONTRATTI", "AREA AMMINISTRATIVA", "SERVIZIO AFFARI GENERALI E CONTRATTI"},
		{"Unità organizzativa: Servizio Contratti", "AREA AMMINISTRATIVA", "Servizio Contratti"},
	}
	checkOrganOffice(t, tests, func(heading string) *Act {
		return parseLines(t, "COMUNE DI CASTROLIBERO", "DETERMINAZIONE", heading, "N. Reg. Generale ..: 338 del 27/05/2026", "OGGETTO: Rinnovo dell'abbonamento alla banca dati.", "IL RESPONSABILE DELL’AREA AMMINISTRATIVA", "VISTO il decreto del Sindaco")
	})
}

// TestNoticeUnitOffice: a notice whose heading prints an Ufficio or a
// Servizio and no Area over it is issued by that office, not by an organ
// (a determinazione's Servizio adopts it: TestOfficeOfIssuer); the address
// and contacts after the office's name on its letterhead line are no part
// of it.
func TestNoticeUnitOffice(t *testing.T) {
	tests := []organOffice{
		{"UFFICIO MESSI NOTIFICATORI", "", "UFFICIO MESSI NOTIFICATORI"},
		{"Ufficio Servizi Scolastici – Via Mazzini 3 – 06056 Massa Martana (PG)", "", "Ufficio Servizi Scolastici"},
		{"Ufficio di Piano – tel. 0874 405 811 – PEC: ats@pec.it", "", "Ufficio di Piano"},
		{"Settore Affari Generali – Servizio Notifiche – Via Vitale, 1 – 72013 Ceglie (BR)", "Settore Affari Generali", "Servizio Notifiche"},
		{"AREA AMMINISTRATIVA\nUfficio Servizi Sociali", "AREA AMMINISTRATIVA", "Ufficio Servizi Sociali"},
		{"Ufficio di Presidenza del Consiglio Comunale", "Ufficio di Presidenza del Consiglio Comunale", ""}, // a body of the council's members
		{"Ufficio Tributi - Riscossione e Accertamento", "", "Ufficio Tributi - Riscossione e Accertamento"}, // a dash before no address
		{"SETTORE 11 – VIABILITÀ E INFRASTRUTTURE", "", "SETTORE 11 – VIABILITÀ E INFRASTRUTTURE"},           // "VIABILITÀ" is no "Via"; an office alone issues the notice
		{"AREA TECNICA", "", "AREA TECNICA"},                                           // no organ adopts a notice
		{"SERVIZI DEMOGRAFICI", "", "SERVIZI DEMOGRAFICI"},                             // a Servizio alone: the notice's office too
		{"SERVIZIO TECNICO\nUfficio Ambiente", "SERVIZIO TECNICO", "Ufficio Ambiente"}, // a unit under it: the Servizio issues
	}
	checkOrganOffice(t, tests, func(heading string) *Act {
		return parseLines(t, "COMUNE DI BORGO", heading, "Borgo, 18/03/2026", "AVVISO", "ISCRIZIONI AL SERVIZIO DI TRASPORTO SCOLASTICO", "Si comunica che sono aperte le iscrizioni.")
	})
}

// TestNoticeSignedByOfficeAlone: an unnumbered notice signed by the head
// of one office, which its heading does not print, is that office's, no
// organ's.
func TestNoticeSignedByOfficeAlone(t *testing.T) {
	a := parseLines(t, "COMUNE DI CASTEL DI LAMA", "AVVISO ALLA CITTADINANZA", "LIMITAZIONI ALLA CIRCOLAZIONE IN VIA ROMA",
		"Si informa la cittadinanza che la strada sarà chiusa.", "Castel di Lama, 05/11/2027", "IL RESPONSABILE DELL’AREA VIGILANZA", "Isp. Sup. Mauro Sciamanna")
	if a.Organ != "" || !strings.EqualFold(a.Office, "AREA VIGILANZA") {
		t.Errorf("organ %q, office %q, want none, AREA VIGILANZA", a.Organ, a.Office)
	}
}

// TestNoticeTitleIsNoOffice: a notice's title under its heading that
// opens with an office's word ("SERVIZIO DI TRASPORTO SCOLASTICO …") is
// its subject, not the office that issues it.
func TestNoticeTitleIsNoOffice(t *testing.T) {
	a := parseLines(t, "COMUNE DI SANTA MARIA A VICO", "Provincia di Caserta", "AVVISO",
		"SERVIZIO DI TRASPORTO SCOLASTICO A.S. 2027/2028 –", "APERTURA DELLE ISCRIZIONI",
		"Si informano le famiglie che sono aperte le iscrizioni al servizio.", "Santa Maria a Vico, 12 luglio 2027")
	if !strings.HasPrefix(a.Subject, "SERVIZIO DI TRASPORTO SCOLASTICO") || a.Office != "" || a.Organ != "" {
		t.Errorf("subject %q, organ %q, office %q; want the title as the subject and no office", a.Subject, a.Organ, a.Office)
	}
}

// TestUnitDirector: a health authority's act issued by the director of
// an operating unit, on a line of its own over its body: the director is
// the organ, the unit the office.
func TestUnitDirector(t *testing.T) {
	tests := []organOffice{ // the issuer's line as the heading
		{"IL DIRETTORE DELLA U.O.C. PROVVEDITORATO – ECONOMATO", "DIRETTORE DELLA U.O.C. PROVVEDITORATO – ECONOMATO", "U.O.C. PROVVEDITORATO – ECONOMATO"},
		{"IL DIRETTORE DELLA UOC GESTIONE RISORSE UMANE", "DIRETTORE DELLA UOC GESTIONE RISORSE UMANE", "UOC GESTIONE RISORSE UMANE"},
		{"Il Direttore dell'UOSD Farmacia Territoriale", "Direttore dell'UOSD Farmacia Territoriale", "UOSD Farmacia Territoriale"},
		{"IL DIRIGENTE DELLA STRUTTURA COMPLESSA AFFARI GENERALI", "DIRIGENTE DELLA STRUTTURA COMPLESSA AFFARI GENERALI", "STRUTTURA COMPLESSA AFFARI GENERALI"},
		{"IL DIRETTORE DELLA S.C. ACQUISTI E LOGISTICA", "DIRETTORE DELLA S.C. ACQUISTI E LOGISTICA", "S.C. ACQUISTI E LOGISTICA"}, // a Struttura complessa by its initials
		{"IL DIRETTORE", "Dirigente", ""},                                 // no unit: the heading's qualifier stands
		{"IL DIRETTORE DEL DIPARTIMENTO DI PREVENZIONE", "Dirigente", ""}, // a department is no operating unit
	}
	checkOrganOffice(t, tests, func(issuer string) *Act {
		return parseLines(t, "AZIENDA SANITARIA LOCALE DI BORGO", "DETERMINAZIONE DIRIGENZIALE", "n. 412 del 16/03/2026", "OGGETTO: Fornitura di carrelli.", issuer, "Premesso che")
	})
}

// TestUnitDirectorInSignature: "IL DIRETTORE" alone over the body, the
// signature naming the unit the director heads: the director of that
// unit issues the act.
func TestUnitDirectorInSignature(t *testing.T) {
	a := parseLines(t, "AZIENDA SANITARIA LOCALE DI BORGO", "DETERMINAZIONE DIRIGENZIALE N. 0788 DEL 21/05/2027",
		"OGGETTO: Lavori alla centrale termica.", "IL DIRETTORE", "Premesso che il Direttore della S.C. Nefrologia ha segnalato la necessità;",
		"DETERMINA", "1) di approvare il certificato.", "IL DIRETTORE DELLA S.C. TECNICO E PATRIMONIO", "ing. Paolo Giordano")
	if a.Organ != "DIRETTORE DELLA S.C. TECNICO E PATRIMONIO" || a.Office != "S.C. TECNICO E PATRIMONIO" {
		t.Errorf("organ %q, office %q; want the director of the signature's unit, and the unit", a.Organ, a.Office)
	}
}

// TestUnitDirectorOverItsUnit: a form's field that names the unit
// ("Struttura | U.O.C. Acquisizione Beni e Servizi – Dipartimento
// Amministrativo") or a heading that names only a director ("DETERMINAZIONE
// DEL DIRETTORE") gives way to the unit's Direttore over the body; a
// Dirigente in the unit does not take it from the unit, nor does a
// director from a Dipartimento over it.
func TestUnitDirectorOverItsUnit(t *testing.T) {
	tests := []struct{ heading, issuer, organ, office string }{
		{"Struttura    U.O.C. Acquisizione Beni e Servizi – Dipartimento Amministrativo", "IL DIRETTORE DELLA U.O.C. ACQUISIZIONE BENI E SERVIZI", "DIRETTORE DELLA U.O.C. ACQUISIZIONE BENI E SERVIZI", ""},
		{"Struttura    U.O.C. ACQUISTI E LOGISTICA", "IL DIRIGENTE DELLA U.O.C. ACQUISTI E LOGISTICA", "U.O.C. ACQUISTI E LOGISTICA", ""},
		{"DIPARTIMENTO AMMINISTRATIVO\nU.O.C. Provveditorato", "IL DIRETTORE DELLA U.O.C. PROVVEDITORATO", "DIPARTIMENTO AMMINISTRATIVO", "U.O.C. Provveditorato"},
	}
	for _, tt := range tests {
		lines := append([]string{"AZIENDA SANITARIA LOCALE DI BORGO", "DETERMINAZIONE", "n. 412 del 16/03/2026"}, strings.Split(tt.heading, "\n")...)
		a := parseLines(t, append(lines, "OGGETTO: Fornitura di carrelli.", tt.issuer, "Premesso che")...)
		if a.Organ != tt.organ || a.Office != tt.office {
			t.Errorf("%q / %q: organ %q, office %q; want %q, %q", tt.heading, tt.issuer, a.Organ, a.Office, tt.organ, tt.office)
		}
	}
}

// TestOrganAndUnitOnOneLine: a heading that names an office and, after
// a dash, or in small letters after its capitals, a unit of a lower rank
// under it is parted into the act's organ and office; a part that says
// what the office does stays with it, and the office, alone over a
// notice, is the notice's office.
func TestOrganAndUnitOnOneLine(t *testing.T) {
	tests := []organOffice{
		{"AREA TECNICA – Servizio Lavori Pubblici", "AREA TECNICA", "Servizio Lavori Pubblici"},
		{"AREA TECNICA - SERVIZIO PATRIMONIO E AMBIENTE", "AREA TECNICA", "SERVIZIO PATRIMONIO E AMBIENTE"},
		{"AREA TECNICA − SERVIZIO AMBIENTE", "AREA TECNICA", "SERVIZIO AMBIENTE"}, // a minus sign for the dash
		{"Polizia Locale – Ufficio Viabilità e Traffico", "Polizia Locale", "Ufficio Viabilità e Traffico"},
		{"Dipartimento Amministrativo – U.O.C. Gestione Risorse Umane", "Dipartimento Amministrativo", "U.O.C. Gestione Risorse Umane"},
		{"Servizio Affari Generali – Ufficio Albo Pretorio", "Servizio Affari Generali", "Ufficio Albo Pretorio"},
		{"Area 1 – Affari Generali e Servizi al Cittadino – Servizio Pubblica Istruzione", "Area 1 – Affari Generali e Servizi al Cittadino", "Servizio Pubblica Istruzione"},
		{"SETTORE 3 – SERVIZI SOCIALI, CULTURALI E TURISTICI", "", "SETTORE 3 – SERVIZI SOCIALI, CULTURALI E TURISTICI"},               // what the Settore does
		{"AREA AMMINISTRATIVA – SERVIZI SOCIALI", "AREA AMMINISTRATIVA", "SERVIZI SOCIALI"},                                            // an Area named by a name of its own: the services are a unit of it
		{"SETTORE I - AMMINISTRATIVO - SERVIZI SOCIALI", "", "SETTORE I - AMMINISTRATIVO - SERVIZI SOCIALI"},                           // a numbered Settore's name goes on after its dash
		{"AREA AMMINISTRATIVA – Servizi Demografici ed Elettorali", "AREA AMMINISTRATIVA", "Servizi Demografici ed Elettorali"},        // the unit leaves the Area's capitals
		{"AREA AMMINISTRATIVA Servizio Politiche Sociali", "AREA AMMINISTRATIVA", "Servizio Politiche Sociali"},                        // so, with no dash
		{"Area Amministrativa – Servizi al Cittadino", "Area Amministrativa", "Servizi al Cittadino"},                                  // an Area named in small letters: the services are a unit of it
		{"Settore 3 – Servizi alla Persona", "", "Settore 3 – Servizi alla Persona"},                                                   // a numbered Settore: the services are its name
		{"Area III – Servizi Sociali e Pubblica Istruzione", "", "Area III – Servizi Sociali e Pubblica Istruzione"},                   // so in roman figures
		{"AREA AMMINISTRATIVA - SERVIZI DEMOGRAFICI - UFFICIO MESSO COMUNALE", "AREA AMMINISTRATIVA", "UFFICIO MESSO COMUNALE"},        // units under units: the last is the office
		{"V SETTORE - SERVIZI TECNICI, AMBIENTE E PROTEZIONE CIVILE", "", "V SETTORE - SERVIZI TECNICI, AMBIENTE E PROTEZIONE CIVILE"}, // so with its number first
		{"AREA SERVIZI ALLA PERSONA – Ufficio Servizi Sociali", "AREA SERVIZI ALLA PERSONA", "Ufficio Servizi Sociali"},
		{"SETTORE V – AMBIENTE, ECOLOGIA E SERVIZI MANUTENTIVI", "", "SETTORE V – AMBIENTE, ECOLOGIA E SERVIZI MANUTENTIVI"},
		{"Servizio Polizia Locale – Servizio Viabilità", "", "Servizio Polizia Locale – Servizio Viabilità"},             // no lower rank: a notice's Servizio is its office
		{"Ufficio Tecnico – Servizio Patrimonio", "Ufficio Tecnico", "Servizio Patrimonio"},                              // an Ufficio over a Servizio holds it
		{"Ufficio Tecnico Comunale\nServizio Idrico Integrato", "Ufficio Tecnico Comunale", "Servizio Idrico Integrato"}, // so on the line under it
		{"UFFICIO TECNICO COMUNALE", "", "UFFICIO TECNICO COMUNALE"},                                                     // an Ufficio alone is a notice's office
		{"Area I – Affari Generali · Servizi Demografici", "Area I – Affari Generali", "Servizi Demografici"},            // a middle dot parts the unit, what follows a dash names the Area
		{"AREA TECNICA - SETTORE LAVORI PUBBLICI E PATRIMONIO", "AREA TECNICA", "SETTORE LAVORI PUBBLICI E PATRIMONIO"},  // a named Area over the directorate it holds
		{"Area Vigilanza – Polizia Locale", "Area Vigilanza", "Polizia Locale"},
		{"AREA VI - POLIZIA MUNICIPALE", "", "AREA VI - POLIZIA MUNICIPALE"}, // a numbered Area's name
	}
	checkOrganOffice(t, tests, func(heading string) *Act {
		return parseLines(t, "COMUNE DI BORGO", heading, "Borgo, 18/03/2026", "AVVISO", "RACCOLTA DEI RIFIUTI INGOMBRANTI", "Si informa la cittadinanza che il servizio cambia.")
	})
}

// TestDirectorOverService: a park's notice signed by its Direttore under
// a heading that prints only a Servizio is the Direttore's, the Servizio
// its office; under an Area, the Area issues it, as the keys have it; a
// protected area named in the letterhead is no office.
func TestDirectorOverService(t *testing.T) {
	tests := []organOffice{
		{"Area Marina Protetta «Isola dell’Asinara»\nServizio Gestione Area Marina Protetta", "Direttore", "Servizio Gestione Area Marina Protetta"},
		{"AREA TECNICO-SCIENTIFICA\nServizio Conservazione della Natura", "AREA TECNICO-SCIENTIFICA", "Servizio Conservazione della Natura"},
	}
	checkOrganOffice(t, tests, func(heading string) *Act {
		return parseLines(t, "ENTE PARCO NAZIONALE DELL'ASINARA", heading, "AVVISO PUBBLICO N. 3/2026", "RILASCIO DELLE AUTORIZZAZIONI ALLA NAVIGAZIONE", "IL DIRETTORE", "Vista la Legge 6 dicembre 1991, n. 394;")
	})
}

// TestOfficesUnderLabels: a row of labels over a row of values names the
// issuing office under an office's word past its first cell; a row that
// holds figures or sentences is no row of labels.
func TestOfficesUnderLabels(t *testing.T) {
	tests := []organOffice{
		{"Settore                    Servizio                 N. di Settore     Data\nSETTORE 3 – CULTURA        Cultura e Biblioteca     23                03/02/2026",
			"SETTORE 3 – CULTURA", "Cultura e Biblioteca"},
		{"AREA SERVIZI ALLA PERSONA\nDirigente             Servizio                                 N. Area\nDott. Paolo Neri      Servizi Sociali e Politiche Abitative    188",
			"AREA SERVIZI ALLA PERSONA", "Servizi Sociali e Politiche Abitative"},
		{"SETTORE TECNICO\nServizio    Data        N. 12\nManutenzioni    10/01/2024    del registro", "SETTORE TECNICO", ""}, // a figure among the labels
		{"Settore Settore Servizi Tecnici                             N. Registro Generale 154\nServizio Servizio Lavori Pubblici                           N. Registro di Settore 36",
			"Settore Servizi Tecnici", "Servizio Lavori Pubblici"}, // a form's label set against its value, the office's own word
		{"AREA                   : AREA AMMINISTRATIVA\nSERVIZIO               : SERVIZIO SEGRETERIA E PERSONALE\nNUMERO GENERALE        : N. 12 DEL 3.2.2026",
			"AREA AMMINISTRATIVA", "SERVIZIO SEGRETERIA E PERSONALE"}, // the form's next row is no part of the office's name
		{"AREA                                      DETERMINAZIONE DEL RESPONSABILE\nAREA TECNICA                              N. 47/2026 R.S. del 06.10.2026\nSETTORE                                   REGISTRO GENERALE\nSettore Lavori Pubblici e Manutenzioni    Reg. Gen. n. 311 del 07.10.2026",
			"AREA TECNICA", "Settore Lavori Pubblici e Manutenzioni"}, // a grid's label beside the act's heading, not its value
	}
	checkOrganOffice(t, tests, func(heading string) *Act {
		return parseLines(t, "COMUNE DI BORGO", "DETERMINAZIONE N. 5 DEL 10/01/2024", heading, "OGGETTO: Affidamento lavori.", "Visto il decreto")
	})
}

// TestOfficeHeadings: the office a heading names is the organ of the
// acts its head issues.
func TestOfficeHeadings(t *testing.T) {
	tests := []struct{ heading, want string }{
		{"SETTORE FINANZIARIO", "SETTORE FINANZIARIO"},
		{"Settore: Servizi Sociali", "Servizi Sociali"},             // printed as a field, its value an office's name itself
		{"Settore: Turismo e Cultura", "Settore Turismo e Cultura"}, // a value that names no office keeps the label's word
		{"POLIZIA LOCALE", "POLIZIA LOCALE"},
		{"SEGRETERIA GENERALE", "SEGRETERIA GENERALE"},
		{"Unita’ org. .......: SERVIZIO AFFARI GENERALI", "SERVIZIO AFFARI GENERALI"},     // a report's leaders before the label's colon
		{"Settore: Servizi Sociali; Ufficio: Anagrafe", ""},                               // fields, no heading
		{"Settore:    SETTORE SERVIZI SOCIALI", "SETTORE SERVIZI SOCIALI"},                // the label repeated in the value
		{"Settore: AREA FINANZIARIA", "AREA FINANZIARIA"},                                 // the value another office's word
		{"SERVIZIO     Servizio Ragioneria e Bilancio", "Servizio Ragioneria e Bilancio"}, // a label with no colon
		{"Servizio     Cultura e Biblioteca", "Servizio Cultura e Biblioteca"},            // a form's field, the label's colon left out, as "Settore: Turismo e Cultura"
		{"SETTORE     TECNICO", "SETTORE TECNICO"},
		{"Servizio     Data", ""},                                                                                // a table's heading row
		{"U.O.C. Viabilità, Mobilità Urbana e Manutenzioni", "U.O.C. Viabilità, Mobilità Urbana e Manutenzioni"}, // an operating unit's initials
		{"SETTORE: III Settore - Lavori Pubblici", "III Settore - Lavori Pubblici"},
		{"SETTORE .........................: SETTORE 2 - ECONOMICO FINANZIARIO", "SETTORE 2 - ECONOMICO FINANZIARIO"}, // a report's label led to its colon by dots
		{"SETTORE ..............: AREA TECNICA - LAVORI PUBBLICI", "AREA TECNICA - LAVORI PUBBLICI"},
		{"AREA ....................................... AREA TECNICA", "AREA TECNICA"}, // dots and no colon
		{"Struttura:    AREA SERVIZI ALLA PERSONA    Proposta n.:    96", "AREA SERVIZI ALLA PERSONA"},
		{"Unità organizzativa: Servizio Tributi", "Servizio Tributi"},
		{"III Settore – Assetto ed Uso del Territorio", "III Settore – Assetto ed Uso del Territorio"},
		{"SETTORE TECNICO    Reg. Gen. N. 12 del 10/01/2024", "SETTORE TECNICO"},                        // the cell beside it is no part of it
		{"Settore    Data\nSETTORE A6 – OPERE PUBBLICHE    10/01/2024", "SETTORE A6 – OPERE PUBBLICHE"}, // a table's label over its value
		{"RIPARTIZIONE RAGIONERIA E TRIBUTI", "RIPARTIZIONE RAGIONERIA E TRIBUTI"},
		{"Settore Ambiente, Demanio e Protezione Civile", "Settore Ambiente, Demanio e Protezione Civile"},            // what it does, between commas
		{"Servizio di raccolta, trasporto e smaltimento dei rifiuti urbani e assimilati nel territorio comunale", ""}, // a sentence
		{"Servizio Finanziario\nImpegno n. 58/2025\nSERVIZIO POLIZIA LOCALE", "SERVIZIO POLIZIA LOCALE"},              // the accounts office's stamp
		{"AREA SERVIZI ALLA PERSONA                  N. 12 del 10/01/2024\nE ALLA COMUNITÀ                            Esecutiva dal 12 gennaio 2024", "AREA SERVIZI ALLA PERSONA E ALLA COMUNITÀ"},
		{"Settore: Turismo, Cultura e\nSport", "Settore Turismo, Cultura e Sport"}, // in small letters, gone on where it visibly had not ended
		{"Settore Turismo e Cultura\nSport e tempo libero", "Settore Turismo e Cultura"},
		{"III SETTORE – POLITICHE SOCIALI E ISTRUZIONE", "III SETTORE – POLITICHE SOCIALI E ISTRUZIONE"},
		{"AREA 1ª – AFFARI GENERALI, SERVIZI SOCIALI E SCOLASTICI", "AREA 1ª – AFFARI GENERALI, SERVIZI SOCIALI E SCOLASTICI"}, // an ordinal's sign, in capitals still
		// what the line prints past the office's name: a label's colon,
		// a register's label, the act's kind in the next cell
		{"SETTORE LAVORI PUBBLICI E PATRIMONIO                :", "SETTORE LAVORI PUBBLICI E PATRIMONIO"},
		{"Servizio Finanziario Reg. Gen. N. 47/2026 R.G.", "Servizio Finanziario"},
		{"SETTORE LAVORI PUBBLICI E PATRIMONIO           DETERMINAZIONE", "SETTORE LAVORI PUBBLICI E PATRIMONIO"},
		{"AREA ECONOMICO-FINANZIARIA\nC.F. 00552200826 - TEL. 0921 646011", "AREA ECONOMICO-FINANZIARIA"}, // the letterhead's contacts under it
		// an office's register, named by the office, over its heading
		{"Area Tecnica n.        18\nAREA TECNICA", "AREA TECNICA"},
		{"Area Economico-Finanziaria n. 11\nAREA ECONOMICO-FINANZIARIA", "AREA ECONOMICO-FINANZIARIA"},
		{"Settore n. 3", "Settore n. 3"}, // the office named by its number
	}
	for _, tt := range tests {
		a := parseLines(t, "COMUNE DI BORGO", tt.heading, "DETERMINAZIONE N. 5 DEL 10/01/2024", "OGGETTO: Affidamento lavori.", "Visto il decreto")
		if a.Organ != tt.want {
			t.Errorf("%q: organ %q, want %q", tt.heading, a.Organ, tt.want)
		}
	}
}

// TestOfficeBesideOffice: an office printed in the cell right of the
// heading's office, on its line, is the office under it.
func TestOfficeBesideOffice(t *testing.T) {
	tests := []organOffice{
		{"AREA AMMINISTRATIVA        SERVIZIO POLITICHE SOCIALI", "AREA AMMINISTRATIVA", "SERVIZIO POLITICHE SOCIALI"},
		{"AREA AMMINISTRATIVA        Reg. Gen. N. 5", "AREA AMMINISTRATIVA", ""},
		{"Settore:        SERVIZI SOCIALI", "SERVIZI SOCIALI", ""}, // a label and its value
		// a grid's two fields on one line (mix-27-b's Cedaf)
		{"Struttura     Struttura Welfare Locale     Servizio     Servizio Sociale Territoriale", "Struttura Welfare Locale", "Servizio Sociale Territoriale"},
		{"Settore     SETTORE TECNICO     Data     10/01/2024", "SETTORE TECNICO", ""},
		{"AREA FINANZIARIA ............................ UFFICIO TRIBUTI", "AREA FINANZIARIA", "UFFICIO TRIBUTI"}, // dots between them, as a dash
		// the picture's caption left of the letterhead's lines
		{"STEMMA         SETTORE INFRASTRUTTURE, VIABILITÀ E EDILIZIA\n               Servizio Manutenzione Strade Provinciali", "SETTORE INFRASTRUTTURE, VIABILITÀ E EDILIZIA", "Servizio Manutenzione Strade Provinciali"},
		// a grid's value wrapped in its cell, the grid's next row under it
		// (mix-71-a's Nocciano, mix-95-b's Vinadio, mix-119-b's Leinì)
		{"Area:        Area Tecnico-        Servizio:        Servizio Lavori Pubblici\n             Manutentiva", "Area Tecnico-Manutentiva", "Servizio Lavori Pubblici"},
		{"Area        AREA TECNICA E MANUTENTIVA        Servizio        Ufficio Tecnico - Viabilità\nN. di settore        UT/18        Data di adozione        09/03/2026", "AREA TECNICA E MANUTENTIVA", "Ufficio Tecnico - Viabilità"},
		{"SETTORE        SERVIZI FINANZIARI\nSERVIZIO       TRIBUTI", "SERVIZI FINANZIARI", "SERVIZIO TRIBUTI"},
		// the letterhead's right column wrapped beside its lines
		// (mix-128-b's Fabrica di Roma)
		{"Città di Borgo Alto           SETTORE I – AFFARI GENERALI E\nProvincia di Viterbo          PERSONALE", "SETTORE I – AFFARI GENERALI E PERSONALE", ""},
	}
	checkOrganOffice(t, tests, func(heading string) *Act {
		return parseLines(t, "COMUNE DI BORGO", heading, "DETERMINAZIONE N. 5 DEL 10/01/2024", "OGGETTO: Affidamento lavori.", "Visto il decreto")
	})
}

// TestOfficeHeadingWrapsInItsColumn: an office's heading that wraps goes
// on in its column, past the lines of the column beside it, which a table
// cell centres on other baselines.
func TestOfficeHeadingWrapsInItsColumn(t *testing.T) {
	a := ParseAct(layoutDocument(`CITTÀ DI CIVITANOVA MARCHE            DETERMINAZIONE DIRIGENZIALE
SETTORE III - LAVORI PUBBLICI E
~                                      Reg. Gen. N. 1532 del 19/09/2024
~MANUTENZIONI

OGGETTO: Perizia di variante.

IL DIRIGENTE
Visto il decreto`))
	if a == nil || a.Organ != "SETTORE III - LAVORI PUBBLICI E MANUTENZIONI" || a.Number != 1532 {
		t.Errorf("got %+v", a)
	}
}

// TestWithoutFinalStop: an office's heading loses the stop after its last
// word, not an abbreviation's.
func TestWithoutFinalStop(t *testing.T) {
	for in, want := range map[string]string{
		"SETTORE LAVORI PUBBLICI, PATRIMONIO E AMBIENTE.": "SETTORE LAVORI PUBBLICI, PATRIMONIO E AMBIENTE",
		"Settore Servizi alla Persona – U.O.":             "Settore Servizi alla Persona – U.O.",
		"Area Amministrativa – Serv.":                     "Area Amministrativa – Serv.",
		"SETTORE SERVIZI FINANZ.":                         "SETTORE SERVIZI FINANZ.",
		"AREA TECNICA":                                    "AREA TECNICA",
	} {
		if got := withoutFinalStop(in); got != want {
			t.Errorf("withoutFinalStop(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestOfficeBesideLetterhead: an office printed in a cell right of the
// municipality's name, with its Ufficio under it, issues the act; a
// letterhead that prints the name in its minority's language under the
// Italian one ("Comun di Forgjarie tal Friûl") sets the office right of
// either.
func TestOfficeBesideLetterhead(t *testing.T) {
	tests := []struct {
		lines         []string
		organ, office string
	}{
		{[]string{
			"COMUNE DI RIVA DEL GARDA                    AREA SERVIZI TECNICI E DEL TERRITORIO",
			"Provincia di Trento                         Ufficio Verde Pubblico e Patrimonio",
			"",
			"                 DETERMINAZIONE DEL DIRIGENTE",
			"                 n. 1184 di data 18 dicembre 2025",
			"OGGETTO: Affidamento diretto del servizio di manutenzione del verde.",
			"IL DIRIGENTE",
			"Premesso che il parco ha subito danni;"}, "AREA SERVIZI TECNICI E DEL TERRITORIO", "Ufficio Verde Pubblico e Patrimonio"},
		{[]string{
			"COMUNE DI FORGARIA NEL FRIULI                 Regione Autonoma Friuli Venezia Giulia",
			"Comun di Forgjarie tal Friûl                  Servizi Demografici",
			"",
			"                        AVVISO",
			"        Apertura straordinaria dell’Ufficio Anagrafe",
			"",
			"Si informa la cittadinanza che l’Ufficio Anagrafe effettuerà aperture straordinarie."}, "", "Servizi Demografici"}, // a notice's Servizio: its office
	}
	for _, tt := range tests {
		if a := parseLines(t, tt.lines...); a.Organ != tt.organ || a.Office != tt.office {
			t.Errorf("%q: organ %q, office %q; want %q, %q", tt.lines[1], a.Organ, a.Office, tt.organ, tt.office)
		}
	}
}

// TestOfficesAfterLetterheadDash: a letterhead printed as one line, the
// municipality's name then its offices between dashes (a caption under a
// picture letterhead), names the notice's organ and office, past the
// province's name.
func TestOfficesAfterLetterheadDash(t *testing.T) {
	tests := []organOffice{
		{"Comune di Capo d’Orlando – Area Servizi alla Persona – Ufficio Pubblica Istruzione", "Area Servizi alla Persona", "Ufficio Pubblica Istruzione"},
		{"Comune di Monserrato – Città Metropolitana di Cagliari – Settore Ambiente e Servizi Tecnologici", "", "Settore Ambiente e Servizi Tecnologici"}, // one office alone issues the notice
		{"Comune di Borgo – Provincia di Cuneo – Tel. 0171 123456", "", ""},
		{"Comune di Casoli – Piazza del Popolo – 66043 Casoli (CH) – Ufficio Segreteria", "", ""},                                                                                               // an address, then an office: a page's foot
		{"COMUNE DI OCCHIOBELLO\nProvincia di Rovigo · Area Servizi alla Persona – Ufficio Servizi Sociali", "Area Servizi alla Persona", "Ufficio Servizi Sociali"},                            // after the province's name under the municipality's
		{"COMUNE DI CESSANITI\nProvincia di Vibo Valentia · Settore 2 – Economico-Finanziario · Servizio Tributi e Entrate", "Settore 2 – Economico-Finanziario", "Servizio Tributi e Entrate"}, // a numbered Settore's name after its dash, the unit after a dot
		{"Comune di Teramo - Settore V - Lavori Pubblici e Manutenzioni - Servizio Manutenzione Strade", "Settore V - Lavori Pubblici e Manutenzioni", "Servizio Manutenzione Strade"},          // the dashes as printed (mix-142-c's Teramo)
	}
	checkOrganOffice(t, tests, func(heading string) *Act {
		return parseLines(t, heading, "", "                AVVISO", "ISCRIZIONI AL SERVIZIO DI TRASPORTO SCOLASTICO", "", "Si informano le famiglie che sono aperte le iscrizioni.")
	})
}

// TestOfficesInRunningHead: a running head's municipality and offices
// between dashes, the act's number right of them, name its organ and
// office; where the heading under it names an office in full, the
// running head's shortened name gives way to it.
func TestOfficesInRunningHead(t *testing.T) {
	tests := []organOffice{
		{"Comune di Belvedere di Spinello – Area Tecnica – Servizio Manutenzioni e Protezione Civile           Det. n. 47/2026 R.G.\n",
			"Area Tecnica", "Servizio Manutenzioni e Protezione Civile"},
		{"COMUNE DI CALIMERA - Settore III                                   Det. R.G. n. 147 del 17/03/2026\nSETTORE III - SERVIZI SOCIALI E CULTURALI",
			"SETTORE III - SERVIZI SOCIALI E CULTURALI", ""},
		{"COMUNE DI CAPACI - POLIZIA MUNICIPALE                             Det. n. 27/2026\nAREA VI - POLIZIA MUNICIPALE",
			"AREA VI - POLIZIA MUNICIPALE", ""},
	}
	checkOrganOffice(t, tests, func(heads string) *Act {
		// The running head, then the heading under the letterhead.
		runningHead, heading, _ := strings.Cut(heads, "\n")
		return parseLines(t,
			runningHead, "",
			"COMUNE DI CALIMERA",
			"Provincia di Lecce",
			heading,
			"",
			"DETERMINAZIONE N. 147 DEL 17/03/2026",
			"OGGETTO: Lavori di somma urgenza sulla strada comunale. Impegno di spesa.",
			"",
			"IL RESPONSABILE",
			"Visto il verbale di somma urgenza;",
			"DETERMINA",
			"1. di impegnare la spesa.")
	})
}

// TestOfficeBesideProtocol: an office a letterhead prints right of the
// protocol's stamp, on its line, heads the act as it would on a line of
// its own.
func TestOfficeBesideProtocol(t *testing.T) {
	a := parseLines(t,
		"UNIONE DEI COMUNI VALLE DEL TORTO E DEI FEUDI",
		"Prot. n. 312 del 05/03/2026            Area Tecnica – Servizio Ambiente e Protezione Civile",
		"",
		"              AVVISO PUBBLICO N. 2/2026",
		"   MANIFESTAZIONE DI INTERESSE PER LA FORMAZIONE DI UN ELENCO DI OPERATORI",
		"",
		"Si rende noto che è indetta una manifestazione di interesse.")
	if a.Organ != "Area Tecnica" || a.Office != "Servizio Ambiente e Protezione Civile" {
		t.Errorf("organ %q, office %q; want the Area and its Servizio", a.Organ, a.Office)
	}
}

// TestOfficeBesideNumberedHeading: the office right of the act's heading
// and number issues it, as one right of the letterhead does.
func TestOfficeBesideNumberedHeading(t *testing.T) {
	tests := []struct{ heading, organ string }{
		{"DETERMINAZIONE N. 412 DEL 07/06/2028                          AREA TECNICA", "AREA TECNICA"},
		{"Determinazione n. 18 del 02/10/2028                 Settore Servizi alla Persona", "Settore Servizi alla Persona"},
	}
	for _, tt := range tests {
		a := parseLines(t,
			"COMUNE DI PRATA DI PORDENONE",
			"REGIONE AUTONOMA FRIULI VENEZIA GIULIA",
			"",
			tt.heading,
			"",
			"OGGETTO: Lavori di manutenzione della copertura della palestra. Affidamento diretto.",
			"",
			"IL TITOLARE DI ELEVATA QUALIFICAZIONE",
			"Visto il decreto del Sindaco n. 2 del 10/01/2028;",
			"DETERMINA",
			"1. di affidare i lavori.")
		if a.Organ != tt.organ {
			t.Errorf("%q: organ %q, want %q", tt.heading, a.Organ, tt.organ)
		}
	}
}

// organOffice is a heading and the organ and the office of the act it
// heads.
type organOffice struct{ heading, organ, office string }

// checkOrganOffice reads each test's heading in the act parse makes of
// it and checks the act's organ and office.
func checkOrganOffice(t *testing.T, tests []organOffice, parse func(heading string) *Act) {
	t.Helper()
	for _, tt := range tests {
		if a := parse(tt.heading); a.Organ != tt.organ || a.Office != tt.office {
			t.Errorf("%q: organ %q, office %q, want %q, %q", tt.heading, a.Organ, a.Office, tt.organ, tt.office)
		}
	}
}

// TestRegistrarIssues: the registrar's banns are issued by the Ufficiale
// dello Stato Civile its line names, as a Sindaco's acts by the Sindaco;
// the office the heading prints is its office.
func TestRegistrarIssues(t *testing.T) {
	tests := []organOffice{
		{"SERVIZI DEMOGRAFICI – UFFICIO DELLO STATO CIVILE", "Ufficiale dello Stato Civile", "SERVIZI DEMOGRAFICI – UFFICIO DELLO STATO CIVILE"},
		{"UFFICIO DELLO STATO CIVILE", "Ufficiale dello Stato Civile", "UFFICIO DELLO STATO CIVILE"},
	}
	checkOrganOffice(t, tests, func(heading string) *Act {
		return parseLines(t, "COMUNE DI SENNORI", heading, "", "PUBBLICAZIONE DI MATRIMONIO", "", "L’UFFICIALE DELLO STATO CIVILE", "Viste le richieste presentate dai nubendi,", "RENDE NOTO")
	})
}

// TestStandInForSindacoIssues: an ordinanza whose issuer over its body
// stands in for the Sindaco ("IL VICESINDACO", "L'ASSESSORE ANZIANO")
// is theirs, as the Sindaco's is; the office under the heading's
// proposer's label proposed it.
func TestStandInForSindacoIssues(t *testing.T) {
	tests := []struct{ issuer, organ string }{
		{"IL SINDACO", "Sindaco"},
		{"IL VICESINDACO", "Vicesindaco"},
		{"L’ASSESSORE ANZIANO", "Assessore Anziano"},
	}
	for _, tt := range tests {
		a := parseLines(t, "                         COMUNE DI ALTAVILLA IRPINA", " Ufficio proponente: POLIZIA LOCALE          | ORDINANZA N. 27 DEL 23/12/2026",
			"                                             | Prot. n. 7688", "--------------------------------------------------------------------------------", "", "OGGETTO: DIVIETO DI UTILIZZO DI PETARDI NEL CENTRO ABITATO.", "", "                                 "+tt.issuer,
			"                    in sostituzione del Sindaco", "", "PREMESSO che", "                                       O R D I N A")
		if a.Organ != tt.organ || a.Office != "" || a.ProposingOffice != "POLIZIA LOCALE" {
			t.Errorf("%q: organ %q, office %q, proposing office %q; want %q, none, %q", tt.issuer, a.Organ, a.Office, a.ProposingOffice, tt.organ, "POLIZIA LOCALE")
		}
	}
}

// TestNoticeSignedByItsArea: a numbered avviso whose heading prints no
// office, signed by an Area's Responsabile over a Servizio: the Area
// issues it, the Servizio is its office.
func TestNoticeSignedByItsArea(t *testing.T) {
	a := parseLines(t, "Comune di Cumiana                                                               Piazza Martiri della Libertà, 1",
		"                           AVVISO PUBBLICO", "                                           N. 7 del 12.3.2026", "",
		"MANIFESTAZIONE DI INTERESSE PER LA CONCESSIONE IN USO DEGLI IMPIANTI SPORTIVI", "",
		"Il Comune di Cumiana intende individuare le associazioni sportive interessate all'utilizzo della palestra comunale.", "",
		"Cumiana, 12 marzo 2026", "", "                                                            Il Responsabile dell'Area Amministrativa",
		"                                                                 Servizio Sport e Tempo Libero", "                                                                      dott. Paolo Ferrero")
	if a.Organ != "Area Amministrativa" || a.Office != "Servizio Sport e Tempo Libero" {
		t.Errorf("organ %q, office %q; want %q, %q", a.Organ, a.Office, "Area Amministrativa", "Servizio Sport e Tempo Libero")
	}
}

// TestReportFieldsColonApart: a report's office fields whose colon stands
// apart from the label, before the value ("Settore    :    Settore 3 –
// Servizi Tecnici").
func TestReportFieldsColonApart(t *testing.T) {
	a := parseLines(t, "COMUNE DI BUTI", "Provincia di Pisa", "DETERMINAZIONE",
		" Numero Registro Generale                 :    143",
		" Data                                     :    12/03/2026",
		" Settore                                  :    Settore 3 – Servizi Tecnici",
		" Servizio                                 :    Servizio Lavori Pubblici e Manutenzioni",
		"OGGETTO: Manutenzione straordinaria della copertura della scuola primaria.",
		"                                                     IL RESPONSABILE DEL SETTORE", "VISTO il decreto sindacale")
	if a.Organ != "Settore 3 – Servizi Tecnici" || a.Office != "Servizio Lavori Pubblici e Manutenzioni" {
		t.Errorf("organ %q, office %q; want %q, %q", a.Organ, a.Office, "Settore 3 – Servizi Tecnici", "Servizio Lavori Pubblici e Manutenzioni")
	}
}

// TestNoticeSignedBySindaco: a notice whose heading names no office nor
// issuer is the Sindaco's who signs it, in a cell of the signature's
// line; an office its heading prints issues it whoever signs.
func TestNoticeSignedBySindaco(t *testing.T) {
	tests := []struct{ office, organ string }{
		{"", "Sindaco"},
		{"SERVIZIO TECNICO – Ufficio Patrimonio e Foreste", "SERVIZIO TECNICO"},
	}
	for _, tt := range tests {
		a := parseLines(t, "                                     COMUNE DI SASSELLO", tt.office, "                                         AVVISO",
			"    RACCOLTA DEI FUNGHI EPIGEI SPONTANEI – RILASCIO DEI PERMESSI PER LA STAGIONE 2026", "",
			"Si informa la cittadinanza che dal giorno 4 maggio 2026 sono in distribuzione i permessi per la raccolta.", "",
			"Sassello, 20 aprile 2026                                                                                IL SINDACO",
			"                                                                                                        Marina Zunino")
		if a.Organ != tt.organ {
			t.Errorf("%q: organ %q, want %q", tt.office, a.Organ, tt.organ)
		}
	}
}

// TestNoticeIssuedByItsDirector: another body's notice whose issuer
// stands on a line of its own over its body, "IL DIRETTORE GENERALE",
// with no office in its heading: the director general is its organ.
func TestNoticeIssuedByItsDirector(t *testing.T) {
	tests := []struct{ issuer, organ string }{
		{"IL DIRETTORE GENERALE", "Direttore Generale"},
		{"IL DIRETTORE", "Direttore"},
		{"IL SINDACO", "Sindaco"},
	}
	for _, tt := range tests {
		a := parseLines(t, "AUTORITÀ IDRICA DELLA CALABRIA", "Catanzaro, 17/04/2026", "AVVISO", "Consultazione pubblica sullo schema di Carta del Servizio Idrico", tt.issuer, "Premesso che l’Autorità ha predisposto lo schema;", "RENDE NOTO")
		if a.Organ != tt.organ {
			t.Errorf("%q: organ %q, want %q", tt.issuer, a.Organ, tt.organ)
		}
	}
}

// TestLetterheadOfficeOverDirectorate: a letterhead's line that names a
// Servizio or an Ufficio of the body, over the heading's own Area or
// Settore, is not the act's issuer: the directorate is, and the office
// under it its office.
func TestLetterheadOfficeOverDirectorate(t *testing.T) {
	tests := []organOffice{
		{"Servizio associato di Polizia Locale\n\nAREA VIGILANZA\nServizio Polizia Locale", "AREA VIGILANZA", "Servizio Polizia Locale"},
		{"Ufficio di Presidenza – tel. 0836 355021\n\nSETTORE POLIZIA LOCALE E PROTEZIONE CIVILE\nServizio Polizia Locale Associata", "SETTORE POLIZIA LOCALE E PROTEZIONE CIVILE", "Servizio Polizia Locale Associata"},
		{"Servizio Sanitario Nazionale\n\nDIPARTIMENTO AMMINISTRATIVO\nU.O.C. Provveditorato", "DIPARTIMENTO AMMINISTRATIVO", "U.O.C. Provveditorato"},
		{"AREA TECNICA\nServizio Lavori Pubblici", "AREA TECNICA", "Servizio Lavori Pubblici"}, // the directorate first: as printed
	}
	checkOrganOffice(t, tests, func(heading string) *Act {
		return parseLines(t, "UNIONE MONTANA ALTO ASTICO", heading, "", "DETERMINAZIONE N. 36 DEL 17/03/2026", "OGGETTO: Acquisto di etilometri.", "IL RESPONSABILE DELL'AREA", "Premesso che")
	})
}

// TestNoticeBodyOpensWithSi: a notice's body that opens "Si rende
// noto", "Si comunica", "Si informa" ends its heading: an office the
// body names further on (where to ask) is not the notice's.
func TestNoticeBodyOpensWithSi(t *testing.T) {
	for _, opening := range []string{"Si rende noto ai consorziati che", "Si comunica ai consorziati che", "Si informa la cittadinanza che"} {
		a := parseLines(t, "CONSORZIO PER LA BONIFICA DELLA CAPITANATA", "AVVISO", "STAGIONE IRRIGUA 2026 – PRESENTAZIONE DELLE DOMANDE",
			opening+" l'esercizio irriguo avrà inizio il 15 aprile 2026.", "Le domande vanno presentate dal 23 marzo.", "Informazioni:",
			"Settore Esercizio Irriguo – tel. 0881 785111", "Foggia, 17 marzo 2026")
		if a.Organ != "" || a.Office != "" {
			t.Errorf("%q: organ %q, office %q; want none", opening, a.Organ, a.Office)
		}
	}
}

// TestOfficeHeadingsOnceInAnyCase: a running head that names the
// heading's Settore in small letters names it once: the Servizio under
// it is the office.
func TestOfficeHeadingsOnceInAnyCase(t *testing.T) {
	a := parseLines(t,
		"COMUNE DI BOLLATE - Determinazione n. 236                    Settore Servizi alla Persona",
		"                        COMUNE DI BOLLATE",
		"SETTORE SERVIZI ALLA PERSONA",
		"Servizio Istruzione e Politiche Giovanili",
		"           DETERMINAZIONE DIRIGENZIALE N. 236 DEL 02/04/2026",
		"OGGETTO: Servizio di pre e post scuola.",
		"IL DIRIGENTE",
		"Richiamati:")
	if a.Organ != "Settore Servizi alla Persona" && a.Organ != "SETTORE SERVIZI ALLA PERSONA" || a.Office != "Servizio Istruzione e Politiche Giovanili" {
		t.Errorf("organ %q, office %q; want the Settore and its Servizio", a.Organ, a.Office)
	}
}

// TestOfficeHeadingBesideRegister: an office's heading in a report's
// left column does not go on into the register's line right of it
// under its line ("REG. SETTORE N. 57").
func TestOfficeHeadingBesideRegister(t *testing.T) {
	a := parseLines(t,
		"CITTA' DI NICHELINO",
		"SETTORE LAVORI PUBBLICI E PATRIMONIO                  DETERMINAZIONE DIRIGENZIALE",
		"SERVIZIO MANUTENZIONE STRADE E VERDE PUBBLICO         REG. GEN. N. 412 DEL 18/03/2026",
		"                                                      REG. SETTORE N. 57 DEL 16/03/2026",
		"OGGETTO: AFFIDAMENTO DEL SERVIZIO DI SFALCIO.",
		"IL DIRIGENTE DEL SETTORE",
		"PREMESSO CHE")
	if a.Organ != "SETTORE LAVORI PUBBLICI E PATRIMONIO" || a.Office != "SERVIZIO MANUTENZIONE STRADE E VERDE PUBBLICO" {
		t.Errorf("organ %q, office %q; want the Settore and its Servizio alone", a.Organ, a.Office)
	}
}

// TestOfficeHeadingOverRegisters: an office's field in a report's box
// does not go on into the registers' lines under it ("REG. GENERALE N.
// ...: 214"), in capitals as it is; a unit's field names the unit by its
// value.
func TestOfficeHeadingOverRegisters(t *testing.T) {
	a := parseLines(t,
		"COMUNE DI CARAVAGGIO                                         PROVINCIA DI BERGAMO",
		"                 DETERMINAZIONE DEL RESPONSABILE DI SETTORE",
		"SETTORE LAVORI PUBBLICI E PATRIMONIO",
		"SERVIZIO ...........: MANUTENZIONE STRADE E VERDE PUBBLICO",
		"REG. GENERALE N. ...: 214             DEL ....: 16/03/2026",
		"REG. SETTORE N. ...: 41               DEL ....: 16/03/2026",
		"",
		"OGGETTO: AFFIDAMENTO DEL SERVIZIO DI SFALCIO.",
		"IL RESPONSABILE DEL SETTORE",
		"PREMESSO CHE")
	if a.Organ != "SETTORE LAVORI PUBBLICI E PATRIMONIO" || a.Office != "MANUTENZIONE STRADE E VERDE PUBBLICO" {
		t.Errorf("organ %q, office %q; want the Settore and its Servizio alone", a.Organ, a.Office)
	}
}

// TestIssuersOfficeEndsAtNoticeVerb: the office of a notice's issuer,
// wrapped in capitals under it, ends at the verb that opens what it
// gives notice of ("AVVISA"), not in the title under the verb.
func TestIssuersOfficeEndsAtNoticeVerb(t *testing.T) {
	a := parseLines(t, "COMUNE DI TOVO SAN GIACOMO", "IL RESPONSABILE DEL SERVIZIO TECNICO", "AVVISA", "CHIUSURA AL TRAFFICO", "DI VIA BERNARDO CASTELLO",
		"per lavori di rifacimento della condotta fognaria è istituito il divieto di transito.")
	if a == nil || a.Office != "SERVIZIO TECNICO" || a.Kind != "avviso" || a.Subject != "CHIUSURA AL TRAFFICO DI VIA BERNARDO CASTELLO" {
		t.Errorf("got %+v, want office SERVIZIO TECNICO of an avviso titled CHIUSURA AL TRAFFICO DI VIA BERNARDO CASTELLO", a)
	}
}

// TestSignersDirectorateIssuesNotice: a notice whose heading prints no
// office is issued by the directorate its signer heads ("IL RESPONSABILE
// DEL SETTORE SERVIZI ALLA PERSONA", or in small letters, "Il
// Responsabile dell'Area Amministrativa"), the unit printed under the
// signer's line its office; a lower office alone signing is its office.
func TestSignersDirectorateIssuesNotice(t *testing.T) {
	tests := []organOffice{
		{"IL RESPONSABILE DEL SETTORE SERVIZI ALLA PERSONA\ndott.ssa Chiara Locatelli", "SETTORE SERVIZI ALLA PERSONA", ""},
		{"Il Responsabile dell'Area Amministrativa\ndott. Paolo Ferrero", "Area Amministrativa", ""},
		{"IL RESPONSABILE DELL'AREA AMMINISTRATIVA\nServizi Scolastici e Demografici\nsig.ra Laura Bertotti", "AREA AMMINISTRATIVA", "Servizi Scolastici e Demografici"},
		{"IL RESPONSABILE DEL SERVIZIO TRIBUTI\nrag. Anna Neri", "", "SERVIZIO TRIBUTI"},
		{"LA RESPONSABILE DEL SERVIZIO TRIBUTI\nrag. Anna Neri", "", "SERVIZIO TRIBUTI"}, // a woman's title
		{"La Responsabile dell'Area Amministrativa\ndott.ssa Paola Ferrero", "Area Amministrativa", ""},
	}
	checkOrganOffice(t, tests, func(signature string) *Act {
		return parseLines(t, "COMUNE DI PONTIDA", "AVVISO PUBBLICO N. 4/2026", "CONTRIBUTI ALLE FAMIGLIE PER I CENTRI ESTIVI",
			"Si informano le famiglie che sono aperte le iscrizioni.", "Pontida, 9 marzo 2026", signature)
	})
}

// TestProcedureOfficersUnit: "IL DIRIGENTE" over the body of an act its
// heading's Settore issues names no office; the unit printed under the
// procedure's officer in the signature is its office.
func TestProcedureOfficersUnit(t *testing.T) {
	a := parseLines(t, "COMUNE DI SAN GIOVANNI ROTONDO", "DETERMINAZIONE DIRIGENZIALE", "Registro Generale    n. 951 del 25/09/2026",
		"SETTORE II – SERVIZI FINANZIARI", "Oggetto: Fornitura di carta in risme.", "IL DIRIGENTE", "Premesso che le scorte sono in esaurimento;",
		"DETERMINA", "1. di affidare la fornitura.", "IL RESPONSABILE DEL PROCEDIMENTO              IL DIRIGENTE DEL SETTORE II",
		"Servizio Economato e Provveditorato           dott.ssa Raffaella Crisetti")
	if a.Organ != "SETTORE II – SERVIZI FINANZIARI" || a.Office != "Servizio Economato e Provveditorato" {
		t.Errorf("organ %q, office %q; want the Settore and the Servizio under the procedure's officer", a.Organ, a.Office)
	}
}

// TestProcedureOfficersUnitProposes: where a determinazione's heading
// names its office and no proposer, the unit the procedure's officer signs
// for prepared it, its title on one line or wrapped in a grid's column
// (mix-125-b's Romano di Lombardia and Acqualagna).
func TestProcedureOfficersUnitProposes(t *testing.T) {
	tests := []struct {
		name      string
		signature []string
		want      string
	}{
		{"title on one line", []string{"IL RESPONSABILE DEL PROCEDIMENTO", "Ufficio Ecologia", "dott. Marco Bonetti", "IL RESPONSABILE DEL SETTORE 3"}, "Ufficio Ecologia"},
		{"title wrapped in a grid", []string{
			"IL RESPONSABILE              IL RESPONSABILE DELL'AREA",
			"DEL PROCEDIMENTO             ECONOMICO FINANZIARIA",
			"UFFICIO PERSONALE",
			"F.to rag. Marta Pierini      F.to rag. Lorena Cecchini"}, "UFFICIO PERSONALE"},
		{"the office itself", []string{"IL RESPONSABILE DEL PROCEDIMENTO", "Servizio Tributi", "rag. Anna Neri"}, ""},
		{"a person under the title", []string{"IL RESPONSABILE DEL PROCEDIMENTO", "dott. Marco Bonetti"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := append([]string{"COMUNE DI ACQUALAGNA", "AREA ECONOMICO FINANZIARIA", "SERVIZIO TRIBUTI", "DETERMINAZIONE N. 25 DEL 25/01/2028",
				"OGGETTO: Costituzione del fondo.", "IL RESPONSABILE DELL'AREA", "Visto il CCNL;", "DETERMINA", "1. di costituire il fondo."}, tt.signature...)
			if a := parseLines(t, lines...); a.ProposingOffice != tt.want {
				t.Errorf("proposing office %q, want %q (office %q)", a.ProposingOffice, tt.want, a.Office)
			}
		})
	}
}

// TestBodyNameWithDash: a body's name on its letterhead may hold a dash
// before the rest of it; a dash before a province, an address or an
// office ends it.
func TestBodyNameWithDash(t *testing.T) {
	tests := []struct{ letterhead, want string }{
		{"COMUNITÀ MONTANA BUSSENTO – LAMBRO E MINGARDO", "Comunità Montana Bussento – Lambro e Mingardo"},
		{"COMUNITÀ MONTANA BUSSENTO – PROVINCIA DI SALERNO", "Comunità Montana Bussento"},
		{"COMUNITÀ MONTANA BUSSENTO – Via Nazionale 1", "Comunità Montana Bussento"},
		{"COMUNITÀ MONTANA BUSSENTO – UFFICIO TECNICO", "Comunità Montana Bussento"},
	}
	for _, tt := range tests {
		a := parseLines(t, "       "+tt.letterhead, "", " AREA TECNICA E FORESTALE", "DETERMINAZIONE N. 41 DEL 11/02/2027",
			"OGGETTO: Lavori di forestazione.", "IL RESPONSABILE DELL'AREA", "Premesso che")
		if !strings.EqualFold(a.Municipality, tt.want) {
			t.Errorf("%q: municipality %q, want %q", tt.letterhead, a.Municipality, tt.want)
		}
	}
}

// TestKindHeadingNamesOffice: a determinazione whose kind heading names
// the office that adopts it, and whose heading prints no office of its
// own, is that office's; the signer's Servizio is its unit.
func TestKindHeadingNamesOffice(t *testing.T) {
	tests := []organOffice{
		{"DETERMINAZIONE DELL'AREA MINORI E FAMIGLIE", "AREA MINORI E FAMIGLIE", "SERVIZIO TUTELA MINORI"},
		{"Determinazione del Settore Lavori Pubblici", "Settore Lavori Pubblici", "SERVIZIO TUTELA MINORI"},
		{"DETERMINAZIONE DEL RESPONSABILE", "", "SERVIZIO TUTELA MINORI"}, // an issuer's title, no office
		// the Dirigente's Settore, its name wrapped, over the Servizio
		{"DETERMINAZIONE DEL DIRIGENTE DEL SETTORE\nAMBIENTE, ENERGIA E PROTEZIONE CIVILE\nServizio Igiene Urbana e Tutela del Territorio", "SETTORE AMBIENTE, ENERGIA E PROTEZIONE CIVILE", "Servizio Igiene Urbana e Tutela del Territorio"},
		{"DECRETO DEL DIRIGENTE DEL SETTORE LAVORI PUBBLICI E MANUTENZIONI\nServizio Appalti e Contratti", "SETTORE LAVORI PUBBLICI E MANUTENZIONI", "Servizio Appalti e Contratti"},
		{"DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO\nN. 33 DEL 24/03/2027", "", "SERVIZIO TUTELA MINORI"}, // the number under it, no part of an office
	}
	checkOrganOffice(t, tests, func(heading string) *Act {
		return parseLines(t, "CONSORZIO OVEST TICINO", "Determinazione n. 214 del 24/08/2027 – Pag. 1 di 2", heading,
			"Registro generale        N. 214 del 24/08/2027", "Oggetto    Impegno di spesa.", "Richiamato il decreto;", "DETERMINA", "1. di impegnare la spesa.",
			"IL RESPONSABILE DEL SERVIZIO TUTELA MINORI", "Dott.ssa Chiara Oioli")
	})
}
