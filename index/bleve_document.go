package index

// Bleve documents made straight from Documents. bleve's mapping walks a
// struct by reflection and gives every field its own analysis: a keyword
// field ran the keyword analyzer and built a map of one term for every
// document, though the acts, directorates and years of a batch are a few
// hundred values. Here the fields are those the mapping declares, with
// its options and analyzers and in its order, but a keyword value is
// analysed once per batch, the text once for its words and its pairs,
// and the terms' counts and locations are cut from one allocation each.
// The index holds the same terms, counts, locations and stored values
// (TestDocumentBuilder compares both ways).

import (
	"fmt"
	"strconv"
	"unsafe"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// documentFields are the fields of a bleve document, in the order the
// mapping made them (that of its Go struct): the values are taken from a
// Document by documentValues.
var documentFields = [...]string{fieldType, fieldAct, fieldOrgan, fieldNumber, fieldDate, fieldDirectorate,
	fieldDirectoratePrinted, fieldDirector, fieldYear, fieldSection, fieldKind, fieldText, fieldTextPairs, fieldPage, fieldLineage}

// documentValues are d's values of documentFields: keywords are strings,
// a number 0 is none.
func documentValues(d *Document) [len(documentFields)]string {
	itoa := func(n int) string {
		if n == 0 {
			return ""
		}
		return strconv.Itoa(n)
	}
	return [...]string{d.Type, d.ActID, d.Organ, itoa(d.Number), d.Date, d.Directorate,
		d.DirectoratePrinted, d.Director, itoa(d.Year), d.Section, d.Kind, d.Text, d.Text, itoa(d.Page), d.Lineage}
}

// fieldAnalysis is how a field is analysed.
type fieldAnalysis uint8

const (
	storedOnly  fieldAnalysis = iota // not indexed
	cachedTerms                      // a keyword: analysed once per value and builder
	textWords                        // the text: its one analysis, with locations
	textPairs                        // the pairs of the same analysis's words
)

// fieldSpec is one field as the mapping declares it.
type fieldSpec struct {
	name     string
	kind     fieldAnalysis
	options  bleveindex.FieldIndexingOptions
	analyzer analysis.Analyzer
}

// documentBuilder makes the bleve documents of one batch. It is not safe
// for concurrent use: each batch has its own.
type documentBuilder struct {
	specs [len(documentFields)]fieldSpec
	// terms are the analysed keyword values seen, by field.
	terms [len(documentFields)]map[string]analysed
	// textChain analyses the text, for its words and its pairs.
	textChain analysis.Analyzer
}

// analysed is a field value's analysis: its length in tokens and its
// terms. Shared by the documents of a batch, it is only read once made.
type analysed struct {
	length int
	freqs  bleveindex.TokenFrequencies
}

// newDocumentBuilder reads the fields' options and analyzers from the
// index's mapping.
func newDocumentBuilder(m mapping.IndexMapping) (*documentBuilder, error) {
	im, ok := m.(*mapping.IndexMappingImpl)
	if !ok || im.DefaultMapping == nil {
		return nil, fmt.Errorf("mapping %T: not the static mapping albo writes", m)
	}
	declared := map[string]*mapping.FieldMapping{}
	for property, dm := range im.DefaultMapping.Properties {
		for _, fm := range dm.Fields {
			name := property
			if fm.Name != "" {
				name = fm.Name
			}
			declared[name] = fm
		}
	}
	b := &documentBuilder{}
	for i, name := range documentFields {
		fm := declared[name]
		if fm == nil || fm.Type != "text" {
			return nil, fmt.Errorf("mapping: field %q is not declared as text", name)
		}
		spec := fieldSpec{name: name, options: fm.Options()}
		if spec.options.IsIndexed() {
			analyzerName := fm.Analyzer
			if analyzerName == "" {
				analyzerName = im.DefaultAnalyzer
			}
			if spec.analyzer = im.AnalyzerNamed(analyzerName); spec.analyzer == nil {
				return nil, fmt.Errorf("mapping: field %q: no analyzer %q", name, analyzerName)
			}
			switch name {
			case fieldText:
				spec.kind = textWords
				b.textChain = spec.analyzer
			case fieldTextPairs:
				spec.kind = textPairs
			default:
				spec.kind = cachedTerms
				b.terms[i] = map[string]analysed{}
			}
		}
		b.specs[i] = spec
	}
	return b, nil
}

// document is d as the mapping would make it. The values share one
// allocation, the fields another.
func (b *documentBuilder) document(d *Document) *document.Document {
	doc := document.NewDocument(d.ID)
	values := documentValues(d)
	n := 0
	for i, v := range values {
		if b.specs[i].kind != textPairs { // the pairs are read off the text's value
			n += len(v)
		}
	}
	buf := make([]byte, 0, n)
	fields := make([]builtField, len(documentFields))
	doc.Fields = make([]document.Field, len(documentFields), len(documentFields)+1) // and _id
	text := &textAnalysis{chain: b.textChain}
	var textValue []byte
	for i, spec := range b.specs {
		f := &fields[i]
		f.spec = &b.specs[i]
		if spec.kind == textPairs && textValue != nil {
			f.value = textValue
		} else {
			start := len(buf)
			buf = append(buf, values[i]...)
			f.value = buf[start:len(buf):len(buf)]
		}
		switch spec.kind {
		case cachedTerms:
			a, ok := b.terms[i][values[i]]
			if !ok {
				a = analyse(spec.analyzer, f.value, spec.options)
				b.terms[i][values[i]] = a
			}
			f.analysed = a
		case textWords:
			f.text, textValue = text, f.value
		case textPairs:
			f.text = text
		}
		doc.Fields[i] = f
	}
	return doc
}

// analyse runs analyzer over a copy of value (analyzers change their
// input in place) and counts its terms.
func analyse(analyzer analysis.Analyzer, value []byte, options bleveindex.FieldIndexingOptions) analysed {
	tokens := analyzer.Analyze(append([]byte(nil), value...))
	return analysed{length: len(tokens), freqs: tokenFrequencies(tokens, options)}
}

// tokenFrequencies is analysis.TokenFrequency for a field without array
// positions, with the terms and locations cut from one slice each rather
// than allocated one by one.
func tokenFrequencies(tokens analysis.TokenStream, options bleveindex.FieldIndexingOptions) bleveindex.TokenFrequencies {
	out := make(bleveindex.TokenFrequencies, len(tokens))
	freqs := make([]bleveindex.TokenFreq, 0, len(tokens)) // never grows: pointers into it stay
	var locations []bleveindex.TokenLocation
	var pointers []*bleveindex.TokenLocation
	withLocations := options.IncludeTermVectors()
	if withLocations {
		locations = make([]bleveindex.TokenLocation, len(tokens))
		pointers = make([]*bleveindex.TokenLocation, len(tokens))
	}
	for i, tok := range tokens {
		f, ok := out[string(tok.Term)]
		if !ok {
			freqs = append(freqs, bleveindex.TokenFreq{Term: tok.Term})
			f = &freqs[len(freqs)-1]
			out[string(tok.Term)] = f
		}
		if withLocations {
			locations[i] = bleveindex.TokenLocation{Start: tok.Start, End: tok.End, Position: tok.Position}
			pointers[i] = &locations[i]
			if f.Locations == nil {
				f.Locations = pointers[i : i+1 : i+1] // a repeat appends to a copy
			} else {
				f.Locations = append(f.Locations, pointers[i])
			}
		}
		if !options.SkipFreqNorm() {
			f.SetFrequency(f.Frequency() + 1)
		}
	}
	return out
}

// textAnalysis is the one analysis of a document's text, for its words
// field and its pairs field. scorch analyses the fields of a document one
// after the other in one goroutine, so it needs no lock; whichever field
// comes first runs the chain and holds the tokens for the other, which
// takes them, so that they are not kept as long as the batch.
type textAnalysis struct {
	chain  analysis.Analyzer
	tokens analysis.TokenStream
	held   bool
}

func (t *textAnalysis) words(text []byte) analysis.TokenStream {
	if t.held {
		tokens := t.tokens
		t.tokens, t.held = nil, false
		return tokens
	}
	t.tokens, t.held = t.chain.Analyze(append([]byte(nil), text...)), true
	return t.tokens
}

// builtField is a field of a built document. It implements bleve's
// document.Field as document.TextField does.
type builtField struct {
	spec  *fieldSpec
	value []byte
	text  *textAnalysis // textWords and textPairs
	analysed
}

func (f *builtField) Name() string                                          { return f.spec.name }
func (f *builtField) ArrayPositions() []uint64                              { return nil }
func (f *builtField) Options() bleveindex.FieldIndexingOptions              { return f.spec.options }
func (f *builtField) Value() []byte                                         { return f.value }
func (f *builtField) NumPlainTextBytes() uint64                             { return uint64(len(f.value)) }
func (f *builtField) EncodedFieldType() byte                                { return 't' }
func (f *builtField) AnalyzedLength() int                                   { return f.length }
func (f *builtField) AnalyzedTokenFrequencies() bleveindex.TokenFrequencies { return f.freqs }

// Analyze analyses the text fields; a keyword's analysis was found when
// the document was built.
func (f *builtField) Analyze() {
	switch f.spec.kind {
	case textWords:
		tokens := f.text.words(f.value)
		f.analysed = analysed{length: len(tokens), freqs: tokenFrequencies(tokens, f.spec.options)}
	case textPairs:
		pairs := wordPairs{}.Filter(f.text.words(f.value))
		f.analysed = analysed{length: len(pairs), freqs: tokenFrequencies(pairs, f.spec.options)}
	}
}

// Size is the field's memory, as scorch accounts it.
func (f *builtField) Size() int {
	n := builtFieldSize + len(f.value)
	if f.freqs != nil && f.spec.kind != cachedTerms { // a keyword's terms are shared
		n += f.freqs.Size()
	}
	return n
}

const builtFieldSize = int(unsafe.Sizeof(builtField{}))
