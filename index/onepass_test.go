package index

import (
	"context"
	"maps"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/index/scorch"
)

// TestFacetsAndHighlightsOfEveryKindOfQuery: the pass that ranks a page
// also gathers the matches the facets count, and highlights are a pass of
// their own over the page; both must agree with the ranking for every kind
// of query, those the posting lists answer and those only a searcher can.
func TestFacetsAndHighlightsOfEveryKindOfQuery(t *testing.T) {
	ix := openGoldIndex(t)
	ctx := context.Background()
	for _, q := range []string{
		`citta`, `"Città della Memoria"`, `"della memoria"`, `memorai~1`, `digitaliz*`,
		`+digitalizzazione -completamento`, `servizi cittadini`, `/digital.*/`,
	} {
		for i, req := range []Request{
			{Query: q, Facets: []string{FacetType, FacetYear}, Highlight: true, Limit: MaxLimit},
			{Query: q, Facets: []string{FacetType}, Type: TypeObjective, Year: 2020, Highlight: true, Limit: MaxLimit},
		} {
			res, err := ix.Search(ctx, req)
			if err != nil {
				t.Fatalf("%q: %v", q, err)
			}
			if res.Total == 0 && i == 0 {
				t.Errorf("%+v: nothing found", req)
			}
			sum := 0
			for _, n := range res.Facets[FacetType] {
				sum += n
			}
			if sum != res.Total || len(res.Hits) != res.Total {
				t.Errorf("%+v: types add up to %d, %d hits, total %d", req, sum, len(res.Hits), res.Total)
			}
			for _, h := range res.Hits {
				if !strings.Contains(h.Highlight, "<mark>") {
					t.Errorf("%q: hit %s has no highlight: %q", q, h.ID, h.Highlight)
					break
				}
			}
		}
	}
}

// TestFacetCountsTwoWays: counting a few matches by their documents'
// ordinals and many by intersecting bitmaps give the same counts.
func TestFacetCountsTwoWays(t *testing.T) {
	ix := openGoldIndex(t)
	b := ix.backend.(*bleveBackend)
	ai, err := b.idx.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	reader, err := ai.Reader()
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	snap := reader.(*scorch.IndexSnapshot)
	bm, err := b.bitmaps.get(snap)
	if err != nil {
		t.Fatal(err)
	}
	for _, req := range []Request{{}, {Type: TypeChange}, {Year: 2020}, {Act: "milano/giunta/2019/1098"}} {
		docs := bm.filtered(req)
		for _, facet := range []string{FacetDirectorate, FacetYear, FacetAct, FacetType} {
			byOrdinal, byIntersection := map[string]int{}, map[string]int{}
			field := facetField(facet)
			bm.ordinals[field].count(docs, func(v string, n int) { byOrdinal[v] = n })
			countIntersections(docs, bm.values[field], func(v string, n int) { byIntersection[v] = n })
			if len(byOrdinal) == 0 || !maps.Equal(byOrdinal, byIntersection) {
				t.Errorf("%+v, facet %s: by ordinal %v, by intersection %v", req, facet, byOrdinal, byIntersection)
			}
		}
	}
}
