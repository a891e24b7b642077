package batch_test

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
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
		// One line per document done tells the parent where the batch is.
		progress := func(p batch.Progress) { fmt.Println(p.Done) }
		if _, err := batch.Run(context.Background(), store, batch.Options{Workers: 2, Progress: progress}); err != nil {
			os.Exit(4)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// TestKillMidBatch kills a batch with SIGKILL at random moments, twenty times
// and more, and checks after each kill that no extraction is lost or half
// written, and at the end that a re-run redoes nothing that was complete.
// The kills are placed by the child's progress, not by the clock, so that
// each lands in the middle of the batch however fast the machine is.
func TestKillMidBatch(t *testing.T) {
	const acts = 60
	store, damaged := newCorpus(t, acts, 3, 0.05)
	dir := store.Dir()
	store.Close() // the child takes the writer's lock
	rng := rand.New(rand.NewPCG(1, 2))
	kills := 0
	for round := 0; kills < 20 && round < 60; round++ {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), childCorpusEnv+"="+dir)
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Kill after 0 to 2 more documents, and up to 20 ms into the next.
		lines := bufio.NewScanner(stdout)
		finished := false
		for range rng.IntN(3) {
			if !lines.Scan() {
				finished = true
				break
			}
		}
		if !finished {
			time.Sleep(time.Duration(rng.IntN(20)) * time.Millisecond)
			cmd.Process.Signal(syscall.SIGKILL)
		}
		io.Copy(io.Discard, stdout)
		err = cmd.Wait()
		var exit *exec.ExitError
		switch {
		case errors.As(err, &exit) && !exit.Exited():
			kills++ // ended by the signal, in the middle of the batch
		case err != nil:
			t.Fatalf("child batch failed: %v", err)
		}
		checkWhole(t, dir)
	}
	if kills < 20 {
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
