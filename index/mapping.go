package index

import (
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/mapping"
)

// MappingVersion names the mapping and analysis below. Bump it whenever
// either changes: an index written with another version is rebuilt.
const MappingVersion = "6"

// Stored field names. The facet and filter fields are keywords, counted
// and the date sorted on bitmaps of their posting lists (facets.go), so
// none keeps doc values; the text is analysed for Italian and keeps term
// vectors for phrases and highlighting.
const (
	fieldType               = "type"
	fieldAct                = "act"
	fieldOrgan              = "organ"
	fieldNumber             = "number"
	fieldDate               = "date"
	fieldDirectorate        = "directorate"
	fieldDirectoratePrinted = "directorate_printed"
	fieldDirector           = "director"
	fieldYear               = "year"
	fieldSection            = "section"
	fieldKind               = "kind"
	fieldText               = "text"
	fieldTextPairs          = "text_pairs" // the text's pairs of neighbouring words (phrases)
	fieldPage               = "page"
	fieldLineage            = "lineage"
)

// newMapping builds the static mapping: one document type whose fields are
// all declared (nothing dynamic), the text searched by default.
func newMapping() (*mapping.IndexMappingImpl, error) {
	m := mapping.NewIndexMapping()
	if err := addItalianAnalyzer(m); err != nil {
		return nil, err
	}
	m.DefaultAnalyzer = italianAnalyzer
	m.DefaultField = fieldText
	m.StoreDynamic = false
	m.IndexDynamic = false
	m.DocValuesDynamic = false

	keywordField := func() *mapping.FieldMapping {
		f := mapping.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Store = true
		f.IncludeInAll = false
		f.IncludeTermVectors = false // quoted values become terms (rewrite)
		f.DocValues = false
		return f
	}
	storedOnly := func() *mapping.FieldMapping {
		f := keywordField()
		f.Index = false
		return f
	}
	text := mapping.NewTextFieldMapping()
	text.Analyzer = italianAnalyzer
	text.Store = true
	text.IncludeTermVectors = true
	text.IncludeInAll = false
	text.DocValues = false

	doc := mapping.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt(fieldType, keywordField())
	doc.AddFieldMappingsAt(fieldAct, keywordField())
	doc.AddFieldMappingsAt(fieldOrgan, keywordField())
	doc.AddFieldMappingsAt(fieldNumber, storedOnly())
	doc.AddFieldMappingsAt(fieldDate, keywordField())
	doc.AddFieldMappingsAt(fieldDirectorate, keywordField())
	doc.AddFieldMappingsAt(fieldDirectoratePrinted, storedOnly())
	doc.AddFieldMappingsAt(fieldDirector, keywordField())
	doc.AddFieldMappingsAt(fieldYear, keywordField())
	doc.AddFieldMappingsAt(fieldSection, keywordField())
	doc.AddFieldMappingsAt(fieldKind, keywordField())
	pairs := mapping.NewTextFieldMapping()
	pairs.Name = fieldTextPairs
	pairs.Analyzer = pairsAnalyzer
	pairs.Store = false
	pairs.IncludeTermVectors = false
	pairs.IncludeInAll = false
	pairs.DocValues = false
	doc.AddFieldMappingsAt(fieldText, text, pairs)
	doc.AddFieldMappingsAt(fieldPage, storedOnly())
	doc.AddFieldMappingsAt(fieldLineage, keywordField())
	// No "_all" field: the text is the default field, and composing every
	// field into one more costs indexing time for nothing.
	doc.AddSubDocumentMapping("_all", mapping.NewDocumentDisabledMapping())
	m.DefaultMapping = doc
	return m, nil
}
