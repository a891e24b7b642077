package index

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// ErrNotFound is returned when an id names nothing in the index.
var ErrNotFound = errors.New("not found")

// batchSize is how many documents go to the backend at once, unless
// their text reaches batchTextBytes first: large enough to amortise a
// segment, small enough to bound memory. Each Index call builds a segment
// per processor, and smaller segments cost more merging and more lookups
// of the ids written before: a million objectives of the layer bench
// indexed at 10,900–12,500 a second (132–152 CPU-s, three runs) in
// batches of 10,000, at 9,900–10,500 (159–167 CPU-s, two runs) in
// batches of 2,000, peak RSS 3.8–4.0 GB against 3.6–4.0 GB.
const batchSize = 10000

// batchTextBytes bounds the text of a batch: the acts' documents hold
// their whole text, tens of kilobytes each, where an objective holds a
// line.
const batchTextBytes = 32 << 20

// batchFull reports whether a batch of n documents holding textBytes of
// text goes to the backend.
func batchFull(n, textBytes int) bool { return n >= batchSize || textBytes >= batchTextBytes }

// DefaultSearchTimeout bounds one search: past it the search is cancelled
// and fails with context.DeadlineExceeded, so that no query holds the
// processors for long.
const DefaultSearchTimeout = 3 * time.Second

// Index is the search index of one corpus and the plan revisions it holds.
// It reads one generation of the index folder (generation.go) and is safe
// for concurrent use: an Update builds the next generation beside it, then
// every later call reads the new one while the calls in flight finish on
// the old, which is closed after them.
type Index struct {
	dir string
	// SearchTimeout bounds each search (DefaultSearchTimeout when zero).
	SearchTimeout time.Duration
	// Warnings are problems met on Open or Refresh that did not stop it
	// (an unreadable record, whose act is indexed again on the next Update).
	Warnings []error

	mu  sync.Mutex
	cur *generation // nil once closed
	// updating serialises the Updates of this process; the writer's lock
	// serialises those of different processes.
	updating sync.Mutex

	// external is the backend every generation shares when the documents
	// live outside the index folder (an OpenSearch cluster), nil for the
	// embedded bleve index of each generation; externalFresh says it was
	// (re)created empty, so the next update indexes every act.
	external      Backend
	externalFresh bool
}

// genBackend is a generation's backend: its own bleve index, or the
// external backend every generation shares.
type genBackend interface {
	Backend
	closeWithin(time.Duration) error
}

// sharedBackend is the external backend as one generation sees it:
// closing the generation leaves it open for the next; the Index closes it.
type sharedBackend struct{ Backend }

func (sharedBackend) Close() error                    { return nil }
func (sharedBackend) closeWithin(time.Duration) error { return nil }

// generation is one complete state of the index, open for reading.
type generation struct {
	n       uint64
	dir     string
	backend genBackend // nil for the empty generation
	records recordStore
	recs    map[string]*actRecord
	files   map[string]recordFile // by name: what was read, for the next generation to reuse
	lease   *os.File
	refs    int // guarded by Index.mu; the Index holds one while current

	modelOnce sync.Once
	model     *model
	built     atomic.Bool // model is set
	// prevModel is the model of the generation read before, whose work
	// the model reuses; dropped once the model is built.
	prevModel *model

	spellingsOnce sync.Once
	byKey         map[string][]string // directorate names by directorateKey
}

// lineage returns the generation's lineage model, built on first use.
func (g *generation) lineage() *model {
	g.modelOnce.Do(func() {
		switch {
		case g.model != nil:
		case g.prevModel != nil:
			g.model = composeModel(g.prevModel, g.recs)
		default:
			var saved map[stepKey]*savedStep
			if g.n > 0 {
				saved = loadSteps(g.dir, allSources())
			}
			g.model = updateModel(nil, saved, slices.Collect(maps.Values(g.recs)))
		}
		g.prevModel = nil
		g.built.Store(true)
	})
	return g.model
}

// modelIfBuilt is the generation's model when it was built, else nil.
func (g *generation) modelIfBuilt() *model {
	if g.built.Load() {
		return g.model
	}
	return nil
}

func (g *generation) close() error {
	var err error
	if g.backend != nil {
		err = g.backend.Close()
	}
	if g.lease != nil {
		g.lease.Close()
	}
	return err
}

// Open opens the index in dir, normally the corpus's "index" folder, for
// reading the generation CURRENT names; read-only, so that any number of
// processes read while one updates. A folder without a complete
// generation is an empty index (Generation 0) that an Update fills.
func Open(ctx context.Context, dir string) (*Index, error) {
	ix := &Index{dir: dir}
	return ix, ix.open(ctx)
}

