package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"

	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/extract/eval"
	"github.com/openalbo/albo/internal/cmdutil"
	"github.com/openalbo/albo/internal/extractcmd"
	"github.com/spf13/cobra"
)

// EvalOptions are the inputs of `albo eval`.
type EvalOptions struct {
	IO     *cmdutil.IOStreams
	Logger *slog.Logger
	Gold   string // folder of answer files
	File   string // a PDF or .p7m to extract, or a Result JSON (.json)
	JSON   bool
	// Only limits the comparison to these answer files' record types
	// ("act", "plan", "changes"); empty: all there are.
	Only []string
	// RequireExact makes any mismatch a failure (exit 1), for scripts.
	RequireExact bool
	Extract      extract.Options
}

// evalParts maps --only values to answer files.
var evalParts = map[string]string{"act": eval.ActFile, "plan": eval.PlanFile, "changes": eval.ChangesFile}

// NewCmdEval compares an extraction with hand-checked answers. runF
// replaces the run function in tests of flag parsing.
func NewCmdEval(f *cmdutil.Factory, runF func(context.Context, *EvalOptions) error) *cobra.Command {
	opts := &EvalOptions{IO: f.IO, Logger: f.Logger}
	cmd := &cobra.Command{
		Use:   "eval --gold DIR FILE",
		Short: "Score an extraction against hand-checked answers",
		Long: `Compare the extraction of FILE with the answer files in DIR (act.json,
plan.json, changes.json, as in the project's testdata/gold/; any may be
missing) and print precision, recall and F1 per record type (act fields,
directorates, directors, objectives, changes) and every mismatch: records
missing, records extracted that the answers lack, and fields that differ,
with both values.

FILE is a PDF or a signed .p7m, extracted as 'albo extract' would, or a JSON
file (name ending in .json) holding a Result that 'albo extract' printed.

Objectives are matched by directorate, year, section and number; changes and
the act's lists in order, pairing similar records, so one wrong record costs
one record and does not shift the others. Only the fields the answers give
are compared.`,
		Example: `  albo eval --gold testdata/gold/delibera-2187-2019 testdata/delibera-2187-2019.pdf
  albo eval --gold testdata/gold/delibera-2187-2019 --only changes --json out.json | jq .scores`,
		Args: cmdutil.UsageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.File = args[0]
			if opts.Gold == "" {
				return cmdutil.Usage(errors.New("--gold DIR is required"))
			}
			if opts.Extract.Timeout < 0 {
				return cmdutil.Usage(fmt.Errorf("--timeout %v: must not be negative", opts.Extract.Timeout))
			}
			for _, part := range opts.Only {
				if _, ok := evalParts[part]; !ok {
					return cmdutil.Usage(fmt.Errorf("--only %q: want act, plan or changes", part))
				}
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return evalRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.Gold, "gold", "", "folder of answer files (act.json, plan.json, changes.json)")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print the report as JSON")
	cmd.Flags().StringSliceVar(&opts.Only, "only", nil, "compare only these parts: act, plan, changes")
	cmd.Flags().BoolVar(&opts.RequireExact, "require-exact", false, "exit 1 when anything differs")
	cmd.Flags().BoolVar(&opts.Extract.OCR, "ocr", false, "read pages without a text layer with Tesseract")
	cmd.Flags().DurationVar(&opts.Extract.Timeout, "timeout", extractcmd.DefaultTimeout, "give up extracting FILE after this long (0: no limit)")
	return cmd
}

func evalRun(ctx context.Context, opts *EvalOptions) error {
	gold, err := eval.LoadGold(opts.Gold)
	if err != nil {
		return err
	}
	if len(opts.Only) > 0 {
		files := make([]string, len(opts.Only))
		for i, part := range opts.Only {
			files[i] = evalParts[part]
		}
		gold = gold.Only(files...)
	}
	res, err := evalResult(ctx, opts.File, opts.Extract)
	if err != nil {
		return err
	}
	report := eval.Compare(res, gold)
	if opts.JSON {
		enc := json.NewEncoder(opts.IO.Out)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(report); err != nil {
			return err
		}
	} else if err := report.WriteText(opts.IO.Out); err != nil {
		return err
	}
	if opts.RequireExact && !report.Exact() {
		cmdutil.Reportf(opts.IO.ErrOut, "eval %s: %d mismatch(es) against %s", opts.File, len(report.Mismatches), opts.Gold)
		return cmdutil.Failed(1)
	}
	return nil
}

// evalResult extracts path, or reads the Result JSON it holds.
func evalResult(ctx context.Context, path string, opts extract.Options) (*extract.Result, error) {
	if !strings.HasSuffix(strings.ToLower(path), ".json") {
		return extract.ReadFile(ctx, path, opts)
	}
	data, err := extract.LoadFile(path, extract.DefaultMaxBytes)
	if err != nil {
		return nil, fmt.Errorf("eval %s: %w", path, err)
	}
	var res extract.Result
	if err := json.Unmarshal(data, &res); err != nil {
		return nil, fmt.Errorf("eval %s: not an extraction result: %w", path, err)
	}
	return &res, nil
}
