package index

import (
	"cmp"
	"container/list"
	"fmt"
	"slices"
	"sync"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
)

// A broad word's ranking walks its posting list to the end, decoding each
// document's frequency and norm, to find the few dozen (frequency, norm)
// pairs its scores come from: at a million objectives, three fifths of a
// search page's CPU. An impact list is that walk done once per segment:
// the term's documents grouped by pair, in a bitmap each. A ranking then
// asks each pair's score (rank_term.go), takes the pairs best first and
// reads only as many of their documents as the page holds: the same hits,
// scores and order, without touching the rest of the list.
//
// Segments never change, so a list serves as long as its segment does,
// in this generation and the next ones that share its file (the cache is
// keyed by the segment's file, as the lineages are). The lists are kept
// in a byte budget, least recently ranked first out. A word with fewer
// postings in a segment than minImpactPostings, or a filter that leaves
// fewer of them than the list has pairs, is walked as before.

// impactPair is the documents of a segment that hold a term with one
// frequency and norm: they all score the same in any query of the term.
type impactPair struct {
	freq, normBits uint64  // the frequency and norm as a pairTable keys them
	norm           float64 // the norm as bleve gives it
	docs           *roaring.Bitmap
}

// impactList is a term's postings in one segment, deleted documents
// included (a snapshot's deletions are applied when ranking), by pair.
type impactList struct {
	pairs []impactPair
	bytes int
}

// minImpactPostings is the fewest postings of a term in a segment worth an
// impact list: under it, walking the list costs about what building one
// would. Tests lower it to rank small segments both ways.
var minImpactPostings uint64 = 2048

// impactBudget is how many bytes of impact lists a process keeps: about
// two bytes a posting, so a quarter of a megabyte for a word in a tenth
// of a million objectives.
const impactBudget = 64 << 20

// buildImpactList reads the postings of term in field of ss once.
func buildImpactList(ss *scorch.SegmentSnapshot, field, term string) (*impactList, error) {
	dict, err := ss.Segment().Dictionary(field)
	if err != nil {
		return nil, fmt.Errorf("field %s: %w", field, err)
	}
	pl, err := dict.PostingsList([]byte(term), nil, nil)
	if err != nil {
		return nil, fmt.Errorf("%s %q: %w", field, term, err)
	}
	l := &impactList{}
	var places pairTable[int] // each pair's place in l.pairs
	it := pl.Iterator(true, true, false, nil)
	for {
		p, err := it.Next()
		if err != nil {
			return nil, fmt.Errorf("%s %q: %w", field, term, err)
		}
		if p == nil {
			break
		}
		freq, norm := p.Frequency(), normBits(p)
		place, ok := places.get(freq, norm)
		if !ok {
			place = len(l.pairs)
			places.set(freq, norm, place)
			l.pairs = append(l.pairs, impactPair{freq: freq, normBits: norm, norm: p.Norm(), docs: roaring.New()})
		}
		l.pairs[place].docs.Add(uint32(p.Number()))
	}
	for _, p := range l.pairs {
		p.docs.RunOptimize()
		l.bytes += int(p.docs.GetSizeInBytes())
	}
	return l, nil
}

// impactKey names a term's list in one segment.
type impactKey struct {
	segment     segmentFile
	field, term string
}

// impactEntry is a list in the cache, built once however many rankings
// ask for it at the same time.
type impactEntry struct {
	key  impactKey
	once sync.Once
	list *impactList
	err  error
	used *list.Element // in impactCache.recent; nil until built
}

// impactCache keeps impact lists within a byte budget.
type impactCache struct {
	mu      sync.Mutex
	entries map[impactKey]*impactEntry
	recent  *list.List // of *impactEntry, the most recently ranked first
	bytes   int
	budget  int
}

// segmentImpacts is the process's impact lists.
var segmentImpacts = newImpactCache(impactBudget)

func newImpactCache(budget int) *impactCache {
	return &impactCache{entries: map[impactKey]*impactEntry{}, recent: list.New(), budget: budget}
}

