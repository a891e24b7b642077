package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/index"
	"github.com/spf13/cobra"
)

// IndexOptions are the inputs of `albo index`.
type IndexOptions struct {
	IO        *IOStreams
	Logger    *slog.Logger
	CorpusDir string
	JSON      bool
}

// NewCmdIndex builds or updates the search index of a corpus. runF
// replaces the run function in tests of flag parsing.
func NewCmdIndex(f *Factory, runF func(context.Context, *IndexOptions) error) *cobra.Command {
	opts := &IndexOptions{IO: f.IO, Logger: f.Logger}
	cmd := &cobra.Command{
		Use:   "index [--corpus DIR]",
		Short: "Build or update the search index of a corpus from its extractions",
		Long: `Index the extractions of the corpus's acts for 'albo search', 'history',
'transfers', 'diff' and 'serve'. The index lives inside the corpus
(DIR/index/). Each act's objectives, change records and the act itself become
searchable; objectives are linked across the revisions of their plan.

Only acts whose extraction changed since the last run are read again; acts
gone from the corpus leave the index. When albo's index layout changes, the
index is rebuilt from scratch.`,
		Example: `  albo index --corpus ./albo-data
  albo index --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.CorpusDir = corpusDir(opts.CorpusDir)
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return indexRun(cmd.Context(), opts)
		},
	}
	addCorpusFlag(cmd, &opts.CorpusDir)
	cmd.Flags().BoolVar(&opts.JSON, "json", false, `print {"indexed","unchanged","removed","failed","documents","rebuilt"}`)
	return cmd
}

func indexRun(ctx context.Context, opts *IndexOptions) error {
	log := opts.Logger.With("component", "index")
	store, err := corpus.OpenReadOnly(opts.CorpusDir)
	if err != nil {
		return err
	}
	defer store.Close()
	ix, err := index.Open(ctx, filepath.Join(store.Dir(), "index"))
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
	stats, err := ix.Update(ctx, inputs)
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
		return failedError{failed}
	}
	return nil
}

// reportFailures prints one line per failure joined in err (errors.Join)
// and returns how many there were.
func reportFailures(ios *IOStreams, command string, err error) int {
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

// openIndex opens the index of an indexed corpus, for the commands that
// only read it; its warnings go to standard error.
func openIndex(ctx context.Context, ios *IOStreams, dir string) (*index.Index, error) {
	indexDir := filepath.Join(dir, "index")
	if _, err := os.Stat(indexDir); errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("corpus %s has no index: run 'albo index --corpus %s' first", dir, dir)
	}
	ix, err := index.Open(ctx, indexDir)
	if err != nil {
		return nil, err
	}
	for _, w := range ix.Warnings {
		fmt.Fprintf(ios.ErrOut, "albo: warning: %v; run 'albo index --corpus %s'\n", w, dir)
	}
	return ix, nil
}

// writeJSON prints v as one JSON document on standard output.
func writeJSON(ios *IOStreams, v any) error {
	enc := json.NewEncoder(ios.Out)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
