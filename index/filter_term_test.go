package index

import (
	"context"
	"fmt"
	"strconv"
	"testing"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// TestFilterTermsKeepHitsAndScores ranks queries narrowed by one, two and
// three filters with the filters as bleve's terms and as filterTerms, and
// checks the hits come in the same order with the same scores, to the
// bit, on the bitmaps' snapshot.
func TestFilterTermsKeepHitsAndScores(t *testing.T) {
	ctx := context.Background()
	b := goldBackend(t)
	bm, err := b.bitmaps.get(currentSnapshot(t, b))
	if err != nil {
		t.Fatal(err)
	}
	var year, act, directorate string
	for v := range bm.values[fieldYear] {
		year = max(year, v)
	}
	for v, docs := range bm.values[fieldAct] {
		if docs.GetCardinality() > 50 {
			act = v
		}
	}
	for v, docs := range bm.values[fieldDirectorate] {
		if v != "" && docs.GetCardinality() > 20 {
			directorate = v
		}
	}
	yearN, err := strconv.Atoi(year)
	if err != nil {
		t.Fatalf("year %q: %v", year, err)
	}
	for _, text := range []string{"servizi", "piano obiettivi", `"gestione del"`, "+servizi -digitale", "digitali*", "servizi~1"} {
		for _, req := range []Request{
			{Query: text, Type: TypeObjective},
			{Query: text, Year: yearN},
			{Query: text, Type: TypeObjective, Act: act},
			{Query: text, Type: TypeObjective, Act: act, Directorate: directorate},
			{Query: text, Type: TypeChange},
		} {
			q, _, err := b.buildQuery(req)
			if err != nil {
				t.Fatal(err)
			}
			rank := func(q query.Query) *searchResult {
				hits, total, err := b.idx.topHits(ctx, bm.snapshot, q, 1000, 0, false)
				if err != nil {
					t.Fatal(err)
				}
				return &searchResult{Total: total, Hits: hits}
			}
			sameRanking(t, fmt.Sprintf("%+v", req), rank(&recordingQuery{Query: withFilterTerms(q, bm), docs: roaring.New()}), rank(q))
		}
	}
}
