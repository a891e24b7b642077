package extract

import (
	"bytes"
	"context"
	"testing"

	"github.com/openalbo/albo/extract/pdftext"
)

// BenchmarkReadPDF measures the positioned-text layer on the 54-page
// fixture; compare with `pdftotext -layout` on the same file (make bench).
func BenchmarkReadPDF(b *testing.B) {
	data := fixtureBytes(b, "delibera-2187-2019.pdf")
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := pdftext.Read(context.Background(), bytes.NewReader(data), int64(len(data))); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadPDFChromium measures a Chromium-made file, whose text is
// drawn glyph by glyph.
func BenchmarkReadPDFChromium(b *testing.B) {
	data := fixtureBytes(b, "extract/variant-chromium-2187.pdf")
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := pdftext.Read(context.Background(), bytes.NewReader(data), int64(len(data))); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParsePlan measures the layout and the plan parser alone.
func BenchmarkParsePlan(b *testing.B) {
	doc := readFixture(b, "delibera-2187-2019.pdf")
	b.ReportAllocs()
	for b.Loop() {
		if ParsePlan(doc) == nil {
			b.Fatal("no plan")
		}
	}
}

// BenchmarkRead measures the whole extraction of the 54-page fixture, as
// `albo extract` runs it; the goal is no slower than `pdftotext -layout`
// on the same file.
func BenchmarkRead(b *testing.B) {
	data := fixtureBytes(b, "delibera-2187-2019.pdf")
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read(context.Background(), "delibera-2187-2019.pdf", data, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
