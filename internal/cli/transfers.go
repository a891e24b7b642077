package cli

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/openalbo/albo/index"
	"github.com/openalbo/albo/internal/cmdutil"
	"github.com/spf13/cobra"
)

// Formats of `albo transfers`.
const (
	formatText = "text"
	formatJSON = "json"
	formatCSV  = "csv"
	formatDOT  = "dot"
)

// TransfersOptions are the inputs of `albo transfers`.
type TransfersOptions struct {
	IO        *cmdutil.IOStreams
	CorpusDir string
	Format    string
	// Contradictions prints the annex's contradictions instead of the
	// transfers.
	Contradictions bool
	// ByYear prints one row per year column of each move rather than one
	// per moved objective.
	ByYear bool
}

// NewCmdTransfers lists the moves of objectives between directorates.
// runF replaces the run function in tests of flag parsing.
func NewCmdTransfers(f *cmdutil.Factory, runF func(context.Context, *TransfersOptions) error) *cobra.Command {
	opts := &TransfersOptions{IO: f.IO}
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "transfers [--corpus DIR] [--format text|json|csv|dot] [--contradictions]",
		Short: "List every move of an objective between directorates",
		Long: `List the objectives that changed directorate between consecutive revisions of
a plan. Each move says its evidence: "declared" (the changes annex of the
later revision records it), "observed" (the plans show it: the objective sits
elsewhere in the later revision) or "both". Moves that only follow a
directorate's new name are not transfers (see 'albo diff').

The annex's own contradictions are listed, never reconciled: an outgoing
transfer with no incoming record (or the reverse), the same objective placed
in several directorates, a transfer to a directorate whose plan has no such
objective. The text format lists them after the transfers; --contradictions
prints them alone (text, or a JSON array with --json).

Each move is one objective: an objective planned in several year columns
(2019 and 2020) is one move whose "years" list the columns, each with its
lineage. --by-year breaks the moves down into one row per year column
("year" set).

--format json prints a JSON array of transfers, [{"text","from","to","act",
"evidence","years",…}]; csv prints one row per transfer; dot prints a
Graphviz graph of the flows (solid: both, dashed: declared only, dotted:
observed only), each edge labelled with the objectives moved.`,
		Example: `  albo transfers
  albo transfers --format json | jq '.[] | select(.evidence == "both")'
  albo transfers --contradictions --json
  albo transfers --format csv > transfers.csv
  albo transfers --format csv --by-year > transfers-by-year.csv
  albo transfers --format dot | dot -Tsvg > transfers.svg`,
		Args: cmdutil.UsageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.CorpusDir = cmdutil.CorpusDir(opts.CorpusDir)
			if asJSON {
				if cmd.Flags().Changed("format") && opts.Format != formatJSON {
					return cmdutil.Usage(fmt.Errorf("--json and --format %s disagree", opts.Format))
				}
				opts.Format = formatJSON
			}
			if !slices.Contains([]string{formatText, formatJSON, formatCSV, formatDOT}, opts.Format) {
				return cmdutil.Usage(fmt.Errorf("--format %q: want text, json, csv or dot", opts.Format))
			}
			if opts.Contradictions && opts.Format != formatText && opts.Format != formatJSON {
				return cmdutil.Usage(fmt.Errorf("--contradictions prints text or json, not %s", opts.Format))
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return transfersRun(cmd.Context(), opts)
		},
	}
	addCorpusFlag(cmd, &opts.CorpusDir)
	cmd.Flags().StringVar(&opts.Format, "format", formatText, "text, json, csv or dot")
	cmd.Flags().BoolVar(&asJSON, "json", false, "same as --format json")
	cmd.Flags().BoolVar(&opts.ByYear, "by-year", false, "one row per year column of each moved objective")
	cmd.Flags().BoolVar(&opts.Contradictions, "contradictions", false, "print the changes annexes' contradictions instead of the transfers")
	return cmd
}

func transfersRun(ctx context.Context, opts *TransfersOptions) error {
	tr, err := queryIndex(ctx, opts.IO, opts.CorpusDir, func(ix *index.Index) (*index.Transfers, error) {
		return ix.Transfers(ctx)
	})
	if err != nil {
		return err
	}
	if opts.Contradictions {
		if opts.Format == formatJSON {
			return writeJSON(opts.IO, nonNil(tr.Contradictions))
		}
		printContradictions(opts.IO.Out, tr.Contradictions)
		return nil
	}
	if opts.ByYear {
		tr.Transfers = tr.ByYear()
	}
	switch opts.Format {
	case formatJSON:
		return writeJSON(opts.IO, nonNil(tr.Transfers))
	case formatCSV:
		return index.WriteTransfersCSV(opts.IO.Out, tr.Transfers)
	case formatDOT:
		return writeTransfersDOT(opts.IO.Out, tr.Transfers)
	}
	printTransfers(opts.IO.Out, tr)
	return nil
}

func printTransfers(out io.Writer, tr *index.Transfers) {
	fmt.Fprintf(out, "%d transfers\n", len(tr.Transfers))
	for _, t := range tr.Transfers {
		fmt.Fprintf(out, "\n[%s] %s → %s  (%s %s%s)\n  %s\n", t.Evidence, t.From, t.To, t.Act.ID, t.Act.Date, yearsNote(t), t.Text)
	}
	if len(tr.Contradictions) == 0 {
		return
	}
	fmt.Fprintln(out)
	printContradictions(out, tr.Contradictions)
}

// yearsNote names the year columns of a move: ", 2019 2020".
func yearsNote(t index.Transfer) string {
	years := make([]string, len(t.Years))
	for i, y := range t.Years {
		years[i] = strconv.Itoa(y.Year)
	}
	if len(years) == 0 {
		return ""
	}
	return ", " + strings.Join(years, " ")
}

func printContradictions(out io.Writer, cs []index.Contradiction) {
	fmt.Fprintf(out, "%d contradictions in the changes annexes\n", len(cs))
	for _, c := range cs {
		fmt.Fprintf(out, "\n[%s] %s\n  %s\n  %s\n", c.Kind, c.Act.ID, c.Text, c.Detail)
	}
}

// writeTransfersDOT draws one edge per pair of directorates and evidence,
// labelled with the number of objectives.
func writeTransfersDOT(out io.Writer, ts []index.Transfer) error {
	type edge struct{ from, to, evidence string }
	counts := map[edge]int{}
	for _, t := range ts {
		counts[edge{t.From, t.To, t.Evidence}]++
	}
	style := map[string]string{index.EvidenceBoth: "solid", index.EvidenceDeclared: "dashed", index.EvidenceObserved: "dotted"}
	var b strings.Builder
	b.WriteString("digraph transfers {\n  rankdir=LR;\n  node [shape=box, fontname=\"Helvetica\"];\n")
	edges := slices.SortedFunc(maps.Keys(counts), func(a, b edge) int {
		return cmp.Or(cmp.Compare(a.from, b.from), cmp.Compare(a.to, b.to), cmp.Compare(a.evidence, b.evidence))
	})
	for _, e := range edges {
		fmt.Fprintf(&b, "  %s -> %s [label=\"%d\", style=%s, tooltip=%s];\n",
			dotQuote(e.from), dotQuote(e.to), counts[e], style[e.evidence], dotQuote(e.evidence))
	}
	b.WriteString("}\n")
	_, err := io.WriteString(out, b.String())
	return err
}

// nonNil makes an empty list print as [] rather than null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// dotQuote makes a Graphviz quoted string of s.
func dotQuote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
}
