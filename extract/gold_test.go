package extract_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/extract/eval"
	"github.com/openalbo/albo/extract/pdftext"
)

// TestGoldAccuracy holds Read to the hand-checked answers of the Milano
// fixtures (testdata/gold: act.json, plan.json and, where the act has one,
// changes.json) through the one scorer, extract/eval, the one `albo eval`
// uses: every record type must be exact. 1098/2019's act.json is a
// reconstruction (see its README). It prints each record type's score.
func TestGoldAccuracy(t *testing.T) {
	for _, name := range []string{"delibera-2187-2019", "delibera-1098-2019"} {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("..", "testdata", name+".pdf"))
			if err != nil {
				t.Fatal(err)
			}
			res, err := extract.Read(context.Background(), name+".pdf", data, extract.Options{})
			if err != nil {
				t.Fatal(err)
			}
			gold, err := eval.LoadGold(filepath.Join("..", "testdata", "gold", name))
			if err != nil {
				t.Fatal(err)
			}
			report := eval.Compare(res, gold)
			for _, s := range report.Scores {
				t.Logf("%s %s: %d/%d correct, %d extracted, F1 %.3f", name, s.Type, s.Correct, s.Gold, s.Extracted, s.F1)
			}
			for _, part := range []string{eval.TypeAct, eval.TypePlan, eval.TypeObjectives, eval.TypeDirectors} {
				if _, ok := report.Score(part); !ok {
					t.Errorf("no %s score: the answers of %s are not all scored", part, name)
				}
			}
			if !report.Exact() {
				var b strings.Builder
				report.WriteText(&b)
				t.Errorf("%s is not read exactly:\n%s", name, b.String())
			}
		})
	}
}

// TestParsePlanVariants scores the plan parser, through the same scorer, on
// the same kind of act made by another producer (Chromium: CID fonts,
// ligatures), with other years and column widths, a directorate over three
// slides and objectives wrapping over many lines. extract/internal/variants
// makes them; their answers are plan.json files.
func TestParsePlanVariants(t *testing.T) {
	for _, name := range []string{"chromium-2187", "years-2020-2022", "labels-titlecase", "stacked-1098"} {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "variant-"+name+".pdf"))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := pdftext.Read(context.Background(), bytes.NewReader(data), int64(len(data)))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(doc.Producer, "Skia/PDF") {
				t.Errorf("producer = %q, want Skia/PDF", doc.Producer)
			}
			answers, err := os.ReadFile(filepath.Join("testdata", "variant-"+name+".gold.json"))
			if err != nil {
				t.Fatal(err)
			}
			gold, err := eval.ParseGold(nil, answers, nil)
			if err != nil {
				t.Fatal(err)
			}
			report := eval.Compare(&extract.Result{Plan: extract.ParsePlan(doc)}, gold)
			for _, s := range report.Scores {
				t.Logf("%s %s: %d/%d correct, %d extracted", name, s.Type, s.Correct, s.Gold, s.Extracted)
			}
			if !report.Exact() {
				var b strings.Builder
				report.WriteText(&b)
				t.Errorf("%s is not read exactly:\n%s", name, b.String())
			}
		})
	}
}
