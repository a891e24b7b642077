// Package indextest checks an index.Backend against the behaviours albo
// relies on, in the spirit of testing/fstest.TestFS: every backend (the
// embedded bleve one, OpenSearch) runs the same suite over the same gold
// extractions and must give the same answers — Italian stemming and
// folding, phrases with stop words, filters, facets, highlights, sorting,
// paging, deletes, and the history, transfers and diffs built on them.
//
// The cases are the data-driven ones of index/testdata/search and the gold
// extractions of testdata/gold, read in place from the source tree.
package indextest

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/index"
)

// Opener returns a new, empty backend, closed by the index it is given to.
type Opener func(t testing.TB) index.Backend

// Run runs the conformance suite: each part opens its own backend.
func Run(t *testing.T, open Opener) {
	t.Run("search", func(t *testing.T) { runSearchCases(t, goldIndex(t, open)) })
	t.Run("every-kind-of-query", func(t *testing.T) { testEveryKindOfQuery(t, goldIndex(t, open)) })
	t.Run("paging", func(t *testing.T) { testPaging(t, goldIndex(t, open)) })
	t.Run("sort-by-date", func(t *testing.T) { testSortByDate(t, goldIndex(t, open)) })
	t.Run("lineage", func(t *testing.T) { testLineage(t, goldIndex(t, open)) })
	t.Run("grouped-and-latest", func(t *testing.T) { testGroupedAndLatest(t, goldIndex(t, open)) })
	t.Run("updates-and-deletes", func(t *testing.T) { testUpdatesAndDeletes(t, open) })
}

// sourceRoot is the module's root folder, found from this file's path.
func sourceRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// goldActs are the gold folders, oldest revision first.
var goldActs = []string{"delibera-1098-2019", "delibera-2187-2019"}

// GoldInputs offers the gold extractions as a corpus would.
func GoldInputs(t testing.TB) []index.Input {
	t.Helper()
	var inputs []index.Input
	for _, name := range goldActs {
		ref, res := loadGold(t, name)
		inputs = append(inputs, index.Input{Act: ref, Digest: "gold:" + name,
			Load: func(context.Context) (*extract.Result, error) { return res, nil }})
	}
	return inputs
}

// loadGold turns a gold folder into the extraction it is the answer of,
// and the act reference the corpus would give it.
func loadGold(t testing.TB, name string) (index.ActRef, *extract.Result) {
	t.Helper()
	dir := filepath.Join(sourceRoot(), "testdata", "gold", name)
	res := &extract.Result{Schema: extract.SchemaVersion, Extractor: "gold"}
	for file, into := range map[string]any{"act.json": &res.Act, "plan.json": &res.Plan, "changes.json": &res.Changes} {
		data, err := os.ReadFile(filepath.Join(dir, file))
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, into); err != nil {
			t.Fatalf("%s/%s: %v", name, file, err)
		}
	}
	if res.Act == nil {
		t.Fatalf("%s: no act.json", name)
	}
	return index.ActRef{ID: fmt.Sprintf("milano/giunta/%s/%d", res.Act.Date[:4], res.Act.Number),
		Organ: res.Act.Organ, Number: res.Act.Number, Date: res.Act.Date}, res
}

// goldIndex is an index of the gold extractions over a new backend.
func goldIndex(t testing.TB, open Opener) *index.Index {
	t.Helper()
	ix := emptyIndex(t, open)
	if _, err := ix.Update(context.Background(), GoldInputs(t)); err != nil {
		t.Fatal(err)
	}
	return ix
}

