package index

import (
	"context"
	"fmt"
	"testing"
)

// TestReindexedDocumentsCountOnce indexes some documents again, as an
// update does: scorch marks their old versions deleted in the old
// segment. Every kind of search that reads posting lists as bitmaps (the
// matches of a query sorted by date, facet counts, the filters) must
// count and show each document once, as before the update.
func TestReindexedDocumentsCountOnce(t *testing.T) {
	ctx := context.Background()
	b := goldBackend(t)
	facets := []string{FacetDirectorate, FacetYear, FacetAct, FacetType}
	requests := []Request{
		{Query: "servizi", Sort: SortDate, Facets: facets, Limit: MaxLimit},
		{Query: "servizi", Facets: facets, Limit: MaxLimit},
		{Query: "servizi OR progetto", Facets: facets, Type: TypeObjective, Limit: MaxLimit},
		{Query: "servizi", Type: TypeObjective, Limit: MaxLimit},
		{Facets: facets, Type: TypeObjective, Limit: MaxLimit},
	}
	before := make([]*Response, len(requests))
	for i, req := range requests {
		res, err := b.Search(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		if res.Total < 10 {
			t.Fatalf("%+v: %d hits, too few to test", req, res.Total)
		}
		before[i] = res
	}
	// Ten of the matches again, unchanged.
	shown := map[string]bool{}
	for _, h := range before[0].Hits[:10] {
		shown[h.ID] = true
	}
	var again []Document
	for _, d := range goldDocuments(t) {
		if shown[d.ID] {
			again = append(again, d)
		}
	}
	if len(again) != len(shown) {
		t.Fatalf("%d of the %d documents to index again found", len(again), len(shown))
	}
	if err := b.Index(ctx, again); err != nil {
		t.Fatal(err)
	}
	for i, req := range requests {
		what := fmt.Sprintf("%+v", req)
		got, err := b.Search(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		if got.Total != before[i].Total || !facetsEqual(got.Facets, before[i].Facets) {
			t.Errorf("%s: after the update %d hits, facets %v; before %d, %v", what, got.Total, got.Facets, before[i].Total, before[i].Facets)
		}
		seen := map[string]bool{}
		for _, h := range got.Hits {
			if seen[h.ID] {
				t.Errorf("%s: %s shown twice", what, h.ID)
			}
			seen[h.ID] = true
		}
	}
}
