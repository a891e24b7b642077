package replica

import "github.com/openalbo/albo/internal/pdfgen"

// tinyPDF renders a valid one-page PDF that prints lines of text in
// Helvetica: the stand-in for the acts the replica has no real document for.
func tinyPDF(lines []string) []byte {
	doc := pdfgen.New()
	p := doc.AddPage(595, 842)
	for i, l := range lines {
		p.Text(56, 780-14*float64(i), 11, pdfgen.Helvetica, l)
	}
	return doc.Bytes()
}
