package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/index"
	"github.com/openalbo/albo/internal/cmdutil"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
)

// IndexOptions are the inputs of `albo index`.
type IndexOptions struct {
	IO        *cmdutil.IOStreams
	Logger    *slog.Logger
	CorpusDir string
	JSON      bool
	IndexDir  string // --index; empty: DIR/index
}

// NewCmdIndex builds or updates the search index of a corpus. runF
// replaces the run function in tests of flag parsing.
func NewCmdIndex(f *cmdutil.Factory, runF func(context.Context, *IndexOptions) error) *cobra.Command {
	opts := &IndexOptions{IO: f.IO, Logger: f.Logger}
	cmd := &cobra.Command{
		Use:   "index [--corpus DIR]",
		Short: "Build or update the search index of a corpus from its extractions",
		Long: `Index the extractions of the corpus's acts for 'albo search', 'history',
'transfers', 'diff' and 'serve'. The index lives inside the corpus
(DIR/index/), or in the folder --index names (required for a corpus in a
bucket). Each act's objectives, change records and the act itself become
searchable; objectives are linked across the revisions of their plan.

Only acts whose extraction changed since the last run are read again; acts
gone from the corpus leave the index. When albo's index layout changes, the
index is rebuilt from scratch.

The update builds the new index beside the one being read and switches to it
only when it is complete and on disk: 'albo serve', 'search', 'history',
'transfers' and 'diff' keep working meanwhile, and an update that is
interrupted (Ctrl-C, a full disk, a crash) leaves the last complete index in
use; the next run starts again from it.

Progress goes to standard error: a bar on a terminal, otherwise a line every
few hundred acts with the rate. The summary goes to standard output, as JSON
with --json.`,
		Example: `  albo index --corpus ./albo-data
  albo index --json`,
		Args: cmdutil.UsageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.CorpusDir = cmdutil.CorpusDir(opts.CorpusDir)
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return indexRun(cmd.Context(), opts)
		},
	}
	addCorpusFlag(cmd, &opts.CorpusDir)
	cmd.Flags().BoolVar(&opts.JSON, "json", false, `print {"indexed","unchanged","removed","failed","documents","rebuilt"}`)
	addIndexDirFlag(cmd, &opts.IndexDir)
	return cmd
}

func indexRun(ctx context.Context, opts *IndexOptions) error {
	log := opts.Logger.With("component", "index")
	store, err := corpus.OpenReadOnly(opts.CorpusDir)
	if err != nil {
		return err
	}
	defer store.Close()
	indexDir, err := indexDirOf(store, opts.IndexDir)
	if err != nil {
		return err
	}
	ix, err := openIndexIn(ctx, indexDir)
	if err != nil {
		return err
	}
	defer ix.Close()
	for _, w := range ix.Warnings {
		log.Warn(w.Error())
	}
	inputs, err := index.CorpusInputs(ctx, store)
	if err != nil {
		return err
	}
	log.Debug("acts with extractions", "acts", len(inputs))
	report, finish := indexProgress(opts.IO)
	stats, err := ix.UpdateReporting(ctx, inputs, report)
	finish()
	if ctx.Err() != nil {
		return ctx.Err()
	}
	failed := reportFailures(opts.IO, "index", err)
	if opts.JSON {
		if err := json.NewEncoder(opts.IO.Out).Encode(stats); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(opts.IO.Out, "indexed %d acts (%d documents), %d unchanged, %d removed, %d failed\n",
			stats.Indexed, stats.Documents, stats.Unchanged, stats.Removed, stats.Failed)
	}
	if failed > 0 {
		return cmdutil.Failed(failed)
	}
	return nil
}

// indexProgressEvery is how many acts pass between two progress lines when
// standard error is not a terminal.
const indexProgressEvery = 500

