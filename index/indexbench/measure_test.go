package indexbench

import (
	"context"
	"os"
	"strconv"
	"testing"
)

// TestMeasure runs the measurement at a small size (ALBO_BENCH_OBJECTIVES
// sets another) and checks it reports every figure.
func TestMeasure(t *testing.T) {
	n := 3000
	if s := os.Getenv("ALBO_BENCH_OBJECTIVES"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			t.Fatal(err)
		}
	}
	v, err := LoadVocabulary("../../testdata/gold")
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Measure(context.Background(), t.TempDir(), v, n, 50)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + rep.String())
	if rep.PerSecond <= 0 || rep.DiskBytes <= 0 || len(rep.Queries) != len(Queries) {
		t.Errorf("incomplete report %+v", rep)
	}
	for _, q := range rep.Queries {
		if q.Total == 0 {
			t.Errorf("query %s matches nothing in the synthetic corpus", q.Name)
		}
	}
	// Everything without a filter or a text: every objective.
	if all := rep.Queries[len(rep.Queries)-1]; all.Total != n {
		t.Errorf("all objectives: %d hits, want %d", all.Total, n)
	}
}
