package indextest

import (
	"context"
	"errors"
	"maps"
	"slices"
	"testing"

	"github.com/openalbo/albo/index"
)

// Fuzz feeds arbitrary query strings to an index of the gold extractions
// over a backend: every one is either answered consistently (no more hits
// than the total, the type facet adding up to it) or refused as a bad
// query, never a panic or another error. The seeds are the queries of the
// data-driven cases and a few hostile ones.
func Fuzz(f *testing.F, open Opener) {
	cases := SearchCases(f)
	for _, file := range slices.Sorted(maps.Keys(cases)) {
		for _, c := range cases[file] {
			f.Add(c.Request.Query, c.Request.Year, c.Request.Sort == index.SortDate)
		}
	}
	f.Add(`directorate:"DIREZIONE CASA" +"a b`, 0, false)
	f.Add("/[a-/ ~~ ^^ *?* \x00 dell’", 2019, true)
	f.Add(`year:>2019 date:<"2020-01-01" memoria~3 citt?* "a"~2 number:7`, 0, false)
	ix := goldIndex(f, open)
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, q string, year int, byDate bool) {
		req := index.Request{Query: q, Year: year, Facets: []string{index.FacetType, index.FacetYear}, Highlight: true, Limit: 5}
		if byDate {
			req.Sort = index.SortDate
		}
		res, err := ix.Search(ctx, req)
		var bad *index.BadQueryError
		if errors.As(err, &bad) {
			return
		}
		if err != nil {
			t.Fatalf("query %q: %v", q, err)
		}
		if len(res.Hits) > res.Total || len(res.Hits) > 5 {
			t.Fatalf("query %q: %d hits of %d", q, len(res.Hits), res.Total)
		}
		sum := 0
		for _, n := range res.Facets[index.FacetType] {
			sum += n
		}
		if sum != res.Total {
			t.Fatalf("query %q: type facet adds up to %d, total %d", q, sum, res.Total)
		}
	})
}
