package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/openalbo/albo/batch"
	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/internal/cmdutil"
)

// consistencyReport is what `albo corpus verify --consistency --json`
// adds: the counts, each act that disagrees, and the acts that could not
// be read.
type consistencyReport struct {
	Summary       *batch.ConsistencySummary `json:"summary"`
	Disagreements []batch.ActConsistency    `json:"disagreements"`
	Errors        []string                  `json:"errors,omitempty"`
}

// checkConsistency compares the listing's word with the document's over
// the whole corpus: one line on standard error per act that disagrees
// (every field that differs, listing then document) or cannot be read.
func checkConsistency(ctx context.Context, s *corpus.Store, ios *cmdutil.IOStreams) (*consistencyReport, error) {
	rep := &consistencyReport{Disagreements: []batch.ActConsistency{}}
	sum, errs := batch.CheckConsistency(ctx, s, func(c batch.ActConsistency) {
		if len(c.Disagreements) == 0 {
			return
		}
		rep.Disagreements = append(rep.Disagreements, c)
		var diffs []string
		for _, d := range c.Disagreements {
			diffs = append(diffs, fmt.Sprintf("%s: listing %q, document %q", d.Field, d.Listing, d.Document))
		}
		cmdutil.Reportf(ios.ErrOut, "corpus verify: %s: listing and %s disagree: %s", c.Act, c.Document, strings.Join(diffs, "; "))
	})
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for _, err := range errs {
		cmdutil.Reportf(ios.ErrOut, "corpus verify: consistency: %v", err)
		rep.Errors = append(rep.Errors, err.Error())
	}
	rep.Summary = sum
	return rep, nil
}
