package opensearch

import (
	"context"
	"net/http"
	"path/filepath"
	"testing"

	"github.com/openalbo/albo/index"
	"github.com/openalbo/albo/index/indextest"
	"github.com/openalbo/albo/internal/searchnode"
)

// TestReindexKeepsServing: a new mapping version fills a new index while
// the alias serves the old one, then takes the alias in one step.
func TestReindexKeepsServing(t *testing.T) {
	node := searchnode.Single(t)
	ctx := context.Background()
	oldB, u := openNew(t, node)
	oldIndex := oldB.write
	// The old index: written under another mapping version.
	if err := oldB.c.do(ctx, http.MethodPut, "/"+oldIndex+"/_mapping", dsl{"_meta": dsl{metaVersion: "old"}}, nil); err != nil {
		t.Fatal(err)
	}
	if err := oldB.Index(ctx, someDocuments(10)); err != nil {
		t.Fatal(err)
	}

	// An index of a rebuild that never finished.
	orphan := u.Path[1:] + ".v0.1"
	if err := oldB.c.do(ctx, http.MethodPut, "/"+orphan, dsl{}, nil); err != nil {
		t.Fatal(err)
	}

	b, fresh, err := Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	if !fresh || b.write == oldIndex || b.previous != oldIndex {
		t.Fatalf("reopened after a mapping change: fresh %v, writes %s, replaces %q", fresh, b.write, b.previous)
	}
	// The index over it rebuilds everything; searches see the old
	// documents until the update's Flush.
	dir := filepath.Join(t.TempDir(), "index")
	ix, err := index.OpenBackend(ctx, dir, b, fresh)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if res, err := ix.Search(ctx, index.Request{}); err != nil || res.Total != 10 {
		t.Fatalf("before the rebuild: %+v, %v; want the 10 old documents", res, err)
	}
	if err := b.Index(ctx, someDocuments(3)); err != nil {
		t.Fatal(err)
	}
	if res, err := ix.Search(ctx, index.Request{}); err != nil || res.Total != 10 {
		t.Fatalf("during the rebuild: %+v, %v; want the 10 old documents", res, err)
	}
	stats, err := ix.Update(ctx, indextest.GoldInputs(t))
	if err != nil || !stats.Rebuilt {
		t.Fatalf("rebuild = %+v, %v", stats, err)
	}
	if res, err := ix.Search(ctx, index.Request{}); err != nil || res.Total != 727+3 {
		t.Fatalf("after the rebuild: %+v, %v; want 730", res, err)
	}
	for _, gone := range []string{oldIndex, orphan} {
		if err := b.c.do(ctx, http.MethodGet, "/"+gone, nil, nil); !isStatus(err, http.StatusNotFound) {
			t.Errorf("index %s after the rebuild: %v, want it dropped", gone, err)
		}
	}

	// Opened again, through index.OpenAt: the same index, nothing to do.
	ix.Close()
	again, err := index.OpenAt(ctx, dir, u.String())
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	stats, err = again.Update(ctx, indextest.GoldInputs(t))
	if err != nil || stats.Rebuilt || stats.Unchanged != 2 {
		t.Fatalf("update after reopening = %+v, %v; want nothing to do", stats, err)
	}
}