// open reads the generation CURRENT names as the index's first.
func (ix *Index) open(ctx context.Context) error {
	g, warnings, err := openGeneration(ctx, ix.dir, nil, ix.external)
	if err != nil {
		return err
	}
	g.refs = 1
	ix.cur, ix.Warnings = g, warnings
	return nil
}

// openGeneration opens the generation CURRENT names, reusing the records
// of prev that the new one shares with it (hard links of the same file).
func openGeneration(ctx context.Context, dir string, prev *generation, external Backend) (*generation, []error, error) {
	for attempt := 0; ; attempt++ {
		n, err := readCurrent(dir)
		if err != nil {
			return nil, nil, err
		}
		if n == 0 {
			g := &generation{recs: map[string]*actRecord{}}
			if external != nil {
				// No records yet, but the shared backend may hold what a
				// rebuild will replace: it is served meanwhile.
				g.backend = sharedBackend{external}
			}
			return g, nil, nil
		}
		lease, err := lockLease(dir, n)
		if errors.Is(err, errGenerationGone) && attempt < 10 {
			continue // replaced and removed meanwhile: read CURRENT again
		}
		if err != nil {
			return nil, nil, err
		}
		g, warnings, err := loadGeneration(ctx, dir, n, prev, external)
		if err != nil {
			lease.Close()
			return nil, nil, err
		}
		g.lease = lease
		return g, warnings, nil
	}
}

// loadGeneration opens generation n (whose lease the caller holds).
func loadGeneration(ctx context.Context, dir string, n uint64, prev *generation, external Backend) (*generation, []error, error) {
	gen := genDir(dir, n)
	g := &generation{n: n, dir: gen, records: recordStore{dir: filepath.Join(gen, actsFolder)}}
	var reuse map[string]recordFile
	if prev != nil {
		reuse = prev.files
	}
	recs, files, warnings, err := g.records.load(ctx, reuse)
	if err != nil {
		return nil, nil, err
	}
	g.recs, g.files = recs, files
	if external != nil {
		g.backend = sharedBackend{external}
		return g, warnings, nil
	}
	b, err := openBleveReadOnly(filepath.Join(gen, bleveFolder))
	if err != nil {
		return nil, nil, err
	}
	g.backend = b
	return g, warnings, nil
}

// acquire returns the current generation, held until release.
func (ix *Index) acquire() (*generation, error) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.cur == nil {
		return nil, fmt.Errorf("index %s: closed", ix.dir)
	}
	ix.cur.refs++
	return ix.cur, nil
}

// pinKey marks, in a context, the generation an Index's calls read.
type pinKey struct{ ix *Index }

// Pin holds the current generation for every call made with the returned
// context, until release: a page that asks several things (a search, then
// an objective's history) gets answers from one generation, even if an
// update is swapped in between.
func (ix *Index) Pin(ctx context.Context) (pinned context.Context, release func()) {
	g, err := ix.acquire()
	if err != nil {
		return ctx, func() {}
	}
	var once sync.Once
	return context.WithValue(ctx, pinKey{ix}, g), func() { once.Do(func() { ix.release(g) }) }
}

// acquireIn is acquire, of the generation pinned in ctx if there is one.
func (ix *Index) acquireIn(ctx context.Context) (*generation, error) {
	if g, ok := ctx.Value(pinKey{ix}).(*generation); ok {
		ix.mu.Lock()
		defer ix.mu.Unlock()
		g.refs++
		return g, nil
	}
	return ix.acquire()
}

// GenerationIn is the generation the calls made with ctx read: the one
// pinned in it, else the current one.
func (ix *Index) GenerationIn(ctx context.Context) uint64 {
	if g, ok := ctx.Value(pinKey{ix}).(*generation); ok {
		return g.n
	}
	return ix.Generation()
}

// release lets go of a generation; the last one out closes it, and says
// what closing it returned.
func (ix *Index) release(g *generation) error {
	ix.mu.Lock()
	g.refs--
	last := g.refs == 0
	ix.mu.Unlock()
	if last {
		return g.close()
	}
	return nil
}

// swap makes g the current generation; the previous one is closed when
// the calls reading it are done.
func (ix *Index) swap(g *generation) {
	ix.mu.Lock()
	old := ix.cur
	g.refs++
	ix.cur = g
	ix.mu.Unlock()
	if old != nil {
		ix.release(old)
	}
}

// Prepare works out, for the generation the calls made with ctx read,
// what the first grouped search or history would otherwise wait for: the
// lineage of every plan and the objectives its chains fold into (seconds
// at a million objectives). A server calls it for each generation it
// serves (web.Handler.KeepPrepared), beside the serving.
func (ix *Index) Prepare(ctx context.Context) error {
	g, err := ix.acquireIn(ctx)
	if err != nil {
		return err
	}
	defer ix.release(g)
	g.lineage().objectives()
	return ctx.Err()
}

