package index

import (
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/mapping"
)

// MappingVersion names the mapping and analysis below. Bump it whenever
// either changes: an index written with another version is rebuilt.
const MappingVersion = "4"

// Stored field names. The facet and filter fields are keywords, counted on
// bitmaps of their posting lists (facets.go), so only the date, sorted on,
// keeps doc values; the text is analysed for Italian and keeps term
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

	keywordField := func(docValues bool) *mapping.FieldMapping {
		f := mapping.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Store = true
		f.IncludeInAll = false
		f.IncludeTermVectors = false // quoted values become terms (rewrite)
		f.DocValues = docValues
		return f
	}
	storedOnly := func() *mapping.FieldMapping {
		f := keywordField(false)
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
	doc.AddFieldMappingsAt(fieldType, keywordField(false))
	doc.AddFieldMappingsAt(fieldAct, keywordField(false))
	doc.AddFieldMappingsAt(fieldOrgan, keywordField(false))
	doc.AddFieldMappingsAt(fieldNumber, storedOnly())
	doc.AddFieldMappingsAt(fieldDate, keywordField(true)) // sorted on
	doc.AddFieldMappingsAt(fieldDirectorate, keywordField(false))
	doc.AddFieldMappingsAt(fieldDirectoratePrinted, storedOnly())
	doc.AddFieldMappingsAt(fieldDirector, keywordField(false))
	doc.AddFieldMappingsAt(fieldYear, keywordField(false))
	doc.AddFieldMappingsAt(fieldSection, keywordField(false))
	doc.AddFieldMappingsAt(fieldKind, keywordField(false))
	doc.AddFieldMappingsAt(fieldText, text)
	doc.AddFieldMappingsAt(fieldPage, storedOnly())
	doc.AddFieldMappingsAt(fieldLineage, keywordField(false))
	// No "_all" field: the text is the default field, and composing every
	// field into one more costs indexing time for nothing.
	doc.AddSubDocumentMapping("_all", mapping.NewDocumentDisabledMapping())
	m.DefaultMapping = doc
	return m, nil
}
