package web

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/extract"
)

// CorpusDocuments reads acts and files from a corpus store.
func CorpusDocuments(s *corpus.Store) Documents { return corpusDocuments{s} }

type corpusDocuments struct{ s *corpus.Store }

// Act returns the act's record and the latest extraction of its first
// file that has one.
func (c corpusDocuments) Act(ctx context.Context, id string) (*Act, error) {
	rec, err := c.s.Act(id)
	if err != nil {
		return nil, err
	}
	a := &Act{Record: rec}
	for _, f := range rec.Files {
		if f.PDFSHA256 == "" {
			continue
		}
		_, data, err := c.s.LatestExtraction(f.PDFSHA256)
		if err != nil {
			if isNotFound(err) {
				continue
			}
			return nil, err
		}
		var x extract.Result
		if err := json.Unmarshal(data, &x); err != nil {
			return nil, fmt.Errorf("act %s: extraction of %s: %w", id, f.PDFSHA256, err)
		}
		a.Extraction = &x
		break
	}
	return a, nil
}

func (c corpusDocuments) Record(ctx context.Context, id string) (*corpus.Act, error) {
	return c.s.Act(id)
}

func (c corpusDocuments) OpenFile(ctx context.Context, sha string) (io.ReadSeekCloser, error) {
	return c.s.OpenBlob(sha)
}
