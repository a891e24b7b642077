package web

import (
	"container/list"
	"context"
	"encoding/json"
	"strconv"
	"sync"
	"time"

	"github.com/openalbo/albo/index"
)

// answerTTL is how long an answer of the index is reused: answers change
// only when the index is updated, and a minute bounds how stale a page can
// be after an update.
const answerTTL = time.Minute

// transfersCache computes the transfers once for all the requests that
// arrive while it is computing and reuses them, arranged as a transferSet:
// computing them walks every plan revision, too slow to repeat for every
// page showing them. They are kept while the index's generation is the
// same (an index without generations: for answerTTL). Expiring them within
// a generation would hold every page showing them for the seconds they take
// at a million objectives, once a minute, to compute the same answer.
type transfersCache struct {
	mu  sync.Mutex
	at  time.Time
	gen uint64
	val *transferSet
}

func (c *transfersCache) get(ctx context.Context, ix Index) (*transferSet, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	gen, generations := generationOf(ctx, ix)
	if c.val != nil && c.gen == gen && (generations || time.Since(c.at) < answerTTL) {
		return c.val, nil
	}
	tr, err := ix.Transfers(ctx)
	if err != nil {
		return nil, err
	}
	c.val, c.at, c.gen = newTransferSet(tr), time.Now(), gen
	return c.val, nil
}

// prepare computes, for the index generation ctx pins, what its pages
// would otherwise compute for their first reader: the index's own
// preparation (index.Index.Prepare: the lineage, the objectives) and the
// transfers of every plan. At a million objectives that is 16 s (make
// bench: 11.6 s and 4.7 s) a server would make its first readers wait.
func (h *Handler) prepare(ctx context.Context) error {
	if p, ok := h.cfg.Index.(interface{ Prepare(context.Context) error }); ok {
		if err := p.Prepare(ctx); err != nil {
			return err
		}
	}
	_, err := h.transfers.get(ctx, h.cfg.Index)
	return err
}

// KeepPrepared prepares the generation served now (prepare), then every
// newer one, looking every interval, until ctx ends. A failure is logged;
// the pages then compute what they need, as without it. An index without
// generations is prepared once.
func (h *Handler) KeepPrepared(ctx context.Context, every time.Duration) {
	tick := time.NewTicker(every)
	defer tick.Stop()
	prepared, first := uint64(0), true
	for {
		pinned, release := pinGeneration(ctx, h.cfg.Index)
		gen, generations := generationOf(pinned, h.cfg.Index)
		if first || gen != prepared {
			if err := h.prepare(pinned); err != nil && ctx.Err() == nil {
				h.log.Warn("preparing the pages of a new index generation failed", "generation", gen, "err", err)
			}
			prepared, first = gen, false
		}
		release()
		if !generations {
			return
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// generationOf is the generation of the index the calls made with ctx
// read, when the index has generations (index.Index does; generations
// says so): an answer is reused only within the generation it came from,
// so that an update shows at once.
func generationOf(ctx context.Context, ix Index) (gen uint64, generations bool) {
	if g, ok := ix.(interface{ GenerationIn(context.Context) uint64 }); ok {
		return g.GenerationIn(ctx), true
	}
	return 0, false
}

// pinGeneration makes the index calls of one request read one generation
// of the index, when the index has generations; release ends it.
func pinGeneration(ctx context.Context, ix Index) (context.Context, func()) {
	if p, ok := ix.(interface {
		Pin(context.Context) (context.Context, func())
	}); ok {
		return p.Pin(ctx)
	}
	return ctx, func() {}
}

// DefaultSearchCache is the number of search answers kept by default.
const DefaultSearchCache = 1024

// searchCache keeps the answers to the most recent distinct searches for
// answerTTL. The site is read-only and readers repeat searches (the
// shared links, the feed readers polling a query, the facets clicked back
// and forth), while one search over a large index costs milliseconds of
// both cores. Answers are shared between requests and never modified.
type searchCache struct {
	mu      sync.Mutex
	max     int
	entries map[string]*list.Element
	lru     list.List // front: most recently used
	// pending are the searches being computed: the requests that ask the
	// same meanwhile wait for that answer instead of computing it again.
	pending map[string]*pendingSearch
}

type pendingSearch struct {
	done chan struct{}
	resp *index.Response
	err  error
}

type cachedSearch struct {
	key  string
	at   time.Time
	resp *index.Response
}

func newSearchCache(max int) *searchCache {
	return &searchCache{max: max, entries: map[string]*list.Element{}, pending: map[string]*pendingSearch{}}
}

// search answers req from the cache or the index. A nil cache always asks
// the index.
func (c *searchCache) search(ctx context.Context, ix Index, req index.Request) (*index.Response, error) {
	if c == nil {
		return ix.Search(ctx, req)
	}
	k, err := json.Marshal(req)
	if err != nil {
		return ix.Search(ctx, req)
	}
	gen, _ := generationOf(ctx, ix)
	key := strconv.FormatUint(gen, 10) + " " + string(k)
	c.mu.Lock()
	if e, ok := c.entries[key]; ok && time.Since(e.Value.(*cachedSearch).at) < answerTTL {
		c.lru.MoveToFront(e)
		resp := e.Value.(*cachedSearch).resp
		c.mu.Unlock()
		return resp, nil
	}
	if p, ok := c.pending[key]; ok {
		c.mu.Unlock()
		select {
		case <-p.done:
			return p.resp, p.err
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	p := &pendingSearch{done: make(chan struct{})}
	c.pending[key] = p
	c.mu.Unlock()

	p.resp, p.err = ix.Search(ctx, req)
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.pending, key)
	close(p.done)
	if p.err != nil {
		return nil, p.err
	}
	resp := p.resp
	if e, ok := c.entries[key]; ok {
		c.lru.Remove(e)
	}
	c.entries[key] = c.lru.PushFront(&cachedSearch{key: key, at: time.Now(), resp: resp})
	for c.lru.Len() > c.max {
		oldest := c.lru.Back()
		c.lru.Remove(oldest)
		delete(c.entries, oldest.Value.(*cachedSearch).key)
	}
	return resp, nil
}
