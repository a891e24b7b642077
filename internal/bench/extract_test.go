package main

import (
	"slices"
	"strings"
	"testing"
)

// TestExtractPeersNameTheFile checks that each peer's command says where
// the file goes, once, and that pdftotext is told to print to stdout: by
// default it writes the text beside the PDF, inside ../shared.
func TestExtractPeersNameTheFile(t *testing.T) {
	for _, p := range extractPeers {
		if n := len(slices.DeleteFunc(slices.Clone(p.command), func(a string) bool { return a != fileArg })); n != 1 {
			t.Errorf("%s: %q has the file %d times, want once", p.name, p.command, n)
		}
		if p.command[0] == "pdftotext" && p.command[len(p.command)-1] != "-" {
			t.Errorf("%s: %q does not print to stdout", p.name, p.command)
		}
	}
}

// TestTally: each ratio counts toward the goal of its measure and peer,
// and a file is over the goal only when its printed ratio is.
func TestTally(t *testing.T) {
	goals := newExtractGoals()
	for _, r := range []struct {
		measure, peer, file string
		ratio               float64
	}{
		{"CPU", "pdftotext", "a.pdf", 0.62},
		{"CPU", "pdftotext", "b.pdf", 1.004}, // prints 1.00×: within
		{"CPU", "pdftotext", "c.pdf", 1.006}, // prints 1.01×: over
		{"CPU", "mutool", "c.pdf", 1.49},
		{"CPU", "mutool", "d.pdf", 1.57},
		{"peak RSS", "pdftotext", "d.pdf", 2.08},
		{"wall", "pdftotext", "a.pdf", 9},  // no goal
		{"peak RSS", "mutool", "a.pdf", 9}, // no goal
	} {
		tally(goals, r.measure, r.peer, r.file, r.ratio)
	}
	for i, want := range []struct {
		measured int
		misses   string
	}{{3, "c.pdf 1.01×"}, {2, "d.pdf 1.57×"}, {1, "d.pdf 2.08×"}} {
		if g := goals[i]; g.measured != want.measured || strings.Join(g.misses, ", ") != want.misses {
			t.Errorf("%s vs %s: %d measured, over %q; want %d, %q", g.measure, g.peer, g.measured, g.misses, want.measured, want.misses)
		}
	}
}
