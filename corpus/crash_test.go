package corpus

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"syscall"
	"testing"
	"time"
)

// The crash test re-executes the test binary as a writer child (TestMain
// sees crashChildEnv) and kills it with SIGKILL at random moments.
const (
	crashChildEnv = "ALBO_CORPUS_CRASH_CHILD" // the corpus folder
	crashLoopEnv  = "ALBO_CORPUS_CRASH_LOOP"  // "1": keep rewriting until killed
	crashActs     = 30
)

func TestMain(m *testing.M) {
	if dir := os.Getenv(crashChildEnv); dir != "" {
		if err := crashWriter(dir, os.Getenv(crashLoopEnv) == "1"); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// crashWriter stores crashActs acts the way the crawler and extractor do
// (blobs, then extraction, then the record pointing at them); with loop it
// then keeps updating their records until killed.
func crashWriter(dir string, loop bool) error {
	ctx := context.Background()
	s, err := Open(dir)
	if err != nil {
		return err
	}
	defer s.Close()
	for pass := 0; pass == 0 || loop; pass++ {
		for i := range crashActs {
			if err := writeCrashAct(ctx, s, i, pass); err != nil {
				return err
			}
		}
	}
	return nil
}

// crashContent is act i's signed file: big enough that a kill often lands
// in the middle of writing it.
func crashContent(i int) []byte {
	return bytes.Repeat([]byte("signed envelope of act "+strconv.Itoa(i)+"\n"), 2000*(1+i%4))
}

func crashID(i int) string { return fmt.Sprintf("test/crash/2019/%d", i) }

func writeCrashAct(ctx context.Context, s *Store, i, pass int) error {
	sha, size, err := s.PutBlob(ctx, bytes.NewReader(crashContent(i)))
	if err != nil {
		return err
	}
	pdf, _, err := s.PutBlob(ctx, bytes.NewReader(append([]byte("%PDF-1.4\n"), crashContent(i)...)))
	if err != nil {
		return err
	}
	if err := s.PutExtraction(ctx, pdf, "albo 0.1.0", fmt.Appendf(nil, `{"act":{"number":%d}}`, i)); err != nil {
		return err
	}
	if i%7 == 0 {
		if err := s.PutFailure(ctx, pdf, "albo 0.0.9", "an older extractor failed"); err != nil {
			return err
		}
	}
	seen := time.Date(2019, 12, 9, 0, 0, 0, 0, time.UTC)
	return s.PutAct(ctx, &Act{
		ID: crashID(i), Source: "test", Category: "crash", Number: i, Year: 2019,
		Subject: "act " + strconv.Itoa(i), FirstSeen: seen, LastSeen: seen.Add(time.Duration(pass) * time.Hour),
		Files: []File{{Name: "act.pdf.p7m", SHA256: sha, PDFSHA256: pdf, Size: size}},
	})
}

func crashChild(t *testing.T, dir string, loop bool) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), crashChildEnv+"="+dir, crashLoopEnv+"="+map[bool]string{true: "1", false: "0"}[loop])
	cmd.Stderr = os.Stderr
	return cmd
}

func TestKillNineLeavesAWholeCorpus(t *testing.T) {
	dir := t.TempDir()
	// The corpus exists before the first writer starts: a writer killed
	// before its Open ends leaves nothing to check.
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	const kills = 24
	interrupted, pending := 0, 0
	for k := range kills {
		cmd := crashChild(t, dir, true)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rand.IntN(150)) * time.Millisecond)
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		err := cmd.Wait()
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			t.Fatalf("kill %d: the writer ended by itself: %v", k, err)
		}
		if ws, ok := exit.Sys().(syscall.WaitStatus); !ok || ws.Signal() != syscall.SIGKILL {
			t.Fatalf("kill %d: the writer failed before the kill: %v", k, err)
		}
		if leftovers, err := countTemps(dir); err == nil && leftovers > 0 {
			interrupted++
		}
		if manifestPending(t, dir) {
			pending++
		}
		// As the killed writer left it, before an Open takes back the
		// manifest line of an unfinished record write.
		if ro, err := OpenReadOnly(dir); err == nil { // else killed before the layout was made
			if p := slices.Collect(ro.Verify(t.Context())); len(p) != 0 {
				t.Fatalf("kill %d: read-only Verify found %v", k, p)
			}
		}
		checkCrashCorpus(t, dir, k, false)
	}
	t.Logf("%d of %d kills interrupted a write, %d an act record's write (manifest line not done)", interrupted, kills, pending)
	if err := crashChild(t, dir, false).Run(); err != nil {
		t.Fatalf("re-run after the kills: %v", err)
	}
	checkCrashCorpus(t, dir, kills, true)
}

// checkCrashCorpus opens the corpus a killed writer left and checks it is
// whole: Verify finds nothing, every record that exists reads, and each act's
// extraction (written before the act) is there. complete also wants every
// act.
func checkCrashCorpus(t *testing.T, dir string, k int, complete bool) {
	t.Helper()
	s, err := Open(dir)
	if err != nil {
		t.Fatalf("kill %d: Open: %v", k, err)
	}
	defer s.Close()
	if p := slices.Collect(s.Verify(t.Context())); len(p) != 0 {
		t.Fatalf("kill %d: Verify found %v", k, p)
	}
	n := 0
	for a, err := range s.Acts(t.Context()) {
		if err != nil {
			t.Fatalf("kill %d: %v", k, err)
		}
		n++
		if _, err := s.Extraction(a.Files[0].PDFSHA256, "albo 0.1.0"); err != nil {
			t.Errorf("kill %d: act %s: %v", k, a.ID, err)
		}
	}
	for _, err := range s.Failures(t.Context()) {
		if err != nil {
			t.Fatalf("kill %d: %v", k, err)
		}
	}
	if complete && n != crashActs {
		t.Errorf("after the re-run: %d acts, want %d", n, crashActs)
	}
}

// manifestPending says whether the act manifest ends with the line of a
// record write not marked done.
func manifestPending(t *testing.T, dir string) bool {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, manifestName))
	if errors.Is(err, fs.ErrNotExist) {
		return false // killed before the first Open made it
	}
	if err != nil {
		t.Fatal(err)
	}
	return !bytes.HasSuffix(data, []byte(manifestDone)) && !bytes.Equal(data, []byte(manifestHeader))
}

// countTemps counts the unfinished writes under dir.
func countTemps(dir string) (int, error) {
	n := 0
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && isTemp(d.Name()) {
			n++
		}
		return err
	})
	return n, err
}
