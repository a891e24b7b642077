package ocr_test

import (
	"fmt"

	"github.com/openalbo/albo/extract/ocr"
	"github.com/openalbo/albo/extract/pdftext"
)

// Scanned pages have no text layer: they are listed so that a record can
// say its text is missing, and can be read with ReadPages.
func ExamplePagesWithoutText() {
	file := &pdftext.File{Pages: []pdftext.Page{
		{Number: 1, Runs: []pdftext.Run{{X: 60, Y: 800, W: 50, Size: 10, Text: "Oggetto"}}},
		{Number: 2}, // a scan: pictures only
	}}
	fmt.Println(ocr.PagesWithoutText(file))
	// Output: [2]
}
