package index

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/highlight"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bleveindex "github.com/blevesearch/bleve_index_api"
	vellumregexp "github.com/blevesearch/vellum/regexp"
)

// BadQueryError is a query string that does not parse; callers report it
// as bad usage, not as a failure.
type BadQueryError struct {
	Query string
	Err   error
	// Costly says the query parsed but asks too much (too many or too
	// broad wildcards and typos, or too slow): read as plain words it
	// would be another question, so callers report it as it is.
	Costly bool
}

func (e *BadQueryError) Error() string { return fmt.Sprintf("query %q: %v", e.Query, e.Err) }
func (e *BadQueryError) Unwrap() error { return e.Err }

// storedFields are the fields a hit is rebuilt from.
var storedFields = []string{fieldType, fieldAct, fieldOrgan, fieldNumber, fieldDate, fieldDirectorate,
	fieldDirectoratePrinted, fieldDirector, fieldYear, fieldSection, fieldKind, fieldText, fieldPage, fieldLineage}

// facetSizes bounds the values counted per facet; a facet's values beyond
// it are not listed.
var facetSizes = map[string]int{FacetDirectorate: 200, FacetYear: 100, FacetAct: 200, FacetType: 10, FacetDirector: 1000}

// Search runs the request against bleve. Facets are counted on bitmaps
// (facets.go); a request of filters alone is answered from them entirely.
// The bitmaps are built by the first request that needs them after the
// index changed, and keep the matches and facet counts of the queries
// asked since (match_cache.go), for their next pages.
func (b *bleveBackend) Search(ctx context.Context, req Request) (*Response, error) {
	for _, f := range req.Facets {
		if _, ok := facetSizes[f]; !ok {
			return nil, &BadQueryError{Query: req.Query, Err: fmt.Errorf("unknown facet %q", f)}
		}
	}
	if req.Sort != "" && req.Sort != SortRelevance && req.Sort != SortDate {
		return nil, &BadQueryError{Query: req.Query, Err: fmt.Errorf("unknown sort %q", req.Sort)}
	}
	q, hasText, err := b.buildQuery(req)
	if err != nil {
		return nil, err
	}
	byDate := req.Sort == SortDate
	snap, err := b.idx.snapshot()
	if err != nil {
		return nil, fmt.Errorf("index %s: %w", b.path, err)
	}
	defer snap.Close()
	if hasText && len(req.Facets) == 0 && !byDate && len(req.Filters()) == 0 {
		return b.searchHits(ctx, req, q, snap)
	}
	bm, err := b.bitmaps.get(snap)
	if err != nil {
		return nil, fmt.Errorf("index %s: %w", b.path, err)
	}
	// The ranking pass reads the filters off the bitmaps (filter_term.go).
	ranked := withFilterTerms(q, bm)
	if hasText && len(req.Facets) == 0 && !byDate {
		return b.searchHits(ctx, req, ranked, snap)
	}
	var out *Response
	var docs *roaring.Bitmap
	key := matchKey(req)
	kept := bm.queries.get(key)
	if kept != nil {
		docs = kept.docs
	}
	switch {
	case hasText && byDate:
		// Newest first needs no ranking: the matches, paged by the date
		// bitmaps, in index order within a date.
		if docs == nil {
			if docs, err = matches(ctx, snap, bm, q, b.idx.Mapping()); err != nil {
				return nil, fmt.Errorf("index %s: search %q: %w", b.path, req.Query, err)
			}
		}
		if out, err = b.filteredHits(ctx, req, q, snap, bm, docs); err != nil {
			return nil, err
		}
	case hasText && kept != nil:
		if out, err = b.searchHits(ctx, req, ranked, snap); err != nil {
			return nil, err
		}
	case hasText:
		// One pass ranks the page and records the matches the facets
		// count.
		rec := &recordingQuery{Query: ranked, docs: roaring.New()}
		if out, err = b.searchHits(ctx, req, rec, snap); err != nil {
			return nil, err
		}
		docs = rec.docs
	default:
		if docs == nil {
			docs = bm.filtered(req)
		}
		if out, err = b.filteredHits(ctx, req, nil, snap, bm, docs); err != nil {
			return nil, err
		}
	}
	if kept == nil {
		kept = bm.queries.put(key, docs)
	}
	if len(req.Facets) > 0 {
		out.Facets = make(map[string]map[string]int, len(req.Facets))
		for _, f := range req.Facets {
			out.Facets[f] = kept.counts(bm, f, facetSizes[f])
		}
	}
	return out, nil
}

