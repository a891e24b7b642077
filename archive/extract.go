package archive

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/extract"
)

// Mode chooses whether a stored extraction stands.
type Mode int

const (
	// Stale extracts only a document that has no extraction by the current
	// extractor version.
	Stale Mode = iota
	// All extracts the document again whatever is stored.
	All
)

// ExtractOptions tune Extract. The zero value keeps a stored extraction
// and a quarantine.
type ExtractOptions struct {
	Mode Mode
	// RetryFailed extracts again a document quarantined by the current
	// extractor version.
	RetryFailed bool
	// Extract is what the extractor is told: OCR and the per-document
	// limits.
	Extract extract.Options
}

// Document is one PDF of the corpus: the file as served and the PDF it
// carries, which names its extraction.
type Document struct {
	// Name is the file's name, for the extractor and its messages; the
	// digest of the file read when empty.
	Name string
	// SHA256 is the file as served: a signed envelope (read whole, so its
	// signers are in the extraction) or the PDF itself.
	SHA256    string
	PDFSHA256 string
	// Data is the served file's content when the caller holds it already
	// (an import that has just stored it); else the file is read from the
	// store, and refused if it no longer hashes to its name.
	Data []byte
}

// Status is what Extract did with a document.
type Status int

const (
	// Extracted: read now, and the extraction stored.
	Extracted Status = iota
	// UpToDate: the current extractor's extraction was stored already.
	UpToDate
	// Quarantined: the current extractor failed on it before; not tried
	// again.
	Quarantined
	// Failed: it could not be read now (or the extraction was interrupted);
	// unless interrupted, it is quarantined with the reason.
	Failed
)

// Outcome is what Extract did with a document, and what it has of it.
type Outcome struct {
	Status Status
	// JSON is the stored extraction (Extracted, UpToDate).
	JSON []byte
	// Result is the extraction made now (Extracted).
	Result *extract.Result
	// Reason is why the document is in quarantine (Quarantined, Failed).
	Reason string
	// Err is why it failed now (Failed): Reason, or for a damaged stored
	// file Reason with what became of the document.
	Err error
}

// Extraction is the outcome's extraction, decoded; nil when there is none
// (Quarantined, Failed).
func (o Outcome) Extraction(pdfSHA string) (*extract.Result, error) {
	if o.Result != nil || o.JSON == nil {
		return o.Result, nil
	}
	res := new(extract.Result)
	if err := json.Unmarshal(o.JSON, res); err != nil {
		return nil, fmt.Errorf("stored extraction of %s: %w", pdfSHA, err)
	}
	return res, nil
}

// WriteError is a write the corpus refused (a full disk, an I/O error), or
// a read of a stored file its disk failed: no fault of the document, and
// every later write or read would fail alike, so the caller stops.
type WriteError struct{ Err error }

func (e *WriteError) Error() string { return e.Err.Error() }
func (e *WriteError) Unwrap() error { return e.Err }

// Extract is extract-or-quarantine for one document: the stored extraction
// by the current extractor when opts.Mode is Stale and there is one; else,
// unless opts.RetryFailed, the quarantine of a document the current
// extractor failed on (lifted once the damaged stored file it names is whole
// again); else the document is extracted and the extraction stored (the
// quarantine lifted), or, when it cannot be, quarantined with the reason.
// A stored file that no longer hashes to its name is never extracted: the
// document is quarantined naming that file, and the extractions it had stay.
// A panic that escapes the extractor's own guards is contained to the
// document.
//
// The error is not the document's: a *WriteError when the store refused a
// write, or ctx's error when ctx ended (the Outcome then says what failed);
// the caller stops on either.
//
// Extract is Prepare then Commit, one after the other.
func Extract(ctx context.Context, store *corpus.Store, doc Document, opts ExtractOptions) (Outcome, error) {
	return Prepare(ctx, store, doc, opts).Commit(ctx, store)
}

// Prepared is a document Extract has read and decided on, with what is
// left to store (the extraction, or the quarantine); Commit stores it. A
// caller that commits in another goroutine extracts the next document
// while the store syncs this one to disk.
type Prepared struct {
	outcome Outcome
	// err ended the document before any write: Extract's error.
	err error
	// store writes what the outcome says was done; nil when nothing is
	// left to write (up to date, quarantined before).
	store func(ctx context.Context, store *corpus.Store) error
}

