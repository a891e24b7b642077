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

// TestStartDoesNotMakeSnappysCRCTable checks that a process linking the
// index does not make snappy's CRC table when it starts: snappy made it in
// its package init, for the framing format's checksums, which no albo
// code uses, until the patched snappy of third_party/snappy deferred it to
// the first checksum. snappy has no other init work, so it is not in the
// trace at all.
func TestStartDoesNotMakeSnappysCRCTable(t *testing.T) {
	const snappy = "github.com/golang/snappy"
	traced := inittrace.Run(t)
	for _, p := range traced {
		if p.Path == snappy {
			t.Errorf("snappy's package init ran (%d bytes, %d allocations): it makes its CRC table again (is go.mod's replace of snappy still for the version zapx asks for?)", p.Bytes, p.Allocs)
		}
	}
	if len(traced) < 50 {
		t.Fatalf("the trace names %d packages: too few to say", len(traced))
	}
}
