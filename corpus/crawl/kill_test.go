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
		os.Exit(crawlChild(base, dir, Options{Concurrency: 4}))
	}
	if base, dir := os.Getenv(memBaseEnv), os.Getenv(memCorpusEnv); base != "" && dir != "" {
		os.Exit(memoryChild(base, dir))
	}
	os.Exit(m.Run())
}

// crawlChild crawls the Albo at base into the corpus in dir with opts
// and returns the process's exit status.
func crawlChild(base, dir string, opts Options) int {
	s, err := corpus.Open(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 3
	}
	defer s.Close()
	opts.Profile, opts.BaseURL = Milano{}, base
	if opts.Fetch.Timeout == 0 {
		opts.Fetch = testFetch()
	}
	if _, err := Run(context.Background(), s, opts); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 4
	}
	return 0
}

// TestKillAndResume kills a crawling process (SIGKILL) at random moments,
// checks after each kill that the corpus is sound, after the last that a
// plain re-run completes it, every attachment included, and that one more
// run then fetches nothing.
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
		// What the killed runs archived is whole: a second run after
		// the resume fetches no detail page and no document.
		r.ResetStats()
		crawlReplica(t, s, srv.URL, nil)
		if st := r.Stats(); st.Requests["showdoc"]+st.Requests["savep7m"] != 0 {
			t.Errorf("corpus %d: the run after the resume fetched %d detail pages and %d documents", c, st.Requests["showdoc"], st.Requests["savep7m"])
		}
		s.Close()
	}
	if kills < 20 {
		t.Errorf("%d kills, want >= 20", kills)
	}
}
