package index

import (
	"slices"
	"sync"
	"sync/atomic"
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
	foldFilter      = "albo_fold"
	stemFilter      = "albo_stem_it"
)

func init() {
	registry.RegisterTokenFilter(foldFilter, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return foldTokens{fold: asciifolding.New()}, nil
	})
	registry.RegisterTokenFilter(stemFilter, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return &cachedStemmer{}, nil
	})
}

// maxCachedStems bounds the stemmer's memory; the words of a city's acts
// are far fewer.
const maxCachedStems = 200_000

// cachedStemmer is the Snowball Italian stemmer of bleve's "it" package
// with a memory of the stems it computed: acts repeat the same few
// thousand words, and the stemmer allocates for every token.
type cachedStemmer struct {
	stemmer it.ItalianStemmerFilter
	stems   sync.Map // word -> stem ([]byte)
	size    atomic.Int64
}

func (c *cachedStemmer) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, tok := range input {
		if stem, ok := c.stems.Load(string(tok.Term)); ok {
			tok.Term = stem.([]byte)
			continue
		}
		word := string(tok.Term)
		c.stemmer.Filter(analysis.TokenStream{tok})
		if c.size.Load() < maxCachedStems {
			if _, loaded := c.stems.LoadOrStore(word, slices.Clip(tok.Term)); !loaded {
				c.size.Add(1)
			}
		}
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
	return m.AddCustomAnalyzer(italianAnalyzer, map[string]interface{}{
		"type":      custom.Name,
		"tokenizer": unicode.Name,
		"token_filters": []string{
			lowercase.Name,
			foldFilter,
			it.ElisionName,
			it.StopName,
			stemFilter,
		},
	})
}
