package index_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/openalbo/albo/index"
	"github.com/openalbo/albo/index/indexbench"
)

// benchObjectives is the size of the index the query benchmarks search;
// `make bench` measures a million through indexbench.Measure.
const benchObjectives = 20000

func vocabulary(b *testing.B) *indexbench.Vocabulary {
	v, err := indexbench.LoadVocabulary("../testdata/gold")
	if err != nil {
		b.Fatal(err)
	}
	return v
}

// BenchmarkIndexObjectives indexes b.N synthetic objectives in batches and
// reports the rate.
func BenchmarkIndexObjectives(b *testing.B) {
	v := vocabulary(b)
	ctx := context.Background()
	be, err := index.OpenBleve(filepath.Join(b.TempDir(), "bleve"))
	if err != nil {
		b.Fatal(err)
	}
	defer be.Close()
	docs := slices.Collect(v.Objectives(b.N, 1))
	b.ResetTimer()
	for i := 0; i < len(docs); i += 5000 {
		if err := be.Index(ctx, docs[i:min(i+5000, len(docs))]); err != nil {
			b.Fatal(err)
		}
	}
	if err := be.Flush(ctx); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "objectives/s")
}

// BenchmarkQuery runs each kind of query of indexbench.Queries against an
// index of benchObjectives objectives and reports p50 and p99.
func BenchmarkQuery(b *testing.B) {
	ctx := context.Background()
	be, err := index.OpenBleve(filepath.Join(b.TempDir(), "bleve"))
	if err != nil {
		b.Fatal(err)
	}
	defer be.Close()
	if err := be.Index(ctx, slices.Collect(vocabulary(b).Objectives(benchObjectives, 1))); err != nil {
		b.Fatal(err)
	}
	for _, q := range indexbench.Queries {
		b.Run(q.Name, func(b *testing.B) {
			lat := make([]time.Duration, 0, b.N)
			for b.Loop() {
				t0 := time.Now()
				if _, err := be.Search(ctx, q.Request); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(t0))
			}
			slices.Sort(lat)
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
			b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
		})
	}
}