// Generation is the number of the generation read; 0 before the first
// Update.
func (ix *Index) Generation() uint64 {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.cur == nil {
		return 0
	}
	return ix.cur.n
}

// Refresh reads the generation CURRENT names when it is newer than the one
// read (another process updated the index), and reports whether it did.
func (ix *Index) Refresh(ctx context.Context) (bool, error) {
	n, err := readCurrent(ix.dir)
	if err != nil {
		return false, err
	}
	cur, err := ix.acquire()
	if err != nil {
		return false, err
	}
	defer ix.release(cur)
	if n == cur.n {
		return false, nil
	}
	g, warnings, err := openGeneration(ctx, ix.dir, cur, ix.external)
	if err != nil {
		return false, err
	}
	g.prevModel = cur.modelIfBuilt()
	ix.mu.Lock()
	ix.Warnings = warnings
	ix.mu.Unlock()
	ix.swap(g)
	return true, nil
}

// FollowEvery is how often a server follows the index (Follow): looking
// at CURRENT is one small file read, so the wait an update adds before
// readers see it can be short.
const FollowEvery = 200 * time.Millisecond

// Follow refreshes the index every interval until ctx ends, so that a
// server shows what another process indexed; onError hears of the
// failures (the index keeps serving the generation it has).
func (ix *Index) Follow(ctx context.Context, every time.Duration, onError func(error)) {
	tick := time.NewTicker(every)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		if _, err := ix.Refresh(ctx); err != nil && ctx.Err() == nil && onError != nil {
			onError(err)
		}
	}
}

// Close releases the index; the generation read is closed when the calls
// reading it are done.
func (ix *Index) Close() error {
	ix.mu.Lock()
	g := ix.cur
	ix.cur = nil
	ix.mu.Unlock()
	if g == nil {
		return nil
	}
	err := ix.release(g)
	if ix.external != nil {
		err = errors.Join(err, ix.external.Close())
	}
	return err
}

// Search answers a request, within the SearchTimeout. The directorate
// filter matches every spelling of the name the documents use ("Direzione
// Casa" is "DIREZIONE CASA").
func (ix *Index) Search(ctx context.Context, req Request) (*Response, error) {
	g, err := ix.acquireIn(ctx)
	if err != nil {
		return nil, err
	}
	defer ix.release(g)
	if g.backend == nil {
		return emptyResponse(req), nil
	}
	if req.Group || req.Latest {
		return ix.searchGrouped(ctx, g, req)
	}
	return ix.searchOn(ctx, g, req)
}

// searchOn answers a request on generation g, a directorate filter
// matching every spelling of the name.
func (ix *Index) searchOn(ctx context.Context, g *generation, req Request) (*Response, error) {
	if req.Directorate != "" {
		req.DirectorateSpellings = g.spellings(req.Directorate)
	}
	return ix.searchIn(ctx, g, req)
}

// searchIn runs a search on generation g within the search timeout.
func (ix *Index) searchIn(parent context.Context, g *generation, req Request) (*Response, error) {
	timeout := ix.searchTimeout()
	ctx, cancel := context.WithTimeout(parent, timeout)
	defer cancel()
	res, err := g.backend.Search(ctx, req)
	return res, costError(parent, req, timeout, err)
}

// emptyResponse answers any request of an index with nothing in it.
func emptyResponse(req Request) *Response {
	out := &Response{Hits: []Hit{}}
	if len(req.Facets) > 0 {
		out.Facets = map[string]map[string]int{}
		for _, f := range req.Facets {
			out.Facets[f] = map[string]int{}
		}
	}
	return out
}

// spellings are the directorate names of the indexed documents that name
// the same directorate as name.
func (g *generation) spellings(name string) []string {
	out := []string{name}
	for _, d := range g.spellingsByKey()[directorateKey(name)] {
		if d != name {
			out = append(out, d)
		}
	}
	return out
}

// spellingsByKey groups the directorate names of the generation's
// documents by directorateKey, worked out once per generation rather than
// on every search filtered by directorate.
func (g *generation) spellingsByKey() map[string][]string {
	g.spellingsOnce.Do(func() {
		byName := map[string]string{} // name -> key, each name keyed once
		g.byKey = map[string][]string{}
		for _, rec := range g.recs {
			for _, d := range rec.directorateNames() {
				if _, ok := byName[d]; !ok {
					key := directorateKey(d)
					byName[d] = key
					g.byKey[key] = append(g.byKey[key], d)
				}
			}
		}
	})
	return g.byKey
}