// get returns the impact list of term in field of ss, whose
// segmentIdentity is id, building it when the cache does not hold it; nil
// for a segment still in memory, which scorch soon persists (a list kept
// for it would keep it alive). A list that failed to build is not kept.
func (c *impactCache) get(ss *scorch.SegmentSnapshot, id any, field, term string) (*impactList, error) {
	file, isFile := id.(segmentFile)
	if !isFile {
		return nil, nil
	}
	key := impactKey{segment: file, field: field, term: term}
	c.mu.Lock()
	e, ok := c.entries[key]
	if !ok {
		e = &impactEntry{key: key}
		c.entries[key] = e
	}
	c.mu.Unlock()
	e.once.Do(func() {
		e.list, e.err = buildImpactList(ss, field, term)
		c.mu.Lock()
		defer c.mu.Unlock()
		if e.err != nil {
			delete(c.entries, key)
			return
		}
		e.used = c.recent.PushFront(e)
		c.bytes += e.list.bytes
		c.evict()
	})
	if e.err != nil {
		return nil, e.err
	}
	c.mu.Lock()
	if e.used != nil && c.entries[key] == e {
		c.recent.MoveToFront(e.used)
	}
	c.mu.Unlock()
	return e.list, nil
}

// evict drops the least recently ranked lists until the cache is within
// its budget, keeping the newest whatever its size.
func (c *impactCache) evict() {
	for c.bytes > c.budget && c.recent.Len() > 1 {
		e := c.recent.Remove(c.recent.Back()).(*impactEntry)
		delete(c.entries, e.key)
		c.bytes -= e.list.bytes
	}
}

// rankImpacts offers top the best documents of a segment's impact list
// (numbered from base) among allowed, its live documents that pass the
// query's filters, in local numbers (nil: every document of the list).
// allowed is sparse when it holds few of the list: each pair is then
// intersected with it; else each pair is read through, passing over what
// allowed lacks. askAt is allowed, or the live postings when allowed is
// nil: it holds at least as many documents as the list has pairs.
//
// A pair's score does not depend on the document (rank_term.go), so the
// pairs not scored in earlier segments are asked of the oracle at
// successive documents of askAt, as its searcher needs them in order.
// Then the pairs are taken best first, each giving its documents in order
// until one cannot enter top, and the first pair that scores below the
// worst kept ends the ranking.
func rankImpacts(l *impactList, allowed, askAt *roaring.Bitmap, sparse bool, base uint64, oracle *scoreOracle, top *topHits) error {
	type scored struct {
		pair  *impactPair
		score float64
	}
	pairs := make([]scored, len(l.pairs))
	at := askAt.Iterator()
	for i := range l.pairs {
		p := &l.pairs[i]
		s, ok := oracle.lookup(p.freq, p.normBits)
		if !ok {
			if !at.HasNext() {
				return errRankMismatch // askAt is smaller than the caller said
			}
			var err error
			if s, err = oracle.ask(base+uint64(at.Next()), p.freq, p.norm, top); err != nil {
				return err
			}
			oracle.remember(p.freq, p.normBits, s)
		}
		pairs[i] = scored{p, s}
	}
	slices.SortFunc(pairs, func(a, b scored) int { return cmp.Compare(b.score, a.score) })
	for _, p := range pairs {
		if worst, full := top.worst(); full && p.score < worst {
			return nil // every pair left scores no better
		}
		docs := p.pair.docs.Iterator()
		if sparse {
			docs = roaring.And(p.pair.docs, allowed).Iterator()
		}
		for docs.HasNext() {
			d := docs.Next()
			if allowed != nil && !sparse && !allowed.Contains(d) {
				continue
			}
			h := rankedHit{doc: base + uint64(d), score: p.score}
			if !top.takes(h) {
				break // the pair's later documents rank after this one
			}
			top.offer(h)
		}
	}
	return nil
}
