package extract

// The act's numbers: the forms a number and its date take, the labels of
// the registers that number it, and a number standing alone under its
// letterhead or title.

import (
	"testing"
)

// TestHeaderNumberForms: the forms an act's number and date take after
// its kind.
func TestHeaderNumberForms(t *testing.T) {
	tests := []struct {
		heading string
		number  int
		date    string
	}{
		{"DETERMINAZIONE N. 00012 DEL 10/01/2024", 12, "2024-01-10"},
		{"DETERMINAZIONE Num. 12 DEL 10/01/2024", 12, "2024-01-10"},
		{"DETERMINAZIONE N. 12 R.G. DEL 10/01/2024", 12, "2024-01-10"},
		{"DETERMINAZIONE N. 12/2024 DEL 10/01/2024", 12, "2024-01-10"},
		{"DETERMINAZIONE N. 2024/12 DEL 10/01/2024", 12, "2024-01-10"},      // the year first
		{"DETERMINAZIONE N. DD/2024/12 DEL 10/01/2024", 12, "2024-01-10"},   // the register's letters and the year first
		{"REG. DETERMINAZIONI N. 12/2024 DEL 10/01/2024", 12, "2024-01-10"}, // the register of its kind, abbreviated
		{"DETERMINAZIONE\nN. 12\nDEL 10/01/2024", 12, "2024-01-10"},         // the date on the line below
		{"DETERMINAZIONE N° 12 DEL 10/1/24", 12, "2024-01-10"},
		{"DETERMINAZIONE N. 12 IN DATA 10/01/2024", 12, "2024-01-10"},
		{"DETERMINAZIONE N. 12 ADOTTATA IL 10/01/2024", 12, "2024-01-10"},
		{"DETERMINAZIONE N. 12/SG/2024 DEL 10/01/2024", 12, "2024-01-10"}, // the office's letters
		{"DETERMINAZIONE N. 12/A DEL 10/01/2024", 12, "2024-01-10"},
		{"DETERMINAZIONE N. 12 di Registro Generale del 10/01/2024", 12, "2024-01-10"},
		{"Det. n. 12 del 10/01/2024", 12, "2024-01-10"},                                    // the kind abbreviated
		{"DETERMINAZIONE\nN. REG. GENERALE ... 12 DEL ..... 10/01/2024", 12, "2024-01-10"}, // dot leaders
		{"DETERMINAZIONE N. 12/2024\nData di registrazione 10/01/2024", 12, "2024-01-10"},
		{"DETERMINAZIONE N. 12 data adozione 10/01/2024", 12, "2024-01-10"},
		{"DETERMINAZIONE DEL 10/01/2024 N. 12", 12, "2024-01-10"},
		// tables: the number in the cell after its label, or under it
		{"DETERMINAZIONE\nNumero    12    Data    10/01/2024", 12, "2024-01-10"},
		{"DETERMINAZIONE N.    12    DEL    10/01/2024", 12, "2024-01-10"},
		{"DETERMINAZIONE\nN. REG. GEN.    DATA\n12    10/01/2024", 12, "2024-01-10"},
		{"DETERMINAZIONE\nNumero    Data\n12    10/01/2024", 12, "2024-01-10"},
		{"DETERMINAZIONE\nN. Registro Generale    Data adozione\n1.057                   03/11/2025", 1057, "2025-11-03"},                                  // the thousands' stop
		{"DETERMINAZIONE\nREG. GEN. N. 12    REG. SETT. N. 31\nPROPOSTA N. 38    DEL 09/01/2024", 12, ""},                                                  // the date in a grid's row below is the proposal's beside it, none of the act's
		{"DETERMINAZIONE N.    DEL\n27 / 2026    04.03.2026", 27, "2026-03-04"},                                                                            // the number's year under the heading's label, spaced about its slash
		{"DETERMINAZIONE\nNumero    Data\nRossi    10/01/2024", 0, ""},                                                                                     // no figures under the label
		{"                DETERMINAZIONE\nNumero              Data                 Ora\nN. 26/2026          20/03/2026           13:00", 26, "2026-03-20"}, // the label over the number's own
		// a register's letters before the figures
		{"DETERMINAZIONE\nNumero: DD 12/2024\nData: 10/01/2024", 12, "2024-01-10"},
		{"DETERMINAZIONE N. UT-12 DEL 10/01/2024", 12, "2024-01-10"},
		{"DETERMINAZIONE\nN. 58 / SF del 09/01/2024\nN. 12 REG. GEN. del 10/01/2024", 12, "2024-01-10"}, // the register after the number
		{"DETERMINAZIONE\nRegistro Generale    n. 1.316 del 16/04/2026", 1316, "2026-04-16"},
		{"DETERMINAZIONE\nRegistro Generale Registro di Settore    Data\nN. 198/2026 R.G.    Reg. Sett. n. 61    23.3.2026", 198, "2026-03-23"},                                  // the general register's letters after its number, under a row of labels
		{"DETERMINAZIONE DEL RESPONSABILE DI AREA\nAREA              : AREA AMMINISTRATIVA\nNUMERO GENERALE   : N. 12 DEL 3.2.2026\nNUMERO DI AREA    : N. 4", 12, "2026-02-03"}, // a form's colons heading the values' column
		{"DETERMINAZIONE\n| N. SETTORIALE 42 DEL 03/06/2026 | Reg. Gen. 311 del 04/06/2026 |", 311, "2026-06-04"},                                                                // a typed table's bar before the general register's label            // the thousands' stop
		{"DETERMINAZIONE\nServizio    Servizi Sociali\nNumero    N. 18/2026 R.S. – N. 64/2026 R.G.\nData    10/03/2026", 64, "2026-03-10"},                                       // the general register after the sector's in one cell
		{"DETERMINAZIONE N. 47/2026 R.G.\nn. 12 del Servizio – data 11.03.2026", 47, "2026-03-11"},                                                                               // the sector's number dated after its register's name
		{"DETERMINAZIONE DI APPROVAZIONE DELLA VARIANTE N. 4 AL PIANO DEGLI INTERVENTI", 0, ""},                                                                                  // the variant's number
		{"DETERMINAZIONE N. DEL 10/01/2024", 0, ""},                                                                                                                              // the number left blank
		{"DETERMINAZIONE N. IN DATA 10/01/2024", 0, ""},
		// a form's fields: the value right of its label, the date's under it
		{"DETERMINAZIONE\nSettore:    SETTORE TECNICO\nNumero:    DD 12/2024\nData:    10/01/2024", 12, "2024-01-10"},
		{"DETERMINAZIONE\nNumero:    12    Data:    10/01/2024", 12, "2024-01-10"},
		{"DETERMINAZIONE\nNumero ......: 12                    Data adozione ..: 10/01/2024", 12, "2024-01-10"},                                    // a report's leaders before the colons
		{"DETERMINAZIONE N. 12/2024 R.G.                    DATA REGISTRAZIONE 10/01/2024\nNum. Settore ..... 5 del 09/01/2024", 12, "2024-01-10"}, // the registration's date beside the number, not the sector's
		{"DETERMINAZIONE\nAtto n.    Data di adozione\n12    10/01/2024", 12, "2024-01-10"},
		// a subtitle between the heading and the number
		{"DETERMINAZIONE\nBestimmung\nN. 12 del 10/01/2024", 12, "2024-01-10"},
		{"DETERMINAZIONE\nNr. 12 vom – del 10.01.2024", 12, "2024-01-10"},
	}
	for _, tt := range tests {
		a := parseLines(t, "COMUNE DI BORGO", tt.heading, "OGGETTO: Affidamento lavori.", signedBody)
		if a.Kind != "determinazione" || a.Number != tt.number || a.Date != tt.date {
			t.Errorf("%q: %q n. %d of %q, want determinazione n. %d of %q", tt.heading, a.Kind, a.Number, a.Date, tt.number, tt.date)
		}
	}
}

