package extract

import (
	"fmt"
	"slices"
	"testing"
)

// TestFindCitations: the acts a sentence cites, their kind, organ,
// number and date as the sentence gives them.
func TestFindCitations(t *testing.T) {
	tests := []struct {
		name, organ, text, want string
	}{
		{"the organ after the kind", "Giunta Comunale",
			"Richiamata la deliberazione del Consiglio Comunale n. 33 del 28/05/2019;",
			"deliberazione | Consiglio Comunale | 33 | 2019-05-28"},
		{"the act's own organ's, named by its kind", "Consiglio Comunale",
			"RICHIAMATA la propria deliberazione n. 8 del 27/02/2026 con la quale è stato approvato il bilancio;",
			"deliberazione | Consiglio Comunale | 8 | 2026-02-27"},
		{"the Sindaco's own decree", "Sindaco",
			"Richiamato il proprio decreto n. 31 del 30/12/2025 con il quale sono stati prorogati gli incarichi;",
			"decreto | Sindaco | 31 | 2025-12-30"},
		{"the organ as an adjective", "Consiglio Comunale",
			"PREMESSO che con deliberazione consiliare n. 6 del 26/02/2026, immediatamente eseguibile, è stato approvato il bilancio;",
			"deliberazione | Consiglio Comunale | 6 | 2026-02-26"},
		{"a decree alone is cited with no organ, not as the act's organ's", "Sindaco",
			"Visto il decreto n. 4 del 02/01/2026;",
			"decreto |  | 4 | 2026-01-02"},
		{"an Unione's organs", "Responsabile del Settore",
			"Richiamati la deliberazione del Consiglio dell’Unione n. 4 del 27/02/2026 e il decreto del Presidente dell’Unione n. 2 del 15/01/2026;",
			"deliberazione | Consiglio dell’Unione | 4 | 2026-02-27; decreto | Presidente dell’Unione | 2 | 2026-01-15"},
		{"a register's label between the kind and the number", "Responsabile del Settore",
			"In esecuzione della determinazione R.G. n. 226 del 09/03/2026;",
			"determinazione |  | 226 | 2026-03-09"},
		{"Trentino's 'di data' before the date", "Giunta comunale",
			"richiamata la deliberazione del Consiglio comunale n. 9 di data 26 febbraio 2026, immediatamente eseguibile;",
			"deliberazione | Consiglio Comunale | 9 | 2026-02-26"},
		{"a law of the President of the Republic is no decree of an organ", "Sindaco",
			"Visto il decreto del Presidente della Repubblica n. 445 del 28/12/2000;",
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prev := ""
			got := ""
			for _, c := range findCitations(tt.text, &Act{Organ: tt.organ}, &prev) {
				if c.Number == nil || c.Kind == "decreto legislativo" {
					continue
				}
				if got != "" {
					got += "; "
				}
				got += fmt.Sprintf("%s | %s | %d | %s", c.Kind, c.Organ, *c.Number, c.Date)
			}
			if got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestCitationSections: a notice's "In esecuzione della …" is the legal
// basis a premise's "Visto" is; a convocation's agenda cites the acts it
// ratifies, apart from the basis; a running head inside a section, the
// act's own number, is no citation.
func TestCitationSections(t *testing.T) {
	tests := []struct {
		name, text  string
		basis, rest []string // "kind n. number" of the acts cited
	}{
		{"an avviso issued in execution of acts",
			"COMUNE DI BORGO\nAVVISO PUBBLICO N. 4/2026\nCONTRIBUTI PER LA LOCAZIONE\n" +
				"In esecuzione della deliberazione della Giunta Comunale n. 37 del 03/03/2026 e della\n" +
				"determinazione R.G. n. 226 del 09/03/2026, si rende noto che sono aperti i termini.\n",
			[]string{"deliberazione n. 37", "determinazione n. 226"}, nil},
		{"an avviso's issuer before its 'in esecuzione'",
			"COMUNE DI RICCIA\nAVVISO PUBBLICO N. 2/2026\nCONTRIBUTI PER LA LOCAZIONE\n" +
				"IL RESPONSABILE DELL'AREA AMMINISTRATIVA, in esecuzione della deliberazione della Giunta Comunale\n" +
				"n. 27 del 02/04/2026, rende noto che sono aperti i termini.\n",
			[]string{"deliberazione n. 27"}, nil},
		{"a convocation's agenda",
			"COMUNE DI BORGO\nCONVOCAZIONE DEL CONSIGLIO COMUNALE\nIl Consiglio Comunale è convocato in seduta ordinaria.\n" +
				"ORDINE DEL GIORNO\n1. Approvazione dei verbali della seduta precedente.\n" +
				"2. Ratifica della deliberazione della Giunta Comunale n. 41 del 05/03/2026 avente ad oggetto: \"Variazione di bilancio\".\n",
			nil, []string{"deliberazione n. 41"}},
		{"the act's own running head inside its premises",
			"COMUNE DI BORGO\nDETERMINAZIONE R.G. N. 268 DEL 08/05/2026\nOGGETTO: Affidamento.\n" +
				"Visto il decreto sindacale n. 7 del 02/01/2026;\nDeterminazione R.G. n. 268 del 08/05/2026\n" +
				"Vista la deliberazione del Consiglio Comunale n. 9 del 27/03/2026;\nDETERMINA\n1. di affidare.\n",
			[]string{"decreto sindacale n. 7", "deliberazione n. 9"}, nil},
	}
	describe := func(cites []CitedAct) []string {
		var out []string
		for _, c := range cites {
			if c.Number != nil {
				out = append(out, fmt.Sprintf("%s n. %d", c.Kind, *c.Number))
			}
		}
		return out
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := ParseAct(textDocument(tt.text))
			if a == nil {
				t.Fatal("no act")
			}
			if got := describe(a.CitedActs); !slices.Equal(got, tt.basis) {
				t.Errorf("basis %q, want %q", got, tt.basis)
			}
			if got := describe(a.CitedActsOtherSection); !slices.Equal(got, tt.rest) {
				t.Errorf("other sections %q, want %q", got, tt.rest)
			}
		})
	}
}
