package index

import (
	"context"
	"path/filepath"
	"testing"
)

// TestUpdateReporting: each stage counts up, one act at a time, to its
// total; the documents written end at the stats' count.
func TestUpdateReporting(t *testing.T) {
	ctx := context.Background()
	ix, err := Open(ctx, filepath.Join(t.TempDir(), "index"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	inputs := goldInputs(t)
	var got []Progress
	stats, err := ix.UpdateReporting(ctx, inputs, func(p Progress) { got = append(got, p) })
	if err != nil {
		t.Fatal(err)
	}
	last := map[string]Progress{}
	for _, p := range got {
		prev, seen := last[p.Stage]
		if p.Stage != StageRead && p.Stage != StageWrite {
			t.Fatalf("unknown stage in %+v", p)
		}
		if seen && (p.Done < prev.Done || p.Documents < prev.Documents || p.Total != prev.Total) {
			t.Errorf("progress went back: %+v after %+v", p, prev)
		}
		if p.Stage == StageRead && last[StageWrite].Stage != "" {
			t.Errorf("reading after writing began: %+v", p)
		}
		last[p.Stage] = p
	}
	if r := last[StageRead]; r.Done != len(inputs) || r.Total != len(inputs) {
		t.Errorf("read stage ended at %+v, want %d of %d", r, len(inputs), len(inputs))
	}
	if w := last[StageWrite]; w.Done != w.Total || w.Documents != stats.Documents || w.Documents == 0 {
		t.Errorf("write stage ended at %+v, stats %+v", w, stats)
	}
}
