package extract

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/openalbo/albo/extract/pdftext"
)

// fixtureDocs keeps the documents readFixture read, shared by the tests.
var fixtureDocs sync.Map // name -> *pdftext.File

// readFixture reads a PDF under the repository's testdata/ (or this
// package's testdata/ when the name starts with "extract/") once for all
// tests: the document is shared, so callers must not modify it.
func readFixture(t testing.TB, name string) *pdftext.File {
	t.Helper()
	if doc, ok := fixtureDocs.Load(name); ok {
		return doc.(*pdftext.File)
	}
	data := fixtureBytes(t, name)
	doc, err := pdftext.Read(context.Background(), bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("pdftext.Read %s: %v", name, err)
	}
	fixtureDocs.Store(name, doc)
	return doc
}

func fixtureBytes(t testing.TB, name string) []byte {
	t.Helper()
	path := filepath.Join("..", "testdata", name)
	if local, ok := strings.CutPrefix(name, "extract/"); ok {
		path = filepath.Join("testdata", local)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
