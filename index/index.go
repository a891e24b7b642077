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
)

// ErrNotFound is returned when an id names nothing in the index.
var ErrNotFound = errors.New("not found")

// batchSize is how many documents go to the backend at once: large enough
// to amortise a segment, small enough to bound memory.
const batchSize = 2000

// Index is the search index of one corpus and the plan revisions it holds.
// It is safe for concurrent use; Update excludes the other methods.
type Index struct {
	dir     string
	backend Backend
	records recordStore

	mu sync.RWMutex
	// fresh says the backend holds nothing yet (created, or rebuilt for a
	// new mapping version): the next Update indexes every act.
	fresh bool
	recs  map[string]*actRecord
	model *model // built on first use after an Update
	// Warnings are problems met on Open that did not stop it (an
	// unreadable record, whose act is indexed again on the next Update).
	Warnings []error
}

// Open opens (creating it if needed) the index in dir, normally the corpus's
// "index" folder. An index written with another mapping version is
// emptied, and the next Update rebuilds it.
func Open(ctx context.Context, dir string) (*Index, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("index %s: %w", dir, err)
	}
	b, fresh, err := openBleve(filepath.Join(dir, "bleve"))
	if err != nil {
		return nil, err
	}
	ix, err := openWith(ctx, dir, b, fresh)
	if err != nil {
		b.Close()
		return nil, err
	}
	return ix, nil
}

// openWith opens the index's records in dir beside a backend.
func openWith(ctx context.Context, dir string, b Backend, fresh bool) (*Index, error) {
	store := recordStore{dir: filepath.Join(dir, "acts")}
	recs, skipped, err := store.load(ctx)
	if err != nil {
		return nil, err
	}
	if fresh && len(recs) > 0 {
		skipped = append(skipped, fmt.Errorf("index %s: emptied (new layout, or damaged): searches find nothing until the next update", dir))
	}
	return &Index{dir: dir, backend: b, records: store, fresh: fresh, recs: recs, Warnings: skipped}, nil
}

// Update indexes the acts offered whose digest changed, drops the acts no
// longer offered, and recomputes the lineage across plan revisions,
// rewriting the objectives whose chain changed. An act whose Load fails
// keeps what was indexed of it; the failures come back joined in the error,
// one per act, after the rest was indexed.
func (ix *Index) Update(ctx context.Context, inputs []Input) (UpdateStats, error) {
	return ix.UpdateReporting(ctx, inputs, nil)
}

// Stages of an Update, as Progress reports them.
const (
	StageRead  = "read"  // loading the extractions of the acts offered
	StageWrite = "write" // writing the documents of the acts that changed
)

// Progress is how far an Update has gone: Done of Total acts through the
// Stage, and the documents written so far.
type Progress struct {
	Stage     string `json:"stage"`
	Done      int    `json:"done"`
	Total     int    `json:"total"`
	Documents int    `json:"documents"`
}

// UpdateReporting is Update calling report (when not nil) after each act
// of each stage, from the calling goroutine.
func (ix *Index) UpdateReporting(ctx context.Context, inputs []Input, report func(Progress)) (UpdateStats, error) {
	if report == nil {
		report = func(Progress) {}
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	stats := UpdateStats{Rebuilt: ix.fresh}
	var failures []error
	recs := maps.Clone(ix.recs)
	changed := map[string]bool{}
	var stale []string // ids of documents that a new extraction no longer has
	offered := map[string]bool{}
	for i, in := range inputs {
		if err := ctx.Err(); err != nil {
			return stats, err
		}
		if i > 0 {
			report(Progress{Stage: StageRead, Done: i, Total: len(inputs)})
		}
		offered[in.Act.ID] = true
		old := recs[in.Act.ID]
		if !ix.fresh && old != nil && old.Digest == in.Digest {
			stats.Unchanged++
			continue
		}
		res, err := in.Load(ctx)
		if err == nil && res == nil {
			err = errors.New("no extraction")
		}
		if err != nil {
			stats.Failed++
			failures = append(failures, fmt.Errorf("act %s: %w", in.Act.ID, err))
			continue
		}
		rec := newActRecord(in.Act, in.Digest, res)
		if old != nil && !ix.fresh {
			keep := map[string]bool{}
			for _, id := range rec.documentIDs() {
				keep[id] = true
			}
			for _, id := range old.documentIDs() {
				if !keep[id] {
					stale = append(stale, id)
				}
			}
		}
		recs[in.Act.ID] = rec
		changed[in.Act.ID] = true
		stats.Indexed++
	}
	var removed []string
	for id, rec := range recs {
		if !offered[id] {
			removed = append(removed, id)
			if !ix.fresh {
				stale = append(stale, rec.documentIDs()...)
			}
			delete(recs, id)
		}
	}
	stats.Removed = len(removed)
	report(Progress{Stage: StageRead, Done: len(inputs), Total: len(inputs)})

	m := buildModel(slices.Collect(maps.Values(recs)))
	var docs []Document
	var dirty []*actRecord
	flush := func(force bool) error {
		if len(docs) == 0 || (!force && len(docs) < batchSize) {
			return nil
		}
		if err := ix.backend.Index(ctx, docs); err != nil {
			return err
		}
		stats.Documents += len(docs)
		docs = docs[:0]
		return nil
	}
	for i, id := range slices.Sorted(maps.Keys(recs)) {
		report(Progress{Stage: StageWrite, Done: i, Total: len(recs), Documents: stats.Documents + len(docs)})
		rec := recs[id]
		lineage := map[string]string{}
		for _, o := range rec.objectives() {
			lineage[o.ID] = m.lineage[o.ID]
		}
		if !changed[id] && !ix.fresh && maps.Equal(rec.Lineage, lineage) {
			continue
		}
		if !changed[id] {
			// Only the chains moved: a new copy, so that the records in
			// use stay as indexed until the update succeeds.
			cp := *rec
			rec = &cp
			recs[id] = rec
		}
		rec.Lineage = lineage
		docs = append(docs, rec.documents()...)
		dirty = append(dirty, rec)
		if err := flush(false); err != nil {
			return stats, err
		}
	}
	if err := flush(true); err != nil {
		return stats, err
	}
	report(Progress{Stage: StageWrite, Done: len(recs), Total: len(recs), Documents: stats.Documents})
	if len(stale) > 0 {
		if err := ix.backend.Delete(ctx, stale); err != nil {
			return stats, err
		}
	}
	if err := ix.backend.Flush(ctx); err != nil {
		return stats, err
	}
	// Records last: a crash before this point leaves old digests, so the
	// next Update redoes the work.
	for _, rec := range dirty {
		if err := ix.records.save(rec); err != nil {
			return stats, err
		}
	}
	for _, id := range removed {
		if err := ix.records.remove(id); err != nil {
			return stats, err
		}
	}
	ix.recs, ix.model, ix.fresh = recs, m, false
	return stats, errors.Join(failures...)
}

// Search answers a request. The directorate filter matches every spelling
// of the name the documents use ("Direzione Casa" is "DIREZIONE CASA").
func (ix *Index) Search(ctx context.Context, req Request) (*Response, error) {
	if req.Group || req.Latest {
		return ix.searchGrouped(ctx, req)
	}
	return ix.search(ctx, req)
}

func (ix *Index) search(ctx context.Context, req Request) (*Response, error) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if req.Directorate != "" {
		req.DirectorateSpellings = ix.spellings(req.Directorate)
	}
	return ix.backend.Search(ctx, req)
}

