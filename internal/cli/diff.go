package cli

import (
	"context"
	"fmt"
	"io"

	"github.com/openalbo/albo/index"
	"github.com/openalbo/albo/internal/cmdutil"
	"github.com/spf13/cobra"
)

// DiffOptions are the inputs of `albo diff`.
type DiffOptions struct {
	IO        *cmdutil.IOStreams
	CorpusDir string
	JSON      bool
	From, To  string
}

// NewCmdDiff compares two revisions of a plan. runF replaces the run
// function in tests of flag parsing.
func NewCmdDiff(f *cmdutil.Factory, runF func(context.Context, *DiffOptions) error) *cobra.Command {
	opts := &DiffOptions{IO: f.IO}
	cmd := &cobra.Command{
		Use:   "diff [--corpus DIR] ACT-A ACT-B",
		Short: "Compare two revisions of a plan: objectives added, removed, moved and retitled",
		Long: `Compare the plans of ACT-A and ACT-B: two revisions of one cycle, or the
plans of two cycles (2019-2021, then 2020-2022: the year columns shift).
Objectives are linked as in 'albo history', by their text, year column,
directorate (or its successor), director and the later plan's changes annex.

An objective is added or removed whole; a year column it gains or loses while
it goes on is listed as rescheduled, and one back after a plan without it is
marked. A moved objective says its basis: "transfer" (it went to another
directorate; "declared" when the later plan's annex records it; "ambiguous"
when another objective was as likely) or "renamed" (its directorate was
renamed, merged or split, and the objective followed it). Directorates gone
are listed once as reorganised, with where their objectives went.

The order does not matter: 'diff B A' is the mirror of 'diff A B'.`,
		Example: `  albo diff milano/giunta/2019/1098 milano/giunta/2019/2187
  albo diff milano/giunta/2019/2187 milano/giunta/2020/459      # across plan cycles
  albo diff --json milano/giunta/2019/1098 milano/giunta/2019/2187 | jq '.moved[] | select(.basis=="transfer")'`,
		Args: cmdutil.UsageArgs(cobra.ExactArgs(2)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.CorpusDir = cmdutil.CorpusDir(opts.CorpusDir)
			opts.From, opts.To = args[0], args[1]
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return diffRun(cmd.Context(), opts)
		},
	}
	addCorpusFlag(cmd, &opts.CorpusDir)
	cmd.Flags().BoolVar(&opts.JSON, "json", false, `print {"from","to","added":[…],"removed":[…],"moved":[…],"retitled":[…],"rescheduled":[…],"reorganised":[…]}`)
	return cmd
}

func diffRun(ctx context.Context, opts *DiffOptions) error {
	d, err := queryIndex(ctx, opts.IO, opts.CorpusDir, func(ix *index.Index) (*index.Diff, error) {
		return ix.Diff(ctx, opts.From, opts.To)
	})
	if err != nil {
		return err
	}
	if opts.JSON {
		return writeJSON(opts.IO, d)
	}
	printDiff(opts.IO.Out, d)
	return nil
}

func printDiff(out io.Writer, d *index.Diff) {
	fmt.Fprintf(out, "%s (%s) → %s (%s): %d added, %d removed, %d moved, %d retitled, %d year columns rescheduled\n",
		d.From.ID, d.From.Date, d.To.ID, d.To.Date, len(d.Added), len(d.Removed), len(d.Moved), len(d.Retitled), len(d.Rescheduled))
	section := func(title string, entries []index.DiffEntry, line func(index.DiffEntry)) {
		if len(entries) == 0 {
			return
		}
		fmt.Fprintf(out, "\n%s\n", title)
		for _, e := range entries {
			line(e)
		}
	}
	if len(d.Reorganised) > 0 {
		fmt.Fprintln(out, "\nReorganised directorates")
		for _, r := range d.Reorganised {
			fmt.Fprintf(out, "  %s: %s", r.From, r.Kind)
			for i, s := range r.To {
				sep := " into "
				if i > 0 {
					sep = ", "
				}
				fmt.Fprintf(out, "%s%s (%d)", sep, s.Directorate, s.Objectives)
			}
			fmt.Fprintln(out)
		}
	}
	section("Moved", d.Moved, func(e index.DiffEntry) {
		basis := e.Basis
		if e.YearBefore != 0 {
			basis += fmt.Sprintf(", from the %d column", e.YearBefore)
		}
		if e.Declared {
			basis += ", declared"
		}
		fmt.Fprintf(out, "  %s → %s (%d) [%s]\n    %s\n", e.DirectorateFrom, e.Directorate, e.Year, basis, e.Text)
	})
	section("Retitled", d.Retitled, func(e index.DiffEntry) {
		fmt.Fprintf(out, "  %s (%d)\n    - %s\n    + %s\n", e.Directorate, e.Year, e.TextBefore, e.Text)
	})
	section("Added", d.Added, func(e index.DiffEntry) {
		back := ""
		if e.ReturnedFrom != nil {
			back = fmt.Sprintf(" [back: last in %s of %s]", e.ReturnedFrom.ID, e.ReturnedFrom.Date)
		}
		fmt.Fprintf(out, "  + %s (%d): %s%s\n", e.Directorate, e.Year, e.Text, back)
	})
	section("Removed", d.Removed, func(e index.DiffEntry) {
		fmt.Fprintf(out, "  - %s (%d): %s\n", e.Directorate, e.Year, e.Text)
	})
	section("Rescheduled year columns", d.Rescheduled, func(e index.DiffEntry) {
		sign := map[string]string{index.ColumnGained: "+", index.ColumnLost: "-"}[e.Column]
		fmt.Fprintf(out, "  %s%d %s: %s\n", sign, e.Year, e.Directorate, e.Text)
	})
}
