package index

import (
	"context"
	"fmt"
	"math"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/collector"
	"github.com/blevesearch/bleve/v2/search/query"
)

// rankSnapshot is a snapshot of the gold acts' documents over three
// segments: the documents, copies of them with shorter texts (other
// norms), and a tenth of them indexed again, deleted in the first
// segment. It is taken once they are on disk, in an index that never
// merges them.
func rankSnapshot(t testing.TB) (*bleveBackend, *scorch.IndexSnapshot) {
	t.Helper()
	ctx := context.Background()
	b := unmergedBackend(t)
	docs := goldDocuments(t)
	if err := b.Index(ctx, docs); err != nil {
		t.Fatal(err)
	}
	var copies, again []Document
	for i, d := range docs {
		c := d
		c.ID += "/copy"
		words := strings.Fields(c.Text)
		c.Text = strings.Join(words[:len(words)*(1+i%3)/3], " ")
		copies = append(copies, c)
		if i%10 == 0 {
			again = append(again, d)
		}
	}
	// Each batch is waited for on disk before the next is written: until
	// persisted, segments are in memory, which impact lists are never
	// built for, and scorch's persister merges the in-memory segments it
	// finds together, which would leave fewer segments and no deletions.
	if err := b.persist(ctx); err != nil {
		t.Fatal(err)
	}
	for _, batch := range [][]Document{copies, again} {
		if err := b.Index(ctx, batch); err != nil {
			t.Fatal(err)
		}
		if err := b.persist(ctx); err != nil {
			t.Fatal(err)
		}
	}
	snap := currentSnapshot(t, b)
	deleted := 0
	for _, ss := range snap.Segments() {
		if d := ss.Deleted(); d != nil {
			deleted += int(d.GetCardinality())
		}
	}
	if len(snap.Segments()) < 2 || deleted == 0 {
		t.Fatalf("%d segments, %d documents deleted: the test needs several segments and deletions", len(snap.Segments()), deleted)
	}
	return b, snap
}

// unmergedBackend is an empty bleve backend in the test's folder whose
// segments scorch's merger leaves alone: its plan's budget is a segment a
// document. Scorch otherwise merges the few small segments of a test into
// one, at a moment of its own.
func unmergedBackend(t testing.TB) *bleveBackend {
	t.Helper()
	never := map[string]any{"FloorSegmentSize": 1, "MaxSegmentsPerTier": 1 << 20}
	b, err := createBleve(filepath.Join(t.TempDir(), "bleve"), "scorchMergePlanOptions", never)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	return b
}

