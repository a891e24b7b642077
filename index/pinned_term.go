package index

import (
	"context"

	"github.com/blevesearch/bleve/v2/index/scorch"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// The score oracle (rank_term.go) asks bleve's searcher of the whole query
// for the score of a (frequency, norm) pair at a document the query
// matches. Its term searcher reached that document by walking the posting
// list one posting at a time, decoding each one's frequency and norm:
// asking the pairs of a broad word cost a walk down its list, as much as
// the ranking it serves. Yet all bleve's term searcher reads of the
// document is its number, frequency and norm. pinnedSnapshot is the
// snapshot as bleve reads it but for the ranked term, whose reader gives
// the oracle's pair at whatever document the searcher advances to,
// without walking: the searchers, their statistics and their scorers are
// bleve's own, fed a pair the posting list holds. As a pair scores the
// same in every document the query matches, the document it is asked at
// need not be one that holds it (impact.go asks each at the next match).

// pinnedSnapshot is snap with the reader of one term pinned.
type pinnedSnapshot struct {
	*scorch.IndexSnapshot
	field, term string
	pinned      *pinnedTermReader // made when bleve asks for the term's reader
}

// TermFieldReader is the snapshot's, but for the pinned term when only its
// frequencies and norms are asked.
func (s *pinnedSnapshot) TermFieldReader(ctx context.Context, term []byte, field string, includeFreq, includeNorm, includeTermVectors bool) (bleveindex.TermFieldReader, error) {
	r, err := s.IndexSnapshot.TermFieldReader(ctx, term, field, includeFreq, includeNorm, includeTermVectors)
	if err != nil || field != s.field || string(term) != s.term || includeTermVectors || s.pinned != nil {
		return r, err
	}
	s.pinned = &pinnedTermReader{TermFieldReader: r, term: s.term}
	return s.pinned, nil
}

// snapshotOf is the snapshot i reads: itself, or the one a pinnedSnapshot
// stands for.
func snapshotOf(i bleveindex.IndexReader) (*scorch.IndexSnapshot, bool) {
	switch s := i.(type) {
	case *scorch.IndexSnapshot:
		return s, true
	case *pinnedSnapshot:
		return s.IndexSnapshot, true
	}
	return nil, false
}

// pinnedTermReader advances to any document with the pair set last, and
// has no next: a conjunction reads its children's first match and steps
// them past each one it finds, and then advances this one to the next
// document asked. Every document it gives is one the oracle asked for.
type pinnedTermReader struct {
	bleveindex.TermFieldReader // for Count and Close
	term                       string
	freq                       uint64
	norm                       float64
}

// pin sets the pair the next Advance gives.
func (r *pinnedTermReader) pin(freq uint64, norm float64) {
	r.freq, r.norm = freq, norm
}

func (r *pinnedTermReader) Advance(id bleveindex.IndexInternalID, pre *bleveindex.TermFieldDoc) (*bleveindex.TermFieldDoc, error) {
	if pre == nil {
		pre = &bleveindex.TermFieldDoc{}
	} else {
		pre = pre.Reset()
	}
	pre.Term, pre.Freq, pre.Norm = r.term, r.freq, r.norm
	pre.ID = append(pre.ID, id...)
	return pre, nil
}

func (r *pinnedTermReader) Next(*bleveindex.TermFieldDoc) (*bleveindex.TermFieldDoc, error) {
	return nil, nil
}
