package index

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sync"
)

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
//
// The update builds a new generation from the latest one (made by this
// process or another), and points CURRENT at it only once it is complete
// and on disk; this Index then reads it. Readers are never stopped: an
// update that fails, is cancelled or is killed leaves the last complete
// generation as it was. Another process updating the index meanwhile is
// an error wrapping ErrBusy.
func (ix *Index) UpdateReporting(ctx context.Context, inputs []Input, report func(Progress)) (UpdateStats, error) {
	if report == nil {
		report = func(Progress) {}
	}
	ix.updating.Lock()
	defer ix.updating.Unlock()
	unlock, err := lockWriter(ix.dir)
	if err != nil {
		return UpdateStats{}, err
	}
	defer unlock()
	base, err := ix.updateBase(ctx)
	if err != nil {
		return UpdateStats{}, err
	}
	var releaseBase sync.Once
	defer releaseBase.Do(func() { ix.release(base) })
	if err := removeUnused(ix.dir, base.n); err != nil {
		return UpdateStats{}, err
	}
	if err := removeLegacyLayout(ix.dir); err != nil {
		return UpdateStats{}, err
	}
	w, err := newGenerationWriter(ix.dir, base, ix.external, ix.externalFresh)
	if err != nil {
		return UpdateStats{}, err
	}
	stats, m, failures, err := w.apply(ctx, base, inputs, report)
	if err == nil {
		err = w.commit(ctx, m)
	}
	if err != nil {
		return stats, w.abandon(err)
	}
	next, _, err := openGeneration(ctx, ix.dir, base, ix.external)
	if err != nil {
		return stats, err
	}
	ix.externalFresh = false
	if w.sources.all {
		next.model = m
	} else {
		// The whole model is built on first use, from the base's when a
		// reader built it and from the saved steps.
		next.prevModel = base.modelIfBuilt()
	}
	ix.swap(next)
	// The base goes now unless a reader (of this process or another)
	// still holds it; then the next update removes it.
	releaseBase.Do(func() { ix.release(base) })
	if err := removeUnused(ix.dir, next.n); err != nil {
		return stats, err
	}
	return stats, errors.Join(failures...)
}

// updateBase is the generation an update starts from, held until
// release: the latest one, whoever made it. One that cannot be read (written
// with another mapping version, damaged) gives an empty base numbered
// after it, so that the update rebuilds the index rather than refuse to.
func (ix *Index) updateBase(ctx context.Context) (*generation, error) {
	_, err := ix.Refresh(ctx)
	if err == nil {
		return ix.acquire()
	}
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	gens, gerr := generations(ix.dir)
	if gerr != nil {
		return nil, errors.Join(err, gerr)
	}
	g := &generation{recs: map[string]*actRecord{}, refs: 1}
	if len(gens) > 0 {
		g.n = gens[len(gens)-1]
	}
	return g, nil
}

// removeLegacyLayout removes the index of the layout before generations
// (DIR/bleve and DIR/acts), which the first update replaces.
func removeLegacyLayout(dir string) error {
	for _, name := range []string{bleveFolder, actsFolder} {
		if err := os.RemoveAll(filepath.Join(dir, name)); err != nil {
			return fmt.Errorf("index %s: remove the old layout: %w", dir, err)
		}
	}
	return nil
}

// generationWriter builds one generation.
type generationWriter struct {
	dir     string // the index folder
	n       uint64
	gen     string
	backend genBackend // writable
	records recordStore
	// fresh says the new generation starts empty (no base, or a base
	// written with another mapping version, or damaged): every act is
	// indexed.
	fresh bool
	// sources are those whose lineage the update works out: the model
	// apply returns covers them only, unless all.
	sources sourceSet
}