// searchHits is a page of the hits of a query with text in snap: ranked
// off the posting lists and highlighted off the hits' text for a query of
// one word (rankedTerm, highlightTerm), by bleve's collector for any other
// (bleveHits).
func (b *bleveBackend) searchHits(ctx context.Context, req Request, q query.Query, snap *scorch.IndexSnapshot) (*Response, error) {
	// A query of one word is ranked off its posting lists; a page with
	// highlights only when the word is one of the text, highlighted off
	// the hits' text.
	term, byTerm := "", true
	if req.Highlight {
		term, byTerm = highlightedTerm(unrecorded(q))
	}
	if byTerm {
		out, ok, err := b.rankedTerm(ctx, req, q, snap)
		if ok && term != "" {
			err = b.highlightTerm(out.Hits, term)
		}
		if err != nil {
			return nil, err
		}
		if ok {
			return out, nil
		}
	}
	return b.bleveHits(ctx, req, q, snap)
}

// bleveHits is searchHits by bleve's ranking. Its ranking pass reads no
// term locations: asked of it, highlights make every match carry its
// locations, most of a broad query's cost. So with highlights the page's
// documents are read afterwards (load); without, by number straight from
// snap's stored fields.
func (b *bleveBackend) bleveHits(ctx context.Context, req Request, q query.Query, snap *scorch.IndexSnapshot) (*Response, error) {
	limit, offset := req.Page()
	matches, total, err := b.idx.topHits(ctx, snap, q, limit, offset, false)
	if err != nil {
		return nil, fmt.Errorf("index %s: search %q: %w", b.path, req.Query, err)
	}
	if !req.Highlight {
		ranked := make([]rankedHit, len(matches))
		for i, h := range matches {
			ranked[i] = rankedHit{doc: internalNumber(h), score: h.Score}
		}
		hits, err := scoredHits(snap, ranked)
		if err != nil {
			return nil, fmt.Errorf("index %s: %w", b.path, err)
		}
		return &Response{Total: int(total), Hits: hits}, nil
	}
	ids := make([]string, len(matches))
	scores := make([]float64, len(matches))
	for i, h := range matches {
		ids[i], scores[i] = h.ID, h.Score
	}
	hits, err := b.load(ctx, req, q, snap, ids, scores)
	if err != nil {
		return nil, err
	}
	return &Response{Total: int(total), Hits: hits}, nil
}

// rankedTerm is a page of the hits of a query of one term, ranked by
// rankTerm (rank_term.go) and read from snap's stored fields; ok is false
// for the queries bleve ranks.
func (b *bleveBackend) rankedTerm(ctx context.Context, req Request, q query.Query, snap *scorch.IndexSnapshot) (out *Response, ok bool, err error) {
	var record *roaring.Bitmap
	if rec, isRec := q.(*recordingQuery); isRec {
		q, record = rec.Query, rec.docs
	}
	limit, offset := req.Page()
	ranked, total, ok, err := rankTerm(ctx, snap, q, b.idx.Mapping(), limit, offset, record)
	if !ok || err != nil {
		if err != nil {
			err = fmt.Errorf("index %s: search %q: %w", b.path, req.Query, err)
		}
		return nil, false, err
	}
	var hits []Hit
	if bm := b.bitmaps.built(snap); bm != nil && req.fold != nil {
		hits, err = foldedHits(snap, bm.keys, ranked, req.fold)
	} else {
		hits, err = scoredHits(snap, ranked)
	}
	if err != nil {
		return nil, false, fmt.Errorf("index %s: %w", b.path, err)
	}
	return &Response{Total: total, Hits: hits}, true, nil
}

// scoredHits reads ranked documents from snap's stored fields, in that
// order, each with its score.
func scoredHits(snap *scorch.IndexSnapshot, ranked []rankedHit) ([]Hit, error) {
	nums := make([]uint32, len(ranked))
	for i, h := range ranked {
		nums[i] = uint32(h.doc)
	}
	hits, err := storedHits(snap, nums)
	if err != nil {
		return nil, err
	}
	for i, h := range ranked {
		hits[i].Score = h.score
	}
	return hits, nil
}

