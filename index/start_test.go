package index_test

import (
	"testing"

	"github.com/openalbo/albo/internal/inittrace"
)

// TestStartDoesNotBuildAutomata checks that a process linking the index
// does not build the typo automata when it starts: bleve's scorch makes
// them in its package init, which every albo command ran (`albo extract`
// too) until the patched vellum of third_party/vellum deferred them to
// the first fuzzy query. It reads what scorch's init allocated in this
// test binary's init trace.
func TestStartDoesNotBuildAutomata(t *testing.T) {
	const scorch = "github.com/blevesearch/bleve/v2/index/scorch"
	for _, p := range inittrace.Run(t) {
		if p.Path != scorch {
			continue
		}
		t.Logf("scorch's package init: %d bytes, %d allocations (building the automata took about 1 MB and 25,000)", p.Bytes, p.Allocs)
		// Building the two automata allocates about 25,000 times; the rest
		// of scorch's init, a handful.
		if p.Allocs > 1000 {
			t.Errorf("scorch's package init allocated %d times: it builds the typo automata again (is go.mod's replace of vellum still for the version bleve asks for?)", p.Allocs)
		}
		return
	}
	t.Fatalf("no init trace of %s", scorch)
}