// Prepare is Extract up to its writes: it reads the stored extraction or
// quarantine, or extracts the document, and says what Commit is to store
// (or, for an error of Extract's that comes before any write, returns).
func Prepare(ctx context.Context, store *corpus.Store, doc Document, opts ExtractOptions) Prepared {
	sha := doc.PDFSHA256
	if opts.Mode == Stale {
		if data, err := store.Extraction(sha, extract.Version); err == nil {
			return Prepared{outcome: Outcome{Status: UpToDate, JSON: data}}
		}
	}
	if !opts.RetryFailed {
		if f, err := store.Failure(sha, extract.Version); err == nil && !repaired(ctx, store, f) {
			return Prepared{outcome: Outcome{Status: Quarantined, Reason: f.Reason}}
		}
	}
	res, data, err := extractDocument(ctx, store, doc, opts.Extract)
	if err == nil {
		return Prepared{outcome: Outcome{Status: Extracted, JSON: data, Result: res},
			store: func(ctx context.Context, store *corpus.Store) error {
				if err := store.PutExtraction(ctx, sha, extract.Version, data); err != nil {
					return err
				}
				return store.RemoveFailure(ctx, sha, extract.Version)
			}}
	}
	failed := Outcome{Status: Failed, Reason: err.Error(), Err: err}
	if ctx.Err() != nil {
		// Interrupted, not failed: the next run does it again.
		return Prepared{outcome: failed, err: ctx.Err()}
	}
	var unreadable *unreadableBlobError
	if errors.As(err, &unreadable) {
		// Nor is a disk that cannot be read the document's fault: it is
		// not quarantined, and the caller stops as on a refused write.
		return Prepared{outcome: failed, err: &WriteError{err}}
	}
	var damaged *damagedBlobError
	if errors.As(err, &damaged) {
		// The stored file, not the document, is at fault: whatever was
		// extracted from it when it was whole stays.
		failed.Err = fmt.Errorf("%w; quarantined until the file is stored whole again (albo corpus add), stored extractions kept", err)
		return Prepared{outcome: failed, store: func(ctx context.Context, store *corpus.Store) error {
			return store.PutDamagedFailure(ctx, sha, extract.Version, damaged.blob, err.Error())
		}}
	}
	return Prepared{outcome: failed, store: func(ctx context.Context, store *corpus.Store) error {
		return store.PutFailure(ctx, sha, extract.Version, err.Error())
	}}
}

// Commit stores what p left to store and returns the document's outcome
// and Extract's error; a write the store refused is a *WriteError, and the
// outcome is then empty: the document was not done.
func (p Prepared) Commit(ctx context.Context, store *corpus.Store) (Outcome, error) {
	if p.err != nil {
		return p.outcome, p.err
	}
	if p.store != nil {
		if err := p.store(ctx, store); err != nil {
			return Outcome{}, &WriteError{err}
		}
	}
	return p.outcome, nil
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
// are recorded) and extracts it, returning the extraction and its JSON.
func extractDocument(ctx context.Context, store *corpus.Store, doc Document, eo extract.Options) (res *extract.Result, data []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, data, err = nil, nil, fmt.Errorf("extract %s: extractor panicked: %v", doc.Name, r)
		}
	}()
	raw, blob := doc.Data, doc.SHA256
	if raw == nil {
		if !store.HasBlob(blob) {
			blob = doc.PDFSHA256
		}
		// ReadBlob refuses a blob that no longer hashes to its name: a
		// damaged file is never extracted over a good extraction. Read
		// enforces the size limit of eo.
		raw, err = store.ReadBlob(ctx, blob)
		if errors.Is(err, corpus.ErrDamaged) {
			return nil, nil, &damagedBlobError{blob: blob, err: err}
		}
		var pathErr *fs.PathError
		if errors.As(err, &pathErr) && !errors.Is(err, fs.ErrNotExist) {
			return nil, nil, &unreadableBlobError{fmt.Errorf("read blob %s: %w", blob, err)}
		}
		if err != nil {
			return nil, nil, fmt.Errorf("read blob %s: %w", blob, err)
		}
	}
	name := doc.Name
	if name == "" {
		name = blob
	}
	if res, err = extract.Read(ctx, name, raw, eo); err != nil {
		return nil, nil, err
	}
	data, err = json.Marshal(res)
	if err != nil {
		return nil, nil, err
	}
	return res, data, nil
}