// newGenerationWriter starts generation base.n+1 as a clone of base, or
// empty when base is empty or cannot be used.
func newGenerationWriter(dir string, base *generation, external Backend, externalFresh bool) (*generationWriter, error) {
	w := &generationWriter{dir: dir, n: base.n + 1}
	w.gen = genDir(dir, w.n)
	w.records = recordStore{dir: filepath.Join(w.gen, actsFolder)}
	if err := os.RemoveAll(w.gen); err != nil { // a crash's remains
		return nil, fmt.Errorf("index %s: %w", w.gen, err)
	}
	if external != nil {
		// The documents go to the shared backend as they are written (an
		// update there is not isolated from readers as a bleve generation
		// is); the records and the lineage are a generation as always.
		w.backend, w.fresh = sharedBackend{external}, externalFresh || base.n == 0
		if base.n > 0 && !externalFresh {
			if err := cloneGeneration(genDir(dir, base.n), w.gen); err != nil {
				os.RemoveAll(w.gen)
				return nil, fmt.Errorf("index %s: start %s from %s: %w", dir, genName(w.n), genName(base.n), err)
			}
			return w, nil
		}
		if err := os.MkdirAll(w.gen, 0o755); err != nil {
			return nil, fmt.Errorf("index %s: %w", w.gen, err)
		}
		return w, nil
	}
	if base.backend != nil {
		if err := cloneGeneration(genDir(dir, base.n), w.gen); err != nil {
			os.RemoveAll(w.gen)
			return nil, fmt.Errorf("index %s: start %s from %s: %w", dir, genName(w.n), genName(base.n), err)
		}
		b, err := openBleveWritable(filepath.Join(w.gen, bleveFolder))
		if err == nil {
			w.backend = b
			return w, nil
		}
		// Written with another mapping version, or unreadable: the
		// index is derived data, rebuilt from the corpus.
		if err := os.RemoveAll(w.gen); err != nil {
			return nil, fmt.Errorf("index %s: %w", w.gen, err)
		}
	}
	w.fresh = true
	if err := os.MkdirAll(w.gen, 0o755); err != nil {
		return nil, fmt.Errorf("index %s: %w", w.gen, err)
	}
	b, err := createBleve(filepath.Join(w.gen, bleveFolder))
	if err != nil {
		os.RemoveAll(w.gen)
		return nil, err
	}
	w.backend = b
	return w, nil
}

