package extract

import (
	"context"
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
