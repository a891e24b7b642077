package pdfgen_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/openalbo/albo/extract/pdftext"
	"github.com/openalbo/albo/internal/pdfgen"
)

// TestTextReadsBack draws lines a PDF literal must escape or re-encode and
// reads them back with the extractor's text layer, positions included.
func TestTextReadsBack(t *testing.T) {
	lines := []string{
		"Città della Memoria (MUFPP) – «Milano 2046»",
		`back\slash and l’apostrofo`,
		"• punto elenco… 100 €",
	}
	doc := pdfgen.New()
	p := doc.AddPage(595.28, 841.89)
	for i, l := range lines {
		p.Text(56, 780-float64(i)*20, 11, pdfgen.Helvetica, l)
	}
	doc.AddPage(841.89, 595.28).Text(100, 500, 9, pdfgen.HelveticaBold, "seconda pagina")
	data := doc.Bytes()

	got, err := pdftext.Read(context.Background(), bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Pages) != 2 {
		t.Fatalf("pages = %d, want 2", len(got.Pages))
	}
	if w := got.Pages[1].Width; w < 841 || w > 842 {
		t.Errorf("landscape page width = %v", w)
	}
	read := got.Pages[0].Lines()
	if len(read) != len(lines) {
		t.Fatalf("read %d lines, want %d: %+v", len(read), len(lines), read)
	}
	for i, l := range read {
		if l.Text != lines[i] {
			t.Errorf("line %d = %q, want %q", i, l.Text, lines[i])
		}
		if l.X < 55 || l.X > 57 {
			t.Errorf("line %d starts at x=%v, want 56", i, l.X)
		}
	}
}

func TestWrap(t *testing.T) {
	tests := []struct {
		in    string
		width float64
		want  int
	}{
		{"", 100, 0},
		{"una parola", 1000, 1},
		{"uno due tre quattro cinque sei sette otto nove dieci", 60, 5},
		{"supercalifragilistichespiralidoso", 10, 1}, // a word longer than the line stays whole
	}
	for _, tt := range tests {
		got := pdfgen.Wrap(tt.in, 10, tt.width)
		if len(got) != tt.want {
			t.Errorf("Wrap(%q, %v) = %q, want %d lines", tt.in, tt.width, got, tt.want)
		}
		for _, l := range got {
			if pdfgen.Width(l, 10) > tt.width && len(bytes.Fields([]byte(l))) > 1 {
				t.Errorf("Wrap(%q): line %q wider than %v", tt.in, l, tt.width)
			}
		}
	}
}
