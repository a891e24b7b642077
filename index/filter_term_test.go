package index

import (
	"context"
	"fmt"
	"strconv"
	"testing"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
)

// TestFilterTermsKeepHitsAndScores ranks queries narrowed by one, two and
// three filters with the filters as bleve's terms and as filterTerms, and
// checks the hits come in the same order with the same scores, to the
// bit; and that the filterTerms were searched on the bitmaps.
func TestFilterTermsKeepHitsAndScores(t *testing.T) {
	ctx := context.Background()
	b := goldBackend(t)
	// Merging left behind by the load would replace the snapshot under
	// the searches (slowly, under the race detector): let it end first.
	if err := b.Settle(ctx); err != nil {
		t.Fatal(err)
	}
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
	searched := 0
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
			want, err := b.idx.SearchInContext(ctx, bleve.NewSearchRequestOptions(q, 1000, 0, false))
			if err != nil {
				t.Fatal(err)
			}
			ranked := &snapshotQuery{Query: &recordingQuery{Query: withFilterTerms(q, bm), docs: roaring.New()}}
			got, err := b.idx.SearchInContext(ctx, bleve.NewSearchRequestOptions(ranked, 1000, 0, false))
			if err != nil {
				t.Fatal(err)
			}
			if s, ok := ranked.reader.(*scorch.IndexSnapshot); ok && s == bm.snapshot {
				searched++
			}
			sameRanking(t, fmt.Sprintf("%+v", req), got, want)
		}
	}
	if searched == 0 {
		t.Error("no search ran on the bitmaps' snapshot")
	}
}
