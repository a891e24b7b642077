package index_test

import (
	"path/filepath"
	"testing"

	"github.com/openalbo/albo/index"
	"github.com/openalbo/albo/index/indextest"
)

// openBleve is a new embedded backend in a temporary folder.
func openBleve(t testing.TB) index.Backend {
	b, err := index.OpenBleve(filepath.Join(t.TempDir(), "bleve"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestConformance runs the backend conformance suite on the embedded
// bleve backend.
func TestConformance(t *testing.T) { indextest.Run(t, openBleve) }

// FuzzSearch: arbitrary query strings on the embedded backend.
func FuzzSearch(f *testing.F) { indextest.Fuzz(f, openBleve) }
