package index

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	segment "github.com/blevesearch/scorch_segment_api/v2"
	zap "github.com/blevesearch/zapx/v17"
)

// Ranking a broad word through bleve (term searcher, conjunction with the
// filters, top-N collector) costs, at every match, a document match taken
// from a pool and put back, a square root for the norm, a comparison in
// the conjunction and one in the collector's heap: two thirds of a search
// page's CPU at a million objectives. Yet a term's score in a document
// depends on the term's frequency there and the field's length (its norm)
// alone, and a filter read off the bitmaps scores the same in every
// document (filter_term.go): a (frequency, norm) pair scores the same in
// every document the query matches. So rankTerm reads the term's posting
// lists itself, keeps the best hits in a heap of plain values, and takes
// the score of each pair it meets from bleve's own searcher of the query,
// advanced to a document it matches with the term's reader giving that
// pair there (pinned_term.go): the hits, their order and their scores are
// bleve's, to the bit (TestRankTermKeepsHitsAndScores), for a few dozen
// searcher steps a query instead of one per match. A broad word's list,
// read through by every query, is read once per segment into an impact
// list (impact.go).

// termRanking is a query rankTerm ranks: one term of a field, alone or in
// a conjunction with filters read off the snapshot's bitmaps.
type termRanking struct {
	field, term string
	filters     []*roaring.Bitmap // the filterTerms' documents, by global number
	// monotone says a document's score cannot fall as the term's frequency
	// or the field's norm rises: true of every scoring model bleve has
	// when the term's boost is positive.
	monotone bool
}

// rankableTerm says whether rankTerm ranks q on snap, and what it reads.
func rankableTerm(q query.Query, snap *scorch.IndexSnapshot, m mapping.IndexMapping) (termRanking, bool) {
	var r termRanking
	term := func(t *query.TermQuery) bool {
		if r.term != "" || t.Term == "" {
			return false // two terms score as a sum this does not rebuild
		}
		r.field, r.term = cmp.Or(t.FieldVal, m.DefaultSearchField()), t.Term
		r.monotone = t.BoostVal == nil || t.BoostVal.Value() > 0
		return true
	}
	part := func(q query.Query) bool {
		switch q := q.(type) {
		case *normalizedTerm:
			return term(q.TermQuery)
		case *query.TermQuery:
			return term(q)
		case *filterTerm:
			if q.bm.snapshot != snap {
				return false
			}
			docs := q.bm.values[q.FieldVal][q.Term]
			if docs == nil {
				docs = roaring.New()
			}
			r.filters = append(r.filters, docs)
			return true
		}
		return false
	}
	if c, ok := q.(*query.ConjunctionQuery); ok {
		for _, sub := range c.Conjuncts {
			if !part(sub) {
				return r, false
			}
		}
	} else if !part(q) {
		return r, false
	}
	return r, r.term != ""
}

// rankedHit is a document's global number in the snapshot and its score.
type rankedHit struct {
	doc   uint64
	score float64
}

// worse orders hits as bleve's collector does, reversed: a lower score,
// then a later document.
func worse(a, b rankedHit) bool {
	return a.score < b.score || a.score == b.score && a.doc > b.doc
}

// topHits keeps the best k hits offered, in a heap whose root is the
// worst kept.
type topHits struct {
	k    int
	heap []rankedHit
}

// takes says whether offer would keep h.
func (t *topHits) takes(h rankedHit) bool {
	return len(t.heap) < t.k || worse(t.heap[0], h)
}

// offer keeps h if it is among the best k so far.
func (t *topHits) offer(h rankedHit) {
	if len(t.heap) < t.k {
		t.heap = append(t.heap, h)
		for i := len(t.heap) - 1; i > 0; {
			parent := (i - 1) / 2
			if !worse(t.heap[i], t.heap[parent]) {
				break
			}
			t.heap[i], t.heap[parent] = t.heap[parent], t.heap[i]
			i = parent
		}
		return
	}
	if !worse(t.heap[0], h) {
		return
	}
	t.heap[0] = h
	for i := 0; ; {
		worst, l, r := i, 2*i+1, 2*i+2
		if l < len(t.heap) && worse(t.heap[l], t.heap[worst]) {
			worst = l
		}
		if r < len(t.heap) && worse(t.heap[r], t.heap[worst]) {
			worst = r
		}
		if worst == i {
			return
		}
		t.heap[i], t.heap[worst] = t.heap[worst], t.heap[i]
		i = worst
	}
}

// worst is the score of the worst hit kept, and whether k are kept.
func (t *topHits) worst() (float64, bool) {
	if len(t.heap) < t.k {
		return 0, false
	}
	return t.heap[0].score, true
}

// ranked is the kept hits, best first.
func (t *topHits) ranked() []rankedHit {
	out := slices.Clone(t.heap)
	slices.SortFunc(out, func(a, b rankedHit) int {
		switch {
		case worse(b, a):
			return -1
		case worse(a, b):
			return 1
		}
		return 0
	})
	return out
}

