package pdftext

import (
	"bytes"
	"testing"
)

// expectedRunsByDefinition counts the text-showing operators the slow way.
func expectedRunsByDefinition(data []byte) int {
	return min(bytes.Count(data, []byte("Tj"))+bytes.Count(data, []byte("TJ")), maxPageRuns)
}

func TestExpectedRuns(t *testing.T) {
	for _, tt := range []struct {
		content string
		want    int
	}{
		{"", 0},
		{"T", 0},
		{"BT /F1 12 Tf 72 712 Td (Hello) Tj ET", 1},
		{"BT [(A) -20 (B)] TJ T* (C) Tj ET", 2},
		{"TTj TJTj", 3},
		{"Tm Td Tf T* TL Tc Tw Tz", 0},
		{"(Tj) Tj", 2}, // a string that reads "Tj" counts too: it is an estimate of capacity
		{"TjT", 1},
	} {
		if got := expectedRuns([]byte(tt.content)); got != tt.want {
			t.Errorf("expectedRuns(%q) = %d, want %d", tt.content, got, tt.want)
		}
		if def := expectedRunsByDefinition([]byte(tt.content)); def != tt.want {
			t.Errorf("the definition counts %d in %q: the case is wrong", def, tt.content)
		}
	}
}

func FuzzExpectedRuns(f *testing.F) {
	for _, s := range []string{"BT (x) Tj ET", "TJTjTT", "T", "TTTj"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if got, want := expectedRuns(data), expectedRunsByDefinition(data); got != want {
			t.Fatalf("expectedRuns(%q) = %d, the definition counts %d", data, got, want)
		}
	})
}