// indexProgress reports an index update on standard error, with the rate
// of each stage: a bar for a person at a terminal, a plain line every
// indexProgressEvery acts and at the end of each stage for a log.
func indexProgress(ios *cmdutil.IOStreams) (report func(index.Progress), finish func()) {
	var stage string
	var start time.Time
	rate := func(p index.Progress) float64 {
		return float64(p.Done) / max(time.Since(start).Seconds(), 1e-3)
	}
	begin := func(p index.Progress) bool {
		if p.Stage == stage {
			return false
		}
		stage, start = p.Stage, time.Now()
		return true
	}
	if !ios.ErrIsTerminal {
		return func(p index.Progress) {
			begin(p)
			if p.Done%indexProgressEvery == 0 && p.Done > 0 || p.Done == p.Total {
				fmt.Fprintf(ios.ErrOut, "index: %s %d/%d acts (%.0f acts/s), %d documents written\n",
					p.Stage, p.Done, p.Total, rate(p), p.Documents)
			}
		}, func() {}
	}
	var bar *progressbar.ProgressBar
	return func(p index.Progress) {
			if begin(p) {
				if bar != nil {
					bar.Finish()
					fmt.Fprintln(ios.ErrOut)
				}
				bar = progressbar.NewOptions(p.Total,
					progressbar.OptionSetWriter(ios.ErrOut),
					progressbar.OptionSetDescription("index: "+p.Stage),
					progressbar.OptionShowCount(),
					progressbar.OptionShowIts(),
					progressbar.OptionSetItsString("acts"),
					progressbar.OptionThrottle(100*time.Millisecond),
				)
			}
			if p.Stage == index.StageWrite {
				bar.Describe(fmt.Sprintf("index: %s (%d documents)", p.Stage, p.Documents))
			}
			bar.Set(p.Done)
		}, func() {
			if bar != nil {
				bar.Finish()
				fmt.Fprintln(ios.ErrOut)
			}
		}
}

// reportFailures prints one line per failure joined in err (errors.Join)
// and returns how many there were.
func reportFailures(ios *cmdutil.IOStreams, command string, err error) int {
	if err == nil {
		return 0
	}
	errs := []error{err}
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		errs = joined.Unwrap()
	}
	for _, e := range errs {
		fmt.Fprintf(ios.ErrOut, "albo: %s: %v\n", command, e)
	}
	return len(errs)
}

// openIndex opens the index in indexDir of the corpus dir, read-only, for
// the commands that only read it (never waiting for an update running
// meanwhile); its warnings go to standard error.
func openIndex(ctx context.Context, ios *cmdutil.IOStreams, dir, indexDir string) (*index.Index, error) {
	if _, err := os.Stat(indexDir); errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("corpus %s has no index: run 'albo index --corpus %s' first", dir, dir)
	}
	ix, err := openIndexIn(ctx, indexDir)
	if err != nil {
		return nil, err
	}
	if ix.Generation() == 0 {
		ix.Close()
		return nil, fmt.Errorf("corpus %s has no complete index: run 'albo index --corpus %s'", dir, dir)
	}
	for _, w := range ix.Warnings {
		fmt.Fprintf(ios.ErrOut, "albo: warning: %v; run 'albo index --corpus %s'\n", w, dir)
	}
	return ix, nil
}

// queryIndex opens the corpus's index, asks it one thing and closes it; a
// query the index cannot parse is a usage error.
func queryIndex[T any](ctx context.Context, ios *cmdutil.IOStreams, dir string, ask func(*index.Index) (T, error)) (T, error) {
	var zero T
	ix, err := openIndex(ctx, ios, dir, filepath.Join(dir, "index"))
	if err != nil {
		return zero, err
	}
	defer ix.Close()
	v, err := ask(ix)
	var bad *index.BadQueryError
	if errors.As(err, &bad) {
		return zero, cmdutil.Usage(err)
	}
	return v, err
}

// writeJSON prints v as one JSON document on standard output.
func writeJSON(ios *cmdutil.IOStreams, v any) error {
	enc := json.NewEncoder(ios.Out)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
