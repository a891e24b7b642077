package cli

import (
	"fmt"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/openalbo/albo/internal/cmdutil"
	"github.com/openalbo/albo/internal/faultfs"
	"github.com/openalbo/albo/internal/replica"
)

// eio is how an I/O error reads in a message.
const eio = "input/output error"

// ioFaults are the moments a disk starts failing in the tests below:
// writes at once or after some bytes went through, the fsync that would
// make a write durable, the close that ends it.
var ioFaults = []ioFault{
	{"writes at once", faultfs.Rule{Write: true}},
	{"writes after 4 KiB", faultfs.Rule{Write: true, After: 4 << 10}},
	{"writes after 64 KiB", faultfs.Rule{Write: true, After: 64 << 10}},
	{"writes after 256 KiB", faultfs.Rule{Write: true, After: 256 << 10}},
	{"fsync", faultfs.Rule{Fsync: true}},
	{"fsync after 64 KiB", faultfs.Rule{Fsync: true, After: 64 << 10}},
	{"close", faultfs.Rule{Close: true}},
	{"everything after 16 KiB", faultfs.Rule{Write: true, Fsync: true, Close: true, After: 16 << 10}},
}

// ioFault is a moment a disk starts failing, named.
type ioFault struct {
	name string
	rule faultfs.Rule
}

// ioTally counts, over a test's cases, the commands tried, those that
// stopped on the I/O error and those that lost something stored before.
type ioTally struct{ tried, failed, lost int }

func (c *ioTally) log(t *testing.T, what string) {
	t.Helper()
	t.Logf("%s on a disk failing with EIO: tried %d, failed %d, lost %d", what, c.tried, c.failed, c.lost)
	if c.tried > 0 && c.failed == 0 {
		t.Errorf("%s never met the I/O error: the test proved nothing", what)
	}
}

// verifyBacking runs `albo corpus verify` on the real folder behind the
// failing disk and counts a loss when it does not find the corpus whole.
func (c *ioTally) verifyBacking(t *testing.T, dir, when string) {
	t.Helper()
	if code, stdout, stderr := runAlbo(t, "corpus", "verify", "--corpus", dir); code != cmdutil.ExitOK {
		c.lost++
		t.Errorf("%s: verify exit %d, stdout %q, stderr %q", when, code, stdout, stderr)
	}
}

// TestCorpusAddOnIOErrors imports an act into a corpus on a disk that
// fails with EIO at each moment of ioFaults: the import stops with one
// line naming the file and the error, the act imported before is still
// there, the corpus verifies whole, and the import succeeds once the disk
// is healed.
func TestCorpusAddOnIOErrors(t *testing.T) {
	var tally ioTally
	for _, tt := range ioFaults {
		t.Run(tt.name, func(t *testing.T) {
			fsys := faultfs.Mount(t)
			dir, backing := filepath.Join(fsys.Dir, "corpus"), filepath.Join(fsys.Backing, "corpus")
			if code, _, stderr := runAlbo(t, "corpus", "add", "--corpus", dir, "../../testdata/delibera-1098-2019.pdf"); code != cmdutil.ExitOK {
				t.Fatalf("first import: exit %d, %s", code, stderr)
			}
			fsys.Fail(tt.rule)
			tally.tried++
			code, _, stderr, took := runAlboGuarded(t, "corpus", "add", "--corpus", dir, fixturePDF)
			fsys.Heal()
			if checkStorageFailure(t, "import", eio, code, stderr, took) {
				tally.failed++
				if !strings.Contains(stderr, "corpus add "+fixturePDF+": ") {
					t.Errorf("the line does not name the file imported: %q", stderr)
				}
			}
			tally.verifyBacking(t, backing, "after the failure")
			if code, stdout, _ := runAlbo(t, "corpus", "ls", "--corpus", backing); code != cmdutil.ExitOK || !strings.Contains(stdout, "milano/giunta/2019/1098") {
				tally.lost++
				t.Errorf("corpus ls after the failure: exit %d, %q; want the act imported before", code, stdout)
			}
			if code, _, stderr := runAlbo(t, "corpus", "add", "--corpus", dir, fixturePDF); code != cmdutil.ExitOK {
				t.Errorf("import on the healed disk: exit %d, %s", code, stderr)
			}
			tally.verifyBacking(t, backing, "after the import")
		})
	}
	tally.log(t, "corpus add")
}

