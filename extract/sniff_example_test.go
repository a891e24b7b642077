package extract_test

import (
	"fmt"

	"github.com/openalbo/albo/extract"
)

// A portal's page about a signed file, saved under the document's name, is
// told apart from the document itself.
func ExampleSniff() {
	page := []byte(`<!DOCTYPE html><html><body><h1>Documento firmato digitalmente</h1>
<p>Elenco dei firmatari: …</p></body></html>`)
	kind := extract.Sniff(page)
	fmt.Println(kind.Format, kind.Readable())
	fmt.Println(kind.Err())

	fmt.Println(extract.Sniff([]byte("%PDF-1.7\n…")).Format)
	// Output:
	// html false
	// HTML page (signature information of a signed document), not a document
	// pdf
}