// TestRegisterLabels: the general register's number and the sector's,
// whatever words label them.
func TestRegisterLabels(t *testing.T) {
	for _, general := range []string{
		"N. Generale 123 del 01/02/2024",
		"Numero generale: 123 del 01/02/2024",
		"N. registro generale 123 del 01/02/2024",
		"Nr. Gen. 123 del 01/02/2024",
		"Reg. generale n. 123 del 01/02/2024",
		"R.G. n. 123 del 01/02/2024",
		"Registro Generale delle Determinazioni N. 123 del 01/02/2024",
		"N° Gen. 123 del 01/02/2024",
		"N.R.G. 123 del 01/02/2024",
		"N. progr.     123     Data     01/02/2024", // the general register's progressive number
		"Numero Registro Delibere     123     Data     01/02/2024",
		"REG. GENERALE: 123 del 01/02/2024",               // the register's label alone before its figures
		"REG. GENERALE ....: 123    DEL ....: 01/02/2024", // a report's dot leaders
		"Reg. Gen. 123     data 01/02/2024",               // the label, then its figures with no sign
		"Reg. Delibere    n. 123 del 01/02/2024",          // the register of the deliberations, beside its number
	} {
		a := parseLines(t, "CITTÀ DI OSIMO", "DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO", "N. Settoriale 45 del 31/01/2024", general, "OGGETTO: Lavori.", signedBody)
		if a.Number != 123 || a.SectorNumber != 45 || a.Date != "2024-02-01" {
			t.Errorf("%q: n. %d (sector %d) of %q, want n. 123 (sector 45) of 2024-02-01", general, a.Number, a.SectorNumber, a.Date)
		}
	}
}

