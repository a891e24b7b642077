package index

// The embedded backend's life: opening (read-only for readers, writable
// for the generation an update builds), writing in parallel batches,
// waiting for persistence with scorch's background failures heard, and
// closing within a bound.

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// mappingVersionKey is the internal key under which a bleve index records
// the MappingVersion it was written with.
var mappingVersionKey = []byte("albo.mapping_version")

// bleveBackend is the embedded Backend: one bleve (scorch) index on disk
// (engine.go).
type bleveBackend struct {
	idx  *engine
	path string
	// pending are signalled when the batches written are on disk.
	// Batches return once searchable ("unsafe_batch") rather than after
	// their own fsync, which made indexing ten times slower; Flush waits
	// for them.
	mu      sync.Mutex
	pending []chan error
	// failed is closed when scorch fails to persist in the background
	// (a full disk, an I/O error); failure says why. Scorch retries
	// forever, so Flush would otherwise wait forever.
	failed  chan struct{}
	failure error
	bitmaps bitmapCache
	// unmerged counts the documents written since the index was last
	// merged into one segment (compactAfter).
	unmerged atomic.Int64
}

// scorchConfig is the runtime configuration of every index opened, passed
// as a copy (configWith), to which each adds its own.
// bolt_timeout bounds the wait for a lock on the index, which only a
// damaged layout could make anyone wait for; background failures go to
// persistFailed.
var scorchConfig = map[string]interface{}{"unsafe_batch": true, "bolt_timeout": "3s",
	"asyncErrorCallbackName": asyncErrorCallback}

const asyncErrorCallback = "albo"

// writers are the writable backends by the path of their scorch store
// (storePath), for persistFailed.
var writers sync.Map // store path -> *bleveBackend

// storePath is where bleve keeps an index's scorch files, the path scorch
// names in its errors.
func storePath(path string) string { return filepath.Join(path, "store") }

func init() {
	scorch.RegistryAsyncErrorCallbacks[asyncErrorCallback] = persistFailed
}

// persistFailed hears of scorch's background errors: a failed persist
// fails the Flush waiting for it.
func persistFailed(err error, path string) {
	v, ok := writers.Load(path)
	if !ok {
		return
	}
	b := v.(*bleveBackend)
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.failure == nil {
		b.failure = err
		close(b.failed)
	}
}

// errOutdated is an index written with another MappingVersion.
var errOutdated = errors.New("written by another version of albo")

func newBleveBackend(idx *engine, path string) *bleveBackend {
	return &bleveBackend{idx: idx, path: path, failed: make(chan struct{})}
}

// configWith is a copy of scorchConfig with more settings.
func configWith(kv ...any) map[string]interface{} {
	c := maps.Clone(scorchConfig)
	for i := 0; i+1 < len(kv); i += 2 {
		c[kv[i].(string)] = kv[i+1]
	}
	return c
}

// checkVersion fails with errOutdated when idx was written with another
// MappingVersion.
func checkVersion(idx *engine, path string) error {
	v, err := idx.GetInternal(mappingVersionKey)
	if err != nil {
		return fmt.Errorf("index %s: %w", path, err)
	}
	if string(v) != MappingVersion {
		return fmt.Errorf("index %s: %w (mapping %q, this albo writes %q)", path, errOutdated, v, MappingVersion)
	}
	return nil
}

// openWithMapping opens the index at path with albo's mapping, which
// checkVersion then says it was written with.
func openWithMapping(path string, config map[string]any) (*engine, error) {
	m, err := newMapping()
	if err != nil {
		return nil, fmt.Errorf("mapping: %w", err)
	}
	return openEngine(path, m, config)
}

// openBleveReadOnly opens a complete generation's index for searching.
func openBleveReadOnly(path string) (*bleveBackend, error) {
	idx, err := openWithMapping(path, configWith("read_only", true))
	if err != nil {
		return nil, fmt.Errorf("index %s: %w", path, err)
	}
	if err := checkVersion(idx, path); err != nil {
		idx.Close()
		return nil, fmt.Errorf("%w: run 'albo index' to rebuild it", err)
	}
	return newBleveBackend(idx, path), nil
}

