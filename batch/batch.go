// Package batch (re-)extracts the documents of a corpus with a pool of
// workers: only what is stale by default (no extraction by the current
// extractor version yet), every document on request. Each result is stored
// atomically beside the extractions of earlier versions, which stay until
// the new one is complete, so a batch killed at any moment loses nothing
// and a re-run redoes only what was not finished. A document that fails is
// quarantined with its reason and not retried until the extractor version
// changes (or on request): one bad file never stops or slows the batch.
// A stored file that no longer hashes to its name is never extracted: the
// document is quarantined until the file is stored whole again, and the
// extractions it had keep standing.
//
// CheckConsistency reads the extractions of a whole corpus the other way:
// it compares what the Albo's listing said of each crawled act with what
// its document says.
package batch

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"iter"
	"runtime"
	"sync"
	"time"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/extract"
)

// Mode chooses which documents a run extracts.
type Mode int

const (
	// Stale extracts the documents that have no extraction by the current
	// extractor version: new documents, and all of them after an upgrade.
	Stale Mode = iota
	// All extracts every document again.
	All
)

// Options tune a run. The zero value extracts what is stale with one
// worker per core.
type Options struct {
	Mode Mode
	// Workers is the number of documents extracted at once (0: one per
	// core).
	Workers int
	// RetryFailed extracts again the documents quarantined by the current
	// extractor version.
	RetryFailed bool
	// Extract is what each extraction is told: OCR, and the per-document
	// limits (time, pages, bytes) that guard against pathological files.
	Extract extract.Options
	// Progress, when set, is called after each document, never
	// concurrently.
	Progress func(Progress)
	// Shard restricts the run to one worker's share of the documents (see
	// Shard); the zero value takes them all.
	Shard Shard
}

// Progress is the state of a run after one more document.
type Progress struct {
	Total     int // documents in the corpus
	Done      int // documents looked at so far
	Extracted int
	Failed    int
	Skipped   int // up to date, or quarantined before
	Elapsed   time.Duration
	// Last names the document just finished; LastErr is its failure.
	Last    string
	LastErr error
}

// Summary is what a run did.
type Summary struct {
	Documents   int       `json:"documents"`
	Extracted   int       `json:"extracted"`
	UpToDate    int       `json:"up_to_date"`
	Quarantined int       `json:"quarantined"`
	Failed      int       `json:"failed"`
	Seconds     float64   `json:"seconds"`
	Failures    []Failure `json:"failures,omitempty"`
	Extractor   string    `json:"extractor"`
}

// Failure is one document the run could not extract.
type Failure struct {
	Act       string `json:"act"`
	File      string `json:"file"`
	PDFSHA256 string `json:"pdf_sha256"`
	Reason    string `json:"reason"`
}

// document is one unit of work: a file of an act that carries a PDF.
type document struct {
	act  string
	file corpus.File
}

type outcome int

const (
	extracted outcome = iota
	upToDate
	quarantined
	failed
	// unwritable: the store refused a write (a full disk, an I/O error),
	// or its disk a read: no fault of the document, and every later write
	// or read would fail alike, so the run stops.
	unwritable
)

type result struct {
	doc     document
	outcome outcome
	err     error
}

// Run extracts the corpus's documents as opts says and returns what it
// did. It stops early when ctx is done (with ctx's error) or when the
// store refuses a write, a full disk say (with that error: every later
// write would fail alike); a document that fails is counted, quarantined
// and reported in the summary.
func Run(ctx context.Context, store *corpus.Store, opts Options) (*Summary, error) {
	start := time.Now()
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	total, err := countDocuments(ctx, store, opts.Shard)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)

	docs := make(chan document)
	results := make(chan result)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for d := range docs {
				results <- process(ctx, store, d, opts)
			}
		}()
	}
	go func() {
		defer close(docs)
		if err := feed(ctx, store, opts.Shard, docs); err != nil {
			cancel(err)
		}
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	sum := &Summary{Extractor: extract.Version}
	p := Progress{Total: total}
	for r := range results {
		sum.Documents++
		switch r.outcome {
		case extracted:
			sum.Extracted++
			p.Extracted++
		case upToDate:
			sum.UpToDate++
			p.Skipped++
		case quarantined:
			sum.Quarantined++
			p.Skipped++
		case unwritable:
			cancel(r.err)
			sum.Failed++
			p.Failed++
		case failed:
			sum.Failed++
			p.Failed++
			sum.Failures = append(sum.Failures, Failure{Act: r.doc.act, File: r.doc.file.Name,
				PDFSHA256: r.doc.file.PDFSHA256, Reason: r.err.Error()})
		}
		if opts.Progress != nil {
			p.Done = sum.Documents
			p.Elapsed = time.Since(start)
			p.Last, p.LastErr = r.doc.act+" "+r.doc.file.Name, r.err
			opts.Progress(p)
		}
	}
	sum.Seconds = time.Since(start).Seconds()
	if err := context.Cause(ctx); err != nil {
		return sum, err
	}
	return sum, nil
}

// countDocuments counts the work ahead for progress and ETA, as feed will
// send it; it reads only the act records, one at a time.
func countDocuments(ctx context.Context, store *corpus.Store, shard Shard) (int, error) {
	n := 0
	for _, err := range documents(ctx, store, shard) {
		if err != nil {
			return 0, err
		}
		n++
	}
	return n, nil
}

