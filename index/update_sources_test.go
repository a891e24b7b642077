package index

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/openalbo/albo/extract"
)

// sourceInputs are the gold revisions published by source, and, when
// third is set, a third revision (the second one again, later).
func sourceInputs(t testing.TB, source string, third bool) []Input {
	var inputs []Input
	for _, in := range goldInputs(t) {
		in.Act.ID = source + strings.TrimPrefix(in.Act.ID, "milano")
		in.Digest += ":" + source
		inputs = append(inputs, in)
	}
	if third {
		ref, res := loadGold(t, goldActs[len(goldActs)-1])
		ref.Number, ref.Date = ref.Number+1, "2019-12-30"
		ref.ID = source + "/giunta/2019/" + ref.Date
		inputs = append(inputs, Input{Act: ref, Digest: "third:" + source,
			Load: func(context.Context) (*extract.Result, error) { return res, nil }})
	}
	return inputs
}

// TestUpdateWorksOutChangedSourcesOnly: an update works out again the
// lineage of the sources whose acts changed and links the saved steps of
// the others from the generation before, and the next generation's model
// and objective grouping are composed from the previous one's; what it
// answers (transfers, histories, grouped searches) is what a full rebuild
// of the same acts answers, in the updating process and in one that opens
// the index afterwards.
func TestUpdateWorksOutChangedSourcesOnly(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "index")
	writer := mustOpen(t, dir)
	before := append(sourceInputs(t, "milano", false), sourceInputs(t, "torino", false)...)
	if _, err := writer.Update(ctx, before); err != nil {
		t.Fatal(err)
	}
	first := genDir(dir, writer.Generation())
	mustOpen(t, dir) // a reader keeps the first generation
	// The writer's objective grouping is built: the next generation's is
	// composed from it.
	if _, err := writer.Search(ctx, Request{Query: "servizi", Group: true}); err != nil {
		t.Fatal(err)
	}
	after := append(sourceInputs(t, "milano", false), sourceInputs(t, "torino", true)...)
	if _, err := writer.Update(ctx, after); err != nil {
		t.Fatal(err)
	}
	second := genDir(dir, writer.Generation())
	for _, c := range []struct {
		source string
		linked bool
	}{{"milano", true}, {"torino", false}} {
		a, err1 := os.Stat(stepsPath(first, c.source))
		b, err2 := os.Stat(stepsPath(second, c.source))
		if err1 != nil || err2 != nil {
			t.Fatalf("steps of %s: %v, %v", c.source, err1, err2)
		}
		if os.SameFile(a, b) != c.linked {
			t.Errorf("steps of %s linked from the generation before: %v, want %v", c.source, !c.linked, c.linked)
		}
	}

	rebuilt := mustOpen(t, filepath.Join(t.TempDir(), "rebuilt"))
	if _, err := rebuilt.Update(ctx, after); err != nil {
		t.Fatal(err)
	}
	answers := func(ix *Index) string {
		tr, err := ix.Transfers(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var histories []*History
		for _, ref := range []string{"Ottimizzazione dei canali informativi", "Supporto alla realizzazione del Piano Quartieri"} {
			res, err := ix.Search(ctx, Request{Query: ref, Type: TypeObjective, Act: "torino/giunta/2019/2019-12-30", Limit: 1})
			if err != nil || len(res.Hits) == 0 {
				t.Fatalf("%q in the third revision: %v, %v", ref, res, err)
			}
			if res.Hits[0].Lineage == "" {
				t.Errorf("%s has no lineage", res.Hits[0].ID)
			}
			h, err := ix.History(ctx, res.Hits[0].ID)
			if err != nil {
				t.Fatal(err)
			}
			histories = append(histories, h)
		}
		grouped, err := ix.Search(ctx, Request{Query: "digitale", Group: true, Limit: MaxLimit})
		if err != nil || grouped.Total > len(grouped.Hits) {
			t.Fatalf("grouped search: %v, %v: want every hit on one page", grouped, err)
		}
		// Hits of equal score come in the order of the backend's
		// segments, which a rebuild lays out otherwise.
		slices.SortFunc(grouped.Hits, func(a, b Hit) int { return strings.Compare(a.ID, b.ID) })
		for i := range grouped.Hits {
			grouped.Hits[i].Score = 0
		}
		data, _ := json.Marshal([]any{tr, histories, grouped})
		return string(data)
	}
	want := answers(rebuilt)
	if got := answers(writer); got != want {

		t.Errorf("the updating process answers\n%.400s\nwant (a full rebuild)\n%.400s", got, want)
	}
	if got := answers(mustOpen(t, dir)); got != want {
		t.Errorf("a process opening the index answers\n%.400s\nwant (a full rebuild)\n%.400s", got, want)
	}

	// A source whose acts are all gone leaves no steps behind.
	if _, err := writer.Update(ctx, sourceInputs(t, "milano", false)); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stepsPath(genDir(dir, writer.Generation()), "torino")); !os.IsNotExist(err) {
		t.Errorf("steps of a source removed: %v, want none", err)
	}
}

// TestTransfersListedOncePerGeneration: the transfers are worked out once
// per generation; a caller replacing the lists it got changes nothing for
// the next, and an update lists the new generation's.
func TestTransfersListedOncePerGeneration(t *testing.T) {
	ctx := context.Background()
	ix := mustOpen(t, filepath.Join(t.TempDir(), "index"))
	if _, err := ix.Update(ctx, sourceInputs(t, "milano", false)); err != nil {
		t.Fatal(err)
	}
	first, err := ix.Transfers(ctx)
	if err != nil || len(first.Transfers) == 0 {
		t.Fatalf("transfers: %v, %v", first, err)
	}
	n := len(first.Transfers)
	first.Transfers, first.Contradictions = nil, nil
	again, err := ix.Transfers(ctx)
	if err != nil || len(again.Transfers) != n {
		t.Fatalf("asked again: %d transfers, %v; want %d", len(again.Transfers), err, n)
	}
	if _, err := ix.Update(ctx, append(sourceInputs(t, "milano", false), sourceInputs(t, "torino", false)...)); err != nil {
		t.Fatal(err)
	}
	after, err := ix.Transfers(ctx)
	if err != nil || len(after.Transfers) != 2*n {
		t.Fatalf("after a second plan: %d transfers, %v; want %d", len(after.Transfers), err, 2*n)
	}
}