// Get returns one document by id (an objective, a change record or an act).
func (ix *Index) Get(ctx context.Context, id string) (*Hit, error) {
	g, err := ix.acquireIn(ctx)
	if err != nil {
		return nil, err
	}
	defer ix.release(g)
	actID := id
	for _, sep := range []string{"/objective/", "/change/"} {
		if before, _, ok := strings.Cut(id, sep); ok {
			actID = before
			break
		}
	}
	rec := g.recs[actID]
	if rec == nil {
		return nil, fmt.Errorf("document %s: %w", id, ErrNotFound)
	}
	d, ok := rec.document(id)
	if !ok {
		return nil, fmt.Errorf("document %s: %w", id, ErrNotFound)
	}
	h := hitOfDocument(d)
	return &h, nil
}

func hitOfDocument(d Document) Hit {
	return Hit{ID: d.ID, Type: d.Type, Act: ActRef{ID: d.ActID, Organ: d.Organ, Number: d.Number, Date: d.Date},
		Directorate: d.Directorate, DirectoratePrinted: d.DirectoratePrinted, Director: d.Director,
		Year: d.Year, Section: d.Section, Kind: d.Kind, Text: d.Text, Page: d.Page, Lineage: d.Lineage}
}

var lineagePattern = regexp.MustCompile(`^L[0-9a-f]{12}$`)

// History returns an objective across plan revisions. ref is a lineage id,
// an objective id, or a query whose best objective hit is followed.
func (ix *Index) History(ctx context.Context, ref string) (*History, error) {
	g, err := ix.acquireIn(ctx)
	if err != nil {
		return nil, err
	}
	defer ix.release(g)
	m := g.lineage()
	lineage := ""
	switch {
	case lineagePattern.MatchString(ref) && m.chains[ref] != nil:
		lineage = ref
	case m.lineage[ref] != "":
		lineage = m.lineage[ref]
	case g.backend != nil:
		res, err := ix.searchIn(ctx, g, Request{Query: ref, Type: TypeObjective, Limit: 1})
		if err != nil {
			return nil, err
		}
		if len(res.Hits) > 0 {
			lineage = m.lineage[res.Hits[0].ID]
		}
	}
	if lineage == "" {
		return nil, fmt.Errorf("history of %q: no objective matches: %w", ref, ErrNotFound)
	}
	h := &History{Lineage: lineage, Revisions: []Revision{}}
	for _, e := range m.chains[lineage] {
		o := e.rev.objectives[e.obj]
		r := Revision{ID: o.ID, Act: e.rev.rec.Act, Directorate: o.Directorate,
			Director: o.Director, Year: o.Year, Section: o.Section, Text: o.Text, Page: o.Page}
		if l := e.link; l != nil {
			r.Evidence, r.Confidence = l.explain()
			r.Match, r.Ambiguous = l.match, l.ambiguous
		}
		h.Revisions = append(h.Revisions, r)
	}
	return h, nil
}

// Transfers lists every move of an objective between directorates, and
// the contradictions of the changes annexes, oldest revision first.
func (ix *Index) Transfers(ctx context.Context) (*Transfers, error) {
	g, err := ix.acquireIn(ctx)
	if err != nil {
		return nil, err
	}
	defer ix.release(g)
	return g.lineage().allTransfers(ctx)
}

// allTransfers lists the model's transfers and contradictions, worked out
// once per model (a generation's answer does not change); each caller
// gets its own Transfers, whose lists it must not change in place.
func (m *model) allTransfers(ctx context.Context) (*Transfers, error) {
	m.transfersMu.Lock()
	defer m.transfersMu.Unlock()
	if m.transfers == nil {
		out := &Transfers{Transfers: []Transfer{}, Contradictions: []Contradiction{}}
		for _, st := range m.steps {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			out.Transfers = append(out.Transfers, st.transfers(m.lineage)...)
			out.Contradictions = append(out.Contradictions, st.contradictions()...)
		}
		m.transfers = out
	}
	out := *m.transfers
	return &out, nil
}

// Diff compares two revisions of a plan, given their act ids: what the
// later one added, removed, moved and retitled.
func (ix *Index) Diff(ctx context.Context, actA, actB string) (*Diff, error) {
	g, err := ix.acquireIn(ctx)
	if err != nil {
		return nil, err
	}
	defer ix.release(g)
	m := g.lineage()
	a, b := m.revisions[actA], m.revisions[actB]
	for _, x := range []struct {
		id string
		rv *revision
	}{{actA, a}, {actB, b}} {
		if x.rv == nil {
			return nil, fmt.Errorf("diff: act %s has no plan in the index: %w", x.id, ErrNotFound)
		}
	}
	return m.diff(a, b), nil
}
