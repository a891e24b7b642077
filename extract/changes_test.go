// The changes tests score with extract/eval, which imports extract: they
// live in the external test package.
package extract_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/extract/eval"
	"github.com/openalbo/albo/extract/pdftext"
)

func readDocument(t testing.TB, path string) *pdftext.File {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := pdftext.Read(context.Background(), bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return doc
}

// TestParseChangesGold holds ParseChanges to the answer keys: the real act
// (100 records) and a synthetic annex laid out differently (other
// directorates, sections in another order, other line breaks), so that
// nothing in the parser can be fitted to one file.
func TestParseChangesGold(t *testing.T) {
	tests := []struct {
		pdf, gold string
	}{
		{filepath.Join("..", "testdata", "delibera-2187-2019.pdf"), filepath.Join("..", "testdata", "gold", "delibera-2187-2019")},
		{filepath.Join("testdata", "changes-synthetic.pdf"), filepath.Join("testdata", "changes-synthetic")},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.pdf), func(t *testing.T) {
			gold, err := eval.LoadGold(tt.gold)
			gold = gold.Only(eval.ChangesFile)
			if err != nil {
				t.Fatal(err)
			}
			doc := readDocument(t, tt.pdf)
			report := eval.Compare(&extract.Result{Changes: extract.ParseChanges(doc)}, gold)
			s, ok := report.Score(eval.TypeChanges)
			if !ok {
				t.Fatalf("%s has no changes answers", tt.gold)
			}
			t.Logf("changes: %d/%d correct, %d extracted, precision %.3f recall %.3f F1 %.3f",
				s.Correct, s.Gold, s.Extracted, s.Precision, s.Recall, s.F1)
			if !s.Exact() {
				var b bytes.Buffer
				report.WriteText(&b)
				t.Errorf("changes are not exact:\n%s", b.String())
			}
		})
	}
}

func TestParseChangesNoAnnex(t *testing.T) {
	doc := readDocument(t, filepath.Join("..", "testdata", "delibera-1098-2019.pdf"))
	if got := extract.ParseChanges(doc); got == nil || len(got) != 0 {
		t.Errorf("ParseChanges of an act without a changes annex = %+v, want an empty list", got)
	}
	if got := extract.ParseChanges(nil); got == nil || len(got) != 0 {
		t.Errorf("ParseChanges(nil) = %+v, want an empty list", got)
	}
}

func ExampleParseChanges() {
	data, err := os.ReadFile(filepath.Join("testdata", "changes-synthetic.pdf"))
	if err != nil {
		fmt.Println(err)
		return
	}
	doc, err := pdftext.Read(context.Background(), bytes.NewReader(data), int64(len(data)))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range extract.ParseChanges(doc)[2:5] {
		fmt.Printf("%s | %s | %s | %s\n", c.PageRef, c.Directorate, c.Kind, *c.Counterpart)
	}
	// Output:
	// 7 | Direzione Welfare e Salute | transfer_out | Direzione Lavori Pubblici, Edilizia Scolastica e Sport
	// 7 | Direzione Welfare e Salute | transfer_out | Direzione Lavori Pubblici, Edilizia Scolastica e Sport
	// 7 | Direzione Welfare e Salute | transfer_in | Settore Tributi e Riscossione
}