// TestExtractCorpusOnIOErrors extracts a corpus on a disk that fails with
// EIO at each moment of ioFaults: the batch stops with one line, the
// corpus verifies whole, and the next run, on the healed disk, extracts
// what was left.
func TestExtractCorpusOnIOErrors(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts a corpus many times")
	}
	const acts = 12
	// Reads too: a document the disk cannot read is no fault of the
	// document, and must not be quarantined as one.
	faults := append(slices.Clone(ioFaults), ioFault{"reads", faultfs.Rule{Read: true}},
		ioFault{"reads of the stored documents", faultfs.Rule{Read: true, Match: func(p string) bool { return strings.HasPrefix(p, "corpus/blobs/") }}})
	var tally ioTally
	for _, tt := range faults {
		t.Run(tt.name, func(t *testing.T) {
			fsys := faultfs.Mount(t)
			dir, backing := filepath.Join(fsys.Dir, "corpus"), filepath.Join(fsys.Backing, "corpus")
			synthCorpus(t, dir, 11, acts, 0, 0)
			fsys.Fail(tt.rule)
			tally.tried++
			code, _, stderr, took := runAlboGuarded(t, "extract", "--corpus", dir, "--workers", "2")
			fsys.Heal()
			if checkStorageFailure(t, "extract", eio, code, stderr, took) {
				tally.failed++
			}
			tally.verifyBacking(t, backing, "after the failure")
			// Nothing quarantined: every document not extracted before is
			// extracted now.
			code, stdout, stderr := runAlbo(t, "extract", "--corpus", dir)
			if code != cmdutil.ExitOK || !strings.Contains(stdout, fmt.Sprintf("%d documents", acts)) || quarantinedSome.MatchString(stdout) {
				t.Errorf("extract on the healed disk: exit %d, stdout %q, stderr %q", code, stdout, stderr)
			}
			tally.verifyBacking(t, backing, "after the extraction")
		})
	}
	tally.log(t, "extract --corpus")
}

// quarantinedSome finds, in the summary of `albo extract --corpus`, that
// documents were quarantined.
var quarantinedSome = regexp.MustCompile(`\b[1-9][0-9]* quarantined`)

// TestIndexOnIOErrors updates the index of a corpus on a disk that fails
// with EIO at each moment of ioFaults: `albo index` (a child process, as
// the index maps its files into memory) stops with one line naming the
// error, the last complete index still answers with what it held, and
// once the disk is healed the next run completes. (The corpus holds
// extractions without their files, so corpus verify has nothing to say
// of it.)
func TestIndexOnIOErrors(t *testing.T) {
	if testing.Short() {
		t.Skip("updates an index many times")
	}
	fsys := faultfs.Mount(t)
	dir, backing := filepath.Join(fsys.Dir, "corpus"), filepath.Join(fsys.Backing, "corpus")
	copyTree(t, goldCorpusDir(t), dir)
	if _, took := runIndexChild(t, dir, 0); took <= 0 {
		t.Fatal("no first index")
	}
	total := func() string {
		t.Helper()
		c, out, stderr := runAlbo(t, "search", "--corpus", backing, "--json", "--type", "act", "--limit", "1")
		if c != cmdutil.ExitOK {
			t.Fatalf("search: exit %d, %s", c, stderr)
		}
		_, after, _ := strings.Cut(out, `"total":`)
		n, _, _ := strings.Cut(after, ",")
		return n
	}
	// An update writes megabytes: later moments reach its later stages.
	faults := append(slices.Clone(ioFaults), []ioFault{
		{"writes after 1 MiB", faultfs.Rule{Write: true, After: 1 << 20}},
		{"writes after 3 MiB", faultfs.Rule{Write: true, After: 3 << 20}},
		{"fsync after 1 MiB", faultfs.Rule{Fsync: true, After: 1 << 20}},
		{"fsync after 3 MiB", faultfs.Rule{Fsync: true, After: 3 << 20}},
		{"close after 3 MiB", faultfs.Rule{Close: true, After: 3 << 20}},
	}...)
	var tally ioTally
	for i, tt := range faults {
		before := total()
		addActCopy(t, backing, i+1)
		fsys.Fail(tt.rule)
		tally.tried++
		run := startIndexChild(t, dir)
		code, stderr := run.wait(t, time.Minute)
		fsys.Heal()
		lines := failureLines(stderr)
		last := ""
		if len(lines) > 0 {
			last = lines[len(lines)-1]
		}
		switch {
		case code == cmdutil.ExitOK:
			t.Logf("%s: the update completed", tt.name)
		case code == cmdutil.ExitFailed && len(lines) == 1 && strings.Contains(last, eio) && strings.Contains(last, string(filepath.Separator)):
			tally.failed++
			t.Logf("%s: %s", tt.name, last)
			if after := total(); after != before {
				tally.lost++
				t.Errorf("%s: the index answers %s acts after the failed update, %s before", tt.name, after, before)
			}
		default:
			t.Errorf("%s: exit %d, stderr %q; want exit 1 and one line naming the file and %q", tt.name, code, stderr, eio)
		}
	}
	if code, stderr := startIndexChild(t, dir).wait(t, time.Minute); code != cmdutil.ExitOK {
		t.Fatalf("index on the healed disk: exit %d, %s", code, stderr)
	}
	if got, want := total(), fmt.Sprint(2+len(faults)); got != want {
		t.Errorf("the index on the healed disk answers %s acts, want %s", got, want)
	}
	tally.log(t, "index")
}

