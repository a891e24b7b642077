// Package pdftexttest writes small PDFs by hand, operator by operator, for
// the tests of the PDF text layer and of the code that reads through it:
// a page of one content stream, numbered objects with their
// cross-reference table, a file locked with a password.
package pdftexttest

import (
	"bytes"
	"fmt"
	"strings"
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

// Assemble numbers objects from 1, the first being the catalog, and writes
// them with their cross-reference table and trailer.
func Assemble(objects []string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objects))
	for i, obj := range objects {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, obj)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f\r\n", len(objects)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n\r\n", off)
	}
	fmt.Fprintf(&b, "trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n", len(objects)+1, xref)
	return b.Bytes()
}

// Encrypted is a file whose trailer declares a standard security handler
// the empty password does not open.
func Encrypted() []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	off1 := b.Len()
	b.WriteString("1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n")
	off2 := b.Len()
	b.WriteString("2 0 obj\n<</Type/Pages/Kids[]/Count 0>>\nendobj\n")
	off3 := b.Len()
	b.WriteString("3 0 obj\n<</Filter/Standard/V 2/R 3/Length 128/P -4/O <" + strings.Repeat("00", 32) + ">/U <" + strings.Repeat("11", 32) + ">>>\nendobj\n")
	xref := b.Len()
	b.WriteString("xref\n0 4\n0000000000 65535 f\r\n")
	for _, off := range []int{off1, off2, off3} {
		fmt.Fprintf(&b, "%010d 00000 n\r\n", off)
	}
	b.WriteString("trailer\n<</Size 4/Root 1 0 R/Encrypt 3 0 R/ID[<00112233445566778899aabbccddeeff><00112233445566778899aabbccddeeff>]>>\n")
	fmt.Fprintf(&b, "startxref\n%d\n%%%%EOF\n", xref)
	return b.Bytes()
}
