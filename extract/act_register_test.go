package extract

import "testing"

// TestGeneralRegister: a determinazione numbered in its office's series
// in the heading takes the general register's number and date from a
// closing sentence or a line of the last page's box; the heading's
// number is its sector number.
func TestGeneralRegister(t *testing.T) {
	const head = "COMUNE DI BORGO\nSETTORE II - SERVIZI SOCIALI\nDETERMINAZIONE N. 41 DEL 17/04/2026\nOGGETTO: Liquidazione.\nIL RESPONSABILE DEL SETTORE\nVisto il bilancio;\nDETERMINA\n1. di liquidare la spesa.\n"
	tests := []struct {
		name, closing  string
		number, sector int
		date           string
	}{
		{"a sentence, the register first", "La presente determinazione è stata registrata al Registro Generale al n. 1204 in data 20/04/2026.\n", 1204, 41, "2026-04-20"},
		{"a sentence, the number first", "Il presente atto, registrato al n. 233 del Registro Generale delle determinazioni in data 20.4.2026, è\n", 233, 41, "2026-04-20"},
		{"annotated, the number with its year and initials", "LA PRESENTE DETERMINAZIONE E’ STATA ANNOTATA NEL REGISTRO GENERALE\nAL N. 47/2026 R.G. IN DATA 22/04/2026.\n", 47, 41, "2026-04-22"},
		{"entered", "divenuta esecutiva ed è stata iscritta nel Registro Generale al n. 164 in data 23/04/2026.\n", 164, 41, "2026-04-23"},
		{"a box's label and value", "REGISTRAZIONE E PUBBLICAZIONE\nRegistro Generale                     n. 233 del 20.4.2026\n", 233, 41, "2026-04-20"},
		{"the label abbreviated", "Reg. Gen. 31 del 4.2.2026\n", 31, 41, "2026-02-04"},
		{"number and date under their own labels", "Numero di Registro Generale: 96 - Data di registrazione: 09/04/2026\n", 96, 41, "2026-04-09"},
		{"the label over its number, a line of the cell beside between", "REGISTRO GENERALE                  Pubblicata all'Albo dal 13/04/2026 al\n                                   28/04/2026\nN. 177 del 10/04/2026\n", 177, 41, "2026-04-10"},
		{"the label over its number, the date beside the label", "REGISTRO GENERALE                  Data di registrazione: 27/04/2026\nN. 97/2026 R.G.                    Esecutiva dalla data del visto\n", 97, 41, "2026-04-27"},
		{"the register's letters before its figures", "Registro generale    DD 245/2026    Data    20/04/2026\n", 245, 41, "2026-04-20"},
		{"a number with its thousands' stop", "Registro Generale    n. 1.316 del 20/04/2026\n", 1316, 41, "2026-04-20"},
		{"a running foot on every page", "Determinazione R.G. n. 412 del 20/04/2026 - Pag. 1 di 2\f" + head + "Determinazione R.G. n. 412 del 20/04/2026 - Pag. 2 di 2\n", 412, 41, "2026-04-20"},
		{"a running foot's sentence on the last page", "Fine pagina.\nComune di Borgo – Pagina 1 di 2\f2. di pubblicare.\nDeterminazione registrata al n. 38 del Registro Generale in data 20/04/2026 – pagina 2 di 2\n", 38, 41, "2026-04-20"},
		{"annotated, the register's initials after the number", "REGISTRATA AL N. 47/2026 R.G. IN DATA 22/04/2026\n", 47, 41, "2026-04-22"},
		{"the register's label after a dash, naming what it records", "Esecutiva dal 20/04/2026 – Registro Generale delle Determinazioni n. 57 del 20/04/2026\n", 57, 41, "2026-04-20"},
		{"a cited act's register after a dash, the citation on the line above", "richiamato il bando approvato con determinazione n. 19\ndel 14.4.2026 – Reg. Gen. 67; richiamata la graduatoria;\n", 41, 0, "2026-04-17"},
		{"a cited act's register after a dash", "Vista la determinazione n. 12 – Registro Generale n. 317 del 12/01/2026;\n", 41, 0, "2026-04-17"},
		{"the register of the determinazioni, dated \"di data\"", "Registro delle determinazioni          n. 57      di data      20 aprile 2026\n", 57, 41, "2026-04-20"},
		{"a closing grid's register and its date of adoption", "Registro generale       n. 58      Data di adozione        20/04/2026\n", 58, 41, "2026-04-20"},
		{"a grid's label with a date beside it, its number elsewhere", "REGISTRO GENERALE    12/02/2026\n", 41, 0, "2026-04-17"},
		{"another act's register opening a line of a sentence", "approvato con determinazione\nR.G. n. 2419 del 03/12/2025;\n", 41, 0, "2026-04-17"},
		{"another act's register cited in a sentence", "Richiamata la determinazione R.G. n. 317 del 12/01/2026;\n", 41, 0, "2026-04-17"},
		{"a line that only opens with the register's word", "Registro generale delle determinazioni consultabile presso l'ufficio.\n", 41, 0, "2026-04-17"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := ParseAct(textDocument(head + tt.closing))
			if a == nil || a.Number != tt.number || a.SectorNumber != tt.sector || a.Date != tt.date {
				t.Errorf("got %+v, want number %d, sector %d, date %s", a, tt.number, tt.sector, tt.date)
			}
		})
	}
}

