package index_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openalbo/albo/index"
	"github.com/openalbo/albo/index/indextest"
)

// TestOpenAt: the default and bleve:PATH open the embedded backend, where
// they say (its generations, CURRENT naming the complete one); a location
// no backend knows is one line naming it.
func TestOpenAt(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "index")
	elsewhere := filepath.Join(t.TempDir(), "elsewhere")
	for _, tt := range []struct{ location, bleveDir string }{
		{"", filepath.Join(dir, "CURRENT")},
		{"bleve:" + elsewhere, filepath.Join(elsewhere, "CURRENT")},
	} {
		ix, err := index.OpenAt(ctx, dir, tt.location)
		if err != nil {
			t.Fatalf("%q: %v", tt.location, err)
		}
		stats, err := ix.Update(ctx, indextest.GoldInputs(t))
		ix.Close()
		if err != nil || stats.Documents != 727 {
			t.Fatalf("%q: update = %+v, %v", tt.location, stats, err)
		}
		if _, err := os.Stat(tt.bleveDir); err != nil {
			t.Errorf("%q: no bleve index at %s: %v", tt.location, tt.bleveDir, err)
		}
	}
	for _, location := range []string{"elastic://127.0.0.1:9200/albo", "://nothing"} {
		ix, err := index.OpenAt(ctx, dir, location)
		if err == nil {
			ix.Close()
			t.Errorf("%q opened", location)
			continue
		}
		if !strings.Contains(err.Error(), location) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%q: %v, want one line naming it", location, err)
		}
	}
}
