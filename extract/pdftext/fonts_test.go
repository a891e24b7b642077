package pdftext

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/openalbo/albo/extract/pdftext/pdftexttest"
)

func TestFontRef(t *testing.T) {
	for _, tt := range []struct {
		printed, name, want string
		ok                  bool
	}{
		{"<</F1 12 0 R /F2 14 0 R>>", "F1", "12 0 R", true},
		{"<</F1 12 0 R /F2 14 0 R>>", "F2", "14 0 R", true},
		{"<</F1 12 0 R /F2 14 0 R>>", "F3", "", false},
		{"<</F1 12 0 R>>", "F", "", false},
		{"<<>>", "F1", "", false},
		// An inline font dictionary: no reference to read.
		{"<</F1 <</Type /Font /F2 14 0 R>>>>", "F2", "", false},
		// A name with a space in it cannot be told from the reference.
		{"<</F 1 12 0 R>>", "F", "", false},
		{"<</F1 12 0 R", "F1", "", false},
		{"", "F1", "", false},
		{"<</F1 x 0 R>>", "F1", "", false},
	} {
		got, ok := fontRef(tt.printed, tt.name)
		if got != tt.want || ok != tt.ok {
			t.Errorf("fontRef(%q, %q) = %q, %v; want %q, %v", tt.printed, tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

func FuzzFontRef(f *testing.F) {
	f.Add("<</F1 12 0 R /F2 14 0 R>>", "F1")
	f.Add("<</F1 <</Type /Font>>>>", "F1")
	f.Fuzz(func(t *testing.T, printed, name string) {
		ref, ok := fontRef(printed, name)
		if ok != (ref != "") {
			t.Fatalf("fontRef(%q, %q) = %q, %v", printed, name, ref, ok)
		}
		if ok && !strings.Contains(printed, "/"+name+" "+ref) {
			t.Fatalf("fontRef(%q, %q) = %q, not in the dictionary", printed, name, ref)
		}
	})
}

// TestRunsRoomGivenBack: the room made for a page's runs from its count
// of text operators is given back when the page draws far fewer, so that
// "Tj" bytes cannot make every page of a document hold megabytes.
func TestRunsRoomGivenBack(t *testing.T) {
	content := "BT /F1 12 Tf 72 700 Td (one run) Tj ET " + strings.Repeat("() Tj ", 20000)
	data := pdftexttest.OnePage(content)
	doc, err := Read(context.Background(), bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	runs := doc.Pages[0].Runs
	if len(runs) != 1 || runs[0].Text != "one run" {
		t.Fatalf("runs = %+v, want the one run", runs)
	}
	if cap(runs) > 64 {
		t.Errorf("the page keeps room for %d runs, it drew 1", cap(runs))
	}
}
