package cli

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openalbo/albo/batch"
	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/internal/synth"
)

// TestExtractCorpus runs the batch mode of `albo extract` twice over a
// corpus with damaged documents: the first run extracts the readable ones
// and names each damaged one on standard error (exit 1), the second finds
// nothing stale.
func TestExtractCorpus(t *testing.T) {
	dir := t.TempDir()
	store, err := corpus.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	g, err := synth.New(3)
	if err != nil {
		t.Fatal(err)
	}
	st, err := g.FillCorpus(context.Background(), store, 12, 0, 0.25)
	store.Close()
	if err != nil {
		t.Fatal(err)
	}
	if st.Corrupted == 0 {
		t.Fatal("no damaged documents: the test would prove nothing")
	}

	code, stdout, stderr := runAlbo(t, "extract", "--corpus", dir, "--workers", "2", "--json")
	if code != exitFailed {
		t.Errorf("first run exit = %d, want %d (damaged documents); stderr:\n%s", code, exitFailed, stderr)
	}
	var sum batch.Summary
	if err := json.Unmarshal([]byte(stdout), &sum); err != nil {
		t.Fatalf("summary is not JSON: %v\n%s", err, stdout)
	}
	if sum.Extracted != st.Synthetic || sum.Failed != st.Corrupted {
		t.Errorf("first run: %+v; want %d extracted, %d failed", sum, st.Synthetic, st.Corrupted)
	}
	if n := strings.Count(stderr, "albo: synth/"); n != st.Corrupted {
		t.Errorf("stderr names %d failed acts, want %d:\n%s", n, st.Corrupted, stderr)
	}

	code, stdout, _ = runAlbo(t, "extract", "--corpus", dir, "--json")
	if code != exitOK {
		t.Errorf("second run exit = %d, want 0", code)
	}
	sum = batch.Summary{}
	if err := json.Unmarshal([]byte(stdout), &sum); err != nil {
		t.Fatal(err)
	}
	if sum.Extracted != 0 || sum.UpToDate != st.Synthetic || sum.Quarantined != st.Corrupted {
		t.Errorf("second run: %+v; want nothing extracted, %d up to date, %d quarantined", sum, st.Synthetic, st.Corrupted)
	}
}

func TestExtractCorpusUsage(t *testing.T) {
	tests := [][]string{
		{"extract"},
		{"extract", "--corpus", "x", "file.pdf"},
		{"extract", "--corpus", "x", "--all", "--stale"},
		{"extract", "--corpus", "x", "--workers", "-1"},
	}
	for _, args := range tests {
		if code, _, stderr := runAlbo(t, args...); code != exitUsage || stderr == "" {
			t.Errorf("albo %v: exit %d, stderr %q; want usage error", args, code, stderr)
		}
	}
}

// TestExtractCorpusNeedsACorpus: a mistyped --corpus is an error, not an
// empty corpus created and reported as done.
func TestExtractCorpusNeedsACorpus(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "albo-dta")
	code, stdout, stderr := runAlbo(t, "extract", "--corpus", dir, "--json")
	if code != exitFailed || stdout != "" || stderr != "albo: corpus "+dir+": not a corpus (no acts folder)\n" {
		t.Errorf("exit %d, stdout %q, stderr %q; want 1 and one line saying it is no corpus", code, stdout, stderr)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("extract --corpus created %s (%v)", dir, err)
	}
}