// TestSectorRegisterLabels: the sector's register printed after "N.",
// whatever words label it, the act's kind abbreviated between them.
func TestSectorRegisterLabels(t *testing.T) {
	for _, sector := range []string{
		"N. Settoriale 45",
		"Numero di Servizio: 45",
		"N. det. di Area: 45",
		"N. registro del Servizio 45",
		"N. Reg. Sett. 45",
		"Reg. Sett. P.L. n. 45",                   // the office's letters after the label, not a law's "L."
		"N.   45 REG. SERVIZIO    DEL 31/01/2024", // its register named after it
		"N. SETTORE ......: 45/LP",                // a report's dot leaders, the office's letters
		"Reg. A.T. N. 45",                         // the register named by the office's initials
		"Registro di Settore    AA.GG. n. 45",     // the office's initials in the number's cell
		"N. 45/A.A.",                              // the office's initials after the number
		"Num. Settore ..... 45",                   // the label's sign abbreviated
		"Reg. Settore    SA/45",                   // the office's letters before the number, no sign
	} {
		a := parseLines(t, "COMUNE DI SUBIACO", "DETERMINAZIONE N. 123 DEL 01/02/2024", sector, "OGGETTO: Lavori.", signedBody)
		if a.Number != 123 || a.SectorNumber != 45 || a.Date != "2024-02-01" {
			t.Errorf("%q: n. %d (sector %d) of %q, want n. 123 (sector 45) of 2024-02-01", sector, a.Number, a.SectorNumber, a.Date)
		}
	}
}

// TestSectorRegisterOverItsNumber: a sector's register labelled by the
// office's whole name over its number, beside the general register's.
func TestSectorRegisterOverItsNumber(t *testing.T) {
	a := parseLines(t, "COMUNE DI LATRONICO", "AREA TECNICA",
		"DETERMINAZIONE                                       Registro dell’Area Tecnica",
		"Registro Generale n. 45 del 13/02/2026               n. 19 del 12/02/2026",
		"OGGETTO: Lavori di messa in sicurezza.", signedBody)
	if a.Number != 45 || a.SectorNumber != 19 || a.Date != "2026-02-13" {
		t.Errorf("n. %d (sector %d) of %q, want n. 45 (sector 19) of 2026-02-13", a.Number, a.SectorNumber, a.Date)
	}
}