// load reads the documents ids from snap as hits, in that order, with
// their scores; with the matches of q highlighted when the request asks.
func (b *bleveBackend) load(ctx context.Context, req Request, q query.Query, snap *scorch.IndexSnapshot, ids []string, scores []float64) ([]Hit, error) {
	hits := make([]Hit, 0, len(ids))
	if len(ids) == 0 {
		return hits, nil
	}
	var docs query.Query = query.NewDocIDQuery(ids)
	if rec, ok := q.(*recordingQuery); ok {
		q = rec.Query
	}
	byBleve := req.Highlight && q != nil
	term, byTerm := "", false
	if byBleve {
		// One word of the text is highlighted off the hits' text
		// (highlight_term.go); anything else by bleve's highlighter, off
		// the locations of the matches in the documents.
		if term, byTerm = highlightedTerm(q); byTerm {
			byBleve = false
		} else {
			docs = query.NewConjunctionQuery([]query.Query{docs, q})
		}
	}
	matches, _, err := b.idx.topHits(ctx, snap, docs, len(ids), 0, byBleve)
	if err != nil {
		return nil, fmt.Errorf("index %s: read documents: %w", b.path, err)
	}
	byID := make(map[string]*search.DocumentMatch, len(matches))
	for _, h := range matches {
		byID[h.ID] = h
	}
	var highlighter highlight.Highlighter
	if byBleve {
		if highlighter, err = htmlHighlighter(); err != nil {
			return nil, err
		}
	}
	nums := make([]uint32, 0, len(ids))
	for _, id := range ids {
		if h, ok := byID[id]; ok {
			nums = append(nums, uint32(internalNumber(h)))
		}
	}
	stored, err := storedHits(snap, nums)
	if err != nil {
		return nil, fmt.Errorf("index %s: read documents: %w", b.path, err)
	}
	for i, id := range ids {
		h, ok := byID[id]
		if !ok {
			continue
		}
		hit := stored[len(hits)]
		hit.Score = scores[i]
		if highlighter != nil {
			doc, err := snap.Document(id)
			if err != nil {
				return nil, fmt.Errorf("index %s: document %s: %w", b.path, id, err)
			}
			if frags := highlighter.BestFragmentsInField(h, doc, fieldText, 1); len(frags) > 0 {
				hit.Highlight = strings.Join(frags, highlightSeparator)
			}
		}
		hits = append(hits, hit)
	}
	if byTerm {
		if err := b.highlightTerm(hits, term); err != nil {
			return nil, fmt.Errorf("index %s: highlight: %w", b.path, err)
		}
	}
	return hits, nil
}

// highlightSeparator joins a hit's highlighted fragments.
const highlightSeparator = " … "

// recordingQuery is a query that records the number of every document its
// searcher yields: the matches a facet counts, gathered by the pass that
// ranks them.
type recordingQuery struct {
	query.Query
	docs *roaring.Bitmap
}

// unrecorded is q without the recording of its matches.
func unrecorded(q query.Query) query.Query {
	if rec, ok := q.(*recordingQuery); ok {
		return rec.Query
	}
	return q
}

func (r *recordingQuery) Searcher(ctx context.Context, i bleveindex.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	s, err := r.Query.Searcher(ctx, i, m, options)
	if err != nil {
		return nil, err
	}
	return &recordingSearcher{Searcher: s, docs: r.docs}, nil
}

type recordingSearcher struct {
	search.Searcher
	docs *roaring.Bitmap
}

func (s *recordingSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	dm, err := s.Searcher.Next(ctx)
	if dm != nil {
		s.docs.Add(uint32(internalNumber(dm)))
	}
	return dm, err
}

func (s *recordingSearcher) Advance(ctx *search.SearchContext, id bleveindex.IndexInternalID) (*search.DocumentMatch, error) {
	dm, err := s.Searcher.Advance(ctx, id)
	if dm != nil {
		s.docs.Add(uint32(internalNumber(dm)))
	}
	return dm, err
}

