package index

import (
	"context"
	"fmt"
	"slices"
	"testing"
)

// TestGroupedPageReadWhole: a grouped search folds a window read with only
// what folding needs (from the fold keys of the bitmaps a request with
// facets builds: fold_keys.go), then reads the page's hits whole. Every hit
// shown must be the same document, text, act, directorate, score and
// highlight as the flat search of the same request gives it.
func TestGroupedPageReadWhole(t *testing.T) {
	ctx := context.Background()
	ix := openGoldIndex(t)
	for _, req := range []Request{
		{Query: "servizi"},
		{Query: "servizi", Highlight: true},
		{Query: "servizi", Type: TypeObjective, Year: 2020},
		{Query: "progetto", Sort: SortDate},
		{Query: "cittadini", Latest: true, Highlight: true},
		{Query: "gestione", Offset: 3, Limit: 4},
		{Query: "servizi", Facets: []string{FacetYear}},
		{Query: "servizi", Highlight: true, Facets: []string{FacetType, FacetDirectorate}},
		{Query: "cittadini", Latest: true, Highlight: true, Facets: []string{FacetYear}},
		{Query: "gestione", Offset: 3, Limit: 4, Type: TypeObjective, Facets: []string{FacetAct}},
		{Query: "*", Type: TypeObjective},
		{Type: TypeObjective},
	} {
		t.Run(fmt.Sprintf("%+v", req), func(t *testing.T) {
			grouped := req
			grouped.Group = true
			got, err := ix.Search(ctx, grouped)
			if err != nil {
				t.Fatal(err)
			}
			flat := req
			flat.Offset, flat.Limit = 0, MaxLimit
			all, err := ix.Search(ctx, flat)
			if err != nil {
				t.Fatal(err)
			}
			if len(got.Hits) == 0 {
				t.Fatal("no hits")
			}
			for _, h := range got.Hits {
				i := slices.IndexFunc(all.Hits, func(w Hit) bool { return w.ID == h.ID })
				if i < 0 {
					t.Errorf("%s: not among the flat search's hits", h.ID)
					continue
				}
				w := all.Hits[i]
				if h.Text != w.Text || h.Act != w.Act || h.Directorate != w.Directorate || h.Director != w.Director ||
					h.Year != w.Year || h.Section != w.Section || h.Page != w.Page || h.Lineage != w.Lineage || h.Type != w.Type {
					t.Errorf("%s: shown as %+v, the flat search has %+v", h.ID, h, w)
				}
				if h.Score != w.Score || h.Highlight != w.Highlight {
					t.Errorf("%s: score %v highlight %q, the flat search %v %q", h.ID, h.Score, h.Highlight, w.Score, w.Highlight)
				}
				if h.Folded < 1 {
					t.Errorf("%s: folded %d", h.ID, h.Folded)
				}
			}
		})
	}
}
