package index

import (
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
)

func init() {
	registry.RegisterTokenFilter(foldFilter, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return foldTokens{fold: asciifolding.New()}, nil
	})
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
		tok.Term = f.fold.Filter(tok.Term)
	}
	return input
}

// addItalianAnalyzer declares the analyzer of the text fields: Unicode
// words, lowercase, folding (so "citta" finds "città", "ﬁ" is "fi" and
// "dell’" is "dell'"), Italian elision ("l'", "dell’" dropped), Italian stop
// words, and the Snowball Italian stemmer, which, unlike the light stemmer
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
			it.SnowballStemmerName,
		},
	})
}
