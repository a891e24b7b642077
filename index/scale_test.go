package index

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/openalbo/albo/extract"
)

// scaleInputs are families plans of two revisions each, copies of the
// gold revisions under titles of their own (letters: a plan's family
// ignores digits), numbered from act 1.
func scaleInputs(t testing.TB, families int) []Input {
	var inputs []Input
	for f := range families {
		for i, name := range goldActs {
			ref, res := loadGold(t, name)
			plan := *res.Plan
			plan.Title += " " + letters(f)
			copied := *res
			copied.Plan = &plan
			ref.Number = f*len(goldActs) + i + 1
			ref.ID = "milano/giunta/" + ref.Date[:4] + "/" + strconv.Itoa(ref.Number)
			inputs = append(inputs, Input{Act: ref, Digest: "scale:" + ref.ID,
				Load: func(context.Context) (*extract.Result, error) { return &copied, nil }})
		}
	}
	return inputs
}

// letters spells n in letters: 0 a, 1 b, … 26 ba.
func letters(n int) string {
	s := string(rune('a' + n%26))
	for n /= 26; n > 0; n /= 26 {
		s = string(rune('a'+n%26)) + s
	}
	return s
}

// TestUpdateVisibleAtScale times what an operator waits for after a new
// plan revision is published: the update of one revision (about 320
// objectives) into an index of many plans by a new `albo index` process,
// until a reader sees it. Its size
// is ALBO_INDEX_SCALE plans of two revisions (default 10, about 6,000
// objectives); it prints the figures, asserting none.
func TestUpdateVisibleAtScale(t *testing.T) {
	families := 10
	if s := os.Getenv("ALBO_INDEX_SCALE"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			t.Fatalf("ALBO_INDEX_SCALE=%q: want a number of plans", s)
		}
		families = n
	}
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "index")
	writer, err := Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	inputs := scaleInputs(t, families)
	start := time.Now()
	stats, err := writer.Update(ctx, inputs)
	if err != nil {
		t.Fatal(err)
	}
	built := time.Since(start)
	writer.Close()
	reader := mustOpen(t, dir)
	objectives, err := reader.Search(ctx, Request{Type: TypeObjective, Limit: 1})
	if err != nil {
		t.Fatal(err)
	}

	// A third revision of the first plan, published later.
	ref, res := loadGold(t, goldActs[len(goldActs)-1])
	plan := *res.Plan
	plan.Title += " " + letters(0)
	res.Plan = &plan
	ref.Number, ref.Date = len(inputs)+1, "2020-12-30"
	ref.ID = "milano/giunta/2020/" + strconv.Itoa(ref.Number)
	inputs = append(inputs, Input{Act: ref, Digest: "scale:new",
		Load: func(context.Context) (*extract.Result, error) { return res, nil }})
	start = time.Now()
	var stages []string
	last := start
	report := func(p Progress) {
		if p.Done == p.Total {
			stages = append(stages, fmt.Sprintf("%s %v", p.Stage, time.Since(last).Round(time.Millisecond)))
			last = time.Now()
		}
	}
	// As the next `albo index` does: a new process, which reads the
	// lineage of the generation from disk.
	next := mustOpen(t, dir)
	st, err := next.UpdateReporting(ctx, inputs, report)
	if err != nil {
		t.Fatal(err)
	}
	updated := time.Since(start)
	if _, err := reader.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	visible := time.Since(start)
	res2, err := reader.Search(ctx, Request{Act: ref.ID, Limit: 1})
	if err != nil || res2.Total == 0 {
		t.Fatalf("the new revision is not visible: %v, %v", res2, err)
	}
	t.Logf("%d objectives in %d plan revisions (%d documents), built in %v; one new revision (%d documents written) by a new process visible to a reader %v after its update began (update %v: %v, then commit %v)",
		objectives.Total, len(inputs)-1, stats.Documents, built.Round(time.Millisecond), st.Documents,
		visible.Round(time.Millisecond), updated.Round(time.Millisecond), stages, time.Since(last).Round(time.Millisecond))

	// Another revision by the same Index, as `albo serve --update` does:
	// records and lineage already in memory.
	again := *res.Plan
	again.Title = plan.Title
	res3 := *res
	res3.Plan = &again
	ref.Number, ref.Date = ref.Number+1, "2020-12-31"
	ref.ID = "milano/giunta/2020/" + strconv.Itoa(ref.Number)
	inputs = append(inputs, Input{Act: ref, Digest: "scale:again",
		Load: func(context.Context) (*extract.Result, error) { return &res3, nil }})
	start = time.Now()
	if _, err := next.Update(ctx, inputs); err != nil {
		t.Fatal(err)
	}
	if _, err := reader.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	t.Logf("one more revision by the same process (a server updating itself) visible to a reader %v after its update began",
		time.Since(start).Round(time.Millisecond))
}
