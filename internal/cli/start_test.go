package cli

import (
	"strings"
	"testing"

	"github.com/openalbo/albo/internal/inittrace"
)

// Budgets of the package initialisation of each albo package: every albo
// command runs all of it, `albo extract` and `albo version` included, so a
// package keeps its regular expressions, templates and tables for their
// first use (lazyRegexp, internal/lazyre, sync.OnceValue). A regular
// expression compiled at init costs from a few dozen to hundreds of
// allocations and up to a hundred KiB; the extractor's registrations of
// its patterns and its small tables are some 630 allocations and 38 KiB.
const (
	maxInitAllocs = 1000
	maxInitBytes  = 64 << 10
)

// TestStartIsLight holds the initialisation of each albo package to the
// budgets, as Go's init trace reports it in a binary that links them all
// (this test binary: internal/cli links every command). internal/cli's
// own figure includes its test files'.
func TestStartIsLight(t *testing.T) {
	albo := 0
	for _, p := range inittrace.Run(t) {
		if !strings.HasPrefix(p.Path, "github.com/openalbo/albo/") {
			continue
		}
		albo++
		t.Logf("%-45s %6d bytes %5d allocations", p.Path, p.Bytes, p.Allocs)
		if p.Allocs > maxInitAllocs || p.Bytes > maxInitBytes {
			t.Errorf("%s allocates %d bytes in %d allocations at init, over the budget of %d bytes and %d allocations: make what it builds at init on first use", p.Path, p.Bytes, p.Allocs, maxInitBytes, maxInitAllocs)
		}
	}
	if albo < 5 {
		t.Errorf("the init trace names %d albo packages, want the extractor, index, site and more", albo)
	}
}