// filteredHits is a page of docs (what the filters alone select, or the
// matches of q sorted by date): in index order, or newest act first, read
// off the bitmaps without ranking (every document scores 1).
func (b *bleveBackend) filteredHits(ctx context.Context, req Request, q query.Query, snap *scorch.IndexSnapshot, bm *bitmaps, docs *roaring.Bitmap) (*Response, error) {
	limit, offset := req.Page()
	want := offset + limit
	var page []uint32
	take := func(set *roaring.Bitmap) {
		it := set.Iterator()
		for it.HasNext() && len(page) < want {
			page = append(page, it.Next())
		}
	}
	if req.Sort == SortDate {
		dates := slices.Sorted(maps.Keys(bm.values[fieldDate]))
		for i := len(dates) - 1; i >= 0 && len(page) < want; i-- {
			take(roaring.And(docs, bm.values[fieldDate][dates[i]]))
		}
		// Documents without a date come last.
		if len(page) < want {
			undated := docs.Clone()
			for _, d := range bm.values[fieldDate] {
				undated.AndNot(d)
			}
			take(undated)
		}
	} else {
		take(docs)
	}
	out := &Response{Total: int(docs.GetCardinality()), Hits: []Hit{}}
	if offset >= len(page) {
		return out, nil
	}
	page = page[offset:]
	if !req.Highlight || q == nil {
		hits, err := storedHits(snap, page)
		if err != nil {
			return nil, fmt.Errorf("index %s: %w", b.path, err)
		}
		out.Hits = hits
		return out, nil
	}
	ids := make([]string, len(page))
	for i, n := range page {
		id, err := snap.ExternalID(numberID(uint64(n)))
		if err != nil {
			return nil, fmt.Errorf("index %s: document %d: %w", b.path, n, err)
		}
		ids[i] = id
	}
	scores := make([]float64, len(ids))
	for i := range scores {
		scores[i] = 1
	}
	hits, err := b.load(ctx, req, q, snap, ids, scores)
	if err != nil {
		return nil, err
	}
	out.Hits = hits
	return out, nil
}

// facetField maps a facet name to the field counted.
func facetField(facet string) string {
	if facet == FacetAct {
		return fieldAct
	}
	return facet // the other facets are named as their fields
}

// buildQuery turns the request into a bleve query: the query string (or
// everything) narrowed by the filters. hasText says whether there was a
// query string.
func (b *bleveBackend) buildQuery(req Request) (q query.Query, hasText bool, err error) {
	var musts []query.Query
	if searchesText(req) {
		q, err := query.NewQueryStringQuery(strings.TrimSpace(req.Query)).Parse()
		if err != nil {
			return nil, false, &BadQueryError{Query: req.Query, Err: err}
		}
		if err := checkExpansions(q); err != nil {
			return nil, false, &BadQueryError{Query: req.Query, Err: err, Costly: true}
		}
		q, err = b.rewrite(q)
		if err != nil {
			return nil, false, &BadQueryError{Query: req.Query, Err: err}
		}
		musts = append(musts, b.unwrap(q))
		hasText = true
	}
	for _, f := range req.Filters() {
		any := termQueries(f.Field, f.Values)
		if len(any) == 1 {
			musts = append(musts, any[0])
		} else {
			musts = append(musts, query.NewDisjunctionQuery(any))
		}
	}
	if len(req.ids) > 0 {
		musts = append(musts, query.NewDocIDQuery(req.ids))
	}
	switch len(musts) {
	case 0:
		q = query.NewMatchAllQuery()
	case 1:
		q = musts[0]
	default:
		q = query.NewConjunctionQuery(musts)
	}
	if len(req.superseded) > 0 {
		latest := query.NewBooleanQuery(nil, nil, nil)
		latest.AddMust(q)
		latest.AddMustNot(termQueries(fieldAct, req.superseded)...)
		q = latest
	}
	return q, hasText, nil
}

// termQueries are the queries of each value in a keyword field.
func termQueries(field string, values []string) []query.Query {
	out := make([]query.Query, len(values))
	for i, v := range values {
		t := query.NewTermQuery(v)
		t.SetField(field)
		out[i] = t
	}
	return out
}

// mapQuery replaces each query of a tree, children first, by f's result.
func mapQuery(q query.Query, f func(query.Query) query.Query) query.Query {
	switch q := q.(type) {
	case *query.BooleanQuery:
		for _, sub := range []*query.Query{&q.Must, &q.Should, &q.MustNot, &q.Filter} {
			if *sub != nil {
				*sub = mapQuery(*sub, f)
			}
		}
	case *query.ConjunctionQuery:
		for i := range q.Conjuncts {
			q.Conjuncts[i] = mapQuery(q.Conjuncts[i], f)
		}
	case *query.DisjunctionQuery:
		for i := range q.Disjuncts {
			q.Disjuncts[i] = mapQuery(q.Disjuncts[i], f)
		}
	}
	return f(q)
}