func emptyIndex(t testing.TB, open Opener) *index.Index {
	t.Helper()
	ix, err := index.OpenBackend(context.Background(), filepath.Join(t.TempDir(), "index"), open(t), true)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

// search is ix.Search failing the test on an error.
func search(t *testing.T, ix *index.Index, req index.Request) *index.Response {
	t.Helper()
	res, err := ix.Search(context.Background(), req)
	if err != nil {
		t.Fatalf("%+v: %v", req, err)
	}
	return res
}

// testEveryKindOfQuery: for every kind of query, the facets count the
// same matches as the hits, and every hit of a query with words has them
// highlighted.
func testEveryKindOfQuery(t *testing.T, ix *index.Index) {
	for _, q := range []string{
		`citta`, `"Città della Memoria"`, `"della memoria"`, `memorai~1`, `digitaliz*`,
		`+digitalizzazione -completamento`, `servizi cittadini`, `/digital.*/`,
	} {
		for i, req := range []index.Request{
			{Query: q, Facets: []string{index.FacetType, index.FacetYear}, Highlight: true, Limit: index.MaxLimit},
			{Query: q, Facets: []string{index.FacetType}, Type: index.TypeObjective, Year: 2020, Highlight: true, Limit: index.MaxLimit},
		} {
			res := search(t, ix, req)
			if res.Total == 0 && i == 0 {
				t.Errorf("%+v: nothing found", req)
			}
			sum := 0
			for _, n := range res.Facets[index.FacetType] {
				sum += n
			}
			if sum != res.Total || len(res.Hits) != res.Total {
				t.Errorf("%+v: types add up to %d, %d hits, total %d", req, sum, len(res.Hits), res.Total)
			}
			for _, h := range res.Hits {
				if !strings.Contains(h.Highlight, "<mark>") {
					t.Errorf("%q: hit %s has no highlight: %q", q, h.ID, h.Highlight)
					break
				}
			}
		}
	}
}

// testPaging: pages of ten cover every hit once, in the order of one
// large page, for a query ranked by relevance, by date, and filters alone.
func testPaging(t *testing.T, ix *index.Index) {
	for _, req := range []index.Request{
		{Query: "servizi", Sort: index.SortDate},
		{Type: index.TypeObjective, Act: "milano/giunta/2019/1098"},
		{Query: "digitalizzazione"},
	} {
		all := req
		all.Limit = index.MaxLimit
		want := search(t, ix, all)
		if want.Total < 20 || len(want.Hits) != want.Total {
			t.Fatalf("%+v: %d hits of %d: too few to page", req, len(want.Hits), want.Total)
		}
		seen := map[string]bool{}
		for offset := 0; offset < want.Total; offset += 10 {
			page := req
			page.Limit, page.Offset = 10, offset
			res := search(t, ix, page)
			if res.Total != want.Total {
				t.Errorf("%+v: total %d, want %d", page, res.Total, want.Total)
			}
			for i, h := range res.Hits {
				if seen[h.ID] {
					t.Errorf("%+v: %s on two pages", page, h.ID)
				}
				seen[h.ID] = true
				// Ties in relevance may come in any order; dates and
				// filters alone are ordered.
				if req.Query == "" || req.Sort == index.SortDate {
					if w := want.Hits[offset+i]; w.Act.Date != h.Act.Date {
						t.Errorf("%+v: hit %d dated %s, want %s", page, offset+i, h.Act.Date, w.Act.Date)
					}
				}
			}
		}
		if len(seen) != want.Total {
			t.Errorf("%+v: pages hold %d hits, want %d", req, len(seen), want.Total)
		}
	}
}

// testSortByDate: newest act first, for a query and for filters alone.
func testSortByDate(t *testing.T, ix *index.Index) {
	for _, req := range []index.Request{
		{Query: "servizi", Sort: index.SortDate, Limit: index.MaxLimit},
		{Type: index.TypeObjective, Sort: index.SortDate, Limit: index.MaxLimit},
	} {
		res := search(t, ix, req)
		if len(res.Hits) == 0 {
			t.Fatalf("%+v: no hits", req)
		}
		for i := 1; i < len(res.Hits); i++ {
			if res.Hits[i].Act.Date > res.Hits[i-1].Act.Date {
				t.Fatalf("%+v: hit %d dated %s after one dated %s", req, i, res.Hits[i].Act.Date, res.Hits[i-1].Act.Date)
			}
		}
		if first := res.Hits[0].Act.ID; first != "milano/giunta/2019/2187" {
			t.Errorf("%+v: first hit from %s, want the later revision", req, first)
		}
	}
}

// testLineage: history (found by a query), transfers and diff, which the
// index builds over what the backend finds.
func testLineage(t *testing.T, ix *index.Index) {
	ctx := context.Background()
	h, err := ix.History(ctx, "Ottimizzazione dei canali informativi")
	if err != nil {
		t.Fatal(err)
	}
	if len(h.Revisions) != 2 || h.Revisions[1].Directorate != "DIREZIONE SERVIZI CIVICI, PARTECIPAZIONE E SPORT" {
		t.Errorf("history = %+v, want two revisions, the later in Servizi Civici", h.Revisions)
	}
	d, err := ix.Diff(ctx, "milano/giunta/2019/1098", "milano/giunta/2019/2187")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Moved) != 79 {
		t.Errorf("moved = %d, want the 79 of moves.json", len(d.Moved))
	}
	tr, err := ix.Transfers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(tr.Transfers) == 0 {
		t.Error("no transfers")
	}
	hit, err := ix.Get(ctx, h.Revisions[1].ID)
	if err != nil || hit.Lineage != h.Lineage {
		t.Errorf("Get(%s) = %+v, %v; want lineage %s", h.Revisions[1].ID, hit, err, h.Lineage)
	}
}

