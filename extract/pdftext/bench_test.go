package pdftext

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkRead measures the positioned-text layer on the 54-page fixture
// (compare with `pdftotext -layout` on the same file: make bench) and on a
// Chromium-made variant of it, whose text is drawn glyph by glyph.
func BenchmarkRead(b *testing.B) {
	for _, bench := range []struct{ name, path string }{
		{"libreoffice", filepath.Join("..", "..", "testdata", "delibera-2187-2019.pdf")},
		{"chromium", filepath.Join("..", "testdata", "variant-chromium-2187.pdf")},
	} {
		b.Run(bench.name, func(b *testing.B) {
			data, err := os.ReadFile(bench.path)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Read(context.Background(), bytes.NewReader(data), int64(len(data))); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
