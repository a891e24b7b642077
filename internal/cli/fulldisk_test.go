package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/internal/cmdutil"
	"github.com/openalbo/albo/internal/smalldisk"
)

// runAlboGuarded is runAlbo failing the test, rather than hanging it, if
// the command does not end, and says how long it took.
func runAlboGuarded(t *testing.T, args ...string) (code int, stdout, stderr string, took time.Duration) {
	t.Helper()
	type ran struct {
		code           int
		stdout, stderr string
	}
	done := make(chan ran, 1)
	start := time.Now()
	go func() {
		code, stdout, stderr := runAlbo(t, args...)
		done <- ran{code, stdout, stderr}
	}()
	select {
	case r := <-done:
		return r.code, r.stdout, r.stderr, time.Since(start)
	case <-time.After(2 * time.Minute):
		t.Fatalf("albo %v did not end in 2 minutes on a failing disk", args)
		return 0, "", "", 0
	}
}

// failureLines are the lines of stderr but the progress lines (of
// extract, index and crawl; failures start "albo: ").
func failureLines(stderr string) []string {
	var lines []string
	for l := range strings.SplitSeq(strings.TrimSuffix(stderr, "\n"), "\n") {
		if l != "" && !strings.HasPrefix(l, "extract: ") && !strings.HasPrefix(l, "index: ") && !strings.HasPrefix(l, "crawl: ") {
			lines = append(lines, l)
		}
	}
	return lines
}

// checkFullDiskOutcome wants a command that met a full disk to have
// stopped with exit 1 and one line naming the file and the reason, or to
// have succeeded when what it wrote still fitted.
func checkFullDiskOutcome(t *testing.T, what string, code int, stderr string, took time.Duration) bool {
	t.Helper()
	return checkStorageFailure(t, what, "no space left on device", code, stderr, took)
}

// checkStorageFailure wants a command that met a failing disk to have
// stopped with exit 1 and one line naming the file and the reason, or to
// have succeeded when it wrote nothing the disk refused.
func checkStorageFailure(t *testing.T, what, reason string, code int, stderr string, took time.Duration) bool {
	t.Helper()
	lines := failureLines(stderr)
	t.Logf("%s: exit %d in %v: %q", what, code, took.Round(time.Millisecond), lines)
	if code == cmdutil.ExitOK {
		return false
	}
	if code != cmdutil.ExitFailed || len(lines) != 1 || !strings.Contains(lines[0], reason) ||
		!strings.Contains(lines[0], string(filepath.Separator)) {
		t.Errorf("%s: exit %d, stderr %q; want exit 1 and one line naming the file and %q", what, code, stderr, reason)
	}
	return true
}

// verifyClean wants `albo corpus verify` to find the corpus whole.
func verifyClean(t *testing.T, dir, when string) {
	t.Helper()
	if code, stdout, stderr := runAlbo(t, "corpus", "verify", "--corpus", dir); code != cmdutil.ExitOK {
		t.Errorf("%s: verify exit %d, stdout %q, stderr %q", when, code, stdout, stderr)
	}
}

// pagesOf is how many pages of 4 KiB the file at path and its extraction
// take on a tmpfs.
func pagesOf(t *testing.T, path string) (blob, extraction int64) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	res, err := extract.Read(context.Background(), filepath.Base(path), data, extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	out, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	pages := func(n int) int64 { return int64(n+4095) / 4096 }
	return pages(len(data)), pages(len(out))
}

// TestCorpusAddOnAFullDisk imports an act into a corpus on a real small
// file system left with less and less room, so the disk fills at each step
// of the import in turn (the blob, the extraction, the act record and its
// manifest line): each time the import ends with one line, the corpus
// verifies whole, and once room is made the same import succeeds.
func TestCorpusAddOnAFullDisk(t *testing.T) {
	// The rooms are counted in pages of 4 KiB around what the fixture's
	// blob and its extraction take, so that the disk fills at each write.
	blob, extraction := pagesOf(t, fixturePDF)
	var rooms []int64
	for _, pages := range []int64{0, 4, blob - 2, blob + 2, blob + extraction - 2, blob + extraction - 1,
		blob + extraction, blob + extraction + 1, blob + extraction + 2, blob + extraction + 40} {
		rooms = append(rooms, pages*4096)
	}
	stages := map[string]int{}
	for _, room := range rooms {
		t.Run(fmt.Sprintf("%dKiB free", room>>10), func(t *testing.T) {
			disk := smalldisk.Mount(t, 4<<20)
			dir := filepath.Join(disk, "corpus")
			if code, _, stderr := runAlbo(t, "corpus", "add", "--corpus", dir, "../../testdata/delibera-1098-2019.pdf"); code != cmdutil.ExitOK {
				t.Fatalf("first import: exit %d, %s", code, stderr)
			}
			filler := smalldisk.Fill(t, disk, room)
			code, _, stderr, took := runAlboGuarded(t, "corpus", "add", "--corpus", dir, fixturePDF)
			if checkFullDiskOutcome(t, "import on a full disk", code, stderr, took) {
				if !strings.Contains(stderr, "corpus add "+fixturePDF+": ") {
					t.Errorf("the line does not name the file imported: %q", stderr)
				}
				for _, stage := range []string{"put blob", "put extraction", "put act"} {
					if strings.Contains(stderr, stage) {
						stages[stage]++
					}
				}
			} else {
				stages["none"]++
			}
			verifyClean(t, dir, "on the full disk")
			if err := os.Remove(filler); err != nil {
				t.Fatal(err)
			}
			verifyClean(t, dir, "after making room")
			if code, _, stderr := runAlbo(t, "corpus", "add", "--corpus", dir, fixturePDF); code != cmdutil.ExitOK {
				t.Errorf("import after making room: exit %d, %s", code, stderr)
			}
			verifyClean(t, dir, "after the import")
			if code, stdout, _ := runAlbo(t, "corpus", "ls", "--corpus", dir); code != cmdutil.ExitOK || strings.Count(stdout, "milano/giunta/2019/") != 2 {
				t.Errorf("corpus ls after the import: exit %d, %q; want the two acts", code, stdout)
			}
		})
	}
	t.Logf("writes the full disk refused: %v", stages)
	for _, stage := range []string{"put blob", "put extraction", "put act", "none"} {
		if stages[stage] == 0 && !t.Skipped() {
			t.Errorf("no room left the disk full at %q: the test does not cover that write (%v)", stage, stages)
		}
	}
}

// TestExtractCorpusOnAFullDisk extracts a corpus on a real small file
// system filled to a few kilobytes: the batch stops at the first refused
// write with one line, the corpus verifies whole, and the next run, with
// room made, extracts what was left.
func TestExtractCorpusOnAFullDisk(t *testing.T) {
	const acts = 40
	disk := smalldisk.Mount(t, 8<<20)
	dir := filepath.Join(disk, "corpus")
	synthCorpus(t, dir, 11, acts, 0, 0)
	filler := smalldisk.Fill(t, disk, 24<<10)

	code, _, stderr, took := runAlboGuarded(t, "extract", "--corpus", dir, "--workers", "2")
	if !checkFullDiskOutcome(t, "extract on a full disk", code, stderr, took) {
		t.Fatal("extract found room for every extraction: the test proved nothing")
	}
	verifyClean(t, dir, "on the full disk")
	if err := os.Remove(filler); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runAlbo(t, "extract", "--corpus", dir)
	if code != cmdutil.ExitOK || !strings.Contains(stdout, "40 documents") {
		t.Errorf("extract after making room: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	verifyClean(t, dir, "after the extraction")
}
