package index

import (
	"slices"
	"strconv"
	"sync"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/char/asciifolding"
	"github.com/blevesearch/bleve/v2/analysis/lang/it"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/registry"
)

// Names under which the analysis chain is registered with bleve. bleve
// stores the mapping by name and resolves the names from its registry when
// an index is reopened, so the fold filter must be registered at start-up.
const (
	italianAnalyzer = "albo_it"
	pairsAnalyzer   = "albo_it_pairs"
	foldFilter      = "albo_fold"
	stemFilter      = "albo_stem_it"
	pairsFilter     = "albo_pairs"
)

func init() {
	registry.RegisterTokenFilter(foldFilter, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return foldTokens{fold: asciifolding.New()}, nil
	})
	registry.RegisterTokenFilter(stemFilter, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return &cachedStemmer{}, nil
	})
	registry.RegisterTokenFilter(pairsFilter, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return wordPairs{}, nil
	})
}

// maxCachedStems bounds the stemmer's memory; the words of a city's acts
// are far fewer.
const maxCachedStems = 200_000

// cachedStemmer is the Snowball Italian stemmer of bleve's "it" package
// with a memory of the stems it computed: acts repeat the same few
// thousand words, and the stemmer allocates for every token.
//
// The memory is a map under a read-write lock rather than a sync.Map: a
// lookup by string(tok.Term) in a map of strings does not allocate, where
// a sync.Map's key boxed every token's word on the heap.
type cachedStemmer struct {
	stemmer it.ItalianStemmerFilter
	mu      sync.RWMutex
	stems   map[string][]byte // word -> stem
}

func (c *cachedStemmer) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, tok := range input {
		c.mu.RLock()
		stem, ok := c.stems[string(tok.Term)]
		c.mu.RUnlock()
		if ok {
			tok.Term = stem
			continue
		}
		word := string(tok.Term)
		c.stemmer.Filter(analysis.TokenStream{tok})
		c.mu.Lock()
		if c.stems == nil {
			c.stems = map[string][]byte{}
		}
		if len(c.stems) < maxCachedStems {
			c.stems[word] = slices.Clip(tok.Term)
		}
		c.mu.Unlock()
	}
	return input
}

// foldTokens folds accents, ligatures and typographic apostrophes to ASCII
// inside each token. It is a token filter, not a char filter, so the
// tokens keep their byte offsets into the original text and highlights
// land on the right words ("città" is two bytes longer than "citta").
type foldTokens struct {
	fold *asciifolding.AsciiFoldingFilter
}

func (f foldTokens) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, tok := range input {
		if !isASCII(tok.Term) { // most Italian words: nothing to fold
			tok.Term = f.fold.Filter(tok.Term)
		}
	}
	return input
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// addItalianAnalyzer declares the analyzer of the text fields: Unicode
// words, lowercase, folding (so "citta" finds "città", "ﬁ" is "fi" and
// "dell’" is "dell'"), Italian elision ("l'", "dell’" dropped), Italian stop
// words, and the Snowball Italian stemmer (cached), which, unlike the light stemmer
// of bleve's "it" analyzer, brings "digitalizzare" and "digitalizzazione"
// to the same stem. Folding comes before elision and stemming so both see
// one apostrophe and unaccented vowels, whatever the document printed.
func addItalianAnalyzer(m *mapping.IndexMappingImpl) error {
	filters := []string{lowercase.Name, foldFilter, it.ElisionName, it.StopName, stemFilter}
	if err := m.AddCustomAnalyzer(italianAnalyzer, map[string]interface{}{
		"type":          custom.Name,
		"tokenizer":     unicode.Name,
		"token_filters": filters,
	}); err != nil {
		return err
	}
	return m.AddCustomAnalyzer(pairsAnalyzer, map[string]interface{}{
		"type":          custom.Name,
		"tokenizer":     unicode.Name,
		"token_filters": append(slices.Clip(filters), pairsFilter),
	})
}

// wordPairs turns the analysed words of a text into its pairs of
// neighbouring words, each one term (pairTerm): a phrase of two words is
// then one term to look up, without the term positions a phrase query
// reads for every document that has both words.
type wordPairs struct{}

func (wordPairs) Filter(input analysis.TokenStream) analysis.TokenStream {
	if len(input) < 2 {
		return input[:0]
	}
	// The tokens and their terms are cut from two allocations, not two
	// for every pair.
	out := make(analysis.TokenStream, len(input)-1)
	tokens := make([]analysis.Token, len(input)-1)
	size := 0
	for i := 1; i < len(input); i++ {
		size += len(input[i-1].Term) + len(input[i].Term) + 8
	}
	terms := make([]byte, 0, size)
	for i := 1; i < len(input); i++ {
		prev, cur := input[i-1], input[i]
		start := len(terms)
		terms = appendPairTerm(terms, prev.Term, cur.Term, cur.Position-prev.Position-1)
		tokens[i-1] = analysis.Token{
			Term:     terms[start:len(terms):len(terms)],
			Start:    prev.Start,
			End:      cur.End,
			Position: i,
			Type:     analysis.AlphaNumeric,
		}
		out[i-1] = &tokens[i-1]
	}
	return out
}

// pairTerm is the term of two analysed words gap stop words apart: the
// same pair with another gap is another phrase ("gestione del territorio"
// is not "gestione territorio").
func pairTerm(first, second string, gap int) string {
	return string(appendPairTerm(nil, []byte(first), []byte(second), gap))
}

// appendPairTerm appends pairTerm(first, second, gap) to dst.
func appendPairTerm(dst, first, second []byte, gap int) []byte {
	dst = append(append(dst, first...), ' ')
	if gap > 0 {
		dst = append(strconv.AppendInt(dst, int64(gap), 10), ' ')
	}
	return append(dst, second...)
}