// TestGeneralRegisterNumbersUnnumberedHeading: a heading that prints no
// number takes the general register's.
func TestGeneralRegisterNumbersUnnumberedHeading(t *testing.T) {
	a := ParseAct(textDocument("COMUNE DI BORGO\nDETERMINAZIONE DEL RESPONSABILE DEL SETTORE II\nOGGETTO: Liquidazione.\nIL RESPONSABILE DEL SETTORE\nVisto il bilancio;\nDETERMINA\n1. di liquidare.\nè stata iscritta nel Registro Generale al n. 164 in data 23/04/2026.\n"))
	if a == nil || a.Number != 164 || a.Date != "2026-04-23" {
		t.Errorf("got %+v, want number 164 of 2026-04-23", a)
	}
	// A grid on the last page, the general register in its second cell,
	// its date in the cell under it.
	a = ParseAct(textDocument("COMUNE DI BORGO\nDETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO\nOGGETTO: Rimborso.\nIL RESPONSABILE DEL SERVIZIO\nViste le istanze;\nDETERMINA\n1. di rimborsare.\nDeterminazione n. 22 del 24-03-2026        Registro Generale n. 64        Pubblicata all'Albo on line\n(registro del servizio)                    del 26-03-2026                 dal 26-03-2026, reg. n. 188\n"))
	if a == nil || a.Number != 64 || a.Date != "2026-03-26" {
		t.Errorf("got %+v, want number 64 of 2026-03-26", a)
	}
	// The closing box's office register under the general register's.
	a = ParseAct(textDocument("COMUNE DI BORGO\nDETERMINAZIONE DEL RESPONSABILE DELL'AREA AMMINISTRATIVA\nOGGETTO: Liquidazione.\nIL RESPONSABILE DELL'AREA\nVisto il bilancio;\nDETERMINA\n1. di liquidare.\nRegistro Generale n. 98 del 25/03/2026\nRegistro di Area n. 27 del 25/03/2026\nProposta n. 31 del 23/03/2026\n"))
	if a == nil || a.Number != 98 || a.SectorNumber != 27 || a.Date != "2026-03-25" {
		t.Errorf("got %+v, want number 98 (sector 27) of 2026-03-25", a)
	}
}

func TestNamesUnit(t *testing.T) {
	tests := []struct {
		organ, office string
		want          bool
	}{
		{"SETTORE III - LAVORI PUBBLICI", "SETTORE III", true},
		{"Settore III – Lavori Pubblici", "SETTORE III", true},
		{"Servizio Finanziario e Tributi", "Servizio Finanziario e Tributi", false}, // the same, whole: keys read it both ways
		{"SETTORE III - LAVORI PUBBLICI", "SETTORE II", false},
		{"AREA TECNICA", "AREA TECNICA MANUTENTIVA", false},
		{"", "SETTORE III", false},
	}
	for _, tt := range tests {
		if got := namesUnit(tt.organ, tt.office); got != tt.want {
			t.Errorf("namesUnit(%q, %q) = %v, want %v", tt.organ, tt.office, got, tt.want)
		}
	}
}

// TestClosingBoxNumber: a minute whose heading numbers nothing takes the
// number of the box on its last page, under a heading that names its
// kind; not that of an act a sentence there cites.
func TestClosingBoxNumber(t *testing.T) {
	const minute = "COMUNE DI NORAGUGUME\nVERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE\nOGGETTO: Concessione in uso del campo sportivo.\nL'anno duemilaventisei, il giorno cinque del mese di marzo, si è riunita la Giunta Comunale.\nLA GIUNTA COMUNALE\nDELIBERA\n1. di concedere l'uso.\n"
	tests := []struct {
		name, closing string
		number        int
	}{
		{"the box's heading over its number", "DELIBERAZIONE DELLA GIUNTA COMUNALE\nN. 21 del 05/03/2026\n", 21},
		{"a sentence citing another act", "come stabilito dalla deliberazione della Giunta Comunale\nn. 12 del 10/02/2026, che si richiama.\n", 0},
	}
	for _, tt := range tests {
		a := ParseAct(textDocument(minute + tt.closing))
		if a == nil || a.Number != tt.number {
			t.Errorf("%s: got %+v, want number %d", tt.name, a, tt.number)
		}
	}
}
