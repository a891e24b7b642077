package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"time"

	"github.com/openalbo/albo/batch"
	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/internal/cmdutil"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// ExtractCorpusOptions are the inputs of `albo extract --corpus`.
type ExtractCorpusOptions struct {
	IO        *cmdutil.IOStreams
	CorpusDir string
	All       bool // --all; the default is --stale
	Workers   int
	Retry     bool
	JSON      bool
	Extract   extract.Options
	Shard     batch.Shard // --shard i/N; the zero value is every document
}

// extractCorpusMode is albo extract's --corpus mode (extractcmd.CorpusMode):
// the batch runner over the corpus store.
type extractCorpusMode struct {
	io *cmdutil.IOStreams
	// runF replaces the run function in tests of flag parsing.
	runF  func(*ExtractCorpusOptions) error
	flags struct {
		dir                     string
		stale, all, retry, json bool
		workers                 int
		shard                   string
	}
}

func newExtractCorpusMode(ios *cmdutil.IOStreams, runF func(*ExtractCorpusOptions) error) *extractCorpusMode {
	return &extractCorpusMode{io: ios, runF: runF}
}

func (m *extractCorpusMode) AddFlags(fs *pflag.FlagSet) {
	fs.StringVar(&m.flags.dir, "corpus", "", "re-extract the documents of this corpus (a folder or a bucket URL) instead of FILEs")
	fs.BoolVar(&m.flags.stale, "stale", false, "with --corpus: only documents with no extraction by this version (the default)")
	fs.BoolVar(&m.flags.all, "all", false, "with --corpus: every document again")
	fs.IntVar(&m.flags.workers, "workers", 0, "with --corpus: documents extracted at once (0: one per core)")
	fs.BoolVar(&m.flags.retry, "retry-failed", false, "with --corpus: try the quarantined documents again")
	fs.BoolVar(&m.flags.json, "json", false, "with --corpus: print the summary as JSON")
	fs.StringVar(&m.flags.shard, "shard", "", "with --corpus: only share i/N of the documents (by digest), for N workers")
}

func (m *extractCorpusMode) Help() string {
	return `With --corpus DIR, albo (re-)extracts the documents stored in a corpus
instead, with --workers at once (default: one per core), and stores each
extraction beside those of earlier extractor versions. --stale (the
default) does only the documents with no extraction by this version yet;
--all does every one again. A document that fails is quarantined with its
reason ('albo corpus ls --failed') and not tried again until the extractor
changes, or with --retry-failed. Progress goes to standard error, the
summary to standard output (JSON with --json).`
}

func (m *extractCorpusMode) Example() string {
	return `  albo extract --corpus ./albo-data                 # what is stale, one worker per core
  albo extract --corpus ./albo-data --all --workers 2 --json
  albo extract --corpus ./albo-data --shard 0/4     # one of four workers' shares`
}

func (m *extractCorpusMode) Run(cmd *cobra.Command, args []string, ex extract.Options) error {
	if len(args) > 0 {
		return cmdutil.Usage(errors.New("extract: give either FILEs or --corpus, not both"))
	}
	if m.flags.stale && m.flags.all {
		return cmdutil.Usage(errors.New("extract: --stale and --all exclude each other"))
	}
	if m.flags.workers < 0 {
		return cmdutil.Usage(fmt.Errorf("extract: --workers %d: must not be negative", m.flags.workers))
	}
	var shard batch.Shard
	if m.flags.shard != "" {
		var err error
		if shard, err = batch.ParseShard(m.flags.shard); err != nil {
			return cmdutil.Usage(fmt.Errorf("extract: --shard: %w", err))
		}
	}
	opts := &ExtractCorpusOptions{IO: m.io, CorpusDir: m.flags.dir, All: m.flags.all, Workers: m.flags.workers,
		Retry: m.flags.retry, JSON: m.flags.json, Extract: ex, Shard: shard}
	if m.runF != nil {
		return m.runF(opts)
	}
	return extractCorpusRun(cmd.Context(), opts)
}

// extractCorpusRun re-extracts the corpus's documents with a worker pool:
// progress on standard error, a summary (JSON with --json) on standard
// output, one line per failed document on standard error.
func extractCorpusRun(ctx context.Context, opts *ExtractCorpusOptions) error {
	defer tuneGC(batchGCPercent, batchMemoryLimit)()
	store, err := corpus.OpenExisting(cmdutil.CorpusDir(opts.CorpusDir))
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
		cmdutil.Reportf(opts.IO.ErrOut, "%s: %s", f.Act, f.Reason)
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
		return cmdutil.Failed(sum.Failed)
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
func batchProgress(ios *cmdutil.IOStreams) (func(batch.Progress), func()) {
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