// TestCrawlOnIOErrors crawls a replica of the site into a corpus on a disk
// that fails with EIO at each moment of ioFaults, after a first crawl
// that stored part of it: the crawl stops with one line naming the file
// and the error, what the first crawl stored verifies whole, and a crawl
// on the healed disk completes.
func TestCrawlOnIOErrors(t *testing.T) {
	r := replica.New(replica.Config{Seed: 61, Days: 2, PerDay: 15})
	srv := httptest.NewServer(r)
	defer srv.Close()
	crawl := func(dir string, limit int) (int, string, time.Duration) {
		args := []string{"crawl", "--source", "milano", "--base-url", srv.URL, "--corpus", dir, "--delay", "0", "--concurrency", "4", "--json"}
		if limit > 0 {
			args = append(args, "--max", fmt.Sprint(limit))
		}
		code, _, stderr, took := runAlboGuarded(t, args...)
		return code, stderr, took
	}
	var tally ioTally
	for _, tt := range ioFaults {
		t.Run(tt.name, func(t *testing.T) {
			fsys := faultfs.Mount(t)
			dir, backing := filepath.Join(fsys.Dir, "corpus"), filepath.Join(fsys.Backing, "corpus")
			if code, stderr, _ := crawl(dir, 5); code != cmdutil.ExitOK {
				t.Fatalf("first crawl: exit %d, %s", code, stderr)
			}
			_, stored, _ := runAlbo(t, "corpus", "ls", "--corpus", backing, "--json")
			fsys.Fail(tt.rule)
			tally.tried++
			code, stderr, took := crawl(dir, 0)
			fsys.Heal()
			if checkStorageFailure(t, "crawl", eio, code, stderr, took) {
				tally.failed++
			}
			tally.verifyBacking(t, backing, "after the failure")
			for id := range strings.SplitSeq(strings.TrimSpace(stored), "\n") {
				id, _, _ = strings.Cut(strings.TrimPrefix(id, `{"id":"`), `"`)
				if code, _, _ := runAlbo(t, "corpus", "show", "--corpus", backing, id); code != cmdutil.ExitOK {
					tally.lost++
					t.Errorf("act %s of the first crawl is gone", id)
				}
			}
			if code, stderr, _ := crawl(dir, 0); code != cmdutil.ExitOK {
				t.Errorf("crawl on the healed disk: exit %d, %s", code, stderr)
			}
			tally.verifyBacking(t, backing, "after the crawl")
		})
	}
	tally.log(t, "crawl")
}