// feed streams the documents to the workers.
func feed(ctx context.Context, store *corpus.Store, shard Shard, docs chan<- document) error {
	for d, err := range documents(ctx, store, shard) {
		if err != nil {
			return err
		}
		select {
		case docs <- d:
		case <-ctx.Done():
			return context.Cause(ctx)
		}
	}
	return nil
}

// documents yields the corpus's documents in shard, each distinct PDF once
// (a PDF filed under two acts, or both plain and signed, is one extraction), so
// memory stays flat whatever the corpus size but for the set of digests
// already seen, some hundred bytes a document.
func documents(ctx context.Context, store *corpus.Store, shard Shard) iter.Seq2[document, error] {
	return func(yield func(document, error) bool) {
		seen := make(map[string]bool)
		for a, err := range store.Acts(ctx) {
			if err != nil {
				yield(document{}, err)
				return
			}
			for _, f := range a.Files {
				if f.PDFSHA256 == "" || seen[f.PDFSHA256] || !shard.Holds(f.PDFSHA256) {
					continue
				}
				seen[f.PDFSHA256] = true
				if !yield(document{act: a.ID, file: f}, nil) {
					return
				}
			}
		}
	}
}

// process extracts one document unless it is up to date or quarantined.
func process(ctx context.Context, store *corpus.Store, d document, opts Options) result {
	sha := d.file.PDFSHA256
	if opts.Mode == Stale {
		if _, err := store.Extraction(sha, extract.Version); err == nil {
			return result{doc: d, outcome: upToDate}
		}
	}
	if !opts.RetryFailed {
		if f, err := store.Failure(sha, extract.Version); err == nil && !repaired(ctx, store, f) {
			return result{doc: d, outcome: quarantined}
		}
	}
	data, err := extractDocument(ctx, store, d, opts.Extract)
	if err == nil {
		// A store that cannot be written is no fault of the document: such
		// an error stops the run, without quarantining.
		if err := store.PutExtraction(ctx, sha, extract.Version, data); err != nil {
			return result{doc: d, outcome: unwritable, err: err}
		}
		if err := store.RemoveFailure(ctx, sha, extract.Version); err != nil {
			return result{doc: d, outcome: unwritable, err: err}
		}
		return result{doc: d, outcome: extracted}
	}
	if ctx.Err() != nil {
		// Interrupted, not failed: the next run does it again.
		return result{doc: d, outcome: failed, err: err}
	}
	var unreadable *unreadableBlobError
	if errors.As(err, &unreadable) {
		// Nor is a disk that cannot be read the document's fault: it is
		// not quarantined, and the run stops.
		return result{doc: d, outcome: unwritable, err: err}
	}
	var damaged *damagedBlobError
	if errors.As(err, &damaged) {
		// The stored file, not the document, is at fault: whatever was
		// extracted from it when it was whole stays.
		if qErr := store.PutDamagedFailure(ctx, sha, extract.Version, damaged.blob, err.Error()); qErr != nil {
			return result{doc: d, outcome: unwritable, err: qErr}
		}
		return result{doc: d, outcome: failed, err: fmt.Errorf("%w; quarantined until the file is stored whole again (albo corpus add), stored extractions kept", err)}
	}
	if qErr := store.PutFailure(ctx, sha, extract.Version, err.Error()); qErr != nil {
		return result{doc: d, outcome: unwritable, err: qErr}
	}
	return result{doc: d, outcome: failed, err: err}
}

// repaired says whether a document quarantined because its stored file was
// damaged has that file whole again (an import stored it anew).
func repaired(ctx context.Context, store *corpus.Store, f *corpus.Failure) bool {
	return f.DamagedBlob != "" && store.BlobIntact(ctx, f.DamagedBlob)
}

// damagedBlobError is a stored file found damaged as it was read.
type damagedBlobError struct {
	blob string
	err  error
}

func (e *damagedBlobError) Error() string { return e.err.Error() }
func (e *damagedBlobError) Unwrap() error { return e.err }

// unreadableBlobError is a stored file the disk failed to read (an I/O
// error), as opposed to one missing or damaged.
type unreadableBlobError struct{ err error }

func (e *unreadableBlobError) Error() string { return e.err.Error() }
func (e *unreadableBlobError) Unwrap() error { return e.err }

// extractDocument reads the file as served (so a signed envelope's signers
// are recorded) and extracts it. A panic that escapes the extractor's own
// guards is contained to this document.
func extractDocument(ctx context.Context, store *corpus.Store, d document, eo extract.Options) (data []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("extract %s: extractor panicked: %v", d.file.Name, r)
		}
	}()
	blob := d.file.SHA256
	if !store.HasBlob(blob) {
		blob = d.file.PDFSHA256
	}
	// Read enforces the size limit of eo. ReadBlob refuses a blob that no
	// longer hashes to its name: a damaged file is never extracted over a
	// good extraction.
	raw, err := store.ReadBlob(ctx, blob)
	if errors.Is(err, corpus.ErrDamaged) {
		return nil, &damagedBlobError{blob: blob, err: err}
	}
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) && !errors.Is(err, fs.ErrNotExist) {
		return nil, &unreadableBlobError{fmt.Errorf("read blob %s: %w", blob, err)}
	}
	if err != nil {
		return nil, fmt.Errorf("read blob %s: %w", blob, err)
	}
	name := d.file.Name
	if name == "" {
		name = blob
	}
	res, err := extract.Read(ctx, name, raw, eo)
	if err != nil {
		return nil, err
	}
	return json.Marshal(res)
}