// TestRegistersUnderRunningHead: a running head that states the general
// register's number with no date does not keep the grid below from
// dating it; the sector's register has a date of its own.
func TestRegistersUnderRunningHead(t *testing.T) {
	a := parseLines(t, "Comune di Tricarico - Determinazione Reg. Gen. n. 187/2026                    Stampa del 17/04/2026 13:05",
		"COMUNE DI TRICARICO", "DETERMINAZIONE DEL RESPONSABILE DEL SETTORE",
		"N. Registro Generale      187           del          17/04/2026",
		"N. Registro Settore       42            del          15/04/2026",
		"OGGETTO: Servizio di pulizia.", signedBody)
	if a.Number != 187 || a.SectorNumber != 42 || a.Date != "2026-04-17" {
		t.Errorf("n. %d (sector %d) of %q, want n. 187 (sector 42) of 2026-04-17", a.Number, a.SectorNumber, a.Date)
	}
}

// TestNumberAloneUnderHeading: a register's number printed on a line of
// its own, undated, under a letterhead or a title in capitals, is the
// document's (banns print theirs so); a dated one there may be a
// protocol's stamp, and a table's "N." column or a cited act's number is
// none.
func TestNumberAloneUnderHeading(t *testing.T) {
	tests := []struct {
		name, text string
		number     int
	}{
		{"over the title", "COMUNE DI CALDOGNO\nUFFICIO DELLO STATO CIVILE\n                                   N. 11 / 2026\n        PUBBLICAZIONE DI MATRIMONIO\nL'Ufficiale dello Stato Civile del Comune di Caldogno rende noto che:\n", 11},
		{"under the title", "COMUNE DI SENNORI\nSERVIZI DEMOGRAFICI – UFFICIO DELLO STATO CIVILE\n        PUBBLICAZIONE DI MATRIMONIO\n             N. 5 – Anno 2026\nL’UFFICIALE DELLO STATO CIVILE\nViste le richieste dei nubendi, rende noto che intendono unirsi in matrimonio:\n", 5},
		{"under the title, the register's part after the year", "COMUNE DI SENNORI\nUFFICIO DELLO STATO CIVILE\n        PUBBLICAZIONE DI MATRIMONIO\n             N. 5 — Anno 2026 — Parte I\nL’UFFICIALE DELLO STATO CIVILE\nrende noto che intendono unirsi in matrimonio:\n", 5},
		{"beside the title", "COMUNE DI SENNORI\nUFFICIO DELLO STATO CIVILE\n        PUBBLICAZIONE DI MATRIMONIO N. 5\nL’UFFICIALE DELLO STATO CIVILE\nrende noto che intendono unirsi in matrimonio:\n", 5},
		{"dated, under the letterhead", "COMUNE DI CANICATTI\n                n. 52318 del 04/12/2026\n        AVVISO ALLA CITTADINANZA\nSi rende noto che il mercato è sospeso.\n", 0},
		{"a table's column", "COMUNE DI PESARO\n        AVVISO\nGRADUATORIA DEFINITIVA DEI BENEFICIARI\nN.        Prot. domanda\n1         67357/2025\n2         67412/2025\n", 0},
		{"a table's column, its figures set right", "COMUNE DI PESARO\n        AVVISO\nGRADUATORIA DEFINITIVA DEI BENEFICIARI\nN.        Prot. domanda\n   1      67357/2025\n   2      67412/2025\n", 0},
		{"a cited act's", "COMUNE DI ODERZO\n        AVVISO DI DEPOSITO\ndella variazione di bilancio approvata con deliberazione del Consiglio Comunale\nn. 44\nSi rende noto che gli atti sono depositati.\n", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := ParseAct(textDocument(tt.text))
			if a == nil || a.Number != tt.number {
				t.Errorf("got %+v, want number %d", a, tt.number)
			}
		})
	}
}

// TestNoticeBodyOpensAtItsVerb: a notice's "AVVISA" on a line of its own
// opens its body; the form's rows under it (the deposited act's number
// and date) are no header of the notice's.
func TestNoticeBodyOpensAtItsVerb(t *testing.T) {
	a := parseLines(t, "COMUNE DI BUTTRIO", "AVVISO DI DEPOSITO ATTI PRESSO LA CASA COMUNALE",
		"Il sottoscritto Messo Comunale       ZANINI ROBERTO",
		"                 AVVISA",
		"che in data 12/05/2026 è stato depositato presso la Casa Comunale il seguente atto:",
		"Tipo di atto              AVVISO DI ACCERTAMENTO IMU ANNO 2021",
		"Numero / cronologico      N. 214/2026 DEL 28/04/2026",
		"Buttrio, 13/05/2026")
	if a.Kind != "avviso" || a.Number != 0 || a.Date != "2026-05-13" {
		t.Errorf("%q n. %d of %q, want an avviso, unnumbered, of 2026-05-13", a.Kind, a.Number, a.Date)
	}
}

