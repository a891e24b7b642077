package extract

import (
	"fmt"
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
		{"a decree alone is no act of the organ's", "Sindaco",
			"Visto il decreto n. 4 del 02/01/2026;",
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
				got += fmt.Sprintf("%s | %s | %d | %s", c.Kind, c.Organ, *c.Number, c.Date)
			}
			if got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
