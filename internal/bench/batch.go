package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"syscall"
	"time"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/internal/synth"
)

// Corpus makeup of the issue: synthetic acts, copies of the real acts, 5%
// damaged.
const (
	realEvery   = 50
	corruptRate = 0.05
)

// benchBatch times `albo extract --corpus --all` with 1 and 2 workers on
// the same corpus, then compares the peak RSS of batches over corpora of
// growing size: it must stay flat.
func benchBatch(ctx context.Context, cfg *config, out *table) error {
	dir, st, err := makeCorpus(ctx, cfg, "batch", cfg.batchDocs)
	if err != nil {
		return err
	}
	// One worker and two take turns, batchRounds times, and the medians
	// count: one run of each read 1.69× in a full bench and 1.82-2.10×
	// run again alone.
	var walls, cpus [3][]time.Duration
	for range batchRounds {
		for _, w := range []int{1, 2} {
			r, err := runChild(ctx, cfg.albo, "extract", "--corpus", dir, "--all", "--workers", fmt.Sprint(w), "--json")
			if err != nil {
				return err
			}
			walls[w], cpus[w] = append(walls[w], r.wall), append(cpus[w], r.cpu)
		}
	}
	one, two := medianOf(walls[1]), medianOf(walls[2])
	oneCPU, twoCPU := medianOf(cpus[1]), medianOf(cpus[2])
	// One worker already keeps more than one core busy (its records are
	// written while it extracts the next document, and the collector runs
	// beside it): the speed-up two workers can reach on this machine's
	// cores is bounded by how busy one keeps them.
	busy := oneCPU.Seconds() / one.Seconds()
	out.row("batch", fmt.Sprintf("%d documents (%d copies of real acts, %d damaged), 2 workers, median of %d", st.Acts, st.Copies, st.Corrupted, batchRounds),
		fmt.Sprintf("%s (%.2f CPU-s)", two.Round(time.Millisecond), twoCPU.Seconds()),
		fmt.Sprintf("%s (%.2f CPU-s, %.2f cores busy) with 1 worker", one.Round(time.Millisecond), oneCPU.Seconds(), busy),
		fmt.Sprintf("%.2f× speed-up (goal ≥ 1.8×; at most %.2f× on %d cores with one worker this busy)", one.Seconds()/two.Seconds(), float64(runtime.NumCPU())/busy, runtime.NumCPU()))
	stale, err := runChild(ctx, cfg.albo, "extract", "--corpus", dir, "--json")
	if err != nil {
		return err
	}
	out.row("batch", "second --stale run (nothing to do)", stale.wall.Round(time.Millisecond).String(), "", "goal: seconds")
	for _, n := range cfg.rssSizes {
		dir, _, err := makeCorpus(ctx, cfg, fmt.Sprintf("rss-%d", n), n)
		if err != nil {
			return err
		}
		r, err := runChild(ctx, cfg.albo, "extract", "--corpus", dir, "--workers", "2", "--json")
		if err != nil {
			return err
		}
		out.row("batch", fmt.Sprintf("peak RSS, %d documents", n), mib(r.maxRSS), "", "goal ≤ 200 MiB, flat with size")
		os.RemoveAll(dir)
	}
	return nil
}

// batchRounds is how many times the batch runs with one worker and with
// two, in turn.
const batchRounds = 3

// makeCorpus fills a fresh corpus with n synthetic acts.
func makeCorpus(ctx context.Context, cfg *config, name string, n int) (string, synth.CorpusStats, error) {
	dir := filepath.Join(cfg.work, name)
	store, err := corpus.Open(dir)
	if err != nil {
		return "", synth.CorpusStats{}, err
	}
	defer store.Close()
	g, err := synth.New(uint64(n))
	if err != nil {
		return "", synth.CorpusStats{}, err
	}
	st, err := g.FillCorpus(ctx, store, n, realEvery, corruptRate)
	return dir, st, err
}

// childRun is what a child process took.
type childRun struct {
	wall   time.Duration
	cpu    time.Duration // user and system, all threads
	maxRSS int64         // bytes
	stdout []byte
}

// runChild runs the albo binary; exit status 1 (some documents failed) is
// expected of a corpus with damaged documents and is not an error here.
func runChild(ctx context.Context, name string, args ...string) (childRun, error) {
	cmd := exec.CommandContext(ctx, name, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	r := childRun{wall: time.Since(start), stdout: stdout.Bytes()}
	if cmd.ProcessState != nil {
		r.cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.maxRSS = ru.Maxrss * 1024 // Linux reports KiB
	}
	if err != nil && cmd.ProcessState.ExitCode() != 1 {
		return r, fmt.Errorf("%s %v: %w: %s", name, args, err, tail(stderr.Bytes()))
	}
	if !json.Valid(bytes.TrimSpace(r.stdout)) && len(bytes.TrimSpace(r.stdout)) > 0 {
		return r, fmt.Errorf("%s %v: output is not JSON: %s", name, args, tail(r.stdout))
	}
	return r, nil
}

func tail(b []byte) []byte {
	if len(b) > 400 {
		return b[len(b)-400:]
	}
	return b
}

func mib(b int64) string { return fmt.Sprintf("%.1f MiB", float64(b)/(1<<20)) }
