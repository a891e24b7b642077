package index

import (
	"fmt"
	"maps"
	"strings"
	"sync"

	"github.com/RoaringBitmap/roaring/v2"
)

// A reader paging through a query asks every page for the same matches
// and the same facet counts; only the page's hits differ. So the bitmaps
// of an index snapshot keep the matches of the queries last asked of
// them, with their facet counts as they are counted: the next page of a
// query ranks its hits, and no more. A new snapshot starts with none.

// maxCachedQueries bounds the queries whose matches a snapshot keeps (a
// match set is at most an eighth of a byte a document).
const maxCachedQueries = 64

// matchCache is the matches of the queries asked of one snapshot.
type matchCache struct {
	mu    sync.Mutex
	byKey map[string]*queryMatches
}

// queryMatches is what one query matches and its facet counts. The
// bitmap and the counts are only read once made.
type queryMatches struct {
	docs   *roaring.Bitmap
	mu     sync.Mutex
	facets map[string]map[string]int // facet -> value -> count
}

// matchKey is what decides a request's matches: its query string, its
// filters, the acts it leaves out and the documents it is narrowed to;
// not its page, sort or highlighting.
func matchKey(req Request) string {
	return fmt.Sprintf("%q %q %q %q", strings.TrimSpace(req.Query), req.Filters(), req.superseded, req.ids)
}

// get is the matches of key, nil when not kept.
func (c *matchCache) get(key string) *queryMatches {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.byKey[key]
}

// put keeps docs as the matches of key; past maxCachedQueries, the
// others are forgotten.
func (c *matchCache) put(key string, docs *roaring.Bitmap) *queryMatches {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.byKey == nil || len(c.byKey) >= maxCachedQueries {
		c.byKey = map[string]*queryMatches{}
	}
	m := &queryMatches{docs: docs}
	c.byKey[key] = m
	return m
}

// counts is the facet's counts over the matches, counted on bm the first
// time; a copy, the caller's to change.
func (m *queryMatches) counts(bm *bitmaps, facet string, size int) map[string]int {
	m.mu.Lock()
	defer m.mu.Unlock()
	counts, ok := m.facets[facet]
	if !ok {
		counts = bm.counts(m.docs, facet, size)
		if m.facets == nil {
			m.facets = map[string]map[string]int{}
		}
		m.facets[facet] = counts
	}
	return maps.Clone(counts)
}