// TestBareRegisterNumber: a register named by no office and no kind
// under the letterhead numbers the act; after the Albo's name or a
// publication's dates it numbers the publication.
func TestBareRegisterNumber(t *testing.T) {
	tests := []struct {
		lines  []string
		number int
	}{
		{[]string{"COMUNE DI CALVERA", "Reg. n. 5        Prot. n. 602", "ORDINANZA SINDACALE CONTINGIBILE E URGENTE", "OGGETTO: Chiusura del plesso scolastico.", signedBody}, 5},
		{[]string{"COMUNE DI CALVERA", "Registro n. 5", "ORDINANZA", "OGGETTO: Chiusura del plesso scolastico.", signedBody}, 5},
		{[]string{"COMUNE DI GIUSSANO", "Albo Pretorio on line", "Registro n. 512", "ORDINANZA", "OGGETTO: Chiusura del plesso scolastico.", signedBody}, 0},
	}
	for _, tt := range tests {
		if a := parseLines(t, tt.lines...); a.Number != tt.number {
			t.Errorf("%q: n. %d, want %d", tt.lines, a.Number, tt.number)
		}
	}
}

// TestDeliberationsRegisterOverNumber: the register of the deliberations
// labels the number under it, in a letterhead's corner.
func TestDeliberationsRegisterOverNumber(t *testing.T) {
	a := parseLines(t, "COMUNE DI ROVOLON                                        COPIA", "                                                   Reg. Delibere", "                                                   n. 31",
		"VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", "OGGETTO: Approvazione del progetto esecutivo.", "L'anno duemilaventisei, addì nove del mese di aprile, si è riunita la Giunta Comunale.", "LA GIUNTA COMUNALE", "DELIBERA", "1. di approvare.")
	if a.Number != 31 || a.Organ != "Giunta Comunale" {
		t.Errorf("n. %d of the %q, want n. 31 of the Giunta Comunale", a.Number, a.Organ)
	}
}

// TestNumberInTypedBox: a number in a box typed with characters, its
// rule between the heading and the number, is the heading's.
func TestNumberInTypedBox(t *testing.T) {
	a := parseLines(t, "COMUNE DI GAZZO VERONESE                                 PROVINCIA DI VERONA", "--------------------------------------------------------------------------------",
		"                                                        COPIA", "        VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE",
		"+------------------------------------------------------------------------------+", "| N. 36 DEL 27-03-2026                                                         |",
		"+------------------------------------------------------------------------------+", "OGGETTO: CONCESSIONE DI CONTRIBUTO.", "L’ANNO DUEMILAVENTISEI ADDI’ VENTISETTE DEL MESE DI MARZO ALLE ORE 13:00, si è riunita la Giunta Comunale.", "LA GIUNTA COMUNALE", "DELIBERA", "1. di concedere.")
	if a.Number != 36 || a.Date != "2026-03-27" {
		t.Errorf("n. %d of %q, want n. 36 of 2026-03-27", a.Number, a.Date)
	}
}

