package index

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/blevesearch/bleve/v2/index/scorch"
)

// currentSnapshot is the backend's current scorch snapshot, released at
// the end of the test.
func currentSnapshot(t testing.TB, b *bleveBackend) *scorch.IndexSnapshot {
	t.Helper()
	snap, release := openSnapshot(t, b)
	t.Cleanup(release)
	return snap
}

// currentBitmaps is the backend's current snapshot, as currentSnapshot,
// and its bitmaps.
func currentBitmaps(t testing.TB, b *bleveBackend) (*scorch.IndexSnapshot, *bitmaps) {
	t.Helper()
	snap := currentSnapshot(t, b)
	bm, err := b.bitmaps.get(snap)
	if err != nil {
		t.Fatal(err)
	}
	return snap, bm
}

// openSnapshot is the backend's current scorch snapshot and what
// releases it.
func openSnapshot(t testing.TB, b *bleveBackend) (*scorch.IndexSnapshot, func()) {
	t.Helper()
	snap, err := b.idx.snapshot()
	if err != nil {
		t.Fatal(err)
	}
	return snap, func() { snap.Close() }
}

// segments is the number of segments of the backend's current snapshot,
// released at once (a snapshot held keeps its segments' files).
func segments(t *testing.T, b *bleveBackend) int {
	t.Helper()
	snap, release := openSnapshot(t, b)
	defer release()
	return len(snap.Segments())
}

// TestFlushCompactsABulkLoad writes a bulk load in several batches and
// checks that Flush leaves one segment holding every document, on disk;
// and that a small write after it is not merged.
func TestFlushCompactsABulkLoad(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "bleve")
	be, err := OpenBleve(path)
	if err != nil {
		t.Fatal(err)
	}
	b := be.(*bleveBackend)
	words := []string{"servizi", "scuola", "città", "digitale", "gestione", "territorio", "sviluppo"}
	n := 0
	write := func(count int) {
		var docs []Document
		for range count {
			n++
			docs = append(docs, Document{ID: fmt.Sprintf("a/objective/%d", n), Type: TypeObjective, ActID: "a",
				Year: 2020 + n%3, Text: words[n%len(words)] + " " + words[(n/7)%len(words)]})
		}
		if err := b.Index(ctx, docs); err != nil {
			t.Fatal(err)
		}
	}
	// More segments than scorch merges at once.
	for range 15 {
		write(compactAfter / 12)
	}
	if got := segments(t, b); got < 2 {
		t.Fatalf("%d segments before Flush: the load did not make several", got)
	}
	if err := b.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if got := segments(t, b); got != 1 {
		t.Errorf("%d segments after Flush, want 1", got)
	}
	if files, _ := filepath.Glob(filepath.Join(storePath(path), "*.zap")); len(files) != 1 {
		t.Errorf("segment files after Flush: %v, want the merged one alone", files)
	}
	write(10)
	if err := b.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if got := segments(t, b); got != 2 {
		t.Errorf("%d segments after a small write, want 2 (not merged)", got)
	}
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	reopened, err := openBleveReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer reopened.Close()
	if got := segments(t, reopened); got != 2 {
		t.Errorf("%d segments on disk, want 2", got)
	}
	res, err := reopened.Search(ctx, Request{Facets: []string{FacetType}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != n || res.Facets[FacetType][TypeObjective] != n {
		t.Errorf("%d documents, %v; want %d", res.Total, res.Facets, n)
	}
}