// openBleveWritable opens a new generation's clone of the previous one
// for writing.
func openBleveWritable(path string) (*bleveBackend, error) {
	idx, err := openWithMapping(path, configWith())
	if err != nil {
		return nil, fmt.Errorf("index %s: %w", path, err)
	}
	if err := checkVersion(idx, path); err != nil {
		idx.Close()
		return nil, err
	}
	b := newBleveBackend(idx, path)
	writers.Store(storePath(path), b)
	return b, nil
}

// createBleve creates an empty index at path, recording its MappingVersion;
// settings are scorch's, over albo's (configWith).
func createBleve(path string, settings ...any) (*bleveBackend, error) {
	m, err := newMapping()
	if err != nil {
		return nil, fmt.Errorf("index %s: mapping: %w", path, err)
	}
	idx, err := createEngine(path, m, configWith(settings...))
	if err != nil {
		return nil, fmt.Errorf("index %s: create: %w", path, err)
	}
	b := newBleveBackend(idx, path)
	writers.Store(storePath(path), b)
	batch := bleveindex.NewBatch()
	batch.SetInternal(mappingVersionKey, []byte(MappingVersion))
	if err := b.write(context.Background(), batch); err != nil {
		b.closeWithin(closeTimeout)
		return nil, fmt.Errorf("index %s: record mapping version: %w", path, err)
	}
	return b, nil
}

// OpenBleve opens the embedded backend at path for reading and writing,
// creating it when absent and emptying it when it was written with another
// MappingVersion or is damaged: a bare backend, without generations, for
// measurements and search-only deployments.
func OpenBleve(path string) (Backend, error) {
	if b, err := openBleveWritable(path); err == nil {
		return b, nil
	}
	if err := os.RemoveAll(path); err != nil {
		return nil, fmt.Errorf("index %s: remove outdated index: %w", path, err)
	}
	return createBleve(path)
}

// minParallelBatch is the fewest documents worth a batch of their own.
const minParallelBatch = 1000

// Index writes the documents in bleve batches, one per processor when
// there are enough: mapping a document and building a segment happen in
// the caller's goroutine, so one batch at a time leaves the other cores to
// the analysis alone. Many documents are a bulk load (startBulkLoad).
func (b *bleveBackend) Index(ctx context.Context, docs []Document) error {
	if len(docs) >= minParallelBatch {
		defer startBulkLoad()()
	}
	parts := max(1, min(runtime.GOMAXPROCS(0), len(docs)/minParallelBatch))
	errs := make([]error, parts)
	var wg sync.WaitGroup
	for p := range parts {
		chunk := docs[p*len(docs)/parts : (p+1)*len(docs)/parts]
		wg.Go(func() {
			batch := bleveindex.NewBatch()
			builder, err := newDocumentBuilder(b.idx.Mapping())
			if err != nil {
				errs[p] = fmt.Errorf("index %s: %w", b.path, err)
				return
			}
			for i := range chunk {
				d := &chunk[i]
				if d.ID == "" {
					errs[p] = fmt.Errorf("index %s: a document without an id", b.path)
					return
				}
				batch.Update(builder.document(d))
			}
			errs[p] = b.write(ctx, batch)
		})
	}
	wg.Wait()
	b.unmerged.Add(int64(len(docs)))
	return errors.Join(errs...)
}

// write applies a batch and notes when it will be persisted.
func (b *bleveBackend) write(ctx context.Context, batch *bleveindex.Batch) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	persisted := make(chan error, 1)
	batch.SetPersistedCallback(func(err error) { persisted <- err })
	if err := b.idx.Batch(batch); err != nil {
		return fmt.Errorf("index %s: write batch: %w", b.path, err)
	}
	b.mu.Lock()
	b.pending = append(b.pending, persisted)
	b.mu.Unlock()
	return nil
}

// compactAfter is how many documents written since the last compaction
// make Flush merge the index into one segment: a bulk load leaves a tier
// of segments, and every term a query reads is looked up and iterated in
// each (100k objectives: 11 segments; one cut the CPU of the site's
// searches by a seventh, for 0.4 CPU-s of merging).
const compactAfter = 10_000

// oneSegment is scorch's plan for a single segment, in one merge of every
// segment: its own merges ten at a time and leaves the last merges'
// results side by side (100k objectives: two).
var oneSegment = func() mergeplan.MergePlanOptions {
	o := mergeplan.SingleSegmentMergePlanOptions
	o.SegmentsPerMergeTask = 1 << 20
	return o
}()

