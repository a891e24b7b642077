package crawl

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/internal/replica"
)

// The child process of TestKillAndResume crawls the replica at these.
const (
	childBaseEnv   = "ALBO_CRAWL_CHILD_BASE"
	childCorpusEnv = "ALBO_CRAWL_CHILD_CORPUS"
)

// TestMain lets the test binary play the crawl that TestKillAndResume
// runs in a child process and kills.
func TestMain(m *testing.M) {
	if base, dir := os.Getenv(childBaseEnv), os.Getenv(childCorpusEnv); base != "" && dir != "" {
		os.Exit(crawlChild(base, dir))
	}
	os.Exit(m.Run())
}

// crawlChild crawls the replica at base into the corpus in dir and returns
// the process's exit status.
func crawlChild(base, dir string) int {
	s, err := corpus.Open(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 3
	}
	defer s.Close()
	if _, err := Run(context.Background(), s, Options{Profile: Milano{}, BaseURL: base, Concurrency: 4, Fetch: testFetch()}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 4
	}
	return 0
}

// TestKillAndResume kills a crawling process (SIGKILL) at random moments,
// checks after each kill that the corpus is sound, and after the last that
// a plain re-run completes it.
func TestKillAndResume(t *testing.T) {
	const corpora, killsEach = 8, 3
	r, srv := serveReplica(t, replica.Config{Seed: 21, Days: 3, PerDay: 30})
	child := func(dir string) *exec.Cmd {
		cmd := exec.Command(os.Args[0])
		cmd.Env = append(os.Environ(), childBaseEnv+"="+srv.URL, childCorpusEnv+"="+dir)
		return cmd
	}
	// How long a whole crawl takes here, so that the kills fall anywhere
	// in it, from before the first write to after the last.
	start := time.Now()
	if out, err := child(t.TempDir()).CombinedOutput(); err != nil {
		t.Fatalf("uninterrupted child crawl: %v\n%s", err, out)
	}
	whole := time.Since(start)

	rng := rand.New(rand.NewPCG(21, 21))
	kills := 0
	for c := range corpora {
		dir := t.TempDir()
		for range killsEach {
			cmd := child(dir)
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			pause := time.Duration(rng.Int64N(int64(whole) * 2 / 3))
			time.Sleep(pause)
			cmd.Process.Kill()
			cmd.Wait()
			kills++
			s, err := corpus.Open(dir)
			if err != nil {
				t.Fatalf("corpus %d after kill %d: %v", c, kills, err)
			}
			checkVerify(t, s)
			ids, err := s.ActIDs(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("corpus %d, kill %d after %s of %s: %d acts archived", c, kills, pause.Round(time.Millisecond), whole.Round(time.Millisecond), len(ids))
			s.Close()
		}
		s, err := corpus.Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		crawlReplica(t, s, srv.URL, nil)
		checkArchived(t, s, r.Listed())
		checkVerify(t, s)
		s.Close()
	}
	if kills < 20 {
		t.Errorf("%d kills, want >= 20", kills)
	}
}
