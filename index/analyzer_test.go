package index

import (
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/it"
)

// TestCachedStemmerIsSnowball checks the cached stemmer against bleve's
// Snowball Italian stemmer on every word of the gold plans, twice (the
// second time from the cache).
func TestCachedStemmerIsSnowball(t *testing.T) {
	_, res := loadGold(t, "delibera-2187-2019")
	var words []string
	for _, d := range res.Plan.Directorates {
		for _, o := range d.Objectives {
			words = append(words, strings.Fields(strings.ToLower(o.Text))...)
		}
	}
	cached := &cachedStemmer{}
	var plain it.ItalianStemmerFilter
	for round := range 2 {
		for _, w := range words {
			got := cached.Filter(analysis.TokenStream{{Term: []byte(w)}})[0].Term
			want := plain.Filter(analysis.TokenStream{{Term: []byte(w)}})[0].Term
			if string(got) != string(want) {
				t.Fatalf("round %d: stem(%q) = %q, want %q", round, w, got, want)
			}
		}
	}
	if len(cached.stems) == 0 {
		t.Error("nothing cached")
	}
}

func TestItalianAnalyzer(t *testing.T) {
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	a := m.AnalyzerNamed(italianAnalyzer)
	for _, tt := range []struct{ a, b string }{
		{"città", "citta"},
		{"digitalizzare", "digitalizzazione"},
		{"dell’ottimizzazione", "ottimizzazione"},
		{"dell'ottimizzazione", "ottimizzazione"},
		{"l‘ottimizzazione", "ottimizzazione"},
		{"ﬁnanziamento", "finanziamento"},
		{"CITTÀ", "città"},
	} {
		ta, tb := a.Analyze([]byte(tt.a)), a.Analyze([]byte(tt.b))
		if len(ta) == 0 || len(tb) == 0 || string(ta[len(ta)-1].Term) != string(tb[len(tb)-1].Term) {
			t.Errorf("%q -> %v, %q -> %v: want the same last term", tt.a, ta, tt.b, tb)
		}
	}
	// Highlights need offsets into the original text, accents included.
	toks := a.Analyze([]byte("Promozione della Città"))
	last := toks[len(toks)-1]
	if got := "Promozione della Città"[last.Start:last.End]; got != "Città" {
		t.Errorf("offsets of the last token give %q, want Città", got)
	}
}
