package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/openalbo/albo/index"
	"github.com/openalbo/albo/internal/cmdutil"
	"github.com/spf13/cobra"
)

// HistoryOptions are the inputs of `albo history`.
type HistoryOptions struct {
	IO        *cmdutil.IOStreams
	CorpusDir string
	JSON      bool
	Ref       string
}

// NewCmdHistory shows an objective across plan revisions. runF replaces
// the run function in tests of flag parsing.
func NewCmdHistory(f *cmdutil.Factory, runF func(context.Context, *HistoryOptions) error) *cobra.Command {
	opts := &HistoryOptions{IO: f.IO}
	cmd := &cobra.Command{
		Use:   "history [--corpus DIR] OBJECTIVE-ID|LINEAGE-ID|QUERY",
		Short: "Follow an objective across the revisions of its plan",
		Long: `Show one objective in every revision of its plan, oldest first, across plan
cycles (2019-2021, 2020-2022, …): the act, the directorate and director that
own it, each year column and its text as each revision prints it. Objectives
are linked by their text (exact, normalised, then similar, since titles get
edited), their year columns (a new cycle shifts them; a target year moves
on), their directorate or its successor, their director, and the transfers
and retitlings the changes annex records. Each link shows its evidence and a
confidence from 0 to 1; a link another objective could as well have made is
marked ambiguous. An objective absent from a plan and back in a later one is
followed across the gap; one split in two is followed into both.

The argument is an objective id or a lineage id (as 'albo search --json'
prints them), or a query: the history of its best objective hit is shown.`,
		Example: `  albo history "Ottimizzazione dei canali informativi"
  albo history milano/giunta/2019/2187/objective/direzione-generale/2019/1
  albo history --json L3f2a9c0e11b2`,
		Args: cmdutil.UsageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.CorpusDir = cmdutil.CorpusDir(opts.CorpusDir)
			opts.Ref = strings.Join(args, " ")
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return historyRun(cmd.Context(), opts)
		},
	}
	addCorpusFlag(cmd, &opts.CorpusDir)
	cmd.Flags().BoolVar(&opts.JSON, "json", false, `print {"lineage","revisions":[{"act","directorate","director","year","text"}]}`)
	return cmd
}

func historyRun(ctx context.Context, opts *HistoryOptions) error {
	h, err := queryIndex(ctx, opts.IO, opts.CorpusDir, func(ix *index.Index) (*index.History, error) {
		return ix.History(ctx, opts.Ref)
	})
	if err != nil {
		return err
	}
	if opts.JSON {
		return writeJSON(opts.IO, h)
	}
	out := opts.IO.Out
	fmt.Fprintf(out, "lineage %s: %d entries (one per revision and year column)\n", h.Lineage, len(h.Revisions))
	prevDirectorate := ""
	for i, r := range h.Revisions {
		moved := ""
		if i > 0 && r.Directorate != prevDirectorate {
			moved = "  ← moved from " + prevDirectorate
		}
		fmt.Fprintf(out, "\n%s  %s  %s (%d)%s\n", r.Act.Date, r.Act.ID, r.Directorate, r.Year, moved)
		if r.Director != "" {
			fmt.Fprintf(out, "  director: %s\n", r.Director)
		}
		if r.Match != "" && (r.Match != index.MatchExact || r.Confidence < 1) {
			ambiguous := ""
			if r.Ambiguous {
				ambiguous = ", ambiguous"
			}
			fmt.Fprintf(out, "  linked: %s (confidence %.2f%s): %s\n", r.Match, r.Confidence, ambiguous, strings.Join(r.Evidence, "; "))
		}
		fmt.Fprintf(out, "  %s\n", r.Text)
		prevDirectorate = r.Directorate
	}
	return nil
}
