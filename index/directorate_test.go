package index

import (
	"context"
	"testing"
)

// TestOneNamePerDirectorate: a changes annex words the directorates its
// own way; its records are indexed under the plan's names, so a search's
// facets never show one directorate twice, and a filter by either wording
// finds the objectives and the change records alike.
func TestOneNamePerDirectorate(t *testing.T) {
	ix := openGoldIndex(t)
	ctx := context.Background()
	for _, q := range []string{"citta", "", "servizi"} {
		res, err := ix.Search(ctx, Request{Query: q, Facets: []string{FacetDirectorate}})
		if err != nil {
			t.Fatal(err)
		}
		byKey := map[string]string{}
		for name := range res.Facets[FacetDirectorate] {
			if other, ok := byKey[directorateKey(name)]; ok {
				t.Errorf("search %q: facet values %q and %q are the same directorate", q, name, other)
			}
			byKey[directorateKey(name)] = name
		}
	}

	changes, err := ix.Search(ctx, Request{Type: TypeChange, Limit: MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	reworded := map[string]string{} // the annex's wording -> the plan's name
	for _, h := range changes.Hits {
		if h.DirectoratePrinted != "" {
			reworded[h.DirectoratePrinted] = h.Directorate
		}
	}
	if len(reworded) == 0 {
		t.Fatal("no change record words its directorate otherwise than the plan: the test proves nothing")
	}
	for printed, name := range reworded {
		var totals []int
		for _, filter := range []string{printed, name} {
			res, err := ix.Search(ctx, Request{Directorate: filter, Facets: []string{FacetType, FacetDirectorate}})
			if err != nil {
				t.Fatal(err)
			}
			if res.Facets[FacetType][TypeObjective] == 0 || res.Facets[FacetType][TypeChange] == 0 {
				t.Errorf("filter %q (plan: %q): types %v, want objectives and changes", filter, name, res.Facets[FacetType])
			}
			if len(res.Facets[FacetDirectorate]) != 1 {
				t.Errorf("filter %q: directorates %v, want %q alone", filter, res.Facets[FacetDirectorate], name)
			}
			totals = append(totals, res.Total)
		}
		if totals[0] != totals[1] {
			t.Errorf("filter %q finds %d, %q finds %d", printed, totals[0], name, totals[1])
		}
	}
}

func TestDirectorateKey(t *testing.T) {
	tests := []struct{ a, b string }{
		{"DIREZIONE POLITICHE SOCIALI", "Politiche Sociali"},
		{"DIREZIONE SERVIZI CIVICI, PARTECIPAZIONE E SPORT", "Direzione Servizi Civici Partecipazione e Sport"},
		{"DIREZIONE SPECIALISTICA AUTORITA’ DI GESTIONE E MONITORAGGIO PIANI", "Autorità di Gestione e Monitoraggio Piani"},
		{"AREA SERVIZIO PRESIDENZA DEL CONSIGLIO COMUNALE", "Servizio Presidenza del Consiglio Comunale"},
		{"Direzione Mobilità e Trasporti", "DIREZIONE MOBILITA' E TRASPORTI"},
	}
	for _, tt := range tests {
		if ka, kb := directorateKey(tt.a), directorateKey(tt.b); ka != kb {
			t.Errorf("directorateKey(%q) = %q, directorateKey(%q) = %q: want the same", tt.a, ka, tt.b, kb)
		}
	}
	// Different directorates stay apart.
	if directorateKey("DIREZIONE GENERALE") == directorateKey("SEGRETERIA GENERALE") {
		t.Error("Direzione Generale and Segreteria Generale share a key")
	}
}
