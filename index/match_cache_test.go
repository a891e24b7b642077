package index

import (
	"context"
	"maps"
	"testing"
)

// TestFacetsReusedAcrossPages pages through queries and checks every page
// has the total and the facet counts of the first, which the snapshot
// kept; then that a change to the index counts anew.
func TestFacetsReusedAcrossPages(t *testing.T) {
	ctx := context.Background()
	b := goldBackend(t)
	facets := []string{FacetDirectorate, FacetYear, FacetAct, FacetType}
	requests := []Request{
		{Query: "servizi", Facets: facets},
		{Query: "servizi", Facets: facets, Type: TypeObjective},
		{Query: "servizi", Facets: facets, Sort: SortDate},
		{Facets: facets, Year: 2020},
		{Query: "progetto OR digitale", Facets: facets, Highlight: true},
	}
	for _, req := range requests {
		first, err := b.Search(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		if first.Total < 2 {
			t.Fatalf("%+v: %d hits, too few to page", req, first.Total)
		}
		if bm := b.bitmaps.current; bm == nil || bm.queries.get(matchKey(req)) == nil {
			t.Fatalf("%+v: the matches of the first page were not kept for the next", req)
		}
		for offset := 1; offset < min(first.Total, 5); offset++ {
			page := req
			page.Limit, page.Offset = 1, offset
			got, err := b.Search(ctx, page)
			if err != nil {
				t.Fatal(err)
			}
			if got.Total != first.Total || !facetsEqual(got.Facets, first.Facets) {
				t.Errorf("%+v at %d: total %d facets %v, first page %d %v", req, offset, got.Total, got.Facets, first.Total, first.Facets)
			}
			if len(got.Hits) != 1 {
				t.Errorf("%+v at %d: %d hits, want 1", req, offset, len(got.Hits))
			}
		}
		// A caller changing its counts changes no one else's.
		for _, counts := range first.Facets {
			clear(counts)
		}
		again, err := b.Search(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		if len(again.Facets[FacetType]) == 0 {
			t.Errorf("%+v: the kept counts were changed through a response", req)
		}
	}
	// A change makes a new snapshot, counted anew.
	req := Request{Facets: facets}
	before, err := b.Search(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Index(ctx, []Document{{ID: "new/act", Type: TypeAct, ActID: "new/act", Text: "servizi"}}); err != nil {
		t.Fatal(err)
	}
	after, err := b.Search(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if after.Total != before.Total+1 || after.Facets[FacetType][TypeAct] != before.Facets[FacetType][TypeAct]+1 {
		t.Errorf("after indexing one act: total %d, acts %d; before %d, %d", after.Total, after.Facets[FacetType][TypeAct],
			before.Total, before.Facets[FacetType][TypeAct])
	}
}

func facetsEqual(a, b map[string]map[string]int) bool {
	return maps.EqualFunc(a, b, func(x, y map[string]int) bool { return maps.Equal(x, y) })
}
