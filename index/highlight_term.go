package index

import (
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/highlight"
	"github.com/blevesearch/bleve/v2/search/highlight/highlighter/html"
	"github.com/blevesearch/bleve/v2/search/query"
)

// bleve highlights a page's hits by searching them again with the query,
// asking for the term locations: the page's ids in a conjunction with the
// query's term, whose posting list zap advances to each id one posting at
// a time, the whole list for twenty hits. For a query of one word of the
// text, its locations in a hit are where the text's analysis yields that
// term, as when it was indexed; highlightTerm finds them so and hands them
// to bleve's own highlighter, whose fragments are the same to the byte
// (TestHighlightTermAsBleve).

// highlightedTerm is the one term of the text a query highlights, when
// its other parts are filters of keyword fields and document ids.
func highlightedTerm(q query.Query) (string, bool) {
	term, texts := "", 0
	var walk func(q query.Query) bool
	walk = func(q query.Query) bool {
		switch q := q.(type) {
		case *normalizedTerm:
			return walk(q.TermQuery)
		case *query.TermQuery:
			if q.FieldVal == fieldText {
				term, texts = q.Term, texts+1
			}
			return q.FieldVal != "" // a keyword filter, or the text's term
		case *filterTerm, *query.DocIDQuery:
			return true
		case *query.ConjunctionQuery:
			for _, sub := range q.Conjuncts {
				if !walk(sub) {
					return false
				}
			}
			return true
		case *query.DisjunctionQuery: // a filter of several values
			for _, sub := range q.Disjuncts {
				if t, ok := sub.(*query.TermQuery); !ok || t.FieldVal == fieldText || t.FieldVal == "" {
					return false
				}
			}
			return true
		}
		return false
	}
	return term, walk(q) && texts == 1 && term != ""
}

// highlightPage highlights hits read whole by a search of req, when req
// searches one word of the text (pageHighlighter).
func (b *bleveBackend) highlightPage(req Request, hits []Hit) (done bool, err error) {
	q, _, err := b.buildQuery(req)
	if err != nil {
		return false, err
	}
	term, ok := highlightedTerm(q)
	if !ok {
		return false, nil
	}
	return true, b.highlightTerm(hits, term)
}

// highlightTerm sets the highlight of each hit holding term in its text,
// as bleve's html highlighter makes it from the term's locations.
func (b *bleveBackend) highlightTerm(hits []Hit, term string) error {
	highlighter, err := htmlHighlighter()
	if err != nil {
		return err
	}
	for i := range hits {
		h := &hits[i]
		var locations search.Locations
		for _, tok := range b.analyse(h.Text) {
			if string(tok.Term) == term {
				locations = append(locations, &search.Location{Pos: uint64(tok.Position), Start: uint64(tok.Start), End: uint64(tok.End)})
			}
		}
		if len(locations) == 0 {
			continue
		}
		match := &search.DocumentMatch{Locations: search.FieldTermLocationMap{fieldText: {term: locations}}}
		doc := document.NewDocument(h.ID)
		doc.AddField(document.NewTextField(fieldText, nil, []byte(h.Text)))
		if frags := highlighter.BestFragmentsInField(match, doc, fieldText, 1); len(frags) > 0 {
			h.Highlight = strings.Join(frags, highlightSeparator)
		}
	}
	return nil
}

// htmlHighlighter is bleve's html highlighter, as bleve's default
// configuration makes it.
var htmlHighlighter = sync.OnceValues(func() (highlight.Highlighter, error) {
	return registry.NewCache().HighlighterNamed(html.Name)
})
