package opensearch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"

	"github.com/openalbo/albo/index"
)

// dsl is a piece of OpenSearch's query DSL.
type dsl = map[string]any

// translate parses a query string as the embedded index does (bleve's
// query string syntax: words, "phrases", field:value, prefix*, typo~1,
// /regexp/, +must -mustnot) and turns it into the query DSL. Words and
// phrases of the text field go through the text's analyzer on the cluster;
// a prefix is analysed first (analyse), as the embedded index does, so
// that "Citt*" finds "città", indexed as its stem "citt".
func (b *Backend) translate(ctx context.Context, s string) (dsl, error) {
	q, err := query.NewQueryStringQuery(s).Parse()
	if err != nil {
		return nil, &index.BadQueryError{Query: s, Err: err}
	}
	out, err := b.convert(ctx, q)
	if bad := (*index.BadQueryError)(nil); errors.As(err, &bad) {
		bad.Query = s
	}
	return out, err
}

// badQuery is a query the translation refuses.
func badQuery(format string, args ...any) error {
	return &index.BadQueryError{Err: fmt.Errorf(format, args...)}
}

func field(name string) string {
	if name == "" {
		return fieldText
	}
	return name
}

func boosted(q dsl, kind string, boost *query.Boost) dsl {
	if boost != nil {
		inner := q[kind].(dsl)
		for _, v := range inner {
			if params, ok := v.(dsl); ok {
				params["boost"] = boost.Value()
			}
		}
	}
	return q
}

func (b *Backend) convert(ctx context.Context, q query.Query) (dsl, error) {
	switch q := q.(type) {
	case *query.BooleanQuery:
		clauses := dsl{}
		for _, part := range []struct {
			name string
			q    query.Query
		}{{"must", q.Must}, {"should", q.Should}, {"must_not", q.MustNot}, {"filter", q.Filter}} {
			if part.q == nil {
				continue
			}
			var subs []query.Query
			switch p := part.q.(type) {
			case *query.ConjunctionQuery:
				subs = p.Conjuncts
			case *query.DisjunctionQuery:
				subs = p.Disjuncts
				if part.name == "should" && p.Min > 0 {
					clauses["minimum_should_match"] = int(p.Min)
				}
			default:
				subs = []query.Query{p}
			}
			var list []dsl
			for _, sub := range subs {
				c, err := b.convert(ctx, sub)
				if err != nil {
					return nil, err
				}
				list = append(list, c)
			}
			if len(list) > 0 {
				clauses[part.name] = list
			}
		}
		if q.BoostVal != nil {
			clauses["boost"] = q.BoostVal.Value()
		}
		return dsl{"bool": clauses}, nil
	case *query.ConjunctionQuery:
		return b.convert(ctx, &query.BooleanQuery{Must: q, BoostVal: q.BoostVal})
	case *query.DisjunctionQuery:
		return b.convert(ctx, &query.BooleanQuery{Should: q, BoostVal: q.BoostVal})
	case *query.MatchAllQuery:
		return dsl{"match_all": dsl{}}, nil
	case *query.MatchNoneQuery:
		return dsl{"match_none": dsl{}}, nil
	case *query.MatchQuery:
		if q.Fuzziness > searcher.MaxFuzziness {
			return nil, badQuery("%s~%d: at most %d typos", q.Match, q.Fuzziness, searcher.MaxFuzziness)
		}
		params := dsl{"query": q.Match, "operator": "or"}
		if q.Operator == query.MatchQueryOperatorAnd {
			params["operator"] = "and"
		}
		if q.Fuzziness > 0 {
			// Levenshtein without transpositions, as bleve counts typos.
			params["fuzziness"], params["prefix_length"], params["fuzzy_transpositions"] = q.Fuzziness, q.Prefix, false
		}
		return boosted(dsl{"match": dsl{field(q.FieldVal): params}}, "match", q.BoostVal), nil
	case *query.MatchPhraseQuery:
		return boosted(dsl{"match_phrase": dsl{field(q.FieldVal): dsl{"query": q.MatchPhrase}}}, "match_phrase", q.BoostVal), nil
	case *query.TermQuery:
		return boosted(dsl{"term": dsl{field(q.FieldVal): dsl{"value": q.Term}}}, "term", q.BoostVal), nil
	case *query.WildcardQuery:
		return b.wildcard(ctx, q)
	case *query.RegexpQuery:
		return boosted(dsl{"regexp": dsl{field(q.FieldVal): dsl{"value": q.Regexp}}}, "regexp", q.BoostVal), nil
	case *query.NumericRangeQuery:
		r := dsl{}
		if q.Min != nil {
			r[ifTrue(q.InclusiveMin, "gte", "gt", true)] = *q.Min
		}
		if q.Max != nil {
			r[ifTrue(q.InclusiveMax, "lte", "lt", false)] = *q.Max
		}
		return boosted(dsl{"range": dsl{field(q.FieldVal): r}}, "range", q.BoostVal), nil
	case *query.DateRangeStringQuery:
		r := dsl{}
		if q.Start != "" {
			r[ifTrue(q.InclusiveStart, "gte", "gt", true)] = q.Start
		}
		if q.End != "" {
			r[ifTrue(q.InclusiveEnd, "lte", "lt", false)] = q.End
		}
		return boosted(dsl{"range": dsl{field(q.FieldVal): r}}, "range", q.BoostVal), nil
	}
	return nil, badQuery("%T is not supported", q)
}

// ifTrue picks yes when the flag is set (or def when it is not given).
func ifTrue(flag *bool, yes, no string, def bool) string {
	if (flag == nil && def) || (flag != nil && *flag) {
		return yes
	}
	return no
}

// wildcard lowercases and folds a pattern of the text field, and for a
// trailing star stems the prefix like the indexed terms (a prefix that is
// a stop word or several words is left as typed).
func (b *Backend) wildcard(ctx context.Context, q *query.WildcardQuery) (dsl, error) {
	f := field(q.FieldVal)
	pattern := q.Wildcard
	if f == fieldText {
		folded, err := b.analyse(ctx, foldAnalyzer, pattern)
		if err != nil {
			return nil, err
		}
		if len(folded) == 1 {
			pattern = folded[0]
		}
		if prefix, ok := strings.CutSuffix(pattern, "*"); ok && !strings.ContainsAny(prefix, "*?") {
			stems, err := b.analyse(ctx, italianAnalyzer, prefix)
			if err != nil {
				return nil, err
			}
			if len(stems) == 1 {
				return boosted(dsl{"prefix": dsl{f: dsl{"value": stems[0]}}}, "prefix", q.BoostVal), nil
			}
		}
	}
	return boosted(dsl{"wildcard": dsl{f: dsl{"value": pattern}}}, "wildcard", q.BoostVal), nil
}

// analyse runs one of the index's analyzers on the cluster.
func (b *Backend) analyse(ctx context.Context, analyzer, text string) ([]string, error) {
	var ans struct {
		Tokens []struct {
			Token string `json:"token"`
		} `json:"tokens"`
	}
	if err := b.c.do(ctx, http.MethodPost, "/"+b.write+"/_analyze", dsl{"analyzer": analyzer, "text": text}, &ans); err != nil {
		return nil, fmt.Errorf("opensearch %s: analyse %q: %w", b.location, text, err)
	}
	out := make([]string, len(ans.Tokens))
	for i, t := range ans.Tokens {
		out[i] = t.Token
	}
	return out, nil
}
