package index

import (
	"context"
	"encoding/binary"
	"slices"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// A filter of a search with text (type:objective, year:2020) is a term of
// a keyword field, in a conjunction with the text: bleve reads its posting
// list's frequency and norm at every match, and for the type of most
// documents that was half the cost of a broad page. Every document holds
// one token in a keyword field, so the filter's term scores the same in
// each: filterTerm reads the documents off the snapshot's facet bitmap and
// gives each the score bleve's term searcher gives its first, with the
// weight and query norm bleve's would have. The conjunction, its order
// and its sums are bleve's: the hits and their scores are the same to the
// bit (TestFilterTermsKeepHitsAndScores).

// filterTerm is a keyword term searched on the bitmaps of one snapshot.
type filterTerm struct {
	*query.TermQuery
	bm *bitmaps
}

// withFilterTerms replaces the keyword terms at the top of q, alone or in
// a conjunction, by filterTerms over bm where bm has their field.
func withFilterTerms(q query.Query, bm *bitmaps) query.Query {
	swap := func(q query.Query) query.Query {
		if t, ok := q.(*query.TermQuery); ok && bm.values[t.FieldVal] != nil {
			return &filterTerm{TermQuery: t, bm: bm}
		}
		return q
	}
	if c, ok := q.(*query.ConjunctionQuery); ok {
		out := *c
		out.Conjuncts = slices.Clone(c.Conjuncts)
		for i, sub := range out.Conjuncts {
			out.Conjuncts[i] = swap(sub)
		}
		return &out
	}
	return swap(q)
}

// Searcher is bleve's term searcher unless scores are not asked, term
// locations or explanations are, or i is another snapshot than the
// bitmaps'.
func (t *filterTerm) Searcher(ctx context.Context, i bleveindex.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	plain, err := t.TermQuery.Searcher(ctx, i, m, options)
	if err != nil {
		return nil, err
	}
	if snap, ok := snapshotOf(i); !ok || snap != t.bm.snapshot ||
		options.Score == "none" || options.IncludeTermVectors || options.Explain {
		return plain, nil
	}
	docs := t.bm.values[t.FieldVal][t.Term]
	if docs == nil {
		docs = roaring.New()
	}
	return &filterSearcher{Searcher: plain, docs: docs, it: docs.Iterator()}, nil
}

// filterSearcher yields the documents of a bitmap with one score: the
// first score of the term searcher it stands for, which keeps its weight,
// count and query norm.
type filterSearcher struct {
	search.Searcher // the term's own searcher, for its weight, count and first score
	docs            *roaring.Bitmap
	it              roaring.IntPeekable
	score           float64
	scoreKnown      bool
}

func (s *filterSearcher) match(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	if !s.it.HasNext() {
		return nil, nil
	}
	if !s.scoreKnown {
		first, err := s.Searcher.Next(ctx)
		if err != nil {
			return nil, err
		}
		if first != nil {
			s.score = first.Score
			ctx.DocumentMatchPool.Put(first)
		}
		s.scoreKnown = true
	}
	dm := ctx.DocumentMatchPool.Get()
	dm.IndexInternalID = binary.BigEndian.AppendUint64(dm.IndexInternalID[:0], uint64(s.it.Next()))
	dm.Score = s.score
	return dm, nil
}

func (s *filterSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	return s.match(ctx)
}

func (s *filterSearcher) Advance(ctx *search.SearchContext, id bleveindex.IndexInternalID) (*search.DocumentMatch, error) {
	if len(id) == 8 {
		s.it.AdvanceIfNeeded(uint32(binary.BigEndian.Uint64(id)))
	}
	return s.match(ctx)
}
