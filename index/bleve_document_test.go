package index

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/document"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// mappedDoc is a Document as bleve's mapping maps it by reflection (what
// albo indexed before documentBuilder): the reference the built
// documents are compared with.
type mappedDoc struct {
	Type               string `json:"type"`
	Act                string `json:"act"`
	Organ              string `json:"organ,omitempty"`
	Number             string `json:"number,omitempty"`
	Date               string `json:"date,omitempty"`
	Directorate        string `json:"directorate,omitempty"`
	DirectoratePrinted string `json:"directorate_printed,omitempty"`
	Director           string `json:"director,omitempty"`
	Year               string `json:"year,omitempty"`
	Section            string `json:"section,omitempty"`
	Kind               string `json:"kind,omitempty"`
	Text               string `json:"text"`
	Page               string `json:"page,omitempty"`
	Lineage            string `json:"lineage,omitempty"`
}

func toMappedDoc(d Document) mappedDoc {
	itoa := func(n int) string {
		if n == 0 {
			return ""
		}
		return strconv.Itoa(n)
	}
	return mappedDoc{Type: d.Type, Act: d.ActID, Organ: d.Organ, Number: itoa(d.Number), Date: d.Date,
		Directorate: d.Directorate, DirectoratePrinted: d.DirectoratePrinted, Director: d.Director,
		Year: itoa(d.Year), Section: d.Section, Kind: d.Kind, Text: d.Text, Page: itoa(d.Page), Lineage: d.Lineage}
}

// TestDocumentBuilder checks that a built document holds what bleve's
// mapping makes of the same Document: the same fields in the same order,
// with the same options and stored values, and once analysed (in the
// fields' order or the reverse, as the text's words and pairs share one
// analysis) the same lengths, terms, counts and locations. One builder
// makes every document, so a keyword analysed for one serves the next.
func TestDocumentBuilder(t *testing.T) {
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	builder, err := newDocumentBuilder(m)
	if err != nil {
		t.Fatal(err)
	}
	docs := []Document{
		{ID: "giunta/2024/12/objective/DIREZIONE-CASA/2024/1", Type: TypeObjective, ActID: "giunta/2024/12", Organ: "Giunta Comunale",
			Number: 12, Date: "2024-02-01", Directorate: "DIREZIONE CASA", Director: "Dott.ssa Rossi", Year: 2024, Section: "Obiettivi di performance",
			Text: "Promozione della Città e gestione del territorio: digitalizzazione dell’archivio, la città digitale", Page: 7, Lineage: "L0123456789ab"},
		{ID: "giunta/2024/12/objective/DIREZIONE-CASA/2025/1", Type: TypeObjective, ActID: "giunta/2024/12", Organ: "Giunta Comunale",
			Number: 12, Date: "2024-02-01", Directorate: "DIREZIONE CASA", Year: 2025, Text: "Città", Page: 8},
		{ID: "giunta/2024/12/change/1", Type: TypeChange, ActID: "giunta/2024/12", Directorate: "Direzione Casa",
			DirectoratePrinted: "Politiche abitative", Kind: "added", Text: "della del"},
		{ID: "giunta/2024/12", Type: TypeAct, ActID: "giunta/2024/12", Text: ""},
		{ID: "x", Type: TypeAct, ActID: "x", Text: "ﬁne ﬁne ﬁne dell'anno, l’anno — È già"},
	}
	for _, d := range docs {
		want := document.NewDocument(d.ID)
		if err := m.MapDocument(want, toMappedDoc(d)); err != nil {
			t.Fatal(err)
		}
		got := builder.document(&d)
		if g, w := describeFields(got.Fields, false), describeFields(want.Fields, false); g != w {
			t.Errorf("%s: fields\n got %s\nwant %s", d.ID, g, w)
		}
		for _, reversed := range []bool{false, true} {
			got := builder.document(&d)
			if g, w := describeFields(got.Fields, true, reversed), describeFields(want.Fields, true); g != w {
				t.Errorf("%s (analysed in reverse %v):\n got %s\nwant %s", d.ID, reversed, g, w)
			}
		}
	}
}

// describeFields writes the fields in their order; analysed, after
// analysing them (in the reverse order if asked), with their terms.
func describeFields(fields []document.Field, analysed bool, reversed ...bool) string {
	if analysed {
		order := slices.Clone(fields)
		if len(reversed) > 0 && reversed[0] {
			slices.Reverse(order)
		}
		for _, f := range order {
			if f.Options().IsIndexed() {
				f.Analyze()
			}
		}
	}
	var b strings.Builder
	for _, f := range fields {
		value := f.Value()
		if analysed && !f.Options().IsStored() {
			// Not written to the index: bleve's analyzers lowercase it
			// in place, the builder's analyse a copy.
			value = nil
		}
		fmt.Fprintf(&b, "\n%s %q %v %c arraypos=%d", f.Name(), value, f.Options(), f.EncodedFieldType(), len(f.ArrayPositions()))
		if !analysed {
			continue
		}
		fmt.Fprintf(&b, " len=%d", f.AnalyzedLength())
		freqs := f.AnalyzedTokenFrequencies()
		for _, term := range slices.Sorted(maps.Keys(freqs)) {
			fmt.Fprintf(&b, " %q:%s", term, describeFreq(freqs[term]))
		}
	}
	return b.String()
}

func describeFreq(f *bleveindex.TokenFreq) string {
	s := fmt.Sprint(f.Frequency(), " ", string(f.Term))
	for _, l := range f.Locations {
		s += fmt.Sprintf(" %d@%d-%d%v", l.Position, l.Start, l.End, l.ArrayPositions)
	}
	return s
}
