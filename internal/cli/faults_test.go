package cli

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/openalbo/albo/internal/smalldisk"
)

// copyTree copies the files under from into to.
func copyTree(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(to, rel), 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(to, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestIndexOnAFullDisk runs `albo index` on a corpus kept on a small real
// file system filled to leave from nothing to a megabyte and a half free,
// so that the disk fills at every stage of an update: each time the
// command ends within seconds with one line naming the disk's failure, the
// last complete index keeps answering, and once room is made the next run
// completes.
func TestIndexOnAFullDisk(t *testing.T) {
	if testing.Short() {
		t.Skip("fills a file system many times")
	}
	disk := smalldisk.Mount(t, 16<<20)
	dir := filepath.Join(disk, "corpus")
	copyTree(t, goldCorpusDir(t), dir)
	if _, took := runIndexChild(t, dir, 0); took <= 0 {
		t.Fatal("no first index")
	}
	failedRuns, slowest := 0, time.Duration(0)
	for i, free := range []int64{0, 4 << 10, 64 << 10, 256 << 10, 512 << 10, 768 << 10, 1 << 20, 3 << 19} {
		addActCopy(t, dir, i+1)
		filler := smalldisk.Fill(t, disk, free)
		run := startIndexChild(t, dir)
		code, stderr := run.wait(t, time.Minute)
		slowest = max(slowest, run.took)
		lines := strings.Split(strings.TrimSpace(stderr), "\n")
		last := lines[len(lines)-1]
		switch {
		case code == 0:
		case code == 1 && strings.Contains(last, "no space left on device"):
			failedRuns++
			t.Logf("%d bytes free: %s", free, last)
		default:
			t.Errorf("%d bytes free: exit %d, last line %q", free, code, last)
		}
		if c, out, stderr := runAlbo(t, "search", "--corpus", dir, "--json", "--type", "act", "--limit", "1"); c != 0 || !strings.Contains(out, `"total"`) {
			t.Fatalf("%d bytes free: search after the index ran: exit %d %s", free, c, stderr)
		}
		os.Remove(filler)
	}
	code, stderr := startIndexChild(t, dir).wait(t, time.Minute)
	if code != 0 {
		t.Fatalf("index with room again: exit %d, %s", code, stderr)
	}
	c, out, _ := runAlbo(t, "search", "--corpus", dir, "--json", "--type", "act", "--limit", "1")
	if c != 0 || !strings.Contains(out, `"total":10`) {
		t.Errorf("after the disk had room again: %.200s", out)
	}
	t.Logf("%d of 8 updates met a full disk and stopped with one line; the slowest run took %v", failedRuns, slowest.Round(time.Millisecond))
	if failedRuns == 0 {
		t.Error("the disk never filled")
	}
}

// TestIndexStopsOnSignal sends SIGTERM or SIGINT to `albo index` at
// random moments of an update: it ends within 5 seconds, and the index
// answers.
func TestIndexStopsOnSignal(t *testing.T) {
	if testing.Short() {
		t.Skip("interrupts updates")
	}
	dir := goldCorpusDir(t)
	for n := 1; n <= 6; n++ {
		addActCopy(t, dir, n)
	}
	_, full := runIndexChild(t, dir, 0)
	var slowest time.Duration
	stopped := 0
	for round := range 8 {
		addActCopy(t, dir, 100+round)
		run := startIndexChild(t, dir)
		sig := []syscall.Signal{syscall.SIGTERM, syscall.SIGINT}[round%2]
		// Once the update holds the index (its signal handlers are set by
		// then), at moments from its start to near its end.
		lock := filepath.Join(dir, "index", "writer.lock")
		pid := strconv.Itoa(run.cmd.Process.Pid)
		for waited := time.Now(); time.Since(waited) < 10*time.Second; time.Sleep(time.Millisecond) {
			if data, _ := os.ReadFile(lock); strings.TrimSpace(string(data)) == pid {
				break
			}
		}
		time.Sleep(full * time.Duration(round) / 9)
		sent := time.Now()
		run.cmd.Process.Signal(sig)
		code, stderr := run.wait(t, time.Minute)
		took := time.Since(sent)
		slowest = max(slowest, took)
		if code != 0 {
			stopped++
			if !strings.Contains(stderr, "interrupted") {
				t.Errorf("%v: exit %d, %q", sig, code, stderr)
			}
		}
		if took > 5*time.Second {
			t.Errorf("%v: ended %v after the signal", sig, took)
		}
		if c, _, stderr := runAlbo(t, "search", "--corpus", dir, "--json", "x"); c != 0 {
			t.Fatalf("search after %v: %s", sig, stderr)
		}
	}
	t.Logf("%d of 8 updates stopped by a signal, the slowest %v after it", stopped, slowest.Round(time.Millisecond))
}
