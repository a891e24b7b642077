package index

import (
	"cmp"
	"context"
	"encoding/binary"
	"fmt"
	"slices"
	"sync"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// Facet counts the bleve way visit every hit's doc values; over a million
// objectives a broad query with three facets took most of a second. Here
// each facet value keeps the bitmap of its documents (the union of its
// posting lists over the index's segments, in scorch's global document
// numbers), built once per index snapshot; a query's facets are the
// cardinalities of its matches' bitmap intersected with each value's.

// facetFields are the fields kept as bitmaps: the facets, and the date for
// ordering hits that filters alone select.
var facetFields = []string{FacetDirectorate, FacetYear, fieldAct, FacetType, FacetDirector, fieldDate}

// bitmaps is the facet bitmaps of one index snapshot.
type bitmaps struct {
	snapshot *scorch.IndexSnapshot
	live     *roaring.Bitmap                       // every document not deleted
	values   map[string]map[string]*roaring.Bitmap // field -> value -> documents
	// ordinals number each field's values (from 1; 0 is none) and give
	// each document's: a few matches are counted by looking theirs up,
	// cheaper than intersecting them with every value's bitmap.
	ordinals map[string]*fieldOrdinals
	// queries are the matches of the queries asked of the snapshot.
	queries matchCache
	// keys are what grouped searches fold by (fold_keys.go).
	keys *foldKeys
}

// fieldOrdinals are the values of one field, numbered, and each document's.
type fieldOrdinals struct {
	names []string // names[n-1] is value n
	ofDoc []uint32 // by document number
}

// newFieldOrdinals numbers the values of one field over n documents.
func newFieldOrdinals(values map[string]*roaring.Bitmap, n uint64) *fieldOrdinals {
	o := &fieldOrdinals{ofDoc: make([]uint32, n)}
	for value, docs := range values {
		o.names = append(o.names, value)
		ord := uint32(len(o.names))
		it := docs.Iterator()
		for it.HasNext() {
			if d := it.Next(); uint64(d) < n {
				o.ofDoc[d] = ord
			}
		}
	}
	return o
}

// bitmapCache holds the bitmaps of the latest snapshot seen.
type bitmapCache struct {
	mu      sync.Mutex
	current *bitmaps
}

// built is the bitmaps of snap when they were built, else nil.
func (c *bitmapCache) built(snap *scorch.IndexSnapshot) *bitmaps {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.current != nil && c.current.snapshot == snap {
		return c.current
	}
	return nil
}

// get returns the bitmaps of snap, building them when the index changed.
func (c *bitmapCache) get(snap *scorch.IndexSnapshot) (*bitmaps, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.current != nil && c.current.snapshot == snap {
		return c.current, nil
	}
	bm, err := buildBitmaps(snap)
	if err != nil {
		return nil, err
	}
	c.current = bm
	return bm, nil
}

func buildBitmaps(snap *scorch.IndexSnapshot) (*bitmaps, error) {
	bm := &bitmaps{snapshot: snap, live: roaring.New(), values: map[string]map[string]*roaring.Bitmap{}}
	offsets, total := segmentOffsets(snap)
	local := roaring.New()
	for i, ss := range snap.Segments() {
		offset := offsets[i]
		bm.live.Or(roaring.AddOffset64(ss.DocNumbersLive(), int64(offset)))
		for _, field := range facetFields {
			if bm.values[field] == nil {
				bm.values[field] = map[string]*roaring.Bitmap{}
			}
			err := visitTerms(ss, field, local, func(term string) {
				shifted := roaring.AddOffset64(local, int64(offset))
				if docs := bm.values[field][term]; docs != nil {
					docs.Or(shifted)
				} else {
					bm.values[field][term] = shifted
				}
			})
			if err != nil {
				return nil, fmt.Errorf("facets: %w", err)
			}
		}
	}
	for _, values := range bm.values {
		for _, docs := range values {
			docs.RunOptimize()
		}
	}
	bm.ordinals = map[string]*fieldOrdinals{}
	for _, facet := range []string{FacetDirectorate, FacetYear, FacetAct, FacetType, FacetDirector} {
		field := facetField(facet)
		bm.ordinals[field] = newFieldOrdinals(bm.values[field], total)
	}
	var err error
	if bm.keys, err = newFoldKeys(bm, total); err != nil {
		return nil, fmt.Errorf("facets: %w", err)
	}
	return bm, nil
}

// visitTerms calls visit with each term of a field of one segment, local
// set to the term's live documents, numbered in the segment.
func visitTerms(ss *scorch.SegmentSnapshot, field string, local *roaring.Bitmap, visit func(term string)) error {
	dict, err := ss.Segment().Dictionary(field)
	if err != nil {
		return fmt.Errorf("field %s: %w", field, err)
	}
	it := dict.AutomatonIterator(nil, nil, nil)
	for entry, err := it.Next(); entry != nil || err != nil; entry, err = it.Next() {
		if err != nil {
			return fmt.Errorf("field %s: %w", field, err)
		}
		pl, err := dict.PostingsList([]byte(entry.Term), ss.Deleted(), nil)
		if err != nil {
			return fmt.Errorf("%s %q: %w", field, entry.Term, err)
		}
		if err := livePostings(pl, ss.Deleted(), local); err != nil {
			return err
		}
		visit(entry.Term)
	}
	return nil
}

// livePostings sets into to a posting list's documents, less the
// segment's deleted ones: at once where the segment format allows (zap's
// OrInto, which reads the list's whole bitmap, deleted documents and
// all), else one by one (the iterator skips them itself).
func livePostings(pl segment.PostingsList, deleted, into *roaring.Bitmap) error {
	into.Clear()
	if o, ok := pl.(interface{ OrInto(*roaring.Bitmap) }); ok {
		o.OrInto(into)
		if deleted != nil {
			into.AndNot(deleted)
		}
		return nil
	}
	it := pl.Iterator(false, false, false, nil)
	for {
		p, err := it.Next()
		if err != nil {
			return err
		}
		if p == nil {
			return nil
		}
		into.Add(uint32(p.Number()))
	}
}

// filtered is the documents the request's filters select (all live ones
// without filters).
func (bm *bitmaps) filtered(req Request) *roaring.Bitmap {
	out := bm.live.Clone()
	for _, f := range req.Filters() {
		if len(f.Values) == 1 {
			if docs := bm.values[f.Field][f.Values[0]]; docs != nil {
				out.And(docs)
			} else {
				out.Clear()
			}
			continue
		}
		any := roaring.New()
		for _, v := range f.Values {
			if docs := bm.values[f.Field][v]; docs != nil {
				any.Or(docs)
			}
		}
		out.And(any)
	}
	for _, id := range req.superseded {
		if docs := bm.values[fieldAct][id]; docs != nil {
			out.AndNot(docs)
		}
	}
	return out
}

// matches is the set of documents q matches in snap: from posting lists
// where q is made of words and terms (the common case), else by running
// its searcher without scoring; either is cheaper than collecting hits,
// and all a facet count needs.
func matches(ctx context.Context, snap *scorch.IndexSnapshot, bm *bitmaps, q query.Query, m mapping.IndexMapping) (*roaring.Bitmap, error) {
	p := postingAlgebra{snap: snap, bm: bm, mapping: m}
	if docs, ok, err := p.docs(q); err != nil || ok {
		return docs, err
	}
	s, err := q.Searcher(ctx, snap, m, search.SearcherOptions{Score: "none"})
	if err != nil {
		return nil, err
	}
	defer s.Close()
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0), IndexReader: snap}
	out := roaring.New()
	for n := 0; ; n++ {
		if n%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		dm, err := s.Next(sctx)
		if err != nil {
			return nil, err
		}
		if dm == nil {
			return out, nil
		}
		out.Add(uint32(internalNumber(dm)))
		sctx.DocumentMatchPool.Put(dm)
	}
}