// scoreOracle gives the score of the documents holding the term with one
// frequency and norm, read once from bleve's searcher of the whole query.
//
// The term's reader in the searcher is pinned (pinned_term.go): it gives
// the pair asked at the document asked, so a question costs no walk down
// the posting list. Still, each is a searcher step, and the pairs of a
// broad word number a hundred or more. When scores rise with frequency
// and norm (monotone), a pair met once the heap is full is not read if a
// pair read before, of no lower frequency and norm, scores below the
// worst hit kept: its documents cannot be kept, now or later (the worst
// kept only rises). A tie is read: impact lists offer documents out of
// order, so one scoring as the worst kept may still rank before it.
type scoreOracle struct {
	searcher search.Searcher
	pinned   *pinnedTermReader // the term's reader in searcher (pinned_term.go)
	sctx     *search.SearchContext
	monotone bool
	// The scores known: a pair proved unable to enter the heap scores
	// outranked.
	scores pairTable[float64]
	asked  []pairScore // every pair read from the searcher
}

// pairScore is a (frequency, norm) pair's score, as the searcher gave it.
type pairScore struct {
	freq  uint64
	norm  float64
	score float64
}

// outranked is the score of a pair that cannot enter the heap.
var outranked = math.Inf(-1)

// errRankMismatch is a document the posting lists match and bleve's
// searcher does not: the query is not what rankableTerm took it for, and
// bleve ranks it.
var errRankMismatch = errors.New("the term ranking and bleve's searcher disagree")

// score is the score of doc, holding the term as p says, or outranked
// when it cannot enter top.
func (o *scoreOracle) score(doc uint64, p segment.Posting, top *topHits) (float64, error) {
	freq, norm := p.Frequency(), normBits(p)
	if s, ok := o.lookup(freq, norm); ok {
		return s, nil
	}
	s, err := o.ask(doc, freq, p.Norm(), top)
	if err != nil {
		return 0, err
	}
	o.remember(freq, norm, s)
	return s, nil
}

// lookup is the score of the pair (freq, the norm's bits) when it was
// asked before.
func (o *scoreOracle) lookup(freq, norm uint64) (float64, bool) { return o.scores.get(freq, norm) }

// remember keeps the score s of the pair (freq, the norm's bits).
func (o *scoreOracle) remember(freq, norm uint64, s float64) { o.scores.set(freq, norm, s) }

// ask is the score of the pair (freq, norm) at doc, a document the query
// matches, after every document asked before: outranked when a pair
// asked before proves it cannot enter top, else the searcher's.
func (o *scoreOracle) ask(doc, freq uint64, norm float64, top *topHits) (float64, error) {
	if worst, full := top.worst(); full && o.monotone {
		for _, r := range o.asked {
			if r.freq >= freq && r.norm >= norm && r.score < worst {
				return outranked, nil
			}
		}
	}
	o.pinned.pin(freq, norm)
	dm, err := o.searcher.Advance(o.sctx, numberID(doc))
	if err != nil {
		return 0, err
	}
	if dm == nil || internalNumber(dm) != doc {
		return 0, errRankMismatch
	}
	s := dm.Score
	o.sctx.DocumentMatchPool.Put(dm)
	o.asked = append(o.asked, pairScore{freq: freq, norm: norm, score: s})
	return s, nil
}

// normBits is the field length a posting's norm stands for (zap keeps it
// as the bits of a float32); the norm itself in other segment formats.
func normBits(p segment.Posting) uint64 {
	if z, ok := p.(*zap.Posting); ok { // a pointer compare, at every match
		return z.NormUint64() & math.MaxUint32
	}
	return uint64(math.Float32bits(float32(p.Norm())))
}

// checkEvery is how many matches rankTerm reads between looks at its
// context's deadline (bleve's collector's own interval).
const checkEvery = 1024

