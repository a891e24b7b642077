package extract

import (
	"testing"

	"github.com/openalbo/albo/extract/pdftext"
)

// TestEvenOCRSizes: an OCR's lines, sized each to its box, take one size,
// the median of theirs; printed lines keep theirs.
func TestEvenOCRSizes(t *testing.T) {
	line := func(size float64, ocr bool) pdftext.Line {
		return pdftext.Line{Size: size, Runs: []pdftext.Run{{Size: size, Invisible: ocr, Text: "testo"}}}
	}
	lines := []pdftext.Line{line(13, true), line(8.4, true), line(7.2, true), line(10, true), line(11, false)}
	evenOCRSizes(lines)
	for i, want := range []float64{10, 10, 10, 10, 11} {
		if lines[i].Size != want {
			t.Errorf("line %d size %.1f, want %.1f", i, lines[i].Size, want)
		}
	}
}
