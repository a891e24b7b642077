package index

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// TestStoredHitsReadWhatBleveReads writes documents in several segments,
// deletes some, and checks that reading every live document by number
// straight from its stored fields gives the hit bleve's own loading of a
// search request's fields gives, with every field set.
func TestStoredHitsReadWhatBleveReads(t *testing.T) {
	ctx := context.Background()
	b := newTestBackend(t)
	for batch := range 3 {
		var docs []Document
		for i := range 40 {
			docs = append(docs, Document{ID: fmt.Sprintf("a/%d/objective/d/%d", batch, i), Type: TypeObjective, ActID: fmt.Sprintf("a/%d", batch),
				Organ: "Giunta Comunale", Number: 100 + batch, Date: fmt.Sprintf("2020-0%d-1%d", batch+1, i%10),
				Directorate: "Direzione Città", DirectoratePrinted: "DIREZIONE CITTA'", Director: "Dott. Rossi",
				Year: 2020 + i%3, Section: "Obiettivi", Kind: "modifica", Text: fmt.Sprintf("Obiettivo <b>%d</b> & città", i), Page: i + 1, Lineage: fmt.Sprintf("L%012x", i)})
		}
		if err := b.Index(ctx, docs); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.Delete(ctx, []string{"a/1/objective/d/3", "a/2/objective/d/39"}); err != nil {
		t.Fatal(err)
	}
	snap := currentSnapshot(t, b)
	if n := len(snap.Segments()); n < 2 {
		t.Logf("%d segment(s): the numbers are read across segments only when there are several", n)
	}
	var nums []uint32
	var want []Hit
	var offset uint64
	for _, ss := range snap.Segments() {
		it := ss.DocNumbersLive().Iterator()
		for it.HasNext() {
			n := uint64(it.Next()) + offset
			id, err := snap.ExternalID(numberID(n))
			if err != nil {
				t.Fatal(err)
			}
			res, err := b.idx.search(ctx, query.NewDocIDQuery([]string{id}), 1, 0)
			if err != nil || len(res.Hits) != 1 {
				t.Fatalf("bleve reading %s: %v, %d hits", id, err, len(res.Hits))
			}
			sr := bleve.NewSearchRequest(nil)
			sr.Fields = storedFields
			if err, _ := bleve.LoadAndHighlightFields(res.Hits[0], sr, "", snap, nil); err != nil {
				t.Fatalf("bleve reading %s: %v", id, err)
			}
			hit := hitOf(res.Hits[0])
			hit.Score = 1
			nums, want = append(nums, uint32(n)), append(want, hit)
		}
		offset += ss.Segment().Count()
	}
	if len(want) != 118 {
		t.Fatalf("%d live documents, want 118", len(want))
	}
	got, err := storedHits(snap, nums)
	if err != nil {
		t.Fatal(err)
	}
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("document %d: stored %+v\nbleve %+v", nums[i], got[i], want[i])
		}
		if got[i].Lineage == "" || got[i].Page == 0 || got[i].DirectoratePrinted == "" || got[i].Act.Number == 0 {
			t.Errorf("document %d: a field is missing: %+v", nums[i], got[i])
		}
	}
	if _, err := storedHits(snap, []uint32{uint32(offset) + 5}); err == nil {
		t.Error("a number past the snapshot's documents was read")
	}
}

// hitOf rebuilds a Hit from a bleve hit's stored fields, as bleve loads
// them for a search request's Fields: the reference storedHits is held to.
func hitOf(h *search.DocumentMatch) Hit {
	hit := Hit{ID: h.ID, Score: h.Score}
	for field, v := range h.Fields {
		if s, ok := v.(string); ok {
			setStored(&hit, field, s)
		}
	}
	return hit
}
