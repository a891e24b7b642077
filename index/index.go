package index

import (
	"context"
	"errors"
)

// ErrNotFound is returned when an id names nothing in the index.
var ErrNotFound = errors.New("not found")

// Index is the search index of one corpus and the plan revisions it holds.
type Index struct {
	dir     string
	backend Backend
}

// Open opens (creating it if needed) the index in dir, normally the corpus's
// "index" folder. An index written with another mapping version is rebuilt
// on the next Update.
func Open(ctx context.Context, dir string) (*Index, error) {
	return nil, errors.New("index: not implemented yet")
}

// Update indexes the acts offered whose digest changed, drops the acts no
// longer offered, and recomputes the lineage across plan revisions.
func (ix *Index) Update(ctx context.Context, inputs []Input) (UpdateStats, error) {
	return UpdateStats{}, errors.New("index: not implemented yet")
}

// Search answers a request.
func (ix *Index) Search(ctx context.Context, req Request) (*Response, error) {
	return ix.backend.Search(ctx, req)
}

// Get returns one document by id (an objective, a change record or an act).
func (ix *Index) Get(ctx context.Context, id string) (*Hit, error) {
	return nil, ErrNotFound
}

// History returns an objective across plan revisions. ref is an objective
// id, a lineage id, or a query whose best objective hit is followed.
func (ix *Index) History(ctx context.Context, ref string) (*History, error) {
	return nil, ErrNotFound
}

// Transfers lists every move of an objective between directorates and the
// contradictions of the changes annexes.
func (ix *Index) Transfers(ctx context.Context) (*Transfers, error) {
	return &Transfers{}, nil
}

// Diff compares two revisions of a plan, given their act ids.
func (ix *Index) Diff(ctx context.Context, actA, actB string) (*Diff, error) {
	return nil, ErrNotFound
}

// Close releases the index.
func (ix *Index) Close() error {
	return ix.backend.Close()
}
