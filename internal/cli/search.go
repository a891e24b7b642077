package cli

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/openalbo/albo/index"
	"github.com/openalbo/albo/internal/cmdutil"
	"github.com/spf13/cobra"
)

// SearchOptions are the inputs of `albo search`.
type SearchOptions struct {
	IO        *cmdutil.IOStreams
	CorpusDir string
	JSON      bool
	Request   index.Request
}

// NewCmdSearch searches the index of a corpus. runF replaces the run
// function in tests of flag parsing.
func NewCmdSearch(f *cmdutil.Factory, runF func(context.Context, *SearchOptions) error) *cobra.Command {
	opts := &SearchOptions{IO: f.IO}
	var sort string
	cmd := &cobra.Command{
		Use:   "search [--directorate X] [--year N] [--act ID] [--type objective|change|act] [--limit N] [QUERY]",
		Short: "Search the objectives, change records and acts of an indexed corpus",
		Long: `Search what the corpus's acts say. Words are matched the Italian way:
"digitalizzare" finds "digitalizzazione", "citta" finds "città", "l'ottimizzazione"
is found by "ottimizzazione".

QUERY uses the query string syntax:
  "Città della Memoria"        a phrase
  directorate:"DIREZIONE CASA" a field (directorate, director, year, act, type, kind, section)
  digitaliz*                   a prefix
  memorai~1                    a word with one typo
  +digitalizzazione -archivio  must have, must not have

A phrase finds its words in order, with only stop words where it has stop
words. An empty QUERY, or *, matches everything, so the filters and facets
work alone. The filters take the values as the facets show them; a
directorate filter also takes the name as a changes annex words it.

--group prints one result per objective: its hits in several plan revisions
and year columns fold into one, which lists them. --latest leaves out the
plan revisions a later revision of the same plan supersedes.`,
		Example: `  albo search digitalizzazione
  albo search --year 2020 --type objective "Città della Memoria"
  albo search --directorate "DIREZIONE EDUCAZIONE" --act milano/giunta/2019/2187
  albo search --json --limit 5 'zero carbon'
  albo search --group --latest --type objective citta`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.CorpusDir = cmdutil.CorpusDir(opts.CorpusDir)
			opts.Request.Query = strings.Join(args, " ")
			opts.Request.Sort = sort
			if t := opts.Request.Type; t != "" && !slices.Contains([]string{index.TypeObjective, index.TypeChange, index.TypeAct}, t) {
				return cmdutil.Usage(fmt.Errorf("--type %q: want objective, change or act", t))
			}
			if sort != index.SortRelevance && sort != index.SortDate {
				return cmdutil.Usage(fmt.Errorf("--sort %q: want relevance or date", sort))
			}
			if opts.Request.Limit < 1 || opts.Request.Limit > index.MaxLimit {
				return cmdutil.Usage(fmt.Errorf("--limit %d: want 1 to %d", opts.Request.Limit, index.MaxLimit))
			}
			if opts.Request.Offset < 0 {
				return cmdutil.Usage(fmt.Errorf("--offset %d: want 0 or more", opts.Request.Offset))
			}
			opts.Request.Facets = []string{index.FacetDirectorate, index.FacetYear, index.FacetAct, index.FacetType}
			opts.Request.Highlight = true
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return searchRun(cmd.Context(), opts)
		},
	}
	addCorpusFlag(cmd, &opts.CorpusDir)
	fl := cmd.Flags()
	fl.StringVar(&opts.Request.Directorate, "directorate", "", "only this directorate, as printed (e.g. \"DIREZIONE EDUCAZIONE\")")
	fl.IntVar(&opts.Request.Year, "year", 0, "only objectives of this year column")
	fl.StringVar(&opts.Request.Act, "act", "", "only this act (e.g. milano/giunta/2019/2187)")
	fl.StringVar(&opts.Request.Type, "type", "", "only objective, change or act")
	fl.IntVar(&opts.Request.Limit, "limit", index.DefaultLimit, "hits to print")
	fl.IntVar(&opts.Request.Offset, "offset", 0, "hits to skip")
	fl.BoolVar(&opts.Request.Group, "group", false, "one result per objective, listing its revisions and year columns")
	fl.BoolVar(&opts.Request.Latest, "latest", false, "only the latest revision of each plan")
	fl.StringVar(&sort, "sort", index.SortRelevance, "relevance or date (newest act first)")
	fl.BoolVar(&opts.JSON, "json", false, `print {"total","hits":[…],"facets":{…}}`)
	return cmd
}

