package index

import (
	"context"
	"math"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// unwrap replaces by the clause itself the wrappers bleve's query-string
// parser puts around a single clause: a word is a boolean query of one
// should clause, a disjunction of one match query, whose searcher is a
// disjunction of one term. Every hit of a broad query went through both
// disjunctions' merging and scoring, a third of its cost. The scores are
// the same to the bit: a disjunction of one sums one score and multiplies
// it by a coordination of 1/1, and neither a boolean query of should
// clauses alone nor a disjunction applies its boost (the match query's
// boost goes to its term, as bleve does). A match query with typos, or of
// several words or none, is left as it is; so is a boolean query with
// anything but one should clause. A disjunction also normalises its
// clauses' scores by their weight, which changes a score's last bit:
// the term keeps that (normalizedTerm).
func (b *bleveBackend) unwrap(q query.Query) query.Query {
	return mapQuery(q, func(q query.Query) query.Query {
		switch q := q.(type) {
		case *query.MatchQuery:
			if term := b.matchTerm(q); term != nil {
				return term
			}
		case *query.BooleanQuery:
			should, ok := q.Should.(*query.DisjunctionQuery)
			if ok && noClauses(q.Must) && noClauses(q.MustNot) && q.Filter == nil &&
				len(should.Disjuncts) == 1 && should.Min <= 1 {
				return should.Disjuncts[0]
			}
		}
		return q
	})
}

// matchTerm is the term query a match query without typos comes to when
// its text analyses to one term (the parser never asks for automatic
// typos, which bleve keeps unexported); nil otherwise.
func (b *bleveBackend) matchTerm(q *query.MatchQuery) *normalizedTerm {
	if q.Fuzziness != 0 {
		return nil
	}
	m := b.idx.Mapping()
	field := q.FieldVal
	if field == "" {
		field = m.DefaultSearchField()
	}
	analyzerName := q.Analyzer
	if analyzerName == "" {
		analyzerName = m.AnalyzerNameForPath(field)
	}
	analyzer := m.AnalyzerNamed(analyzerName)
	if analyzer == nil {
		return nil
	}
	tokens := analyzer.Analyze([]byte(q.Match))
	if len(tokens) != 1 {
		return nil
	}
	t := query.NewTermQuery(string(tokens[0].Term))
	t.SetField(field)
	t.SetBoost(q.BoostVal.Value())
	return &normalizedTerm{t}
}

// normalizedTerm is a term query scored as in a disjunction of one: its
// searcher's query norm is the one the disjunction would set.
type normalizedTerm struct{ *query.TermQuery }

func (t *normalizedTerm) Searcher(ctx context.Context, i bleveindex.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	s, err := t.TermQuery.Searcher(ctx, i, m, options)
	if err != nil {
		return nil, err
	}
	s.SetQueryNorm(1.0 / math.Sqrt(s.Weight()))
	return s, nil
}

// noClauses says a boolean query's must or must-not part holds nothing.
func noClauses(q query.Query) bool {
	switch q := q.(type) {
	case nil:
		return true
	case *query.ConjunctionQuery:
		return len(q.Conjuncts) == 0
	case *query.DisjunctionQuery:
		return len(q.Disjuncts) == 0
	}
	return false
}