// apply writes the changes of inputs against the records of the base.
func (w *generationWriter) apply(ctx context.Context, baseGen *generation, inputs []Input, report func(Progress)) (UpdateStats, *model, []error, error) {
	fresh, base := w.fresh, baseGen.recs
	stats := UpdateStats{Rebuilt: fresh}
	var failures []error
	recs := maps.Clone(base)
	if fresh {
		recs = map[string]*actRecord{}
	}
	changed := map[string]bool{}
	var stale []string // ids of documents that a new extraction no longer has
	offered := map[string]bool{}
	for i, in := range inputs {
		if err := ctx.Err(); err != nil {
			return stats, nil, nil, err
		}
		if i > 0 {
			report(Progress{Stage: StageRead, Done: i, Total: len(inputs)})
		}
		offered[in.Act.ID] = true
		old := recs[in.Act.ID]
		if old != nil && old.Digest == in.Digest {
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
			if fresh && base[in.Act.ID] != nil {
				// Rebuilding: keep what the base had of it.
				recs[in.Act.ID] = base[in.Act.ID]
				changed[in.Act.ID] = true
			}
			continue
		}
		rec := newActRecord(in.Act, in.Digest, res)
		if old != nil {
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
			stale = append(stale, rec.documentIDs()...)
			delete(recs, id)
		}
	}
	stats.Removed = len(removed)
	report(Progress{Stage: StageRead, Done: len(inputs), Total: len(inputs)})

	// Only the sources whose acts changed have their lineage worked out
	// again (a plan's revisions never span sources), reusing the base's
	// work without building its whole model: its model when a reader
	// already built it, else its saved steps. A base without its steps by
	// source has every source worked out.
	w.sources = allSources()
	if !fresh && baseGen.dir != "" && hasStepsBySource(baseGen.dir) {
		w.sources = sourceSet{}
		for id := range changed {
			w.sources.add(id)
		}
		for _, id := range removed {
			w.sources.add(id)
		}
	}
	var scoped []*actRecord
	for id, rec := range recs {
		if w.sources.holds(id) {
			scoped = append(scoped, rec)
		}
	}
	prev := baseGen.modelIfBuilt()
	var saved map[stepKey]*savedStep
	if prev == nil && baseGen.dir != "" {
		saved = loadSteps(baseGen.dir, w.sources)
	}
	m := updateModel(prev, saved, scoped)
	var docs []Document
	var dirty []*actRecord
	textBytes := 0 // of docs
	flush := func(force bool) error {
		if len(docs) == 0 || !force && !batchFull(len(docs), textBytes) {
			return nil
		}
		if err := w.backend.Index(ctx, docs); err != nil {
			return err
		}
		stats.Documents += len(docs)
		docs, textBytes = docs[:0], 0
		return nil
	}
	for i, id := range slices.Sorted(maps.Keys(recs)) {
		report(Progress{Stage: StageWrite, Done: i, Total: len(recs), Documents: stats.Documents + len(docs)})
		if !w.sources.holds(id) {
			continue // its source unchanged: its lineage too
		}
		rec := recs[id]
		objectives := []planObjective(nil)
		if rv := m.revisions[id]; rv != nil {
			objectives = rv.objectives // computed once, reused across updates
		}
		if !changed[id] && sameLineage(rec.Lineage, objectives, m.lineage) {
			continue
		}
		lineage := make(map[string]string, len(objectives))
		for _, o := range objectives {
			lineage[o.ID] = m.lineage[o.ID]
		}
		// A new copy: the base's records are read by its readers.
		cp := *rec
		rec = &cp
		recs[id] = rec
		rec.Lineage = lineage
		for _, d := range rec.documents() {
			docs, textBytes = append(docs, d), textBytes+len(d.Text)
		}
		dirty = append(dirty, rec)
		if err := flush(false); err != nil {
			return stats, nil, nil, err
		}
	}
	if err := flush(true); err != nil {
		return stats, nil, nil, err
	}
	report(Progress{Stage: StageWrite, Done: len(recs), Total: len(recs), Documents: stats.Documents})
	if len(stale) > 0 && !fresh {
		if err := w.backend.Delete(ctx, stale); err != nil {
			return stats, nil, nil, err
		}
	}
	for _, rec := range dirty {
		if err := ctx.Err(); err != nil {
			return stats, nil, nil, err
		}
		if err := w.records.save(rec); err != nil {
			return stats, nil, nil, err
		}
	}
	for _, id := range removed {
		if err := w.records.remove(id); err != nil {
			return stats, nil, nil, err
		}
	}
	return stats, m, failures, nil
}

// sameLineage says whether a record's chains (had) are those the model
// gives its objectives, without building the map of the new ones.
func sameLineage(had map[string]string, objectives []planObjective, lineage map[string]string) bool {
	if len(had) != len(objectives) {
		return false
	}
	for _, o := range objectives {
		if v, ok := had[o.ID]; !ok || v != lineage[o.ID] {
			return false
		}
	}
	return true
}

// commit makes the generation, with the links of its lineage m (of the
// sources the update worked out), durable and points CURRENT at it.
func (w *generationWriter) commit(ctx context.Context, m *model) error {
	if err := saveSteps(w.gen, m, w.sources); err != nil {
		return err
	}
	if err := w.backend.Flush(ctx); err != nil {
		return err
	}
	b := w.backend
	w.backend = nil
	if err := b.closeWithin(closeTimeout); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(w.gen, leaseFile), nil, 0o644); err != nil {
		return fmt.Errorf("index %s: %w", w.gen, err)
	}
	if err := syncGeneration(w.gen); err != nil {
		return fmt.Errorf("index %s: %w", w.gen, err)
	}
	if err := syncPath(w.dir); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return writeCurrent(w.dir, w.n)
}

// abandon removes the unfinished generation after err, which it returns
// (with the reason the removal failed, if it did).
func (w *generationWriter) abandon(err error) error {
	if w.backend != nil {
		w.backend.closeWithin(closeTimeout)
	}
	if rerr := os.RemoveAll(w.gen); rerr != nil {
		return errors.Join(err, fmt.Errorf("index %s: remove the unfinished generation: %w", w.gen, rerr))
	}
	return err
}
