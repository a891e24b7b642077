package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"runtime/debug"
	"time"

	"github.com/openalbo/albo/batch"
	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/extract"
	"github.com/schollz/progressbar/v3"
)

// ExtractCorpusOptions are the inputs of `albo extract --corpus`.
type ExtractCorpusOptions struct {
	IO        *IOStreams
	CorpusDir string
	All       bool // --all; the default is --stale
	Workers   int
	Retry     bool
	JSON      bool
	Extract   extract.Options
	Shard     batch.Shard // --shard i/N; the zero value is every document
}

// extractCorpusRun re-extracts the corpus's documents with a worker pool:
// progress on standard error, a summary (JSON with --json) on standard
// output, one line per failed document on standard error.
func extractCorpusRun(ctx context.Context, opts *ExtractCorpusOptions) error {
	defer tuneGC(batchGCPercent, batchMemoryLimit)()
	store, err := corpus.OpenExisting(corpusDir(opts.CorpusDir))
	if err != nil {
		return err
	}
	defer store.Close()
	progress, finish := batchProgress(opts.IO)
	bo := batch.Options{Workers: opts.Workers, RetryFailed: opts.Retry, Extract: opts.Extract, Progress: progress, Shard: opts.Shard}
	if opts.All {
		bo.Mode = batch.All
	}
	sum, err := batch.Run(ctx, store, bo)
	finish()
	if err != nil {
		return err
	}
	for _, f := range sum.Failures {
		reportf(opts.IO.ErrOut, "%s: %s", f.Act, f.Reason)
	}
	if opts.JSON {
		enc := json.NewEncoder(opts.IO.Out)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(sum); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(opts.IO.Out, "%d documents: %d extracted, %d up to date, %d quarantined before, %d failed (%s, %.1fs)\n",
			sum.Documents, sum.Extracted, sum.UpToDate, sum.Quarantined, sum.Failed, sum.Extractor, sum.Seconds)
	}
	if sum.Failed > 0 {
		return failedError{sum.Failed}
	}
	return nil
}

// Garbage-collector settings of a batch: the extractor allocates briefly
// and much, so with the default GOGC=100 the collector ran often enough to
// keep two workers from doubling the speed of one (measured: 1.41× with
// the defaults, 1.86× with 400). The memory limit keeps the process within
// the batch's budget whatever the rate.
const (
	batchGCPercent   = 400
	batchMemoryLimit = 160 << 20
)

// tuneGC sets the collector's GOGC percent and memory limit, unless the
// user set GOGC or GOMEMLIMIT, which then win, and returns what restores
// the previous ones (tests run commands in one process).
func tuneGC(percent int, memoryLimit int64) (restore func()) {
	gcPercent, memLimit := -2, int64(-1)
	if os.Getenv("GOGC") == "" {
		gcPercent = debug.SetGCPercent(percent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		memLimit = debug.SetMemoryLimit(memoryLimit)
	}
	return func() {
		if gcPercent != -2 {
			debug.SetGCPercent(gcPercent)
		}
		if memLimit >= 0 {
			debug.SetMemoryLimit(memLimit)
		}
	}
}

// batchProgress reports a batch on standard error: a bar with rate and ETA
// for a person at a terminal, a plain line every few seconds for a log.
func batchProgress(ios *IOStreams) (func(batch.Progress), func()) {
	if !ios.ErrIsTerminal {
		var last time.Time
		return func(p batch.Progress) {
			if p.Done == p.Total || time.Since(last) >= 5*time.Second {
				last = time.Now()
				fmt.Fprintf(ios.ErrOut, "extract: %d/%d documents, %d extracted, %d failed, %.0fs\n",
					p.Done, p.Total, p.Extracted, p.Failed, p.Elapsed.Seconds())
			}
		}, func() {}
	}
	var bar *progressbar.ProgressBar
	return func(p batch.Progress) {
			if bar == nil {
				bar = progressbar.NewOptions(p.Total,
					progressbar.OptionSetWriter(ios.ErrOut),
					progressbar.OptionShowCount(),
					progressbar.OptionShowIts(),
					progressbar.OptionSetItsString("docs"),
					progressbar.OptionSetPredictTime(true),
					progressbar.OptionThrottle(100*time.Millisecond),
					progressbar.OptionClearOnFinish(),
				)
			}
			bar.Describe(fmt.Sprintf("extract (%d failed)", p.Failed))
			bar.Set(p.Done)
		}, func() {
			if bar != nil {
				bar.Finish()
			}
		}
}
