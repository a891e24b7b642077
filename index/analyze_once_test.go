package index

import (
	"fmt"
	"maps"
	"testing"

	"github.com/blevesearch/bleve/v2/document"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// TestAnalyseTextOnce checks that the text and pairs fields analysed from
// one run of the chain hold the same terms, counts and locations as each
// field analysed by its own registered analyzer, whichever field scorch
// analyses first.
func TestAnalyseTextOnce(t *testing.T) {
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"Promozione della Città e gestione del territorio: digitalizzazione dell’archivio",
		"Città",
		"",
		"della del",
	} {
		terms := func(reversed, once bool) map[string]string {
			doc := document.NewDocument("o1")
			if err := m.MapDocument(doc, bleveDoc{Type: "objective", Text: text}); err != nil {
				t.Fatal(err)
			}
			if once {
				analyseTextOnce(doc)
			}
			fields := doc.Fields
			if reversed {
				fields = make([]document.Field, len(doc.Fields))
				for i, f := range doc.Fields {
					fields[len(fields)-1-i] = f
				}
			}
			got := map[string]string{}
			for _, f := range fields {
				if f.Name() != fieldText && f.Name() != fieldTextPairs {
					continue
				}
				f.Analyze()
				got[f.Name()+"#len"] = fmt.Sprint(f.AnalyzedLength())
				for term, freq := range f.AnalyzedTokenFrequencies() {
					got[f.Name()+":"+term] = describeFreq(freq)
				}
			}
			return got
		}
		want := terms(false, false)
		if len(want) < 2 {
			t.Fatalf("%q: text fields not mapped: %v", text, want)
		}
		for _, reversed := range []bool{false, true} {
			if got := terms(reversed, true); !maps.Equal(got, want) {
				t.Errorf("%q (reversed %v):\n got %v\nwant %v", text, reversed, got, want)
			}
		}
	}
}

func describeFreq(f *bleveindex.TokenFreq) string {
	s := fmt.Sprint(f.Frequency())
	for _, l := range f.Locations {
		s += fmt.Sprintf(" %d@%d-%d", l.Position, l.Start, l.End)
	}
	return s
}
