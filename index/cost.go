package index

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
)

// What one query may cost. A wildcard, prefix, regular expression or
// fuzzy term is looked up as every indexed word it matches: "a*" over a
// large index is tens of thousands of words, and a query of many such
// terms held both processors for seconds. So a query may hold at most
// MaxExpandingTerms of them, each matching at most MaxExpansion words;
// beyond, the query is refused as too broad before it runs.
const (
	MaxExpandingTerms = 8
	MaxExpansion      = 1024
)

func init() {
	// bleve's own bound on the words one term expands to (and on any
	// disjunction, which a query string of MaxQueryLen characters never
	// comes near).
	searcher.DisjunctionMaxClauseCount = MaxExpansion
}

// expands says whether q is looked up as the indexed words it matches.
func expands(q query.Query) bool {
	switch q := q.(type) {
	case *query.WildcardQuery, *query.RegexpQuery, *query.PrefixQuery, *query.FuzzyQuery:
		return true
	case *query.MatchQuery:
		return q.Fuzziness != 0
	case *query.MatchPhraseQuery:
		return q.Fuzziness != 0
	}
	return false
}

// expandingTerms counts the terms of q that expand.
func expandingTerms(q query.Query) int {
	n := 0
	mapQuery(q, func(q query.Query) query.Query {
		if expands(q) {
			n++
		}
		return q
	})
	return n
}

// Costly says whether a query string holds terms that expand to the words
// they match (wildcards, prefixes, regular expressions, typos): the
// queries a server runs fewer of at once. A query that does not parse is
// not costly: it is refused before it runs.
func Costly(queryString string) bool {
	s := strings.TrimSpace(queryString)
	if s == "" || s == "*" {
		return false
	}
	q, err := query.NewQueryStringQuery(s).Parse()
	return err == nil && expandingTerms(q) > 0
}

// checkExpansions refuses a query with more than MaxExpandingTerms terms
// that expand.
func checkExpansions(q query.Query) error {
	if n := expandingTerms(q); n > MaxExpandingTerms {
		return fmt.Errorf("%d terms with wildcards, regular expressions or typos: at most %d", n, MaxExpandingTerms)
	}
	return nil
}

// searchTimeout is the bound of one search.
func (ix *Index) searchTimeout() time.Duration {
	if ix.SearchTimeout > 0 {
		return ix.SearchTimeout
	}
	return DefaultSearchTimeout
}

// costError says why a search was stopped, as a BadQueryError when the
// query itself was too costly: it expanded to too many words, or ran past
// the search's deadline while the caller still waited.
func costError(parent context.Context, req Request, timeout time.Duration, err error) error {
	switch {
	case err == nil:
		return nil
	case strings.Contains(err.Error(), "TooManyClauses"):
		return &BadQueryError{Query: req.Query, Err: fmt.Errorf("a term with a wildcard or typos matches more than %d words: make it longer", MaxExpansion), Costly: true}
	case errors.Is(err, context.DeadlineExceeded) && parent.Err() == nil:
		return &BadQueryError{Query: req.Query, Err: fmt.Errorf("too costly: stopped after %v; narrow it down", timeout), Costly: true}
	}
	return err
}
