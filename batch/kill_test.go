package batch_test

import (
	"context"
	"encoding/json"
	"math/rand/v2"
	"os"
	"os/exec"
	"syscall"
	"testing"
	"time"

	"github.com/openalbo/albo/batch"
	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/extract"
)

// childCorpusEnv names the corpus a re-executed test binary extracts, as
// the child of TestKillMidBatch.
const childCorpusEnv = "ALBO_BATCH_KILL_CHILD_CORPUS"

// TestMain lets the test binary play the child that is killed.
func TestMain(m *testing.M) {
	if dir := os.Getenv(childCorpusEnv); dir != "" {
		store, err := corpus.Open(dir)
		if err != nil {
			os.Exit(3)
		}
		if _, err := batch.Run(context.Background(), store, batch.Options{Workers: 2}); err != nil {
			os.Exit(4)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// TestKillMidBatch kills a batch with SIGKILL at random moments, ten times
// and more, and checks after each kill that no extraction is lost or half
// written, and at the end that a re-run redoes nothing that was complete.
func TestKillMidBatch(t *testing.T) {
	// A third of the acts are copies of the 54-page real sample, so the batch
	// takes long enough for every kill to land in the middle of it.
	const acts = 40
	store, damaged := newCorpus(t, acts, 3, 0.05)
	dir := store.Dir()
	store.Close() // the child takes the writer's lock
	rng := rand.New(rand.NewPCG(1, 2))
	kills := 0
	for round := 0; kills < 12 && round < 40; round++ {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), childCorpusEnv+"="+dir)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-time.After(time.Duration(60+rng.IntN(300)) * time.Millisecond):
			cmd.Process.Signal(syscall.SIGKILL)
			<-done
			kills++
		case err := <-done:
			if err != nil {
				t.Fatalf("child batch failed: %v", err)
			}
		}
		checkWhole(t, dir)
	}
	if kills < 10 {
		t.Fatalf("only %d kills landed mid-batch", kills)
	}

	store, err := corpus.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	before := countExtractions(t, store)
	sum, err := batch.Run(context.Background(), store, batch.Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	readable := acts - len(damaged)
	if sum.UpToDate != before || sum.Extracted != readable-before {
		t.Errorf("re-run after %d kills: %+v; want the %d complete extractions kept and only the other %d done",
			kills, *sum, before, readable-before)
	}
	t.Logf("%d kills; %d extractions complete before the final run, %d done by it", kills, before, sum.Extracted)
}

// checkWhole opens the corpus after a kill: Verify finds it whole and every
// extraction present reads back as a complete record.
func checkWhole(t *testing.T, dir string) {
	t.Helper()
	store, err := corpus.Open(dir)
	if err != nil {
		t.Fatalf("open after kill: %v", err)
	}
	defer store.Close()
	for p := range store.Verify(context.Background()) {
		t.Errorf("verify after kill: %v", p)
	}
	countExtractions(t, store)
}

// countExtractions counts the acts with an extraction by this version,
// failing the test on any that does not decode.
func countExtractions(t *testing.T, store *corpus.Store) int {
	t.Helper()
	n := 0
	for a, err := range store.Acts(context.Background()) {
		if err != nil {
			t.Fatal(err)
		}
		data, err := store.Extraction(a.Files[0].PDFSHA256, extract.Version)
		if err != nil {
			continue
		}
		var res extract.Result
		if err := json.Unmarshal(data, &res); err != nil || res.Act == nil {
			t.Errorf("%s: half-written extraction (%v)", a.ID, err)
		}
		n++
	}
	return n
}
