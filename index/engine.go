package index

// The embedded index on disk, spoken to through scorch and bleve's search
// packages rather than bleve's top-level package. Importing that package
// linked, and initialised in every albo command (`albo extract` and
// `albo version` included), bleve's other kind of index (upsidedown, with
// protobuf, which reads the running binary at init, and BoltDB and
// in-memory stores), an expvar registry and four analysis workers: some
// 2 MiB of the peak RSS of any albo process (albo version 15.7 -> 13.9
// MiB, albo extract of a one-page act 19.5 -> 17.4, GNU time) and about
// 0.5 ms of its CPU (perf stat, runs interleaved). What albo
// asks of it is small: create and open an index, write batches, and rank
// the hits of a query, which bleve's collector does here as it does there.
// The files are bleve's, so either reads what the other wrote
// (TestEngineAndBleveShareTheirFiles).

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"sync"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/collector"
	"github.com/blevesearch/bleve/v2/search/query"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// engine is one scorch index and the mapping its documents were written
// with. Once closed, it refuses what scorch would answer with a nil
// snapshot or a panic; a snapshot opened before stays readable until it
// is closed itself.
type engine struct {
	mapping mapping.IndexMapping
	scorch  *scorch.Scorch
	mu      sync.RWMutex // held for writing by Close
	closed  bool
}

// errEngineClosed is the use of an index after its Close.
var errEngineClosed = errors.New("the index is closed")

const (
	// metaFile records, beside the store, what kind of index the folder
	// holds, as bleve writes it.
	metaFile = "index_meta.json"
	// metaStorage is the storage bleve records for a scorch index, which
	// scorch does not read.
	metaStorage = "boltdb"
)

// mappingKey is the internal key under which bleve keeps an index's
// mapping, as JSON; bleve refuses to open an index without it.
var mappingKey = []byte("_mapping")

// indexMeta is the content of metaFile.
type indexMeta struct {
	Storage   string         `json:"storage"`
	IndexType string         `json:"index_type"`
	Config    map[string]any `json:"config,omitempty"`
}

// analysisQueue analyses the documents of every batch written in the
// process, with as many workers as bleve gives its own.
var analysisQueue = sync.OnceValue(func() *bleveindex.AnalysisQueue { return bleveindex.NewAnalysisQueue(4) })

// createEngine creates an empty index in the folder path, which must not
// hold one, with mapping m and scorch's settings config.
func createEngine(path string, m mapping.IndexMapping, config map[string]any) (*engine, error) {
	if err := m.Validate(); err != nil {
		return nil, fmt.Errorf("mapping: %w", err)
	}
	mappingJSON, err := json.Marshal(m)
	if err != nil {
		return nil, fmt.Errorf("mapping: %w", err)
	}
	meta, err := json.Marshal(indexMeta{Storage: metaStorage, IndexType: scorch.Name, Config: config})
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(path, 0o700); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(filepath.Join(path, metaFile), os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
	if err != nil {
		return nil, err
	}
	_, err = f.Write(meta)
	if err := errors.Join(err, f.Close()); err != nil {
		return nil, err
	}
	config = maps.Clone(config)
	config["path"], config["create_if_missing"], config["error_if_exists"] = storePath(path), true, true
	e, err := startEngine(m, config)
	if err != nil {
		return nil, err
	}
	if err := e.scorch.SetInternal(mappingKey, mappingJSON); err != nil {
		e.scorch.Close()
		return nil, err
	}
	return e, nil
}

// openEngine opens the index in the folder path with mapping m, scorch's
// settings recorded at its creation overridden by config.
func openEngine(path string, m mapping.IndexMapping, config map[string]any) (*engine, error) {
	raw, err := os.ReadFile(filepath.Join(path, metaFile))
	if err != nil {
		return nil, err
	}
	var meta indexMeta
	if err := json.Unmarshal(raw, &meta); err != nil {
		return nil, fmt.Errorf("%s: %w", metaFile, err)
	}
	if meta.IndexType != scorch.Name {
		return nil, fmt.Errorf("%s: an index of kind %q, not %s", metaFile, meta.IndexType, scorch.Name)
	}
	settings := maps.Clone(meta.Config)
	if settings == nil {
		settings = map[string]any{}
	}
	maps.Copy(settings, config)
	settings["path"], settings["create_if_missing"], settings["error_if_exists"] = storePath(path), false, false
	return startEngine(m, settings)
}

// startEngine opens scorch with config.
func startEngine(m mapping.IndexMapping, config map[string]any) (*engine, error) {
	idx, err := scorch.NewScorch(metaStorage, config, analysisQueue())
	if err != nil {
		return nil, err
	}
	if err := idx.Open(); err != nil {
		return nil, err
	}
	return &engine{mapping: m, scorch: idx.(*scorch.Scorch)}, nil
}

// Mapping is the mapping the index's documents are written with.
func (e *engine) Mapping() mapping.IndexMapping { return e.mapping }

// Batch writes a batch.
func (e *engine) Batch(b *bleveindex.Batch) error {
	e.mu.RLock()
	defer e.mu.RUnlock()
	if e.closed {
		return errEngineClosed
	}
	return e.scorch.Batch(b)
}

// snapshot opens the index's newest snapshot, which the caller closes.
func (e *engine) snapshot() (*scorch.IndexSnapshot, error) {
	e.mu.RLock()
	defer e.mu.RUnlock()
	if e.closed {
		return nil, errEngineClosed
	}
	r, err := e.scorch.Reader()
	if err != nil {
		return nil, err
	}
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok || snap == nil {
		return nil, errors.New("scorch gave no snapshot")
	}
	return snap, nil
}

// GetInternal reads a value the index keeps beside its documents.
func (e *engine) GetInternal(key []byte) ([]byte, error) {
	snap, err := e.snapshot()
	if err != nil {
		return nil, err
	}
	v, err := snap.GetInternal(key)
	return v, errors.Join(err, snap.Close())
}

// forceMerge merges the index's segments by plan.
func (e *engine) forceMerge(ctx context.Context, plan *mergeplan.MergePlanOptions) error {
	e.mu.RLock()
	defer e.mu.RUnlock()
	if e.closed {
		return errEngineClosed
	}
	return e.scorch.ForceMerge(ctx, plan)
}

// Close closes the index; closing it again does nothing.
func (e *engine) Close() error {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.closed {
		return nil
	}
	e.closed = true
	return e.scorch.Close()
}

// topHits ranks the matches of q in r by score, best first, as bleve
// ranks a search request's: the page of limit hits after offset, and how
// many match. With locations, each hit carries where its terms are, for
// highlighting.
func (e *engine) topHits(ctx context.Context, r bleveindex.IndexReader, q query.Query, limit, offset int, locations bool) (search.DocumentMatchCollection, uint64, error) {
	// The callbacks and counter bleve installs: the scoring model of a
	// mapping that names none, and the bound on the term searchers one
	// query may open.
	ctx = context.WithValue(ctx, search.GetScoringModelCallbackKey,
		search.GetScoringModelCallbackFn(func() string { return bleveindex.DefaultScoringModel }))
	ctx = search.ContextWithTermSearchersCounter(ctx)
	searcher, err := q.Searcher(ctx, r, e.mapping, search.SearcherOptions{IncludeTermVectors: locations})
	if err != nil {
		return nil, 0, err
	}
	defer searcher.Close()
	coll := collector.NewTopNCollector(limit, offset, search.SortOrder{&search.SortScore{Desc: true}})
	if err := coll.Collect(ctx, searcher, r); err != nil {
		return nil, 0, err
	}
	return coll.Results(), coll.Total(), nil
}