// Flush waits until the batches written are on disk, or scorch failed to
// write them, or ctx ends; after a bulk load, it first merges the index
// into one segment, on disk too.
func (b *bleveBackend) Flush(ctx context.Context) error {
	if err := b.persist(ctx); err != nil {
		return err
	}
	if b.unmerged.Load() < compactAfter {
		return nil
	}
	if err := b.idx.forceMerge(ctx, &oneSegment); err != nil {
		return fmt.Errorf("index %s: merge: %w", b.path, err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	// The merged index is on disk once a batch written after it is.
	// scorch keeps the snapshot before the last on disk too, and removes
	// the files of older ones once idle: after a second batch, the files
	// of the segments merged go, which is waited for.
	for range 2 {
		batch := bleveindex.NewBatch()
		batch.SetInternal(mappingVersionKey, []byte(MappingVersion))
		if err := b.write(ctx, batch); err != nil {
			return err
		}
		if err := b.persist(ctx); err != nil {
			return err
		}
	}
	b.unmerged.Store(0)
	return b.awaitSegmentFiles(ctx, 1, compactCleanupWait)
}

// compactCleanupWait bounds the wait for scorch to remove the files of
// the segments merged; past it they are left for the next writer to
// remove.
const compactCleanupWait = 3 * time.Second

// awaitSegmentFiles waits until the index's folder holds at most n
// segment files, or wait passes, or ctx ends.
func (b *bleveBackend) awaitSegmentFiles(ctx context.Context, n int, wait time.Duration) error {
	deadline := time.Now().Add(wait)
	for {
		files, err := filepath.Glob(filepath.Join(storePath(b.path), "*.zap"))
		if err != nil || len(files) <= n || time.Now().After(deadline) {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// persist waits until the batches written are on disk, or scorch failed
// to write them, or ctx ends.
func (b *bleveBackend) persist(ctx context.Context) error {
	b.mu.Lock()
	pending := b.pending
	b.pending = nil
	b.mu.Unlock()
	for i, persisted := range pending {
		var err error
		select {
		case err = <-persisted:
		case <-b.failed:
			err = b.failure
		case <-ctx.Done():
			err = ctx.Err()
		}
		if err != nil {
			b.mu.Lock()
			b.pending = append(pending[i:], b.pending...)
			b.mu.Unlock()
			if ctx.Err() != nil {
				return err
			}
			return fmt.Errorf("index %s: persist: %w", b.path, err)
		}
	}
	return nil
}

// Settle waits until scorch's background merging of segments has been
// idle for a second: the work a bulk load leaves behind. Measurements call
// it, so that queries are timed on the index a server would open.
func (b *bleveBackend) Settle(ctx context.Context) error {
	sc := b.idx.scorch
	state := func() string {
		m := sc.StatsMap()
		return fmt.Sprint(m["TotFileMergeLoopBeg"], m["TotFileMergeLoopEnd"], m["TotFileMergeIntroductionsDone"], m["CurOnDiskFiles"])
	}
	last, quiet := state(), 0
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	for quiet < 4 {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
		if now := state(); now == last {
			quiet++
		} else {
			last, quiet = now, 0
		}
	}
	return nil
}

// Delete removes documents by id as one batch.
func (b *bleveBackend) Delete(ctx context.Context, ids []string) error {
	batch := bleveindex.NewBatch()
	for _, id := range ids {
		if id != "" {
			batch.Delete(id)
		}
	}
	return b.write(ctx, batch)
}

// closeTimeout bounds the closing of an index: a write stuck on a failing
// disk must not hold the process.
const closeTimeout = 5 * time.Second

// Close waits for what was written to be persisted, then closes the index
// (unmerged: merging is Flush's).
func (b *bleveBackend) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), closeTimeout)
	defer cancel()
	ferr := b.persist(ctx)
	return errors.Join(ferr, b.closeWithin(closeTimeout))
}

// closeWithin closes the index without waiting for what is not persisted
// yet, giving up after d.
func (b *bleveBackend) closeWithin(d time.Duration) error {
	done := make(chan error, 1)
	go func() { done <- b.idx.Close() }()
	defer writers.Delete(storePath(b.path))
	select {
	case err := <-done:
		if err != nil {
			return fmt.Errorf("index %s: close: %w", b.path, err)
		}
		return nil
	case <-time.After(d):
		return fmt.Errorf("index %s: close: still writing after %v", b.path, d)
	}
}
