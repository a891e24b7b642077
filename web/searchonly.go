package web

import (
	"context"
	"fmt"
	"io"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/index"
)

// SearchOnly serves a bare search backend as an Index: the synthetic corpus
// of `make bench`, or a search-only deployment. With no plan revisions
// behind it, it has no documents to fetch by id, no histories and no
// transfers; searches, facets, pages and feeds work in full.
func SearchOnly(b index.Backend) Index { return searchOnly{b} }

type searchOnly struct{ index.Backend }

func (s searchOnly) Get(ctx context.Context, id string) (*index.Hit, error) {
	return nil, fmt.Errorf("document %s: %w", id, ErrNotFound)
}

func (s searchOnly) History(ctx context.Context, ref string) (*index.History, error) {
	return nil, fmt.Errorf("history of %s: %w", ref, ErrNotFound)
}

func (s searchOnly) Transfers(ctx context.Context) (*index.Transfers, error) {
	return &index.Transfers{Transfers: []index.Transfer{}, Contradictions: []index.Contradiction{}}, nil
}

// NoDocuments is a Documents with no acts and no files, for an index served
// without its corpus: pages then show no links to documents.
var NoDocuments Documents = noDocuments{}

type noDocuments struct{}

func (noDocuments) Act(ctx context.Context, id string) (*Act, error) {
	return nil, fmt.Errorf("act %s: %w", id, ErrNotFound)
}

func (noDocuments) Record(ctx context.Context, id string) (*corpus.Act, error) {
	return nil, fmt.Errorf("act %s: %w", id, ErrNotFound)
}

func (noDocuments) OpenFile(ctx context.Context, sha string) (io.ReadSeekCloser, error) {
	return nil, fmt.Errorf("file %s: %w", sha, ErrNotFound)
}
