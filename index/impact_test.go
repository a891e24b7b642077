package index

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
)

// TestImpactListHoldsEveryPosting builds the impact list of a word in each
// segment of a snapshot and wants its pairs to hold each posting once, with
// the posting's frequency and norm.
func TestImpactListHoldsEveryPosting(t *testing.T) {
	_, snap := rankSnapshot(t)
	for i, ss := range snap.Segments() {
		l, err := buildImpactList(ss, "text", "serviz")
		if err != nil {
			t.Fatal(err)
		}
		dict, err := ss.Segment().Dictionary("text")
		if err != nil {
			t.Fatal(err)
		}
		pl, err := dict.PostingsList([]byte("serviz"), nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		it := pl.Iterator(true, true, false, nil)
		postings := 0
		for p, err := it.Next(); p != nil || err != nil; p, err = it.Next() {
			if err != nil {
				t.Fatal(err)
			}
			postings++
			holding := 0
			for _, pair := range l.pairs {
				if pair.docs.Contains(uint32(p.Number())) {
					holding++
					if pair.freq != p.Frequency() || pair.normBits != normBits(p) || pair.norm != p.Norm() {
						t.Errorf("segment %d document %d: in pair (%d, %v), holds the word %d times with norm %v", i, p.Number(), pair.freq, pair.norm, p.Frequency(), p.Norm())
					}
				}
			}
			if holding != 1 {
				t.Errorf("segment %d document %d: in %d pairs, want 1", i, p.Number(), holding)
			}
		}
		listed := 0
		for _, pair := range l.pairs {
			listed += int(pair.docs.GetCardinality())
		}
		if postings == 0 || listed != postings {
			t.Errorf("segment %d: %d documents in the pairs, %d postings", i, listed, postings)
		}
	}
}

// TestImpactCacheBudget asks for the lists of three words with a budget
// that holds two: the one least recently asked goes, the cache stays
// within budget, and asking for a list kept gives it, not a new one.
func TestImpactCacheBudget(t *testing.T) {
	_, snap := rankSnapshot(t)
	ss := snap.Segments()[0]
	words := []string{"serviz", "gestion", "progett"}
	var size []int
	for _, w := range words {
		l, err := buildImpactList(ss, "text", w)
		if err != nil {
			t.Fatal(err)
		}
		if len(l.pairs) == 0 {
			t.Fatalf("%q: no pairs", w)
		}
		size = append(size, l.bytes)
	}
	c := newImpactCache(size[0] + max(size[1], size[2]))
	get := func(w string) *impactList {
		l, err := c.get(ss, segmentIdentity(ss.Segment()), "text", w)
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	first, second := get(words[0]), get(words[1])
	if get(words[0]) != first {
		t.Fatalf("%q: built again while within budget", words[0])
	}
	third := get(words[2]) // over budget: the second, least recently asked, goes
	if c.bytes > c.budget {
		t.Errorf("%d bytes kept in %d lists, over the budget of %d", c.bytes, c.recent.Len(), c.budget)
	}
	if get(words[0]) != first || get(words[2]) != third {
		t.Errorf("a list recently asked was built again")
	}
	if len(c.entries) != 2 || c.recent.Len() != 2 {
		t.Errorf("%d entries, %d in the order of use; want 2", len(c.entries), c.recent.Len())
	}
	if get(words[1]) == second {
		t.Errorf("%q: the list least recently asked is still kept", words[1])
	}
}

// TestImpactCacheBuildsOnce: rankings asking for the same list at the
// same time all get the one list.
func TestImpactCacheBuildsOnce(t *testing.T) {
	_, snap := rankSnapshot(t)
	ss := snap.Segments()[0]
	c := newImpactCache(impactBudget)
	got := make([]*impactList, 8)
	var wg sync.WaitGroup
	for i := range got {
		wg.Go(func() {
			l, err := c.get(ss, segmentIdentity(ss.Segment()), "text", "serviz")
			if err != nil {
				t.Error(err)
			}
			got[i] = l
		})
	}
	wg.Wait()
	for i, l := range got {
		if l == nil || l != got[0] {
			t.Fatalf("ranking %d got list %p, ranking 0 %p", i, l, got[0])
		}
	}
	if c.recent.Len() != 1 || c.bytes != got[0].bytes {
		t.Errorf("%d lists, %d bytes kept; want the one list of %d bytes", c.recent.Len(), c.bytes, got[0].bytes)
	}
}

// TestRankTermImpactsFiltered ranks a word held by thousands of documents
// of many lengths, over segments with deletions, under filters that leave
// most of its documents, a fifth and a twelfth, by rankTerm and by bleve's
// collector: the same pages to the bit, walking the postings and from
// impact lists. The gold acts are too few for a filter to leave as many
// documents as the word has pairs, which the impact lists need.
func TestRankTermImpactsFiltered(t *testing.T) {
	ctx := context.Background()
	b := newTestBackend(t)
	filler := strings.Fields("piano obiettivo comune gestione bilancio scuola verde casa lavoro")
	doc := func(i int, edition string) Document {
		words := strings.Repeat("servizi ", 1+i%3) + strings.Join(filler[:i%len(filler)], " ") + strings.Repeat(" nota", i%13)
		typ := TypeObjective
		if i%5 == 0 {
			typ = TypeAct
		}
		return Document{ID: fmt.Sprintf("o%d", i), Type: typ, ActID: "a1", Year: 2010 + i%12, Text: words + " " + edition}
	}
	var first, again []Document
	for i := range 4000 {
		first = append(first, doc(i, "prima"))
		if i%10 == 3 {
			again = append(again, doc(i, "seconda"))
		}
	}
	for _, batch := range [][]Document{first[:2000], first[2000:], again} {
		if err := b.Index(ctx, batch); err != nil {
			t.Fatal(err)
		}
	}
	snap, bm := currentBitmaps(t, b)
	for _, mode := range rankModes {
		t.Run(mode.name, func(t *testing.T) {
			defer mode.use()()
			for _, req := range []Request{
				{Query: "servizi"},
				{Query: "servizi", Type: TypeObjective},
				{Query: "servizi", Type: TypeAct},
				{Query: "servizi", Year: 2015},
				{Query: "servizi", Type: TypeAct, Year: 2020},
			} {
				q, _, err := b.buildQuery(req)
				if err != nil {
					t.Fatal(err)
				}
				q = withFilterTerms(q, bm)
				for _, page := range []struct{ limit, offset int }{{10, 0}, {10, 10}, {200, 0}, {7, 31}} {
					got, total, ok, err := rankTerm(ctx, snap, q, b.idx.Mapping(), page.limit, page.offset, nil)
					if err != nil || !ok {
						t.Fatalf("%+v: ranked %v, error %v", req, ok, err)
					}
					if diff := rankingDiff(ctx, t, b, snap, q, page.limit, page.offset, got, total); diff != "" {
						t.Errorf("%+v limit %d offset %d: %s", req, page.limit, page.offset, diff)
					}
				}
			}
		})
	}
}