// count calls add with each value of the documents in docs and their
// number, looking each document's value up.
func (o *fieldOrdinals) count(docs *roaring.Bitmap, add func(value string, n int)) {
	n := make([]int, len(o.names)+1)
	it := docs.ManyIterator()
	buf := make([]uint32, 256)
	for k := it.NextMany(buf); k > 0; k = it.NextMany(buf) {
		for _, d := range buf[:k] {
			if int(d) < len(o.ofDoc) {
				n[o.ofDoc[d]]++
			}
		}
	}
	for ord, name := range o.names {
		if n[ord+1] > 0 {
			add(name, n[ord+1])
		}
	}
}

// countIntersections calls add with each value that documents in docs have
// and their number, intersecting docs with each value's bitmap.
func countIntersections(docs *roaring.Bitmap, values map[string]*roaring.Bitmap, add func(value string, n int)) {
	for value, vdocs := range values {
		if n := int(docs.AndCardinality(vdocs)); n > 0 {
			add(value, n)
		}
	}
}

// sparseMatches: matches fewer than the live documents over this are
// counted by their ordinals, each in a few nanoseconds; more are counted by
// intersecting bitmaps, whose dense containers intersect a word at a time.
const sparseMatches = 4

// counts are the facet counts of the documents in docs: each value's
// share, the values with most documents first, at most size of them.
func (bm *bitmaps) counts(docs *roaring.Bitmap, facet string, size int) map[string]int {
	type valueCount struct {
		value string
		n     int
	}
	var all []valueCount
	field := facetField(facet)
	add := func(value string, n int) { all = append(all, valueCount{value, n}) }
	if ords := bm.ordinals[field]; ords != nil && docs.GetCardinality()*sparseMatches < bm.live.GetCardinality() {
		ords.count(docs, add)
	} else {
		countIntersections(docs, bm.values[field], add)
	}
	if len(all) > size {
		slices.SortFunc(all, func(a, b valueCount) int { return cmp.Or(cmp.Compare(b.n, a.n), cmp.Compare(a.value, b.value)) })
		all = all[:size]
	}
	out := make(map[string]int, len(all))
	for _, vc := range all {
		out[vc.value] = vc.n
	}
	return out
}

