package index

import (
	"context"
	"path/filepath"
	"slices"
	"testing"
)

// TestGroupedSearchOneResultPerObjective: an objective planned in 2019
// and 2020 and kept by both revisions is four documents, one result when
// grouped, which lists its two revisions and two years; the latest
// revision alone keeps its two year columns, one result grouped.
func TestGroupedSearchOneResultPerObjective(t *testing.T) {
	ctx := context.Background()
	ix := openGoldIndex(t)
	const q = `"punti di contatto"`
	tests := []struct {
		name          string
		group, latest bool
		want          int
		revisions     int
	}{
		{"flat", false, false, 4, 0},
		{"grouped", true, false, 1, 2},
		{"latest", false, true, 2, 0},
		{"grouped latest", true, true, 1, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := ix.Search(ctx, Request{Query: q, Type: TypeObjective, Group: tc.group, Latest: tc.latest, Highlight: true, Facets: []string{FacetYear}})
			if err != nil {
				t.Fatal(err)
			}
			if res.Total != tc.want || len(res.Hits) != tc.want {
				t.Fatalf("total %d, %d hits, want %d: %+v", res.Total, len(res.Hits), tc.want, res.Hits)
			}
			h := res.Hits[0]
			if h.Highlight == "" {
				t.Errorf("no highlight: %+v", h)
			}
			if len(h.Revisions) != tc.revisions {
				t.Errorf("revisions %v, want %d", h.Revisions, tc.revisions)
			}
			if tc.group && !slices.Equal(h.Years, []int{2019, 2020}) {
				t.Errorf("years %v, want 2019 2020", h.Years)
			}
			if tc.latest {
				for _, h := range res.Hits {
					if h.Act.ID != "milano/giunta/2019/2187" {
						t.Errorf("latest: hit of %s", h.Act.ID)
					}
				}
			}
		})
	}
}

// TestPrepareBuildsWhatReadersWaitFor checks that Prepare leaves a freshly
// opened generation with its lineage and objective grouping built, which
// the first grouped search would otherwise build.
func TestPrepareBuildsWhatReadersWaitFor(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "index")
	w, err := Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if _, err := w.Update(ctx, goldInputs(t)); err != nil {
		t.Fatal(err)
	}
	r, err := Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	g, err := r.acquire()
	if err != nil {
		t.Fatal(err)
	}
	defer r.release(g)
	if g.modelIfBuilt() != nil {
		t.Fatal("a generation just opened has its lineage already: the test proves nothing")
	}
	if err := r.Prepare(ctx); err != nil {
		t.Fatal(err)
	}
	if m := g.modelIfBuilt(); m == nil || m.groupingIfBuilt() == nil {
		t.Errorf("after Prepare: lineage built %v, grouping built %v", m != nil, m != nil && m.groupingIfBuilt() != nil)
	}
}