func searchRun(ctx context.Context, opts *SearchOptions) error {
	res, err := queryIndex(ctx, opts.IO, opts.CorpusDir, func(ix *index.Index) (*index.Response, error) {
		return ix.Search(ctx, opts.Request)
	})
	if err != nil {
		return err
	}
	if opts.JSON {
		return writeJSON(opts.IO, res)
	}
	return printSearch(opts.IO, res, opts.Request)
}

// printSearch shows hits for a person: where each comes from, then its text.
func printSearch(ios *cmdutil.IOStreams, res *index.Response, req index.Request) error {
	out := ios.Out
	if res.TotalApprox {
		fmt.Fprint(out, "about ")
	}
	fmt.Fprintf(out, "%d results", res.Total)
	if res.Grouped {
		fmt.Fprint(out, ", one per objective")
	}
	if res.Total > len(res.Hits) && len(res.Hits) > 0 {
		fmt.Fprintf(out, " (%d–%d shown)", req.Offset+1, req.Offset+len(res.Hits))
	}
	fmt.Fprintln(out)
	for i, h := range res.Hits {
		where := []string{h.Type, h.Act.ID}
		if h.Act.Date != "" {
			where = append(where, h.Act.Date)
		}
		if h.Directorate != "" {
			where = append(where, h.Directorate)
		}
		if h.Year != 0 {
			where = append(where, fmt.Sprint(h.Year))
		}
		if h.Kind != "" {
			where = append(where, h.Kind)
		}
		fmt.Fprintf(out, "\n%d. %s\n   %s\n   id: %s\n", req.Offset+i+1, strings.Join(where, " · "), h.Text, h.ID)
		if len(h.Revisions) > 0 {
			revs := make([]string, len(h.Revisions))
			for i, a := range h.Revisions {
				revs[i] = a.ID
			}
			fmt.Fprintf(out, "   in: %s · years %s\n", strings.Join(revs, ", "), strings.Trim(fmt.Sprint(h.Years), "[]"))
		}
	}
	if len(res.Facets[index.FacetDirectorate]) > 0 && res.Total > 0 {
		fmt.Fprintln(out, "\nby directorate:")
		tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
		for _, kv := range sortedCounts(res.Facets[index.FacetDirectorate]) {
			fmt.Fprintf(tw, "  %s\t%d\n", kv.value, kv.n)
		}
		tw.Flush()
	}
	if years := res.Facets[index.FacetYear]; len(years) > 0 {
		fmt.Fprint(out, "\nby year:")
		for _, kv := range sortedCounts(years) {
			if kv.value == "" || kv.value == "0" { // change records and acts have no year column
				continue
			}
			fmt.Fprintf(out, "  %s: %d", kv.value, kv.n)
		}
		fmt.Fprintln(out)
	}
	return nil
}

type valueCount struct {
	value string
	n     int
}

// sortedCounts orders a facet's values by count, then by value.
func sortedCounts(m map[string]int) []valueCount {
	out := make([]valueCount, 0, len(m))
	for v, n := range m {
		out = append(out, valueCount{v, n})
	}
	slices.SortFunc(out, func(a, b valueCount) int {
		if a.n != b.n {
			return b.n - a.n
		}
		return strings.Compare(a.value, b.value)
	})
	return out
}
