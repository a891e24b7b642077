package index_test

import (
	"path/filepath"
	"testing"

	"github.com/openalbo/albo/index"
	"github.com/openalbo/albo/index/indextest"
)

// TestConformance runs the backend conformance suite on the embedded
// bleve backend.
func TestConformance(t *testing.T) {
	indextest.Run(t, func(t *testing.T) index.Backend {
		b, err := index.OpenBleve(filepath.Join(t.TempDir(), "bleve"))
		if err != nil {
			t.Fatal(err)
		}
		return b
	})
}