// rankTerm ranks q on snap as bleve's top-N collector would, for the
// queries rankableTerm takes: the hits from offset to offset+limit, by
// global document number, and the number of matches. When record is not
// nil every match is added to it. ok is false, and nothing recorded, for
// any other query, which bleve ranks.
func rankTerm(ctx context.Context, snap *scorch.IndexSnapshot, q query.Query, m mapping.IndexMapping, limit, offset int, record *roaring.Bitmap) (hits []rankedHit, total int, ok bool, err error) {
	r, ok := rankableTerm(q, snap, m)
	if !ok || limit <= 0 {
		return nil, 0, false, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, 0, false, err
	}
	pinned := &pinnedSnapshot{IndexSnapshot: snap, field: r.field, term: r.term}
	s, err := q.Searcher(ctx, pinned, m, search.SearcherOptions{})
	if err != nil {
		return nil, 0, false, err
	}
	defer s.Close()
	if pinned.pinned == nil {
		return nil, 0, false, nil // bleve did not read the term as rankableTerm took it
	}
	oracle := &scoreOracle{
		searcher: s,
		pinned:   pinned.pinned,
		sctx:     &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0), IndexReader: pinned},
		monotone: r.monotone,
	}
	top := &topHits{k: offset + limit}
	var matched *roaring.Bitmap // what record gets, once the ranking is whole
	if record != nil {
		matched = roaring.New()
	}
	local := roaring.New()
	offsets, _ := segmentOffsets(snap)
	ids := segmentIdentities(snap)
	var pl segment.PostingsList
	var it segment.PostingsIterator
	for i, ss := range snap.Segments() {
		dict, err := ss.Segment().Dictionary(r.field)
		if err != nil {
			return nil, 0, false, fmt.Errorf("field %s: %w", r.field, err)
		}
		if pl, err = dict.PostingsList([]byte(r.term), ss.Deleted(), pl); err != nil {
			return nil, 0, false, fmt.Errorf("%s %q: %w", r.field, r.term, err)
		}
		if err := livePostings(pl, ss.Deleted(), local); err != nil {
			return nil, 0, false, err
		}
		listed := local.GetCardinality()
		matches := listed
		var docs *roaring.Bitmap // the matches by global number, where filtered or recorded
		if len(r.filters) > 0 || matched != nil {
			docs = roaring.AddOffset64(local, int64(offsets[i]))
			for _, f := range r.filters {
				docs.And(f)
			}
			if matched != nil {
				matched.Or(docs)
			}
			matches = docs.GetCardinality()
		}
		total += int(matches)
		if len(r.filters) == 0 {
			docs = nil // every posting matches: the list is read through
		}
		if matches == 0 {
			continue
		}
		// A filter that leaves under a quarter of the list is sparse.
		sparse := docs != nil && matches*4 < listed
		var impacts *impactList
		if listed >= minImpactPostings {
			if impacts, err = segmentImpacts.get(ss, ids[i], r.field, r.term); err != nil {
				return nil, 0, false, err
			}
		}
		if impacts != nil && matches >= uint64(len(impacts.pairs)) {
			allowed := allowedLocal(ss, docs, local, offsets[i])
			askAt := cmp.Or(allowed, local)
			err = rankImpacts(impacts, allowed, askAt, sparse, offsets[i], oracle, top)
		} else {
			it = pl.Iterator(true, true, false, it)
			err = rankSegment(ctx, it, docs, offsets[i], sparse, oracle, top)
		}
		if err != nil {
			if errors.Is(err, errRankMismatch) {
				return nil, 0, false, nil
			}
			return nil, 0, false, err
		}
		if err := ctx.Err(); err != nil {
			return nil, 0, false, err
		}
	}
	if record != nil {
		record.Or(matched)
	}
	hits = top.ranked()
	return hits[min(offset, len(hits)):], total, true, nil
}

// allowedLocal is what rankImpacts may offer of segment ss (numbered from
// base): the matches docs holds by global number, or, with no filter
// (docs nil), the live postings when ss has deletions, else nil (every
// posting), in the segment's own numbers.
func allowedLocal(ss *scorch.SegmentSnapshot, docs, live *roaring.Bitmap, base uint64) *roaring.Bitmap {
	switch {
	case docs != nil:
		return roaring.AddOffset64(docs, -int64(base))
	case ss.Deleted() != nil && !ss.Deleted().IsEmpty():
		return live
	}
	return nil
}

// rankSegment offers top the documents of one segment's posting list
// (numbered from base) that docs holds, or all of them when docs is nil:
// by reading the list through, passing over those docs lacks; or, when
// docs is sparse (a selective filter), by advancing the list to each of
// docs.
func rankSegment(ctx context.Context, it segment.PostingsIterator, docs *roaring.Bitmap, base uint64, sparse bool, oracle *scoreOracle, top *topHits) error {
	n := 0
	offer := func(p segment.Posting) error {
		if n++; n%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		doc := base + p.Number()
		s, err := oracle.score(doc, p, top)
		if err != nil {
			return err
		}
		top.offer(rankedHit{doc: doc, score: s})
		return nil
	}
	if docs == nil {
		for {
			p, err := it.Next()
			if err != nil || p == nil {
				return err
			}
			if err := offer(p); err != nil {
				return err
			}
		}
	}
	want, buf := docs.ManyIterator(), make([]uint32, 256)
	for {
		got := want.NextMany(buf)
		if got == 0 {
			return nil
		}
		for _, doc := range buf[:got] {
			local := uint64(doc) - base
			var p segment.Posting
			var err error
			if sparse {
				p, err = it.Advance(local)
			} else {
				for p, err = it.Next(); err == nil && p != nil && p.Number() < local; p, err = it.Next() {
				}
			}
			if err != nil {
				return err
			}
			if p == nil || p.Number() != local {
				return errRankMismatch // docs holds a document the list lacks
			}
			if err := offer(p); err != nil {
				return err
			}
		}
	}
}