// internalNumber is scorch's global document number of a match.
func internalNumber(dm *search.DocumentMatch) uint64 {
	return binary.BigEndian.Uint64(dm.IndexInternalID)
}

// postingAlgebra computes the documents of a query from posting lists, for
// the queries it knows: words (not fuzzy) and terms combined by and, or and
// not. ok is false for any other query.
type postingAlgebra struct {
	snap    *scorch.IndexSnapshot
	bm      *bitmaps
	mapping mapping.IndexMapping
}

func (p postingAlgebra) docs(q query.Query) (docs *roaring.Bitmap, ok bool, err error) {
	switch q := q.(type) {
	case *query.MatchAllQuery:
		return p.bm.live.Clone(), true, nil
	case *query.TermQuery:
		docs, err := p.term(q.FieldVal, q.Term)
		return docs, err == nil, err
	case *normalizedTerm:
		return p.docs(q.TermQuery)
	case *pairedPhrase:
		if len(q.pairs) != 1 { // longer phrases need the position check
			return nil, false, nil
		}
		docs, err := p.term(fieldTextPairs, q.pairs[0])
		return docs, err == nil, err
	case *query.MatchQuery:
		if q.Fuzziness != 0 || q.Analyzer != "" {
			return nil, false, nil
		}
		field := cmp.Or(q.FieldVal, fieldText)
		analyzer := p.mapping.AnalyzerNamed(p.mapping.AnalyzerNameForPath(field))
		if analyzer == nil {
			return nil, false, nil
		}
		tokens := analyzer.Analyze([]byte(q.Match))
		if len(tokens) == 0 {
			return nil, false, nil // bleve's own rules for a query of stop words
		}
		var out *roaring.Bitmap
		for _, tok := range tokens {
			docs, err := p.term(field, string(tok.Term))
			if err != nil {
				return nil, false, err
			}
			switch {
			case out == nil:
				out = docs
			case q.Operator == query.MatchQueryOperatorAnd:
				out.And(docs)
			default:
				out.Or(docs)
			}
		}
		return out, true, nil
	case *query.ConjunctionQuery:
		return p.combine(q.Conjuncts, (*roaring.Bitmap).And)
	case *query.DisjunctionQuery:
		if q.Min > 1 {
			return nil, false, nil
		}
		return p.combine(q.Disjuncts, (*roaring.Bitmap).Or)
	case *query.BooleanQuery:
		if q.Filter != nil || (q.Must == nil && q.Should == nil) {
			return nil, false, nil
		}
		// With a must clause the should clauses only score.
		main := q.Must
		if main == nil {
			main = q.Should
		}
		docs, ok, err := p.docs(main)
		if !ok || err != nil || q.MustNot == nil {
			return docs, ok, err
		}
		not, ok, err := p.docs(q.MustNot)
		if !ok || err != nil {
			return nil, ok, err
		}
		docs.AndNot(not)
		return docs, true, nil
	}
	return nil, false, nil
}

// combine folds the documents of several queries with op.
func (p postingAlgebra) combine(qs []query.Query, op func(*roaring.Bitmap, *roaring.Bitmap)) (*roaring.Bitmap, bool, error) {
	if len(qs) == 0 {
		return nil, false, nil
	}
	var out *roaring.Bitmap
	for _, sub := range qs {
		docs, ok, err := p.docs(sub)
		if !ok || err != nil {
			return nil, ok, err
		}
		if out == nil {
			out = docs
		} else {
			op(out, docs)
		}
	}
	return out, true, nil
}

// term is the documents with a term in a field, from each segment's
// posting list (deleted documents excepted).
func (p postingAlgebra) term(field, term string) (*roaring.Bitmap, error) {
	field = cmp.Or(field, fieldText)
	out := roaring.New()
	local := roaring.New()
	offsets, _ := segmentOffsets(p.snap)
	for i, ss := range p.snap.Segments() {
		seg := ss.Segment()
		dict, err := seg.Dictionary(field)
		if err != nil {
			return nil, fmt.Errorf("field %s: %w", field, err)
		}
		pl, err := dict.PostingsList([]byte(term), ss.Deleted(), nil)
		if err != nil {
			return nil, fmt.Errorf("%s %q: %w", field, term, err)
		}
		if err := livePostings(pl, ss.Deleted(), local); err != nil {
			return nil, err
		}
		out.Or(roaring.AddOffset64(local, int64(offsets[i])))
	}
	return out, nil
}