// rewrite adapts a parsed query string to the index, where bleve's parser
// does not know it: wildcard terms on the text are lowercased, folded and,
// for a trailing star, stemmed like the indexed terms ("Citta*" finds
// "città", indexed as "citt"); a quoted value of a keyword field
// (directorate:"DIREZIONE CASA") becomes the one term it is, since a phrase
// query would need term positions that keywords do not keep, and so does a
// quoted text of one word but for stop words; a phrase of several words is
// looked up as its pairs of words (pairedPhrase). A regular
// expression the index's automata refuse is a bad query, said before
// searching.
func (b *bleveBackend) rewrite(q query.Query) (query.Query, error) {
	var bad error
	q = mapQuery(q, func(q query.Query) query.Query {
		switch q := q.(type) {
		case *query.WildcardQuery:
			if q.FieldVal == "" || q.FieldVal == fieldText {
				q.Wildcard = b.analyseWildcard(q.Wildcard)
			}
		case *query.RegexpQuery:
			if _, err := vellumregexp.New(q.Regexp); err != nil && bad == nil {
				bad = fmt.Errorf("regular expression /%s/: %w", q.Regexp, err)
			}
		case *query.MatchQuery:
			if q.Fuzziness > searcher.MaxFuzziness && bad == nil {
				bad = fmt.Errorf("%s~%d: at most %d typos", q.Match, q.Fuzziness, searcher.MaxFuzziness)
			}
		case *query.MatchPhraseQuery:
			if q.FieldVal != "" && q.FieldVal != fieldText {
				return termLike(q, q.FieldVal, q.MatchPhrase)
			}
			if q.Fuzziness != 0 || q.Analyzer != "" {
				return q
			}
			tokens := b.analyse(q.MatchPhrase)
			switch {
			case len(tokens) == 1:
				return termLike(q, fieldText, string(tokens[0].Term))
			case len(tokens) > 1:
				return newPairedPhrase(q, tokens)
			}
		}
		return q
	})
	return q, bad
}

// termLike is the term query of field and term with the boost of q.
func termLike(q *query.MatchPhraseQuery, field, term string) *query.TermQuery {
	t := query.NewTermQuery(term)
	t.SetField(field)
	if q.BoostVal != nil {
		t.SetBoost(q.BoostVal.Value())
	}
	return t
}

// analyse is text as the text field indexes it; nothing when the
// analyzer is missing.
func (b *bleveBackend) analyse(text string) analysis.TokenStream {
	analyzer := b.idx.Mapping().AnalyzerNamed(italianAnalyzer)
	if analyzer == nil {
		return nil
	}
	return analyzer.Analyze([]byte(text))
}

func (b *bleveBackend) analyseWildcard(w string) string {
	w = strings.ToLower(string(folder.Filter([]byte(w))))
	prefix, isPrefix := strings.CutSuffix(w, "*")
	if !isPrefix || strings.ContainsAny(prefix, "*?") {
		return w
	}
	tokens := b.analyse(prefix)
	if len(tokens) != 1 {
		return w // a stop word or several words: leave it as typed
	}
	return string(tokens[0].Term) + "*"
}

// pairedPhrase is a phrase of the text field found by its pairs of
// neighbouring words (the text_pairs field): one term per pair, read
// without term positions. A phrase of two words is exactly its pair; a
// longer one must also have its words in order, which only the phrase's
// position check says, run on the documents that have every pair. Asked
// for term locations (highlighting), it is the phrase itself.
type pairedPhrase struct {
	phrase *query.MatchPhraseQuery
	pairs  []string
}

// newPairedPhrase pairs the analysed words of q's phrase.
func newPairedPhrase(q *query.MatchPhraseQuery, tokens analysis.TokenStream) *pairedPhrase {
	p := &pairedPhrase{phrase: q}
	for i := 1; i < len(tokens); i++ {
		prev, cur := tokens[i-1], tokens[i]
		p.pairs = append(p.pairs, pairTerm(string(prev.Term), string(cur.Term), cur.Position-prev.Position-1))
	}
	return p
}

func (p *pairedPhrase) Searcher(ctx context.Context, i bleveindex.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	if options.IncludeTermVectors {
		return p.phrase.Searcher(ctx, i, m, options)
	}
	boost := p.phrase.BoostVal.Value()
	var all []search.Searcher
	closeAll := func() {
		for _, s := range all {
			s.Close()
		}
	}
	for _, pair := range p.pairs {
		s, err := searcher.NewTermSearcher(ctx, i, pair, fieldTextPairs, boost, options)
		if err != nil {
			closeAll()
			return nil, err
		}
		all = append(all, s)
	}
	if len(all) == 1 {
		return all[0], nil
	}
	s, err := p.phrase.Searcher(ctx, i, m, options)
	if err != nil {
		closeAll()
		return nil, err
	}
	all = append(all, s)
	conj, err := searcher.NewConjunctionSearcher(ctx, i, all, options)
	if err != nil {
		closeAll()
		return nil, err
	}
	return conj, nil
}
