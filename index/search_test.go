package index

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/openalbo/albo/extract"
)

// goldInputs offers the gold extractions as a corpus would.
func goldInputs(t testing.TB) []Input {
	var inputs []Input
	for _, name := range goldActs {
		ref, res := loadGold(t, name)
		inputs = append(inputs, Input{Act: ref, Digest: "gold:" + name,
			Load: func(context.Context) (*extract.Result, error) { return res, nil }})
	}
	return inputs
}

// openGoldIndex builds an index of the gold extractions in a temporary
// folder.
func openGoldIndex(t testing.TB) *Index {
	t.Helper()
	ctx := context.Background()
	ix, err := Open(ctx, filepath.Join(t.TempDir(), "index"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	if _, err := ix.Update(ctx, goldInputs(t)); err != nil {
		t.Fatal(err)
	}
	return ix
}
