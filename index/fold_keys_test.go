package index

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2/index/scorch"
	segment "github.com/blevesearch/scorch_segment_api/v2"
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
	snap, bm := currentBitmaps(t, b)
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

// TestLineageKeysName finds each document's segment, empty segments
// included (one starts where the next does).
func TestLineageKeysName(t *testing.T) {
	seg := func(names ...string) *fieldOrdinals {
		o := &fieldOrdinals{}
		for _, n := range names {
			if n == "" {
				o.ofDoc = append(o.ofDoc, 0)
				continue
			}
			o.names = append(o.names, n)
			o.ofDoc = append(o.ofDoc, uint32(len(o.names)))
		}
		return o
	}
	keys := &lineageKeys{
		offsets:  []uint64{0, 2, 2, 5},
		segments: []*fieldOrdinals{seg("a", ""), seg(), seg("b", "c", "d"), seg("e")},
	}
	for doc, want := range []string{"a", "", "b", "c", "d", "e", ""} {
		if got := keys.name(uint64(doc)); got != want {
			t.Errorf("document %d: lineage %q, want %q", doc, got, want)
		}
	}
	if got := (&lineageKeys{}).name(0); got != "" {
		t.Errorf("no segments: lineage %q", got)
	}
}

// TestLineagesReadOncePerSegment reads a snapshot's lineages twice: the
// second time reads no segment (it is given the same ordinals); the
// lineages read are those indexed.
func TestLineagesReadOncePerSegment(t *testing.T) {
	ctx := context.Background()
	b := goldBackend(t)
	var again []Document
	for i, d := range goldDocuments(t) {
		if d.Type == TypeObjective {
			d.Lineage = fmt.Sprintf("chain-%d", i%40)
			again = append(again, d)
		}
	}
	if err := b.Index(ctx, again); err != nil {
		t.Fatal(err)
	}
	snap := currentSnapshot(t, b)
	cache := lineageCache{bySegment: map[any]*fieldOrdinals{}}
	first, err := cache.of(snap)
	if err != nil {
		t.Fatal(err)
	}
	second, err := cache.of(snap)
	if err != nil {
		t.Fatal(err)
	}
	if len(first.segments) == 0 || !slices.Equal(first.segments, second.segments) {
		t.Errorf("the second read of %d segments read them again", len(first.segments))
	}
	_, total := segmentOffsets(snap)
	found := 0
	for doc := range total {
		if first.name(doc) != "" {
			found++
		}
	}
	if found < len(again) {
		t.Errorf("%d documents have a lineage, want at least the %d indexed with one", found, len(again))
	}
}

// pathSegment is a segment known by its file.
type pathSegment struct {
	segment.Segment
	path string
}

func (s pathSegment) Path() string { return s.path }

// TestSegmentIdentity: a segment's hard link in the next generation is
// the same segment; a new file at the same path is another.
func TestSegmentIdentity(t *testing.T) {
	dir := t.TempDir()
	first, linked := filepath.Join(dir, "a.zap"), filepath.Join(dir, "b.zap")
	if err := os.WriteFile(first, []byte("segment one"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Link(first, linked); err != nil {
		t.Fatal(err)
	}
	id := segmentIdentity(pathSegment{path: first})
	if _, ok := id.(segmentFile); !ok {
		t.Fatalf("a segment with a file is known as %T, want its file", id)
	}
	if got := segmentIdentity(pathSegment{path: linked}); got != id {
		t.Errorf("its hard link is %v, want %v", got, id)
	}
	if err := os.Remove(first); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(first, []byte("segment two, longer"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := segmentIdentity(pathSegment{path: first}); got == id {
		t.Errorf("a new file at the same path is the same segment, %v", got)
	}
	inMemory := pathSegment{}
	if got := segmentIdentity(inMemory); got != any(inMemory) {
		t.Errorf("a segment without a file is %v, want itself", got)
	}
}

// TestLineageCacheKeepsLastSnapshot: after another index's snapshot, the
// cache holds that snapshot's segments alone, and the first's are read
// again (new ordinals).
func TestLineageCacheKeepsLastSnapshot(t *testing.T) {
	first, other := currentSnapshot(t, goldBackend(t)), currentSnapshot(t, goldBackend(t))
	cache := lineageCache{bySegment: map[any]*fieldOrdinals{}}
	var reads []*lineageKeys
	for i, snap := range []*scorch.IndexSnapshot{first, other, first} {
		keys, err := cache.of(snap)
		if err != nil {
			t.Fatal(err)
		}
		reads = append(reads, keys)
		if len(cache.bySegment) != len(snap.Segments()) {
			t.Errorf("read %d: the cache holds %d segments, the snapshot read has %d", i, len(cache.bySegment), len(snap.Segments()))
		}
	}
	for i, o := range reads[2].segments {
		if o == reads[0].segments[i] {
			t.Errorf("segment %d of the first snapshot was kept while the other was read", i)
		}
	}
}

// TestSegmentIdentities: each of a snapshot's segments is known as
// segmentIdentity knows it, and a second ask for the same snapshot stats
// no file again (it is given the same identities), while another
// snapshot gets its own.
func TestSegmentIdentities(t *testing.T) {
	first, other := currentSnapshot(t, goldBackend(t)), currentSnapshot(t, goldBackend(t))
	ids := segmentIdentities(first)
	if len(ids) != len(first.Segments()) {
		t.Fatalf("%d identities of %d segments", len(ids), len(first.Segments()))
	}
	for i, ss := range first.Segments() {
		if want := segmentIdentity(ss.Segment()); ids[i] != want {
			t.Errorf("segment %d: %v, want %v", i, ids[i], want)
		}
	}
	if again := segmentIdentities(first); &again[0] != &ids[0] {
		t.Errorf("the same snapshot's identities were worked out again")
	}
	if others := segmentIdentities(other); others[0] == ids[0] {
		t.Errorf("another index's first segment is known as the first's, %v", others[0])
	}
}
