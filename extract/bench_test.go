package extract

import (
	"context"
	"strings"
	"testing"
)

// BenchmarkParsePlan measures the plan parser alone, over lines already
// grouped (pdftext's BenchmarkRead measures the text layer).
func BenchmarkParsePlan(b *testing.B) {
	doc := readFixture(b, "delibera-2187-2019.pdf")
	b.ReportAllocs()
	for b.Loop() {
		if ParsePlan(doc) == nil {
			b.Fatal("no plan")
		}
	}
}

// BenchmarkRead measures the whole extraction, as `albo extract` runs it,
// of the 54-page fixture and of its Chromium print (CID fonts, drawn glyph
// by glyph, the mutool line of make bench); the goal is no slower than
// `pdftotext -layout` on the same file. Run it with -cpuprofile and
// compare profiles with pprof's -diff_base to see what a change costs.
func BenchmarkRead(b *testing.B) {
	for _, name := range []string{"delibera-2187-2019.pdf", "extract/variant-chromium-2187.pdf"} {
		data := fixtureBytes(b, name)
		b.Run(name[strings.LastIndexByte(name, '/')+1:], func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Read(context.Background(), name, data, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