// bleveRanking is the page bleve's top-N collector ranks of q on snap.
func bleveRanking(ctx context.Context, t testing.TB, b *bleveBackend, snap *scorch.IndexSnapshot, q query.Query, limit, offset int) search.DocumentMatchCollection {
	t.Helper()
	s, err := q.Searcher(ctx, snap, b.idx.Mapping(), search.SearcherOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	coll := collector.NewTopNCollector(limit, offset, search.SortOrder{&search.SortScore{Desc: true}})
	if err := coll.Collect(ctx, s, snap); err != nil {
		t.Fatal(err)
	}
	return coll.Results()
}

// rankingDiff says how a page ranked by rankTerm (got, of total matches)
// differs from bleve's page of q from offset to offset+limit; "" when it
// holds the same documents in the same order with the same scores, to
// the bit, of as many matches.
func rankingDiff(ctx context.Context, t testing.TB, b *bleveBackend, snap *scorch.IndexSnapshot, q query.Query, limit, offset int, got []rankedHit, total int) string {
	t.Helper()
	want := bleveRanking(ctx, t, b, snap, q, limit, offset)
	if wantTotal := len(bleveRanking(ctx, t, b, snap, q, 1<<20, 0)); total != wantTotal || len(got) != len(want) {
		return fmt.Sprintf("%d hits of %d, want %d of %d", len(got), total, len(want), wantTotal)
	}
	for i, h := range got {
		if w := want[i]; h.doc != internalNumber(w) || math.Float64bits(h.score) != math.Float64bits(w.Score) {
			return fmt.Sprintf("hit %d is document %d scoring %v, want %d (%s) scoring %v", i, h.doc, h.score, internalNumber(w), w.ID, w.Score)
		}
	}
	return ""
}

// TestRankTermKeepsHitsAndScores ranks queries of one word, alone and
// narrowed by filters, by rankTerm and by bleve's collector on the same
// snapshot, on every page: the same hits in the same order with the same
// scores, to the bit, and the same count of matches. Other queries are
// left to bleve. It does so walking the posting lists and from impact
// lists.
func TestRankTermKeepsHitsAndScores(t *testing.T) {
	b, snap := rankSnapshot(t)
	bm, err := b.bitmaps.get(snap)
	if err != nil {
		t.Fatal(err)
	}
	var year, act string
	for v := range bm.values[fieldYear] {
		year = max(year, v)
	}
	for v, docs := range bm.values[fieldAct] {
		if docs.GetCardinality() > 50 {
			act = v
		}
	}
	yearN, err := strconv.Atoi(year)
	if err != nil {
		t.Fatal(err)
	}
	for _, mode := range rankModes {
		t.Run(mode.name, func(t *testing.T) {
			defer mode.use()()
			checkRankTerm(t, b, snap, bm, yearN, act)
		})
	}
}

// rankModes are the two ways rankTerm reads a segment: walking its posting
// list, or from its impact list (impact.go), whatever the list's length.
var rankModes = []struct {
	name string
	use  func() (restore func())
}{
	{"walking the postings", func() func() { return setMinImpactPostings(math.MaxUint64) }},
	{"from impact lists", func() func() { return setMinImpactPostings(0) }},
}

func setMinImpactPostings(n uint64) func() {
	old := minImpactPostings
	minImpactPostings = n
	return func() { minImpactPostings = old }
}

// checkRankTerm is TestRankTermKeepsHitsAndScores in one mode.
func checkRankTerm(t *testing.T, b *bleveBackend, snap *scorch.IndexSnapshot, bm *bitmaps, yearN int, act string) {
	ctx := context.Background()
	ranked := 0
	for _, tc := range []struct {
		req      Request
		rankable bool
	}{
		{Request{Query: "servizi"}, true},
		{Request{Query: "servizi", Type: TypeObjective}, true},
		{Request{Query: "digitale", Year: yearN}, true},
		{Request{Query: "gestione", Type: TypeObjective, Act: act}, true},
		{Request{Query: "progetto", Type: TypeChange}, true},
		{Request{Query: "text:servizi^3", Type: TypeObjective}, true},
		{Request{Query: "text:servizi^-2"}, true}, // scores fall as frequency rises: nothing pruned
		{Request{Query: "nessunaparolacosì"}, true},
		{Request{Query: "piano obiettivi"}, false},
		{Request{Query: `"gestione del"`, Type: TypeObjective}, true}, // "del" is a stop word
		{Request{Query: `"servizi digitali"`, Type: TypeObjective}, false},
		{Request{Query: "digitali*"}, false},
		{Request{Query: "servizi~1"}, false},
		{Request{Query: "servizi", Type: TypeObjective, Directorate: "a", DirectorateSpellings: []string{"a", "b"}}, false},
	} {
		q, _, err := b.buildQuery(tc.req)
		if err != nil {
			t.Fatal(err)
		}
		q = withFilterTerms(q, bm)
		for _, page := range []struct{ limit, offset int }{{10, 0}, {10, 10}, {200, 0}, {7, 31}, {1000, 0}} {
			what := fmt.Sprintf("%+v limit %d offset %d", tc.req, page.limit, page.offset)
			record := roaring.New()
			got, total, ok, err := rankTerm(ctx, snap, q, b.idx.Mapping(), page.limit, page.offset, record)
			if err != nil {
				t.Fatalf("%s: %v", what, err)
			}
			if ok != tc.rankable {
				t.Fatalf("%s: ranked by rankTerm %v, want %v", what, ok, tc.rankable)
			}
			if !ok {
				if !record.IsEmpty() {
					t.Errorf("%s: not ranked, yet %d matches recorded", what, record.GetCardinality())
				}
				continue
			}
			ranked++
			if int(record.GetCardinality()) != total {
				t.Errorf("%s: %d matches recorded, %d counted", what, record.GetCardinality(), total)
			}
			if diff := rankingDiff(ctx, t, b, snap, q, page.limit, page.offset, got, total); diff != "" {
				t.Errorf("%s: %s", what, diff)
			}
		}
	}
	if ranked == 0 {
		t.Error("rankTerm ranked nothing")
	}
}

// TestRankTermStopsAtDeadline: a ranking past its context's deadline
// ends with the context's error, as bleve's collector does.
func TestRankTermStopsAtDeadline(t *testing.T) {
	b, snap := rankSnapshot(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	q := &normalizedTerm{TermQuery: query.NewTermQuery("serviz")}
	_, _, ok, err := rankTerm(ctx, snap, q, b.idx.Mapping(), 10, 0, nil)
	if err == nil || ok {
		t.Errorf("a cancelled ranking: ok %v, error %v; want the context's error", ok, err)
	}
}

// FuzzRankTerm ranks any word, alone or narrowed to a type, on any page,
// by rankTerm and by bleve's collector: whenever rankTerm takes the
// query, the pages are the same to the bit.
func FuzzRankTerm(f *testing.F) {
	for _, word := range []string{"servizi", "città", "digitale", "del", "Gestione", "x", ""} {
		f.Add(word, uint8(0), uint16(10), uint16(0))
		f.Add(word, uint8(1), uint16(3), uint16(17))
	}
	b, snap := rankSnapshot(f)
	bm, err := b.bitmaps.get(snap)
	if err != nil {
		f.Fatal(err)
	}
	types := []string{"", TypeObjective, TypeChange, TypeAct}
	f.Fuzz(func(t *testing.T, word string, typ uint8, limit, offset uint16) {
		req := Request{Query: word, Type: types[int(typ)%len(types)]}
		q, hasText, err := b.buildQuery(req)
		if err != nil || !hasText {
			return
		}
		q = withFilterTerms(q, bm)
		ctx := context.Background()
		for _, mode := range rankModes {
			restore := mode.use()
			got, total, ok, err := rankTerm(ctx, snap, q, b.idx.Mapping(), int(limit%300)+1, int(offset%300), nil)
			restore()
			if err != nil {
				t.Fatal(err)
			}
			if !ok {
				return
			}
			if diff := rankingDiff(ctx, t, b, snap, q, int(limit%300)+1, int(offset%300), got, total); diff != "" {
				t.Fatalf("%q %s: %s", word, mode.name, diff)
			}
		}
	})
}
