package extract

import (
	"slices"
	"strings"
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

// TestRunningHeadStatingTheFoot: the head of a page after the first that
// states the number and date the last page's foot stated, and the rule
// typed under it, are furniture on a document of two pages too, where
// repetition cannot tell: the sentence the page broke reads whole
// (mix-134-b's Sant'Omero, its vote). A page that opens with another
// act's number and date keeps that line, and the foot's rule, which no
// other page's foot repeats, stays.
func TestRunningHeadStatingTheFoot(t *testing.T) {
	page1 := "COMUNE DI SANT’OMERO\nVERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE\nN. 30 DEL 30/10/2028\n" +
		"CON votazione palese, per alzata di mano, che dà il seguente esito: presenti\n" +
		"--------------------------------------------------------------------------------\n" +
		"Delibera C.C. n. 30 del 30/10/2028                                      Pag. 1/2"
	tests := []struct {
		name, page2Head string
		want            []string // the act's lines from the page break on
	}{
		{"a head stating the foot's number", "COMUNE DI SANT’OMERO - Delibera C.C. n. 30 del 30/10/2028\n--------------------------------------------------------------------------------\n",
			[]string{"CON votazione palese, per alzata di mano, che dà il seguente esito: presenti", "n. 9, votanti n. 9, favorevoli n. 9, contrari nessuno;", "DELIBERA"}},
		{"a page opening with another act's number", "determinazione n. 12 del 14/01/2026, con la quale\n",
			[]string{"CON votazione palese, per alzata di mano, che dà il seguente esito: presenti", strings.Repeat("-", 80), "determinazione n. 12 del 14/01/2026, con la quale",
				"n. 9, votanti n. 9, favorevoli n. 9, contrari nessuno;", "DELIBERA"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := textDocument(page1 + "\f" + tt.page2Head + "n. 9, votanti n. 9, favorevoli n. 9, contrari nessuno;\nD E L I B E R A")
			var got []string
			for _, l := range newActLines(doc)[3:] {
				got = append(got, l.Text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("lines\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}