// TestRegisterCodes: an act's number printed as its register's code,
// letters, year and figures between dashes, is a number; beside the
// general register's, the other register's.
func TestRegisterCodes(t *testing.T) {
	tests := []struct {
		lines          []string
		number, sector int
		date           string
	}{
		{[]string{"UNIONE MONTANA COMELICO", "DECRETO DEL PRESIDENTE DELL'UNIONE", "DEC-2026-0005", "OGGETTO: Nomina del Responsabile.", signedBody}, 5, 0, ""},
		{[]string{"UNIONE MONTANA LANGA ASTIGIANA", "DETERMINAZIONE DEL SEGRETARIO-DIRETTORE", "Numero di servizio: DET-2026-0047        Registro Generale dell'Unione n. 112 del 09/03/2026", "OGGETTO: Affidamento.", signedBody}, 112, 47, "2026-03-09"},
		{[]string{"COMUNE DI CINTO CAOMAGGIORE", "DETERMINAZIONE DEL RESPONSABILE DI AREA", "Numero di registro    DT/2026/00123", "Data di adozione    14/04/2026", "OGGETTO: Determina a contrarre.", signedBody}, 123, 0, "2026-04-14"},                                                                                                                                                                                                                                               // the code's parts between slashes
		{[]string{"COMUNE DI SOSPIROLO          Registro generale      2026/DET/0047", "Provincia di Belluno          Data                   09/04/2026", "AREA AMMINISTRATIVA           N. di settore          12", "DETERMINAZIONE DEL RESPONSABILE DELL'AREA", "OGGETTO: Impegno di spesa.", signedBody}, 47, 12, "2026-04-09"},                                                                                                                                                       // the year first
		{[]string{"COMUNE DI PERDIFUMO", "ORDINANZA SINDACALE", "OGGETTO: Chiusura del plesso scolastico.", "IL SINDACO", "Visto", "ORDINA", "1. la chiusura.", "IL SINDACO", "Rag. Vincenzo Guariglia", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "ORD-2026-6 del 22/04/2026 – Comune di Perdifumo – Albo Pretorio on line"}, 6, 0, "2026-04-22"}, // a running foot opening with the code, its letters the kind's
		{[]string{"UNIONE MONTANA VIA LATTEA                        Det. R.G. 112/2026", "                                                 Piazza Vittorio Amedeo n. 3", "DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO", "Reg. Servizio    Reg. Gen. Unione    Data adozione", "n. 9             n. 112              20.3.2026", "OGGETTO: Fornitura.", signedBody}, 112, 9, "2026-03-20"},                                                                                               // the Unione's general register; an address's house number
		{[]string{"COMUNE DI CIVITAQUANA", "DELIBERAZIONE DELLA GIUNTA COMUNALE", "ADOTTATA CON I POTERI DEL CONSIGLIO COMUNALE IN VIA D'URGENZA", "          N. 9                              Data 12.2.2026", "OGGETTO: Variazione.", signedBody}, 9, 0, "2026-02-12"},                                                                                                                                                                                                                // "in via d'urgenza" is no street
		{[]string{"COMUNE DI CASTRO DEI VOLSCI", "DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO                   Codice registro", "Registro di settore n. 19 del 12 marzo 2026                    DT-2026-208", "OGGETTO: Concessione contributo.", signedBody}, 208, 19, "2026-03-12"},
	}
	for _, tt := range tests {
		a := parseLines(t, tt.lines...)
		if a.Number != tt.number || a.SectorNumber != tt.sector || a.Date != tt.date {
			t.Errorf("%q: n. %d (sector %d) of %q, want n. %d (sector %d) of %q", tt.lines, a.Number, a.SectorNumber, a.Date, tt.number, tt.sector, tt.date)
		}
	}
}

// TestRegisterFiguresSigned: a register's label and its figures with no
// sign between them are read as a number statement, at a cell's start,
// after a bar or after the words a narrow gutter left in the cell; a
// date after the label, or a label after its own sign, is left as it is.
func TestRegisterFiguresSigned(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Reg. Gen. 311 del 12/03/2026", "Reg. Gen. n. 311 del 12/03/2026"},
		{"| N. SETTORIALE 42 | Reg. Gen. 311", "| N. SETTORIALE 42 | Reg. Gen. n. 311"},
		{"ORDINANZA SINDACALE Reg. Gen. 19", "ORDINANZA SINDACALE Reg. Gen. n. 19"},
		{"N. 112/2026 R.G. DATA REG. GEN. 25/03/2026", "N. 112/2026 R.G. DATA REG. GEN. 25/03/2026"},
		{"N. Reg. Gen. 311 / N. Reg. Sett. 47", "N. Reg. Gen. 311 / N. Reg. Sett. 47"},
		{"Oggetto: lavori", "Oggetto: lavori"},
	}
	for _, tt := range tests {
		if got := withRegisterSign(tt.in); got != tt.want {
			t.Errorf("withRegisterSign(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
