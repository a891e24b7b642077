package cli

import (
	"context"
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/openalbo/albo/batch"
	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/internal/cmdutil"
	"github.com/openalbo/albo/internal/synth"
)

// synthCorpus fills a new corpus in dir with synthetic acts, as
// synth.Generator.FillCorpus does with the given seed, and closes it.
func synthCorpus(t *testing.T, dir string, seed uint64, acts, realEvery int, corruptRate float64) synth.CorpusStats {
	t.Helper()
	store, err := corpus.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	g, err := synth.New(seed)
	if err != nil {
		t.Fatal(err)
	}
	st, err := g.FillCorpus(context.Background(), store, acts, realEvery, corruptRate)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// TestExtractCorpus runs the batch mode of `albo extract` twice over a
// corpus with damaged documents: the first run extracts the readable ones
// and names each damaged one on standard error (exit 1), the second finds
// nothing stale.
func TestExtractCorpus(t *testing.T) {
	dir := t.TempDir()
	st := synthCorpus(t, dir, 3, 12, 0, 0.25)
	if st.Corrupted == 0 {
		t.Fatal("no damaged documents: the test would prove nothing")
	}

	// The batch's collector settings last as long as the batch: commands
	// run in one process in the tests, and in a user's program.
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	code, stdout, stderr := runAlbo(t, "extract", "--corpus", dir, "--workers", "2", "--json")
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GOGC is %d after the batch, want 100 as before it", got)
	}
	if code != cmdutil.ExitFailed {
		t.Errorf("first run exit = %d, want %d (damaged documents); stderr:\n%s", code, cmdutil.ExitFailed, stderr)
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
	if code != cmdutil.ExitOK {
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
		if code, _, stderr := runAlbo(t, args...); code != cmdutil.ExitUsage || stderr == "" {
			t.Errorf("albo %v: exit %d, stderr %q; want usage error", args, code, stderr)
		}
	}
}

// TestExtractCorpusNeedsACorpus: a mistyped --corpus is an error, not an
// empty corpus created and reported as done.
func TestExtractCorpusNeedsACorpus(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "albo-dta")
	code, stdout, stderr := runAlbo(t, "extract", "--corpus", dir, "--json")
	if code != cmdutil.ExitFailed || stdout != "" || stderr != "albo: corpus "+dir+": not a corpus (no acts folder)\n" {
		t.Errorf("exit %d, stdout %q, stderr %q; want 1 and one line saying it is no corpus", code, stdout, stderr)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("extract --corpus created %s (%v)", dir, err)
	}
}

// TestStaleCorpusReReadAfterUpgrade: a corpus extracted by an earlier
// extractor version is re-read by `extract --corpus` (stale mode) after the
// upgrade, and only then, and `index` follows each re-read and nothing else.
func TestStaleCorpusReReadAfterUpgrade(t *testing.T) {
	const acts, previous = 5, "albo 0.1.0"
	dir := t.TempDir()
	synthCorpus(t, dir, 5, acts, 0, 0)

	// asLeftByPreviousRelease rewrites every extraction as the previous
	// version stored it (another version, and an output that differs), as
	// a corpus looks when albo is upgraded.
	asLeftByPreviousRelease := func(t *testing.T) {
		s, err := corpus.Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		for a, err := range s.Acts(context.Background()) {
			if err != nil {
				t.Fatal(err)
			}
			sha := a.Files[0].PDFSHA256
			data, err := s.Extraction(sha, extract.Version)
			if err != nil {
				t.Fatal(err)
			}
			var res extract.Result
			if err := json.Unmarshal(data, &res); err != nil {
				t.Fatal(err)
			}
			res.Extractor = previous
			res.Act.Subject += " (come lo leggeva la versione precedente)"
			if data, err = json.Marshal(res); err != nil {
				t.Fatal(err)
			}
			if err := s.PutExtraction(context.Background(), sha, previous, data); err != nil {
				t.Fatal(err)
			}
			current := filepath.Join(dir, "extractions", sha[:2], sha[2:4], sha, url.PathEscape(extract.Version)+".json")
			if err := os.Remove(current); err != nil {
				t.Fatal(err)
			}
		}
	}
	steps := []struct {
		name               string
		before             func(t *testing.T)
		extracted, indexed int
	}{
		{"first extraction", nil, acts, acts},
		{"nothing changed: nothing re-read", nil, 0, 0},
		{"after an upgrade: every document re-read, every act re-indexed", asLeftByPreviousRelease, acts, acts},
		{"and then nothing again", nil, 0, 0},
	}
	for _, st := range steps {
		if st.before != nil {
			st.before(t)
			// The index is up to date with the previous release's output.
			if code, _, stderr := runAlbo(t, "index", "--corpus", dir); code != cmdutil.ExitOK {
				t.Fatalf("%s: index before: exit %d, %s", st.name, code, stderr)
			}
		}
		code, stdout, stderr := runAlbo(t, "extract", "--corpus", dir, "--stale", "--json")
		var sum batch.Summary
		if code != cmdutil.ExitOK || json.Unmarshal([]byte(stdout), &sum) != nil {
			t.Fatalf("%s: extract: exit %d, stdout %q, stderr %q", st.name, code, stdout, stderr)
		}
		if sum.Extracted != st.extracted || sum.UpToDate != acts-st.extracted {
			t.Errorf("%s: extract --stale: %+v, want %d extracted", st.name, sum, st.extracted)
		}
		code, stdout, stderr = runAlbo(t, "index", "--corpus", dir, "--json")
		var stats struct{ Indexed, Unchanged int }
		if code != cmdutil.ExitOK || json.Unmarshal([]byte(stdout), &stats) != nil {
			t.Fatalf("%s: index: exit %d, stdout %q, stderr %q", st.name, code, stdout, stderr)
		}
		if stats.Indexed != st.indexed || stats.Unchanged != acts-st.indexed {
			t.Errorf("%s: index: %+v, want %d indexed", st.name, stats, st.indexed)
		}
	}
}
