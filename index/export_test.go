package index

import (
	"bytes"
	"encoding/csv"
	"testing"
)

// TestCSVCellsAreInert: text that a spreadsheet would run as a formula is
// written so that it reads as text; other text is unchanged.
func TestCSVCellsAreInert(t *testing.T) {
	var buf bytes.Buffer
	hits := []Hit{
		{ID: "a", Text: `=HYPERLINK("http://x","y")`},
		{ID: "b", Text: "+1", Directorate: "@SUM(A1)"},
		{ID: "c", Text: "-2", Section: "\tx"},
		{ID: "d", Text: "Città della Memoria, \"2019\""},
	}
	if err := WriteHitsCSV(&buf, hits); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		row, col int
		want     string
	}{
		{1, 11, `'=HYPERLINK("http://x","y")`}, {2, 11, "'+1"}, {2, 6, "'@SUM(A1)"}, {3, 11, "'-2"}, {3, 9, "'\tx"},
		{4, 11, "Città della Memoria, \"2019\""},
	} {
		if got := rows[c.row][c.col]; got != c.want {
			t.Errorf("row %d col %s = %q, want %q", c.row, rows[0][c.col], got, c.want)
		}
	}
}
