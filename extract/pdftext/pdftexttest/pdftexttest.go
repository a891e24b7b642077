// Package pdftexttest writes small PDFs by hand, operator by operator, for
// the tests of the PDF text layer and of the code that reads through it:
// a page of one content stream, numbered objects with their
// cross-reference table, a file locked with a password.
package pdftexttest

import (
	"fmt"
	"strings"

	"github.com/openalbo/albo/internal/pdfgen"
)

// OnePage wraps a content stream in the smallest PDF the reader accepts:
// one page, one Helvetica font named F1 with WinAnsi encoding.
func OnePage(content string) []byte {
	return OnePageWith("", content)
}

// OnePageWith is OnePage with more entries in the page dictionary
// ("/Rotate 90").
func OnePageWith(pageEntries, content string) []byte {
	return Assemble([]string{
		"<</Type/Catalog/Pages 2 0 R>>",
		"<</Type/Pages/Kids[3 0 R]/Count 1/MediaBox[0 0 612 792]>>",
		"<</Type/Page/Parent 2 0 R/Resources<</Font<</F1 4 0 R>>>>/Contents 5 0 R" + pageEntries + ">>",
		"<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>",
		fmt.Sprintf("<</Length %d>>\nstream\n%s\nendstream", len(content)+1, content),
	})
}

// Pages is OnePage of several pages, one content stream each, in order.
func Pages(contents ...string) []byte {
	objects := []string{"<</Type/Catalog/Pages 2 0 R>>", "", "<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>"}
	var kids []string
	for _, content := range contents {
		page := len(objects) + 1
		kids = append(kids, fmt.Sprintf("%d 0 R", page))
		objects = append(objects,
			fmt.Sprintf("<</Type/Page/Parent 2 0 R/Resources<</Font<</F1 3 0 R>>>>/Contents %d 0 R>>", page+1),
			fmt.Sprintf("<</Length %d>>\nstream\n%s\nendstream", len(content)+1, content))
	}
	objects[1] = fmt.Sprintf("<</Type/Pages/Kids[%s]/Count %d/MediaBox[0 0 612 792]>>", strings.Join(kids, " "), len(contents))
	return Assemble(objects)
}

// Assemble numbers objects from 1, the first being the catalog, and writes
// them with their cross-reference table and trailer.
func Assemble(objects []string) []byte {
	return pdfgen.Assemble("%PDF-1.4\n", objects, "")
}

// Encrypted is a file whose trailer declares a standard security handler
// the empty password does not open.
func Encrypted() []byte {
	return pdfgen.Assemble("%PDF-1.4\n", []string{
		"<</Type/Catalog/Pages 2 0 R>>",
		"<</Type/Pages/Kids[]/Count 0>>",
		"<</Filter/Standard/V 2/R 3/Length 128/P -4/O <" + strings.Repeat("00", 32) + ">/U <" + strings.Repeat("11", 32) + ">>>",
	}, " /Encrypt 3 0 R /ID[<00112233445566778899aabbccddeeff><00112233445566778899aabbccddeeff>]")
}