// testUpdatesAndDeletes: an extraction that lost an objective drops it
// from the backend, and an act no longer offered goes with its documents.
func testUpdatesAndDeletes(t *testing.T, open Opener) {
	ctx := context.Background()
	ix := emptyIndex(t, open)
	inputs := GoldInputs(t)
	stats, err := ix.Update(ctx, inputs)
	if err != nil || stats.Documents != 727 {
		t.Fatalf("first update = %+v, %v; want 727 documents", stats, err)
	}
	if res := search(t, ix, index.Request{}); res.Total != 727 {
		t.Fatalf("total = %d, want 727", res.Total)
	}

	// The later revision again, without the first objective of its
	// first directorate: the directorate's last objective id is stale.
	later := inputs[1]
	res, err := later.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	cp := *res
	plan := *cp.Plan
	plan.Directorates = append([]extract.Directorate(nil), plan.Directorates...)
	first := plan.Directorates[0]
	gone := first.Objectives[0]
	first.Objectives = first.Objectives[1:]
	plan.Directorates[0] = first
	cp.Plan = &plan
	later.Digest, later.Load = "changed", func(context.Context) (*extract.Result, error) { return &cp, nil }
	if _, err := ix.Update(ctx, []index.Input{inputs[0], later}); err != nil {
		t.Fatal(err)
	}
	objectives := search(t, ix, index.Request{Act: later.Act.ID, Type: index.TypeObjective}).Total
	if objectives != 320 {
		t.Errorf("objectives of %s after dropping one: %d, want 320", later.Act.ID, objectives)
	}
	for _, h := range search(t, ix, index.Request{Query: fmt.Sprintf("%q", gone.Text), Act: later.Act.ID, Type: index.TypeObjective, Limit: index.MaxLimit}).Hits {
		if h.Text == gone.Text && h.Year == gone.Year && h.Directorate == first.Directorate {
			t.Errorf("dropped objective %q still found as %s", gone.Text, h.ID)
		}
	}

	stats, err = ix.Update(ctx, inputs[:1])
	if err != nil || stats.Removed != 1 {
		t.Fatalf("removing update = %+v, %v", stats, err)
	}
	after := search(t, ix, index.Request{Facets: []string{index.FacetAct}})
	if after.Total != 305 || after.Facets[index.FacetAct][later.Act.ID] != 0 {
		t.Errorf("after removing %s: total %d, acts %v; want 305 of 1098 alone", later.Act.ID, after.Total, after.Facets[index.FacetAct])
	}
	if n := search(t, ix, index.Request{Query: "digitalizzazione", Act: later.Act.ID}).Total; n != 0 {
		t.Errorf("a removed act still found %d times", n)
	}
}

// testGroupedAndLatest: one result per objective (its revisions and year
// columns folded), and the latest revision only, answer alike on every
// backend, highlights included.
func testGroupedAndLatest(t *testing.T, ix *index.Index) {
	flat := search(t, ix, index.Request{Query: "customer operations", Type: index.TypeObjective, Limit: 50})
	grouped := search(t, ix, index.Request{Query: "customer operations", Type: index.TypeObjective, Limit: 50, Group: true, Highlight: true})
	if flat.Total < 2 || grouped.Total != 1 || len(grouped.Hits) != 1 || grouped.Hits[0].Folded != flat.Total {
		t.Fatalf("\"customer operations\": %d flat, %d grouped (%+v); want the flat hits folded into 1", flat.Total, grouped.Total, grouped.Hits)
	}
	if !strings.Contains(grouped.Hits[0].Highlight, "<mark>") {
		t.Errorf("grouped hit not highlighted: %q", grouped.Hits[0].Highlight)
	}
	latest := search(t, ix, index.Request{Type: index.TypeObjective, Limit: 100, Latest: true})
	if latest.Total == 0 {
		t.Fatal("latest revision only: no objective")
	}
	for _, h := range latest.Hits {
		if !strings.HasSuffix(h.Act.ID, "/2187") {
			t.Errorf("latest revision only: %s of %s", h.ID, h.Act.ID)
		}
	}
}
