package index

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/blevesearch/bleve/v2/search/query"
)

// TestUnwrapKeepsHitsAndScores runs query strings over the gold acts as
// parsed and rewritten, with and without unwrapping, alone and narrowed
// by a filter, and checks the hits come in the same order with the same
// scores, to the bit.
func TestUnwrapKeepsHitsAndScores(t *testing.T) {
	ctx := context.Background()
	b := goldBackend(t)
	parse := func(s string) query.Query {
		q, err := query.NewQueryStringQuery(s).Parse()
		if err != nil {
			t.Fatal(err)
		}
		if q, err = b.rewrite(q); err != nil {
			t.Fatal(err)
		}
		return q
	}
	unwrapped := 0
	for _, s := range []string{"servizi", "Città", "digitalizzazione", "piano obiettivi", "+servizi -digitale",
		"+servizi sociali", "servizi~1", "type:objective", `"gestione del"`, "della", "servizi^3", "text:scuola",
		"digitali*", "servizi OR scuola", "-servizi"} {
		for _, filter := range []query.Query{nil, termQueries(fieldType, []string{TypeObjective})[0]} {
			plain, simple := parse(s), b.unwrap(parse(s))
			if _, ok := simple.(*query.BooleanQuery); !ok {
				unwrapped++
			}
			if filter != nil {
				plain, simple = query.NewConjunctionQuery([]query.Query{plain, filter}), query.NewConjunctionQuery([]query.Query{simple, filter})
			}
			want, err := b.idx.search(ctx, plain, 1000, 0)
			if err != nil {
				t.Fatal(err)
			}
			got, err := b.idx.search(ctx, simple, 1000, 0)
			if err != nil {
				t.Fatal(err)
			}
			sameRanking(t, fmt.Sprintf("%q (filter %v)", s, filter != nil), got, want)
		}
	}
	if unwrapped == 0 {
		t.Error("no query was unwrapped")
	}
}

// goldBackend is a bare bleve backend holding the documents of the gold
// acts, closed at the end of the test.
func goldBackend(t testing.TB) *bleveBackend {
	t.Helper()
	b := newTestBackend(t)
	if err := b.Index(context.Background(), goldDocuments(t)); err != nil {
		t.Fatal(err)
	}
	return b
}

// newTestBackend is an empty bleve backend in the test's folder, closed
// at the end of the test.
func newTestBackend(t testing.TB) *bleveBackend {
	t.Helper()
	be, err := OpenBleve(filepath.Join(t.TempDir(), "bleve"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { be.Close() })
	return be.(*bleveBackend)
}

// goldDocuments are the documents of the gold acts.
func goldDocuments(t testing.TB) []Document {
	t.Helper()
	var docs []Document
	for _, name := range goldActs {
		ref, res := loadGold(t, name)
		docs = append(docs, newActRecord(ref, "gold:"+name, res).documents()...)
	}
	return docs
}

// sameRanking fails the test unless got has want's hits in want's order
// with want's scores, to the bit.
func sameRanking(t *testing.T, what string, got, want *searchResult) {
	t.Helper()
	if got.Total != want.Total || len(got.Hits) != len(want.Hits) {
		t.Errorf("%s: %d hits, want %d", what, got.Total, want.Total)
		return
	}
	for i, h := range got.Hits {
		if w := want.Hits[i]; h.ID != w.ID || h.Score != w.Score {
			t.Errorf("%s: hit %d is %s %v, want %s %v", what, i, h.ID, h.Score, w.ID, w.Score)
			return
		}
	}
}
