package index

import (
	"context"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/search/query"
)

// TestFacetCountsTwoWays: counting a few matches by their documents'
// ordinals and many by intersecting bitmaps give the same counts.
func TestFacetCountsTwoWays(t *testing.T) {
	ix := openGoldIndex(t)
	b := ix.cur.backend.(*bleveBackend)
	_, bm := currentBitmaps(t, b)
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

// TestPairedPhrases: a phrase looked up by its pairs of words finds the
// documents that have its words in order with only stop words where it has
// stop words (bleve's own phrase query lets any word stand there: "Piattaforma
// di integrazione" would find "piattaforma digitale integrata"), for phrases
// of two to four words cut from the texts themselves.
func TestPairedPhrases(t *testing.T) {
	ix := openGoldIndex(t)
	ctx := context.Background()
	b := ix.cur.backend.(*bleveBackend)
	all, err := ix.Search(ctx, Request{Limit: MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]analysis.TokenStream{}
	for _, h := range all.Hits {
		texts[h.ID] = b.analyse(h.Text)
	}
	paired := 0
	for _, h := range all.Hits[:80] {
		words := strings.Fields(strings.ReplaceAll(h.Text, `"`, ``))
		for n := 2; n <= 4 && n <= len(words); n++ {
			for _, from := range []int{0, (len(words) - n) / 2} {
				phrase := strings.Join(words[from:from+n], " ")
				q, _, err := b.buildQuery(Request{Query: `"` + phrase + `"`})
				if err != nil {
					t.Fatal(err)
				}
				if _, ok := innermost(q).(*pairedPhrase); !ok {
					continue
				}
				paired++
				var want []string
				for id, text := range texts {
					if hasPhrase(text, b.analyse(phrase)) {
						want = append(want, id)
					}
				}
				slices.Sort(want)
				if got := searchIDs(t, b, q); !slices.Equal(got, want) {
					t.Errorf("%q: paired finds %v, want %v", phrase, got, want)
				}
			}
		}
	}
	if paired == 0 {
		t.Fatal("no phrase was looked up by its pairs")
	}
}

// hasPhrase says whether a text's tokens hold the phrase's at the same
// distances, with no other token between them.
func hasPhrase(text, phrase analysis.TokenStream) bool {
	at := map[int]string{}
	for _, tok := range text {
		at[tok.Position] = string(tok.Term)
	}
	first, last := phrase[0].Position, phrase[len(phrase)-1].Position
	want := map[int]string{}
	for _, tok := range phrase {
		want[tok.Position-first] = string(tok.Term)
	}
	for _, tok := range text {
		p := tok.Position
		ok := true
		for d := 0; d <= last-first && ok; d++ {
			term, inText := at[p+d]
			w, inPhrase := want[d]
			ok = inText == inPhrase && term == w
		}
		if ok {
			return true
		}
	}
	return false
}

// innermost is the query the query string parser wrapped a lone clause in.
func innermost(q query.Query) query.Query {
	switch q := q.(type) {
	case *query.BooleanQuery:
		if q.Must == nil && q.MustNot == nil && q.Should != nil {
			return innermost(q.Should)
		}
		if q.Must != nil && q.Should == nil && q.MustNot == nil {
			return innermost(q.Must)
		}
	case *query.DisjunctionQuery:
		if len(q.Disjuncts) == 1 {
			return innermost(q.Disjuncts[0])
		}
	case *query.ConjunctionQuery:
		if len(q.Conjuncts) == 1 {
			return innermost(q.Conjuncts[0])
		}
	}
	return q
}

// searchIDs are the sorted ids of every document q matches.
func searchIDs(t *testing.T, b *bleveBackend, q query.Query) []string {
	t.Helper()
	res, err := b.idx.search(context.Background(), q, 10000, 0)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, h := range res.Hits {
		ids = append(ids, h.ID)
	}
	slices.Sort(ids)
	return ids
}
