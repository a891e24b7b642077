package index

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"testing"
)

// TestFoldedHitsReadOnlyShown reads a grouped search's window from the
// fold keys: every hit folding keys by lineage holds exactly its type,
// lineage, date and score, the stored values; every other hit, and
// every hit the page shows, is the whole stored document. The index has
// two segments and deleted documents, so document numbers are offset and
// some are gone.
func TestFoldedHitsReadOnlyShown(t *testing.T) {
	ctx := context.Background()
	b := goldBackend(t)
	var again []Document
	for i, d := range goldDocuments(t) {
		if d.Type == TypeObjective && i%5 != 0 {
			d.Lineage = fmt.Sprintf("chain-%d", i%40)
		}
		if i%3 == 0 {
			again = append(again, d) // replaces the first segment's copy
		}
	}
	if err := b.Index(ctx, again); err != nil {
		t.Fatal(err)
	}
	snap := currentSnapshot(t, b)
	bm, err := b.bitmaps.get(snap)
	if err != nil {
		t.Fatal(err)
	}
	q, _, err := b.buildQuery(Request{Query: "servizi"})
	if err != nil {
		t.Fatal(err)
	}
	ranked, _, ok, err := rankTerm(ctx, snap, q, b.idx.Mapping(), 200, 0, nil)
	if err != nil || !ok {
		t.Fatalf("rankTerm: ok %v, %v", ok, err)
	}
	whole, err := scoredHits(snap, ranked)
	if err != nil {
		t.Fatal(err)
	}
	var keyed, shown []int
	for i, h := range whole {
		if h.Type == TypeObjective && h.Lineage != "" {
			keyed = append(keyed, i)
		}
	}
	if len(keyed) < 10 || len(keyed) == len(whole) {
		t.Fatalf("%d of %d hits keyed by lineage: the test needs both kinds", len(keyed), len(whole))
	}
	shown = append(shown, keyed[:len(keyed)/3]...)
	shown = append(shown, len(whole)-1)

	var folded []Hit
	got, err := foldedHits(snap, bm.keys, ranked, func(window []Hit) []int {
		folded = append([]Hit(nil), window...)
		return shown
	})
	if err != nil {
		t.Fatal(err)
	}
	for i, w := range whole {
		want := w
		if w.Type == TypeObjective && w.Lineage != "" {
			want = Hit{Type: w.Type, Lineage: w.Lineage, Act: ActRef{Date: w.Act.Date}, Score: w.Score}
		}
		if !reflect.DeepEqual(folded[i], want) {
			t.Errorf("hit %d as folded: %+v, want %+v", i, folded[i], want)
		}
		if slices.Contains(shown, i) {
			want = w
		}
		if !reflect.DeepEqual(got[i], want) {
			t.Errorf("hit %d as returned: %+v, want %+v", i, got[i], want)
		}
	}
}