// spellings are the directorate names of the indexed documents that name
// the same directorate as name.
func (ix *Index) spellings(name string) []string {
	key := directorateKey(name)
	seen := map[string]bool{name: true}
	out := []string{name}
	for _, rec := range ix.recs {
		for _, d := range rec.directorateNames() {
			if !seen[d] && directorateKey(d) == key {
				seen[d] = true
				out = append(out, d)
			}
		}
	}
	return out
}

// Get returns one document by id (an objective, a change record or an act).
func (ix *Index) Get(ctx context.Context, id string) (*Hit, error) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	actID := id
	for _, sep := range []string{"/objective/", "/change/"} {
		if before, _, ok := strings.Cut(id, sep); ok {
			actID = before
			break
		}
	}
	rec := ix.recs[actID]
	if rec == nil {
		return nil, fmt.Errorf("document %s: %w", id, ErrNotFound)
	}
	for _, d := range rec.documents() {
		if d.ID == id {
			h := hitOfDocument(d)
			return &h, nil
		}
	}
	return nil, fmt.Errorf("document %s: %w", id, ErrNotFound)
}

func hitOfDocument(d Document) Hit {
	return Hit{ID: d.ID, Type: d.Type, Act: ActRef{ID: d.ActID, Organ: d.Organ, Number: d.Number, Date: d.Date},
		Directorate: d.Directorate, DirectoratePrinted: d.DirectoratePrinted, Director: d.Director,
		Year: d.Year, Section: d.Section, Kind: d.Kind, Text: d.Text, Page: d.Page, Lineage: d.Lineage}
}

// currentModel returns the lineage model, building it after Open.
func (ix *Index) currentModel() *model {
	ix.mu.RLock()
	m := ix.model
	ix.mu.RUnlock()
	if m != nil {
		return m
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.model == nil {
		ix.model = buildModel(slices.Collect(maps.Values(ix.recs)))
	}
	return ix.model
}

var lineagePattern = regexp.MustCompile(`^L[0-9a-f]{12}$`)

// History returns an objective across plan revisions. ref is a lineage id,
// an objective id, or a query whose best objective hit is followed.
func (ix *Index) History(ctx context.Context, ref string) (*History, error) {
	m := ix.currentModel()
	lineage := ""
	switch {
	case lineagePattern.MatchString(ref) && m.chains[ref] != nil:
		lineage = ref
	case m.lineage[ref] != "":
		lineage = m.lineage[ref]
	default:
		res, err := ix.Search(ctx, Request{Query: ref, Type: TypeObjective, Limit: 1})
		if err != nil {
			return nil, err
		}
		if len(res.Hits) == 0 || m.lineage[res.Hits[0].ID] == "" {
			return nil, fmt.Errorf("history of %q: no objective matches: %w", ref, ErrNotFound)
		}
		lineage = m.lineage[res.Hits[0].ID]
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
	m := ix.currentModel()
	out := &Transfers{Transfers: []Transfer{}, Contradictions: []Contradiction{}}
	for _, st := range m.steps {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		out.Transfers = append(out.Transfers, st.transfers(m.lineage)...)
		out.Contradictions = append(out.Contradictions, st.contradictions()...)
	}
	return out, nil
}

// Diff compares two revisions of a plan, given their act ids: what the
// later one added, removed, moved and retitled.
func (ix *Index) Diff(ctx context.Context, actA, actB string) (*Diff, error) {
	m := ix.currentModel()
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

// Close releases the index.
func (ix *Index) Close() error {
	return ix.backend.Close()
}
