package extract

import (
	"strings"
	"testing"
)

// TestFootNumber: a running foot that states the act's number and date on
// every page numbers an act whose header prints none; a line at the foot
// of one page only, or stating another act on the next, does not.
func TestFootNumber(t *testing.T) {
	page := func(body, foot string) string {
		return body + strings.Repeat("\n", 50-strings.Count(body, "\n")) + foot
	}
	const body = "PROVINCIA DI PISTOIA\nDETERMINAZIONE DIRIGENZIALE\nOggetto: Lavori urgenti.\nIL DIRIGENTE\nVisto il decreto del Presidente."
	tests := []struct {
		name, text   string
		number       int
		date         string
		proposal     int
		proposalDate string
	}{
		{"the same foot on both pages",
			page(body, "Provincia di Pistoia – Determinazione Dirigenziale n. 517 del 12/05/2026 – Proposta n. 602 del 08/05/2026    Pag. 1 di 2") + "\f" +
				page("DETERMINA", "Provincia di Pistoia – Determinazione Dirigenziale n. 517 del 12/05/2026 – Proposta n. 602 del 08/05/2026    Pag. 2 di 2"),
			517, "2026-05-12", 602, "2026-05-08"},
		{"a foot without a proposal",
			page(body, "Ordinanza n. 33/2026 del 04/05/2026 – pag. 1") + "\f" + page("ORDINA", "Ordinanza n. 33/2026 del 04/05/2026 – pag. 2"),
			33, "2026-05-04", 0, ""},
		{"one page only", page(body, "Determinazione Dirigenziale n. 517 del 12/05/2026"), 0, "", 0, ""},
		{"another act on the next page",
			page(body, "richiamata la determinazione n. 12 del 03/02/2026") + "\f" + page("DETERMINA", "richiamata la determinazione n. 40 del 03/03/2026"),
			0, "", 0, ""},
		{"the statement above the foot", page(body+"\nDeterminazione n. 517 del 12/05/2026", "Pag. 1 di 2") + "\f" + page("DETERMINA\nDeterminazione n. 517 del 12/05/2026", "Pag. 2 di 2"), 0, "", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := footNumber(textDocument(tt.text))
			if f.number != tt.number || f.date != tt.date || f.proposal != tt.proposal || f.proposalDate != tt.proposalDate {
				t.Errorf("got n. %d %q, proposal %d %q; want n. %d %q, proposal %d %q", f.number, f.date, f.proposal, f.proposalDate, tt.number, tt.date, tt.proposal, tt.proposalDate)
			}
		})
	}
}
