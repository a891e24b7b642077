package main

import (
	"slices"
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
