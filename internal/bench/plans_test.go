package main

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/openalbo/albo/index"
)

// TestPlanCorpus builds the layer's index at a small size and checks that
// it holds what the bench claims to measure: every revision of every plan,
// lineage across the revisions, the transfers the revisions make beyond
// the real ones, and a path of every page kind.
func TestPlanCorpus(t *testing.T) {
	ctx := context.Background()
	c, err := newPlanCorpus(filepath.Join("..", "..", "testdata", "gold"), 2000)
	if err != nil {
		t.Fatal(err)
	}
	if c.families < 2 || c.objectives() < 2000 {
		t.Fatalf("%d plans, %d objectives: want at least 2 plans and 2000 objectives", c.families, c.objectives())
	}
	again := c.result(1, layerRevisions)
	if got, want := countObjectives(again.Plan), countObjectives(c.result(1, layerRevisions).Plan); got != want {
		t.Errorf("a revision made twice has %d then %d objectives: want the same", got, want)
	}
	ix, err := index.Open(ctx, filepath.Join(t.TempDir(), "index"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	inputs := c.inputs()
	if len(inputs) != c.families*layerRevisions {
		t.Fatalf("%d inputs, want %d", len(inputs), c.families*layerRevisions)
	}
	if _, err := ix.Update(ctx, inputs); err != nil {
		t.Fatal(err)
	}
	res, err := ix.Search(ctx, index.Request{Type: index.TypeObjective, Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != c.objectives() {
		t.Errorf("the index holds %d objectives, the corpus %d", res.Total, c.objectives())
	}
	hist, err := ix.History(ctx, res.Hits[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(hist.Revisions) < 2 {
		t.Errorf("objective %s has %d revisions in its history: want it followed across revisions", res.Hits[0].ID, len(hist.Revisions))
	}
	tr, err := ix.Transfers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	families := map[string]bool{}
	for _, x := range tr.Transfers {
		families[x.Act.ID] = true
	}
	// Transfers in the revisions made from the real ones, in every plan.
	if len(families) < c.families*2 {
		t.Errorf("transfers land in %d revisions: want them in at least 2 of each of the %d plans", len(families), c.families)
	}
	kinds, err := layerPaths(ctx, ix, c)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range kinds {
		if len(k.paths) == 0 {
			t.Errorf("no path of page kind %s", k.name)
		}
	}
	t.Logf("%d plans × %d revisions, %d objectives, %d transfers", c.families, layerRevisions, c.objectives(), len(tr.Transfers))
}
