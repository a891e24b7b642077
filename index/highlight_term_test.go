package index

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search/highlight/highlighter/html"
	"github.com/blevesearch/bleve/v2/search/query"
)

// TestHighlightTermAsBleve highlights the hits of every term of the gold
// documents' texts (and of some queries with filters) by highlightTerm
// and by bleve searching them with the query: the same fragments, to the
// byte. Queries of anything else than one word are highlighted by bleve.
func TestHighlightTermAsBleve(t *testing.T) {
	ctx := context.Background()
	b := goldBackend(t)
	terms := map[string]bool{}
	for i, d := range goldDocuments(t) {
		if i%7 == 0 {
			for _, tok := range b.analyse(d.Text) {
				terms[string(tok.Term)] = true
			}
		}
	}
	if len(terms) < 200 {
		t.Fatalf("%d terms: too few to test", len(terms))
	}
	compared := 0
	check := func(what string, q query.Query) {
		t.Helper()
		res, err := b.idx.search(ctx, q, 25, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) == 0 {
			return
		}
		ids := make([]string, len(res.Hits))
		scores := make([]float64, len(res.Hits))
		for i, h := range res.Hits {
			ids[i] = h.ID
		}
		snap := currentSnapshot(t, b)
		got, err := b.load(ctx, Request{Highlight: true}, q, snap, ids, scores)
		if err != nil {
			t.Fatal(err)
		}
		wantByID := bleveHighlights(ctx, t, b, snap, q, ids)
		for _, h := range got {
			if h.Highlight != wantByID[h.ID] {
				t.Errorf("%s in %s:\n got %q\nwant %q", what, h.ID, h.Highlight, wantByID[h.ID])
				return
			}
			if h.Highlight != "" {
				compared++
			}
		}
	}
	for term := range terms {
		tq := query.NewTermQuery(term)
		tq.SetField(fieldText)
		q := query.Query(&normalizedTerm{tq})
		if _, ok := highlightedTerm(q); !ok {
			t.Fatalf("%q: not highlighted by term", term)
		}
		check(term, q)
	}
	for _, req := range []Request{
		{Query: "servizi", Type: TypeObjective},
		{Query: "città", Year: 2020},
		{Query: `"gestione del"`},
		{Query: "servizi", Directorate: "a", DirectorateSpellings: []string{"a", "b"}},
	} {
		q, _, err := b.buildQuery(req)
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := highlightedTerm(q); !ok {
			t.Errorf("%+v: not highlighted by term", req)
		}
		check(req.Query, q)
	}
	for _, text := range []string{"servizi digitali", `"servizi digitali"`, "servizi OR digitale", "digitali*", "servizi~1", "type:objective"} {
		q, _, err := b.buildQuery(Request{Query: text})
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := highlightedTerm(q); ok {
			t.Errorf("%q: highlighted by term", text)
		}
		check(text, q)
	}
	t.Logf("%d terms, %d highlights compared", len(terms), compared)
	if compared < 1000 {
		t.Errorf("%d highlights compared, too few", compared)
	}
}

// TestSearchHitsHighlightedAsBleve searches pages with highlights, as the
// search page does without grouping: ranked and highlighted off the
// posting lists and the hits' text for one word, they are bleve's pages
// (bleveHits), hits, scores, fields and highlights alike.
func TestSearchHitsHighlightedAsBleve(t *testing.T) {
	ctx := context.Background()
	b, snap := rankSnapshot(t)
	requests := []Request{
		{Query: "servizi"},
		{Query: "servizi", Type: TypeObjective, Offset: 10},
		{Query: "gestione", Type: TypeObjective, Limit: 7, Offset: 31},
		{Query: "digitale", Type: TypeChange},
		{Query: "text:servizi^3"},
		{Query: "nessunaparolacosì"},
		{Query: "piano obiettivi"}, // bleve's, both ways
	}
	for _, req := range requests {
		req.Highlight = true
		q, _, err := b.buildQuery(req)
		if err != nil {
			t.Fatal(err)
		}
		if err := compareHighlightedHits(ctx, t, b, snap, req, q); err != nil {
			t.Fatal(err)
		}
	}
}

// bleveHighlights are the highlights of the documents ids by q in snap, as
// bleve's search makes them (LoadAndHighlightFields, its html highlighter)
// from the matches' locations; by id.
func bleveHighlights(ctx context.Context, t *testing.T, b *bleveBackend, snap *scorch.IndexSnapshot, q query.Query, ids []string) map[string]string {
	t.Helper()
	matches, _, err := b.idx.topHits(ctx, snap, query.NewConjunctionQuery([]query.Query{query.NewDocIDQuery(ids), q}), len(ids), 0, true)
	if err != nil {
		t.Fatal(err)
	}
	sr := bleve.NewSearchRequest(nil)
	sr.Highlight = bleve.NewHighlightWithStyle(html.Name)
	sr.Highlight.AddField(fieldText)
	highlighter, err := bleve.Config.Cache.HighlighterNamed(html.Name)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, h := range matches {
		if err, _ := bleve.LoadAndHighlightFields(h, sr, "", snap, highlighter); err != nil {
			t.Fatal(err)
		}
		out[h.ID] = strings.Join(h.Fragments[fieldText], highlightSeparator)
	}
	return out
}

// compareHighlightedHits fails t where searchHits and bleveHits differ on
// snap, for q alone, with its filters read off the bitmaps and recorded.
func compareHighlightedHits(ctx context.Context, t *testing.T, b *bleveBackend, snap *scorch.IndexSnapshot, req Request, q query.Query) error {
	t.Helper()
	bm, err := b.bitmaps.get(snap)
	if err != nil {
		return err
	}
	for _, q := range []query.Query{q, withFilterTerms(q, bm), &recordingQuery{Query: withFilterTerms(q, bm), docs: roaring.New()}} {
		got, err := b.searchHits(ctx, req, q, snap)
		if err != nil {
			return err
		}
		want, err := b.bleveHits(ctx, req, unrecorded(q), snap)
		if err != nil {
			return err
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%+v (%T): searchHits\n%+v\nbleve\n%+v", req, q, got, want)
		}
		highlighted := 0
		for _, h := range got.Hits {
			if h.Highlight != "" {
				highlighted++
			}
		}
		if len(got.Hits) > 0 && req.Query != "piano obiettivi" && highlighted == 0 {
			t.Errorf("%+v: none of %d hits highlighted", req, len(got.Hits))
		}
	}
	return nil
}
